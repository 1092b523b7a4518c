// The place panel's correction form: the analyst says who holds (took, lost, contests) the place
// from the map's current instant (or a time given, such as a sentence's article's), and why — for
// the changes the claim extractor missed; the "Possibly missed" list opens it prefilled. Saved
// through ControlModel.addCorrection (the open workspace, else the app's own corrections file,
// never the scenario's cache); the error, if any, stays on the form in red.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

Rectangle {
    id: root
    required property ControlModel control
    property string placeId: ""
    property string error: ""
    // The instant the correction holds from, in ms since 1970; below 0: the map's current instant.
    property real timeMs: -1
    property string timeText: ""   // timeMs as shown ("Fri 6 Dec 2024, 14:00 UTC")
    property string timeSource: "" // where it comes from ("the article's publication")
    readonly property real savedTimeMs: timeMs >= 0 ? timeMs : control.timeMs
    readonly property var actors: control.ready ? control.actorChoices() : []
    // What the analyst says happened, in the panel's words, and the claim kind it is.
    readonly property var kinds: [
        { text: qsTr("holds"), kind: "controls" },
        { text: qsTr("took"), kind: "captured" },
        { text: qsTr("lost / left"), kind: "withdrew" },
        { text: qsTr("contested"), kind: "contested" },
        { text: qsTr("entered"), kind: "entered" }
    ]
    signal saved()
    signal cancelled()
    implicitHeight: column.implicitHeight + 20
    radius: 4
    color: "#fbf6ec"
    border.color: "#d9cdb8"

    // Starts afresh: the place's holder preselected (most corrections say someone else holds it).
    function reset(holder) {
        error = ""
        note.text = ""
        timeMs = -1
        timeText = ""
        timeSource = ""
        kindBox.currentIndex = 0
        const i = actors.findIndex(a => a.id === holder)
        actorBox.currentIndex = i >= 0 ? i : 0
    }

    // Starts prefilled: who, what (a claim kind; one the form lacks becomes its nearest), from
    // when (ms; below 0 the map's instant) and why.
    function prefill(actorId, kind, ms, msText, msSource, noteText) {
        reset(actorId)
        // A sentence that names no party leaves the choice to the analyst, not to the list's order.
        if (actors.findIndex(a => a.id === actorId) < 0)
            actorBox.currentIndex = -1
        const nearest = { surrendered: "withdrew", besieged: "contested" }
        const k = kinds.findIndex(c => c.kind === (nearest[kind] || kind))
        kindBox.currentIndex = k >= 0 ? k : 0
        timeMs = ms >= 0 && isFinite(ms) ? ms : -1
        timeText = timeMs >= 0 ? msText : ""
        timeSource = timeMs >= 0 ? msSource : ""
        note.text = noteText
        note.cursorPosition = 0
    }

    function save() {
        if (actorBox.currentIndex < 0) {
            error = qsTr("Choose the party first.")
            return
        }
        const actor = actors[actorBox.currentIndex]
        error = control.addCorrection(placeId, actor ? actor.id : "", kinds[kindBox.currentIndex].kind,
                                      savedTimeMs, note.text)
        if (error.length === 0)
            saved()
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        Text {
            text: qsTr("Correct control")
            font.family: "DejaVu Sans"; font.pixelSize: 12; font.bold: true; color: "#2b2622"
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            ComboBox {
                id: actorBox
                displayText: currentIndex < 0 ? qsTr("Choose the party…") : currentText
                objectName: "correctionActor"
                Layout.fillWidth: true
                font.family: "DejaVu Sans"; font.pixelSize: 12
                model: root.actors
                textRole: "name"
                contentItem: RowLayout {
                    spacing: 6
                    Rectangle {
                        Layout.leftMargin: 8
                        width: 10; height: 10; radius: 5
                        color: root.actors[actorBox.currentIndex] ? root.actors[actorBox.currentIndex].color : "transparent"
                    }
                    Text {
                        Layout.fillWidth: true
                        text: actorBox.displayText
                        elide: Text.ElideRight
                        font: actorBox.font; color: "#2b2622"
                    }
                }
                delegate: ItemDelegate {
                    id: choice
                    required property var modelData
                    required property int index
                    width: actorBox.popup.width
                    highlighted: actorBox.highlightedIndex === index
                    contentItem: RowLayout {
                        spacing: 6
                        Rectangle {
                            Layout.leftMargin: choice.modelData.sub ? 14 : 0
                            width: 10; height: 10; radius: 5
                            color: choice.modelData.color
                        }
                        Text {
                            Layout.fillWidth: true
                            text: choice.modelData.name
                            elide: Text.ElideRight
                            font.family: "DejaVu Sans"; font.pixelSize: 12; color: "#2b2622"
                        }
                    }
                    ToolTip.visible: hovered
                    ToolTip.text: choice.modelData.fullName
                }
            }
            ComboBox {
                id: kindBox
                objectName: "correctionKind"
                implicitWidth: 118
                font.family: "DejaVu Sans"; font.pixelSize: 12
                model: root.kinds
                textRole: "text"
            }
        }
        Text {
            objectName: "correctionTime"
            Layout.fillWidth: true
            text: root.timeMs >= 0
                  ? qsTr("from %1").arg(root.timeText) + (root.timeSource.length > 0 ? " · " + root.timeSource : "")
                  : qsTr("from %1").arg(root.control.utcText)
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#6b6157"
        }
        TextField {
            id: note
            objectName: "correctionNote"
            Layout.fillWidth: true
            placeholderText: qsTr("why — e.g. Reuters 7 Dec, the extractor missed it")
            font.family: "DejaVu Sans"; font.pixelSize: 12
            onAccepted: root.save()
        }
        Text {
            objectName: "correctionError"
            Layout.fillWidth: true
            visible: root.error.length > 0
            text: root.error
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#b3261e"
        }
        Text {
            objectName: "correctionWhere"
            Layout.fillWidth: true
            text: root.control.workspacePath.length > 0 && root.control.workspacePath !== "none"
                  ? qsTr("Kept in the open workspace.")
                  : qsTr("Kept on this computer, not in the scenario's cache (rebuilt from its articles).")
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 10; font.italic: true; color: "#7d7468"
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }
            Button {
                objectName: "correctionCancel"
                text: qsTr("Cancel")
                font.family: "DejaVu Sans"; font.pixelSize: 12
                flat: true
                onClicked: { root.error = ""; root.cancelled() }
            }
            Button {
                objectName: "correctionSave"
                text: qsTr("Save")
                font.family: "DejaVu Sans"; font.pixelSize: 12
                highlighted: true
                onClicked: root.save()
            }
        }
    }
}
