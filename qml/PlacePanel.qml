// The place panel: a clicked place's control at the current instant and every claim about it
// (one entry per timeline row, however many outlets it lists), each with its time, outlets,
// speaker and side, confidence and the sentence it came from; a claim read from an article opens
// that article with the sentence highlighted, and lists the geocoder's candidates for the name.
// "Correct control at this time" opens a form for the analyst's own statement (CorrectionForm),
// listed with the claims as an analyst correction that can be removed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

Rectangle {
    id: root
    required property ControlModel control
    property PlaceDetails details: null
    property string placeId: ""
    property string placeName: ""
    readonly property string holder: placeId.length > 0 && control.changesSoFar >= 0 && control.timeMs > 0 ? control.holderOf(placeId) : ""
    readonly property string status: placeId.length > 0 && control.changesSoFar >= 0 && control.timeMs > 0 ? control.statusOf(placeId) : ""
    // `details.revision >= 0` ties the list to the claims' revision: a comma expression
    // ("(details.revision, …)") was compiled away and left the list stale after a change.
    readonly property var claims: placeId.length === 0 ? []
                                  : details ? (details.revision >= 0 ? details.history(placeId) : [])
                                            : control.claimHistory(placeId)
    readonly property alias articleView: articleView
    visible: placeId.length > 0
    width: 360
    radius: 5
    color: "#f7fffdf7"
    border.color: "#cfc6b8"
    property string removeError: ""
    readonly property alias correctionForm: correctionForm
    onPlaceIdChanged: {
        articleView.visible = false
        correctionForm.visible = false
        removeError = ""
    }

    // Opens the correction form at the map's current instant, the holder preselected.
    function openCorrection() {
        removeError = ""
        correctionForm.reset(holder)
        correctionForm.visible = true
    }

    function removeCorrection(claimId) {
        removeError = control.removeCorrection(claimId)
    }

    // Opens the article a claim was read from, its sentence highlighted.
    function openArticle(claim) {
        if (!details)
            return
        articleView.article = details.article(claim.articleId, claim.start, claim.end)
        articleView.visible = true
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Text {
                objectName: "placeTitle"
                Layout.fillWidth: true
                text: root.placeName
                elide: Text.ElideRight
                font.family: "DejaVu Sans"; font.pixelSize: 16; font.bold: true; color: "#2b2622"
            }
            ToolButton {
                text: "✕"
                onClicked: root.placeId = ""
            }
        }
        Text {
            objectName: "placeState"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.status === "held" || root.status === "stale"
                  ? qsTr("Held by %1%2").arg(root.control.actorName(root.holder)).arg(root.status === "stale" ? qsTr(" (stale)") : "")
                  : root.status === "contested" ? qsTr("Contested") : qsTr("No claim yet")
            font.family: "DejaVu Sans"; font.pixelSize: 12; color: "#5f564c"
        }
        Text {
            objectName: "correctLink"
            visible: !correctionForm.visible
            text: qsTr("Correct control at this time ›")
            font.family: "DejaVu Sans"; font.pixelSize: 11; font.underline: true; color: "#2b6f8f"
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor
                onClicked: root.openCorrection()
            }
        }
        CorrectionForm {
            id: correctionForm
            objectName: "correctionForm"
            Layout.fillWidth: true
            visible: false
            control: root.control
            placeId: root.placeId
            onSaved: visible = false
            onCancelled: visible = false
        }
        Text {
            objectName: "correctionProblem"
            Layout.fillWidth: true
            visible: root.removeError.length > 0
            text: root.removeError
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#b3261e"
        }
        Text {
            text: qsTr("%n claim(s)", "", root.claims.length)
            font.family: "DejaVu Sans"; font.pixelSize: 11; font.bold: true; color: "#7d7468"
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "claimList"
                anchors.fill: parent
                visible: !articleView.visible
                clip: true
                spacing: 10
                model: root.claims
                ScrollBar.vertical: ScrollBar {}
                delegate: ClaimDelegate {
                    width: list.width - 10
                    details: root.details
                    placeId: root.placeId
                    onArticleRequested: claim => root.openArticle(claim)
                    onRemoveRequested: claim => root.removeCorrection(claim.id)
                }
            }
            ArticleView {
                id: articleView
                objectName: "articleView"
                anchors.fill: parent
                visible: false
                onClosed: visible = false
            }
        }
    }
}
