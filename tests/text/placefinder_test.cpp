// PlaceFinder: a place typed by name — the map's search box and `sitrep override --place` — found
// by any of its names in Latin or Arabic script, whole names first, and told how its name fit.
#include "core/gazetteer.h"
#include "text/placefinder.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace sitrep;
using Fit = text::PlaceFinder::Fit;

namespace {

core::Place place(
    std::string id, std::string name, core::PlaceKind kind = core::PlaceKind::Town, std::int64_t population = 1000)
{
    core::Place p;
    p.id = std::move(id);
    p.name = name;
    p.kind = kind;
    p.country = "SY";
    p.population = population;
    p.names.push_back({name, "en", "test"});
    return p;
}

core::Gazetteer testGazetteer()
{
    core::Gazetteer g;
    core::Place daraa = place("gn:170794", "Daraa", core::PlaceKind::City, 100000);
    daraa.nameAr = "درعا";
    daraa.names.push_back({"Deraa", "en", "test"});
    daraa.names.push_back({"درعا", "ar", "test"});
    g.add(daraa);
    g.add(place("gn:1", "Sasa"));
    g.add(place("gn:2", "Sousa"));
    g.add(place("gn:3", "Dael", core::PlaceKind::Town, 30000));
    g.add(place("gn:4", "Tell Daraa", core::PlaceKind::Village, 50));
    return g;
}

} // namespace

TEST_CASE("place search finds a place by any spelling, in Latin or Arabic, whole names first")
{
    const core::Gazetteer g = testGazetteer();
    text::PlaceFinder finder(g);
    auto ids = [&](std::string_view q) {
        std::vector<std::string> out;
        for (const auto& m : finder.find(q, 5))
            out.push_back(m.place->id);
        return out;
    };
    CHECK(ids("Daraa") == std::vector<std::string> {"gn:170794", "gn:4"});
    CHECK(ids("deraa") == std::vector<std::string> {"gn:170794"});
    CHECK(ids("درعا") == std::vector<std::string> {"gn:170794"});
    CHECK(ids("da").front() == "gn:170794"); // name starts: the larger place first
    CHECK(ids("da")[1] == "gn:3");
    CHECK(finder.find("Deraa", 5).front().name == "Deraa");
    CHECK(ids("").empty());
    CHECK(ids("nowhere").empty());
}

TEST_CASE("each match says how its name fit the query: whole, its start, a word's start or inside")
{
    const core::Gazetteer g = testGazetteer();
    text::PlaceFinder finder(g);
    const auto daraa = finder.find("DARAA", 5);
    REQUIRE(daraa.size() == 2);
    CHECK(daraa[0].fit == Fit::WholeName);
    CHECK(daraa[1].fit == Fit::WordStart); // Tell Daraa
    CHECK(finder.find("Dae", 5).front().fit == Fit::NameStart);
    const auto inside = finder.find("as", 5);
    REQUIRE(inside.size() == 1);
    CHECK(inside.front().place->id == "gn:1"); // Sasa
    CHECK(inside.front().fit == Fit::Inside);
    CHECK(finder.find("a", 2).size() == 2); // at most `limit`
}
