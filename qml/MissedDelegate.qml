// One sentence of the "Possibly missed" list: the places it names that got no claim, what it
// seems to say (the suggested kind and party, the words that suggest it), the article, and the
// sentence with those places marked. "Record <place>…" opens the correction form prefilled (the
// party, the kind, the article's time and a note quoting the sentence); "Not a claim" dismisses it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

ColumnLayout {
    id: root
    required property int index
    required property string articleId
    required property int sentenceStart
    required property int sentenceEnd
    required property string sentenceHtml
    required property string articleTitle
    required property string outlet
    required property var places
    required property string actor
    required property string actorName
    required property var cues
    required property string kind
    required property double timeMs
    required property string timeText
    required property string timeSource
    required property string note
    required property ControlModel control
    readonly property alias form: form
    // By the sentence, not the row: saving a correction reloads the model under the delegate.
    signal recorded(string articleId, int sentenceStart, int sentenceEnd)
    signal dismissed(int row)
    spacing: 4

    // Opens the form for one of the sentence's places, prefilled.
    function openRecord(placeId) {
        form.placeId = placeId
        form.prefill(actor, kind, timeMs, timeText, timeSource, note)
        form.visible = true
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Text {
            objectName: "missedPlaces"
            Layout.fillWidth: true
            text: root.places.map(p => p.name).join(" · ")
            elide: Text.ElideRight
            font.family: "DejaVu Sans"; font.pixelSize: 13; font.bold: true; color: "#2b2622"
        }
        Text {
            objectName: "missedSuggestion"
            text: (root.actorName.length > 0 ? root.actorName + " " : "") + root.kind + "?"
            font.family: "DejaVu Sans"; font.pixelSize: 10; font.bold: true; color: "#a05a2c"
        }
    }
    Text {
        Layout.fillWidth: true
        text: [root.outlet, root.articleTitle].filter(s => s.length > 0).join(" · ")
        visible: text.length > 0
        elide: Text.ElideRight
        font.family: "DejaVu Sans"; font.pixelSize: 10; color: "#7d7468"
    }
    Text {
        objectName: "missedSentence"
        Layout.fillWidth: true
        textFormat: Text.StyledText
        text: "“" + root.sentenceHtml + "”"
        wrapMode: Text.Wrap
        maximumLineCount: 6
        elide: Text.ElideRight
        lineHeight: 1.1
        font.family: "DejaVu Serif"; font.pixelSize: 12; color: "#3d3833"
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Cue: %1").arg(root.cues.join(", "))
        elide: Text.ElideRight
        font.family: "DejaVu Sans"; font.pixelSize: 10; font.italic: true; color: "#8b8175"
    }
    Flow {
        Layout.fillWidth: true
        visible: !form.visible
        spacing: 6
        Repeater {
            model: root.places
            Button {
                required property var modelData
                required property int index
                objectName: "recordButton" + index
                text: qsTr("Record %1…").arg(modelData.name)
                font.family: "DejaVu Sans"; font.pixelSize: 11
                highlighted: index === 0
                onClicked: root.openRecord(modelData.placeId)
            }
        }
        Button {
            objectName: "notClaimButton"
            text: qsTr("Not a claim")
            flat: true
            font.family: "DejaVu Sans"; font.pixelSize: 11
            onClicked: root.dismissed(root.index)
        }
    }
    CorrectionForm {
        id: form
        objectName: "missedForm"
        Layout.fillWidth: true
        visible: false
        control: root.control
        onSaved: {
            const article = root.articleId, start = root.sentenceStart, end = root.sentenceEnd
            visible = false
            root.recorded(article, start, end)
        }
        onCancelled: visible = false
    }
}
