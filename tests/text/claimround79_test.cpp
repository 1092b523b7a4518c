// Round 79 (actor words whose side is the outlet's): "the mujahideen", "the Resistance", "our
// heroes" name no side of their own; they are the fighters of whoever writes or says them — a
// speaker of a side, else the outlet in its own voice — and nobody's where neither is known.
// Places are found by name search (claimtesthelpers.h), so these test the extractor apart from
// the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

// The actor of the claim of `kind` on `place`, or "(none)".
std::string actorOf(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    const auto* c = testing::findClaim(claims, place, kind);
    return c ? c->actor : std::string("(none)");
}

} // namespace

TEST_CASE("claimround79: 'the mujahideen' are the fighters of the outlet's side")
{
    // Ebaa, the Military Operations Command's agency: its fighters.
    auto claims = extract("The mujahideen then liberated the town of Rastan on Friday.", "Ebaa News Agency");
    CHECK(actorOf(claims, "rastan", ClaimKind::Captured) == "hts");
    // Al-Manar, Hezbollah's channel: Hezbollah's men (not the government's, its outlet side).
    claims = extract("The mujahideen entered Talbiseh on Friday.", "Al-Manar English Website");
    CHECK(actorOf(claims, "talbiseh", ClaimKind::Entered) == "hezbollah");
    // An opposition outlet's: the rebels'.
    claims = extract("The mujahideen entered Talbiseh on Friday.", "Step News Agency");
    CHECK(actorOf(claims, "talbiseh", ClaimKind::Entered) == "opposition");
    // Guards: an outlet of no side names nobody by it, as before; state media never call the
    // army mujahideen.
    claims = extract("The mujahideen then liberated the town of Rastan on Friday.");
    CHECK(actorOf(claims, "rastan", ClaimKind::Captured) == "(none)");
    claims = extract("The mujahideen entered Talbiseh on Friday.", "SANA");
    CHECK(actorOf(claims, "talbiseh", ClaimKind::Entered) == "(none)");
}

TEST_CASE("claimround79: 'the Resistance' is Hezbollah in its own media and its sources' words")
{
    auto claims = extract("The Resistance pulled its fighters out of Talbiseh on Friday.", "Al-Ahed News");
    CHECK(actorOf(claims, "talbiseh", ClaimKind::Withdrew) == "hezbollah");
    // A Hezbollah speaker's word in any outlet (the denial is Hezbollah's, as heldout29's gold reads it).
    claims = extract("Hezbollah sources denied reports that the Resistance had pulled its fighters out of Talbiseh.");
    const auto* c = testing::findClaim(claims, "talbiseh", ClaimKind::Withdrew);
    REQUIRE(c != nullptr);
    CHECK(c->actor == "hezbollah");
    CHECK(c->stance == core::Stance::Denies);
    // Guards: the rebels' outlet's "resistance" is not Hezbollah; "the resistance axis" and "the
    // resistance of the garrison" are common nouns, and the actor named stays the claim's.
    claims = extract("The Resistance pulled its fighters out of Talbiseh on Friday.", "Ebaa News Agency");
    CHECK(actorOf(claims, "talbiseh", ClaimKind::Withdrew) != "hezbollah");
    claims = extract("After the resistance of the garrison collapsed, rebels entered Rastan on Friday.", "Al-Manar");
    CHECK(actorOf(claims, "rastan", ClaimKind::Entered) == "opposition");
    claims = extract("The resistance axis says the army entered Rastan on Friday.", "Al-Manar");
    CHECK(actorOf(claims, "rastan", ClaimKind::Entered) == "government");
}

TEST_CASE("claimround79: 'our heroes' are the army in state media, a rebel speaker's men in his words")
{
    auto claims = extract("Our heroes entered Rastan on Friday after the terrorists fled.", "SANA");
    CHECK(actorOf(claims, "rastan", ClaimKind::Entered) == "government");
    claims = extract("\"Our heroes entered Rastan on Friday,\" a rebel commander said.");
    CHECK(actorOf(claims, "rastan", ClaimKind::Entered) == "opposition");
    // Guards: Russian state media's heroes are not the Syrian army's; a neutral outlet's are nobody's.
    claims = extract("Our heroes entered Rastan on Friday after the terrorists fled.", "TASS");
    CHECK(actorOf(claims, "rastan", ClaimKind::Entered) == "(none)");
    claims = extract("Our heroes entered Rastan on Friday after the terrorists fled.");
    CHECK(actorOf(claims, "rastan", ClaimKind::Entered) == "(none)");
}
