// The legend card: the scenario's title, the lens picker, each actor's colour with the number
// of places it holds at the current instant under the current lens, the front-line styles
// drawn now, and how contested ground looks.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

Rectangle {
    id: root
    required property ControlModel control
    property MapItem map: null // for the front-line styles and layer switches
    width: 270
    height: column.implicitHeight + 20
    radius: 5
    color: "#effffdf7"
    border.color: "#cfc6b8"

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        Text {
            Layout.fillWidth: true
            text: root.control.title
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 12; font.bold: true; color: "#2b2622"
        }
        LensPicker {
            Layout.fillWidth: true
            Layout.preferredHeight: 30
            control: root.control
        }
        Repeater {
            model: root.control.legend
            RowLayout {
                required property string name
                required property color color
                required property int count
                Layout.fillWidth: true
                visible: count > 0
                spacing: 8
                Rectangle {
                    width: 18; height: 12; radius: 2
                    color: Qt.rgba(parent.color.r, parent.color.g, parent.color.b, 0.45)
                    border.color: Qt.darker(parent.color, 1.3)
                }
                Text {
                    Layout.fillWidth: true
                    text: parent.name
                    elide: Text.ElideRight
                    font.family: "DejaVu Sans"; font.pixelSize: 12; color: "#2b2622"
                }
                Text {
                    text: parent.count
                    font.family: "DejaVu Sans"; font.pixelSize: 12; color: "#5f564c"
                }
            }
        }
        // One row per style of front line drawn now (styled by the pair of sides it separates).
        Repeater {
            model: root.map ? root.map.frontLineStyles : []
            RowLayout {
                required property var modelData
                spacing: 8
                FrontLineSample {
                    lineColor: parent.modelData.color
                    lineWidth: parent.modelData.width
                    dash: parent.modelData.dash
                    gap: parent.modelData.gap
                    round: parent.modelData.round
                }
                Text {
                    text: parent.modelData.label
                    font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#5f564c"
                }
            }
        }
        RowLayout {
            spacing: 8
            visible: root.map !== null && root.map.showContested
            // Stripes in two sides' colours over a light tint, as contested ground is drawn.
            Item {
                width: 18; height: 12
                clip: true
                Rectangle { anchors.fill: parent; radius: 2; color: "#24857a84"; border.color: "#9d8fa3" }
                Repeater {
                    model: 6
                    Rectangle {
                        required property int index
                        x: index * 5 - 10; y: -4
                        width: 1.6; height: 24
                        rotation: 45
                        color: index % 2 ? "#c8d55e00" : "#c8009e73"
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Contested: stripes in the sides' colours")
                wrapMode: Text.Wrap
                font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#5f564c"
            }
        }
        RowLayout {
            spacing: 8
            // Ground no settlement reaches, or whose holder nobody reports, is left uncoloured.
            Rectangle { width: 14; height: 10; radius: 2; color: "#f7f2e4"; border.color: "#b9ae9c" }
            Text {
                text: qsTr("Not known to be held")
                font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#5f564c"
            }
        }
    }
}
