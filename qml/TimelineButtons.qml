// Previous change, play/pause and next change, as round buttons.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

RowLayout {
    id: root
    required property ControlModel control
    required property bool playing
    signal playToggled()
    spacing: 4

    component RoundButtonText: RoundButton {
        Layout.preferredWidth: 34
        Layout.preferredHeight: 34
        font.family: "DejaVu Sans"
        font.pixelSize: 14
        focusPolicy: Qt.NoFocus
    }

    RoundButtonText {
        objectName: "previousButton"
        text: "⏮"
        onClicked: root.control.previousChange()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Previous change (Page Up)")
    }
    RoundButtonText {
        objectName: "playButton"
        text: root.playing ? "⏸" : "▶"
        highlighted: true
        onClicked: root.playToggled()
        ToolTip.visible: hovered
        ToolTip.text: root.playing ? qsTr("Pause (Space)") : qsTr("Play (Space)")
    }
    RoundButtonText {
        objectName: "nextButton"
        text: "⏭"
        onClicked: root.control.nextChange()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Next change (Page Down)")
    }
}
