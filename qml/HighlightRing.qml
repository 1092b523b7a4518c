// A ring drawn around a place a briefing slide points at.
import QtQuick

Rectangle {
    // Small enough to sit between the place's dot and the start of its label.
    width: 20
    height: 20
    radius: 10
    color: "transparent"
    border.color: "#d1495b"
    border.width: 2.5
    Rectangle {
        anchors.centerIn: parent
        width: parent.width + 4
        height: parent.height + 4
        radius: width / 2
        color: "transparent"
        border.color: "#b3fffdf7"
        border.width: 2
    }
}
