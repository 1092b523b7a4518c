// Round 38 (7 Dec, the day of a claim): a weekday with its date ("Friday, Nov. 29") is that date,
// not the weekday of the publication's week; who holds a place now ("remains in the hands of",
// "has been under the control of … since Saturday") is of the reporting day, not of another
// clause's day or the day the holding began. Places are found by name search
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

TEST_CASE("claimround38: who holds a place now is of the reporting day, not of another clause's day")
{
    // "since Tuesday" is when the holding began; the holding itself is news of today.
    auto claims = extract("In the city of Aleppo, which has been under the control of the rebels since Tuesday, "
                          "the nearby town of Tal Rifaat remains under the control of the SDF.");
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Controls) == "2024-12-07");
    CHECK(testing::dayOf(claims, "talrifaat", ClaimKind::Controls) == "2024-12-07");
    // A time of the clause before the comma is that clause's.
    claims = extract("Rebels launched an assault on Tal Rifaat on Tuesday, but Manbij remains in the hands of the SDF.");
    CHECK(testing::dayOf(claims, "manbij", ClaimKind::Controls) == "2024-12-07");
    // Guard: a time opening the sentence is the holding's own.
    claims = extract("On Wednesday, the SDF still controls Manbij.");
    CHECK(testing::dayOf(claims, "manbij", ClaimKind::Controls) == "2024-12-04");
    // Inside a quote, now is when the speaker spoke: the day the paragraph tells of.
    claims = extract("State media claimed on Thursday that the army had regained Manbij. An SDF commander denied "
                     "this: \"Manbij has been in the hands of the SDF since Tuesday.\"");
    CHECK(testing::dayOf(claims, "manbij", ClaimKind::Controls) == "2024-12-05");
    // Guard: a holding told in the past keeps its day.
    claims = extract("Rebels launched an assault on Tal Rifaat on Tuesday, but Manbij was still in the hands of the SDF.");
    CHECK(testing::dayOf(claims, "manbij", ClaimKind::Controls) == "2024-12-03");
}

TEST_CASE("claimround38: 'the same weekend' is the weekend of the day last named, no day of it")
{
    auto claims = extract("On December 6, rebels took Daraa, and Druze factions took over Homs the same weekend.");
    const auto* homs = testing::findClaim(claims, "homs", ClaimKind::Captured);
    REQUIRE(homs != nullptr);
    CHECK(homs->time.precision == core::TimePrecision::Week);
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Captured) == "2024-12-07");
    // Guard: "the same day" is still that day.
    claims = extract("On December 6, rebels took Daraa, and Druze factions took over Homs the same day.");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Captured) == "2024-12-06");
    CHECK(testing::findClaim(claims, "homs", ClaimKind::Captured)->time.precision == core::TimePrecision::Day);
}

TEST_CASE("claimround38: a timeline line opened by a weekday and its date dates the line")
{
    auto claims = extract("Wednesday, 4 December: A security source denied reports that rebels had entered Hama, "
                          "affirming that the situation in Hama \"is stable and under the full control of the "
                          "army\".\n\nThe army is in full control of Homs.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Controls) == "2024-12-04");
    // Guard: the next line, with no day of its own, is not the entry's.
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Controls) == "2024-12-07");
}
