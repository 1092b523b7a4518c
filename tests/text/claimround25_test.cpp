// Round 25 (7 Dec, leaving: the `withdrew` rows of all 36 gold sets the extractor missed, where
// the text tells that the holder left, fled, abandoned or handed over a place). Places are found by
// name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
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

TEST_CASE("round 25: posts abandoned across a city are the city's")
{
    auto claims = extract("On Sunday soldiers abandoned their posts across the capital.");
    CHECK(on(claims, "damascus", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Troops and police abandoned their posts throughout the capital, residents said.");
    CHECK(on(claims, "damascus", ClaimKind::Withdrew) == V {"government"});
    // Guard: posts across a country name no place held, and "near" a city is not in it.
    claims = extract("On Sunday soldiers abandoned their posts across Syria.");
    CHECK(claims.empty());
    claims = extract("On Sunday soldiers abandoned their posts near Homs.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 25: a withdrawal naming no place leaves where its subject stood")
{
    auto claims = extract("Troops in Rastan, home to an army brigade, abandoned their positions on Friday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government"});
    claims = extract("On Friday the Iranian-backed militias in Albu Kamal withdrew across the border to al-Qaim.");
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"iran-militias"});
    CHECK(on(claims, "qaem", ClaimKind::Withdrew).empty());
    claims = extract("The regime's garrison in Palmyra melted away on Friday.");
    CHECK(on(claims, "palmyra", ClaimKind::Withdrew) == V {"government"});
    // An anaphor for two places is both.
    claims = extract("Rebels entered Rastan and Talbiseh on Friday. The army units in the two towns pulled out "
                     "with the last convoy of civilians.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "talbiseh", ClaimKind::Withdrew) == V {"government"});
    // Guard: an actor that is another verb's object, and people who are no side, left nothing.
    claims = extract("Rebels fighting the army in Rastan withdrew on Friday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew).empty());
    claims = extract("Residents in Rastan fled on Friday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 25: conscripts, a regime garrison and Iraqi resistance groups are the sides that left")
{
    auto claims = extract("In Rastan and Talbiseh, conscripts abandoned their positions on Friday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "talbiseh", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Rebels took Palmyra on Friday after the regime garrison abandoned it.");
    CHECK(on(claims, "palmyra", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Syrian forces and allied Iraqi resistance groups pulled out of Albu Kamal on Friday.");
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"government", "iran-militias"});
    // Guard: conscripts who leave no place named make no claim; rebels freeing them took nothing from them.
    claims = extract("Conscripts paid $17 a month shed their uniforms and went home.");
    CHECK(claims.empty());
    claims = extract("In Rastan, rebels freed conscripts on Friday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 25: relocated from a place is a withdrawal from it")
{
    auto claims = extract("IRGC advisers were \"relocated\" from Aleppo to Damascus on Saturday.");
    CHECK(on(claims, "aleppo", ClaimKind::Withdrew) == V {"iran-militias"});
    CHECK(on(claims, "damascus", ClaimKind::Withdrew).empty());
    // Guard: relocated to a place still holds it.
    claims = extract("The army relocated to Homs on Saturday.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 25: officers are the army's")
{
    auto claims = extract("Rebels entered Sanamayn, seat of the regime's 9th Division, after its officers fled.");
    CHECK(on(claims, "sanamayn", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Rebels took Daraa on Friday after the army agreed to an orderly withdrawal of its officers.");
    CHECK(on(claims, "daraa", ClaimKind::Withdrew) == V {"government"});
    // Guard: another side's officers stay that side's, and bare "officers" are nobody's.
    claims = extract("On Friday rebel officers left Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"opposition"});
    claims = extract("On Friday Israeli officers entered Quneitra.");
    CHECK(on(claims, "quneitra", ClaimKind::Entered).empty());
}

TEST_CASE("round 25: a scene opened by across is where the posts were left")
{
    auto claims = extract("Across the capital, soldiers abandoned their posts.");
    CHECK(on(claims, "damascus", ClaimKind::Withdrew) == V {"government"});
    claims = extract("Across Homs and Hama, soldiers abandoned their posts on Friday.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew) == V {"government"});
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == V {"government"});
    // Guard: a country opening the scene is no place held, and a scene of no posts gives no withdrawal.
    claims = extract("Across Syria, soldiers abandoned their posts.");
    CHECK(claims.empty());
    claims = extract("Across the capital, residents celebrated on Sunday.");
    CHECK(claims.empty());
}
