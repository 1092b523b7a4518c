#include "core/actorregistry.h"
#include "core/polygon.h"
#include "core/regionclaims.h"

#include <doctest/doctest.h>

using namespace sitrep::core;

namespace {
Place place(std::string id, PlaceKind kind, std::string admin1, std::string country = "SY")
{
    Place p;
    p.id = std::move(id);
    p.name = admin1;
    p.kind = kind;
    p.admin1 = std::move(admin1);
    p.country = std::move(country);
    return p;
}
} // namespace

TEST_CASE("a claim on a governorate becomes one claim per settlement of that governorate")
{
    Gazetteer g;
    g.add(place("gov:daraa", PlaceKind::Governorate, "Daraa"));
    g.add(place("daraa", PlaceKind::City, "Daraa"));
    g.add(place("nawa", PlaceKind::Town, "Daraa"));
    g.add(place("homs", PlaceKind::City, "Homs"));
    g.add(place("ramtha", PlaceKind::Town, "Daraa", "JO"));
    Claim c;
    c.id = "c1";
    c.placeId = "gov:daraa";
    c.actor = "sor";
    const auto out = expandRegionClaim(c, g);
    REQUIRE(out.size() == 2);
    CHECK(out[0].placeId == "daraa");
    CHECK(out[1].placeId == "nawa");
    CHECK(out[0].regionId == "gov:daraa");
    CHECK(out[0].id == "c1@daraa");
    c.placeId = "homs";
    REQUIRE(expandRegionClaim(c, g).size() == 1);
    CHECK(expandRegionClaim(c, g)[0].placeId == "homs");
}

TEST_CASE("ray casting finds points inside a polygon and outside its hole")
{
    Polygon square;
    square.outer = {{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}};
    square.holes.push_back({{4, 4}, {4, 6}, {6, 6}, {6, 4}, {4, 4}});
    CHECK(contains(square, GeoPoint{1, 1}));
    CHECK_FALSE(contains(square, GeoPoint{5, 5}));
    CHECK_FALSE(contains(square, GeoPoint{11, 5}));
    CHECK(planarArea(square) == doctest::Approx(96.0));
    const MultiPolygon two{square, Polygon{{{20, 20}, {20, 21}, {21, 21}, {21, 20}}, {}}};
    CHECK(contains(two, GeoPoint{20.5, 20.5}));
    CHECK(planarArea(two) == doctest::Approx(97.0));
}

TEST_CASE("the actor hierarchy gives roots, membership, and survives a parent loop")
{
    ActorRegistry r;
    r.add({"opposition", "", "", "opposition", "", 0, {}});
    r.add({"hts", "", "", "opposition", "opposition", 0, {}});
    r.add({"a", "", "", "other", "b", 0, {}});
    r.add({"b", "", "", "other", "a", 0, {}});
    CHECK_FALSE(r.add({"hts", "", "", "", "", 0, {}}));
    CHECK(r.rootActor("hts") == "opposition");
    CHECK(r.rootActor("opposition") == "opposition");
    CHECK(r.rootActor("unknown") == "unknown");
    CHECK(r.isWithin("hts", "opposition"));
    CHECK_FALSE(r.isWithin("opposition", "hts"));
    const std::string loop = r.rootActor("a");
    CHECK((loop == "a" || loop == "b"));
}
