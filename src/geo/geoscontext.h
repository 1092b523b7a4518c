#pragma once
// GeosContext: one reentrant GEOS handle that records the last error and notice GEOS reported,
// plus owning pointers whose deleters carry the handle. Everything GEOS in src/geo goes through
// it; no GEOS type appears in a header outside this folder.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include "core/error.h"
#include "territorygeometry.h"

#include <memory>
#include <string>
#include <string_view>

namespace sitrep::geo {

struct GeosGeomDeleter {
    GEOSContextHandle_t handle = nullptr;
    void operator()(GEOSGeometry* g) const
    {
        if (g)
            GEOSGeom_destroy_r(handle, g);
    }
};
using GeosGeom = std::unique_ptr<GEOSGeometry, GeosGeomDeleter>;

struct GeosPreparedDeleter {
    GEOSContextHandle_t handle = nullptr;
    void operator()(const GEOSPreparedGeometry* g) const
    {
        if (g)
            GEOSPreparedGeom_destroy_r(handle, g);
    }
};
using GeosPrepared = std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter>;

class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    [[nodiscard]] GEOSContextHandle_t handle() const { return m_handle; }
    [[nodiscard]] const std::string& lastError() const { return m_lastError; }
    [[nodiscard]] const std::string& lastNotice() const { return m_lastNotice; }

    // Takes ownership of a geometry GEOS returned; null stays null.
    [[nodiscard]] GeosGeom own(GEOSGeometry* g) const { return GeosGeom(g, GeosGeomDeleter{m_handle}); }
    // Like own(), but a null result becomes an Error naming `operation` and GEOS's message.
    [[nodiscard]] core::Result<GeosGeom> check(GEOSGeometry* g, std::string_view operation);
    [[nodiscard]] GeosPrepared prepare(const GEOSGeometry* g) const;

    // Conversions from and to the plain types of territorygeometry.h.
    [[nodiscard]] GeosGeom point(double lon, double lat) const;
    [[nodiscard]] GeosGeom polygon(const Polygon& p) const;
    [[nodiscard]] GeosGeom multiPolygon(const MultiPolygon& mp) const;
    [[nodiscard]] GeosGeom multiLineString(const MultiLineString& lines) const;
    // Polygonal parts of any geometry (collections are walked, other types skipped).
    [[nodiscard]] MultiPolygon toMultiPolygon(const GEOSGeometry* g) const;
    // Linear parts of any geometry.
    [[nodiscard]] MultiLineString toLines(const GEOSGeometry* g) const;

    // The polygonal part of `g` made valid; `repaired` tells whether anything had to change.
    [[nodiscard]] core::Result<GeosGeom> validPolygonal(GeosGeom g, bool* repaired);
    // Only the polygons of a geometry collection (MakeValid and overlays may add lines/points).
    [[nodiscard]] GeosGeom polygonalPart(const GEOSGeometry* g) const;

    [[nodiscard]] double area(const GEOSGeometry* g) const;
    [[nodiscard]] double length(const GEOSGeometry* g) const;

    void recordError(const char* message) { m_lastError = message ? message : ""; }
    void recordNotice(const char* message) { m_lastNotice = message ? message : ""; }

private:
    GEOSContextHandle_t m_handle = nullptr;
    std::string m_lastError;
    std::string m_lastNotice;
};

} // namespace sitrep::geo
