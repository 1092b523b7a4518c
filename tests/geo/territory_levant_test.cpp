// TerritoryBuilder on the shipped Levant gazetteer and Syria's real outlines: cells for every
// Syrian settlement, tiling and front lines under a map that splits the country between actors.
#include "geo/gazetteerloader.h"
#include "geo/territorybuilder.h"
#include "territory_checks.h"

#include <map>

using namespace sitrep;
using namespace sitrep::geo;

namespace {
const std::string kGpkg = SITREP_SOURCE_DIR "/geodata/levant.gpkg";

struct Levant {
    core::Gazetteer gazetteer;
    std::unique_ptr<TerritoryBuilder> builder;
};

Levant& levant()
{
    static Levant l = [] {
        Levant out;
        auto g = loadGazetteer(kGpkg);
        REQUIRE_MESSAGE(g.has_value(), (g ? std::string() : g.error().toString()));
        out.gazetteer = std::move(*g);
        auto frame = loadTerritoryFrame(kGpkg, "SY");
        REQUIRE_MESSAGE(frame.has_value(), (frame ? std::string() : frame.error().toString()));
        auto b = TerritoryBuilder::create(out.gazetteer, *frame);
        REQUIRE_MESSAGE(b.has_value(), (b ? std::string() : b.error().toString()));
        out.builder = std::move(*b);
        return out;
    }();
    return l;
}
} // namespace

TEST_CASE("every Syrian settlement of the gazetteer lies in a cell and Syria's governorates all hold cells")
{
    auto& l = levant();
    std::size_t syrian = 0;
    for (const auto& p : l.gazetteer.places())
        if (p.country == "SY" && core::isSettlementLike(p.kind))
            ++syrian;
    const auto ids = l.builder->placeIds();
    MESSAGE("cells: " << l.builder->cellCount() << ", Syrian settlements: " << syrian
                      << ", warnings: " << l.builder->warnings().size());
    for (const auto& w : l.builder->warnings())
        MESSAGE(w);
    CHECK(l.builder->cellCount() > 100);
    CHECK(ids.size() + l.builder->warnings().size() >= syrian);
    std::set<std::string> govs;
    for (const auto& c : l.builder->cells())
        govs.insert(c.governorateId);
    for (const char* code : {"DI", "DR", "DY", "HA", "HI", "HL", "HM", "ID", "LA", "QU", "RA", "RD", "SU", "TA"})
        CHECK(govs.count(std::string("ne1:SY-") + code) == 1);
}

TEST_CASE("a map splitting Syria between actors by governorate tiles the country and has its front lines")
{
    auto& l = levant();
    // Deterministic split: governorates in turn to three actors, one place in ten contested.
    std::map<std::string, std::string> holder;
    const std::array actors{"government", "opposition", "sdf"};
    std::size_t i = 0;
    std::map<std::string, std::size_t> govIndex;
    for (const auto& id : l.builder->placeIds()) {
        const auto gov = l.builder->governorateOf(id);
        const auto [it, fresh] = govIndex.try_emplace(gov, govIndex.size());
        holder[id] = (i++ % 10 == 0) ? "" : actors[it->second % actors.size()];
    }
    auto t = l.builder->build([&](std::string_view id) {
        PlaceControl s;
        const auto it = holder.find(std::string(id));
        if (it == holder.end())
            return s;
        if (it->second.empty()) {
            s.status = ControlStatus::Contested;
            s.parties = {"government", "opposition"};
        } else {
            s.status = ControlStatus::Held;
            s.actor = it->second;
        }
        return s;
    });
    REQUIRE(t.has_value());
    testing::checkTiling(*t, l.builder->country());
    CHECK(testing::checkFrontLines(*t, l.builder->country()) >= 2);
}

TEST_CASE("no Syrian cell of a place reaches farther than 35 km from it, and the desert beyond is left to nobody")
{
    auto& l = levant();
    CHECK(l.builder->options().reachKm == doctest::Approx(35.0));
    const double farthest = testing::checkReach(*l.builder);
    double beyondKm2 = 0.0;
    for (const auto& c : l.builder->cells())
        if (c.beyondReach)
            beyondKm2 += approximateAreaKm2(c.geometry);
    MESSAGE("farthest cell vertex: " << farthest << " km; beyond reach: " << beyondKm2 << " km² of "
                                     << l.builder->countryAreaKm2() << " km²");
    CHECK(farthest > 30.0);
    // The Badia and the Jazira steppe are far from settlements: a large share of Syria.
    CHECK(beyondKm2 > 0.1 * l.builder->countryAreaKm2());
    CHECK(beyondKm2 < 0.9 * l.builder->countryAreaKm2());
}
