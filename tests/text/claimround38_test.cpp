// Round 38 (7 Dec, the day of a claim): a weekday with its date ("Friday, Nov. 29") is that date,
// not the weekday of the publication's week. Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround38: 'on the afternoon of Friday, Nov. 29' is Nov. 29, not the Friday just gone")
{
    auto claims = extract("Rebel units entered Aleppo on the afternoon of Friday, Nov. 29.");
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Entered) == "2024-11-29");
    claims = extract("Rebels captured Hama on Friday 29 November.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Captured) == "2024-11-29");
    // Guard: a weekday alone is the one of the publication's week (published Saturday 7 December).
    claims = extract("Rebels captured Hama on Friday.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Captured) == "2024-12-06");
    // Guard: nor does a date further on lend its day ("on Friday, a week after Nov. 29" is no date).
    claims = extract("Rebels captured Homs on Friday, a week after the fall of Aleppo on Nov. 29.");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Captured) == "2024-12-06");
}
