// The briefing editor, presenter mode and compare view against the bundled scenario: slides
// added from the map's view, reordered, edited, deleted, undone and redone, saved and reloaded;
// the presenter's keys and its transitions (driven to their end, not timed); two instants
// compared on one map.
import QtQuick
import QtQuick.Controls
import QtPositioning
import QtTest
import Sitrep

Item {
    id: root
    width: 1300
    height: 800

    ControlModel { id: control }
    // Inside a Component the object's own properties hide outer ids of the same name.
    readonly property ControlModel controlModel: control
    readonly property BriefingModel briefingModel: briefing
    BriefingModel { id: briefing; control: control }
    BriefingModel { id: reloaded; control: control }
    MapItem {
        id: map
        width: 900
        height: 700
        geodataPath: AppContext.geodataPath
        control: control
    }
    SlidesPanel {
        id: panel
        x: 910
        height: 780
        briefing: briefing
        control: control
        map: map
    }
    Component {
        id: presenterComponent
        PresenterView { width: 1000; height: 700; briefing: root.briefingModel; control: root.controlModel }
    }
    Component {
        id: compareComponent
        CompareView { width: 1000; height: 700; control: root.controlModel; instantB: "2024-12-08T12:00:00Z" }
    }
    SignalSpy { id: exitSpy; signalName: "exit" }

    TestCase {
        name: "Briefing"
        when: windowShown

        function findChildNamed(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findChildNamed(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }
        function iso(ms) { return new Date(ms).toISOString() }
        function slideList() { return findChildNamed(panel, "slideList") }
        function titles() {
            const out = []
            for (let i = 0; i < briefing.count; ++i)
                out.push(briefing.slide(i).title)
            return out
        }
        // Three slides: 29 Nov Aleppo, 5 Dec Hama, 8 Dec Damascus.
        function addThree() {
            briefing.addSlide(Date.parse("2024-11-29T18:00:00Z"), "latest", 36.2, 37.15, 9, "Aleppo", "Rebels in Aleppo")
            briefing.addSlide(Date.parse("2024-12-05T18:00:00Z"), "consensus", 35.13, 36.75, 9.5, "Hama", "Hama falls")
            briefing.addSlide(Date.parse("2024-12-08T06:00:00Z"), "latest", 33.51, 36.29, 8, "Damascus", "Assad flees")
            slideList().forceLayout()
        }

        function init() {
            verify(control.ready, control.errorString)
            briefing.clear(briefing.userCopyPath("tst-briefing"))
            control.lens = "latest"
            control.timeMs = control.startMs
            slideList().currentIndex = -1
            // The presenter's notes window may have taken activation; shortcuts need ours.
            root.Window.window.requestActivate()
            tryCompare(root.Window.window, "active", true)
        }

        function test_addSlideFromTheCurrentView() {
            verify(control.setTimeIso("2024-12-05T12:00:00Z"))
            control.lens = "consensus"
            map.zoomLevel = 8.5
            map.center = QtPositioning.coordinate(35.1, 36.75)
            mouseClick(findChildNamed(panel, "addSlide"))
            compare(briefing.count, 1)
            const s = briefing.slide(0)
            compare(iso(s.atMs), "2024-12-05T12:00:00.000Z")
            compare(s.lens, "consensus")
            fuzzyCompare(s.centerLat, 35.1, 1e-6)
            fuzzyCompare(s.centerLon, 36.75, 1e-6)
            fuzzyCompare(s.zoom, 8.5, 1e-9)
            compare(slideList().currentIndex, 0)
            compare(briefing.problems.length, 0)
        }

        function test_clickingASlideShowsItsInstantLensAndView() {
            addThree()
            mouseClick(slideList().itemAtIndex(1))
            compare(iso(control.timeMs), "2024-12-05T18:00:00.000Z")
            compare(control.lens, "consensus")
            fuzzyCompare(map.center.latitude, 35.13, 1e-6)
            fuzzyCompare(map.zoomLevel, 9.5, 1e-9)
            compare(panel.currentRow, 1)
        }

        function test_reorderWithButtonsDragAndUndo() {
            addThree()
            mouseClick(findChildNamed(slideList().itemAtIndex(0), "moveDown"))
            compare(titles(), ["Hama", "Aleppo", "Damascus"])
            // Drag Damascus's handle onto the first row.
            slideList().forceLayout()
            const handle = findChildNamed(slideList().itemAtIndex(2), "dragHandle")
            const first = slideList().itemAtIndex(0)
            const target = first.mapToItem(handle, 10, first.height / 2)
            mousePress(handle, 4, 4)
            mouseMove(handle, target.x, target.y)
            mouseRelease(handle, target.x, target.y)
            compare(titles(), ["Damascus", "Hama", "Aleppo"])
            briefing.undo()
            compare(titles(), ["Hama", "Aleppo", "Damascus"])
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            compare(titles(), ["Aleppo", "Hama", "Damascus"])
            keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
            compare(titles(), ["Hama", "Aleppo", "Damascus"])
            mouseClick(findChildNamed(panel, "redoButton"))
            compare(titles(), ["Damascus", "Hama", "Aleppo"])
        }

        function test_editTitleCaptionNotesTransitionAndHighlight() {
            addThree()
            mouseClick(slideList().itemAtIndex(1))
            const title = findChildNamed(panel, "titleField")
            compare(title.text, "Hama")
            title.text = "Hama falls to the rebels"
            title.editingFinished()
            compare(briefing.slide(1).title, "Hama falls to the rebels")
            const caption = findChildNamed(panel, "captionField")
            caption.text = "The army withdraws south"
            caption.editingFinished()
            compare(briefing.slide(1).caption, "The army withdraws south")
            const notes = findChildNamed(panel, "notesField")
            notes.text = "Pause for questions"
            notes.editingFinished()
            compare(briefing.slide(1).notes, "Pause for questions")
            briefing.setSlideTransition(1, 6)
            compare(findChildNamed(panel, "transitionField").value, 6)
            panel.placeId = "gn:170017"
            panel.placeName = "Hama"
            mouseClick(findChildNamed(panel, "highlightButton"))
            compare(briefing.slide(1).highlight, ["gn:170017"])
            compare(panel.highlightedPlaces.length, 1)
            compare(panel.highlightedPlaces[0].name, "Hama")
            mouseClick(findChildNamed(panel, "undoButton"))
            compare(briefing.slide(1).highlight, [])
            briefing.undo()
            briefing.undo()
            compare(briefing.slide(1).notes, "")
            compare(findChildNamed(panel, "notesField").text, "")
        }

        function test_deleteAndUndo() {
            addThree()
            mouseClick(slideList().itemAtIndex(0))
            mouseClick(findChildNamed(panel, "deleteSlide"))
            compare(titles(), ["Hama", "Damascus"])
            briefing.undo()
            compare(titles(), ["Aleppo", "Hama", "Damascus"])
        }

        function test_savedAtOnceAndReloaded() {
            addThree()
            briefing.setSlideCaption(2, "Assad flees to Moscow")
            briefing.moveSlide(2, 0)
            compare(briefing.saveError, "")
            verify(reloaded.load(briefing.savePath))
            compare(reloaded.count, 3)
            compare(reloaded.slide(0).title, "Damascus")
            compare(reloaded.slide(0).caption, "Assad flees to Moscow")
            compare(reloaded.slide(0).atMs, briefing.slide(0).atMs)
            compare(reloaded.slide(1).lens, "latest")
        }

        function test_exportWritesAPagePerSlide() {
            addThree()
            const exporter = panel.exporter
            verify(exporter.exportTo(exporter.defaultTarget()), exporter.message)
            verify(exporter.message.indexOf("Exported 3 pages") === 0, exporter.message)
            verify(exporter.message.indexOf("3 PNGs") > 0, exporter.message)
        }

        function test_slideOutsideTheDataIsReportedByNumber() {
            briefing.addSlide(Date.parse("2024-12-01T00:00:00Z"), "latest", 35, 38, 7, "Inside")
            briefing.addSlide(Date.parse("2025-03-01T00:00:00Z"), "latest", 35, 38, 7, "Too late")
            compare(briefing.problems.length, 1)
            verify(briefing.problems[0].indexOf("slide 2") >= 0, briefing.problems[0])
            verify(findChildNamed(panel, "problems").visible)
        }

        function test_presenterKeysAndTransitions() {
            addThree()
            briefing.setSlideTransition(1, 4)
            const presenter = createTemporaryObject(presenterComponent, root)
            verify(presenter)
            exitSpy.target = presenter
            exitSpy.clear()
            presenter.goTo(0)
            presenter.forceActiveFocus()
            compare(presenter.index, 0)
            compare(iso(control.timeMs), "2024-11-29T18:00:00.000Z")
            compare(findChildNamed(presenter, "presenterTitle").heading, "Aleppo")

            keyClick(Qt.Key_Right)
            compare(presenter.index, 1)
            verify(presenter.transitionRunning)
            compare(control.lens, "consensus")
            presenter.finishTransition()
            verify(!presenter.transitionRunning)
            compare(iso(control.timeMs), "2024-12-05T18:00:00.000Z")
            fuzzyCompare(presenter.view.z, 9.5, 1e-9)
            fuzzyCompare(presenter.view.x, 35.13, 1e-9)
            compare(findChildNamed(presenter, "presenterCaption").body, "Hama falls")

            keyClick(Qt.Key_Space)
            compare(presenter.index, 2)
            presenter.finishTransition()
            compare(iso(control.timeMs), "2024-12-08T06:00:00.000Z")
            keyClick(Qt.Key_Right) // past the end: stays
            compare(presenter.index, 2)

            keyClick(Qt.Key_PageUp) // back: at once, no transition
            compare(presenter.index, 1)
            verify(!presenter.transitionRunning)
            compare(iso(control.timeMs), "2024-12-05T18:00:00.000Z")
            keyClick(Qt.Key_PageDown)
            compare(presenter.index, 2)
            keyClick(Qt.Key_Home)
            compare(presenter.index, 0)
            compare(iso(control.timeMs), "2024-11-29T18:00:00.000Z")
            keyClick(Qt.Key_End)
            compare(presenter.index, 2)
            keyClick(Qt.Key_Left)
            compare(presenter.index, 1)

            const notes = presenter.notesShown
            keyClick(Qt.Key_N)
            compare(presenter.notesShown, !notes)
            keyClick(Qt.Key_N)
            compare(presenter.notesShown, notes)

            keyClick(Qt.Key_Escape)
            compare(exitSpy.count, 1)
        }

        function test_compareViewShowsTwoInstants() {
            verify(control.setTimeIso("2024-11-26"))
            const view = createTemporaryObject(compareComponent, root)
            verify(view)
            const twin = view.twin
            verify(twin.ready, twin.errorString)
            compare(twin.sharedWith, control)
            compare(twin.utcText, "Sun 8 Dec 2024, 12:00 UTC")
            compare(control.utcText, "Tue 26 Nov 2024, 23:59 UTC")
            verify(twin.legend.countOf("opposition") > control.legend.countOf("opposition"))
            compare(view.rightMap.control, twin)
            compare(view.leftMap.control, control)
            compare(findChildNamed(view, "sideB").control, twin)

            // Each side keeps its own instant and lens.
            twin.lens = "side:government"
            compare(control.lens, "latest")
            twin.previousChange()
            compare(control.utcText, "Tue 26 Nov 2024, 23:59 UTC")

            // Same view on both sides; the divider swipes.
            view.leftMap.zoomLevel = 8
            compare(view.rightMap.zoomLevel, 8)
            const divider = findChildNamed(view, "compareDivider")
            mouseDrag(divider, 2, 350, -300, 0)
            verify(view.split < 0.5)
            mouseClick(findChildNamed(view, "layoutToggle"))
            verify(view.sideBySide)
            compare(view.rightMap.width, Math.round(view.width / 2) - 2)
        }
    }
}
