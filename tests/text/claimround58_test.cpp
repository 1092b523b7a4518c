// Round 58 (triggers and kinds, third pass): a fight that someone acts to avoid is no fight
// (claimtriggerpasses.cpp dropAvoidedFight). Places are found by name search (claimtesthelpers.h),
// so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround58: a clash avoided is no fight at the place")
{
    auto claims = extract("In Sweida, local armed groups took control of the city late on Friday, after security "
                          "forces withdrew to avoid a clash with the Druze community.");
    CHECK(testing::on(claims, "suwayda", ClaimKind::Contested).empty());
    CHECK(!testing::on(claims, "suwayda", ClaimKind::Captured).empty());
    claims = extract("The army said it had withdrawn its troops from Hama to avoid fighting in Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Contested).empty());
    // Guard: a comma closes the purpose; the fight after it, within five words, is told.
    claims = extract("Rebels said civilians fled to avoid the shelling, and clashes in Hama went on through Friday.");
    CHECK(testing::on(claims, "hama", ClaimKind::Contested) == std::vector<std::string>{"opposition"});
}
