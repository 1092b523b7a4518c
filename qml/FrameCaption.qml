// A slide's title and caption at the foot of an exported frame, readable at the back of a room.
import QtQuick

Rectangle {
    id: root
    property string title: ""
    property string caption: ""
    height: textColumn.implicitHeight + 20
    radius: 5
    color: "#e6221e1b"

    Column {
        id: textColumn
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 14
        spacing: 4
        Text {
            width: parent.width
            visible: root.title.length > 0
            text: root.title
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 20; font.bold: true; color: "#fffdf7"
        }
        Text {
            width: parent.width
            visible: root.caption.length > 0
            text: root.caption
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.family: "DejaVu Sans"; font.pixelSize: 14; color: "#e8e0d2"
        }
    }
}
