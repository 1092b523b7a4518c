#pragma once
// Polygon: a lon/lat polygon with holes, enough to ask "which baseline area holds this town?"
// without a geometry library. Planar maths on degrees: fine for containment and for ranking
// areas by size within one country, not for measuring them.
#include "geopoint.h"

#include <vector>

namespace sitrep::core {

using Ring = std::vector<GeoPoint>; // closed or not; the last edge back to the first is implied

struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
};

// Polygons of one area (a MultiPolygon has several).
using MultiPolygon = std::vector<Polygon>;

// Ray casting (even–odd); a point exactly on an edge may fall either way.
[[nodiscard]] bool contains(const Ring& ring, GeoPoint p);
[[nodiscard]] bool contains(const Polygon& polygon, GeoPoint p);
[[nodiscard]] bool contains(const MultiPolygon& area, GeoPoint p);
// Area in square degrees (holes subtracted), for choosing the smallest of nested areas.
[[nodiscard]] double planarArea(const Polygon& polygon);
[[nodiscard]] double planarArea(const MultiPolygon& area);

} // namespace sitrep::core
