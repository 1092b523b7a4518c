// Round 34 (places no claim named, "noplace" misses of the tuning sets): "inside" after the ground
// held is that ground's preposition ("withdrew from positions inside the town of Albu Kamal"), a
// list goes on past ", as well as" with the verb's own preposition again ("…, as well as from the
// city of Mayadin"), and "the city" does not stand for a place something happens around or near.
// Places are found by name search (claimtesthelpers.h), so these test the extractor apart from
// the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround34: 'withdrew from positions inside the town of Albu Kamal' left the town")
{
    auto claims = extract("Syrian army units withdrew on Friday from positions inside the town of Albu Kamal.");
    CHECK(testing::on(claims, "abukamal", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::dayOf(claims, "abukamal", ClaimKind::Withdrew) == "2024-12-06");
    claims = extract("Syrian troops abandoned their posts inside Homs on Friday.");
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    // Guard: a bare "inside" after its actor still says where the actor is.
    claims = extract("Residents said rebels inside Homs were firing into the air on Friday.");
    CHECK(testing::on(claims, "homs", ClaimKind::Entered) == std::vector<std::string>{"opposition"});
    // Guard: "inside" after a noun that is no ground held makes no claim of its own.
    claims = extract("A car bomb exploded inside Homs on Friday.");
    CHECK(claims.empty());
}

TEST_CASE("claimround34: ', as well as from the city of X' goes on with the verb's objects")
{
    auto claims = extract("Syrian army units withdrew from Deir ez-Zor on Friday, as well as from the town of Albu Kamal.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::on(claims, "abukamal", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    claims = extract("The army pulled out of Rastan, as well as out of Talbiseh, on Friday.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    // Guard: another preposition is no object of the verb ("towards" is where they went).
    claims = extract("Syrian army units withdrew from Deir ez-Zor on Friday, as well as towards Palmyra.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    CHECK(testing::on(claims, "palmyra", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround34: 'the city' is not the place clashes went on around")
{
    auto claims = extract("Turkish-backed factions pressed their attack on Manbij on Saturday. The SDF said fierce "
                          "clashes continued around Tal Rifaat and that its fighters still hold all positions inside "
                          "the city.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Controls) == std::vector<std::string>{"sdf"});
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Controls).empty());
    // Guard: a place named as where the fighters are is the city meant.
    claims = extract("Turkish-backed factions pressed their attack on Manbij on Saturday. The SDF said its fighters "
                     "were still in Tal Rifaat and still hold all positions inside the city.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Controls) == std::vector<std::string>{"sdf"});
}
