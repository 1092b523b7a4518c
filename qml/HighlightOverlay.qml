// Places a slide highlights, drawn over the map: a ring around each with its name, following
// the view as it pans and zooms.
import QtQuick
import QtPositioning
import Sitrep

Item {
    id: root
    required property MapItem map
    // [{id, name, lat, lon}] as BriefingModel.highlightedPlaces gives them.
    property var places: []
    // Larger rings and type for presenter mode.
    property real sizeFactor: 1

    Repeater {
        model: root.places
        Item {
            id: marker
            required property var modelData
            readonly property point at: {
                // Depend on the view so the marker follows it.
                root.map.center; root.map.zoomLevel; root.map.width; root.map.height
                return root.map.fromCoordinate(QtPositioning.coordinate(modelData.lat, modelData.lon))
            }
            x: at.x
            y: at.y
            visible: at.x > -50 && at.y > -50 && at.x < root.width + 50 && at.y < root.height + 50

            Rectangle {
                id: ring
                width: 30 * root.sizeFactor
                height: width
                radius: width / 2
                x: -width / 2
                y: -height / 2
                color: "transparent"
                border.color: "#d1361f"
                border.width: 3.5 * root.sizeFactor
                SequentialAnimation on scale {
                    loops: Animation.Infinite
                    running: !AppContext.screenshotMode
                    NumberAnimation { from: 1; to: 1.25; duration: 700; easing.type: Easing.OutQuad }
                    NumberAnimation { from: 1.25; to: 1; duration: 700; easing.type: Easing.InQuad }
                }
            }
            Rectangle {
                x: ring.width / 2 + 4
                y: -height / 2
                width: label.implicitWidth + 12 * root.sizeFactor
                height: label.implicitHeight + 6 * root.sizeFactor
                radius: 3
                color: "#e6fffdf7"
                border.color: "#d1361f"
                Text {
                    id: label
                    anchors.centerIn: parent
                    text: marker.modelData.name
                    font.family: "DejaVu Sans"
                    font.pixelSize: 13 * root.sizeFactor
                    font.bold: true
                    color: "#7a1f10"
                }
            }
        }
    }
}
