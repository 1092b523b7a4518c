#include "core/gazetteer.h"

#include <doctest/doctest.h>

using namespace sitrep::core;

namespace {
Place makePlace(std::string id, std::string name, double lat, double lon, PlaceKind kind = PlaceKind::City)
{
    Place p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.point = {lat, lon};
    p.kind = kind;
    return p;
}
} // namespace

TEST_CASE("places are found by id and a duplicate id is refused")
{
    Gazetteer g;
    CHECK(g.add(makePlace("gn:169577", "Homs", 34.7324, 36.7137)));
    CHECK_FALSE(g.add(makePlace("gn:169577", "Other", 0, 0)));
    REQUIRE(g.find("gn:169577"));
    CHECK(g.find("gn:169577")->name == "Homs");
    CHECK(g.find("gn:0") == nullptr);
    CHECK(g.size() == 1);
}

TEST_CASE("nearby places come nearest first and stop at the radius")
{
    Gazetteer g;
    g.add(makePlace("a", "Damascus", 33.5138, 36.2765));
    g.add(makePlace("b", "Jaramana", 33.4839, 36.3469));
    g.add(makePlace("c", "Homs", 34.7324, 36.7137));
    const auto hits = g.near({33.49, 36.34}, 20.0);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0]->id == "b");
    CHECK(hits[1]->id == "a");
    // Damascus to Homs is about 140 km by the great circle.
    CHECK(distanceKm(g.find("a")->point, g.find("c")->point) == doctest::Approx(141.0).epsilon(0.03));
}

TEST_CASE("place kinds round-trip through their stored names")
{
    for (auto k : {PlaceKind::Country, PlaceKind::BorderCrossing, PlaceKind::Neighbourhood, PlaceKind::Airbase})
        CHECK(placeKindFromString(nameOf(k)) == k);
    CHECK(placeKindFromString("spaceport") == PlaceKind::Unknown);
    CHECK(isSettlementLike(PlaceKind::Village));
    CHECK_FALSE(isSettlementLike(PlaceKind::Governorate));
}
