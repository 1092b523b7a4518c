#pragma once
// BaseMapGeometry: the base map turned, once, into what the renderers draw — fill and line
// meshes in world units (relative to `origin` so floats stay precise), QPainterPaths for the
// software fallback, and the place and area labels with their ranks. Immutable once built and
// shared between the GUI thread and the render thread.
#include "mapmesh.h"
#include "mercator.h"

#include "geo/basemap.h"

#include <QString>

#include <limits>
#include <memory>
#include <vector>

namespace sitrep::app {

// Layers the user can switch on and off.
enum class MapLayer { Land, Governorates, Water, Roads, Borders, Places, Labels, Control };

struct PlaceMark {
    QString id;
    QString name;
    QString nameAr;
    QString kind;
    QString country;
    qint64 population = 0;
    GeoPoint geo;
    QPointF world; // absolute world units
    int sizeClass = 0; // 0 village … 4 capital: dot and type size
    enum class Symbol { Settlement, Facility, Crossing, Neighbourhood };
    Symbol symbol = Symbol::Settlement;
    double minZoom = 0; // shown from this zoom level on (the label placer decides the rest)
};

struct AreaLabel {
    enum class Kind { Country, Governorate, Sea, River };
    Kind kind = Kind::Country;
    QString text;
    QString textAr;
    QPointF world;
    double minZoom = 0;
    double maxZoom = 30;
    QString group; // alternatives of one label share a group; the first that fits is drawn
};

class BaseMapGeometry {
public:
    struct Fill {
        MapLayer layer;
        FillMesh mesh;
        // The country this fill is the ground of: not drawn while control cells tile that
        // country (they are opaque and cover it; on llvmpipe the hidden layer cost 2 ms a frame).
        std::string country = {};
    };
    // A line layer at one level of detail, drawn while the view's scale (item pixels per
    // world unit) is in [minScale, maxScale): each layer comes simplified for each zoom level,
    // so that the overview does not send a software rasteriser a triangle for every pixel of
    // a boundary (docs/bench/scrub.md).
    struct Stroke {
        MapLayer layer;
        LineMesh mesh;
        double minScale = 0;
        double maxScale = std::numeric_limits<double>::infinity();
        [[nodiscard]] bool drawnAt(double scale) const { return scale >= minScale && scale < maxScale; }
    };

    [[nodiscard]] static std::shared_ptr<const BaseMapGeometry> build(const geo::BaseMap& map);
    // Local (0, 0) of every map mesh: the middle of Syria, so that floats stay precise.
    [[nodiscard]] static QPointF defaultOrigin() { return mercator::toWorld(38.0, 34.5); }
    [[nodiscard]] static QString defaultGeodataPath()
    {
        return QStringLiteral(SITREP_SOURCE_DIR "/geodata/levant.gpkg");
    }

    QPointF origin;             // absolute world units of local (0, 0)
    QRectF extent;              // world units covered by the data; the view stays inside
    // The colour under every fill: the land's, with the sea drawn as a fill over it (the sea
    // covers far less of a view than land does, and a window can clear to this colour for
    // free); the sea's, with land as a fill, if the base map came without a sea.
    QColor backdrop = style::sea;
    std::vector<Fill> fills;    // in drawing order
    std::vector<Stroke> strokes; // in drawing order, over the fills
    std::vector<PlaceMark> places; // most important first
    std::vector<AreaLabel> areaLabels;
    QStringList warnings;

    [[nodiscard]] QPointF toLocal(double lon, double lat) const
    {
        return mercator::toWorld(lon, lat) - origin;
    }
};

} // namespace sitrep::app
