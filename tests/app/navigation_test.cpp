// Pinch zoom, animated moves, zoom-to-place and fit-to-places: the viewport arithmetic behind
// them, and the MapItem calls QML makes (immediate with animate=false).
#include "mapitem.h"
#include "mapviewport.h"
#include "qtapp.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace sitrep::app;

TEST_CASE("a pinch zooms by the log of its scale and keeps the ground under the fingers' midpoint")
{
    MapViewport start;
    start.setSize({1000, 700});
    start.setZoomLevel(7);
    start.setCenter({35.0, 38.0});
    const QPointF from(620, 240);
    const GeoPoint ground = start.itemToGeo(from);

    // Spread to twice the distance without moving: one zoom level in, the point stays put.
    const MapViewport spread = MapViewport::pinched(start, from, from, 2.0);
    CHECK(spread.zoomLevel() == doctest::Approx(8));
    CHECK(spread.geoToItem(ground).x() == doctest::Approx(620).epsilon(1e-9));
    CHECK(spread.geoToItem(ground).y() == doctest::Approx(240).epsilon(1e-9));

    // Pinch in while the midpoint slides: the ground follows the midpoint.
    const QPointF to(480, 410);
    const MapViewport moved = MapViewport::pinched(start, from, to, 0.5);
    CHECK(moved.zoomLevel() == doctest::Approx(6));
    CHECK(moved.geoToItem(ground).x() == doctest::Approx(480).epsilon(1e-9));
    CHECK(moved.geoToItem(ground).y() == doctest::Approx(410).epsilon(1e-9));

    // Scale 1 and no movement changes nothing; the zoom stays within the limits.
    const MapViewport same = MapViewport::pinched(start, from, from, 1.0);
    CHECK(same.zoomLevel() == doctest::Approx(7));
    CHECK(same.centerWorld().x() == doctest::Approx(start.centerWorld().x()));
    CHECK(MapViewport::pinched(start, from, from, 1e6).zoomLevel() == doctest::Approx(start.maximumZoomLevel()));
}

TEST_CASE("aligning a coordinate to a point moves the view, not the zoom")
{
    MapViewport v;
    v.setSize({800, 600});
    v.setZoomLevel(9);
    v.setCenter({34.7, 36.7});
    const GeoPoint homs {34.73, 36.71};
    v.alignWorldToItem(mercator::toWorld(homs.lon, homs.lat), QPointF(100, 500));
    CHECK(v.zoomLevel() == 9);
    CHECK(v.geoToItem(homs).x() == doctest::Approx(100));
    CHECK(v.geoToItem(homs).y() == doctest::Approx(500));
}

TEST_CASE("an animated move starts at the old view, ends at the new one and zooms monotonically")
{
    MapViewport a, b;
    for (MapViewport* v : {&a, &b})
        v->setSize({800, 600});
    a.setZoomLevel(6);
    a.setCenter({35.0, 38.5});
    b.setZoomLevel(10);
    b.setCenter({33.51, 36.29});
    const MapViewport start = MapViewport::between(a, b, 0), end = MapViewport::between(a, b, 1);
    CHECK(start.zoomLevel() == doctest::Approx(6));
    CHECK(start.centerWorld().x() == doctest::Approx(a.centerWorld().x()));
    CHECK(end.zoomLevel() == doctest::Approx(10));
    CHECK(end.centerWorld().x() == doctest::Approx(b.centerWorld().x()));
    CHECK(end.centerWorld().y() == doctest::Approx(b.centerWorld().y()));
    double last = 6;
    for (int i = 1; i <= 20; ++i) {
        const double z = MapViewport::between(a, b, i / 20.0).zoomLevel();
        CHECK(z >= last);
        last = z;
    }
    CHECK(MapViewport::between(a, b, 0.5).zoomLevel() == doctest::Approx(8));
}

TEST_CASE("fitting world points puts all of them inside the margins and centres a single point")
{
    MapViewport v;
    v.setSize({900, 600});
    const QPointF aleppo = mercator::toWorld(37.16, 36.2), damascus = mercator::toWorld(36.29, 33.51);
    v.fitWorld(QRectF(aleppo, damascus), 40, 10);
    for (QPointF w : {aleppo, damascus}) {
        const QPointF p = v.worldToItem(w);
        CHECK(p.x() >= 40 - 1e-6);
        CHECK(p.x() <= 860 + 1e-6);
        CHECK(p.y() >= 40 - 1e-6);
        CHECK(p.y() <= 560 + 1e-6);
    }
    v.fitWorld(QRectF(aleppo, QSizeF(0, 0)), 40, 11);
    CHECK(v.zoomLevel() == doctest::Approx(11));
    CHECK(v.worldToItem(aleppo).x() == doctest::Approx(450));
}

TEST_CASE("zoomToPlace and fitViewportToPlaces move the map item to the shipped gazetteer's places")
{
    ensureGuiApp();
    MapItem map;
    map.setSize({1000, 700});
    map.setGeodataPath(QStringLiteral(SITREP_SOURCE_DIR "/geodata/levant.gpkg"));
    REQUIRE(map.isReady());
    const QString homs = QStringLiteral("gn:169577"), aleppo = QStringLiteral("gn:170063"),
                  damascus = QStringLiteral("gn:170654");

    CHECK(map.zoomToPlace(homs, 10, false));
    CHECK_FALSE(map.isAnimating());
    CHECK(map.zoomLevel() == doctest::Approx(10));
    CHECK(map.center().latitude() == doctest::Approx(34.7268).epsilon(1e-4));
    CHECK(map.center().longitude() == doctest::Approx(36.7234).epsilon(1e-4));

    CHECK(map.fitViewportToPlaces({aleppo, damascus, QStringLiteral("no:such-place")}, 48));
    const QPointF a = map.fromCoordinate(QGeoCoordinate(36.2, 37.16));
    const QPointF d = map.fromCoordinate(QGeoCoordinate(33.51, 36.29));
    // Aleppo near the top margin, Damascus near the bottom one (coordinates rounded).
    CHECK(a.y() >= 40);
    CHECK(a.y() <= 120);
    CHECK(d.y() <= 700 - 40);
    CHECK(d.y() >= 700 - 120);
    CHECK(map.zoomLevel() < 10);

    const QGeoCoordinate before = map.center();
    CHECK_FALSE(map.zoomToPlace(QStringLiteral("no:such-place")));
    CHECK_FALSE(map.fitViewportToPlaces({QStringLiteral("no:such-place")}));
    CHECK(map.center() == before);
}
