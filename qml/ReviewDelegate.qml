// One mention waiting for review: the name as written, why it waits (unresolved or low
// confidence), the article and sentence it is in, the candidates to pin it to, and "Reject".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: root
    required property int index
    required property string mentionText
    required property string sentence
    required property string articleTitle
    required property string outlet
    required property double confidence
    required property bool unresolved
    required property var candidates
    required property string pinnedPlaceId
    required property string pinnedName
    signal pinRequested(int row, string placeId)
    signal rejectRequested(int row)
    spacing: 3

    RowLayout {
        Layout.fillWidth: true
        Text {
            Layout.fillWidth: true
            text: "“" + root.mentionText + "”"
            elide: Text.ElideRight
            font.family: "DejaVu Sans"; font.pixelSize: 13; font.bold: true; color: "#2b2622"
        }
        Text {
            text: root.pinnedPlaceId.length > 0 ? qsTr("pinned")
                  : root.unresolved ? qsTr("unresolved") : qsTr("confidence %1%").arg(Math.round(root.confidence * 100))
            font.family: "DejaVu Sans"; font.pixelSize: 10; font.bold: true
            color: root.pinnedPlaceId.length > 0 ? "#2b6f8f" : "#a05a2c"
        }
    }
    Text {
        Layout.fillWidth: true
        text: [root.outlet, root.articleTitle].filter(s => s.length > 0).join(" · ")
        elide: Text.ElideRight
        font.family: "DejaVu Sans"; font.pixelSize: 10; color: "#7d7468"
    }
    Text {
        Layout.fillWidth: true
        visible: root.sentence.length > 0
        text: "“" + root.sentence + "”"
        wrapMode: Text.Wrap
        maximumLineCount: 4
        elide: Text.ElideRight
        font.family: "DejaVu Serif"; font.pixelSize: 11; font.italic: true; color: "#3d3833"
    }
    Text {
        Layout.fillWidth: true
        visible: root.pinnedName.length > 0
        objectName: "pinnedTo"
        text: qsTr("Pinned to %1").arg(root.pinnedName)
        font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#2b6f8f"
    }
    CandidateList {
        Layout.fillWidth: true
        candidates: root.candidates
        pickable: true
        pinnedPlaceId: root.pinnedPlaceId
        onPicked: placeId => root.pinRequested(root.index, placeId)
    }
    Button {
        objectName: "rejectButton"
        text: qsTr("Reject")
        flat: true
        font.family: "DejaVu Sans"; font.pixelSize: 11
        onClicked: root.rejectRequested(root.index)
    }
}
