// Round 57 (7 Dec, the day, second pass): the claims right but for their day, and the extras a
// wrong day makes. Places are found by name search (claimtesthelpers.h), so these test the
// extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround57: 'by the morning of December 6' is that day's morning, not the day last named")
{
    auto claims = extract("The army left Daraa on December 4. Homs was in rebel hands by the morning of December 6.");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Controls) == "2024-12-06");
    claims = extract("The army left Daraa on December 4. By the evening of Friday, Dec. 6, HTS had entered Homs.");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Entered) == "2024-12-06");
    // Guard: a bare "by the morning" is still of the day last named.
    claims = extract("The army left Daraa on December 4. Homs was in rebel hands by the morning.");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Controls) == "2024-12-04");
}
