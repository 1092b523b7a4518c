// Round 75 (denials read where there are none): a negation in the outlet's own telling that
// answers no report is no denial (claimnondenials.h) — a fight that did not happen, a first time
// ("who had never set foot in the capital before"), a silence ("did not comment on the
// withdrawal"); and "never" spans all days, so it names none. Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace sitrep;
using core::ClaimKind;
using core::Stance;

namespace {

using testing::onSaturday::extract;

// The claims on `place` of `kind` with `stance`.
std::vector<const core::Claim*> with(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind,
                                     Stance stance)
{
    std::vector<const core::Claim*> out;
    for (const auto& c : claims)
        if (c.placeId == place && c.kind == kind && c.stance == stance)
            out.push_back(&c);
    return out;
}

std::size_t onPlace(const std::vector<core::Claim>& claims, std::string_view place)
{
    return static_cast<std::size_t>(
        std::count_if(claims.begin(), claims.end(), [&](const core::Claim& c) { return c.placeId == place; }));
}

} // namespace

TEST_CASE("claimround75: 'never' tells no day")
{
    auto claims = extract("Opposition forces had never held Hama during the civil war.");
    const auto never = with(claims, "hama", ClaimKind::Controls, Stance::Denies);
    REQUIRE(never.size() == 1);
    CHECK_FALSE(never.front()->time.from.has_value());
    // Guard: a "never" of a closed relative clause leaves the main clause's day alone.
    claims = extract("Hama, which had never fallen to the rebels in 13 years of war, was taken by the rebels on Friday.");
    const auto taken = with(claims, "hama", ClaimKind::Captured, Stance::Affirms);
    REQUIRE(taken.size() == 1);
    REQUIRE(taken.front()->time.from.has_value());
    CHECK(core::formatIso8601(*taken.front()->time.from).substr(0, 10) == "2024-12-06");
}

TEST_CASE("claimround75: 'never … before' is a first time, no denial")
{
    auto claims = extract("Families took photographs with young bearded rebel fighters who had never set foot in Damascus before.");
    CHECK(with(claims, "damascus", ClaimKind::Entered, Stance::Denies).empty());
    // Guard: without "before" it is a denial.
    claims = extract("Rebel fighters have never set foot in Damascus, the army said.");
    CHECK(with(claims, "damascus", ClaimKind::Entered, Stance::Denies).size() == 1);
}

TEST_CASE("claimround75: a fight the outlet says did not happen is no claim")
{
    auto claims = extract("No major battle was fought in Latakia, Tartus or Homs.");
    CHECK(onPlace(claims, "latakia") == 0);
    CHECK(onPlace(claims, "homs") == 0);
    claims = extract("The regime had not even fought for Hama.");
    CHECK(onPlace(claims, "hama") == 0);
    // Guard: a speaker's "no fighting" answers the reports of one; so does state media's own voice.
    claims = extract("The army did not fight for Hama, a rebel commander said.");
    CHECK(with(claims, "hama", ClaimKind::Contested, Stance::Denies).size() == 1);
    claims = extract("The regime had not even fought for Hama.", "SANA");
    CHECK(with(claims, "hama", ClaimKind::Contested, Stance::Denies).size() == 1);
}

TEST_CASE("claimround75: a fight kept out ('not draw the battle into the city') is none")
{
    auto claims = extract("The statement said units were redeployed to preserve civilians and not draw the battle into Homs.");
    CHECK(onPlace(claims, "homs") == 0);
    // Guard: a fight drawn in is one.
    claims = extract("The statement said units were redeployed after rebels drew the battle into Homs.");
    CHECK(with(claims, "homs", ClaimKind::Contested, Stance::Affirms).size() == 1);
    claims = extract("The army said its units had been drawn into fierce fighting with rebels in Homs.");
    CHECK(with(claims, "homs", ClaimKind::Contested, Stance::Affirms).size() == 1);
}

TEST_CASE("claimround75: a silence negates the comment, not what it is about")
{
    auto claims = extract("Hezbollah did not comment on its withdrawal from Rastan.");
    CHECK(with(claims, "rastan", ClaimKind::Withdrew, Stance::Denies).empty());
    CHECK(with(claims, "rastan", ClaimKind::Withdrew, Stance::Affirms).size() == 1);
    // Guard: a negated withdrawal is a denial.
    claims = extract("Hezbollah has not withdrawn from Rastan.");
    CHECK(with(claims, "rastan", ClaimKind::Withdrew, Stance::Denies).size() == 1);
}

TEST_CASE("claimround75: 'no truth' does not reach past ', and' into the speaker's own clause")
{
    auto claims = extract("The ministry said there was \"no truth\" to claims that troops had pulled out of Homs, and "
                          "insisted the army remained in Homs.");
    CHECK(with(claims, "homs", ClaimKind::Controls, Stance::Affirms).size() == 1);
    CHECK(with(claims, "homs", ClaimKind::Controls, Stance::Denies).empty());
    // Guard: the report it answers stays denied, and so does a second report joined by ", and that".
    CHECK(with(claims, "homs", ClaimKind::Withdrew, Stance::Denies).size() == 1);
    claims = extract("The ministry said there was no truth to reports that troops had pulled out of Homs, and that "
                     "rebels had entered Hama.");
    CHECK(with(claims, "hama", ClaimKind::Entered, Stance::Affirms).empty());
}

TEST_CASE("claimround75: the state denies the other side's entry, even when a bare group is its subject")
{
    auto claims = extract("Last Thursday morning, the army denied rebel claims that fighters had broken into Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered) == std::vector<std::string>{"opposition/denies"});
    // Guard: a denial of the army's own pull-out stays the government's.
    claims = extract("The army denied claims that its units had withdrawn from Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == std::vector<std::string>{"government/denies"});
}
