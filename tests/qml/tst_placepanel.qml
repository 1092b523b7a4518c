// The place panel lists a place's claims (one entry per timeline row, however many outlets it
// names) and its state at the current instant, opens the article behind a claim with the claim's
// sentence highlighted, shows the geocoder's candidates, and answers clicks on areas.
import QtQuick
import QtTest
import QtPositioning
import Sitrep

Item {
    id: root
    width: 800
    height: 600

    ControlModel { id: control }
    ReviewModel {
        id: review
        control: control
        sidecarPath: "tst_placepanel-" + Date.now() + ".jsonl"
    }
    PlaceDetails {
        id: details
        control: control
        review: review
    }

    PlacePanel {
        id: panel
        height: 560
        control: control
        details: details
    }

    TestCase {
        name: "PlacePanel"
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

        function test_hiddenUntilAPlaceIsChosen() {
            panel.placeId = ""
            verify(!panel.visible)
        }

        function test_aleppoShowsItsClaimsAndHolder() {
            verify(control.ready, control.errorString)
            control.setTimeIso("2024-11-26")
            panel.placeName = "Aleppo"
            panel.placeId = "gn:170063"
            verify(panel.visible)
            compare(findChildNamed(panel, "placeTitle").text, "Aleppo")
            verify(panel.claims.length > 0, "Aleppo has claims")
            verify(panel.claims[0].time.length > 0)
            compare(control.statusOf("gn:170063"), "held")
            compare(findChildNamed(panel, "placeState").text, "Held by " + control.actorName(control.holderOf("gn:170063")))
            const list = findChildNamed(panel, "claimList")
            compare(list.count, panel.claims.length)
        }

        function test_aTimelineRowWithTwoOutletsIsOneEntry() {
            const saraqib = placeNamed("Saraqib")
            panel.placeName = "Saraqib"
            panel.placeId = saraqib
            const raw = control.claimHistory(saraqib)
            const grouped = panel.claims
            compare(grouped.length, raw.length - 1, "the AFP|SOHR row of 29 Nov is one entry, not two")
            const both = grouped.filter(c => c.outlets.length === 2)
            compare(both.length, 1)
            compare(both[0].outlets, ["AFP", "SOHR"])
            compare(both[0].kind, "captured")
            const list = findChildNamed(panel, "claimList")
            compare(list.count, grouped.length)
            list.positionViewAtIndex(grouped.indexOf(both[0]), ListView.Contain)
            const item = list.itemAtIndex(grouped.indexOf(both[0]))
            verify(findChildNamed(item, "claimSource").text.startsWith("AFP, SOHR · "))
        }

        function test_aClaimOpensItsArticleWithTheSentenceHighlighted() {
            const homs = placeNamed("Homs")
            panel.placeName = "Homs"
            panel.placeId = homs
            const list = findChildNamed(panel, "claimList")
            const index = panel.claims.findIndex(c => c.hasArticle)
            verify(index >= 0, "Homs has claims read from articles")
            const claim = panel.claims[index]
            list.positionViewAtIndex(index, ListView.Beginning)
            const item = list.itemAtIndex(index)
            const link = findChildNamed(item, "openArticle")
            verify(link.visible)
            mouseClick(link)
            tryVerify(() => panel.articleView.visible)
            verify(!list.visible)
            compare(panel.articleView.article.found, true)
            tryCompare(panel.articleView, "highlightedText", claim.sentence)
            mouseClick(findChildNamed(panel.articleView, "articleBack"))
            verify(!panel.articleView.visible)
            verify(list.visible)
        }

        function test_aClaimListsTheGeocodersCandidatesForItsPlace() {
            const homs = placeNamed("Homs")
            panel.placeName = "Homs"
            panel.placeId = homs
            const list = findChildNamed(panel, "claimList")
            const index = panel.claims.findIndex(c => c.hasArticle)
            list.positionViewAtIndex(index, ListView.Beginning)
            const item = list.itemAtIndex(index)
            mouseClick(findChildNamed(item, "toggleCandidates"))
            const candidates = findChildNamed(item, "claimCandidates")
            verify(candidates.visible)
            verify(candidates.candidates.length >= 1)
            compare(candidates.candidates[0].placeId, homs)
            verify(candidates.candidates[0].chosen)
            verify(candidates.candidates[0].score > 0.5)
            verify(candidates.candidates.every(c => c.admin !== undefined && c.distanceKm !== undefined))
        }

        function test_clickingAnAreaFindsThePlaceWhoseCellItIs() {
            const homs = placeNamed("Homs")
            compare(details.placeAtCoordinate(QtPositioning.coordinate(34.7268, 36.7234)), homs)
            compare(details.placeAtCoordinate(QtPositioning.coordinate(34.5, 33.5)), "", "the sea is nobody's cell")
        }
    }
}
