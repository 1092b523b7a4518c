// Round 68 (7 Dec, precision): a capture of years ago ("occupied … since August 2019"). Places
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
