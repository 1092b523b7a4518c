#include "geoscontext.h"

#include <vector>

namespace sitrep::geo {

namespace {
void onError(const char* message, void* userdata)
{
    static_cast<GeosContext*>(userdata)->recordError(message);
}
void onNotice(const char* message, void* userdata)
{
    static_cast<GeosContext*>(userdata)->recordNotice(message);
}

std::vector<double> flatten(const std::vector<LonLat>& points)
{
    std::vector<double> xy;
    xy.reserve(points.size() * 2);
    for (const auto& p : points) {
        xy.push_back(p.lon);
        xy.push_back(p.lat);
    }
    return xy;
}
} // namespace

GeosContext::GeosContext()
    : m_handle(GEOS_init_r())
{
    GEOSContext_setErrorMessageHandler_r(m_handle, onError, this);
    GEOSContext_setNoticeMessageHandler_r(m_handle, onNotice, this);
}

GeosContext::~GeosContext()
{
    GEOS_finish_r(m_handle);
}

core::Result<GeosGeom> GeosContext::check(GEOSGeometry* g, std::string_view operation)
{
    if (!g)
        return core::fail("GEOS " + std::string(operation) + " failed: "
                          + (m_lastError.empty() ? std::string("no message") : m_lastError));
    return own(g);
}

GeosPrepared GeosContext::prepare(const GEOSGeometry* g) const
{
    return GeosPrepared(GEOSPrepare_r(m_handle, g), GeosPreparedDeleter{m_handle});
}

GeosGeom GeosContext::point(double lon, double lat) const
{
    return own(GEOSGeom_createPointFromXY_r(m_handle, lon, lat));
}

GeosGeom GeosContext::polygon(const Polygon& p) const
{
    auto ringOf = [this](const Ring& r) -> GEOSGeometry* {
        Ring closed = r;
        if (!closed.empty() && !(closed.front() == closed.back()))
            closed.push_back(closed.front());
        const auto xy = flatten(closed);
        GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(m_handle, xy.data(),
                                                               closed.size(), 0, 0);
        return GEOSGeom_createLinearRing_r(m_handle, seq);
    };
    if (p.rings.empty() || p.rings.front().size() < 4)
        return own(GEOSGeom_createEmptyPolygon_r(m_handle));
    GEOSGeometry* shell = ringOf(p.rings.front());
    std::vector<GEOSGeometry*> holes;
    for (std::size_t i = 1; i < p.rings.size(); ++i)
        if (p.rings[i].size() >= 4)
            holes.push_back(ringOf(p.rings[i]));
    return own(GEOSGeom_createPolygon_r(m_handle, shell, holes.data(),
                                        static_cast<unsigned>(holes.size())));
}

GeosGeom GeosContext::multiPolygon(const MultiPolygon& mp) const
{
    std::vector<GEOSGeometry*> parts;
    for (const auto& p : mp) {
        auto g = polygon(p);
        if (!GEOSisEmpty_r(m_handle, g.get()))
            parts.push_back(g.release());
    }
    return own(GEOSGeom_createCollection_r(m_handle, GEOS_MULTIPOLYGON, parts.data(),
                                           static_cast<unsigned>(parts.size())));
}

GeosGeom GeosContext::multiLineString(const MultiLineString& lines) const
{
    std::vector<GEOSGeometry*> parts;
    for (const auto& l : lines) {
        if (l.size() < 2)
            continue;
        const auto xy = flatten(l);
        GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(m_handle, xy.data(), l.size(), 0, 0);
        parts.push_back(GEOSGeom_createLineString_r(m_handle, seq));
    }
    return own(GEOSGeom_createCollection_r(m_handle, GEOS_MULTILINESTRING, parts.data(),
                                           static_cast<unsigned>(parts.size())));
}

namespace {
std::vector<LonLat> pointsOf(GEOSContextHandle_t h, const GEOSGeometry* g)
{
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, g);
    unsigned n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(h, seq, &n) || n == 0)
        return {};
    std::vector<double> xy(static_cast<std::size_t>(n) * 2);
    GEOSCoordSeq_copyToBuffer_r(h, seq, xy.data(), 0, 0);
    std::vector<LonLat> out(n);
    for (unsigned i = 0; i < n; ++i)
        out[i] = {xy[2 * i], xy[2 * i + 1]};
    return out;
}

void collectPolygons(GEOSContextHandle_t h, const GEOSGeometry* g, MultiPolygon& out)
{
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(h, g))
            return;
        Polygon p;
        p.rings.push_back(pointsOf(h, GEOSGetExteriorRing_r(h, g)));
        const int holes = GEOSGetNumInteriorRings_r(h, g);
        for (int i = 0; i < holes; ++i)
            p.rings.push_back(pointsOf(h, GEOSGetInteriorRingN_r(h, g, i)));
        out.push_back(std::move(p));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i)
            collectPolygons(h, GEOSGetGeometryN_r(h, g, i), out);
    }
}

void collectLines(GEOSContextHandle_t h, const GEOSGeometry* g, MultiLineString& out)
{
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
        auto pts = pointsOf(h, g);
        if (pts.size() >= 2)
            out.push_back(std::move(pts));
    } else if (type == GEOS_MULTILINESTRING || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i)
            collectLines(h, GEOSGetGeometryN_r(h, g, i), out);
    }
}
} // namespace

MultiPolygon GeosContext::toMultiPolygon(const GEOSGeometry* g) const
{
    MultiPolygon out;
    if (g)
        collectPolygons(m_handle, g, out);
    return out;
}

MultiLineString GeosContext::toLines(const GEOSGeometry* g) const
{
    MultiLineString out;
    if (g)
        collectLines(m_handle, g, out);
    return out;
}

GeosGeom GeosContext::polygonalPart(const GEOSGeometry* g) const
{
    const int type = GEOSGeomTypeId_r(m_handle, g);
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON)
        return own(GEOSGeom_clone_r(m_handle, g));
    std::vector<GEOSGeometry*> parts;
    const int n = GEOSGetNumGeometries_r(m_handle, g);
    for (int i = 0; i < n && type == GEOS_GEOMETRYCOLLECTION; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(m_handle, g, i);
        const int t = GEOSGeomTypeId_r(m_handle, part);
        if (t == GEOS_POLYGON) {
            parts.push_back(GEOSGeom_clone_r(m_handle, part));
        } else if (t == GEOS_MULTIPOLYGON) {
            const int m = GEOSGetNumGeometries_r(m_handle, part);
            for (int j = 0; j < m; ++j)
                parts.push_back(GEOSGeom_clone_r(m_handle, GEOSGetGeometryN_r(m_handle, part, j)));
        }
    }
    return own(GEOSGeom_createCollection_r(m_handle, GEOS_MULTIPOLYGON, parts.data(),
                                           static_cast<unsigned>(parts.size())));
}

core::Result<GeosGeom> GeosContext::validPolygonal(GeosGeom g, bool* repaired)
{
    if (repaired)
        *repaired = false;
    if (GEOSisValid_r(m_handle, g.get()) == 1)
        return polygonalPart(g.get());
    if (repaired)
        *repaired = true;
    auto fixed = check(GEOSMakeValid_r(m_handle, g.get()), "MakeValid");
    if (!fixed)
        return std::unexpected(fixed.error());
    return polygonalPart(fixed->get());
}

double GeosContext::area(const GEOSGeometry* g) const
{
    double a = 0.0;
    GEOSArea_r(m_handle, g, &a);
    return a;
}

double GeosContext::length(const GEOSGeometry* g) const
{
    double l = 0.0;
    GEOSLength_r(m_handle, g, &l);
    return l;
}

} // namespace sitrep::geo
