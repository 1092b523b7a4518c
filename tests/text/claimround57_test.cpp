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

TEST_CASE("claimround57: a 'where' clause closed by its comma keeps the sentence's opening day for the verb after it")
{
    auto claims = extract("On December 4, the Southern Operations Room took Daraa, where the uprising began, and Druze "
                          "factions took over Sweida.");
    CHECK(testing::dayOf(claims, "suwayda", ClaimKind::Captured) == "2024-12-04");
    const auto* c = testing::findClaim(claims, "suwayda", ClaimKind::Captured);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Day);
    // Guard: a verb inside the "where" clause, not closed before it, claims no day of the sentence's opening
    // (its pluperfect tells some day up to then).
    claims = extract("On December 4, rebels reached Homs, where government forces had abandoned Rastan.");
    c = testing::findClaim(claims, "rastan", ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    CHECK(c->time.precision == core::TimePrecision::Week);
}

TEST_CASE("claimround57: a weekday under a dated heading's span of days falls among them")
{
    auto claims = extract("The offensive began on Nov. 27.\n\nNov. 29-30: Aleppo\nHTS fighters pushed into the western "
                          "neighborhoods of Aleppo on Friday evening. On Saturday, the army said rebels had entered Hama.");
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Entered) == "2024-11-29");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-11-30");
    // Guard: a weekday outside the heading's days is still one of the publication's week.
    claims = extract("The offensive began on Nov. 27.\n\nDec. 1-2: the north\nHTS fighters pushed into Aleppo on Friday "
                     "evening.");
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Entered) == "2024-12-06");
}

TEST_CASE("claimround57: what a paragraph opened in the pluperfect on a day 'also' tells is of that day")
{
    auto claims = extract("The SDF had entered Deir ez-Zor on Wednesday after government troops abandoned the city. The "
                          "group also moved into Albu Kamal, near the Iraqi border.");
    CHECK(testing::dayOf(claims, "abukamal", ClaimKind::Entered) == "2024-12-04");
    // Guard: a day recalled with "had" later in the paragraph is still told in passing.
    claims = extract("Rebels pressed on toward the capital. The SDF had entered Deir ez-Zor on Wednesday after "
                     "government troops abandoned the city. The group also moved into Albu Kamal, near the Iraqi border.");
    CHECK(testing::dayOf(claims, "abukamal", ClaimKind::Entered) == "2024-12-07");
    // Nor without "also": a new actor's entry is news of its own.
    claims = extract("The SDF had entered Deir ez-Zor on Wednesday after government troops abandoned the city. Rebel "
                     "fighters moved into Albu Kamal, near the Iraqi border.");
    CHECK(testing::dayOf(claims, "abukamal", ClaimKind::Entered) == "2024-12-07");
    // Nor does "since" a day open the paragraph's story.
    claims = extract("The SDF has held Deir ez-Zor since Wednesday. The group also moved into Albu Kamal, near the "
                     "Iraqi border.");
    CHECK(testing::dayOf(claims, "abukamal", ClaimKind::Entered) == "2024-12-07");
}
