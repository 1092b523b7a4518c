// The "Possibly missed" page of the review list: sentences that probably state a change or state
// of control but gave no claim, best first. Recording a correction or dismissing a sentence takes
// it off the list for good (stored with the review decisions).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

ColumnLayout {
    id: root
    required property MissedModel missed
    required property ControlModel control
    readonly property alias view: list
    spacing: 8

    Text {
        Layout.fillWidth: true
        text: qsTr("Sentences naming a place with words of control or an armed party, on which the extractor made no claim. Record what they say, or dismiss them.")
        wrapMode: Text.Wrap
        font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#6b6157"
    }
    Text {
        objectName: "missedError"
        Layout.fillWidth: true
        visible: root.missed.errorString.length > 0
        text: root.missed.errorString
        wrapMode: Text.Wrap
        font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#a3322a"
    }
    ListView {
        id: list
        objectName: "missedListView"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 18
        model: root.missed
        ScrollBar.vertical: ScrollBar {}
        delegate: MissedDelegate {
            width: list.width - 12
            control: root.control
            onRecorded: (articleId, start, end) => root.missed.markRecorded(root.missed.rowOf(articleId, start, end))
            onDismissed: row => root.missed.dismiss(row)
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.missed.count === 0
        text: qsTr("No sentence looks missed.")
        font.family: "DejaVu Sans"; font.pixelSize: 12; font.italic: true; color: "#7d7468"
    }
}
