// The review list's "Possibly missed" tab: it counts and lists the sentences; "Record…" opens the
// correction form prefilled (the entry's party and kind, the article's time, a note quoting the
// sentence) and saving it takes the entry off the list; "Not a claim" dismisses one. Decisions go
// to sidecar files of this test's own.
import QtQuick
import QtTest
import Sitrep

Item {
    id: root
    width: 900
    height: 900

    ControlModel {
        id: control
        correctionsPath: "tst_missedlist-corrections-" + Date.now() + ".jsonl"
    }
    ReviewModel {
        id: review
        control: control
        sidecarPath: "tst_missedlist-review-" + Date.now() + ".jsonl"
    }
    MissedModel {
        id: missed
        review: review
    }
    ReviewList {
        id: list
        height: 880
        review: review
        missed: missed
        control: control
    }

    TestCase {
        name: "MissedList"
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

        function clickWhenLaidOut(item) {
            tryVerify(() => item.width > 0 && item.height > 0, 1000, item.objectName + " never laid out")
            waitForRendering(list)
            mouseClick(item)
        }

        function test_tabRecordAndDismiss() {
            verify(control.ready, control.errorString)
            verify(missed.count >= 2, "the scenario lists " + missed.count + " sentence(s)")
            const tab = findChildNamed(list, "missedTab")
            compare(tab.text, "Possibly missed · " + missed.count)
            compare(findChildNamed(list, "placesTab").text, "Places · " + review.count)
            clickWhenLaidOut(tab)
            compare(list.currentTab, 1)
            compare(findChildNamed(list, "reviewTitle").text, "Possibly missed · " + missed.count + " sentence(s)")
            tryVerify(() => list.missedList !== null)
            const view = list.missedList.view
            tryVerify(() => view.itemAtIndex(0) !== null)

            // Record… opens the form prefilled from the entry.
            const entry = view.itemAtIndex(0)
            verify(findChildNamed(entry, "missedSentence").text.indexOf("<b>") >= 0)
            const before = missed.count
            const place = entry.places[0]
            clickWhenLaidOut(findChildNamed(entry, "recordButton0"))
            const form = entry.form
            verify(form.visible)
            compare(form.placeId, place.placeId)
            compare(form.timeMs, entry.timeMs)
            verify(findChildNamed(form, "correctionTime").text.indexOf(entry.timeSource) >= 0)
            verify(findChildNamed(form, "correctionTime").text.indexOf(entry.timeText) >= 0)
            compare(findChildNamed(form, "correctionNote").text, entry.note)
            verify(entry.note.indexOf("“") === 0)
            const actorBox = findChildNamed(form, "correctionActor")
            if (form.actors.some(a => a.id === entry.actor)) {
                compare(form.actors[actorBox.currentIndex].id, entry.actor)
            } else { // no party in the sentence: the analyst picks one
                compare(actorBox.currentIndex, -1)
                actorBox.currentIndex = 0
            }
            const nearest = { surrendered: "withdrew", besieged: "contested" }
            compare(form.kinds[findChildNamed(form, "correctionKind").currentIndex].kind, nearest[entry.kind] || entry.kind)

            // Saving stores the correction and the entry leaves the list.
            clickWhenLaidOut(findChildNamed(form, "correctionSave"))
            compare(form.error, "")
            tryCompare(missed, "count", before - 1)
            verify(control.claimHistory(place.placeId).some(c => c.override === true))

            // Not a claim dismisses the next one (once the saved correction's reload has settled:
            // it rebuilds the list and its delegates).
            waitForRendering(list)
            wait(100)
            let dismiss = null
            tryVerify(() => {
                const next = view.itemAtIndex(0)
                dismiss = next ? findChildNamed(next, "notClaimButton") : null
                return dismiss !== null && dismiss.visible
            })
            mouseClick(dismiss)
            tryCompare(missed, "count", before - 2)
            compare(missed.errorString, "")
        }

        function test_aSentenceWithoutAPartyLeavesTheChoiceToTheAnalyst() {
            const entry = list.missedList.view.itemAtIndex(0)
            verify(entry)
            const form = entry.form
            form.prefill("", "entered", control.timeMs, "", "", "“Fighters entered the town.”")
            const actorBox = findChildNamed(form, "correctionActor")
            compare(actorBox.currentIndex, -1)
            compare(actorBox.displayText, "Choose the party…")
            const count = missed.count
            form.save()
            compare(form.error, "Choose the party first.")
            compare(missed.count, count)
            // A party the scenario knows is preselected.
            form.prefill("government", "captured", control.timeMs, "", "", "")
            compare(form.actors[actorBox.currentIndex].id, "government")
            compare(actorBox.displayText, form.actors[actorBox.currentIndex].name)
            form.visible = false
        }

        function test_formDefaultsToTheMapTime() {
            // Without a prefill the form still takes the map's instant (the place panel's use).
            const entry = list.missedList.view.itemAtIndex(0)
            verify(entry)
            entry.form.reset("government")
            compare(entry.form.timeMs, -1)
            compare(entry.form.savedTimeMs, control.timeMs)
            compare(findChildNamed(entry.form, "correctionTime").text, "from " + control.utcText)
            entry.form.visible = false
        }
    }
}
