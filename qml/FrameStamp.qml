// The instant burnt into exported frames: UTC and Damascus time, and the source lens.
import QtQuick
import QtQuick.Layouts
import Sitrep

Rectangle {
    id: root
    required property ControlModel control
    width: column.implicitWidth + 24
    height: column.implicitHeight + 16
    radius: 5
    color: "#e6221e1b"

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: 2
        Text {
            Layout.alignment: Qt.AlignRight
            text: root.control.utcText
            font.family: "DejaVu Sans"; font.pixelSize: 17; font.bold: true; color: "#fffdf7"
        }
        Text {
            Layout.alignment: Qt.AlignRight
            text: root.control.damascusText
            font.family: "DejaVu Sans"; font.pixelSize: 13; color: "#e8e0d2"
        }
    }
}
