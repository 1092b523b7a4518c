// Round 68 (7 Dec, precision): changes a sentence names but does not tell as done, an order
// ("I ordered the IDF to take over the buffer zone") or an outcome awaited ("a matter of time"),
// a capture of years ago ("occupied … since August 2019"), and "the zone" named before. Places
// are found by name search (claimtesthelpers.h), so these test the extractor apart from the
// geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;
using V = std::vector<std::string>;

std::vector<core::Claim> withZone(const std::string& body)
{
    auto g = testing::seedGazetteer();
    g.add(testing::makePlace("zone", "Golan buffer zone", core::PlaceKind::Region, "SY"));
    return testing::extractWith(g, body);
}

} // namespace

TEST_CASE("claimround68: what a force is ordered to take is not taken")
{
    auto claims = extract("Netanyahu said he had ordered the army to \"take over Quneitra\".");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured).empty());
    claims = extract("\"I instructed the IDF yesterday to take over Quneitra,\" Netanyahu said.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured).empty());
    claims = extract("Army commanders in Aleppo were ordered to pull their men out of the city on Tuesday.");
    CHECK(testing::on(claims, "aleppo", ClaimKind::Withdrew).empty());
    // Guard: an infinitive after another verb is read as before, and an order with no "to" before
    // the verb orders nothing of it.
    claims = extract("Israeli troops returned to take over Quneitra on Sunday.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured) == V {"israel"});
    claims = extract("Netanyahu, who ordered the strikes, said Israeli troops had taken over Quneitra.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured) == V {"israel"});
}

TEST_CASE("claimround68: a capture awaited as 'a matter of time' is not a capture")
{
    auto claims = extract("The spokesman said the factions had advanced and that the liberation of Hama city was "
                          "\"a matter of time\".");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured).empty());
    // Guard: the noun told as done stands, the awaited one beside it is another's.
    claims = extract("The opposition announced the liberation of Hama city on Thursday, saying the fall of Homs "
                     "was a matter of time.");
    CHECK(testing::on(claims, "homs", ClaimKind::Captured).empty());
    CHECK(testing::on(claims, "hama", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("claimround68: 'occupied … since August 2019' is a capture of 2019 however long the agent")
{
    auto claims = extract("Hama had been occupied by the regime and its Russian allies since August 2019, when "
                          "tens of thousands of its people were displaced to the north.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured).empty());
    // Guards: a holding since a year is still held; a relative clause's own verb owns its "since".
    claims = extract("The Eighth Brigade has held the town of Daraa and the villages around it since 2018.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Controls) == V {"sor"});
    claims = withZone("Israeli troops on Sunday crossed into the demilitarized Golan buffer zone that UN peacekeepers "
                      "have patrolled since 1974.");
    CHECK(testing::on(claims, "zone", ClaimKind::Entered) == V {"israel"});
}

TEST_CASE("claimround68: 'the zone' is the zone named before")
{
    auto claims = withZone("Netanyahu ordered the IDF to move into the UN-patrolled Golan buffer zone. Israeli troops "
                           "entered the zone within hours.");
    CHECK(testing::on(claims, "zone", ClaimKind::Entered) == V {"israel"});
    // Guard: a zone of no name before is nothing.
    claims = withZone("Israeli troops entered the zone within hours.");
    CHECK(testing::on(claims, "zone", ClaimKind::Entered).empty());
}
