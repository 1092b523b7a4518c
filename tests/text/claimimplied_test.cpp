// Changes of hands wire copy leaves implied: troops "nowhere to be seen", posts abandoned, "the
// city's airport", "the army" that is Israel's, actors with no name ("armed residents"), and a
// withdrawal that does not make the withdrawing side the subject of the next capture. Places are
// found by name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace sitrep;
using core::ClaimKind;
using core::Stance;

namespace {

core::Place at(core::Place p, double lat, double lon)
{
    p.point = {lat, lon};
    return p;
}

const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = [] {
        using K = core::PlaceKind;
        core::Gazetteer out;
        out.add(at(testing::makePlace("aleppo", "Aleppo", K::City, "SY"), 36.20, 37.16));
        out.add(
            at(testing::makePlace("aleppo-airport", "Aleppo International Airport", K::Airbase, "SY"), 36.18, 37.22));
        out.add(at(testing::makePlace("kuweires", "Kuweires air base", K::Airbase, "SY"), 36.19, 37.58));
        out.add(at(testing::makePlace("hama", "Hama", K::City, "SY"), 35.13, 36.75));
        out.add(at(testing::makePlace("halfaya", "Halfaya", K::Town, "SY"), 35.26, 36.61));
        out.add(at(testing::makePlace("suran", "Suran", K::Town, "SY"), 35.29, 36.75));
        out.add(at(testing::makePlace("jaramana", "Jaramana", K::Town, "SY"), 33.49, 36.35));
        out.add(at(testing::makePlace("hermon", "Mount Hermon", K::Region, "SY"), 33.42, 35.86));
        out.add(at(testing::makePlace("saraqib", "Saraqib", K::Town, "SY"), 35.86, 36.80));
        out.add(at(testing::makePlace("quneitra", "Quneitra", K::City, "SY"), 33.13, 35.82));
        out.add(at(testing::makePlace("israel", "Israel", K::Country, "IL"), 31.5, 34.8));
        return out;
    }();
    return g;
}

std::vector<core::Claim> extract(const std::string& body, const char* published = "2024-12-05T18:00:00Z")
{
    return testing::extractWith(gazetteer(), body, published);
}

using testing::on;

using V = std::vector<std::string>;

} // namespace

TEST_CASE("troops nowhere to be seen in a town, or posts abandoned there, are a withdrawal from it")
{
    const auto a
        = extract("Government troops were nowhere to be seen in Halfaya on Thursday morning, a resident said.");
    CHECK(on(a, "halfaya", ClaimKind::Withdrew) == V {"government"});
    const auto b = extract("By Saturday afternoon army units had abandoned their posts at Halfaya, residents said.");
    CHECK(on(b, "halfaya", ClaimKind::Withdrew) == V {"government"});
    // "seen" alone is no withdrawal.
    const auto c = extract("Government troops were seen in Halfaya on Thursday morning, a resident said.");
    CHECK(on(c, "halfaya", ClaimKind::Withdrew).empty());
}

TEST_CASE("'the city's airport' and 'Aleppo's airport' are the airport near that city, not the city")
{
    const auto a = extract("Rebels swept into Aleppo on Friday. By Saturday army units had abandoned their posts at "
                           "the city's international airport, residents said.");
    CHECK(on(a, "aleppo-airport", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(a, "aleppo", ClaimKind::Withdrew).empty());
    const auto b = extract("Rebels seized Aleppo's airport on Saturday.");
    CHECK(on(b, "aleppo-airport", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(b, "aleppo", ClaimKind::Captured).empty());
    // No airport within 30 km of the owner (Aleppo's is 150 km from Hama): not Aleppo's airport.
    const auto c = extract("Rebels seized Hama's airport on Thursday.");
    CHECK(on(c, "aleppo-airport", ClaimKind::Captured).empty());
    // Round 10: "the airport" with no airport named before is the airport of the city named last.
    const auto d = extract("Rebels swept into Aleppo on Friday. Troops had abandoned their posts at the airport.");
    CHECK(on(d, "aleppo-airport", ClaimKind::Withdrew) == V {"government"});
    const auto e = extract("Rebels swept into Hama on Friday. Troops had abandoned their posts at the airport.");
    CHECK(on(e, "aleppo-airport", ClaimKind::Withdrew).empty());
}

TEST_CASE("a bare 'the army' right after Israel's military is the IDF, and after no Israeli actor is the Syrian army")
{
    const auto a
        = extract("Israel's military said on Sunday it had deployed forces into the buffer zone. The army also "
                  "took control of the Syrian side of Mount Hermon, an official said.",
            "2024-12-08T14:00:00Z");
    CHECK(on(a, "hermon", ClaimKind::Captured) == V {"israel"});
    const auto b = extract(
        "The army took control of the Syrian side of Mount Hermon, an official said.", "2024-12-08T14:00:00Z");
    CHECK(on(b, "hermon", ClaimKind::Captured) == V {"government"});
    const auto c = extract("Israel has pushed beyond the zone. The army said that its troops were holding positions in "
                           "Quneitra, an official said.",
        "2024-12-10T14:00:00Z");
    CHECK(on(c, "quneitra", ClaimKind::Controls) == V {"israel"});
}

TEST_CASE("armed residents and local gunmen are on the opposition's side")
{
    const auto a = extract("Armed residents took control of Jaramana on Friday.", "2024-12-07T12:00:00Z");
    CHECK(on(a, "jaramana", ClaimKind::Captured) == V {"opposition"});
    const auto b = extract("Local gunmen took control of Jaramana on Friday.", "2024-12-07T12:00:00Z");
    CHECK(on(b, "jaramana", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("a hold consolidated on a town is control of it")
{
    const auto a = extract("The rebels consolidated their hold on Saraqib on Sunday.", "2024-12-01T12:00:00Z");
    CHECK(on(a, "saraqib", ClaimKind::Controls) == V {"opposition"});
}

TEST_CASE("the side that withdrew is not the one an agentless capture after it is about")
{
    const auto a = extract("Opposition fighters have pushed into Hama. The army said its units had been redeployed and "
                           "stationed outside the city. The advance followed the capture of Suran on Tuesday.");
    CHECK(on(a, "hama", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(a, "suran", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("', and' opens a new clause whose actor is its own, not the list's first subject")
{
    const auto a = extract(
        "The factions took Suran, and regime forces withdrew from Halfaya on Friday.", "2024-12-07T12:00:00Z");
    CHECK(on(a, "halfaya", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(a, "suran", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("a person named inside a relative clause does not block the actor before it")
{
    const auto a = extract("Fighters of the rebel coalition that toppled President Bashar al-Assad rolled into Hama on "
                           "Wednesday.");
    CHECK(on(a, "hama", ClaimKind::Entered) == V {"opposition"});
    // A named person right before the verb still blocks: "Assad had fled" is no actor's move.
    const auto b = extract("President Bashar al-Assad left Hama on Wednesday.");
    CHECK(on(b, "hama", ClaimKind::Withdrew).empty());
}
