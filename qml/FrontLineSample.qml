// A short sample of a front-line style for the legend: solid, dashed, or round dots.
import QtQuick

Item {
    id: root
    property color lineColor: "#2b2220"
    property real lineWidth: 2
    property real dash: 0
    property real gap: 0
    property bool round: false
    width: 24
    height: 10
    clip: true

    Rectangle { // the white halo every front line has
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width; height: root.lineWidth + 3
        color: "#beffffff"
    }
    Row {
        anchors.verticalCenter: parent.verticalCenter
        spacing: root.round ? Math.max(0, root.gap - root.lineWidth) : root.gap
        Repeater {
            model: root.round || root.dash > 0 ? Math.ceil(root.width / Math.max(1, root.round ? root.gap : root.dash + root.gap)) + 1 : 1
            Rectangle {
                width: root.round ? root.lineWidth : (root.dash > 0 ? root.dash : root.width)
                height: root.lineWidth
                radius: root.round ? root.lineWidth / 2 : 0
                color: root.lineColor
            }
        }
    }
}
