// The presenter's own window while presenting: this slide's speaker notes, the next slide's
// title, the time of day and the time since the presentation began. Keys typed here drive the
// presentation as in the main window.
import QtQuick
import QtQuick.Layouts
import QtQuick.Window

Window {
    id: root
    required property Item presenter
    readonly property var presenterSlide: presenter.current
    readonly property var nextSlide: {
        presenter.briefing.count
        return presenter.briefing.slide(presenter.index + 1)
    }
    property date now: new Date()
    readonly property date started: new Date()
    width: 720
    height: 520
    title: qsTr("Sitrep — speaker notes")
    color: "#1b2129"

    Timer { interval: 1000; repeat: true; running: root.visible; onTriggered: root.now = new Date() }

    Item {
        anchors.fill: parent
        focus: true
        Keys.forwardTo: [root.presenter]
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 14
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Slide %1 of %2").arg(root.presenter.index + 1).arg(root.presenter.briefing.count)
                font.family: "DejaVu Sans"; font.pixelSize: 16; color: "#bfb7aa"
            }
            Text {
                text: Qt.formatTime(root.now, "HH:mm:ss") + "   ⏱ "
                      + Math.floor((root.now - root.started) / 60000) + qsTr(" min")
                font.family: "DejaVu Sans"; font.pixelSize: 20; font.bold: true; color: "white"
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.presenterSlide.title !== undefined ? root.presenterSlide.title : ""
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 26; font.bold: true; color: "white"
        }
        Text {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: root.presenterSlide.notes !== undefined && root.presenterSlide.notes.length > 0
                  ? root.presenterSlide.notes : qsTr("(no notes for this slide)")
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans"; font.pixelSize: 22; lineHeight: 1.2; color: "#f4f1ea"
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: "#4a525c" }
        Text {
            Layout.fillWidth: true
            text: root.nextSlide.title !== undefined ? qsTr("Next: %1 — %2").arg(root.nextSlide.title).arg(root.nextSlide.dateText)
                                                     : qsTr("Last slide")
            elide: Text.ElideRight
            font.family: "DejaVu Sans"; font.pixelSize: 18; color: "#bfb7aa"
        }
        Text {
            text: qsTr("→ / Space / PageDown next · ← / PageUp back · N hide notes · Esc leave")
            font.family: "DejaVu Sans"; font.pixelSize: 12; color: "#7d8792"
        }
    }
}
