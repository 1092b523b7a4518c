#pragma once
// A GeoPackage geometry blob (the "GP" header of the GeoPackage standard, §2.1.3, followed by
// ISO well-known binary) read into plain lon/lat geometry. Used by GpkgReader to read the
// bundled GeoPackage without GDAL; bytes come from files users may hand us, so every length is
// checked against what is left and nesting is bounded (fuzzed by tests/fuzz/fuzz_gpkggeometry).
#include "geo/territorygeometry.h"

#include <cstdint>
#include <span>
#include <string>

namespace sitrep::geo {

struct FeatureGeometry {
    enum class Type { Empty, Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, Collection };
    Type type = Type::Empty;        // the top-level type; Empty for an empty geometry
    std::vector<LonLat> points;     // Point, MultiPoint (and points inside a collection)
    MultiLineString lines;          // LineString, MultiLineString parts
    MultiPolygon polygons;          // Polygon, MultiPolygon parts (outer ring first)

    [[nodiscard]] bool empty() const { return points.empty() && lines.empty() && polygons.empty(); }
};

// The geometry of a blob, or false with `error` saying what is wrong with it. Z and M values
// are read past and dropped.
[[nodiscard]] bool parseGpkgGeometry(std::span<const std::uint8_t> blob, FeatureGeometry& out, std::string& error);

} // namespace sitrep::geo
