// The place panel: a clicked place's control at the current instant and every claim about it,
// each with its time, outlet, speaker and side, confidence and the sentence it came from.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

Rectangle {
    id: root
    required property ControlModel control
    property string placeId: ""
    property string placeName: ""
    readonly property string holder: placeId.length > 0 && control.changesSoFar >= 0 && control.timeMs > 0 ? control.holderOf(placeId) : ""
    readonly property string status: placeId.length > 0 && control.changesSoFar >= 0 && control.timeMs > 0 ? control.statusOf(placeId) : ""
    readonly property var claims: placeId.length > 0 ? control.claimHistory(placeId) : []
    visible: placeId.length > 0
    width: 340
    radius: 5
    color: "#f7fffdf7"
    border.color: "#cfc6b8"

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
            text: qsTr("%n claim(s)", "", root.claims.length)
            font.family: "DejaVu Sans"; font.pixelSize: 11; font.bold: true; color: "#7d7468"
        }
        ListView {
            id: list
            objectName: "claimList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: root.claims
            ScrollBar.vertical: ScrollBar {}
            delegate: ClaimDelegate {
                width: list.width - 10
            }
        }
    }
}
