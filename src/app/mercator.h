#pragma once
// Mercator: the closed-form spherical Web Mercator (EPSG:3857) the map draws in, scaled to
// "world units" where the whole world is 256 units wide at zoom 0 (as slippy-map tiles), y
// pointing down. A test checks it against PROJ's EPSG:4326 → EPSG:3857 transform.
#include <QPointF>
#include <QRectF>

namespace sitrep::app {

struct GeoPoint {
    double lat = 0;
    double lon = 0;
};

namespace mercator {

inline constexpr double kWorldSize = 256.0;
inline constexpr double kEarthRadius = 6378137.0;    // metres, the sphere of EPSG:3857
inline constexpr double kMaxLatitude = 85.0511287798; // where the square world ends

// lon/lat degrees → world units (x east, y south), lat clamped to the Mercator square.
[[nodiscard]] QPointF toWorld(double lon, double lat);
[[nodiscard]] GeoPoint toGeo(QPointF world);
// EPSG:3857 metres (x east, y north) for the same point; what PROJ gives.
[[nodiscard]] QPointF toMetres(double lon, double lat);
// Ground metres covered by one world unit at a latitude.
[[nodiscard]] double metresPerWorldUnit(double lat);
// World-unit rectangle of a lon/lat box.
[[nodiscard]] QRectF worldRect(double west, double south, double east, double north);

} // namespace mercator
} // namespace sitrep::app
