// Reading the shipped base map and turning it into meshes.
#include "basemapgeometry.h"

#include "geo/basemap.h"

#include <cmath>

using namespace sitrep;

TEST_CASE("the shipped GeoPackage yields land, Syria, borders, rivers and places")
{
    const auto map = geo::loadBaseMap(SITREP_SOURCE_DIR "/geodata/levant.gpkg");
    REQUIRE_MESSAGE(map.has_value(), (map ? std::string() : map.error().toString()));
    CHECK(!map->land.empty());
    CHECK(!map->borders.empty());
    CHECK(!map->rivers.empty());
    CHECK(map->places.size() > 500);
    bool syria = false;
    for (const geo::Area& a : map->countries)
        if (a.country == "SY") {
            syria = true;
            CHECK(a.triangles.size() % 3 == 0);
            CHECK(a.triangles.size() >= 3);
        }
    CHECK(syria);
}

TEST_CASE("triangulating a square with a hole covers exactly the ring area")
{
    const geo::Path outer{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
    const geo::Path hole{{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}};
    const auto tris = geo::triangulate({outer, hole});
    REQUIRE(tris.has_value());
    REQUIRE(tris->size() % 3 == 0);
    double area = 0;
    for (std::size_t i = 0; i < tris->size(); i += 3) {
        const auto& a = (*tris)[i];
        const auto& b = (*tris)[i + 1];
        const auto& c = (*tris)[i + 2];
        area += std::abs((b.lon - a.lon) * (c.lat - a.lat) - (c.lon - a.lon) * (b.lat - a.lat)) / 2;
    }
    CHECK(area == doctest::Approx(96));
}

TEST_CASE("a missing GeoPackage is an error naming the file, not a crash")
{
    const auto map = geo::loadBaseMap("/nonexistent/levant.gpkg");
    REQUIRE_FALSE(map.has_value());
    CHECK(map.error().toString().find("/nonexistent/levant.gpkg") != std::string::npos);
}

TEST_CASE("line meshes carry two vertices per point and two triangles per segment")
{
    app::LineMesh mesh;
    mesh.addPath({QPointF(0, 0), QPointF(1, 0), QPointF(1, 1)});
    CHECK(mesh.vertices.size() == 6);
    CHECK(mesh.indices.size() == 12);
    // The corner's miter is longer than the straight normal.
    const auto& corner = mesh.vertices[2];
    CHECK(std::hypot(corner.nx, corner.ny) > 1.0);
}
