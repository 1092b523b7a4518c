// The timeline, lens picker and legend against the bundled scenario.
import QtQuick
import QtQuick.Controls
import QtTest
import Sitrep

Item {
    id: root
    width: 1200
    height: 300

    ControlModel { id: control }

    Timeline {
        id: timeline
        width: root.width
        control: control
    }

    Legend {
        id: legend
        y: 100
        control: control
    }

    TestCase {
        name: "Timeline"
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

        function init() {
            control.lens = "latest"
            control.timeMs = control.startMs
            timeline.playing = false
        }

        function collectNamed(item, name, out) {
            if (item.objectName === name)
                out.push(item)
            for (let i = 0; i < item.children.length; ++i)
                collectNamed(item.children[i], name, out)
            return out
        }

        // Day labels never run into each other, however narrow the window; the first day
        // is always named.
        function test_dayLabelsNeverOverlap() {
            const widths = [1200, 800, 500, 320]
            for (const w of widths) {
                timeline.width = w
                wait(0)
                const shown = collectNamed(timeline, "dayLabel", []).filter(t => t.visible)
                verify(shown.length >= 1, "at " + w + " px no day label")
                const boxes = shown.map(t => t.mapToItem(root, 0, 0).x).sort((a, b) => a - b)
                const widest = Math.max(...shown.map(t => t.width))
                for (let i = 1; i < boxes.length; ++i)
                    verify(boxes[i] - boxes[i - 1] > widest,
                           "at " + w + " px two day labels overlap: " + boxes[i - 1] + " and " + boxes[i])
                compare(shown.map(t => t.text).indexOf("26 Nov") >= 0, true)
            }
            timeline.width = Qt.binding(() => root.width)
        }

        function test_scenarioSpanAndChangeTicks() {
            verify(control.ready, control.errorString)
            compare(new Date(control.startMs).toISOString(), "2024-11-26T00:00:00.000Z")
            verify(control.endMs > control.startMs + 15 * 86400000)
            verify(control.changeTimes.length > 0)
            for (let i = 1; i < control.changeTimes.length; ++i)
                verify(control.changeTimes[i] > control.changeTimes[i - 1])
        }

        function test_sliderFollowsTheModel() {
            const slider = findChildNamed(timeline, "timeSlider")
            verify(slider)
            compare(slider.from, control.startMs)
            compare(slider.to, control.endMs)
            control.timeMs = control.startMs + 3 * 86400000
            compare(slider.value, control.timeMs)
        }

        function test_nextAndPreviousChangeJumpBetweenTicks() {
            compare(control.changesSoFar, 0)
            findChildNamed(timeline, "nextButton").clicked()
            compare(control.timeMs, control.changeTimes[0])
            compare(control.changesSoFar, 1)
            control.nextChange()
            compare(control.timeMs, control.changeTimes[1])
            findChildNamed(timeline, "previousButton").clicked()
            compare(control.timeMs, control.changeTimes[0])
        }

        function test_instantShownInUtcAndDamascusTime() {
            verify(control.setTimeIso("2024-12-08T02:00:00Z"))
            compare(control.utcText, "Sun 8 Dec 2024, 02:00 UTC")
            compare(control.damascusText, "Sun 8 Dec, 05:00 Damascus")
            const utc = findChildNamed(timeline, "utcText")
            compare(utc.text, control.utcText)
        }

        function test_playAdvancesTime() {
            const before = control.timeMs
            findChildNamed(timeline, "playButton").clicked()
            verify(timeline.playing)
            tryVerify(() => control.timeMs > before, 2000)
            findChildNamed(timeline, "playButton").clicked()
            verify(!timeline.playing)
        }

        function test_lensPickerListsTheEngineLensesAndSetsTheLens() {
            const picker = findChildNamed(legend, "lensPicker")
            verify(picker)
            verify(control.lenses.indexOf("latest") >= 0)
            verify(control.lenses.indexOf("consensus") >= 0)
            compare(picker.displayText, "All sources, latest claim")
            control.lens = "consensus"
            compare(picker.currentText, "consensus")
            compare(picker.displayText, "Confirmed by two outlets")
            control.lens = "no-such-lens"
            compare(control.lens, "consensus")
        }

        function test_legendCountsChangeOverTheOffensive() {
            const legendModel = control.legend
            verify(legendModel.rowCount() > 2)
            control.setTimeIso("2024-11-26")
            const govStart = legendModel.countOf("government")
            const oppStart = legendModel.countOf("opposition")
            verify(govStart > oppStart)
            control.setTimeIso("2024-12-09")
            verify(legendModel.countOf("opposition") > oppStart)
            verify(legendModel.countOf("government") < govStart)
        }
    }
}
