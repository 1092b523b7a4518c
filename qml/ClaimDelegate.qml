// One claim in the place panel: what was claimed, by whom (every outlet of a timeline row in one
// entry), when, the sentence it rests on and, for a claim read from an article, links to the
// article with the sentence highlighted and to the geocoder's candidates for the place's name. An
// analyst's correction shows as such, with its author, note and a link to remove it.
import QtQuick
import QtQuick.Layouts
import Sitrep

ColumnLayout {
    id: root
    required property var modelData
    property PlaceDetails details: null
    property string placeId: ""
    property bool showCandidates: false
    readonly property var mention: showCandidates && details && modelData.hasArticle
                                   ? details.mention(modelData.articleId, modelData.start, modelData.end, placeId)
                                   : ({ found: false })
    signal articleRequested(var claim)
    signal removeRequested(var claim) // an analyst correction's "Remove"
    spacing: 2

    RowLayout {
        spacing: 6
        Rectangle {
            width: 10; height: 10; radius: 5
            color: root.modelData.actorColor
        }
        Text {
            Layout.fillWidth: true
            text: (root.modelData.denies ? qsTr("denies: ") : "") + root.modelData.actor + " " + root.modelData.kind
                  + " · " + root.modelData.time
            elide: Text.ElideRight
            font.family: "DejaVu Sans"; font.pixelSize: 12; font.bold: true; color: "#2b2622"
        }
    }
    Text {
        objectName: "claimSource"
        Layout.fillWidth: true
        text: root.modelData.override === true
              ? qsTr("Analyst correction") + (root.modelData.author ? " · " + root.modelData.author : "")
              : root.modelData.baseline ? qsTr("Baseline map (analyst)")
              : [root.modelData.outlet, root.modelData.speaker, root.modelData.side]
                .filter((s, i, all) => s.length > 0 && all.indexOf(s) === i).join(" · ")
                + qsTr(" · confidence %1").arg(Math.round(root.modelData.confidence * 100) / 100)
        wrapMode: Text.Wrap
        font.family: "DejaVu Sans"; font.pixelSize: 11; font.bold: root.modelData.override === true
        color: root.modelData.override === true ? "#8a5a00" : "#6b6157"
    }
    Text {
        objectName: "claimNote"
        Layout.fillWidth: true
        visible: root.modelData.override === true && root.modelData.note.length > 0
        text: root.modelData.override === true ? root.modelData.note : ""
        wrapMode: Text.Wrap
        font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#3d3833"
    }
    Text {
        objectName: "removeCorrection"
        visible: root.modelData.override === true
        text: qsTr("Remove")
        font.family: "DejaVu Sans"; font.pixelSize: 11; font.underline: true; color: "#2b6f8f"
        MouseArea {
            anchors.fill: parent
            cursorShape: Qt.PointingHandCursor
            onClicked: root.removeRequested(root.modelData)
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.modelData.override !== true && root.modelData.sentence.length > 0
        text: "“" + root.modelData.sentence + "”"
        wrapMode: Text.Wrap
        font.family: "DejaVu Serif"; font.pixelSize: 11; font.italic: true; color: "#3d3833"
    }
    RowLayout {
        visible: root.modelData.hasArticle === true
        spacing: 12
        Text {
            objectName: "openArticle"
            text: qsTr("Read in article ›")
            font.family: "DejaVu Sans"; font.pixelSize: 11; font.underline: true; color: "#2b6f8f"
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor
                onClicked: root.articleRequested(root.modelData)
            }
        }
        Text {
            objectName: "toggleCandidates"
            text: root.showCandidates ? qsTr("Hide candidates") : qsTr("Geocoder candidates")
            font.family: "DejaVu Sans"; font.pixelSize: 11; font.underline: true; color: "#2b6f8f"
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor
                onClicked: root.showCandidates = !root.showCandidates
            }
        }
    }
    Text {
        visible: root.mention.found === true
        Layout.fillWidth: true
        text: qsTr("“%1” — resolver confidence %2%3").arg(root.mention.text || "")
              .arg(Math.round((root.mention.confidence || 0) * 100) + "%")
              .arg(root.mention.pinned ? qsTr(", pinned in review") : "")
        wrapMode: Text.Wrap
        font.family: "DejaVu Sans"; font.pixelSize: 10; color: "#7d7468"
    }
    Text {
        visible: root.showCandidates && root.mention.found !== true
        text: qsTr("The geocoder left no mention of this place in the article.")
        font.family: "DejaVu Sans"; font.pixelSize: 10; font.italic: true; color: "#7d7468"
    }
    CandidateList {
        objectName: "claimCandidates"
        visible: root.mention.found === true
        Layout.fillWidth: true
        Layout.leftMargin: 6
        candidates: root.mention.found ? root.mention.candidates : []
    }
}
