// Viewport arithmetic behind pan, zoom, fit and hit testing.
#include "mapviewport.h"

#include <cmath>

using namespace sitrep::app;

TEST_CASE("item and geographic coordinates convert both ways")
{
    MapViewport v;
    v.setSize({1000, 600});
    v.setZoomLevel(7);
    v.setCenter({35.0, 38.0});
    const QPointF middle = v.geoToItem({35.0, 38.0});
    CHECK(middle.x() == doctest::Approx(500));
    CHECK(middle.y() == doctest::Approx(300));
    const GeoPoint g = v.itemToGeo({123, 456});
    const QPointF back = v.geoToItem(g);
    CHECK(back.x() == doctest::Approx(123));
    CHECK(back.y() == doctest::Approx(456));
    // North is up, east is right.
    CHECK(v.geoToItem({36.0, 38.0}).y() < 300);
    CHECK(v.geoToItem({35.0, 39.0}).x() > 500);
}

TEST_CASE("zooming around a point keeps the place under it fixed")
{
    MapViewport v;
    v.setSize({800, 800});
    v.setZoomLevel(6);
    v.setCenter({34.5, 38.5});
    const QPointF cursor(650, 210);
    const GeoPoint before = v.itemToGeo(cursor);
    v.zoomAround(cursor, 8.25);
    CHECK(v.zoomLevel() == doctest::Approx(8.25));
    const QPointF after = v.geoToItem(before);
    CHECK(after.x() == doctest::Approx(650).epsilon(1e-9));
    CHECK(after.y() == doctest::Approx(210).epsilon(1e-9));
}

TEST_CASE("a drag moves the content with the pointer")
{
    MapViewport v;
    v.setSize({800, 600});
    v.setZoomLevel(7);
    const GeoPoint aleppo{36.2, 37.16};
    const QPointF before = v.geoToItem(aleppo);
    v.panBy({40, -25});
    const QPointF after = v.geoToItem(aleppo);
    CHECK(after.x() - before.x() == doctest::Approx(40));
    CHECK(after.y() - before.y() == doctest::Approx(-25));
}

TEST_CASE("fitting Syria's box shows all of it inside the margins")
{
    MapViewport v;
    v.setSize({1600, 1000});
    v.fit(35.6, 32.3, 42.4, 37.35, 20);
    for (const GeoPoint corner : {GeoPoint{32.3, 35.6}, GeoPoint{37.35, 42.4}}) {
        const QPointF p = v.geoToItem(corner);
        CHECK(p.x() >= 20 - 1e-6);
        CHECK(p.x() <= 1580 + 1e-6);
        CHECK(p.y() >= 20 - 1e-6);
        CHECK(p.y() <= 980 + 1e-6);
    }
}

TEST_CASE("the view stays inside the data's bounds when panned past them")
{
    MapViewport v;
    v.setSize({400, 400});
    v.setZoomLevel(7);
    const QRectF bounds = mercator::worldRect(32, 29, 43.5, 38.5);
    v.setBounds(bounds);
    v.panBy({-100000, 0}); // far east
    CHECK(v.visibleWorld().right() <= bounds.right() + 1e-9);
    CHECK(v.visibleWorld().left() >= bounds.left() - 1e-9);
}

TEST_CASE("zoom levels are clamped to the limits")
{
    MapViewport v;
    v.setZoomLimits(4, 12);
    v.setZoomLevel(20);
    CHECK(v.zoomLevel() == 12);
    v.setZoomLevel(-3);
    CHECK(v.zoomLevel() == 4);
}

TEST_CASE("the scale bar picks the longest round length that fits")
{
    const ScaleBarLength s = niceScaleBar(700.0, 180); // 126 km fit
    CHECK(s.metres == 100000);
    CHECK(s.pixels == doctest::Approx(100000 / 700.0));
    CHECK(niceScaleBar(10.0, 180).metres == 1000);  // 1.8 km fit → 1 km
    CHECK(niceScaleBar(30.0, 180).metres == 5000);  // 5.4 km fit → 5 km
    CHECK(niceScaleBar(0, 180).metres == 0);
}
