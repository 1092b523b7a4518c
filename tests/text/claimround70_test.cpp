// Round 70 (the right claim on the wrong day): a relative clause set off by commas keeps its own
// day for what it tells, the day after its closing comma being the main clause's
// (claimrelativetimes.h). Places are found by name search (claimtesthelpers.h), so these test the
// extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

core::TimePrecision precisionOf(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    const auto* c = testing::findClaim(claims, place, kind);
    REQUIRE(c != nullptr);
    return c->time.precision;
}

} // namespace

TEST_CASE("claimround70: a relative clause's 'after' clause is of the relative clause's day, not the main verb's")
{
    auto claims = extract("The SDF, which moved into Deir ez-Zor on Thursday after regime forces abandoned it, was "
                          "forced out on Saturday morning, local sources said.");
    CHECK(testing::dayOf(claims, "deirezzor", ClaimKind::Withdrew) == "2024-12-05");
    CHECK(testing::dayOf(claims, "deirezzor", ClaimKind::Entered) == "2024-12-05");
    // Guard: with no day of its own, the clause keeps the main clause's.
    claims = extract("The SDF, which moved into Deir ez-Zor after regime forces abandoned it, was forced out on "
                     "Thursday, local sources said.");
    CHECK(testing::dayOf(claims, "deirezzor", ClaimKind::Withdrew) == "2024-12-05");
    // Guard: the main verb after the clause keeps its own day.
    claims = extract("Rebels, who entered Homs on Thursday, took Hama on Friday.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Captured) == "2024-12-06");
}

TEST_CASE("claimround70: a simple-past relative clause with no time of its own is of its main clause's day")
{
    auto claims = extract("On Thursday, local fighters took control of Daraa under a deal by which army officers "
                          "left.");
    CHECK(testing::dayOf(claims, "daraa", ClaimKind::Withdrew) == "2024-12-05");
    CHECK(precisionOf(claims, "daraa", ClaimKind::Withdrew) == core::TimePrecision::Day);
    claims = extract("On Thursday the army melted away from Aleppo International Airport, which fell to HTS "
                     "largely intact.");
    CHECK(testing::dayOf(claims, "aleppo-airport", ClaimKind::Captured) == "2024-12-05");
    CHECK(precisionOf(claims, "aleppo-airport", ClaimKind::Captured) == core::TimePrecision::Day);
    // Guard: an auxiliary tells another time ("which the army has abandoned" is no Thursday news).
    claims = extract("On Thursday, rebels entered Hama, which the army has abandoned.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Withdrew) == "2024-12-07");
}
