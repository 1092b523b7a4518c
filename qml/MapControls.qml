// Zoom, fit-to-Syria, label language and layer switches, stacked in the map's top right corner.
import QtQuick
import QtQuick.Controls
import Sitrep

Column {
    id: root
    required property MapItem map
    spacing: 6

    component MapButton: Button {
        width: 34
        height: 34
        font.family: "DejaVu Sans"
        font.pixelSize: 16
        focusPolicy: Qt.NoFocus
        background: Rectangle {
            radius: 4
            color: parent.down ? "#e4ded2" : "#f2fffdf7"
            border.color: "#b9b0a3"
        }
    }

    MapButton {
        text: "+"
        onClicked: root.map.zoomAround(Qt.point(root.map.width / 2, root.map.height / 2), root.map.zoomLevel + 1)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Zoom in (+)")
    }
    MapButton {
        text: "−"
        onClicked: root.map.zoomAround(Qt.point(root.map.width / 2, root.map.height / 2), root.map.zoomLevel - 1)
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Zoom out (−)")
    }
    MapButton {
        text: "⌂"
        onClicked: root.map.fitToSyria()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Fit to Syria (Home)")
    }
    MapButton {
        text: root.map.arabicLabels ? "A" : "ع"
        font.pixelSize: 15
        onClicked: root.map.arabicLabels = !root.map.arabicLabels
        ToolTip.visible: hovered
        ToolTip.text: root.map.arabicLabels ? qsTr("Latin labels") : qsTr("Arabic labels")
    }
    MapButton {
        id: layersButton
        text: "≡"
        onClicked: layersMenu.open()
        ToolTip.visible: hovered && !layersMenu.visible
        ToolTip.text: qsTr("Layers")
        Menu {
            id: layersMenu
            x: -width + layersButton.width
            y: layersButton.height + 4
            MenuItem { text: qsTr("Control areas"); checkable: true; checked: root.map.showControl; onToggled: root.map.showControl = checked }
            MenuItem { text: qsTr("Contested hatching"); checkable: true; checked: root.map.showContested; onToggled: root.map.showContested = checked }
            MenuItem { text: qsTr("Front lines"); checkable: true; checked: root.map.showFrontLines; onToggled: root.map.showFrontLines = checked }
            MenuItem { text: qsTr("Pulses on changes"); checkable: true; checked: root.map.showPulses; onToggled: root.map.showPulses = checked }
            MenuItem { text: qsTr("Roads"); checkable: true; checked: root.map.showRoads; onToggled: root.map.showRoads = checked }
            MenuItem { text: qsTr("Governorates"); checkable: true; checked: root.map.showGovernorates; onToggled: root.map.showGovernorates = checked }
            MenuItem { text: qsTr("Rivers and lakes"); checkable: true; checked: root.map.showWater; onToggled: root.map.showWater = checked }
            MenuItem { text: qsTr("Places"); checkable: true; checked: root.map.showPlaces; onToggled: root.map.showPlaces = checked }
            MenuItem { text: qsTr("Labels"); checkable: true; checked: root.map.showLabels; onToggled: root.map.showLabels = checked }
        }
    }
}
