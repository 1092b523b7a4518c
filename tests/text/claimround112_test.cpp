// Round 112 (state-media denials never shown as calm government control): a denial the state's
// voice makes must come out as a government denial. The voice is found when a state outlet carries
// it ("Al-Mayadeen, for its part, was still reporting that … were 'fabrications'"), when a long
// opening phrase names it ("In a statement on Saturday morning, the General Command of the Army and
// Armed Forces affirmed …"); the loss it refutes may be a noun ("reports of the loss of Rastan",
// "reports of Hama's fall"), and a party's own channel denies that party's withdrawal.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

// The actor of the government-voiced denial of `kind` on `place`, "" when there is none.
std::string stateDenial(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    for (const auto& c : claims)
        if (c.placeId == place && c.kind == kind && c.stance == core::Stance::Denies &&
            c.source.side == core::SpeakerSide::Government)
            return c.actor;
    return {};
}

} // namespace

TEST_CASE("claimround112: a state outlet carrying the denial is its voice")
{
    auto claims = extract("The pro-Hezbollah channel Al-Mayadeen, for its part, was still reporting late on Saturday "
                          "that claims of militants entering Homs were \"fabrications.\"",
                          "The961");
    CHECK(stateDenial(claims, "homs", ClaimKind::Entered) == "opposition");
    // Guard: an outlet not of the state's side is no state voice.
    claims = extract("The Lebanese channel LBCI, for its part, was still reporting late on Saturday "
                     "that claims of militants entering Homs were \"fabrications.\"",
                     "The961");
    CHECK(stateDenial(claims, "homs", ClaimKind::Entered).empty());
}

TEST_CASE("claimround112: a long opening phrase before the verb of saying names the voice")
{
    auto claims = extract("In a statement on Saturday morning, the General Command of the Army and Armed Forces "
                          "affirmed that there is \"no truth\" to reports that armed groups had entered the city "
                          "of Homs.");
    CHECK(stateDenial(claims, "homs", ClaimKind::Entered) == "opposition");
    // Guard: a long opening phrase of the other side is no state voice.
    claims = extract("In a statement on Saturday morning, the rebel Military Operations Command of the factions "
                     "affirmed that there is \"no truth\" to reports that armed groups had entered the city "
                     "of Homs.");
    CHECK(stateDenial(claims, "homs", ClaimKind::Entered).empty());
}

TEST_CASE("claimround112: 'reports of the loss of X' and 'reports of X's fall' are denials of its capture")
{
    auto claims = extract("A military source quoted by SANA called reports of the loss of Rastan \"lies\".");
    CHECK(stateDenial(claims, "rastan", ClaimKind::Captured) == "opposition");
    claims = extract("The Defence Ministry called reports of Rastan's fall \"lies\".");
    CHECK(stateDenial(claims, "rastan", ClaimKind::Captured) == "opposition");
    // Guard: a loss of life in a place is no loss of the place.
    claims = extract("A military source quoted by SANA called reports of the loss of life among civilians in "
                     "Rastan \"lies\".");
    CHECK(stateDenial(claims, "rastan", ClaimKind::Captured).empty());
}

TEST_CASE("claimround112: a party's own channel denies the party's withdrawal")
{
    auto claims = extract("Al-Manar, the party's television station, described reports of a withdrawal from "
                          "Rastan as \"lies spread by hostile media\" on Saturday evening.");
    CHECK(stateDenial(claims, "rastan", ClaimKind::Withdrew) == "hezbollah");
    // Guard: the state's own agency denies the army's.
    claims = extract("SANA described reports of a withdrawal from Rastan as \"lies spread by hostile media\" "
                     "on Saturday evening.");
    CHECK(stateDenial(claims, "rastan", ClaimKind::Withdrew) == "government");
}
