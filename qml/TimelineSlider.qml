// A slider over the scenario's span: a tick for every change of control, a label for every day.
import QtQuick
import QtQuick.Controls
import Sitrep

Item {
    id: root
    required property ControlModel control
    readonly property real span: Math.max(1, control.endMs - control.startMs)
    readonly property real dayMs: 86400000
    // Every day is labelled where there is room ("26 Nov" needs about 44 px); on a narrow
    // window every nth day, so the labels never run into each other.
    readonly property real dayPx: slider.availableWidth * dayMs / span
    readonly property int labelEvery: Math.max(1, Math.ceil(44 / Math.max(dayPx, 0.01)))

    function xOf(ms) {
        return slider.x + slider.leftPadding + (ms - control.startMs) / span * slider.availableWidth
    }

    Slider {
        id: slider
        objectName: "timeSlider"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: 14
        anchors.rightMargin: 14
        anchors.top: parent.top
        anchors.topMargin: 14
        from: root.control.startMs
        to: root.control.endMs
        value: root.control.timeMs
        live: true
        onMoved: root.control.timeMs = value
    }

    // Change ticks, above the groove.
    Repeater {
        model: root.control.changeTimes
        Rectangle {
            required property var modelData
            x: root.xOf(modelData) - width / 2
            y: slider.y + 2
            width: 2
            height: 9
            color: modelData <= root.control.timeMs ? "#8c3b1e" : "#c9a98f"
        }
    }

    // Day labels under the groove (the first day of each, at 00:00 UTC).
    Repeater {
        model: Math.floor(root.span / root.dayMs) + 1
        Item {
            required property int index
            readonly property real ms: Math.ceil(root.control.startMs / root.dayMs) * root.dayMs + index * root.dayMs
            x: root.xOf(ms)
            y: slider.y + slider.height - 4
            visible: ms <= root.control.endMs
            Rectangle { width: 1; height: 5; color: "#9b9084" }
            Text {
                x: -width / 2
                y: 6
                objectName: "dayLabel"
                visible: index % root.labelEvery === 0
                text: Qt.formatDateTime(new Date(parent.ms), "d MMM")
                font.family: "DejaVu Sans"
                font.pixelSize: 10
                color: "#5f564c"
            }
        }
    }
}
