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
