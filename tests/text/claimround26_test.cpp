// Round 26 (7 Dec, places left unbound in heldout26-34: no claim on a place the gazetteer knows
// though a verb of control stands in the sentence): "the town" after a two-word subject, a list
// that goes on past an aside ("…, and of the town of Mayadin", "…, as well as Kuweires"), a count
// of places and then their names ("seven villages - Hatla, Marrat, …"). Places are found by name
// search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

using testing::on;
using V = std::vector<std::string>;

} // namespace

TEST_CASE("round 26: the town after a subject of two words is the town named before")
{
    // "The army abandoned the town" once read as one phrase "The … town" standing for the town.
    auto claims = extract("Rebels captured Rastan on Friday. The army abandoned the town on Saturday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Rebels reached Rastan on Friday. The army handed the town over to HTS on Saturday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"hts"});
    // Guard: a town named after "the city of" is that town, not the one before.
    claims = extract("Rebels captured Rastan on Friday. The army abandoned the city of Homs on Saturday.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "rastan", ClaimKind::Withdrew).empty());
}
