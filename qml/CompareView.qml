// Compare view: one map, two instants, split by a swipe divider — left of the handle the map as
// the main window has it (instant A, lens A: the timeline still drives it), right of it
// instant B with its own lens. Both halves show the same view; drag the handle to swipe.
// The right half's model is a twin of the main one (ControlModel.sharedWith): nothing loads twice.
import QtQuick
import QtQuick.Controls
import Sitrep

Rectangle {
    id: root
    required property ControlModel control
    property string instantB: "" // ISO; empty: the end of the scenario
    property var startCenter
    property real startZoom: -1
    // Where the divider sits, as a fraction of the width.
    property real split: 0.5
    // Two maps side by side (each half its own map on the same centre) instead of the swipe.
    property bool sideBySide: false
    readonly property alias twin: twin
    readonly property alias leftMap: mapA
    readonly property alias rightMap: mapB
    signal closed()

    color: "#f4f1ea"
    focus: true
    Keys.onEscapePressed: root.closed()

    ControlModel {
        id: twin
        objectName: "compareTwin"
        sharedWith: root.control
        lens: root.control.lens
        Component.onCompleted: {
            if (root.instantB.length === 0 || !setTimeIso(root.instantB))
                timeMs = endMs
        }
    }

    MapItem {
        id: mapA
        width: root.sideBySide ? Math.round(root.width / 2) - 2 : root.width
        height: root.height
        geodataPath: AppContext.geodataPath
        arabicLabels: AppContext.arabic
        control: root.control
        Component.onCompleted: {
            if (root.startCenter && root.startCenter.isValid)
                center = root.startCenter
            if (root.startZoom >= 0)
                zoomLevel = root.startZoom
        }
    }
    Item {
        id: rightHalf
        x: root.sideBySide ? Math.round(root.width / 2) + 2 : Math.round(root.width * root.split)
        width: root.width - x
        height: root.height
        clip: true
        MapItem {
            id: mapB
            x: root.sideBySide ? 0 : -rightHalf.x
            width: root.sideBySide ? rightHalf.width : root.width
            height: root.height
            enabled: false // mapA takes the mouse; this one follows its view
            geodataPath: AppContext.geodataPath
            arabicLabels: mapA.arabicLabels
            control: twin
            center: mapA.center
            zoomLevel: mapA.zoomLevel
        }
    }

    Rectangle { // the divider and its handle
        id: divider
        objectName: "compareDivider"
        x: rightHalf.x - width / 2
        visible: !root.sideBySide
        width: 4
        height: root.height
        color: "white"
        border.color: "#5f564c"
        border.width: 1
        Rectangle {
            anchors.centerIn: parent
            width: 34; height: 34; radius: 17
            color: dragArea.pressed ? "#e4ded2" : "white"
            border.color: "#5f564c"
            Text { anchors.centerIn: parent; text: "◀▶"; font.pixelSize: 12; color: "#2b2622" }
        }
        MouseArea {
            id: dragArea
            anchors.fill: parent
            anchors.margins: -14
            cursorShape: Qt.SplitHCursor
            preventStealing: true
            onPositionChanged: (m) => {
                const x = mapToItem(root, m.x, m.y).x
                root.split = Math.max(0.05, Math.min(0.95, x / root.width))
            }
        }
    }

    CompareSideBar {
        objectName: "sideA"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 12
        label: "A"
        control: root.control
    }
    CompareSideBar {
        objectName: "sideB"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
        anchors.rightMargin: 56
        label: "B"
        control: twin
    }
    Button {
        objectName: "layoutToggle"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: 52
        anchors.rightMargin: 12
        width: 34; height: 34
        text: root.sideBySide ? "◧" : "◫"
        focusPolicy: Qt.NoFocus
        ToolTip.visible: hovered
        ToolTip.text: root.sideBySide ? qsTr("Swipe divider") : qsTr("Side by side")
        onClicked: root.sideBySide = !root.sideBySide
    }
    Button {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
        width: 34; height: 34
        text: "✕"
        focusPolicy: Qt.NoFocus
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Leave the compare view (Esc)")
        onClicked: root.closed()
    }
}
