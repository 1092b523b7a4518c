// A dark card of large type over the presented map: a slide's title with its instant and
// lens, or its caption — legible from the back of a briefing room.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: root
    property string heading: ""
    property string detail: ""
    property string body: ""
    implicitWidth: column.implicitWidth + 40
    implicitHeight: column.implicitHeight + 26
    height: implicitHeight
    radius: 6
    color: "#e01b2129"

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 20
        anchors.rightMargin: 20
        spacing: 6
        Text {
            Layout.fillWidth: true
            visible: root.heading.length > 0
            text: root.heading
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 38; font.bold: true
            color: "white"
        }
        Text {
            Layout.fillWidth: true
            visible: root.detail.length > 0
            text: root.detail
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 19
            color: "#d9d2c5"
        }
        Text {
            Layout.fillWidth: true
            visible: root.body.length > 0
            text: root.body
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: root.body.length > 200 ? 23 : 27
            lineHeight: 1.15
            color: "white"
        }
    }
}
