// Round 120 (16 Dec): a recap's timeline entries that span days ("29–30 November: The fighters
// entered Aleppo on Friday evening …") date the weekdays of the whole line, the entry's own first
// sentence too, among their days rather than in the publication's week.
#include "claimtesthelpers.h"
#include "core/instant.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround120: a timeline entry spanning days dates its own sentence's weekday among them")
{
    auto claims = extract("The offensive began on 27 November.\n\n29–30 November: HTS fighters entered Aleppo on "
                          "Friday evening. On Saturday the army said rebels had entered Hama.");
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Entered) == "2024-11-29");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-11-30");
    // With a hyphen and the month first, as well.
    claims = extract("The offensive began on Nov. 27.\n\nNov. 29-30: HTS fighters entered Aleppo on Friday evening.");
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Entered) == "2024-11-29");
}

TEST_CASE("claimround120: a weekday outside the entry's days keeps the publication's week")
{
    auto claims = extract("The offensive began on 27 November.\n\n1–2 December: HTS fighters entered Aleppo on "
                          "Friday evening.");
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Entered) == "2024-12-06");
}

TEST_CASE("claimround120: an event the entry tells with no day of its own is of the entry's days")
{
    const auto claims = extract("The offensive began on 27 November.\n\n29–30 November: HTS fighters entered Aleppo.");
    const auto* c = testing::findClaim(claims, "aleppo", ClaimKind::Entered);
    REQUIRE(c != nullptr);
    REQUIRE(c->time.from.has_value());
    REQUIRE(c->time.to.has_value());
    CHECK(*c->time.from >= core::parseIso8601("2024-11-29T00:00:00Z").value());
    CHECK(*c->time.to <= core::parseIso8601("2024-12-01T00:00:00Z").value());
}
