#pragma once
// MapViewport: where the map looks (centre, zoom level, item size) and the conversions between
// item pixels, world units and lon/lat that panning, zooming, hit testing and drawing share.
// Zoom level as in Qt Location and slippy maps: the world is 256 · 2^zoom pixels wide.
#include "mercator.h"

#include <QSizeF>
#include <QTransform>

namespace sitrep::app {

class MapViewport {
public:
    [[nodiscard]] QPointF centerWorld() const { return m_center; }
    [[nodiscard]] GeoPoint center() const { return mercator::toGeo(m_center); }
    [[nodiscard]] double zoomLevel() const { return m_zoom; }
    [[nodiscard]] QSizeF size() const { return m_size; }
    [[nodiscard]] double scale() const; // item pixels per world unit

    void setSize(QSizeF size);
    // World rectangle the view stays inside (where there is data); empty: no limit.
    void setBounds(QRectF world);
    void setCenter(GeoPoint c);
    void setCenterWorld(QPointF world);
    void setZoomLevel(double zoom);
    void setZoomLimits(double minimum, double maximum);
    [[nodiscard]] double minimumZoomLevel() const { return m_minZoom; }
    [[nodiscard]] double maximumZoomLevel() const { return m_maxZoom; }

    [[nodiscard]] QPointF worldToItem(QPointF world) const;
    [[nodiscard]] QPointF itemToWorld(QPointF item) const;
    [[nodiscard]] QPointF geoToItem(GeoPoint p) const;
    [[nodiscard]] GeoPoint itemToGeo(QPointF item) const;
    // The world → item transform (for QPainter and the scene graph's transform node).
    [[nodiscard]] QTransform worldToItemTransform() const;
    [[nodiscard]] QRectF visibleWorld() const;

    // Moves the view by a drag of `delta` item pixels (content follows the pointer).
    void panBy(QPointF delta);
    // Changes the zoom keeping the geographic point under `item` fixed.
    void zoomAround(QPointF item, double newZoom);
    // Centres on a lon/lat box and zooms so that it fits with `marginPx` on every side.
    void fit(double west, double south, double east, double north, double marginPx = 16);
    // The same for a world rectangle; a point (empty rectangle) is centred at `pointZoom`.
    void fitWorld(QRectF world, double marginPx, double pointZoom);
    // Moves the view so that the world point shows at the item point (Qt Location's
    // alignCoordinateToPoint); zoom unchanged.
    void alignWorldToItem(QPointF world, QPointF item);
    // Pinch: the view `start` zoomed by log2(scale), the ground that was under `startCentroid`
    // now under `centroid` (the fingers' midpoint moved and spread).
    [[nodiscard]] static MapViewport pinched(const MapViewport& start, QPointF startCentroid, QPointF centroid,
                                             double scale);
    // A step of an animated move from `a` to `b` (t from 0 to 1, eased in and out): zoom in
    // levels and the centre in screen terms, so the ground moves at an even pace.
    [[nodiscard]] static MapViewport between(const MapViewport& a, const MapViewport& b, double t);

    // Ground metres per item pixel at the centre of the view.
    [[nodiscard]] double metresPerPixel() const;

private:
    void clampCenter();

    QRectF m_bounds;
    QPointF m_center = mercator::toWorld(38.5, 35.0);
    double m_zoom = 6;
    double m_minZoom = 3;
    double m_maxZoom = 14;
    QSizeF m_size{800, 600};
};

// A scale bar's length: the longest round distance (1, 2, 5 × 10^n metres) that fits in
// `maxPixels` at `metresPerPixel`, and its width in pixels.
struct ScaleBarLength {
    double metres = 0;
    double pixels = 0;
};
[[nodiscard]] ScaleBarLength niceScaleBar(double metresPerPixel, double maxPixels);

} // namespace sitrep::app
