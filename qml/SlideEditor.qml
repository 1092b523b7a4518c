// The selected slide's fields in the slides panel: title, caption, speaker notes, transition
// time and highlighted places. Each edit is committed when the field loses focus (or Enter),
// so one edit is one undo step.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

ColumnLayout {
    id: root
    required property BriefingModel briefing
    // The selected slide's delegate (its required properties follow the model), or null.
    property SlideDelegate slide: null
    readonly property int row: slide ? slide.index : -1
    // The place open in the place panel, to highlight.
    property string placeId: ""
    property string placeName: ""
    signal updateFromMap()
    spacing: 4
    enabled: row >= 0

    component FieldLabel: Text {
        font.family: "DejaVu Sans"; font.pixelSize: 10; font.bold: true; color: "#7d7468"
    }

    FieldLabel { text: qsTr("Title") }
    // Bindings (not plain property bindings) so that the fields follow undo and redo even
    // after the user typed into them.
    Binding { target: titleField; property: "text"; value: root.slide ? root.slide.title : "" }
    Binding { target: captionField; property: "text"; value: root.slide ? root.slide.caption : "" }
    Binding { target: notesField; property: "text"; value: root.slide ? root.slide.notes : "" }
    Binding {
        target: transitionField; property: "value"
        value: root.slide ? Math.round(root.slide.transitionSeconds) : 3
    }

    TextField {
        id: titleField
        objectName: "titleField"
        Layout.fillWidth: true
        font.pixelSize: 12
        onEditingFinished: root.briefing.setSlideTitle(root.row, text)
    }
    FieldLabel { text: qsTr("Caption (shown on the slide)") }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 62
        TextArea {
            id: captionField
            objectName: "captionField"
            wrapMode: TextEdit.Wrap
            font.pixelSize: 12
            placeholderText: qsTr("What the audience should see here")
            background: Rectangle { color: "white"; border.color: "#cfc6b8"; radius: 3 }
            onEditingFinished: root.briefing.setSlideCaption(root.row, text)
        }
    }
    FieldLabel { text: qsTr("Speaker notes") }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 48
        TextArea {
            id: notesField
            objectName: "notesField"
            wrapMode: TextEdit.Wrap
            font.pixelSize: 11
            background: Rectangle { color: "white"; border.color: "#cfc6b8"; radius: 3 }
            onEditingFinished: root.briefing.setSlideNotes(root.row, text)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        FieldLabel { text: qsTr("Transition (s)") }
        SpinBox {
            id: transitionField
            objectName: "transitionField"
            from: 0; to: 60
            editable: true
            implicitHeight: 28
            font.pixelSize: 11
            onValueModified: root.briefing.setSlideTransition(root.row, value)
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "updateFromMap"
            text: qsTr("Use map view")
            font.pixelSize: 11
            focusPolicy: Qt.NoFocus
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Set this slide's instant, lens and view to the map's")
            onClicked: root.updateFromMap()
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Text {
            Layout.fillWidth: true
            text: root.slide && root.slide.highlight.length > 0
                  ? qsTr("Highlighted: %1").arg(root.briefing.highlightedPlaces(root.row).map(p => p.name).join(", "))
                  : qsTr("No places highlighted")
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 10; color: "#6b6157"
        }
        Button {
            objectName: "highlightButton"
            readonly property bool on: root.slide !== null && root.slide.highlight.indexOf(root.placeId) >= 0
            enabled: root.placeId.length > 0
            text: root.placeId.length === 0 ? qsTr("Highlight…")
                                            : (on ? qsTr("Unmark %1") : qsTr("Mark %1")).arg(root.placeName)
            font.pixelSize: 11
            focusPolicy: Qt.NoFocus
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Highlight the place open in the place panel (click a place on the map)")
            onClicked: root.briefing.toggleSlideHighlight(root.row, root.placeId)
        }
    }
}
