#pragma once
// MapFrame: everything a renderer needs to draw one frame of the map, copied from the map item
// on the GUI thread so that the scene graph (render thread) and the QPainter fallback draw
// exactly the same thing.
#include "basemapgeometry.h"
#include "controllayer.h"
#include "maplabellayout.h"
#include "mapviewport.h"

#include <memory>
#include <set>

namespace sitrep::app {

struct MapFrame {
    std::shared_ptr<const BaseMapGeometry> geometry;
    std::shared_ptr<const ControlLayer> control; // null until a scenario is loaded
    MapViewport view;
    std::set<MapLayer> hidden;
    std::vector<Sprite> sprites;
    [[nodiscard]] bool shows(MapLayer l) const { return !hidden.contains(l); }
};

} // namespace sitrep::app
