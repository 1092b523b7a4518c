// The slides panel: the briefing's slides in order — click one to show it on the map, add the
// map's current view as a slide, drag or move slides, edit the selected one, undo and redo —
// and the briefing's problems (each naming its slide) and save errors.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtPositioning
import Sitrep

Rectangle {
    id: root
    required property BriefingModel briefing
    required property ControlModel control
    required property MapItem map
    property string placeId: ""
    property string placeName: ""
    property alias currentRow: list.currentIndex
    readonly property alias exporter: exporter
    // Highlighted places of the selected slide, for the map overlay.
    readonly property var highlightedPlaces: {
        list.currentItem ? list.currentItem.highlight : []
        return list.currentIndex >= 0 ? briefing.highlightedPlaces(list.currentIndex) : []
    }
    signal presentRequested(int row)
    signal compareRequested()
    signal closed()

    width: Math.max(390, toolbar.implicitWidth + 20)
    radius: 5
    color: "#f7fffdf7"
    border.color: "#cfc6b8"

    // Shows a slide on the map: its instant, lens and view.
    function showSlide(row) {
        const s = briefing.slide(row)
        if (s.atMs === undefined)
            return
        root.forceActiveFocus() // commits a field being edited, to the slide it belongs to
        list.currentIndex = row
        control.lens = s.lens
        control.timeMs = s.atMs
        if (s.hasView) {
            map.zoomLevel = s.zoom
            map.center = QtPositioning.coordinate(s.centerLat, s.centerLon)
        } else {
            map.fitToSyria()
        }
    }
    function addCurrentView() {
        const row = briefing.addSlide(control.timeMs, control.lens, map.center.latitude, map.center.longitude,
                                      map.zoomLevel, "", "", list.currentIndex)
        list.currentIndex = row
        return row
    }

    SlideExporter { id: exporter; briefing: root.briefing; control: root.control }
    FileDialog {
        id: exportDialog
        title: qsTr("Export the briefing as PDF (and one PNG per slide)")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: exporter.exportTo(selectedFile)
    }

    Shortcut { sequences: [StandardKey.Undo]; enabled: root.visible; onActivated: root.briefing.undo() }
    Shortcut { sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]; enabled: root.visible; onActivated: root.briefing.redo() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            TextField {
                objectName: "briefingTitle"
                Layout.fillWidth: true
                text: root.briefing.title
                placeholderText: qsTr("Briefing title")
                font.pixelSize: 14; font.bold: true
                background: Item {}
                onEditingFinished: root.briefing.title = text
                onTextChanged: if (!activeFocus) cursorPosition = 0 // show the start of a long title
            }
            ToolButton { text: "✕"; focusPolicy: Qt.NoFocus; onClicked: root.closed() }
        }
        RowLayout {
            id: toolbar
            Layout.fillWidth: true
            spacing: 4
            Button {
                objectName: "addSlide"
                text: qsTr("+ Add view")
                font.pixelSize: 11
                focusPolicy: Qt.NoFocus
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Add the map's instant, lens and view as a slide after the selected one")
                onClicked: root.addCurrentView()
            }
            ToolButton {
                objectName: "undoButton"
                text: "↶"; font.pixelSize: 16
                enabled: root.briefing.canUndo
                focusPolicy: Qt.NoFocus
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Undo %1 (Ctrl+Z)").arg(root.briefing.undoText)
                onClicked: root.briefing.undo()
            }
            ToolButton {
                objectName: "redoButton"
                text: "↷"; font.pixelSize: 16
                enabled: root.briefing.canRedo
                focusPolicy: Qt.NoFocus
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Redo %1 (Ctrl+Shift+Z)").arg(root.briefing.redoText)
                onClicked: root.briefing.redo()
            }
            ToolButton {
                objectName: "deleteSlide"
                text: "🗑"; font.pixelSize: 13
                enabled: list.currentIndex >= 0
                focusPolicy: Qt.NoFocus
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Delete the selected slide")
                onClicked: root.briefing.removeSlide(list.currentIndex)
            }
            ToolButton {
                objectName: "exportButton"
                text: "⇩"; font.pixelSize: 16
                enabled: root.briefing.count > 0
                focusPolicy: Qt.NoFocus
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Export PDF (a page per slide) and PNGs")
                onClicked: {
                    exportDialog.selectedFile = exporter.defaultTarget()
                    exportDialog.open()
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Compare")
                font.pixelSize: 11
                focusPolicy: Qt.NoFocus
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Two instants with a swipe divider (Ctrl+D)")
                onClicked: root.compareRequested()
            }
            Button {
                objectName: "presentButton"
                text: qsTr("▶ Present")
                font.pixelSize: 11; font.bold: true
                enabled: root.briefing.count > 0
                focusPolicy: Qt.NoFocus
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Full screen from the selected slide (F5)")
                onClicked: root.presentRequested(Math.max(0, list.currentIndex))
            }
        }
        Text {
            objectName: "problems"
            Layout.fillWidth: true
            visible: text.length > 0
            text: [root.briefing.saveError].concat(root.briefing.problems).filter(m => m.length > 0).join("\n")
            wrapMode: Text.Wrap
            maximumLineCount: 6
            elide: Text.ElideRight
            font.family: "DejaVu Sans"; font.pixelSize: 10; color: "#9a2c1c"
        }
        Text {
            objectName: "exportMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: exporter.message
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            font.family: "DejaVu Sans"; font.pixelSize: 10; color: "#4a5d3b"
        }
        ListView {
            id: list
            objectName: "slideList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: root.briefing
            currentIndex: -1
            property int dropRow: -1
            delegate: SlideDelegate {
                count: root.briefing.count
                onActivated: root.showSlide(index)
                onMoveRequested: (from, to) => { root.briefing.moveSlide(from, to); list.currentIndex = to }
                onDragMoved: (y) => list.dropRow = list.indexAt(10, y)
                onDropped: (y) => {
                    const to = list.indexAt(10, y)
                    list.dropRow = -1
                    if (to >= 0 && to !== index) {
                        root.briefing.moveSlide(index, to)
                        list.currentIndex = to
                    }
                }
            }
            Rectangle { // where a dragged slide will land
                visible: list.dropRow >= 0 && list.itemAtIndex(list.dropRow) !== null
                y: visible ? list.itemAtIndex(list.dropRow).y - 3 : 0
                width: list.width; height: 2; color: "#a8452f"
            }
            Text {
                x: 10
                y: 30
                width: list.width - 20
                visible: root.briefing.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("No slides yet. Set the map to an instant, lens and view, then “+ Add view”.")
                font.family: "DejaVu Sans"; font.pixelSize: 12; color: "#7d7468"
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: "#d8d0c2" }
        Text {
            Layout.fillWidth: true
            visible: list.currentIndex < 0 && root.briefing.count > 0
            text: qsTr("Click a slide to show it on the map and edit it.")
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#7d7468"
        }
        SlideEditor {
            Layout.fillWidth: true
            visible: list.currentIndex >= 0
            briefing: root.briefing
            slide: list.currentItem
            placeId: root.placeId
            placeName: root.placeName
            onUpdateFromMap: root.briefing.updateSlideView(list.currentIndex, root.control.timeMs, root.control.lens,
                                                           root.map.center.latitude, root.map.center.longitude,
                                                           root.map.zoomLevel)
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Edits saved to %1").arg(root.briefing.savePath)
            visible: root.briefing.savePath.length > 0 && root.briefing.saveError.length === 0
            elide: Text.ElideMiddle
            font.family: "DejaVu Sans"; font.pixelSize: 9; color: "#9a9084"
        }
    }
}
