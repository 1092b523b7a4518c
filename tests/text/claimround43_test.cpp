// Round 43 (the day of a claim in narrative and feature articles): which time expression of the
// sentence, or of the sentences before, a claim takes. Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround43: 'before dawn on Thursday' is that Thursday, not a clause of its own")
{
    auto claims = extract("Rebel fighters entered Homs before dawn on Thursday, meeting little resistance.");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Entered) == "2024-12-05");
    // Guard: "before" opening a clause still keeps that clause's day from the verb before it.
    claims = extract("Rebel fighters entered Rastan, before seizing Homs on Thursday.");
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Entered) != "2024-12-05");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Captured) == "2024-12-05");
}

TEST_CASE("claimround43: a pluperfect relative clause claims no day of the clause it hangs on")
{
    // "…, two towns north of Aleppo that regime troops had left": left before that Monday, by an
    // unknown stretch.
    auto claims = extract("On Monday the factions took control of Rastan and Talbiseh, two towns north of Homs that "
                          "regime troops had left.");
    const auto* left = testing::findClaim(claims, "talbiseh", ClaimKind::Withdrew);
    REQUIRE(left != nullptr);
    CHECK_FALSE(left->time.from.has_value());
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Captured) == "2024-12-02");
    claims = extract("On Sunday the fighters also claimed Kuweires air base east of Aleppo, which the army had "
                     "abandoned.");
    const auto* abandoned = testing::findClaim(claims, "kuweires", ClaimKind::Withdrew);
    REQUIRE(abandoned != nullptr);
    CHECK_FALSE(abandoned->time.from.has_value());
    // Guard: its own day stays ("which the army had abandoned on Friday").
    claims = extract("On Sunday the fighters also claimed Kuweires air base east of Aleppo, which the army had "
                     "abandoned on Friday.");
    CHECK(testing::dayOf(claims, "kuweires", ClaimKind::Withdrew) == "2024-12-06");
    // Guard: reported speech shifts every past back alike: the clause it hangs on is pluperfect too.
    claims = extract("On Sunday a spokesman said the factions had also taken Kuweires air base east of Aleppo, which "
                     "the army had abandoned.");
    CHECK(testing::dayOf(claims, "kuweires", ClaimKind::Withdrew) == "2024-12-01");
    // Guard: a reported "that" clause is no relative clause.
    claims = extract("On Friday the army command said in a statement that its units had withdrawn from Hama.");
    CHECK(testing::dayOf(claims, "hama", ClaimKind::Withdrew) == "2024-12-06");
}

TEST_CASE("claimround43: 'last week' is the Monday to Sunday before the week of publication")
{
    // Told on Saturday 7 December: 25 November to 1 December, not the seven days just gone.
    auto claims = extract("The SDF still holds Manbij and Albu Kamal, which it seized last week.");
    const auto* seized = testing::findClaim(claims, "abukamal", ClaimKind::Captured);
    REQUIRE(seized != nullptr);
    CHECK(testing::dayOf(claims, "abukamal", ClaimKind::Captured) == "2024-11-25");
    CHECK(*seized->time.to <= *core::parseIso8601("2024-12-02T00:00:00Z"));
    CHECK(seized->time.precision == core::TimePrecision::Week);
    // Guard: "the past week" is still the seven days just gone.
    claims = extract("The SDF still holds Manbij and Albu Kamal, which it seized in the past week.");
    CHECK(testing::dayOf(claims, "abukamal", ClaimKind::Captured) == "2024-11-30");
}

TEST_CASE("claimround43: a paragraph that told days apart lends no day to a sentence that names none")
{
    // "began on Nov. 30 … By Dec. 2, SNA factions had seized Tal Rifaat … The SDF negotiated the
    // evacuation of its fighters from Shahba": a survey of days, not one day's story.
    auto claims = extract("The offensive began on November 30. By December 4, the factions had seized Rastan. "
                          "The army withdrew from Talbiseh.");
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Captured) == "2024-12-04");
    const auto* withdrew = testing::findClaim(claims, "talbiseh", ClaimKind::Withdrew);
    REQUIRE(withdrew != nullptr);
    CHECK(withdrew->time.precision != core::TimePrecision::Day); // no day: the stretch up to publication
    // Guard: one day's story keeps its day ("On Friday morning … By the evening … The army withdrew").
    claims = extract("On Friday morning, factions began taking over army checkpoints. By the evening, the "
                     "factions had taken Rastan. The army withdrew from Talbiseh.");
    CHECK(testing::dayOf(claims, "talbiseh", ClaimKind::Withdrew) == "2024-12-06");
}
