// The search box finds places by Latin or Arabic name and hands the chosen one on.
import QtQuick
import QtTest
import Sitrep

Item {
    id: root
    width: 600
    height: 400

    ControlModel { id: control }
    PlaceDetails {
        id: details
        control: control
    }
    PlaceSearch {
        id: search
        x: 20
        y: 20
        details: details
    }
    SignalSpy {
        id: chosen
        target: search
        signalName: "placeChosen"
    }

    TestCase {
        name: "PlaceSearch"
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
            chosen.clear()
            search.text = ""
        }

        function test_typingALatinSpellingAndEnterChoosesThePlace() {
            verify(control.ready, control.errorString)
            const field = findChildNamed(search, "searchField")
            field.forceActiveFocus()
            for (const c of "Deraa")
                keyClick(c)
            compare(search.text, "Deraa")
            verify(search.matches.length > 0)
            compare(search.matches[0].name, "Daraa")
            verify(findChildNamed(search, "searchMatches").visible)
            keyClick(Qt.Key_Return)
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][1], "Daraa")
            verify(Math.abs(chosen.signalArguments[0][2] - 32.62) < 0.1)
            compare(search.text, "", "the box clears once a place is chosen")
        }

        function test_anArabicNameFindsThePlace() {
            search.text = "حمص"
            verify(search.matches.length > 0)
            compare(search.matches[0].name, "Homs")
        }

        function test_clickingAMatchChoosesIt() {
            search.text = "Aleppo"
            verify(search.matches.length > 0)
            const id = search.matches[0].placeId
            compare(search.matches[0].name, "Aleppo")
            // The first row, just under the field, once the list is laid out.
            tryVerify(() => findChildNamed(search, "searchMatch1").y > 0)
            mouseClick(search, 40, findChildNamed(search, "searchField").height + 18)
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], id)
        }

        function test_nothingMatchesNonsense() {
            search.text = "qqqxxq"
            compare(search.matches.length, 0)
            verify(!findChildNamed(search, "searchMatches").visible)
        }
    }
}
