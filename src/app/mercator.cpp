#include "mercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sitrep::app::mercator {

namespace {
constexpr double kPi = std::numbers::pi;
double clampLat(double lat) { return std::clamp(lat, -kMaxLatitude, kMaxLatitude); }
} // namespace

QPointF toMetres(double lon, double lat)
{
    const double phi = clampLat(lat) * kPi / 180.0;
    return {kEarthRadius * lon * kPi / 180.0, kEarthRadius * std::log(std::tan(kPi / 4 + phi / 2))};
}

QPointF toWorld(double lon, double lat)
{
    const QPointF m = toMetres(lon, lat);
    const double half = kPi * kEarthRadius;
    return {(m.x() + half) / (2 * half) * kWorldSize, (half - m.y()) / (2 * half) * kWorldSize};
}

GeoPoint toGeo(QPointF world)
{
    const double half = kPi * kEarthRadius;
    const double mx = world.x() / kWorldSize * 2 * half - half;
    const double my = half - world.y() / kWorldSize * 2 * half;
    const double lon = mx / kEarthRadius * 180.0 / kPi;
    const double lat = (2 * std::atan(std::exp(my / kEarthRadius)) - kPi / 2) * 180.0 / kPi;
    return {lat, lon};
}

double metresPerWorldUnit(double lat)
{
    return 2 * kPi * kEarthRadius / kWorldSize * std::cos(clampLat(lat) * kPi / 180.0);
}

QRectF worldRect(double west, double south, double east, double north)
{
    return QRectF(toWorld(west, north), toWorld(east, south)).normalized();
}

} // namespace sitrep::app::mercator
