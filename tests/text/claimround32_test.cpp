// Round 32 (places the extractor could not claim because of the gazetteer or the place span): a
// capitalised "As-" glued to a name is its article, not the conjunction "as" (claimwords.cpp).
// The gazetteer rows of the round are data (geodata/sources) and are checked by the gold sets,
// not here. Places are found by name search (claimtesthelpers.h), so these test the extractor
// apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("round 32: 'assumed control of As-Sweida city' is one name, not 'as' opening a clause")
{
    auto claims = extract("Local armed groups assumed control of As-Sweida city on Saturday.");
    CHECK_FALSE(testing::on(claims, "suwayda", ClaimKind::Captured).empty());
    // Guard: a spaced "as" still opens a clause; the army's withdrawal from Homs is not the rebels'.
    claims = extract("Rebels entered Hama on Friday as the army withdrew from Homs.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered) == std::vector<std::string>{"opposition"});
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
}
