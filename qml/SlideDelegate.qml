// One slide in the slides panel: its number, title, instant, lens and caption; a handle to
// drag it to another place in the list, and buttons to move it up or down.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root
    required property int index
    required property string title
    required property string dateText
    required property string lens
    required property string caption
    required property string notes
    required property var highlight
    required property real transitionSeconds
    required property real atMs
    property bool current: ListView.isCurrentItem
    property int count: 0
    signal activated()
    signal moveRequested(int from, int to)
    // The list's y of the dragged handle, for dropping (set while dragging).
    signal dragMoved(real listY)
    signal dropped(real listY)

    width: ListView.view ? ListView.view.width : 300
    height: column.implicitHeight + 14
    radius: 4
    color: current ? "#e9e0cf" : mouse.containsMouse ? "#f1ebe0" : "#fbf8f2"
    border.color: current ? "#a8987f" : "#ddd4c5"

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        onClicked: root.activated()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 7
        spacing: 6

        Text {
            objectName: "dragHandle"
            Layout.alignment: Qt.AlignTop
            text: "⠿"
            font.pixelSize: 18
            color: handleArea.pressed ? "#2b2622" : "#a39a8c"
            MouseArea {
                id: handleArea
                anchors.fill: parent
                anchors.margins: -4
                cursorShape: Qt.OpenHandCursor
                preventStealing: true
                onPositionChanged: (m) => root.dragMoved(mapToItem(root.ListView.view, m.x, m.y).y + root.ListView.view.contentY)
                onReleased: (m) => root.dropped(mapToItem(root.ListView.view, m.x, m.y).y + root.ListView.view.contentY)
            }
        }

        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: (root.index + 1) + ". " + root.title
                elide: Text.ElideRight
                font.family: "DejaVu Sans"; font.pixelSize: 13; font.bold: true; color: "#2b2622"
            }
            Text {
                Layout.fillWidth: true
                text: root.dateText + " · " + root.lens
                      + (root.highlight.length > 0 ? " · ◎ " + root.highlight.length : "")
                elide: Text.ElideRight
                font.family: "DejaVu Sans"; font.pixelSize: 10; color: "#6b6157"
            }
            Text {
                Layout.fillWidth: true
                visible: root.caption.length > 0
                text: root.caption
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#4a433b"
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            spacing: 0
            ToolButton {
                objectName: "moveUp"
                text: "▲"
                font.pixelSize: 10
                implicitWidth: 22; implicitHeight: 20
                enabled: root.index > 0
                focusPolicy: Qt.NoFocus
                onClicked: root.moveRequested(root.index, root.index - 1)
            }
            ToolButton {
                objectName: "moveDown"
                text: "▼"
                font.pixelSize: 10
                implicitWidth: 22; implicitHeight: 20
                enabled: root.index < root.count - 1
                focusPolicy: Qt.NoFocus
                onClicked: root.moveRequested(root.index, root.index + 1)
            }
        }
    }
}
