#include "basemapgeometry.h"

#include <algorithm>
#include <cmath>

namespace sitrep::app {

namespace {

constexpr const char* kFocusCountry = "SY";

std::vector<QPointF> localPoints(const BaseMapGeometry& g, const geo::Path& path)
{
    std::vector<QPointF> out;
    out.reserve(path.size());
    for (const geo::LonLat& p : path)
        out.push_back(g.toLocal(p.lon, p.lat));
    return out;
}

void addArea(BaseMapGeometry& g, FillMesh& mesh, const geo::Area& area, const QColor& color)
{
    mesh.addTriangles(localPoints(g, area.triangles), color);
    for (const geo::Path& ring : area.rings)
        mesh.addRing(localPoints(g, ring));
}

// One line layer's projected paths, before they become meshes.
struct Lines {
    MapLayer layer;
    LineStyle style;
    std::vector<std::vector<QPointF>> paths;
    double coarseness = 1; // × kSimplifyPx: faint lines nobody follows closely may be coarser
    int fromZoom = 0;      // not drawn below this zoom level
};

void addLines(BaseMapGeometry& g, Lines& lines, const geo::Line& line)
{
    for (const geo::Path& part : line.parts)
        lines.paths.push_back(localPoints(g, part));
}

// Line levels of detail (BaseMapGeometry::Stroke): one per zoom level from the coarsest to
// the one that keeps every point, each simplified to this many pixels at its smallest scale.
constexpr int kCoarsestZoom = 5;
constexpr int kDetailZoom = 9;
constexpr double kSimplifyPx = 0.5;

LineMesh lineMesh(const LineStyle& s)
{
    LineMesh m;
    m.style = s;
    return m;
}

bool isAreaKind(const std::string& kind)
{
    return kind == "country" || kind == "governorate" || kind == "region";
}

int sizeClassOf(const geo::BasePlace& p)
{
    if (p.kind == "capital" || p.id == "gn:170654" || p.name == "Damascus")
        return 4;
    if (p.population >= 500000)
        return 3;
    if (p.population >= 100000)
        return 2;
    if (p.population >= 20000)
        return 1;
    return 0;
}

// Label point of a country: hand-placed where the shape is awkward for a centroid (a long
// coast, a clipped neighbour), so that names sit where an atlas would put them.
struct CountryLabelPoint {
    const char* iso;
    const char* name;
    double lon, lat;
};
// Several points per country, best first: the first that fits the view and collides with
// nothing gets the label.
constexpr CountryLabelPoint kCountryLabels[] = {
    {"SY", "SYRIA", 38.6, 35.05},   {"TR", "TÜRKİYE", 38.9, 37.6},   {"TR", "TÜRKİYE", 37.4, 37.75},  {"TR", "TÜRKİYE", 36.2, 38.0},
    {"IQ", "IRAQ", 42.2, 33.4},     {"IQ", "IRAQ", 42.6, 34.6},      {"JO", "JORDAN", 36.9, 32.2},   {"JO", "JORDAN", 37.6, 32.0},
    {"JO", "JORDAN", 37.3, 31.1},   {"LB", "LEBANON", 35.95, 33.9},  {"LB", "LEBANON", 35.75, 34.2},
    {"IL", "ISRAEL", 34.95, 31.3},  {"CY", "CYPRUS", 33.2, 35.05},   {"SA", "SAUDI ARABIA", 39.5, 29.8},
    {"EG", "EGYPT", 32.6, 29.9},
};

QPointF ringCentroid(const geo::Path& ring, double& areaOut)
{
    double a = 0, cx = 0, cy = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const double cross = ring[i].lon * ring[i + 1].lat - ring[i + 1].lon * ring[i].lat;
        a += cross;
        cx += (ring[i].lon + ring[i + 1].lon) * cross;
        cy += (ring[i].lat + ring[i + 1].lat) * cross;
    }
    areaOut = std::abs(a / 2);
    if (std::abs(a) < 1e-12)
        return ring.empty() ? QPointF() : QPointF(ring.front().lon, ring.front().lat);
    return {cx / (3 * a), cy / (3 * a)};
}

} // namespace

std::shared_ptr<const BaseMapGeometry> BaseMapGeometry::build(const geo::BaseMap& map)
{
    auto g = std::make_shared<BaseMapGeometry>();
    g->origin = defaultOrigin();
    for (const std::string& w : map.warnings)
        g->warnings << QString::fromStdString(w);

    QRectF extent;
    for (const auto* areas : {&map.land, &map.countries})
        for (const geo::Area& a : *areas)
            for (const geo::Path& ring : a.rings)
                for (const geo::LonLat& p : ring)
                    extent |= QRectF(mercator::toWorld(p.lon, p.lat), QSizeF(1e-9, 1e-9));
    g->extent = extent;

    // Land as the backdrop and the sea as a fill over it; land over a sea backdrop only if
    // there is no sea.
    FillMesh ground, focus, lakes;
    const bool seaFill = !map.sea.empty() && !map.sea.front().triangles.empty();
    g->backdrop = seaFill ? style::land : style::sea;
    if (seaFill) {
        for (const geo::Area& a : map.sea)
            addArea(*g, ground, a, style::sea);
    } else {
        for (const geo::Area& a : map.land)
            addArea(*g, ground, a, style::land);
    }
    for (const geo::Area& a : map.countries) {
        if (a.country == kFocusCountry)
            addArea(*g, focus, a, style::focusLand);
        else if (!seaFill && map.land.empty())
            addArea(*g, ground, a, style::land);
    }
    for (const geo::Area& a : map.lakes)
        addArea(*g, lakes, a, style::lake);
    g->fills.push_back({MapLayer::Land, std::move(ground)});
    g->fills.push_back({MapLayer::Land, std::move(focus), kFocusCountry});
    g->fills.push_back({MapLayer::Water, std::move(lakes)});

    // Line layers as projected paths first; their meshes, one per level of detail, after.
    // Neighbouring governorates share their borders: each edge is drawn once (half the
    // triangles, and dashes that do not double).
    // Neighbours' provinces only from zoom 7: at the country overview they are noise around
    // Syria (and 4,300 triangles llvmpipe pays for in every frame).
    Lines foreignAdmin {MapLayer::Governorates, style::foreignAdmin, {}, 3, 7};
    Lines admin {MapLayer::Governorates, style::governorate, {}};
    for (const geo::Area& a : map.governorates) {
        Lines& target = a.country == kFocusCountry ? admin : foreignAdmin;
        for (const geo::Path& ring : a.rings)
            target.paths.push_back(localPoints(*g, ring));
    }
    admin.paths = edgesOnce(admin.paths);
    foreignAdmin.paths = edgesOnce(foreignAdmin.paths);
    Lines coast {MapLayer::Land, style::coast, {}};
    Lines shore {MapLayer::Water, style::lakeShore, {}};
    for (const geo::Line& l : map.coast)
        addLines(*g, coast, l);
    for (const geo::Area& a : map.lakes)
        for (const geo::Path& ring : a.rings)
            shore.paths.push_back(localPoints(*g, ring));
    Lines rivers {MapLayer::Water, style::river, {}};
    for (const geo::Line& l : map.rivers)
        addLines(*g, rivers, l);
    Lines casing {MapLayer::Roads, style::roadCasing, {}};
    Lines road {MapLayer::Roads, style::road, {}};
    Lines minorCasing {MapLayer::Roads, style::minorRoadCasing, {}};
    Lines minor {MapLayer::Roads, style::minorRoad, {}};
    for (const geo::Line& l : map.roads) {
        if (l.lineClass == "highway" || l.lineClass == "motorway" || l.lineClass == "trunk") {
            addLines(*g, casing, l);
            addLines(*g, road, l);
        } else {
            addLines(*g, minorCasing, l);
            addLines(*g, minor, l);
        }
    }
    Lines halo {MapLayer::Borders, style::borderHalo, {}};
    Lines border {MapLayer::Borders, style::border, {}};
    Lines disputed {MapLayer::Borders, style::disputed, {}};
    for (const geo::Line& l : map.borders) {
        addLines(*g, halo, l);
        addLines(*g, border, l);
    }
    for (const geo::Line& l : map.disputed)
        addLines(*g, disputed, l);

    // Level of detail k is drawn from scale 2^k (zoom k) to 2^(k+1) and simplified to
    // kSimplifyPx at 2^k, so it is never more than twice that off; from kDetailZoom on every
    // point is drawn.
    for (int zoom = kCoarsestZoom; zoom <= kDetailZoom; ++zoom) {
        const double levelMin = zoom == kCoarsestZoom ? 0 : std::ldexp(1.0, zoom);
        const double maxScale
            = zoom == kDetailZoom ? std::numeric_limits<double>::infinity() : std::ldexp(1.0, zoom + 1);
        const double tolerance = zoom == kDetailZoom ? 0 : kSimplifyPx / std::ldexp(1.0, zoom);
        for (const Lines* lines : {&foreignAdmin, &admin, &halo, &coast, &shore, &rivers, &minorCasing, &minor,
                 &casing, &road, &border, &disputed}) {
            if (zoom + 1 <= lines->fromZoom && zoom != kDetailZoom)
                continue;
            const double minScale = std::max(levelMin, lines->fromZoom > 0 ? std::ldexp(1.0, lines->fromZoom) : 0.0);
            LineMesh mesh = lineMesh(lines->style);
            for (const std::vector<QPointF>& path : lines->paths)
                mesh.addPath(tolerance > 0 ? simplifyPath(path, tolerance * lines->coarseness) : path);
            g->strokes.push_back({lines->layer, std::move(mesh), minScale, maxScale});
        }
    }

    for (const geo::BasePlace& p : map.places) {
        PlaceMark m;
        m.id = QString::fromStdString(p.id);
        m.name = QString::fromStdString(p.name);
        m.nameAr = QString::fromStdString(p.nameAr);
        m.kind = QString::fromStdString(p.kind);
        m.country = QString::fromStdString(p.country);
        m.population = p.population;
        m.geo = {p.point.lat, p.point.lon};
        m.world = mercator::toWorld(p.point.lon, p.point.lat);
        m.sizeClass = sizeClassOf(p);
        if (p.kind == "neighbourhood") {
            m.symbol = PlaceMark::Symbol::Neighbourhood;
            m.minZoom = 10;
            m.sizeClass = 0;
        } else if (p.kind == "border_crossing") {
            m.symbol = PlaceMark::Symbol::Crossing;
            m.minZoom = 8;
            m.sizeClass = 0;
        } else if (p.kind == "airbase" || p.kind == "military" || p.kind == "prison"
                   || p.kind == "dam" || p.kind == "camp") {
            m.symbol = PlaceMark::Symbol::Facility;
            m.minZoom = 8;
            m.sizeClass = 0;
        }
        if (!m.name.isEmpty() && !isAreaKind(p.kind))
            g->places.push_back(std::move(m));
    }
    // Most important first: the label placer gives them the first pick of space. Syrian
    // places before neighbours' of the same size, since the map is about Syria.
    std::stable_sort(g->places.begin(), g->places.end(), [](const PlaceMark& a, const PlaceMark& b) {
        const int ra = a.sizeClass * 2 + (a.country == QLatin1String(kFocusCountry) ? 1 : 0);
        const int rb = b.sizeClass * 2 + (b.country == QLatin1String(kFocusCountry) ? 1 : 0);
        if (ra != rb)
            return ra > rb;
        return a.population > b.population;
    });

    for (const CountryLabelPoint& c : kCountryLabels) {
        AreaLabel label{AreaLabel::Kind::Country, QString::fromUtf8(c.name), {},
                        mercator::toWorld(c.lon, c.lat), 0, 9, QString::fromLatin1(c.iso)};
        for (const geo::Area& a : map.countries)
            if (a.country == c.iso)
                label.textAr = QString::fromStdString(a.nameAr);
        g->areaLabels.push_back(label);
    }
    g->areaLabels.push_back({AreaLabel::Kind::Sea, QStringLiteral("Mediterranean\nSea"),
                             QStringLiteral("البحر الأبيض\nالمتوسط"),
                             mercator::toWorld(35.05, 34.75), 0, 11, QStringLiteral("sea")});
    g->areaLabels.push_back({AreaLabel::Kind::Sea, QStringLiteral("Mediterranean Sea"),
                             QStringLiteral("البحر الأبيض المتوسط"),
                             mercator::toWorld(34.2, 34.75), 0, 11, QStringLiteral("sea")});
    // River names: candidate points spread along each named river; the first free one wins.
    for (const geo::Line& l : map.rivers) {
        if (l.name.empty())
            continue;
        // Points inside Syria first: the map is read for Syria.
        std::vector<geo::LonLat> inside, outside;
        for (const geo::Path& part : l.parts)
            for (std::size_t i = part.size() / 8; i < part.size(); i += std::max<std::size_t>(1, part.size() / 8)) {
                const geo::LonLat p = part[i];
                const bool inSyria = p.lon > 35.9 && p.lon < 42.2 && p.lat > 32.4 && p.lat < 37.2;
                (inSyria ? inside : outside).push_back(p);
            }
        inside.insert(inside.end(), outside.begin(), outside.end());
        for (const geo::LonLat& p : inside)
            g->areaLabels.push_back({AreaLabel::Kind::River, QString::fromStdString(l.name),
                                     QString::fromStdString(l.nameAr), mercator::toWorld(p.lon, p.lat),
                                     6.5, 30, {}});
    }
    for (const geo::Area& a : map.lakes) {
        if (a.name.empty() || a.rings.empty())
            continue;
        double area = 0;
        const QPointF c = ringCentroid(a.rings.front(), area);
        g->areaLabels.push_back({AreaLabel::Kind::River, QString::fromStdString(a.name),
                                 QString::fromStdString(a.nameAr), mercator::toWorld(c.x(), c.y()),
                                 area > 0.05 ? 6.0 : 8.0, 30, {}});
    }
    for (const geo::Area& a : map.governorates) {
        if (a.country != kFocusCountry)
            continue;
        double best = -1;
        QPointF at;
        for (const geo::Path& ring : a.rings) {
            double area = 0;
            const QPointF c = ringCentroid(ring, area);
            if (area > best) {
                best = area;
                at = c;
            }
        }
        g->areaLabels.push_back({AreaLabel::Kind::Governorate, QString::fromStdString(a.name),
                                 QString::fromStdString(a.nameAr), mercator::toWorld(at.x(), at.y()),
                                 7.2, 11, {}});
    }
    return g;
}

} // namespace sitrep::app
