// Presenter mode: the briefing full screen, one slide at a time. Right, Space, PageDown (what
// clickers send) go on — the map animates from this slide's instant and view to the next one's
// over that slide's transition time, then holds; Left, PageUp go back at once; Home and End
// jump to the first and last slide; N shows or hides the notes window; Esc leaves.
import QtQuick
import QtQuick.Controls
import QtPositioning
import Sitrep

Rectangle {
    id: root
    required property BriefingModel briefing
    required property ControlModel control
    property int index: -1
    // Notes on a second window: by default only when there is a second screen.
    property bool notesShown: Qt.application.screens.length > 1
    property vector3d view: Qt.vector3d(0, 0, 0) // latitude, longitude, zoom
    readonly property bool transitionRunning: transition.running
    readonly property var current: {
        root.briefing.count // re-read when slides change
        return index >= 0 ? root.briefing.slide(index) : ({})
    }
    signal exit()

    color: "#e8e4dc"
    focus: true

    function goTo(row) {
        if (row < 0 || row >= briefing.count)
            return
        transition.complete() // a transition still running ends where it was going
        const forward = index >= 0 && row === index + 1
        const s = briefing.slide(row)
        control.lens = s.lens
        let target = s.hasView ? Qt.vector3d(s.centerLat, s.centerLon, s.zoom) : Qt.vector3d(0, 0, -1)
        if (target.z < 0) { // no view: the whole country
            const before = view
            map.fitToSyria()
            target = Qt.vector3d(map.center.latitude, map.center.longitude, map.zoomLevel)
            view = before
        }
        index = row
        if (forward && s.transitionSeconds > 0) {
            timeAnimation.from = control.timeMs
            timeAnimation.to = s.atMs
            timeAnimation.duration = s.transitionSeconds * 1000
            viewAnimation.from = view
            viewAnimation.to = target
            viewAnimation.duration = s.transitionSeconds * 1000
            transition.start()
        } else {
            control.timeMs = s.atMs
            view = target
        }
    }
    function next() { goTo(index + 1) }
    function previous() { goTo(index - 1) }
    // Ends a running transition at once, as if its time had passed (tests, impatient presenters).
    function finishTransition() { transition.complete() }

    onViewChanged: {
        map.zoomLevel = view.z
        map.center = QtPositioning.coordinate(view.x, view.y)
    }
    Component.onCompleted: {
        view = Qt.vector3d(map.center.latitude, map.center.longitude, map.zoomLevel)
        forceActiveFocus()
    }

    readonly property var keys: [Qt.Key_Right, Qt.Key_Left, Qt.Key_Space, Qt.Key_PageDown, Qt.Key_PageUp,
                                 Qt.Key_Down, Qt.Key_Up, Qt.Key_Home, Qt.Key_End, Qt.Key_N, Qt.Key_Escape,
                                 Qt.Key_Backspace, Qt.Key_Return, Qt.Key_Enter]
    // Keys that are shortcuts in the main window (Space plays the timeline…) are ours here.
    Keys.onShortcutOverride: (event) => event.accepted = keys.indexOf(event.key) >= 0
    Keys.onPressed: (event) => {
        switch (event.key) {
        case Qt.Key_Right: case Qt.Key_Space: case Qt.Key_PageDown: case Qt.Key_Down:
        case Qt.Key_Return: case Qt.Key_Enter:
            next(); break
        case Qt.Key_Left: case Qt.Key_PageUp: case Qt.Key_Up: case Qt.Key_Backspace:
            previous(); break
        case Qt.Key_Home: goTo(0); break
        case Qt.Key_End: goTo(briefing.count - 1); break
        case Qt.Key_N: notesShown = !notesShown; break
        case Qt.Key_Escape: exit(); break
        default: return
        }
        event.accepted = true
    }

    ParallelAnimation {
        id: transition
        NumberAnimation { id: timeAnimation; target: root.control; property: "timeMs"; easing.type: Easing.InOutSine }
        Vector3dAnimation { id: viewAnimation; target: root; property: "view"; easing.type: Easing.InOutSine }
    }

    MapItem {
        id: map
        anchors.fill: parent
        enabled: false // the presenter drives it; keys go to the slides
        geodataPath: AppContext.geodataPath
        arabicLabels: AppContext.arabic
        control: root.control
        labelExclusions: [Qt.rect(titleCard.x, titleCard.y, titleCard.width, titleCard.height),
                          Qt.rect(captionBand.x, captionBand.y, captionBand.width, captionBand.height),
                          Qt.rect(legend.x, legend.y, legend.width, legend.height)]
    }
    HighlightOverlay {
        anchors.fill: parent
        map: map
        sizeFactor: 1.5
        places: root.index >= 0 && !root.transitionRunning ? root.briefing.highlightedPlaces(root.index) : []
    }

    PresenterCaption {
        id: titleCard
        objectName: "presenterTitle"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 24
        width: Math.min(implicitWidth, parent.width * 0.6)
        heading: root.current.title !== undefined ? root.current.title : ""
        detail: root.control.utcText + "  ·  " + root.control.lens
    }
    PresenterLegend {
        id: legend
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 24
        control: root.control
    }
    PresenterCaption {
        id: captionBand
        objectName: "presenterCaption"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 28
        width: Math.min(implicitWidth, parent.width * 0.8)
        visible: body.length > 0
        body: root.current.caption !== undefined ? root.current.caption : ""
    }
    Text {
        objectName: "slideCounter"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 14
        text: (root.index + 1) + " / " + root.briefing.count
        font.family: "DejaVu Sans"; font.pixelSize: 18; font.bold: true
        color: "#5f564c"
        style: Text.Outline; styleColor: "#f4f1ea"
    }

    PresenterNotes {
        presenter: root
        visible: root.notesShown && !AppContext.screenshotMode
    }
}
