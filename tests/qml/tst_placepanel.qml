// The place panel lists a place's claims and its state at the current instant.
import QtQuick
import QtTest
import Sitrep

Item {
    id: root
    width: 800
    height: 600

    ControlModel { id: control }

    PlacePanel {
        id: panel
        height: 500
        control: control
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
    }
}
