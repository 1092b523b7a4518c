// Round 28 (8 Dec, the days of the tuning sets' claims that were right but for their day): time
// words that name a stretch of days, not one (vaguetimes.h): a part of a named month, "within
// days" or "in the first days of the offensive", and a source that gives no day. Places are found
// by name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;
using core::TimePrecision;

namespace {

using testing::onSaturday::extract;

TimePrecision precisionOf(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    const auto* c = testing::findClaim(claims, place, kind);
    REQUIRE(c != nullptr);
    return c->time.precision;
}

} // namespace

TEST_CASE("round 28: 'at the end of November' claims no day of it")
{
    auto claims = extract("Aleppo itself was liberated by opposition forces at the end of November.");
    CHECK(precisionOf(claims, "aleppo", ClaimKind::Captured) == TimePrecision::Week);
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Captured) == "2024-11-21");
    // Guard: a day of the month is that day.
    claims = extract("Aleppo was liberated by opposition forces on November 30.");
    CHECK(precisionOf(claims, "aleppo", ClaimKind::Captured) == TimePrecision::Day);
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Captured) == "2024-11-30");
}

TEST_CASE("round 28: 'captured Aleppo within days, before seizing Hama on Thursday' gives Aleppo no Thursday")
{
    const auto claims = extract("The rebels launched their offensive on November 27 and captured Aleppo within days, "
                                "before seizing Hama on Thursday.");
    CHECK(precisionOf(claims, "aleppo", ClaimKind::Captured) == TimePrecision::Week);
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Captured) == "2024-11-27");
    // Guard: Hama keeps its Thursday.
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Captured) == "2024-12-05");
    CHECK(precisionOf(claims, "hama", ClaimKind::Captured) == TimePrecision::Day);
}

TEST_CASE("round 28: 'in the first days of the offensive' is a stretch from its start")
{
    const auto claims = extract("The offensive began on November 27. Officials recalled on Thursday that the "
                                "factions captured Hama and Rastan in the first days of the offensive.");
    CHECK(precisionOf(claims, "rastan", ClaimKind::Captured) == TimePrecision::Week);
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Captured) == "2024-11-27");
}

TEST_CASE("round 28: 'though it was not clear when' claims no day")
{
    auto claims = extract("The monitor added that government troops had abandoned Palmyra, though it was not clear when.");
    CHECK(precisionOf(claims, "palmyra", ClaimKind::Withdrew) == TimePrecision::Week);
    claims = extract("Government troops have also abandoned Palmyra, it said, without saying when.");
    CHECK(precisionOf(claims, "palmyra", ClaimKind::Withdrew) == TimePrecision::Week);
    // Guard: the same report with its day keeps it.
    claims = extract("The monitor added that government troops abandoned Palmyra on Friday.");
    CHECK(testing::dayOf(claims, "palmyra", ClaimKind::Withdrew) == "2024-12-06");
    CHECK(precisionOf(claims, "palmyra", ClaimKind::Withdrew) == TimePrecision::Day);
}

TEST_CASE("round 28: a relative clause set off by dashes before the verb keeps the sentence's day for the verb")
{
    auto claims = extract("On Friday, the Southern Operations Room\u2014former rebels who had signed reconciliation "
                          "deals in 2018\u2014took Daraa and the Nasib border crossing.");
    CHECK(testing::dayOf(claims, "daraa", ClaimKind::Captured) == "2024-12-06");
    CHECK(precisionOf(claims, "daraa", ClaimKind::Captured) == TimePrecision::Day);
    // Guard: the verb's own day after it still wins over the sentence's first.
    claims = extract("On Friday, the Southern Operations Room\u2014former rebels who had signed reconciliation "
                     "deals in 2018\u2014took Daraa on Saturday morning.");
    CHECK(testing::dayOf(claims, "daraa", ClaimKind::Captured) == "2024-12-07");
}

TEST_CASE("round 28: a recap told against the paragraph's day claims no day of the run")
{
    auto claims = extract("Rebels entered Homs on Friday. Damascus fell to the rebels just 11 days after they "
                          "launched their offensive, taking Hama and Rastan along the way.");
    CHECK(precisionOf(claims, "rastan", ClaimKind::Captured) == TimePrecision::Week);
    // Guard: the fall itself is the paragraph's day, not a recap of the run ("taking" is between).
    CHECK(precisionOf(claims, "damascus", ClaimKind::Captured) == TimePrecision::Day);
    // Guard: a sentence that names its own day ("By Friday") gives the way that day.
    claims = extract("By Friday the insurgents had reached the outskirts of Homs, capturing the towns of Rastan "
                     "and Talbiseh on the way.");
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Captured) == "2024-12-06");
    CHECK(precisionOf(claims, "rastan", ClaimKind::Captured) == TimePrecision::Day);
}
