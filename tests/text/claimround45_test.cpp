// Round 45: which place a name or "the city" stands for. A place that names an end of a road is
// not the city meant. Places are found by name search (claimtesthelpers.h), so these test the
// extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround45: 'withdrew from the city along the Damascus–Daraa highway' is not Damascus")
{
    auto claims = extract("Local factions took full control of Daraa on Friday. Regime forces withdrew from the city along "
                          "the Damascus-Daraa highway, leaving behind armoured vehicles.");
    CHECK(testing::on(claims, "damascus", ClaimKind::Withdrew).empty());
    CHECK(!testing::on(claims, "daraa", ClaimKind::Withdrew).empty());
    // Guard: two places joined by a dash that is no road ("the Homs–Hama front") still stand for the city.
    claims = extract("Fighting raged on the Homs-Hama front before the army withdrew from the city on Thursday.");
    CHECK(!testing::on(claims, "hama", ClaimKind::Withdrew).empty());
}
