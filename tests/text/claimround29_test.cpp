// Round 29 (control changes the extractor made no claim at all on): a place named before the
// relative or contact clause that holds or precedes its verb, the way in of an entry, and a verb of
// spreading out. Places are found by name search (claimtesthelpers.h), so these test the extractor
// apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

std::vector<std::string> on(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    return testing::on(claims, place, kind);
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("round 29: 'Fighters fanned out through X and Y' entered them")
{
    auto claims = extract("Rebel fighters fanned out through Rastan and Talbiseh on Sunday morning.");
    CHECK(on(claims, "rastan", ClaimKind::Entered) == Strings{"opposition"});
    CHECK(on(claims, "talbiseh", ClaimKind::Entered) == Strings{"opposition"});
    // Guard: spreading out towards a place is no entry.
    claims = extract("Rebel fighters fanned out towards Rastan on Sunday morning.");
    CHECK(on(claims, "rastan", ClaimKind::Entered).empty());
}

TEST_CASE("round 29: the subject before a relative clause with a clause of its own inside is the place that fell")
{
    auto claims = extract("The nearby city of Hama, which had held out against rebel attacks since the weekend, "
                          "fell to the rebels on Thursday.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == Strings{"opposition"});
    claims = extract("Rastan and Talbiseh on the M5 motorway, which the army had held after years of fighting, were "
                     "overrun by the rebels on Friday.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == Strings{"opposition"});
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == Strings{"opposition"});
    // Guard: a place after a preposition or an actor in the subject is not what fell.
    claims = extract("Troops in Homs, which had held out since the weekend, were overrun by the rebels on Thursday.");
    CHECK(on(claims, "homs", ClaimKind::Captured).empty());
    // Guard: the object of another verb before the relative clause is no subject.
    claims = extract("Rebels shelled Homs, which had held out since the weekend, then the army was overrun on Thursday.");
    CHECK(on(claims, "homs", ClaimKind::Captured).empty());
}

TEST_CASE("round 29: 'around Aleppo, the city the rebels seized last weekend' captured Aleppo")
{
    auto claims = extract("Russian and Syrian aircraft again bombed targets around Aleppo, the city the rebels seized "
                          "last weekend.");
    CHECK(on(claims, "aleppo", ClaimKind::Captured) == Strings{"opposition"});
    // Guard: a verb with an object of its own says nothing of the apposition's place.
    claims = extract("Aircraft bombed targets around Aleppo, the city the rebels left Hama for last weekend.");
    CHECK(on(claims, "aleppo", ClaimKind::Captured).empty());
    CHECK(on(claims, "aleppo", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 29: 'X, which rebel fighters entered shortly after sunrise' entered X")
{
    auto claims = extract("Crowds gathered in Damascus, which rebel fighters entered shortly after sunrise.");
    CHECK(on(claims, "damascus", ClaimKind::Entered) == Strings{"opposition"});
    // Guard: an entry with its own object.
    claims = extract("Crowds gathered in Damascus, where rebel fighters entered Mezzeh shortly after sunrise.");
    CHECK(on(claims, "damascus", ClaimKind::Entered).empty());
}

TEST_CASE("round 29: the way in of an entry ('entered … through X') is entered too")
{
    auto claims = extract("Rebel fighters entered the capital on Sunday through Mezzeh and Qudsaya.");
    CHECK(on(claims, "mezzeh", ClaimKind::Entered) == Strings{"opposition"});
    CHECK(on(claims, "qudsaya", ClaimKind::Entered) == Strings{"opposition"});
    // Guard: a border crossing passed on the way out of the country is not gained.
    claims = extract("Government soldiers crossed into Jordan through the Nasib border crossing on Saturday.");
    CHECK(on(claims, "nasib", ClaimKind::Entered).empty());
}

TEST_CASE("round 29: 'were then handed over to' with an adverb after the auxiliary is a handover")
{
    auto claims = extract("Palmyra was then handed over to the rebels on Monday.");
    CHECK(on(claims, "palmyra", ClaimKind::Captured) == Strings{"opposition"});
    // Guard: no passive auxiliary before the adverb, no handover of the place.
    claims = extract("Officers from Palmyra then handed over to the rebels on Monday.");
    CHECK(on(claims, "palmyra", ClaimKind::Captured).empty());
}

TEST_CASE("round 29: 'taking seven of them, including X and Y' takes the examples")
{
    auto claims = extract("The SDF moved on Tuesday against regime-held villages, taking three of them, including "
                          "Rastan and Talbiseh, from government forces.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == Strings{"sdf"});
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == Strings{"sdf"});
    // Guard: a count before a destination is no object.
    claims = extract("The SDF moved on Tuesday against regime soldiers, taking three of them to Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
}

TEST_CASE("round 29: 'units in X had been redeployed' withdrew from X")
{
    auto claims = extract("The army said on Thursday that its units in Hama had been \"redeployed and repositioned\" "
                          "to protect civilians.");
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == Strings{"government"});
    claims = extract("The army said on Friday that its units in Palmyra were redeployed after securing their "
                     "equipment.");
    CHECK(on(claims, "palmyra", ClaimKind::Withdrew) == Strings{"government"});
    // Guard: units redeployed to a place hold it; units from a place say nothing of it.
    claims = extract("Army units were redeployed to Homs on Thursday.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew).empty());
    claims = extract("Army reinforcements from Hama were redeployed on Thursday.");
    CHECK(on(claims, "hama", ClaimKind::Withdrew).empty());
}
