// TerritoryBuilder on the synthetic square country: cells, tiling, front lines, contested and
// unknown areas, region claims, neighbourhoods, repair of invalid outlines and the cache.
#include "geo/geoscontext.h"
#include "geo/territorybuilder.h"
#include "territory_fixture.h"
#include "territory_checks.h"

#include <cmath>
#include <map>

using namespace sitrep;
using namespace sitrep::geo;
using namespace sitrep::geo::testing;

namespace {

StateLookup held(std::map<std::string, std::string> holders,
                 std::map<std::string, std::vector<std::string>> contested = {})
{
    return [holders, contested](std::string_view id) {
        PlaceControl s;
        if (auto it = holders.find(std::string(id)); it != holders.end()) {
            s.status = ControlStatus::Held;
            s.actor = it->second;
            s.since = 1733011200; // 2024-12-01
            s.confidence = 0.8;
            s.claimIds = {"claim-" + std::string(id)};
        } else if (auto c = contested.find(std::string(id)); c != contested.end()) {
            s.status = ControlStatus::Contested;
            s.parties = c->second;
            s.confidence = 0.5;
        }
        return s;
    };
}

std::unique_ptr<TerritoryBuilder> squareBuilder()
{
    static const core::Gazetteer gazetteer = squareGazetteer();
    auto b = TerritoryBuilder::create(gazetteer, squareFrame());
    REQUIRE_MESSAGE(b.has_value(), (b ? std::string() : b.error().toString()));
    return std::move(*b);
}

const ControlArea* areaOf(const Territory& t, std::string_view placeId)
{
    for (const auto& a : t.areas)
        for (const auto& p : a.placeIds)
            if (p == placeId)
                return &a;
    return nullptr;
}

} // namespace

TEST_CASE("every settlement-like place of the country gets one cell inside its governorate")
{
    auto b = squareBuilder();
    const auto cells = b->cells();
    std::map<std::string, TerritoryCell> byId;
    for (const auto& c : cells)
        byId[c.placeId] = c;
    // Alpha, Bravo, Charlie, Delta (+ Delta Camp), Alpha North, Echo; not the country, the
    // governorate or the Lebanese town. Each governorate also has ground beyond every place's reach.
    std::size_t beyond = 0;
    for (const auto& c : cells)
        beyond += c.beyondReach ? 1 : 0;
    CHECK(cells.size() - beyond == 6);
    CHECK(beyond == 2);
    CHECK(byId.count("ne:SY") == 0);
    CHECK(byId.count("gov:west") == 0);
    CHECK(byId.count("gn:lb") == 0);
    CHECK(byId.at("gn:a").governorateId == "gov:west");
    CHECK(byId.at("gn:c").governorateId == "gov:east");
    CHECK(byId.at("gn:e").governorateId == "gov:east");
    CHECK(byId.at("gn:d").coLocated == std::vector<std::string>{"gn:d2"});
    CHECK(byId.at("sx:n").fallbackPlaceId == "gn:a");
    // No cell crosses the governorate border at lon 37.
    for (const auto& c : cells)
        for (const auto& poly : c.geometry)
            for (const auto& p : poly.rings.front()) {
                if (c.governorateId == "gov:west")
                    CHECK(p.lon <= 37.0 + 1e-9);
                else
                    CHECK(p.lon >= 37.0 - 1e-9);
            }
    CHECK(b->warnings().empty());
}

TEST_CASE("areas of a snapshot tile the country without gaps or overlaps")
{
    auto b = squareBuilder();
    auto t = b->build(held({{"gn:a", "government"}, {"gn:b", "hts"}, {"gn:c", "sdf"}, {"gn:e", "government"}},
                           {{"gn:d", {"hts", "government"}}}));
    REQUIRE(t.has_value());
    checkTiling(*t, b->country());
}

TEST_CASE("front lines run between every pair of adjacent areas of different actors and never on the outline")
{
    auto b = squareBuilder();
    auto t = b->build(held({{"gn:a", "government"}, {"gn:b", "hts"}, {"gn:c", "sdf"}, {"gn:d", "hts"},
                            {"gn:e", "government"}}));
    REQUIRE(t.has_value());
    CHECK(checkFrontLines(*t, b->country()) >= 2);
}

TEST_CASE("contested cells are areas of their own, with the parties listed, and unknown cells are areas too")
{
    auto b = squareBuilder();
    auto t = b->build(held({{"gn:a", "government"}}, {{"gn:c", {"sdf", "hts", "sdf"}}}));
    REQUIRE(t.has_value());
    const auto* contested = areaOf(*t, "gn:c");
    REQUIRE(contested);
    CHECK(contested->status == ControlStatus::Contested);
    CHECK(contested->parties == std::vector<std::string>{"hts", "sdf"});
    CHECK(contested->actor.empty());
    const auto* unknown = areaOf(*t, "gn:b");
    REQUIRE(unknown);
    CHECK(unknown->status == ControlStatus::Unknown);
    CHECK(areaOf(*t, "gn:d") == unknown); // one area for everything nobody is known to hold
    CHECK(t->frontLines.empty());         // one holder only: no front
    checkTiling(*t, b->country());
}

TEST_CASE("a neighbourhood nobody reports on takes its city's state, a reported one keeps its own")
{
    auto b = squareBuilder();
    auto t = b->build(held({{"gn:a", "government"}}));
    REQUIRE(t.has_value());
    CHECK(areaOf(*t, "sx:n") == areaOf(*t, "gn:a"));
    auto t2 = b->build(held({{"gn:a", "government"}, {"sx:n", "hts"}}));
    REQUIRE(t2.has_value());
    REQUIRE(areaOf(*t2, "sx:n"));
    CHECK(areaOf(*t2, "sx:n")->actor == "hts");
    CHECK(checkFrontLines(*t2, b->country()) == 1);
}

TEST_CASE("a region claim colours the unknown cells of its governorate and keeps known ones")
{
    auto b = squareBuilder();
    auto t = b->build(held({{"gov:east", "sdf"}, {"gn:d", "government"}}));
    REQUIRE(t.has_value());
    CHECK(areaOf(*t, "gn:c")->actor == "sdf");
    CHECK(areaOf(*t, "gn:e")->actor == "sdf");
    CHECK(areaOf(*t, "gn:d")->actor == "government");
    CHECK(areaOf(*t, "gn:a")->status == ControlStatus::Unknown);
    // The claim is about the governorate's places: its ground beyond every place's reach stays unknown.
    double eastHeldKm2 = 0.0;
    for (const auto& a : t->areas)
        if (a.actor == "sdf")
            eastHeldKm2 += a.areaKm2;
    CHECK(eastHeldKm2 < approximateAreaKm2(*b->regionGeometry("gov:east")) * 0.6);
    REQUIRE(b->regionGeometry("gov:east"));
    CHECK(approximateAreaKm2(*b->regionGeometry("gov:east")) > 0.0);
    CHECK(b->regionGeometry("gn:a") == nullptr);
}

TEST_CASE("snapshots with the same cell states come from the cache, with fresh attributes")
{
    auto b = squareBuilder();
    auto first = b->build(held({{"gn:a", "government"}}));
    auto lookup = [](std::string_view id) {
        PlaceControl s;
        if (id == "gn:a") {
            s.status = ControlStatus::Held;
            s.actor = "government";
            s.since = 1733500000;
            s.confidence = 0.3;
        }
        return s;
    };
    auto second = b->build(lookup);
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    CHECK(b->cachedSnapshots() == 1);
    const auto* a1 = areaOf(*first, "gn:a");
    const auto* a2 = areaOf(*second, "gn:a");
    CHECK(a1->geometry == a2->geometry); // the same shared geometry, not rebuilt
    CHECK(a2->since == 1733500000);
    CHECK(a2->confidence == doctest::Approx(0.3));
    auto third = b->build(held({{"gn:a", "hts"}}));
    REQUIRE(third.has_value());
    CHECK(b->cachedSnapshots() == 2);
}

TEST_CASE("an invalid governorate outline is repaired with a warning and the cells still tile the country")
{
    auto frame = squareFrame();
    // A bow-tie over the west governorate: self-intersecting, invalid.
    frame.governorates[0].geometry = {Polygon{{{{36, 33}, {37, 35}, {37, 33}, {36, 35}, {36, 33}}}}};
    const auto gazetteer = squareGazetteer();
    auto b = TerritoryBuilder::create(gazetteer, frame);
    REQUIRE(b.has_value());
    bool warned = false;
    for (const auto& w : (*b)->warnings())
        warned = warned || w.find("gov:west") != std::string::npos;
    CHECK(warned);
    auto t = (*b)->build(held({{"gn:a", "government"}, {"gn:c", "sdf"}}));
    REQUIRE(t.has_value());
    checkTiling(*t, (*b)->country());
}

TEST_CASE("a country outline that is not a polygon is an error, not a crash")
{
    auto frame = squareFrame();
    frame.country = {Polygon{{{{36, 33}, {37, 33}, {36, 33}, {36, 33}}}}};
    const auto gazetteer = squareGazetteer();
    auto b = TerritoryBuilder::create(gazetteer, frame);
    REQUIRE_FALSE(b.has_value());
    CHECK(b.error().message.find("no area") != std::string::npos);
}

TEST_CASE("changes between two instants group the cells that changed hands by from and to actor")
{
    auto b = squareBuilder();
    auto changes = b->changes(held({{"gn:a", "government"}, {"gn:b", "government"}, {"gn:c", "sdf"}}),
                              held({{"gn:a", "hts"}, {"gn:b", "hts"}, {"gn:c", "sdf"}, {"gn:d", "sdf"}}));
    REQUIRE(changes.has_value());
    REQUIRE(changes->size() == 2);
    std::map<std::string, const AreaChange*> byTo;
    for (const auto& c : *changes)
        byTo[c.fromActor + ">" + c.toActor] = &c;
    REQUIRE(byTo.count("government>hts") == 1);
    REQUIRE(byTo.count(">sdf") == 1); // unknown Delta (and its camp) went to the SDF
    const auto* west = byTo.at("government>hts");
    CHECK(west->fromStatus == ControlStatus::Held);
    // Alpha, its unreported neighbourhood and Bravo: their cells, not the west's ground beyond reach.
    CHECK(west->placeIds.size() == 3);
    double westCellsKm2 = 0.0;
    for (const auto& c : b->cells())
        if (c.placeId == "gn:a" || c.placeId == "gn:b" || c.placeId == "sx:n")
            westCellsKm2 += approximateAreaKm2(c.geometry);
    CHECK(west->areaKm2 == doctest::Approx(westCellsKm2).epsilon(1e-6));
    CHECK(west->areaKm2 < approximateAreaKm2(*b->regionGeometry("gov:west")));
    CHECK(byTo.at(">sdf")->fromStatus == ControlStatus::Unknown);
    CHECK(byTo.at(">sdf")->placeIds == std::vector<std::string>{"gn:d", "gn:d2"});
    auto none = b->changes(held({{"gn:a", "hts"}}), held({{"gn:a", "hts"}}));
    REQUIRE(none.has_value());
    CHECK(none->empty());
}

namespace {
// One governorate, 4°×4°, with the given places.
std::unique_ptr<TerritoryBuilder> emptySquare(const std::vector<core::Place>& places, TerritoryOptions options = {})
{
    TerritoryFrame f;
    f.countryIso = "SY";
    f.countryName = "Emptyland";
    f.country = {Polygon{{box(36, 32, 40, 36)}}};
    f.governorates.push_back({"gov:all", "All", "", "SY-AL", {Polygon{{box(36, 32, 40, 36)}}}});
    core::Gazetteer g;
    for (const auto& p : places)
        g.add(p);
    auto b = TerritoryBuilder::create(g, f, options);
    REQUIRE_MESSAGE(b.has_value(), (b ? std::string() : b.error().toString()));
    return std::move(*b);
}

double heldKm2(const Territory& t, std::string_view actor)
{
    double km2 = 0.0;
    for (const auto& a : t.areas)
        if (a.status == ControlStatus::Held && a.actor == actor)
            km2 += a.areaKm2;
    return km2;
}
} // namespace

TEST_CASE("no cell of a place reaches farther than the reach from it")
{
    auto b = squareBuilder();
    CHECK(b->options().reachKm == doctest::Approx(35.0));
    const double farthest = checkReach(*b);
    CHECK(farthest > 30.0); // the cap is what bounds the square's cells
    bool beyond = false;
    for (const auto& c : b->cells())
        beyond = beyond || (c.beyondReach && c.placeId.empty());
    CHECK(beyond);
    for (const auto& id : b->placeIds())
        CHECK_FALSE(id.empty());
}

TEST_CASE("a lone place in a large empty square holds a disc of the reach and leaves the rest unknown")
{
    using K = core::PlaceKind;
    auto b = emptySquare({place("gn:x", "Oasis", K::Village, 38.0, 34.0)});
    auto t = b->build(held({{"gn:x", "sfa"}}));
    REQUIRE(t.has_value());
    checkTiling(*t, b->country());
    checkReach(*b);
    constexpr double kDiscKm2 = 3.14159265358979 * 35.0 * 35.0; // 3,848 km²; the 64-gon is 0.16 % less
    const double disc = heldKm2(*t, "sfa");
    CHECK(disc == doctest::Approx(kDiscKm2 * 0.9984).epsilon(0.003));
    const ControlArea* unknown = nullptr;
    for (const auto& a : t->areas)
        if (a.status == ControlStatus::Unknown)
            unknown = &a;
    REQUIRE(unknown);
    CHECK(unknown->actor.empty());
    CHECK(unknown->placeIds.empty()); // ground, not a place
    CHECK(unknown->areaKm2 == doctest::Approx(b->countryAreaKm2() - disc).epsilon(1e-6));
    CHECK(t->frontLines.empty());
    // A region claim about the governorate colours its places, not the ground beyond their reach.
    auto claimed = b->build(held({{"gov:all", "sfa"}}));
    REQUIRE(claimed.has_value());
    CHECK(heldKm2(*claimed, "sfa") == doctest::Approx(disc).epsilon(1e-9));

    // Without a cap the one place holds the whole square.
    auto uncapped = emptySquare({place("gn:x", "Oasis", K::Village, 38.0, 34.0)}, TerritoryOptions{0.0});
    auto whole = uncapped->build(held({{"gn:x", "sfa"}}));
    REQUIRE(whole.has_value());
    CHECK(heldKm2(*whole, "sfa") == doctest::Approx(uncapped->countryAreaKm2()).epsilon(1e-6));
    for (const auto& c : uncapped->cells())
        CHECK_FALSE(c.beyondReach);
}

TEST_CASE("overlapping reaches of two actors meet on a front line, distant reaches leave unknown ground between")
{
    using K = core::PlaceKind;
    // 40 km apart on the parallel 34° N: the discs overlap, the cells meet on the bisector along
    // a chord of 2·√(35² − 20²) ≈ 57.4 km.
    const double dLon = 40.0 / (111.195 * std::cos(34.0 * 3.14159265358979 / 180.0));
    auto b = emptySquare({place("gn:w", "West", K::Town, 38.0 - dLon / 2, 34.0),
                          place("gn:e", "East", K::Town, 38.0 + dLon / 2, 34.0)});
    auto t = b->build(held({{"gn:w", "government"}, {"gn:e", "opposition"}}));
    REQUIRE(t.has_value());
    checkTiling(*t, b->country());
    checkReach(*b);
    CHECK(checkFrontLines(*t, b->country()) == 1);
    REQUIRE(t->frontLines.size() == 1);
    CHECK(t->frontLines.front().lengthKm == doctest::Approx(57.4).epsilon(0.01));

    // 100 km apart: no shared border, so no front line; unknown ground lies between.
    const double far = 100.0 / (111.195 * std::cos(34.0 * 3.14159265358979 / 180.0));
    auto apart = emptySquare({place("gn:w", "West", K::Town, 38.0 - far / 2, 34.0),
                              place("gn:e", "East", K::Town, 38.0 + far / 2, 34.0)});
    auto t2 = apart->build(held({{"gn:w", "government"}, {"gn:e", "opposition"}}));
    REQUIRE(t2.has_value());
    checkTiling(*t2, apart->country());
    CHECK(checkFrontLines(*t2, apart->country()) == 0);
    CHECK(t2->frontLines.empty());
}

TEST_CASE("a negative reach is an error")
{
    auto b = TerritoryBuilder::create(squareGazetteer(), squareFrame(), TerritoryOptions{-1.0});
    REQUIRE_FALSE(b.has_value());
    CHECK(b.error().message.find("reach") != std::string::npos);
}
