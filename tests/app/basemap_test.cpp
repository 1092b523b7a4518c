// Reading the shipped base map and turning it into meshes.
#include "basemapgeometry.h"

#include "geo/basemap.h"

#include <algorithm>
#include <cmath>
#include <map>

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

namespace {
// Whether a lon/lat point lies in one of the triangles.
bool inTriangles(const std::vector<geo::LonLat>& t, double lon, double lat)
{
    for (std::size_t i = 0; i + 2 < t.size(); i += 3) {
        auto side = [&](const geo::LonLat& a, const geo::LonLat& b) {
            return (b.lon - a.lon) * (lat - a.lat) - (b.lat - a.lat) * (lon - a.lon);
        };
        const double d0 = side(t[i], t[i + 1]), d1 = side(t[i + 1], t[i + 2]), d2 = side(t[i + 2], t[i]);
        if ((d0 >= 0 && d1 >= 0 && d2 >= 0) || (d0 <= 0 && d1 <= 0 && d2 <= 0))
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("the sea is the land's complement: the Mediterranean and the far margin, not Damascus or Cyprus")
{
    const auto map = geo::loadBaseMap(SITREP_SOURCE_DIR "/geodata/levant.gpkg");
    REQUIRE(map.has_value());
    REQUIRE(map->sea.size() == 1);
    const auto& sea = map->sea.front().triangles;
    REQUIRE(sea.size() % 3 == 0);
    CHECK(inTriangles(sea, 34.5, 34.5));  // off the Syrian coast
    CHECK(inTriangles(sea, 25.0, 20.0));  // beyond the data, in the margin
    CHECK_FALSE(inTriangles(sea, 36.29, 33.51)); // Damascus
    CHECK_FALSE(inTriangles(sea, 33.2, 35.05));  // Cyprus, an island: a hole in the sea
    // Land is then never drawn as a fill, so it is not triangulated.
    CHECK(map->land.front().triangles.empty());
    // The renderers then clear to the land colour and draw the sea over it.
    const auto g = app::BaseMapGeometry::build(*map);
    CHECK(g->backdrop == app::style::land);
    REQUIRE(!g->fills.empty());
    const app::FillVertex& first = g->fills.front().mesh.vertices.front();
    CHECK(QColor(first.r, first.g, first.b) == app::style::sea);
}

TEST_CASE("the box minus nothing is the whole box, without a sea the map keeps land over a sea backdrop")
{
    const auto whole = geo::areaOutside({}, 0, 0, 2, 1);
    REQUIRE(whole.has_value());
    double area = 0;
    for (std::size_t i = 0; i + 2 < whole->triangles.size(); i += 3) {
        const auto& a = whole->triangles[i];
        const auto& b = whole->triangles[i + 1];
        const auto& c = whole->triangles[i + 2];
        area += std::abs((b.lon - a.lon) * (c.lat - a.lat) - (c.lon - a.lon) * (b.lat - a.lat)) / 2;
    }
    CHECK(area == doctest::Approx(2));
    CHECK_FALSE(geo::areaOutside({}, 1, 0, 1, 1).has_value()); // an empty box is an error

    geo::BaseMap bare;
    geo::Area land;
    land.rings = {{{35, 32}, {37, 32}, {37, 34}, {35, 32}}};
    land.triangles = {{35, 32}, {37, 32}, {37, 34}};
    bare.land.push_back(land);
    const auto g = app::BaseMapGeometry::build(bare);
    CHECK(g->backdrop == app::style::sea);
    REQUIRE(!g->fills.empty());
    const app::FillVertex& first = g->fills.front().mesh.vertices.front();
    CHECK(QColor(first.r, first.g, first.b) == app::style::land);
}

TEST_CASE("simplifying keeps the ends and every point farther than the tolerance")
{
    std::vector<QPointF> path;
    for (int i = 0; i <= 100; ++i)
        path.emplace_back(i, (i % 2) ? 0.1 : -0.1); // a wiggle of 0.2 around a straight line
    path.emplace_back(101, 5);                       // then a real corner
    const auto coarse = app::simplifyPath(path, 0.5);
    REQUIRE(coarse.size() >= 3);
    CHECK(coarse.size() < 10);
    CHECK(coarse.front() == path.front());
    CHECK(coarse.back() == path.back());
    // The corner before the jump is kept: without it the line would be 2.5 units off.
    CHECK(std::find_if(coarse.begin(), coarse.end(), [](QPointF p) { return p.x() >= 99; }) != coarse.end());
    // Within tolerance 0.05 the wiggle is real and stays.
    CHECK(app::simplifyPath(path, 0.05).size() == path.size());
    // A closed ring stays closed.
    const std::vector<QPointF> ring {{0, 0}, {4, 0}, {4, 0.01}, {4, 4}, {0, 4}, {0, 0}};
    const auto closed = app::simplifyPath(ring, 0.1);
    CHECK(closed.front() == closed.back());
    CHECK(closed.size() == 5);
}

TEST_CASE("the border two areas share is drawn once")
{
    // Two squares side by side share the edge x = 1 (walked in opposite directions); a third
    // ring shares nothing.
    const std::vector<QPointF> left {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
    const std::vector<QPointF> right {{1, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 0}};
    const std::vector<QPointF> apart {{5, 5}, {6, 5}, {6, 6}, {5, 5}};
    const auto lines = app::edgesOnce({left, right, apart});
    std::size_t edges = 0;
    int sharedEdge = 0;
    for (const auto& line : lines)
        for (std::size_t i = 0; i + 1 < line.size(); ++i) {
            ++edges;
            const bool shared = line[i].x() == 1 && line[i + 1].x() == 1;
            sharedEdge += shared;
        }
    CHECK(edges == 4 + 3 + 3); // 4 of the left square, 3 new of the right, the triangle's 3
    CHECK(sharedEdge == 1);
    // The right square's three new edges are one run, not two pieces split at its start.
    CHECK(std::count_if(lines.begin(), lines.end(), [](const auto& l) { return l.front().x() >= 1 && l.front().x() <= 2 && l.size() == 4; }) == 1);
    // A ring with no shared edge stays one closed path.
    CHECK(std::find(lines.begin(), lines.end(), apart) != lines.end());
    CHECK(lines.size() == 3);
}

TEST_CASE("every line layer has one level of detail per zoom, coarser ones with fewer vertices")
{
    const auto map = geo::loadBaseMap(SITREP_SOURCE_DIR "/geodata/levant.gpkg");
    REQUIRE(map.has_value());
    const auto g = app::BaseMapGeometry::build(*map);
    // At any scale each line layer is drawn exactly once: the levels tile the scale axis; the
    // neighbours' province lines only from zoom 7 (2^7 pixels per unit) on.
    const std::pair<int, float> foreignAdmin {static_cast<int>(app::MapLayer::Governorates), app::style::foreignAdmin.widthPx};
    for (const double scale : {1.0, 40.0, 127.0, 128.0, 200.0, 1024.0, 5000.0}) {
        std::map<std::pair<int, float>, int> drawn; // (layer, width) -> levels drawn
        for (const auto& s : g->strokes)
            if (s.drawnAt(scale))
                ++drawn[{static_cast<int>(s.layer), s.mesh.style.widthPx}];
        CHECK(!drawn.empty());
        for (const auto& [key, count] : drawn)
            CHECK(count == 1);
        CHECK(drawn.count(foreignAdmin) == (scale >= 128 ? 1u : 0u));
    }
    // The lines of the overview (zoom 7) have a third fewer vertices than at zoom 12.
    auto vertices = [&](double scale) {
        std::size_t n = 0;
        for (const auto& s : g->strokes)
            if (s.drawnAt(scale))
                n += s.mesh.vertices.size();
        return n;
    };
    CHECK(vertices(std::ldexp(1.0, 7)) * 10 < vertices(std::ldexp(1.0, 12)) * 7);
    CHECK(vertices(std::ldexp(1.0, 7)) > 0);
}
