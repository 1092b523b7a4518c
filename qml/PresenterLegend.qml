// The actors' colours on a presented slide, with the places each holds at its instant: only
// the actors that hold something, in type large enough for a room.
import QtQuick
import QtQuick.Layouts
import Sitrep

Rectangle {
    id: root
    required property ControlModel control
    width: column.implicitWidth + 28
    height: column.implicitHeight + 20
    radius: 6
    color: "#e01b2129"

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: 5
        Repeater {
            model: root.control.legend
            RowLayout {
                required property string name
                required property color color
                required property int count
                visible: count > 0
                spacing: 10
                Rectangle {
                    width: 20; height: 20; radius: 3
                    color: Qt.rgba(parent.color.r, parent.color.g, parent.color.b, 0.75)
                    border.color: "white"
                }
                Text {
                    text: parent.name
                    font.family: "DejaVu Sans"; font.pixelSize: 17
                    color: "white"
                }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    text: parent.count
                    font.family: "DejaVu Sans"; font.pixelSize: 15
                    color: "#bfb7aa"
                }
            }
        }
    }
}
