// Round 50 (kinds and triggers): a trigger that its sentence shows to be no claim of its own, and
// the kinds of verbs news copy uses for taking, entering and leaving. Places are found by name
// search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;
using Actors = std::vector<std::string>;

} // namespace

TEST_CASE("claimround50: units 'stationed in' a place that then withdrew held nothing there")
{
    auto claims = extract("On Friday, Iraqi armed factions stationed in Albu Kamal withdrew across the border "
                          "towards al-Qaim.");
    CHECK(testing::on(claims, "abukamal", ClaimKind::Withdrew) == Actors{"iran-militias"});
    CHECK(testing::on(claims, "abukamal", ClaimKind::Controls).empty());
    claims = extract("Regime units stationed in Rastan also pulled back towards Homs on Friday night.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == Actors{"government"});
    CHECK(testing::on(claims, "rastan", ClaimKind::Controls).empty());
    // Guards: units that stay or fight where they are stationed hold it.
    claims = extract("Army units stationed in Rastan repelled a large attack on Friday.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Controls) == Actors{"government"});
    claims = extract("Army units are still stationed in Rastan, while rebels withdrew from Talbiseh.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Controls) == Actors{"government"});
}

TEST_CASE("claimround50: a place 'previously held by' an actor that the sentence's capture took was lost by it")
{
    auto claims = extract("On 1 December, Turkish-backed SNA factions took control of Manbij, previously held by the "
                          "SDF, prompting thousands to flee.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Captured) == Actors{"sna"});
    CHECK(testing::on(claims, "manbij", ClaimKind::Withdrew) == Actors{"sdf"});
    CHECK(testing::dayOf(claims, "manbij", ClaimKind::Withdrew) == "2024-12-01");
    CHECK(testing::on(claims, "manbij", ClaimKind::Controls).empty());
    // Guard: with no capture to date it, a past holding is no claim (neither held now nor lost today).
    claims = extract("Manbij, previously held by the SDF, is a mainly Arab town.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Withdrew).empty());
    CHECK(testing::on(claims, "manbij", ClaimKind::Controls).empty());
}
