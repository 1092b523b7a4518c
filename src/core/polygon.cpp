#include "polygon.h"

#include <cmath>

namespace sitrep::core {

bool contains(const Ring& ring, GeoPoint p)
{
    bool inside = false;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const GeoPoint& a = ring[i];
        const GeoPoint& b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)) {
            const double lonAtLat = a.lon + (p.lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat);
            if (p.lon < lonAtLat)
                inside = !inside;
        }
    }
    return inside;
}

bool contains(const Polygon& polygon, GeoPoint p)
{
    if (polygon.outer.size() < 3 || !contains(polygon.outer, p))
        return false;
    for (const Ring& hole : polygon.holes)
        if (hole.size() >= 3 && contains(hole, p))
            return false;
    return true;
}

bool contains(const MultiPolygon& area, GeoPoint p)
{
    for (const Polygon& polygon : area)
        if (contains(polygon, p))
            return true;
    return false;
}

namespace {
double ringArea(const Ring& ring)
{
    double twice = 0.0;
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        twice += ring[j].lon * ring[i].lat - ring[i].lon * ring[j].lat;
    return std::abs(twice) / 2.0;
}
} // namespace

double planarArea(const Polygon& polygon)
{
    double area = ringArea(polygon.outer);
    for (const Ring& hole : polygon.holes)
        area -= ringArea(hole);
    return area;
}

double planarArea(const MultiPolygon& area)
{
    double sum = 0.0;
    for (const Polygon& p : area)
        sum += planarArea(p);
    return sum;
}

} // namespace sitrep::core
