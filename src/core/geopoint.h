#pragma once
// GeoPoint: a WGS84 position in degrees, and great-circle distance between two of them.
#include <algorithm>
#include <cmath>

namespace sitrep::core {

struct GeoPoint {
    double lat = 0.0;
    double lon = 0.0;
    friend bool operator==(const GeoPoint&, const GeoPoint&) = default;
};

// Haversine distance on a sphere of the mean Earth radius; error < 0.5 % (good for ranking).
[[nodiscard]] inline double distanceKm(GeoPoint a, GeoPoint b)
{
    constexpr double kRadiusKm = 6371.0088;
    constexpr double kDeg = 3.14159265358979323846 / 180.0;
    const double dLat = (b.lat - a.lat) * kDeg;
    const double dLon = (b.lon - a.lon) * kDeg;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * kDeg) * std::cos(b.lat * kDeg) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace sitrep::core
