// The main window: the map filling it, the timeline along the bottom.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtPositioning
import Sitrep

ApplicationWindow {
    id: window
    width: AppContext.windowSize.width
    height: AppContext.windowSize.height
    visible: true
    title: qsTr("Sitrep — Syria, 26 Nov – 12 Dec 2024")
    // The map's backdrop (land): the window's clear paints it, and the map leaves it out.
    color: mapView.map.backdropColor

    ControlModel {
        id: control
        geodataPath: AppContext.geodataPath
        scenarioPath: AppContext.scenarioPath
        workspacePath: AppContext.workspacePath
        lens: AppContext.lens.length > 0 ? AppContext.lens : "latest"
        Component.onCompleted: {
            if (AppContext.startInstant.length > 0)
                setTimeIso(AppContext.startInstant)
        }
    }

    ReviewModel {
        id: review
        control: control
        sidecarPath: AppContext.reviewPath
    }
    MissedModel {
        id: missedModel
        review: review
    }
    PlaceDetails {
        id: details
        control: control
        review: review
    }

    // Opens the place panel on a place (a dot, a label, a cell of the map or a search match).
    function showPlace(id) {
        const name = mapView.map.placeName(id)
        placePanel.placeName = name.length > 0 ? name : details.placeName(id)
        placePanel.placeId = id
    }

    // Briefings (slides panel, presenter, compare view).
    property bool slidesOpen: AppContext.slidesOpen
    function present(row) {
        presenter.startRow = row
        presenter.active = true
    }
    BriefingModel {
        id: briefing
        control: control
        Component.onCompleted: {
            if (AppContext.briefPath.length > 0)
                load(AppContext.briefPath)
            else
                loadForScenario(AppContext.scenarioPath)
            if (AppContext.presentSlide > 0)
                window.present(AppContext.presentSlide - 1)
            else if (AppContext.compareInstant.length > 0)
                compareLoader.active = true
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: !presenter.active

        MapView {
            id: mapView
            Layout.fillWidth: true
            Layout.fillHeight: true
            control: control
            map.drawsBackdrop: false
            bannerTopMargin: 52 // under the search field
            map.progressiveLabels: !AppContext.screenshotMode
            map.labelExclusions: (legend.visible ? [Qt.rect(legend.x, legend.y, legend.width, legend.height)] : [])
                .concat([Qt.rect(search.x, search.y, reviewToggle.x + reviewToggle.width - search.x, search.height)])
                .concat([placePanel, reviewList].filter(p => p.visible).map(p => Qt.rect(p.x, p.y, p.width, p.height)))

            Connections {
                target: mapView.map
                function onPlaceClicked(id) {
                    placePanel.placeName = mapView.map.placeName(id)
                    placePanel.placeId = id
                }
                function onAreaClicked(coordinate) {
                    const id = details.placeAtCoordinate(coordinate)
                    if (id.length > 0)
                        window.showPlace(id)
                }
            }

            PlaceSearch {
                id: search
                anchors.top: parent.top
                anchors.topMargin: 12
                anchors.horizontalCenter: parent.horizontalCenter
                z: 2
                details: details
                onPlaceChosen: (id, name, lat, lon) => {
                    if (typeof mapView.map.zoomToPlace === "function") {
                        mapView.map.zoomToPlace(id, 10)
                    } else {
                        mapView.map.center = QtPositioning.coordinate(lat, lon)
                        mapView.map.zoomLevel = 10
                    }
                    window.showPlace(id)
                }
            }
            Button {
                id: reviewToggle
                objectName: "reviewToggle"
                anchors.left: search.right
                anchors.leftMargin: 8
                anchors.verticalCenter: search.verticalCenter
                checkable: true
                checked: AppContext.reviewOpen
                text: qsTr("Review (%1 · %2)").arg(review.count).arg(missedModel.count) + (review.errorString.length > 0 ? " ⚠" : "")
                font.family: "DejaVu Sans"; font.pixelSize: 12
                focusPolicy: Qt.NoFocus
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Mentions waiting for review, and sentences possibly missed (Ctrl+R)")
            }
            ReviewList {
                id: reviewList
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.rightMargin: 56
                anchors.topMargin: search.y + search.height + 10 // under the search bar
                anchors.bottomMargin: 40
                visible: reviewToggle.checked
                review: review
                missed: missedModel
                control: control
                currentTab: AppContext.missedOpen ? 1 : 0
                onClosed: reviewToggle.checked = false
                // --missed-record: the first entry's form open, for screenshots of it.
                onMissedListChanged: {
                    if (AppContext.missedRecord && missedList)
                        Qt.callLater(() => {
                            const first = missedList.view.itemAtIndex(0)
                            if (first && first.places.length > 0)
                                first.openRecord(first.places[0].placeId)
                        })
                }
            }

            PlacePanel {
                id: placePanel
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.rightMargin: reviewList.visible ? 64 + reviewList.width : 56
                anchors.topMargin: search.y + search.height + 10 // under the search bar
                anchors.bottomMargin: 40
                control: control
                details: details
                Component.onCompleted: {
                    if (AppContext.startPlace.length > 0) {
                        placeName = mapView.map.placeName(AppContext.startPlace)
                        placeId = AppContext.startPlace
                        if (AppContext.correctionOpen)
                            Qt.callLater(openCorrection) // once the holder at --at is known
                    }
                }
            }

            WorkspaceBar {
                anchors.fill: parent
                anchors.bottomMargin: 28
                visible: !AppContext.screenshotMode
                control: control
                review: review
                briefing: briefing
            }

            HighlightOverlay {
                anchors.fill: parent
                map: mapView.map
                visible: slidesPanel.visible
                places: slidesPanel.highlightedPlaces
            }
            SlidesPanel {
                id: slidesPanel
                objectName: "slidesPanel"
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.margins: 12
                anchors.bottomMargin: 40
                z: 1
                visible: window.slidesOpen
                briefing: briefing
                control: control
                map: mapView.map
                placeId: placePanel.placeId
                placeName: placePanel.placeName
                onClosed: window.slidesOpen = false
                onPresentRequested: (row) => window.present(row)
                onCompareRequested: compareLoader.active = true
            }
            Button {
                objectName: "slidesToggle"
                anchors.left: legend.left
                anchors.top: legend.bottom
                anchors.topMargin: 8
                visible: control.ready
                highlighted: window.slidesOpen
                text: qsTr("Slides (%1)").arg(briefing.count) + (briefing.problems.length > 0 ? " ⚠" : "")
                font.family: "DejaVu Sans"; font.pixelSize: 12
                focusPolicy: Qt.NoFocus
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Briefing slides (Ctrl+B); present (F5); compare two instants (Ctrl+D)")
                onClicked: window.slidesOpen = !window.slidesOpen
            }
            Loader {
                id: compareLoader
                anchors.fill: parent
                z: 10
                active: false
                sourceComponent: CompareView {
                    control: mapView.control // not `control`: that is the view's own property here
                    instantB: AppContext.compareInstant
                    startCenter: mapView.map.center
                    startZoom: mapView.map.zoomLevel
                    onClosed: compareLoader.active = false
                }
                onLoaded: item.forceActiveFocus()
            }

            Legend {
                id: legend
                anchors.leftMargin: slidesPanel.visible ? slidesPanel.width + 24 : 12
                anchors.topMargin: slidesPanel.visible ? 52 : 12 // clear of the search field
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.margins: 12
                control: control
                map: mapView.map
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

    Loader {
        id: presenter
        property int startRow: 0
        property int restoreVisibility: Window.Windowed
        anchors.fill: parent
        z: 100
        active: false
        sourceComponent: PresenterView {
            briefing: slidesPanel.briefing
            control: mapView.control // not `control`: that is the view's own property here
            onExit: presenter.active = false
        }
        onLoaded: {
            restoreVisibility = window.visibility
            if (!AppContext.screenshotMode)
                window.visibility = Window.FullScreen
            item.goTo(startRow)
            item.forceActiveFocus()
        }
        onActiveChanged: {
            if (!active && window.visibility === Window.FullScreen)
                window.visibility = restoreVisibility
        }
    }
    Shortcut { sequence: "Ctrl+B"; onActivated: window.slidesOpen = !window.slidesOpen }
    Shortcut { sequence: "F5"; enabled: briefing.count > 0 && !presenter.active; onActivated: window.present(Math.max(0, slidesPanel.currentRow)) }
    Shortcut { sequence: "Ctrl+D"; enabled: !presenter.active; onActivated: compareLoader.active = !compareLoader.active }
    Shortcut { sequence: "Space"; onActivated: timeline.playing = !timeline.playing }
    Shortcut { sequence: "Ctrl+R"; onActivated: reviewToggle.checked = !reviewToggle.checked }
    Shortcut { sequence: StandardKey.Find; onActivated: search.focusField() }
    Shortcut { sequence: StandardKey.MoveToNextPage; onActivated: control.nextChange() }
    Shortcut { sequence: StandardKey.MoveToPreviousPage; onActivated: control.previousChange() }
}
