// The map's closed-form Web Mercator against PROJ's EPSG:4326 → EPSG:3857.
#include "mercator.h"

#include <proj.h>

#include <cmath>
#include <memory>

using namespace sitrep::app;

namespace {
struct ProjTransform {
    PJ_CONTEXT* ctx = proj_context_create();
    PJ* pj = nullptr;
    ProjTransform()
    {
        PJ* raw = proj_create_crs_to_crs(ctx, "EPSG:4326", "EPSG:3857", nullptr);
        pj = proj_normalize_for_visualization(ctx, raw); // lon, lat order
        proj_destroy(raw);
    }
    ~ProjTransform()
    {
        proj_destroy(pj);
        proj_context_destroy(ctx);
    }
    PJ_COORD forward(double lon, double lat) const
    {
        return proj_trans(pj, PJ_FWD, proj_coord(lon, lat, 0, 0));
    }
};
} // namespace

TEST_CASE("the closed-form Web Mercator agrees with PROJ to a millimetre across the Levant")
{
    ProjTransform proj;
    REQUIRE(proj.pj != nullptr);
    for (double lon = 30; lon <= 46; lon += 0.5) {
        for (double lat = 27; lat <= 40; lat += 0.5) {
            const PJ_COORD p = proj.forward(lon, lat);
            const QPointF m = mercator::toMetres(lon, lat);
            CHECK(std::abs(m.x() - p.xy.x) < 1e-3);
            CHECK(std::abs(m.y() - p.xy.y) < 1e-3);
        }
    }
}

TEST_CASE("world units put Damascus where the Mercator square says and come back to the same lon/lat")
{
    const QPointF w = mercator::toWorld(36.2765, 33.5138);
    CHECK(w.x() == doctest::Approx((36.2765 + 180) / 360 * 256).epsilon(1e-12));
    CHECK(w.y() < 128); // north of the equator is the upper half
    const GeoPoint back = mercator::toGeo(w);
    CHECK(back.lat == doctest::Approx(33.5138).epsilon(1e-12));
    CHECK(back.lon == doctest::Approx(36.2765).epsilon(1e-12));
}

TEST_CASE("a world unit covers 2πR/256·cos(lat) metres")
{
    CHECK(mercator::metresPerWorldUnit(0) == doctest::Approx(156543.03392804097));
    CHECK(mercator::metresPerWorldUnit(60) == doctest::Approx(156543.03392804097 / 2));
}
