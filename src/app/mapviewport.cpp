#include "mapviewport.h"

#include <algorithm>
#include <cmath>

namespace sitrep::app {

double MapViewport::scale() const
{
    return std::exp2(m_zoom);
}

void MapViewport::setSize(QSizeF size)
{
    m_size = size;
    clampCenter();
}

void MapViewport::setBounds(QRectF world)
{
    m_bounds = world;
    clampCenter();
}

void MapViewport::clampCenter()
{
    if (m_bounds.isEmpty())
        return;
    const double halfW = m_size.width() / 2 / scale();
    const double halfH = m_size.height() / 2 / scale();
    auto clampAxis = [](double v, double lo, double hi, double half) {
        return hi - lo <= 2 * half ? (lo + hi) / 2 : std::clamp(v, lo + half, hi - half);
    };
    m_center = QPointF(clampAxis(m_center.x(), m_bounds.left(), m_bounds.right(), halfW),
                       clampAxis(m_center.y(), m_bounds.top(), m_bounds.bottom(), halfH));
}

void MapViewport::setCenter(GeoPoint c)
{
    setCenterWorld(mercator::toWorld(c.lon, c.lat));
}

void MapViewport::setCenterWorld(QPointF world)
{
    m_center = QPointF(std::clamp(world.x(), 0.0, mercator::kWorldSize),
                       std::clamp(world.y(), 0.0, mercator::kWorldSize));
    clampCenter();
}

void MapViewport::setZoomLevel(double zoom)
{
    m_zoom = std::clamp(zoom, m_minZoom, m_maxZoom);
    clampCenter();
}

void MapViewport::setZoomLimits(double minimum, double maximum)
{
    m_minZoom = std::min(minimum, maximum);
    m_maxZoom = std::max(minimum, maximum);
    setZoomLevel(m_zoom);
}

QPointF MapViewport::worldToItem(QPointF world) const
{
    return (world - m_center) * scale() + QPointF(m_size.width() / 2, m_size.height() / 2);
}

QPointF MapViewport::itemToWorld(QPointF item) const
{
    return (item - QPointF(m_size.width() / 2, m_size.height() / 2)) / scale() + m_center;
}

QPointF MapViewport::geoToItem(GeoPoint p) const
{
    return worldToItem(mercator::toWorld(p.lon, p.lat));
}

GeoPoint MapViewport::itemToGeo(QPointF item) const
{
    return mercator::toGeo(itemToWorld(item));
}

QTransform MapViewport::worldToItemTransform() const
{
    const double s = scale();
    return QTransform(s, 0, 0, s, m_size.width() / 2 - m_center.x() * s,
                      m_size.height() / 2 - m_center.y() * s);
}

QRectF MapViewport::visibleWorld() const
{
    return QRectF(itemToWorld(QPointF(0, 0)), itemToWorld(QPointF(m_size.width(), m_size.height())));
}

void MapViewport::panBy(QPointF delta)
{
    setCenterWorld(m_center - delta / scale());
}

void MapViewport::zoomAround(QPointF item, double newZoom)
{
    const QPointF anchor = itemToWorld(item);
    setZoomLevel(newZoom);
    // Put `anchor` back under `item`.
    setCenterWorld(anchor - (item - QPointF(m_size.width() / 2, m_size.height() / 2)) / scale());
}

void MapViewport::fit(double west, double south, double east, double north, double marginPx)
{
    const QRectF r = mercator::worldRect(west, south, east, north);
    const double w = std::max(1.0, m_size.width() - 2 * marginPx);
    const double h = std::max(1.0, m_size.height() - 2 * marginPx);
    const double s = std::min(w / std::max(r.width(), 1e-9), h / std::max(r.height(), 1e-9));
    setZoomLevel(std::log2(s));
    setCenterWorld(r.center());
}

void MapViewport::fitWorld(QRectF world, double marginPx, double pointZoom)
{
    world = world.normalized();
    if (world.width() < 1e-9 && world.height() < 1e-9) {
        setZoomLevel(pointZoom);
        setCenterWorld(world.center());
        return;
    }
    const double w = std::max(1.0, m_size.width() - 2 * marginPx);
    const double h = std::max(1.0, m_size.height() - 2 * marginPx);
    const double s = std::min(w / std::max(world.width(), 1e-9), h / std::max(world.height(), 1e-9));
    setZoomLevel(std::log2(s));
    setCenterWorld(world.center());
}

void MapViewport::alignWorldToItem(QPointF world, QPointF item)
{
    setCenterWorld(world - (item - QPointF(m_size.width() / 2, m_size.height() / 2)) / scale());
}

MapViewport MapViewport::pinched(const MapViewport& start, QPointF startCentroid, QPointF centroid, double scale)
{
    MapViewport v = start;
    const QPointF anchor = start.itemToWorld(startCentroid);
    v.setZoomLevel(start.zoomLevel() + std::log2(std::max(scale, 1e-6)));
    v.alignWorldToItem(anchor, centroid);
    return v;
}

MapViewport MapViewport::between(const MapViewport& a, const MapViewport& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const double e = t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2; // cubic in-out
    MapViewport v = b;
    const double zoom = a.m_zoom + (b.m_zoom - a.m_zoom) * e;
    // Interpolating the centre with weights 2^-zoom keeps the apparent speed even while zooming.
    const double sa = std::exp2(-a.m_zoom), sb = std::exp2(-b.m_zoom), sz = std::exp2(-zoom);
    const double w = std::abs(sb - sa) > 1e-12 ? (sz - sa) / (sb - sa) : e;
    v.m_zoom = std::clamp(zoom, v.m_minZoom, v.m_maxZoom);
    v.m_center = a.m_center + (b.m_center - a.m_center) * w;
    v.clampCenter();
    return v;
}

double MapViewport::metresPerPixel() const
{
    return mercator::metresPerWorldUnit(center().lat) / scale();
}

ScaleBarLength niceScaleBar(double metresPerPixel, double maxPixels)
{
    if (metresPerPixel <= 0 || maxPixels <= 0)
        return {};
    const double maxMetres = metresPerPixel * maxPixels;
    const double decade = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double best = decade;
    for (double step : {5.0, 2.0, 1.0})
        if (step * decade <= maxMetres) {
            best = step * decade;
            break;
        }
    return {best, best / metresPerPixel};
}

} // namespace sitrep::app
