// The bundled scenario through the real gazetteer: the engine's answers on well-documented days.
#include "core/controlengine.h"
#include "geo/gazetteerloader.h"
#include "geo/scenarioloader.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>

using namespace sitrep;
using namespace sitrep::core;

namespace {

struct Bundled {
    Gazetteer gazetteer;
    geo::Scenario scenario;
    ControlEngine engine;
};

// Loaded once for all cases of this file.
const Bundled& bundled()
{
    static const std::unique_ptr<Bundled> b = [] {
        auto out = std::make_unique<Bundled>();
        auto g = geo::loadGazetteer(SITREP_SOURCE_DIR "/geodata/levant.gpkg");
        REQUIRE_MESSAGE(g.has_value(), g.error().toString());
        out->gazetteer = std::move(*g);
        auto s = geo::loadScenario(geo::defaultScenarioDir(), out->gazetteer);
        REQUIRE_MESSAGE(s.has_value(), s.error().toString());
        out->scenario = std::move(*s);
        out->engine.setActors(out->scenario.actors);
        out->engine.addPlaces(out->gazetteer);
        out->engine.addClaims(out->scenario.claims);
        return out;
    }();
    return *b;
}

// The city of that name in Syria.
std::string cityId(const Gazetteer& g, std::string_view name)
{
    for (const Place& p : g.places())
        if (p.country == "SY" && p.kind == PlaceKind::City)
            for (const PlaceName& n : p.names)
                if (n.name == name)
                    return p.id;
    return {};
}

Instant endOf(const char* date)
{
    return *parseIso8601(date) + kSecondsPerDay - 1;
}

} // namespace

TEST_CASE("the bundled scenario loads without a warning and gives every Syrian settlement a baseline")
{
    const Bundled& b = bundled();
    std::string warnings;
    for (const auto& w : b.scenario.warnings)
        warnings += w.toString() + "\n";
    INFO(warnings);
    CHECK(b.scenario.warnings.empty());
    CHECK(b.scenario.unresolved.empty());
    CHECK(b.scenario.actors.rootActor("hts") == "opposition");
    std::size_t settlements = 0, baselines = 0;
    for (const Place& p : b.gazetteer.places())
        settlements += p.country == "SY" && isSettlementLike(p.kind) ? 1 : 0;
    for (const Claim& c : b.scenario.claims)
        baselines += c.baseline ? 1 : 0;
    CHECK(baselines == settlements + b.scenario.addedPlaces.size());
}

TEST_CASE("Idlib city is held by HTS on 26 November 2024")
{
    const Bundled& b = bundled();
    const std::string idlib = cityId(b.gazetteer, "Idlib");
    REQUIRE_FALSE(idlib.empty());
    const PlaceState s = b.engine.state(idlib, endOf("2024-11-26"), Lens::latest());
    CHECK(s.status == ControlStatus::Held);
    CHECK(s.actor == "hts");
}

TEST_CASE("Aleppo is held by the opposition on 1 December 2024")
{
    const Bundled& b = bundled();
    const std::string aleppo = cityId(b.gazetteer, "Aleppo");
    REQUIRE_FALSE(aleppo.empty());
    CHECK(b.engine.state(aleppo, endOf("2024-11-26"), Lens::latest()).actor == "government");
    const PlaceState s = b.engine.state(aleppo, endOf("2024-12-01"), Lens::latest());
    CHECK(s.status == ControlStatus::Held);
    CHECK(b.engine.rootActor(s.actor) == "opposition");
}

TEST_CASE("Homs is held by the opposition on 9 December 2024 under latest")
{
    const Bundled& b = bundled();
    const std::string homs = cityId(b.gazetteer, "Homs");
    REQUIRE_FALSE(homs.empty());
    CHECK(b.engine.state(homs, endOf("2024-12-05"), Lens::latest()).actor == "government");
    const PlaceState s = b.engine.state(homs, endOf("2024-12-09"), Lens::latest());
    CHECK(s.status == ControlStatus::Held);
    CHECK(b.engine.rootActor(s.actor) == "opposition");
}

TEST_CASE("Saasaa is still the government's on 7 December, when the army pulled back to it")
{
    const Bundled& b = bundled();
    const Claim* saasaa = nullptr;
    for (const Claim& c : b.scenario.claims)
        if (!c.baseline && c.source.sentence.find("pulled back to Saasaa") != std::string::npos)
            saasaa = &c;
    REQUIRE(saasaa != nullptr);
    const PlaceState s = b.engine.state(saasaa->placeId, endOf("2024-12-07"), Lens::latest());
    CHECK(s.status == ControlStatus::Held);
    CHECK(s.actor == "government");
}
