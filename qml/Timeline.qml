// The timeline under the map: play/pause, previous/next change, a slider over the scenario's
// span with a tick per change and a label per day, and the instant in UTC and Damascus time.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

Rectangle {
    id: root
    required property ControlModel control
    // Scenario hours per second of playback (1 hour … 2 days).
    property real speed: 6
    property alias playing: playTimer.running
    readonly property real dayMs: 86400000
    implicitHeight: 86
    color: "#f4f1ea"

    Rectangle { anchors.top: parent.top; width: parent.width; height: 1; color: "#d8d0c2" }

    Timer {
        id: playTimer
        interval: 40
        repeat: true
        onTriggered: {
            const next = root.control.timeMs + root.speed * 3600000 * interval / 1000
            if (next >= root.control.endMs) {
                root.control.timeMs = root.control.endMs
                running = false
            } else {
                root.control.timeMs = next
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 16
        spacing: 10

        TimelineButtons {
            control: root.control
            playing: playTimer.running
            onPlayToggled: {
                if (!playTimer.running && root.control.timeMs >= root.control.endMs)
                    root.control.timeMs = root.control.startMs
                playTimer.running = !playTimer.running
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 250
            spacing: 2
            Text {
                objectName: "utcText"
                text: root.control.utcText
                font.family: "DejaVu Sans"; font.pixelSize: 13; font.bold: true; color: "#2b2622"
            }
            Text {
                objectName: "damascusText"
                text: root.control.damascusText + " · " + root.control.changesSoFar + " / "
                      + root.control.changeTimes.length + qsTr(" changes")
                font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#6b6157"
            }
            ComboBox {
                id: speedBox
                Layout.preferredWidth: 150
                Layout.preferredHeight: 26
                font.pixelSize: 11
                model: [qsTr("1 h / s"), qsTr("6 h / s"), qsTr("12 h / s"), qsTr("1 day / s"), qsTr("2 days / s")]
                readonly property var hours: [1, 6, 12, 24, 48]
                currentIndex: 1
                onActivated: root.speed = hours[currentIndex]
            }
        }

        TimelineSlider {
            Layout.fillWidth: true
            Layout.fillHeight: true
            control: root.control
        }
    }
}
