// Round 61 (posts left empty): "army checkpoints at the town entrances have stood empty since late
// afternoon" is the army's withdrawal, as "had been abandoned" is (round 60); residents' towns that
// open the sentence are its scene. Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround61: posts that stood empty are their owner's withdrawal from the scene")
{
    auto claims = extract("In Talbiseh, army checkpoints at the town entrances have stood empty since Friday.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    claims = extract("In Rastan, regime positions were empty on Saturday.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    // Guard: empty streets and shops are no posts.
    claims = extract("In Talbiseh, the streets were empty on Saturday and the shops stood empty.");
    CHECK(testing::findClaim(claims, "talbiseh", ClaimKind::Withdrew) == nullptr);
    // Guard: posts whose owner the text does not name are nobody's withdrawal.
    claims = extract("In Talbiseh, the checkpoints were empty on Saturday.");
    CHECK(testing::findClaim(claims, "talbiseh", ClaimKind::Withdrew) == nullptr);
}

TEST_CASE("claimround61: the residents' towns are the scene of posts left empty")
{
    auto claims = extract("Residents of Rastan and Talbiseh, north of Homs, tell Test Wire that army checkpoints at "
                          "the town entrances have stood empty since Friday.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    // Guard: what residents say of other things is no withdrawal.
    claims = extract("Residents of Rastan tell Test Wire that the markets have stood empty since Friday.");
    CHECK(testing::findClaim(claims, "rastan", ClaimKind::Withdrew) == nullptr);
}

TEST_CASE("claimround61: a base named for an army unit left empty is the army's")
{
    auto claims = extract("In Rastan, the 52nd Brigade base, one of the largest in the area, was empty by Friday "
                          "evening, residents said.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Withdrew) == "2024-12-06");
    // Guard: a base no unit or force is named for is nobody's.
    claims = extract("In Rastan, the base, one of the largest in the area, was empty by Friday evening, residents said.");
    CHECK(testing::findClaim(claims, "rastan", ClaimKind::Withdrew) == nullptr);
}
