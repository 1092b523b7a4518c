// The geocoder's candidates for one mention, best first: name, kind and admin area, score and
// distance from the chosen place. With `pickable`, each row can be chosen (the review list pins).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: root
    property var candidates: []
    property bool pickable: false
    property string pinnedPlaceId: ""
    signal picked(string placeId)
    spacing: 2

    Repeater {
        model: root.candidates
        RowLayout {
            id: row
            required property var modelData
            required property int index
            readonly property bool marked: root.pinnedPlaceId.length > 0 ? row.modelData.placeId === root.pinnedPlaceId
                                                                          : row.modelData.chosen
            objectName: "candidate" + index
            Layout.fillWidth: true
            spacing: 6
            Text {
                text: row.marked ? "●" : "○"
                font.family: "DejaVu Sans"; font.pixelSize: 10; color: row.marked ? "#2b6f8f" : "#9b9185"
            }
            Text {
                Layout.fillWidth: true
                text: row.modelData.name
                      + (row.modelData.admin.length > 0 ? " · " + row.modelData.admin : "")
                      + (row.modelData.kind.length > 0 ? " · " + row.modelData.kind : "")
                elide: Text.ElideRight
                font.family: "DejaVu Sans"; font.pixelSize: 11; font.bold: row.marked; color: "#3d3833"
            }
            Text {
                text: Math.round(row.modelData.score * 100) + "%"
                      + (row.modelData.distanceKm >= 0 ? qsTr(" · %1 km").arg(Math.round(row.modelData.distanceKm)) : "")
                font.family: "DejaVu Sans"; font.pixelSize: 10; color: "#7d7468"
            }
            Button {
                objectName: "pinButton" + row.index
                visible: root.pickable
                text: qsTr("Pin")
                flat: true
                font.family: "DejaVu Sans"; font.pixelSize: 10
                implicitHeight: 20
                padding: 2
                onClicked: root.picked(row.modelData.placeId)
            }
        }
    }
    Text {
        visible: root.candidates.length === 0
        text: qsTr("No candidates")
        font.family: "DejaVu Sans"; font.pixelSize: 11; font.italic: true; color: "#7d7468"
    }
}
