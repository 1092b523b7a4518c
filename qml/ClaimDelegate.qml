// One claim in the place panel: what was claimed, by whom, when, and the sentence it rests on.
import QtQuick
import QtQuick.Layouts

ColumnLayout {
    id: root
    required property var modelData
    spacing: 2

    RowLayout {
        spacing: 6
        Rectangle {
            width: 10; height: 10; radius: 5
            color: root.modelData.actorColor
        }
        Text {
            Layout.fillWidth: true
            text: (root.modelData.denies ? qsTr("denies: ") : "") + root.modelData.actor + " " + root.modelData.kind
                  + " · " + root.modelData.time
            elide: Text.ElideRight
            font.family: "DejaVu Sans"; font.pixelSize: 12; font.bold: true; color: "#2b2622"
        }
    }
    Text {
        Layout.fillWidth: true
        text: root.modelData.baseline ? qsTr("Baseline map (analyst)")
              : [root.modelData.outlet, root.modelData.speaker, root.modelData.side].filter(s => s.length > 0).join(" · ")
                + qsTr(" · confidence %1").arg(Math.round(root.modelData.confidence * 100) / 100)
        wrapMode: Text.Wrap
        font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#6b6157"
    }
    Text {
        Layout.fillWidth: true
        visible: root.modelData.sentence.length > 0
        text: "“" + root.modelData.sentence + "”"
        wrapMode: Text.Wrap
        font.family: "DejaVu Serif"; font.pixelSize: 11; font.italic: true; color: "#3d3833"
    }
}
