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
#include <string>
#include <unordered_set>

namespace sitrep::app {

struct MapFrame {
    std::shared_ptr<const BaseMapGeometry> geometry;
    std::shared_ptr<const ControlLayer> control; // null until a scenario is loaded
    MapViewport view;
    std::set<MapLayer> hidden;
    // Parts of the control layer, each switchable on its own (under MapLayer::Control).
    bool showContested = true;
    bool showFrontLines = true;
    bool showPulses = true;
    // Places with a dot or label in this frame: once the item has laid labels out, only they
    // pulse (a ring around an unmarked village is noise). Without a layout (tests) all do.
    std::unordered_set<std::string> markedPlaces;
    bool pulseMarkedOnly = false;
    [[nodiscard]] bool pulses(const std::string& placeId) const
    {
        return !pulseMarkedOnly || markedPlaces.contains(placeId);
    }
    std::vector<Sprite> sprites;
    // The window under the map is cleared to the geometry's backdrop colour already, so the
    // scene graph need not draw it (a full-window layer less for a software rasteriser).
    bool backdropFromWindow = false;
    [[nodiscard]] bool shows(MapLayer l) const { return !hidden.contains(l); }
};

} // namespace sitrep::app
