// Round 42 (the actor, second pass): the subject of a control verb that a reader finds past words
// the extractor read as a break. Places are found by name search (claimtesthelpers.h), so these
// test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;
using V = std::vector<std::string>;

V on(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    return testing::on(claims, place, kind);
}

} // namespace

TEST_CASE("claimround42: 'had in fact reached' keeps its subject")
{
    auto claims = extract("Fighters of the southern factions had in fact reached Damascus first, in the early hours "
                          "of Sunday.");
    CHECK(on(claims, "damascus", ClaimKind::Entered) == V {"sor"});
    claims = extract("Kurdish-led forces at last entered Deir ez-Zor on Friday.");
    CHECK(on(claims, "deirezzor", ClaimKind::Entered) == V {"sdf"});
    // Guard: the adverb carries a subject past nothing else: "the rebels' aid convoy" is a convoy.
    claims = extract("The rebels' aid convoy had in fact reached Damascus first.");
    CHECK(on(claims, "damascus", ClaimKind::Entered).empty());
}

TEST_CASE("claimround42: 'Its fighters' opening a sentence are those of the actor the sentence before opened with")
{
    auto claims = extract("The SDF had crossed the Euphrates on Friday, after regime forces withdrew from Palmyra, as "
                          "the regime's army disintegrated. Its fighters took over Deir ez-Zor.");
    CHECK(on(claims, "deirezzor", ClaimKind::Captured) == V {"sdf"});
    // Guard: an actor named later in the sentence before is no opener of it.
    claims = extract("On Friday the SDF crossed the Euphrates as the rebels advanced on Homs. Its fighters took over "
                     "Deir ez-Zor.");
    CHECK(on(claims, "deirezzor", ClaimKind::Captured) == V {"opposition"});
}

TEST_CASE("claimround42: 'The group also moved into' is the group the sentence before opened with")
{
    const auto claims = extract("The SDF had entered Deir ez-Zor on Friday after government troops abandoned the city "
                                "as rebels advanced on Homs. The group also moved into Albu Kamal.");
    CHECK(on(claims, "abukamal", ClaimKind::Entered) == V {"sdf"});
    CHECK(on(claims, "deirezzor", ClaimKind::Entered) == V {"sdf"});
}
