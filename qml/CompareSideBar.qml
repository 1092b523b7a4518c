// One side of the compare view: its instant (a slider over the scenario, previous/next change)
// and its lens, on a card over that half of the map.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

Rectangle {
    id: root
    required property ControlModel control
    property string label: "A"
    width: 330
    height: column.implicitHeight + 18
    radius: 5
    color: "#effffdf7"
    border.color: "#cfc6b8"

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 9
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Rectangle {
                width: 24; height: 24; radius: 12
                color: "#2b2622"
                Text { anchors.centerIn: parent; text: root.label; color: "white"; font.bold: true; font.pixelSize: 13 }
            }
            Text {
                objectName: "instantText"
                Layout.fillWidth: true
                text: root.control.utcText
                font.family: "DejaVu Sans"; font.pixelSize: 14; font.bold: true; color: "#2b2622"
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 2
            ToolButton {
                text: "⏮"; focusPolicy: Qt.NoFocus
                implicitWidth: 28
                onClicked: root.control.previousChange()
            }
            Slider {
                objectName: "instantSlider"
                Layout.fillWidth: true
                from: root.control.startMs
                to: Math.max(root.control.endMs, root.control.startMs + 1)
                value: root.control.timeMs
                stepSize: 3600000
                focusPolicy: Qt.NoFocus
                onMoved: root.control.timeMs = value
            }
            ToolButton {
                text: "⏭"; focusPolicy: Qt.NoFocus
                implicitWidth: 28
                onClicked: root.control.nextChange()
            }
        }
        LensPicker {
            Layout.fillWidth: true
            Layout.preferredHeight: 30
            control: root.control
        }
    }
}
