#pragma once
// Plain geometry in WGS84 longitude/latitude degrees: what the territory builder hands out and
// the exporters write. Holding no GEOS or GDAL handle, it can cross into app/ and cli/.
#include <vector>

namespace sitrep::geo {

struct LonLat {
    double lon = 0.0;
    double lat = 0.0;
    friend bool operator==(const LonLat&, const LonLat&) = default;
};

using Ring = std::vector<LonLat>;          // closed: first == last
using LineString = std::vector<LonLat>;
using MultiLineString = std::vector<LineString>;

struct Polygon {
    std::vector<Ring> rings; // rings[0] is the outer ring, the rest are holes
};
using MultiPolygon = std::vector<Polygon>;

// Shoelace area in square degrees; positive for counter-clockwise rings.
[[nodiscard]] inline double signedArea(const Ring& ring)
{
    double sum = 0.0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i].lon * ring[i + 1].lat - ring[i + 1].lon * ring[i].lat;
    return sum / 2.0;
}

} // namespace sitrep::geo
