// A scale bar: a round distance (given by MapItem) drawn as an alternating two-segment bar.
import QtQuick

Item {
    id: root
    required property double metres
    required property double pixels
    readonly property string label: metres >= 1000 ? Math.round(metres / 1000) + " km"
                                                   : Math.round(metres) + " m"
    width: pixels + labelText.width + 10
    height: 14

    Rectangle {
        anchors.fill: parent
        anchors.margins: -5
        radius: 3
        color: "#d9fffdf7"
    }
    Row {
        id: bar
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 3
        Repeater {
            model: 2
            Rectangle {
                required property int index
                width: root.pixels / 2
                height: 6
                color: index === 0 ? "#3d3833" : "#fffdf7"
                border.color: "#3d3833"
                border.width: 1
            }
        }
    }
    Text {
        id: labelText
        anchors.left: bar.right
        anchors.leftMargin: 6
        anchors.verticalCenter: bar.verticalCenter
        text: root.label
        font.family: "DejaVu Sans"
        font.pixelSize: 11
        color: "#3d3833"
    }
}
