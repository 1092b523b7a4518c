#include "basemap.h"

#include "gpkgreader.h"

#include <geos_c.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <memory>

namespace sitrep::geo {

namespace {

// A GEOS context for one triangulation run, remembering the last error it reported.
class GeosContext {
public:
    GeosContext() : m_handle(GEOS_init_r())
    {
        GEOSContext_setErrorMessageHandler_r(m_handle, &GeosContext::onError, this);
        GEOSContext_setNoticeMessageHandler_r(m_handle, nullptr, nullptr);
    }
    ~GeosContext() { GEOS_finish_r(m_handle); }
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    [[nodiscard]] GEOSContextHandle_t handle() const { return m_handle; }
    [[nodiscard]] const std::string& lastError() const { return m_lastError; }

private:
    static void onError(const char* message, void* self)
    {
        static_cast<GeosContext*>(self)->m_lastError = message ? message : "GEOS error";
    }
    GEOSContextHandle_t m_handle;
    std::string m_lastError;
};

struct GeomDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSGeometry* g) const
    {
        if (g)
            GEOSGeom_destroy_r(ctx, g);
    }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

GEOSGeometry* makeRing(GEOSContextHandle_t ctx, const Path& ring)
{
    const bool closed = ring.size() > 1 && ring.front().lon == ring.back().lon
                        && ring.front().lat == ring.back().lat;
    const auto n = static_cast<unsigned>(ring.size() + (closed ? 0 : 1));
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, n, 2);
    for (unsigned i = 0; i < n; ++i) {
        const LonLat& p = ring[i % ring.size()];
        GEOSCoordSeq_setXY_r(ctx, seq, i, p.lon, p.lat);
    }
    return GEOSGeom_createLinearRing_r(ctx, seq);
}

void collectTriangles(GEOSContextHandle_t ctx, const GEOSGeometry* g, std::vector<LonLat>& out)
{
    const int parts = GEOSGetNumGeometries_r(ctx, g);
    for (int i = 0; i < parts; ++i) {
        const GEOSGeometry* tri = GEOSGetGeometryN_r(ctx, g, i);
        if (GEOSGeomTypeId_r(ctx, tri) != GEOS_POLYGON)
            continue;
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, tri));
        for (unsigned k = 0; k < 3; ++k) {
            double x = 0, y = 0;
            GEOSCoordSeq_getXY_r(ctx, seq, k, &x, &y);
            out.push_back({x, y});
        }
    }
}

// Polygons of a feature, each as rings (outer first).
std::vector<std::vector<Path>> polygonsOf(FeatureGeometry& g)
{
    std::vector<std::vector<Path>> result;
    if (g.type != FeatureGeometry::Type::Polygon && g.type != FeatureGeometry::Type::MultiPolygon)
        return result;
    for (Polygon& p : g.polygons)
        if (!p.rings.empty() && p.rings.front().size() >= 4)
            result.push_back(std::move(p.rings));
    return result;
}

std::vector<Path> linesOf(FeatureGeometry& g)
{
    if (g.type != FeatureGeometry::Type::LineString && g.type != FeatureGeometry::Type::MultiLineString)
        return {};
    return std::move(g.lines);
}

class LayerReader {
public:
    LayerReader(const GpkgReader& ds, BaseMap& map) : m_ds(ds), m_map(map) {}

    // Calls `onFeature(feature, geometry, where)` for every feature with a geometry.
    template <class F>
    void read(const char* layerName, F&& onFeature)
    {
        if (!m_ds.hasLayer(layerName)) {
            m_map.warnings.push_back(std::string("layer '") + layerName + "' is missing");
            return;
        }
        FeatureGeometry g;
        std::string error;
        auto done = m_ds.forEach(layerName, [&](const GpkgFeature& feature) {
            const std::string where = std::string(layerName) + " feature " + std::to_string(feature.fid());
            if (!feature.geometry(g, error))
                m_map.warnings.push_back(where + ": " + error);
            else if (g.empty())
                m_map.warnings.push_back(where + ": no geometry");
            else
                onFeature(feature, g, where);
            return true;
        });
        if (!done)
            m_map.warnings.push_back(done.error().message);
    }

    // `polygons`, when given, receives every polygon read (outer ring, then holes).
    void readAreas(const char* layerName, std::vector<Area>& out, bool triangulateThem,
                   std::vector<std::vector<Path>>* polygons = nullptr)
    {
        read(layerName, [&](const GpkgFeature& f, FeatureGeometry& g, const std::string& where) {
            Area area;
            area.id = f.text("id");
            area.name = f.text("name");
            area.nameAr = f.text("name_ar");
            area.country = f.text("iso_a2");
            if (area.country.empty())
                area.country = f.text("country");
            for (auto& rings : polygonsOf(g)) {
                if (triangulateThem) {
                    auto triangles = triangulate(rings);
                    if (!triangles)
                        m_map.warnings.push_back(where + ": " + triangles.error().message);
                    else
                        area.triangles.insert(area.triangles.end(), triangles->begin(),
                                              triangles->end());
                }
                if (polygons)
                    polygons->push_back(rings);
                for (auto& ring : rings)
                    area.rings.push_back(std::move(ring));
            }
            if (area.rings.empty())
                m_map.warnings.push_back(where + ": not a polygon");
            else
                out.push_back(std::move(area));
        });
    }

    void readLines(const char* layerName, std::vector<Line>& out)
    {
        read(layerName, [&](const GpkgFeature& f, FeatureGeometry& g, const std::string& where) {
            Line line;
            line.name = f.text("name");
            line.nameAr = f.text("name_ar");
            line.ref = f.text("ref");
            line.lineClass = f.text("class");
            line.parts = linesOf(g);
            if (line.parts.empty())
                m_map.warnings.push_back(where + ": not a line");
            else
                out.push_back(std::move(line));
        });
    }

    void readPlaces()
    {
        read("places", [&](const GpkgFeature& f, FeatureGeometry& g, const std::string& where) {
            if (g.type != FeatureGeometry::Type::Point || g.points.empty()) {
                m_map.warnings.push_back(where + ": not a point");
                return;
            }
            BasePlace place;
            place.id = f.text("id");
            place.name = f.text("name");
            place.nameAr = f.text("name_ar");
            place.kind = f.text("kind");
            place.country = f.text("country");
            place.admin1 = f.text("admin1");
            if (const auto pop = f.integer(f.field("population")))
                place.population = *pop;
            place.point = g.points.front();
            m_map.places.push_back(std::move(place));
        });
    }

private:
    const GpkgReader& m_ds;
    BaseMap& m_map;
};

// A GEOS polygon from rings (outer first); null if the outer ring is not a ring.
GEOSGeometry* makePolygon(GEOSContextHandle_t ctx, const std::vector<Path>& rings)
{
    if (rings.empty() || rings.front().size() < 3)
        return nullptr;
    GEOSGeometry* shell = makeRing(ctx, rings.front());
    if (!shell)
        return nullptr;
    std::vector<GEOSGeometry*> holes;
    for (std::size_t i = 1; i < rings.size(); ++i)
        if (rings[i].size() >= 3)
            if (GEOSGeometry* hole = makeRing(ctx, rings[i]))
                holes.push_back(hole);
    return GEOSGeom_createPolygon_r(ctx, shell, holes.data(), static_cast<unsigned>(holes.size()));
}

} // namespace

core::Result<std::vector<LonLat>> triangulate(const std::vector<Path>& rings)
{
    if (rings.empty() || rings.front().size() < 3)
        return core::fail("polygon has no outer ring");
    GeosContext geos;
    GEOSContextHandle_t ctx = geos.handle();
    GeomPtr polygon(makePolygon(ctx, rings), GeomDeleter{ctx});
    if (!polygon)
        return core::fail("invalid polygon: " + geos.lastError());
    GeomPtr triangles(GEOSConstrainedDelaunayTriangulation_r(ctx, polygon.get()), GeomDeleter{ctx});
    if (!triangles) {
        // Self-intersecting input: repair, then triangulate what is left.
        GeomPtr valid(GEOSMakeValid_r(ctx, polygon.get()), GeomDeleter{ctx});
        if (valid)
            triangles.reset(GEOSConstrainedDelaunayTriangulation_r(ctx, valid.get()));
    }
    if (!triangles)
        return core::fail("triangulation failed: " + geos.lastError());
    std::vector<LonLat> out;
    collectTriangles(ctx, triangles.get(), out);
    return out;
}

namespace {

Path ringPath(GEOSContextHandle_t ctx, const GEOSGeometry* ring)
{
    Path path;
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned n = 0;
    if (!seq || GEOSCoordSeq_getSize_r(ctx, seq, &n) == 0)
        return path;
    path.reserve(n);
    for (unsigned i = 0; i < n; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
        path.push_back({x, y});
    }
    return path;
}

// Triangles of the polygonal `g` within its box. GEOS's ear clipping gives up on some
// polygons with many holes ("Unable to find a convex corner"); those are cut in four along
// the middle of the box and each piece tried again (a cut through a hole opens it to the
// shell), down to a depth where giving up is honest.
bool triangulatePieces(GEOSContextHandle_t ctx, const GEOSGeometry* g, double x0, double y0, double x1, double y1,
                       int depth, std::vector<LonLat>& out)
{
    if (GEOSisEmpty_r(ctx, g) == 1)
        return true;
    GeomPtr triangles(GEOSConstrainedDelaunayTriangulation_r(ctx, g), GeomDeleter{ctx});
    if (triangles) {
        collectTriangles(ctx, triangles.get(), out);
        return true;
    }
    if (depth >= 8)
        return false;
    const double mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
    const double boxes[4][4] = {{x0, y0, mx, my}, {mx, y0, x1, my}, {x0, my, mx, y1}, {mx, my, x1, y1}};
    for (const auto& b : boxes) {
        GeomPtr piece(GEOSClipByRect_r(ctx, g, b[0], b[1], b[2], b[3]), GeomDeleter{ctx});
        if (!piece || !triangulatePieces(ctx, piece.get(), b[0], b[1], b[2], b[3], depth + 1, out))
            return false;
    }
    return true;
}

} // namespace

core::Result<Area> areaOutside(const std::vector<std::vector<Path>>& polygons, double west, double south,
                               double east, double north)
{
    if (!(west < east && south < north))
        return core::fail("empty box");
    GeosContext geos;
    GEOSContextHandle_t ctx = geos.handle();
    std::vector<GEOSGeometry*> parts;
    for (const auto& rings : polygons) {
        GEOSGeometry* polygon = makePolygon(ctx, rings);
        if (!polygon)
            continue;
        if (GEOSisValid_r(ctx, polygon) != 1) {
            GEOSGeometry* valid = GEOSMakeValid_r(ctx, polygon);
            GEOSGeom_destroy_r(ctx, polygon);
            if (!valid)
                continue;
            polygon = valid;
        }
        parts.push_back(polygon);
    }
    GeomPtr collection(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                   static_cast<unsigned>(parts.size())),
                       GeomDeleter{ctx});
    if (!collection)
        return core::fail("cannot collect the polygons: " + geos.lastError());
    GeomPtr covered(GEOSUnaryUnion_r(ctx, collection.get()), GeomDeleter{ctx});
    if (!covered)
        return core::fail("cannot unite the polygons: " + geos.lastError());
    const Path boxRing{{west, south}, {east, south}, {east, north}, {west, north}, {west, south}};
    GeomPtr box(makePolygon(ctx, {boxRing}), GeomDeleter{ctx});
    GeomPtr outside(box ? GEOSDifference_r(ctx, box.get(), covered.get()) : nullptr, GeomDeleter{ctx});
    if (!outside)
        return core::fail("cannot subtract the polygons from the box: " + geos.lastError());
    Area area;
    const int n = GEOSGetNumGeometries_r(ctx, outside.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* polygon = GEOSGetGeometryN_r(ctx, outside.get(), i);
        if (GEOSGeomTypeId_r(ctx, polygon) != GEOS_POLYGON || GEOSisEmpty_r(ctx, polygon) == 1)
            continue;
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        GEOSGeom_getXMin_r(ctx, polygon, &x0);
        GEOSGeom_getYMin_r(ctx, polygon, &y0);
        GEOSGeom_getXMax_r(ctx, polygon, &x1);
        GEOSGeom_getYMax_r(ctx, polygon, &y1);
        if (!triangulatePieces(ctx, polygon, x0, y0, x1, y1, 0, area.triangles))
            return core::fail("triangulation failed: " + geos.lastError());
        area.rings.push_back(ringPath(ctx, GEOSGetExteriorRing_r(ctx, polygon)));
        for (int k = 0; k < GEOSGetNumInteriorRings_r(ctx, polygon); ++k)
            area.rings.push_back(ringPath(ctx, GEOSGetInteriorRingN_r(ctx, polygon, k)));
    }
    return area;
}

core::Result<BaseMap> loadBaseMap(const std::string& path)
{
    auto ds = GpkgReader::open(path);
    if (!ds)
        return core::fail("cannot open base map: " + ds.error().message, path);

    BaseMap map;
    LayerReader reader(*ds, map);
    std::vector<std::vector<Path>> landPolygons, countryPolygons;
    // Land is triangulated only if there is no sea to draw over a land-coloured backdrop
    // (below): 10 ms of start-up saved when there is.
    reader.readAreas("land", map.land, false, &landPolygons);
    reader.readAreas("countries", map.countries, true, &countryPolygons);
    {
        const auto& polygons = landPolygons.empty() ? countryPolygons : landPolygons;
        double west = 180, south = 90, east = -180, north = -90;
        for (const auto& rings : polygons)
            for (const LonLat& p : rings.front()) {
                west = std::min(west, p.lon);
                east = std::max(east, p.lon);
                south = std::min(south, p.lat);
                north = std::max(north, p.lat);
            }
        // A wide margin: wherever the view can go, it sees sea beyond the data, not land.
        constexpr double kMargin = 20;
        if (!polygons.empty()) {
            auto sea = areaOutside(polygons, std::max(-180.0, west - kMargin), std::max(-85.0, south - kMargin),
                                   std::min(180.0, east + kMargin), std::min(85.0, north + kMargin));
            if (sea)
                map.sea.push_back(std::move(*sea));
            else
                map.warnings.push_back("sea: " + sea.error().message);
        }
        if (map.sea.empty() && !map.land.empty())
            for (const auto& rings : landPolygons) {
                auto triangles = triangulate(rings);
                if (!triangles)
                    map.warnings.push_back("land: " + triangles.error().message);
                else
                    map.land.front().triangles.insert(map.land.front().triangles.end(), triangles->begin(),
                                                      triangles->end());
            }
    }
    reader.readAreas("governorates", map.governorates, false);
    reader.readAreas("lakes", map.lakes, true);
    reader.readLines("borders", map.borders);
    reader.readLines("disputed", map.disputed);
    reader.readLines("coast", map.coast);
    reader.readLines("rivers", map.rivers);
    reader.readLines("roads", map.roads);
    reader.readPlaces();
    for (auto& message : map.warnings)
        message = path + ": " + message;
    return map;
}

} // namespace sitrep::geo
