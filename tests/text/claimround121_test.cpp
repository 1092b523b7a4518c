// Round 121 (16 Dec): a text that tells its days by weekday and date ("On Thursday, Nov. 28, they
// overran dozens of villages") goes on by weekday: "On Friday, the fighters burst into Aleppo" is
// the Friday after, not the Friday before publication. Only while the day last named was named by
// a weekday (or counted from one: "The next day, Friday"), and into a new paragraph only when it
// opens with a weekday.
#include "claimtesthelpers.h"
#include "core/instant.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>

using namespace sitrep;
using core::ClaimKind;

namespace {

std::vector<core::Claim> extractOn(const char* published, const std::string& body)
{
    return testing::extractWith(testing::seedGazetteer(), body, published, "Test Wire");
}

} // namespace

TEST_CASE("claimround121: a weekday after a weekday with its date goes on from that day")
{
    auto claims = extractOn("2024-12-09T23:30:00Z",
        "The offensive began on Nov. 27. On Thursday, Nov. 28, they overran dozens of villages west of "
        "Aleppo.\n\nOn Friday, the fighters burst into Aleppo.");
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Entered) == "2024-11-29");
    // Counted from the chain's day, and named again: "The next day, Friday".
    claims = extractOn("2024-12-06T10:00:00Z",
        "On Thursday, 28 November, fighters of the Military Operations Command cut the M5 highway. The "
        "next day, Friday, the factions entered Hama after the army withdrew from it.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-11-29");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Withdrew) == "2024-11-29");
}

TEST_CASE("claimround121: after a date alone, or in a paragraph on other news, a weekday is of the publication's week")
{
    // A date with no weekday starts no chain.
    auto claims = extractOn("2024-12-10T09:00:00Z", "The offensive began on Nov. 27. On Friday rebels entered Homs.");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Entered) == "2024-12-06");
    // A chain does not run into a paragraph that does not open with a weekday.
    claims = extractOn("2024-12-11T12:30:00Z",
        "On Monday 2 December rebels entered Hama.\n\nIn Homs, a council said on Wednesday that rebels had "
        "entered Homs.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-12-02");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Entered) == "2024-12-11");
    // Nor past a date alone: "On 3 December …. On Tuesday, …" (published Wednesday 11 December).
    claims = extractOn("2024-12-11T12:30:00Z",
        "On Monday 2 December rebels entered Hama. On 3 December they moved south. On Tuesday, rebels "
        "entered Homs.");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Entered) == "2024-12-10");
}

TEST_CASE("claimround121: 'overnight' in a sentence that named a day is the night before that day")
{
    auto claims = extractOn("2024-12-06T10:00:00Z",
        "On Sunday morning the factions entered Hama after the army withdrew from it overnight.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Entered) == "2024-12-01");
    const auto* c = testing::findClaim(claims, "hama", ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    REQUIRE(c->time.to.has_value());
    CHECK(*c->time.to <= core::parseIso8601("2024-12-01T06:00:00Z").value());
    // Alone, it is the night before publication.
    claims = extractOn("2024-12-06T10:00:00Z", "The army withdrew from Hama overnight.");
    c = testing::findClaim(claims, "hama", ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    REQUIRE(c->time.from.has_value());
    CHECK(*c->time.from >= core::parseIso8601("2024-12-05T12:00:00Z").value());
}
