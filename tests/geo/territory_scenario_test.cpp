// The bundled scenario (Syria, 26 Nov – 12 Dec 2024) at 2024-12-07T12:00Z under `latest` and
// `consensus`: the control areas tile Syria (area sum within 0.1 % of the country's, no gaps or
// overlaps), front lines separate every pair of adjacent areas of different actors, and
// ground changed hands between 5 and 8 December.
#include "core/lens.h"
#include "geo/exportsession.h"
#include "geo/territoryengine.h"
#include "territory_checks.h"

#include <cmath>
#include <map>

using namespace sitrep;
using namespace sitrep::geo;

namespace {
ExportSession& session()
{
    static std::unique_ptr<ExportSession> s = [] {
        auto opened = ExportSession::open(SITREP_SOURCE_DIR "/geodata/levant.gpkg", defaultScenarioDir());
        REQUIRE_MESSAGE(opened.has_value(), (opened ? std::string() : opened.error().toString()));
        return std::move(*opened);
    }();
    return *s;
}

const core::Instant kAt = *core::parseIso8601("2024-12-07T12:00Z");

const ControlArea* areaHolding(const Territory& t, std::string_view placeId)
{
    for (const auto& a : t.areas)
        for (const auto& p : a.placeIds)
            if (p == placeId)
                return &a;
    return nullptr;
}
} // namespace

TEST_CASE("the areas of 7 December under latest and consensus tile Syria and carry their front lines")
{
    auto& s = session();
    for (const std::string lensName : {"latest", "consensus"}) {
        INFO("lens " << lensName);
        auto lens = core::Lens::parse(lensName);
        REQUIRE(lens.has_value());
        auto snapshot = s.snapshot(kAt, *lens);
        REQUIRE_MESSAGE(snapshot.has_value(), (snapshot ? std::string() : snapshot.error().toString()));
        const auto& t = snapshot->territory;
        double km2 = 0.0;
        std::set<std::string> actors;
        for (const auto& a : t.areas) {
            km2 += a.areaKm2;
            if (!a.actor.empty())
                actors.insert(a.actor);
        }
        MESSAGE(lensName << ": " << t.areas.size() << " areas of " << actors.size() << " actors, "
                         << t.frontLines.size() << " front lines, " << km2 << " km² of "
                         << s.builder().countryAreaKm2() << " km²");
        CHECK(actors.size() >= 3); // government, opposition, SDF at least
        CHECK(km2 == doctest::Approx(s.builder().countryAreaKm2()).epsilon(0.001));
        testing::checkTiling(t, s.builder().country());
        CHECK(testing::checkFrontLines(t, s.builder().country()) >= 2);
    }
}

TEST_CASE("on 7 December the opposition holds Aleppo and Hama under latest")
{
    auto& s = session();
    auto snapshot = s.snapshot(kAt, core::Lens::latest());
    REQUIRE(snapshot.has_value());
    for (const std::string id : {"gn:170063", "gn:170017"}) { // GeoNames: Aleppo, Hama
        INFO(id);
        const auto* area = areaHolding(snapshot->territory, id);
        REQUIRE(area);
        CHECK(area->status == ControlStatus::Held);
        CHECK(area->actor == "opposition");
    }
}

TEST_CASE("between 5 and 8 December ground changed hands, and every change names its places")
{
    auto& s = session();
    auto changes = s.changes(*core::parseIso8601("2024-12-05T00:00Z"), *core::parseIso8601("2024-12-08T00:00Z"),
                             core::Lens::latest());
    REQUIRE(changes.has_value());
    REQUIRE_FALSE(changes->empty());
    for (const auto& c : *changes) {
        CHECK_FALSE(c.placeIds.empty());
        CHECK(c.areaKm2 > 0.0);
        CHECK((c.fromActor != c.toActor || c.fromStatus != c.toStatus));
    }
}

TEST_CASE("after prebuilding a lens, every change instant of the scenario is served from the cache")
{
    auto& s = session();
    const auto lens = core::Lens::latest();
    const auto [from, to] = s.span();
    auto built = prebuildTerritory(s.builder(), s.engine(), lens, from, to);
    REQUIRE(built.has_value());
    CHECK(*built > 16);
    const auto cached = s.builder().cachedSnapshots();
    CHECK(cached >= 2);        // the map does change over the offensive
    CHECK(cached <= *built);   // instants with equal states share one entry
    for (const auto& change : s.engine().changes(from, to, lens))
        REQUIRE(s.builder().build(engineStateLookup(s.engine(), change.at, lens)).has_value());
    CHECK(s.builder().cachedSnapshots() == cached); // nothing new had to be built
}

TEST_CASE("on 26 November the opposition around al-Tanf holds its settlements' reach, not a third of the Badia")
{
    auto& s = session();
    auto snapshot = s.snapshot(*core::parseIso8601("2024-11-26T12:00Z"), core::Lens::latest());
    REQUIRE(snapshot.has_value());
    const auto& t = snapshot->territory;
    testing::checkTiling(t, s.builder().country());
    testing::checkFrontLines(t, s.builder().country());
    // The SFA (drawn as opposition) around the al-Tanf garrison: the parts of opposition areas
    // within 150 km of it (Idlib is 400 km away).
    const core::GeoPoint tanf{33.50, 38.63};
    double km2 = 0.0;
    for (const auto& a : t.areas) {
        if (a.status != ControlStatus::Held || a.actor != "opposition")
            continue;
        for (const auto& poly : *a.geometry) {
            const auto& v = poly.rings.front().front();
            if (core::distanceKm(tanf, {v.lat, v.lon}) < 150.0)
                km2 += approximateAreaKm2(MultiPolygon{poly});
        }
    }
    MESSAGE("opposition (SFA) around al-Tanf on 26 Nov: " << km2 << " km²");
    CHECK(km2 > 1000.0);  // it is there
    CHECK(km2 <= 4500.0); // a 35-km disc is 3,850 km²; uncapped Voronoi cells gave tens of thousands
}

TEST_CASE("front lines alone are the front lines of the whole control map, with no area dissolved")
{
    // 9 December has not been built by the cases above: frontLines() computes it afresh, then
    // build() does, then frontLines() reads build()'s cache. All three must agree.
    auto& s = session();
    const core::Instant at = *core::parseIso8601("2024-12-09T18:00Z");
    const StateLookup lookup = engineStateLookup(s.engine(), at, core::Lens::latest());
    auto alone = s.builder().frontLines(lookup);
    REQUIRE(alone.has_value());
    auto whole = s.builder().build(lookup);
    REQUIRE(whole.has_value());
    auto again = s.builder().frontLines(lookup);
    REQUIRE(again.has_value());
    auto summary = [](const std::vector<FrontLine>& lines) {
        std::map<std::pair<std::string, std::string>, double> km;
        for (const auto& f : lines)
            km[{f.actorA, f.actorB}] += f.lengthKm;
        return km;
    };
    CHECK(!alone->empty());
    CHECK(summary(*alone) == summary(whole->frontLines));
    CHECK(summary(*again) == summary(whole->frontLines));
}
