// Round 43 (the day of a claim in narrative and feature articles): which time expression of the
// sentence, or of the sentences before, a claim takes. Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround43: 'before dawn on Thursday' is that Thursday, not a clause of its own")
{
    auto claims = extract("Rebel fighters entered Homs before dawn on Thursday, meeting little resistance.");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Entered) == "2024-12-05");
    // Guard: "before" opening a clause still keeps that clause's day from the verb before it.
    claims = extract("Rebel fighters entered Rastan, before seizing Homs on Thursday.");
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Entered) != "2024-12-05");
    CHECK(testing::dayOf(claims, "homs", ClaimKind::Captured) == "2024-12-05");
}
