// The place panel's correction form: "Correct control at this time" opens it at the map's
// instant; choosing an actor and what happened and saving changes the panel's state line and
// lists the correction as the analyst's, with its note; Remove takes it back. The corrections go
// to a file of this test's own (correctionsPath), never the scenario's cache.
import QtQuick
import QtTest
import Sitrep

Item {
    id: root
    width: 800
    height: 700

    ControlModel {
        id: control
        correctionsPath: "tst_correction-" + Date.now() + ".jsonl"
    }
    ReviewModel {
        id: review
        control: control
        sidecarPath: "tst_correction-review-" + Date.now() + ".jsonl"
    }
    PlaceDetails {
        id: details
        control: control
        review: review
    }

    PlacePanel {
        id: panel
        height: 680
        control: control
        details: details
    }

    TestCase {
        name: "CorrectionForm"
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

        function placeNamed(name) {
            const found = details.search(name, 1)
            verify(found.length === 1, "no place named " + name)
            return found[0].placeId
        }

        // A form just shown is laid out on the next polish: click once it has its size.
        function clickWhenLaidOut(item) {
            tryVerify(() => item.width > 0 && item.height > 0, 1000, item.objectName + " never laid out")
            waitForRendering(panel)
            mouseClick(item)
        }

        function cleanup() {
            panel.correctionForm.visible = false
        }

        function correctionsIn(claims) {
            return claims.filter(c => c.override === true)
        }

        function test_correctSaveAndRemove() {
            verify(control.ready, control.errorString)
            compare(control.correctionsLocation, control.correctionsPath)
            control.setTimeIso("2024-12-02T12:00:00Z")
            const homs = placeNamed("Homs")
            panel.placeName = "Homs"
            panel.placeId = homs
            const state = findChildNamed(panel, "placeState")
            compare(state.text, "Held by Government")
            compare(correctionsIn(panel.claims).length, 0)

            // The link opens the form at the map's instant, the holder preselected.
            const link = findChildNamed(panel, "correctLink")
            verify(link.visible)
            mouseClick(link)
            const form = panel.correctionForm
            verify(form.visible)
            verify(!link.visible)
            compare(findChildNamed(form, "correctionTime").text, "from " + control.utcText)
            const actorBox = findChildNamed(form, "correctionActor")
            const kindBox = findChildNamed(form, "correctionKind")
            compare(form.actors[actorBox.currentIndex].id, "government")
            compare(kindBox.currentText, "holds")

            // Choose the SDF (through the popup) and "took", write why, save.
            const sdf = form.actors.findIndex(a => a.id === "sdf")
            verify(sdf >= 0)
            clickWhenLaidOut(actorBox)
            tryVerify(() => actorBox.popup.opened)
            actorBox.currentIndex = sdf
            actorBox.activated(sdf)
            actorBox.popup.close()
            compare(actorBox.displayText, "SDF")
            kindBox.currentIndex = 1
            compare(kindBox.currentText, "took")
            const note = findChildNamed(form, "correctionNote")
            compare(note.placeholderText, "why — e.g. Reuters 7 Dec, the extractor missed it")
            note.text = "Reuters 2 Dec, the extractor missed it"
            clickWhenLaidOut(findChildNamed(form, "correctionSave"))
            compare(form.error, "")
            verify(!form.visible)
            verify(link.visible)

            // The state line and the claim list show it.
            tryCompare(state, "text", "Held by SDF")
            compare(control.holderOf(homs), "sdf")
            const corrections = correctionsIn(panel.claims)
            compare(corrections.length, 1)
            compare(corrections[0].kind, "captured")
            compare(corrections[0].note, "Reuters 2 Dec, the extractor missed it")
            const list = findChildNamed(panel, "claimList")
            const index = panel.claims.findIndex(c => c.override === true)
            list.positionViewAtIndex(index, ListView.Contain)
            const item = list.itemAtIndex(index)
            verify(item)
            verify(findChildNamed(item, "claimSource").text.startsWith("Analyst correction"))
            compare(findChildNamed(item, "claimNote").text, "Reuters 2 Dec, the extractor missed it")

            // Remove: the map is back.
            const remove = findChildNamed(item, "removeCorrection")
            verify(remove.visible)
            clickWhenLaidOut(remove)
            tryCompare(state, "text", "Held by Government")
            compare(correctionsIn(panel.claims).length, 0)
            compare(findChildNamed(panel, "correctionProblem").visible, false)
        }

        function test_aRefusedCorrectionShowsItsErrorInRed() {
            panel.placeName = "Homs"
            panel.placeId = placeNamed("Homs")
            panel.openCorrection()
            const form = panel.correctionForm
            verify(form.visible)
            form.placeId = "gn:0" // a place the gazetteer does not know
            clickWhenLaidOut(findChildNamed(form, "correctionSave"))
            verify(form.visible, "the form stays open")
            verify(form.error.indexOf("No place 'gn:0'") >= 0, form.error)
            const error = findChildNamed(form, "correctionError")
            verify(error.visible)
            compare(String(error.color), "#b3261e")
            clickWhenLaidOut(findChildNamed(form, "correctionCancel"))
            verify(!form.visible)
            form.placeId = Qt.binding(() => panel.placeId)
        }
    }
}
