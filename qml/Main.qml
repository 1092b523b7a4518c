// The main window: the map filling it, the timeline along the bottom.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

ApplicationWindow {
    id: window
    width: AppContext.windowSize.width
    height: AppContext.windowSize.height
    visible: true
    title: qsTr("Sitrep — Syria, 26 Nov – 12 Dec 2024")
    color: "#f4f1ea"

    ControlModel {
        id: control
        geodataPath: AppContext.geodataPath
        scenarioPath: AppContext.scenarioPath
        lens: AppContext.lens.length > 0 ? AppContext.lens : "latest"
        Component.onCompleted: {
            if (AppContext.startInstant.length > 0)
                setTimeIso(AppContext.startInstant)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        MapView {
            id: mapView
            Layout.fillWidth: true
            Layout.fillHeight: true
            control: control
            map.labelExclusions: legend.visible ? [Qt.rect(legend.x, legend.y, legend.width, legend.height)] : []

            Connections {
                target: mapView.map
                function onPlaceClicked(id) {
                    placePanel.placeName = mapView.map.placeName(id)
                    placePanel.placeId = id
                }
            }

            PlacePanel {
                id: placePanel
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.rightMargin: 56
                anchors.topMargin: 12
                anchors.bottomMargin: 40
                control: control
                Component.onCompleted: {
                    if (AppContext.startPlace.length > 0) {
                        placeName = mapView.map.placeName(AppContext.startPlace)
                        placeId = AppContext.startPlace
                    }
                }
            }

            Legend {
                id: legend
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.margins: 12
                control: control
                visible: control.ready
            }
        }
        Timeline {
            id: timeline
            Layout.fillWidth: true
            control: control
            visible: control.ready
        }
    }

    Shortcut { sequence: "Space"; onActivated: timeline.playing = !timeline.playing }
    Shortcut { sequence: StandardKey.MoveToNextPage; onActivated: control.nextChange() }
    Shortcut { sequence: StandardKey.MoveToPreviousPage; onActivated: control.previousChange() }
}
