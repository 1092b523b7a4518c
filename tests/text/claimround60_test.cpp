// Round 60 (agentless posts and speakers behind asides): a passive that tells a force's posts were
// left ("army checkpoints had been abandoned on Saturday") is that force's withdrawal from the
// scene's place, across a speaker's verb. Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround60: 'army checkpoints had been abandoned' is the army's withdrawal from the scene")
{
    auto claims = extract("In Rastan, a few kilometres north of Homs, residents said army checkpoints had been "
                          "abandoned on Saturday.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Withdrew) == "2024-12-07");
    // "by Friday evening" is a time, and "by telephone" after the comma no agent of it.
    claims = extract("In Talbiseh, north of Homs, army checkpoints had been abandoned by Friday evening, residents "
                     "told Test Wire by telephone.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    claims = extract("In Talbiseh, regime positions were abandoned on Friday.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    // Guard: posts whose owner the text does not name are nobody's withdrawal.
    claims = extract("In Talbiseh, residents said the checkpoints had been abandoned on Saturday.");
    CHECK(testing::findClaim(claims, "talbiseh", ClaimKind::Withdrew) == nullptr);
    // Guard: posts set up are no withdrawal at all.
    claims = extract("In Talbiseh, residents said army checkpoints had been set up on Saturday.");
    CHECK(testing::findClaim(claims, "talbiseh", ClaimKind::Withdrew) == nullptr);
    // Guard: an agent after "by" is the one who left them, not the posts' owner.
    claims = extract("In Talbiseh, army checkpoints were abandoned by Hezbollah fighters on Friday.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew) == std::vector<std::string>{"hezbollah"});
}
