// Round 23 (7 Dec, places referred back to on the misses of all 33 gold sets): the count alone as
// an object ("abandoned both", "the SDF took over all three") and counted groups ("the three
// villages", "all three towns") standing for the last places named. Places are found by name
// search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

using testing::on;
using V = std::vector<std::string>;

} // namespace

TEST_CASE("round 23: the count alone as the object stands for the places named last")
{
    auto claims = extract("On Friday, as regime forces withdrew from Deir ez-Zor city, Albu Kamal and Salamiyah, "
                          "the SDF took over all three.");
    CHECK(on(claims, "deirezzor", ClaimKind::Captured) == V {"sdf"});
    CHECK(on(claims, "abukamal", ClaimKind::Captured) == V {"sdf"});
    CHECK(on(claims, "salamiyah", ClaimKind::Captured) == V {"sdf"});
    claims = extract("The SDF had also taken Deir ez-Zor city and the border town of Albu Kamal on Friday, as "
                     "regime troops abandoned both.");
    CHECK(on(claims, "deirezzor", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Regime troops abandoned Rastan and Talbiseh on Friday. The rebels took control of both "
                     "on Saturday.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == V {"opposition"});
    // Guard: "both" before the names it joins, and "both sides", stand for no places of their own.
    claims = extract("Regime troops abandoned Hama on Friday. The rebels took both Rastan and Talbiseh.");
    CHECK(on(claims, "hama", ClaimKind::Captured).empty());
    claims = extract("Rebels entered Rastan and Talbiseh on Friday, and both sides claimed victory.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
    // Guard: too few places named for the count.
    claims = extract("Regime troops abandoned Rastan on Friday. The rebels took over all three on Saturday.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
}

TEST_CASE("round 23: the three villages stand for the last three named")
{
    auto claims = extract("SDF fighters pushed into Rastan, Talbiseh and Salamiyah on Friday. By Saturday the "
                          "rebels had taken the three towns.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "salamiyah", ClaimKind::Captured) == V {"opposition"});
    // Guard: "the three men" stands for no place.
    claims = extract("SDF fighters pushed into Rastan, Talbiseh and Salamiyah on Friday. The rebels captured "
                     "the three men.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
}

TEST_CASE("round 23: its neighbourhoods are the city named before")
{
    auto claims = extract("In the east, Assad's forces withdrew on Friday from Deir ez-Zor city, and the SDF moved "
                          "into its neighbourhoods in coordination with the regime.");
    CHECK(on(claims, "deirezzor", ClaimKind::Entered) == V {"sdf"});
    claims = extract("State television said the army was in full control of Homs and denied that rebels had "
                     "entered any of its neighbourhoods.");
    CHECK(on(claims, "homs", ClaimKind::Entered) == V {"opposition/denies"});
    // Guard: a city named only after "its" is not what it points back to.
    claims = extract("The SDF moved into its neighbourhoods on Friday, days before rebels attacked Homs.");
    CHECK(on(claims, "homs", ClaimKind::Entered).empty());
    CHECK(on(claims, "homs", ClaimKind::Contested) == V {"opposition"});
}

TEST_CASE("round 23: them after a verb of handing over or leaving is the places listed before")
{
    auto claims = extract("The SDF took over the regime's last pockets in Deir ez-Zor and Albu Kamal on Saturday, "
                          "after Assad's troops handed them over without a fight.");
    CHECK(on(claims, "deirezzor", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Warplanes struck Rastan and Talbiseh. Armed groups infiltrated the two towns on Friday after "
                     "army units redeployed out of them towards Homs.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "talbiseh", ClaimKind::Withdrew) == V {"government"});
    // Guard: people taken prisoner, and one place named before "them", are not places taken.
    claims = extract("Rebels attacked Rastan and Talbiseh on Friday, surrounded the soldiers and took them prisoner.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
    claims = extract("Rebels attacked Rastan on Friday, and the army recaptured them.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
}

TEST_CASE("round 23: units that had guarded a place and withdrew left that place")
{
    auto claims = extract("The National Defence Forces units that had guarded Rastan and Talbiseh withdrew together "
                          "with the convoys on Friday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "talbiseh", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Rebels rolled into Salamiyah on Saturday. Soldiers who had guarded the town for decades "
                     "abandoned their posts on Friday.");
    CHECK(on(claims, "salamiyah", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Iraqi militias who had guarded Albu Kamal for years abandoned their posts on Friday.");
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"iran-militias"});
    // Guard: a clause that says what the subject did to a place, not where it stood.
    claims = extract("Iraqi militias who had shelled Albu Kamal for weeks abandoned their posts on Friday.");
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 23: the border crossing with none named is the crossing of the town named last")
{
    using K = core::PlaceKind;
    core::Gazetteer g;
    auto at = [](core::Place p, double lat, double lon) {
        p.point = {lat, lon};
        return p;
    };
    g.add(at(testing::makePlace("abukamal", "Albu Kamal", K::Town, "SY", {"Albukamal"}), 34.45, 40.92));
    g.add(at(testing::makePlace("abukamal-crossing", "Albu Kamal border crossing", K::BorderCrossing, "SY"), 34.42,
             40.95));
    g.add(at(testing::makePlace("daraa", "Daraa", K::City, "SY"), 32.62, 36.10));
    g.add(at(testing::makePlace("nasib", "Nasib border crossing", K::BorderCrossing, "SY"), 32.55, 36.20));
    auto extractIn = [&](const std::string& body) {
        return testing::extractWith(g, body, "2024-12-11T18:00:00Z");
    };
    auto claims = extractIn("On Monday, SDF fighters abandoned their positions in Albukamal, and rebels took over the "
                            "town and the border crossing the same day.");
    CHECK(on(claims, "abukamal-crossing", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "nasib", ClaimKind::Captured).empty());
    // Guard: an apposition that calls the town a crossing names no crossing of its own.
    claims = extractIn("The SDF also took Albukamal, the main crossing into Iraq, the Observatory said.");
    CHECK(on(claims, "abukamal", ClaimKind::Captured) == V {"sdf"});
    CHECK(on(claims, "abukamal-crossing", ClaimKind::Captured).empty());
    // Guard: no crossing near the town named last.
    g.add(at(testing::makePlace("hama", "Hama", K::City, "SY"), 35.13, 36.75));
    claims = extractIn("Rebels entered Hama on Friday. Later they took the border crossing.");
    CHECK(on(claims, "nasib", ClaimKind::Captured).empty());
    CHECK(on(claims, "abukamal-crossing", ClaimKind::Captured).empty());
    // A town's name before "border crossing" names its crossing; "crossing into" is a move.
    claims = extractIn("The SDF also took over the Albukamal border crossing on Friday.");
    CHECK(on(claims, "abukamal-crossing", ClaimKind::Captured) == V {"sdf"});
    CHECK(on(claims, "abukamal", ClaimKind::Captured).empty());
    claims = extractIn("Iran-backed militias abandoned Albukamal crossing into Iraq on Friday.");
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"iran-militias"});
    CHECK(on(claims, "abukamal-crossing", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 23: the citadel with none named is the citadel of the city named last")
{
    using K = core::PlaceKind;
    core::Gazetteer g;
    auto at = [](core::Place p, double lat, double lon) {
        p.point = {lat, lon};
        return p;
    };
    g.add(at(testing::makePlace("aleppo", "Aleppo", K::City, "SY"), 36.20, 37.16));
    g.add(at(testing::makePlace("aleppo-citadel", "Aleppo Citadel", K::Neighbourhood, "SY"), 36.199, 37.163));
    g.add(at(testing::makePlace("hama", "Hama", K::City, "SY"), 35.13, 36.75));
    auto extractIn = [&](const std::string& body) { return testing::extractWith(g, body, "2024-12-01T18:00:00Z"); };
    auto claims = extractIn("On Saturday, HTS-led forces took control of most of Aleppo, including the citadel.");
    CHECK(on(claims, "aleppo-citadel", ClaimKind::Captured) == V {"hts"});
    claims = extractIn("HTS fighters reached Aleppo on Friday and walked into the city's medieval citadel.");
    CHECK(on(claims, "aleppo-citadel", ClaimKind::Entered) == V {"hts"});
    // Guard: outside it, and a city with no citadel near.
    claims = extractIn("HTS fighters reached Aleppo on Friday. Footage showed gunmen posing in front of the "
                       "medieval citadel.");
    CHECK(on(claims, "aleppo-citadel", ClaimKind::Entered).empty());
    claims = extractIn("HTS fighters entered Hama on Thursday and seized the citadel.");
    CHECK(on(claims, "aleppo-citadel", ClaimKind::Captured).empty());
}
