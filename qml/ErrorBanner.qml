// A message over the map when something failed to load; the map keeps what did load.
import QtQuick

Rectangle {
    id: root
    required property string message
    visible: message.length > 0
    width: Math.min(errorText.implicitWidth + 24, 720)
    height: errorText.implicitHeight + 14
    radius: 4
    color: "#f8e3df"
    border.color: "#b4554a"

    Text {
        id: errorText
        anchors.centerIn: parent
        width: Math.min(implicitWidth, 696)
        wrapMode: Text.Wrap
        text: root.message
        font.family: "DejaVu Sans"
        font.pixelSize: 12
        color: "#7a2418"
    }
}
