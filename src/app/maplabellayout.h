#pragma once
// MapLabelLayout: decides, for one view, which place dots and which labels are drawn and where
// (LabelPlacer does the collision tests) and hands the renderers a flat list of sprites.
// Runs on the GUI thread when the view, the language or the place colours change.
#include "basemapgeometry.h"
#include "labelsprites.h"
#include "mapviewport.h"

#include <QHash>

#include <vector>

namespace sitrep::app {

struct Sprite {
    QString key;   // content key: the same key always means the same image
    QImage image;
    QRectF rect;   // item pixels
};

struct LabelOptions {
    bool arabic = false;
    bool places = true;
    bool labels = true;
    bool governorates = true;
    bool water = true;
    std::vector<QRectF> blocked; // item rectangles covered by panels over the map
    QHash<QString, QColor> placeColors; // place id → dot colour (control state); default grey
};

struct LabelLayoutResult {
    std::vector<Sprite> sprites;
    std::vector<int> placeIndices; // places (index into geometry.places) that were drawn
    std::vector<QRectF> placeHitRects; // dot plus label, for hit testing, same order
};

[[nodiscard]] LabelLayoutResult layoutLabels(const BaseMapGeometry& geometry,
                                             const MapViewport& view, LabelSprites& sprites,
                                             const LabelOptions& options);

// Smallest size class of place shown at a zoom level (big cities only when zoomed out).
[[nodiscard]] int minimumSizeClass(double zoom);

} // namespace sitrep::app
