// Round 55 (triggers and kinds, second pass): the army's "redeployment" words for leaving a city.
// Places are found by name search (claimtesthelpers.h), so these test the extractor apart from the
// geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;
using Actors = std::vector<std::string>;

} // namespace

TEST_CASE("claimround55: a 'redeployment of its forces out of' a city, units 'stationed outside' it: the army left")
{
    auto claims = extract("On Saturday the army announced a \"temporary redeployment\" of its forces out of Aleppo city.");
    CHECK(testing::on(claims, "aleppo", ClaimKind::Withdrew) == Actors{"government"});
    claims = extract("Rebels entered Hama. Syria's military said on Saturday that it had redeployed its units and "
                     "stationed them outside the city.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Actors{"government"});
    // Guard: units stationed in a place (not moved outside it) left nothing.
    claims = extract("Syria's military said on Saturday that it had redeployed its units and stationed them in Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround55: fighters who arrive 'and deployed in' a place entered it")
{
    auto claims = extract("On Saturday HTS fighters came in along the Palmyra road and deployed in Homs.");
    CHECK(testing::on(claims, "homs", ClaimKind::Entered) == Actors{"hts"});
    CHECK(testing::on(claims, "homs", ClaimKind::Controls).empty());
    claims = extract("Israeli troops seized Quneitra on Saturday and deployed in Saasa.");
    CHECK(testing::on(claims, "saasa", ClaimKind::Entered) == Actors{"israel"});
    // Guard: a deployment with no arrival before it is a holding.
    claims = extract("On Saturday the army said its units were deployed in Hama and repelled an attack.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered).empty());
    claims = extract("The army said on Saturday it had reinforced its lines and deployed in Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered).empty());
}

TEST_CASE("claimround55: detainees freed 'held at' a place: the freers were inside it")
{
    auto claims = extract("On Saturday rebels said they had freed detainees held at Palmyra.");
    CHECK(testing::on(claims, "palmyra", ClaimKind::Entered) == Actors{"opposition"});
    // Guard: detainees only held somewhere, with no one freeing them, tell of no entry.
    claims = extract("On Saturday rebels said thousands of detainees were still held at Palmyra.");
    CHECK(testing::on(claims, "palmyra", ClaimKind::Entered).empty());
}
