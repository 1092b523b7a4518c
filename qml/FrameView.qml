// One exported frame: the map with the window's legend and scale bar at the same places as in
// the window (so a bare frame equals the window's map), and for briefings and animations the
// instant, a title and caption, and rings around highlighted places. FrameRenderer drives it.
import QtQuick
import Sitrep

Rectangle {
    id: root
    required property ControlModel control
    property alias map: map
    property bool bare: false          // map, legend and scale bar only
    property bool arabic: false
    property string title: ""
    property string caption: ""
    property var highlights: []        // [{x, y, name}] in map item pixels
    color: "#f4f1ea"

    readonly property var panels: bare ? [legend] : [legend, stamp, captionBox]

    MapItem {
        id: map
        anchors.fill: parent
        arabicLabels: root.arabic
        control: root.control
        labelExclusions: root.panels.filter(p => p.visible)
                                    .map(p => Qt.rect(p.x, p.y, p.width, p.height))
    }

    Repeater {
        model: root.highlights
        HighlightRing {
            required property var modelData
            x: modelData.x - width / 2
            y: modelData.y - height / 2
        }
    }

    Legend {
        id: legend
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 12
        control: root.control
        map: map
        visible: root.control.ready
    }

    ScaleBar {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 14
        metres: map.scaleBarMetres
        pixels: map.scaleBarPixels
    }

    Text {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 6
        text: qsTr("Natural Earth · GSHHG · GeoNames — Web Mercator")
        font.family: "DejaVu Sans"
        font.pixelSize: 10
        color: "#7d7468"
    }

    FrameStamp {
        id: stamp
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
        visible: !root.bare
        control: root.control
    }

    FrameCaption {
        id: captionBox
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 34
        width: Math.min(parent.width - 40, 980)
        visible: !root.bare && (root.title.length > 0 || root.caption.length > 0)
        title: root.title
        caption: root.caption
    }
}
