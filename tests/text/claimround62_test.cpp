// Round 62 (7 Dec): a post or position "on" / "at" a place, and an army named in a relative
// clause. Places are found by name search (claimtesthelpers.h), so these test the extractor apart
// from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;
using V = std::vector<std::string>;

std::vector<core::Claim> withHermon(const std::string& body)
{
    auto g = testing::seedGazetteer();
    g.add(testing::makePlace("hermon", "Mount Hermon", core::PlaceKind::Region, "SY"));
    return testing::extractWith(g, body);
}

} // namespace

TEST_CASE("claimround62: a position or post taken 'on' a height is the height taken")
{
    auto claims = withHermon("Israeli troops have taken a Syrian army position on Mount Hermon.");
    CHECK(testing::on(claims, "hermon", ClaimKind::Captured) == V {"israel"});
    claims = withHermon("Israeli troops have taken a Syrian army post on Mount Hermon.");
    CHECK(testing::on(claims, "hermon", ClaimKind::Captured) == V {"israel"});
    // Guard: what is taken "on" a place must be a post or position, not a stance on it.
    claims = withHermon("Israeli officials have taken a hard line on Mount Hermon.");
    CHECK(testing::on(claims, "hermon", ClaimKind::Captured).empty());
}

TEST_CASE("claimround62: 'the summit' or 'the peak' is the height named before")
{
    auto claims = withHermon("Israeli forces are holding the Syrian peak of Mount Hermon. The IDF said troops took over the "
                             "Syrian army post on the summit on Sunday.");
    CHECK(testing::on(claims, "hermon", ClaimKind::Captured) == V {"israel"});
    // Guard: a summit is no city; with no height named before, it stands for nothing.
    claims = withHermon("Rebels entered Homs on Friday. The IDF said troops took over the Syrian army post on the summit "
                        "on Sunday.");
    CHECK(testing::on(claims, "homs", ClaimKind::Captured).empty());
    CHECK(testing::on(claims, "hermon", ClaimKind::Captured).empty());
}

TEST_CASE("claimround62: an owner's army right before ', which' is the relative clause's subject")
{
    auto claims = extract("Israel is exploiting the moment. Its warplanes struck Latakia on Monday night, and its army, "
                          "which seized Quneitra on Sunday, has since pushed deeper into the zone.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured) == V {"israel"});
    claims = extract("Israel is exploiting the moment. Its troops, who entered Quneitra on Sunday, have since pushed "
                     "deeper.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Entered) == V {"israel"});
    // Guard: a relative clause on a place, not on the army, keeps its own subject.
    claims = extract("Israel is exploiting the moment. Its army holds the hills west of Saasa, which rebels seized on "
                     "Sunday.");
    CHECK(testing::on(claims, "saasa", ClaimKind::Captured) != V {"israel"});
}

TEST_CASE("claimround62: 'the post' is the height or military site named before")
{
    auto claims = withHermon("Israeli commandos took over the Syrian army post on the summit of Mount Hermon. The Syrian "
                             "soldiers who manned it had abandoned the post earlier on Sunday.");
    CHECK(testing::on(claims, "hermon", ClaimKind::Withdrew) == V {"government"});
    // Guard: a post is no town; with no height or military site named before, it stands for nothing.
    claims = withHermon("Rebels entered Saasa on Friday. The soldiers had abandoned the post earlier on Sunday.");
    CHECK(testing::on(claims, "saasa", ClaimKind::Withdrew).empty());
}
