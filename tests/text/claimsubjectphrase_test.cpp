// "Rebels in the south took control of Daraa", "rebels in Daraa province seized …": a short "in /
// from the …" phrase after the actor, or a place with its own noun ("province"), belongs to the
// subject; it is no other subject that blocks the claim.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;
using testing::on;
using V = std::vector<std::string>;

namespace {

std::vector<core::Claim> extract(const std::string& body)
{
    return testing::extractWith(testing::seedGazetteer(), body, "2024-12-07T12:00:00Z", "Test Wire");
}

} // namespace

TEST_CASE("an actor 'in the south' or 'from the region' is still the subject")
{
    CHECK(on(extract("Rebels in the south took control of Daraa on Friday."), "daraa", ClaimKind::Captured) ==
          V {"opposition"});
    CHECK(on(extract("Fighters from the region seized Daraa on Friday."), "daraa", ClaimKind::Captured) ==
          V {"opposition"});
    CHECK(on(extract("The rebels in the north took control of Aleppo."), "aleppo", ClaimKind::Captured) ==
          V {"opposition"});
    // "in Daraa province": the place's own noun after it belongs to the phrase too.
    CHECK(on(extract("Rebels in Daraa province seized Sanamayn on Friday."), "sanamayn", ClaimKind::Captured) ==
          V {"opposition"});
    CHECK(on(extract("Local rebels in Hama province took control of Homs on Friday."), "homs", ClaimKind::Captured) ==
          V {"opposition"});
    // A noun phrase of its own before the verb still blocks: the shelling is no actor.
    CHECK(on(extract("Heavy shelling in the south hit Daraa on Friday."), "daraa", ClaimKind::Captured).empty());
}
