// Round 52 (the day of a claim): a live blog's time heading in the outlet's own zone ("Nov 30,
// 2024 01:20 AM IST") dates the entry under it, as "10:05 a.m. ET, December 9, 2024" did.
#include "claimtesthelpers.h"
#include "text/calendarwords.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround52: a live blog's heading with its clock in IST or EST dates the entry under it")
{
    // Published Saturday 7 December; the entry was posted in the night to Thursday 5 December:
    // its headline tells of that day, not of the day of publication.
    auto claims = extract("All times IST (UTC+5:30).\n\nDec 5, 2024 01:20 AM IST\nRebels claim capture of Hama\n"
                          "HTS said its fighters had taken full control of Hama.\n");
    // (Round 91: 01:20 AM IST on 5 December is 19:50 UTC on the 4th, the UTC day of the instant.)
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Controls) == "2024-12-04");
    const auto* c = testing::findClaim(claims, "hama", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Day);
    claims = extract("Dec 07, 2024, 11:50 PM EST\nHTS fighters now hold Homs\n\n"
                     "Dec 05, 2024, 7:05 PM EST\nRebels claim capture of Hama\n");
    // (Round 91: 7:05 PM EST on 5 December is 00:05 UTC on the 6th.)
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Controls) == "2024-12-06");
    // Guard: a line with a word that is no clock or zone is no heading; the headline under it is
    // of the publication day.
    claims = extract("Dec 5, 2024 01:20 AM Isha\nRebels claim capture of Hama\n"
                     "HTS said its fighters had taken full control of Hama.\n");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Controls) == "2024-12-07");
    CHECK(text::isClockWord("ist"));
    CHECK(text::isClockWord("0940"));
    CHECK_FALSE(text::isClockWord("isha"));
    CHECK_FALSE(text::isClockWord("12345"));
}

TEST_CASE("claimround52: a 'when' clause on a past year is of that year")
{
    auto claims = extract("Russian warplanes struck Aleppo for the first time since 2016, when government forces "
                          "retook it with Moscow's help, a monitor said.");
    CHECK(testing::findClaim(claims, "aleppo", ClaimKind::Captured) == nullptr);
    claims = extract("It was the worst fighting since 2016, when government forces retook Aleppo.");
    CHECK(testing::findClaim(claims, "aleppo", ClaimKind::Captured) == nullptr);
    // Guard: a "when" clause on a day of this war is news of that day.
    claims = extract("The offensive began on Wednesday, when HTS fighters captured Aleppo.");
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Captured) == "2024-12-04");
    claims = extract("Rebels captured Aleppo on Saturday, when government forces fled the city.");
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Captured) == "2024-12-07");
}

TEST_CASE("claimround52: a dated heading with a short title heads the paragraph below it")
{
    // A recap published on Saturday 7 December, by sections headed with their days.
    auto claims = extract("Thursday, Dec. 5: Hama\nThe military said it had pulled its units out of Hama.\n");
    const auto* c = testing::findClaim(claims, "hama", ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Day);
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Withdrew) == "2024-12-05");
    // A heading of two days: the paragraph is of its last.
    claims = extract("Dec. 3-4: the road south\nHTS fighters entered Hama.\n");
    c = testing::findClaim(claims, "hama", ClaimKind::Entered);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Day);
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-12-04");
    // Guard: a dated line whose words run on is no heading of what follows.
    claims = extract("Dec. 3: what the army said it would do about the fighting north of the city\n"
                     "HTS fighters entered Hama.\n");
    c = testing::findClaim(claims, "hama", ClaimKind::Entered);
    REQUIRE(c != nullptr);
    CHECK_FALSE((c->time.precision == core::TimePrecision::Day && testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-12-03"));
}

TEST_CASE("claimround52: 'over those two days' is a stretch, no day of it")
{
    auto claims = extract("The offensive reached Hama on Dec. 3. Rebels took Homs over those two days.");
    const auto* c = testing::findClaim(claims, "homs", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Week);
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Captured) == "2024-12-03");
    claims = extract("Rebels reached Hama on Dec. 3 and took Homs over the next two days.");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Captured) == "2024-12-04");
    // Guard: a count of things after "over" is no time.
    claims = extract("Rebels took Homs and over two dozen villages on Friday.");
    c = testing::findClaim(claims, "homs", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Day);
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Captured) == "2024-12-06");
}
