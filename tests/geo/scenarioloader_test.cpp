#include "core/controlengine.h"
#include "geo/scenarioloader.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace sitrep;
using namespace sitrep::core;

namespace {

const std::string kData = SITREP_SOURCE_DIR "/tests/data/scenario";

Place place(std::string id, std::string name, double lat, double lon, PlaceKind kind = PlaceKind::Town,
            std::string country = "SY")
{
    Place p;
    p.id = std::move(id);
    p.name = name;
    p.kind = kind;
    p.country = std::move(country);
    p.point = {lat, lon};
    p.names.push_back({std::move(name), "en", "test"});
    return p;
}

Gazetteer fixtureGazetteer()
{
    Gazetteer g;
    g.add(place("t:idlib", "Idlib", 35.93, 36.30, PlaceKind::City));       // in the HTS pocket
    g.add(place("t:fuah", "Al-Fu'ah", 36.00, 36.60, PlaceKind::Village));  // in the government square inside it
    g.add(place("t:homs", "Homs", 34.7268, 36.7234, PlaceKind::City));     // rest of the country
    g.add(place("t:qamishli", "Qamishli", 37.05, 41.20, PlaceKind::City)); // in no area
    g.add(place("t:beirut", "Beirut", 33.89, 35.50, PlaceKind::City, "LB"));
    g.add(place("t:aleppo-gov", "Aleppo", 36.25, 37.40, PlaceKind::Governorate));
    g.add(place("t:aleppo", "Aleppo", 36.2000, 37.1600, PlaceKind::City));
    g.add(place("t:aleppo-far", "Aleppo", 36.3100, 37.1600, PlaceKind::Neighbourhood)); // same name, 12 km off
    Place bab = place("t:bab", "Al Bāb", 36.3705, 37.5157);
    g.add(bab);
    g.add(place("t:saasa", "Sa‘sa‘", 33.2820, 36.0195));
    return g;
}

const Claim* claimFor(const geo::Scenario& s, std::string_view placeId, bool baseline)
{
    auto it = std::find_if(s.claims.begin(), s.claims.end(),
                           [&](const Claim& c) { return c.placeId == placeId && c.baseline == baseline; });
    return it == s.claims.end() ? nullptr : &*it;
}

bool warned(const geo::Scenario& s, std::string_view where, std::string_view words)
{
    return std::any_of(s.warnings.begin(), s.warnings.end(), [&](const Error& e) {
        return e.where.ends_with(where) && e.message.find(words) != std::string::npos;
    });
}

std::string allWarnings(const geo::Scenario& s)
{
    std::string out;
    for (const auto& w : s.warnings)
        out += w.toString() + "\n";
    return out;
}

} // namespace

TEST_CASE("the fixture scenario loads its actors with colours, aliases and hierarchy")
{
    const auto s = geo::loadScenario(kData + "/good", fixtureGazetteer());
    REQUIRE(s.has_value());
    CHECK(s->id == "fixture");
    CHECK(s->defaultActor == "government");
    CHECK(s->start == *parseIso8601("2024-11-26T00:00:00Z"));
    REQUIRE(s->actors.size() == 5);
    const Actor* hts = s->actors.find("hts");
    REQUIRE(hts != nullptr);
    CHECK(hts->colour == 0x117733u);
    CHECK(hts->shortName == "HTS");
    REQUIRE(hts->aliases.size() == 3);
    CHECK(hts->aliases[2] == "Military Operations Command, Idlib");
    CHECK(s->actors.rootActor("hts") == "opposition");
    CHECK(s->actors.rootActor("sdf") == "sdf");
    INFO(allWarnings(*s));
    CHECK(s->warnings.size() == 1); // only the timeline place the gazetteer lacks
}

TEST_CASE("every settlement of the country gets a baseline claim from the smallest area containing it")
{
    const auto s = geo::loadScenario(kData + "/good", fixtureGazetteer());
    REQUIRE(s.has_value());
    const Claim* idlib = claimFor(*s, "t:idlib", true);
    REQUIRE(idlib != nullptr);
    CHECK(idlib->actor == "hts");
    CHECK(idlib->regionId == "hts-pocket");
    CHECK(idlib->kind == ClaimKind::Controls);
    CHECK(idlib->source.side == SpeakerSide::Analyst);
    CHECK(idlib->source.outlet == "fixture map hts-pocket");
    CHECK(idlib->time.from == *parseIso8601("2024-11-26T00:00:00Z"));
    const Claim* fuah = claimFor(*s, "t:fuah", true);
    REQUIRE(fuah != nullptr);
    CHECK(fuah->actor == "government"); // the security square inside the pocket is smaller
    CHECK(fuah->regionId == "gov-square");
    CHECK(claimFor(*s, "t:homs", true)->regionId == "gov-rest");
    const Claim* qamishli = claimFor(*s, "t:qamishli", true);
    REQUIRE(qamishli != nullptr);
    CHECK(qamishli->actor == "government");
    CHECK(qamishli->regionId == "default");
    CHECK(claimFor(*s, "t:beirut", true) == nullptr);     // another country
    CHECK(claimFor(*s, "t:aleppo-gov", true) == nullptr); // a governorate holds no state
}

TEST_CASE("timeline rows land on the nearest gazetteer place of that name, spelling aside")
{
    const auto s = geo::loadScenario(kData + "/good", fixtureGazetteer());
    REQUIRE(s.has_value());
    const Claim* aleppo = claimFor(*s, "t:aleppo", false);
    REQUIRE(aleppo != nullptr);
    CHECK(claimFor(*s, "t:aleppo-far", false) == nullptr);
    CHECK(aleppo->kind == ClaimKind::Entered);
    CHECK(aleppo->actor == "hts");
    CHECK(aleppo->time.precision == TimePrecision::Day);
    CHECK(aleppo->time.from == *parseIso8601("2024-11-29"));
    CHECK(aleppo->time.to == *parseIso8601("2024-11-30") - 1);
    CHECK(aleppo->source.outlet == "Reuters");
    CHECK(aleppo->source.sentence == "Rebels entered western districts, state TV denied it.");
    CHECK(aleppo->source.file.ends_with("good/timeline.csv"));
    CHECK(aleppo->id == "timeline:2");
    const Claim* bab = claimFor(*s, "t:bab", false); // "Al-Bab" = "Al Bāb"
    REQUIRE(bab != nullptr);
    CHECK(bab->time.from == *parseIso8601("2024-11-30T10:00:00Z"));
    CHECK(claimFor(*s, "t:saasa", false) != nullptr); // "Saasa" = "Sa‘sa‘"
}

TEST_CASE("a timeline place the gazetteer lacks is added at the row's point and reported")
{
    const auto s = geo::loadScenario(kData + "/good", fixtureGazetteer());
    REQUIRE(s.has_value());
    REQUIRE(s->addedPlaces.size() == 1);
    const Place& added = s->addedPlaces[0];
    CHECK(added.id == "tl:nowhereville");
    CHECK(added.point == GeoPoint{34.0, 37.0});
    CHECK(warned(*s, "good/timeline.csv:5", "no gazetteer place named 'Nowhereville'"));
    CHECK(claimFor(*s, "tl:nowhereville", false) != nullptr);
    const Claim* base = claimFor(*s, "tl:nowhereville", true);
    REQUIRE(base != nullptr);
    CHECK(base->actor == "government");
}

TEST_CASE("malformed actors are reported with file and line and the other actors load")
{
    const auto s = geo::loadScenario(kData + "/malformed", fixtureGazetteer());
    REQUIRE(s.has_value());
    INFO(allWarnings(*s));
    CHECK(warned(*s, "malformed/actors.csv:4", "bad colour '#12345G'"));
    CHECK(warned(*s, "malformed/actors.csv:5", "the row has 5 fields"));
    CHECK(warned(*s, "malformed/actors.csv:6", "unknown side 'kurds'"));
    CHECK(warned(*s, "malformed/actors.csv:8", "unknown parent 'nosuch'"));
    CHECK(s->actors.contains("government"));
    CHECK(s->actors.contains("opposition"));
    CHECK(s->actors.contains("hts"));
    CHECK(s->actors.contains("xx"));
    CHECK_FALSE(s->actors.contains("sfa"));
    CHECK_FALSE(s->actors.contains("sdf"));
    CHECK(s->actors.size() == 4);
}

TEST_CASE("malformed timeline rows are reported with file and line and the good rows load")
{
    const auto s = geo::loadScenario(kData + "/malformed", fixtureGazetteer());
    REQUIRE(s.has_value());
    INFO(allWarnings(*s));
    CHECK(warned(*s, "malformed/timeline.csv:3", "bad date '2024-13-01'"));
    CHECK(warned(*s, "malformed/timeline.csv:4", "unknown actor 'isis'"));
    CHECK(warned(*s, "malformed/timeline.csv:5", "unknown kind 'liberated'"));
    CHECK(warned(*s, "malformed/timeline.csv:6", "the row has 7 fields"));
    CHECK(warned(*s, "malformed/timeline.csv:7", "bad coordinates"));
    REQUIRE(s->unresolved.size() == 1);
    CHECK(s->unresolved[0].line == 7);
    CHECK(s->unresolved[0].place == "Homs");
    const auto timelineClaims = std::count_if(s->claims.begin(), s->claims.end(),
                                              [](const Claim& c) { return !c.baseline; });
    CHECK(timelineClaims == 2);
    CHECK(claimFor(*s, "t:homs", false) != nullptr);
}

TEST_CASE("malformed baseline features are reported by index and the other areas apply")
{
    const auto s = geo::loadScenario(kData + "/malformed", fixtureGazetteer());
    REQUIRE(s.has_value());
    INFO(allWarnings(*s));
    CHECK(warned(*s, "feature 1 (isis-desert)", "unknown actor 'isis'"));
    CHECK(warned(*s, "feature 2 (line)", "not Polygon or MultiPolygon"));
    CHECK(warned(*s, "feature 3 (hts-pocket)", "as_of 'yesterday'"));
    CHECK(s->areas.size() == 2);
    CHECK(claimFor(*s, "t:idlib", true)->actor == "hts");
}

TEST_CASE("a timeline without the optional outlet column still loads, with a warning on line 1")
{
    geo::Scenario s;
    Actor hts;
    hts.id = "hts";
    s.actors.add(hts);
    geo::loadTimeline(kData + "/malformed/timeline-no-outlet.csv", fixtureGazetteer(), s);
    CHECK(warned(s, "timeline-no-outlet.csv:1", "lacks the 'outlet' column"));
    REQUIRE(s.claims.size() == 1);
    CHECK(s.claims[0].placeId == "t:aleppo");
    CHECK(s.claims[0].source.outlet.empty());
}

TEST_CASE("a missing or broken scenario.json is an error naming the file")
{
    const auto missing = geo::loadScenario(kData + "/nonexistent", fixtureGazetteer());
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().where.ends_with("nonexistent/scenario.json"));
    const auto broken = geo::loadScenario(kData + "/malformed/timeline.csv", fixtureGazetteer());
    REQUIRE_FALSE(broken.has_value());
}

TEST_CASE("the loaded fixture drives the engine: Aleppo contested, Fu'ah still government")
{
    const auto s = geo::loadScenario(kData + "/good", fixtureGazetteer());
    REQUIRE(s.has_value());
    ControlEngine engine;
    engine.setActors(s->actors);
    engine.addPlaces(fixtureGazetteer());
    engine.addClaims(s->claims);
    const Instant t = *parseIso8601("2024-11-29T23:59:59Z");
    const PlaceState aleppo = engine.state("t:aleppo", t, Lens::latest());
    CHECK(aleppo.status == ControlStatus::Contested);
    CHECK(aleppo.actor == "government");
    CHECK(engine.state("t:fuah", t, Lens::latest()).actor == "government");
    CHECK(engine.state("t:idlib", t, Lens::latest()).actor == "hts");
    CHECK(engine.state("t:bab", *parseIso8601("2024-12-01"), Lens::latest()).actor == "sna");
}

namespace {

// The fixture gazetteer plus an Aleppo governorate whose settlements carry admin1 "Aleppo".
Gazetteer regionGazetteer()
{
    Gazetteer g;
    auto inAleppo = [](Place p) {
        p.admin1 = "Aleppo";
        return p;
    };
    Place gov = inAleppo(place("t:aleppo-gov", "Aleppo", 36.1744, 37.4364, PlaceKind::Governorate));
    gov.names.push_back({"Aleppo Governorate", "en", "test"});
    g.add(gov);
    g.add(inAleppo(place("t:aleppo", "Aleppo", 36.2000, 37.1600, PlaceKind::City))); // government
    g.add(inAleppo(place("t:bab", "Al Bāb", 36.3705, 37.5157)));                      // SNA pocket
    g.add(inAleppo(place("t:safira", "Al-Safira", 36.0770, 37.3725)));                 // government
    g.add(inAleppo(place("t:nubl", "Nubl", 36.3787, 37.1000)));                        // to the SDF
    g.add(inAleppo(place("t:khanasir", "Khanasir", 35.7816, 37.4992)));                // left unheld
    g.add(place("t:homs", "Homs", 34.7268, 36.7234, PlaceKind::City));
    return g;
}

std::vector<const Claim*> rowClaims(const geo::Scenario& s, std::size_t line)
{
    const std::string id = "timeline:" + std::to_string(line);
    std::vector<const Claim*> out;
    for (const Claim& c : s.claims)
        if (!c.baseline && (c.id == id || c.id.starts_with(id + ".") || c.id.starts_with(id + "@")))
            out.push_back(&c);
    return out;
}

std::vector<std::string> placesOf(const std::vector<const Claim*>& claims)
{
    std::vector<std::string> out;
    for (const Claim* c : claims)
        out.push_back(c->placeId);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

TEST_CASE("a row listing several outlets gives one claim per outlet with the same place, actor, kind and time")
{
    const auto s = geo::loadScenario(kData + "/regions", regionGazetteer());
    REQUIRE(s.has_value());
    INFO(allWarnings(*s));
    CHECK(s->warnings.empty());
    const auto homs = rowClaims(*s, 2);
    REQUIRE(homs.size() == 3);
    const std::vector<std::string> outlets{homs[0]->source.outlet, homs[1]->source.outlet, homs[2]->source.outlet};
    CHECK(outlets == std::vector<std::string>{"Reuters", "AFP", "AP"});
    for (const Claim* c : homs) {
        CHECK(c->placeId == "t:homs");
        CHECK(c->actor == "hts");
        CHECK(c->kind == ClaimKind::Captured);
        CHECK(c->time.from == *parseIso8601("2024-11-29"));
        CHECK(c->source.sentence == "Three outlets on one row: three claims.");
    }
    CHECK(homs[0]->id == "timeline:2.1");
    CHECK(homs[2]->id == "timeline:2.3");
    const auto nubl = rowClaims(*s, 3); // "Anadolu Agency||": empty entries are dropped
    REQUIRE(nubl.size() == 1);
    CHECK(nubl[0]->id == "timeline:3");
    CHECK(nubl[0]->source.outlet == "Anadolu Agency");
}

TEST_CASE("two outlets on one row corroborate each other under the consensus lens, one outlet does not")
{
    const auto s = geo::loadScenario(kData + "/regions", regionGazetteer());
    REQUIRE(s.has_value());
    ControlEngine engine;
    engine.setActors(s->actors);
    engine.addPlaces(regionGazetteer());
    engine.addClaims(s->claims);
    const Instant t = *parseIso8601("2024-11-30T23:59:59Z");
    CHECK(engine.state("t:homs", t, Lens::consensus()).actor == "hts");
    CHECK(engine.state("t:nubl", t, Lens::consensus()).actor == "government");
    CHECK(engine.state("t:nubl", t, Lens::latest()).actor == "sdf");
}

TEST_CASE("a governorate row takes only the settlements the incumbent holds or nobody holds at that moment")
{
    const auto s = geo::loadScenario(kData + "/regions", regionGazetteer());
    REQUIRE(s.has_value());
    const auto taken = rowClaims(*s, 5);
    // Aleppo and al-Safira were the government's, Khanasir unheld after its withdrawal; al-Bab
    // (SNA since the baseline) and Nubl (SDF since the row of 30 Nov) keep their holders.
    CHECK(placesOf(taken) == std::vector<std::string>{"t:aleppo", "t:khanasir", "t:safira"});
    REQUIRE(taken.size() == 6); // two outlets each
    for (const Claim* c : taken) {
        CHECK(c->regionId == "t:aleppo-gov");
        CHECK(c->actor == "opposition");
        CHECK(c->kind == ClaimKind::Controls);
    }
    const auto left = rowClaims(*s, 6); // a withdrawal: only where the opposition coalition holds
    CHECK(placesOf(left) == std::vector<std::string>{"t:aleppo", "t:bab", "t:khanasir", "t:safira"});

    ControlEngine engine;
    engine.setActors(s->actors);
    engine.addPlaces(regionGazetteer());
    engine.addClaims(s->claims);
    const Instant t = *parseIso8601("2024-12-08T23:59:59Z");
    CHECK(engine.state("t:safira", t, Lens::latest()).actor == "opposition");
    CHECK(engine.state("t:bab", t, Lens::latest()).actor == "sna");
    CHECK(engine.state("t:nubl", t, Lens::latest()).actor == "sdf");
}

namespace {

Gazetteer districtGazetteer()
{
    Gazetteer g;
    auto in = [](Place p, std::string admin1) {
        p.admin1 = std::move(admin1);
        return p;
    };
    g.add(in(place("t:aleppo", "Aleppo", 36.2000, 37.1600, PlaceKind::City), "Aleppo"));
    g.add(in(place("t:jamiliyah", "Jamiliyah", 36.2080, 37.1450, PlaceKind::Neighbourhood), "Aleppo"));
    g.add(in(place("t:hamdaniyah", "Hamdaniyah", 36.1730, 37.1070, PlaceKind::Neighbourhood), "Aleppo"));
    g.add(in(place("t:maqsoud", "Sheikh Maqsoud", 36.2361, 37.1517, PlaceKind::Neighbourhood), "Aleppo"));
    g.add(in(place("t:kafrhamra", "Kafr Hamra", 36.2500, 37.0700, PlaceKind::Village), "Aleppo"));
    g.add(in(place("t:homs", "Homs", 34.7268, 36.7234, PlaceKind::City), "Homs"));
    g.add(in(place("t:khalidiya", "Khalidiya", 34.7480, 36.7190, PlaceKind::Neighbourhood), "Homs"));
    return g;
}

} // namespace

TEST_CASE("a city's timeline row covers its districts that have no row of their own and go with the city")
{
    const auto s = geo::loadScenario(kData + "/districts", districtGazetteer());
    REQUIRE(s.has_value());
    INFO(allWarnings(*s));
    CHECK(s->warnings.empty());
    const auto aleppo = rowClaims(*s, 3);
    // Not Hamdaniyah (its own row), not Sheikh Maqsoud (the SDF's, not the city holder's), not a
    // village, not a district of Homs.
    CHECK(placesOf(aleppo) == std::vector<std::string>{"t:aleppo", "t:jamiliyah"});
    REQUIRE(aleppo.size() == 4); // two outlets each
    for (const Claim* c : aleppo) {
        CHECK(c->actor == "hts");
        CHECK(c->kind == ClaimKind::Controls);
        CHECK(c->time.from == *parseIso8601("2024-11-30"));
    }
    CHECK(placesOf(rowClaims(*s, 2)) == std::vector<std::string>{"t:hamdaniyah"});
    CHECK(placesOf(rowClaims(*s, 4)) == std::vector<std::string>{"t:homs", "t:khalidiya"});

    ControlEngine engine;
    engine.setActors(s->actors);
    engine.addPlaces(districtGazetteer());
    engine.addClaims(s->claims);
    const Instant t = *parseIso8601("2024-11-30T23:59:59Z");
    CHECK(engine.state("t:jamiliyah", t, Lens::latest()).actor == "hts");
    CHECK(engine.state("t:maqsoud", t, Lens::latest()).actor == "sdf");
    CHECK(engine.state("t:kafrhamra", t, Lens::latest()).actor == "government");
}
