// The map with its furniture: pinch zoom, scale bar, zoom and layer controls, source note,
// load errors.
import QtQuick
import QtQuick.Controls
import Sitrep

Item {
    id: root
    property alias map: map
    property ControlModel control
    // Where load errors show: below whatever the window lays over the map's top edge.
    property real bannerTopMargin: 12

    MapItem {
        id: map
        anchors.fill: parent
        focus: true
        geodataPath: AppContext.geodataPath
        arabicLabels: AppContext.arabic
        control: root.control
        // Zoom first, then the centre: at the starting (overview) zoom, the view's clamp to the
        // data's extent moved a centre near the coast, and it stayed moved after zooming in.
        Component.onCompleted: {
            if (AppContext.startZoom >= 0)
                zoomLevel = AppContext.startZoom
            if (AppContext.startCenter.isValid)
                center = AppContext.startCenter
        }

        // Two fingers: zoom around their midpoint, which drags the map as it moves.
        PinchHandler {
            id: pinch
            target: null
            grabPermissions: PointerHandler.CanTakeOverFromItems | PointerHandler.CanTakeOverFromHandlersOfDifferentType
            onActiveChanged: {
                if (active)
                    map.beginPinch(centroid.position)
                else
                    map.endPinch()
            }
            onActiveScaleChanged: if (active) map.updatePinch(centroid.position, activeScale)
            onCentroidChanged: if (active) map.updatePinch(centroid.position, activeScale)
        }
    }

    ScaleBar {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 14
        metres: map.scaleBarMetres
        pixels: map.scaleBarPixels
    }

    MapControls {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
        map: map
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

    ErrorBanner {
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: root.bannerTopMargin
        message: [map.errorString, root.control ? root.control.errorString : ""].filter(m => m.length > 0).join("\n")
    }
}
