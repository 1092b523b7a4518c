// Round 30 (7 Dec, control changes whose place was found but not the gold's actor): the losing
// side a capture sentence also states — "filling a vacuum left by retreating government troops",
// "after government forces pulled out of its last neighbourhoods", "a day after losing control of
// Daraa to local factions" — and withdrawals whose subject carries a relative clause ("government
// forces and the Iran-backed militias that had garrisoned the valley for years pulled out of …").
// Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;
using Actors = std::vector<std::string>;

} // namespace

TEST_CASE("round30: a relative clause on the subject dates its own verb, and 'and the' joins two subjects")
{
    auto claims = extract("In the east, government forces and the Iran-backed militias that had garrisoned the "
                          "Euphrates valley for years pulled out of Deir ez-Zor and Albu Kamal.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Withdrew) == Actors{"government", "iran-militias"});
    CHECK(testing::on(claims, "abukamal", ClaimKind::Withdrew) == Actors{"government", "iran-militias"});
    // Guard: a year on the main verb still dates it.
    claims = extract("Iran-backed militias that had garrisoned the valley pulled out of Deir ez-Zor in 2017.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Withdrew).empty());
}

TEST_CASE("round30: 'filling a vacuum left by' names who left the place entered")
{
    auto claims = extract("The SDF moved into Deir ez-Zor and Albu Kamal on Friday, filling a vacuum left by "
                          "retreating government troops and Iran-backed militias.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Entered) == Actors{"sdf"});
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Withdrew) == Actors{"government", "iran-militias"});
    CHECK(testing::on(claims, "abukamal", ClaimKind::Withdrew) == Actors{"government", "iran-militias"});
    // Guard: a place left in a clause of its own is that place's, not the one entered.
    claims = extract("Rebels entered Hama on Thursday, a day after Homs was abandoned by government forces.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew).empty());
}

TEST_CASE("round30: a withdrawal after the capture that names no place of its own left the captured place")
{
    auto claims = extract("HTS said it had taken full control of Homs after government forces pulled out of its "
                          "last neighbourhoods.");
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == Actors{"government"});
    claims = extract("Rebels swept into Salamiyah after government troops there pulled out without firing a shot.");
    CHECK(testing::on(claims, "salamiyah", ClaimKind::Withdrew) == Actors{"government"});
    // Guards: a withdrawal from another place; a collapse that "left" the place.
    claims = extract("Rebels captured Hama after government troops withdrew from Homs.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew).empty());
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == Actors{"government"});
    claims = extract("The SNA seized Tal Rifaat on Sunday, after the regime's collapse in Aleppo left the enclave "
                     "exposed.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Withdrew).empty());
}

TEST_CASE("round30: 'losing control of X to Y' is the loser's withdrawal too")
{
    auto claims = extract("Government forces withdrew from Quneitra on Saturday, a day after losing control of "
                          "Daraa and Hama to local factions.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Captured) == Actors{"opposition"});
    CHECK(testing::on(claims, "daraa", ClaimKind::Withdrew) == Actors{"government"});
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Actors{"government"});
    // Guard: "lost the airport to the rebels" tells of the rebels' capture.
    claims = extract("The army lost Hama to the rebels on Thursday.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured) == Actors{"opposition"});
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew).empty());
}

TEST_CASE("round30: 'following the withdrawal of' and a second withdrawal after 'and' name the side that left")
{
    auto claims = extract("The rebels said they had taken control of Palmyra on Saturday following the "
                          "withdrawal of regime forces.");
    CHECK(testing::on(claims, "palmyra", ClaimKind::Withdrew) == Actors{"government"});
    claims = extract("In Sweida, Druze factions took control of the city on Friday after the governor and security "
                     "chiefs fled and army units pulled out of their barracks there.");
    CHECK(testing::on(claims, "suwayda", ClaimKind::Withdrew) == Actors{"government"});
    // Guards: a withdrawal with a place of its own.
    claims = extract("The rebels took control of Palmyra following the withdrawal of regime forces from "
                     "Homs.");
    CHECK(testing::on(claims, "palmyra", ClaimKind::Withdrew).empty());
    claims = extract("Druze factions took control of Sweida on Friday after the governor fled and army units pulled "
                     "out of Daraa.");
    CHECK(testing::on(claims, "suwayda", ClaimKind::Withdrew).empty());
}

TEST_CASE("round30: 'the city' after Damascus called 'the capital' is the city the sentences before told of")
{
    auto claims = extract("Soldiers abandoned their posts in Latakia on Sunday morning. That afternoon, hours after news "
                          "spread that Bashar al-Assad had fled the capital, columns of the Military Operations "
                          "Command entered the city without firing a shot.");
    CHECK(testing::on(claims, "latakia", ClaimKind::Entered) == Actors{"hts"});
    CHECK(testing::on(claims, "damascus", ClaimKind::Entered).empty());
    // Guard: with no city told of before, "the city" is still the capital.
    claims = extract("Hours after news spread that Bashar al-Assad had fled the capital, columns of the Military "
                     "Operations Command entered the city without firing a shot.");
    CHECK(testing::on(claims, "damascus", ClaimKind::Entered) == Actors{"hts"});
}

TEST_CASE("round30: 'after the withdrawal of the Damascus government's forces and allied Iranian-backed groups'")
{
    auto claims = extract("SDF fighters entered Deir ez-Zor city after the withdrawal of the Damascus government's "
                          "forces and allied Iranian-backed groups.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Withdrew) == Actors{"government", "iran-militias"});
    // Guard: the withdrawal from a place of its own.
    claims = extract("SDF fighters entered Deir ez-Zor city after the withdrawal of the Damascus government's "
                     "forces and allied Iranian-backed groups from Albu Kamal.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Withdrew).empty());
}

TEST_CASE("round30: 'the city' is not the seat the new rulers are named by")
{
    auto claims = extract("On December 11th the SDF pulled out of Deir ez-Zor, and fighters loyal to the new "
                          "authorities in Damascus took over the city.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Captured) == Actors{"hts"});
    CHECK(testing::on(claims, "damascus", ClaimKind::Captured).empty());
    claims = extract("The SDF pulled out of Deir ez-Zor, and fighters of the Military Operations Command, which now "
                     "runs Damascus, entered the city.");
    CHECK(testing::on(claims, "deirezzor", ClaimKind::Entered) == Actors{"hts"});
    // Guard: the capital named by itself is still the city.
    claims = extract("The SDF pulled out of Deir ez-Zor, and rebels who had reached Damascus entered the city.");
    CHECK(testing::on(claims, "damascus", ClaimKind::Entered) == Actors{"opposition"});
}

TEST_CASE("round30: a retreat into another place after a capture left the captured place")
{
    auto claims = extract("By the same night, the SDF had also taken over Albu Kamal on the Iraqi border, after Iraqi "
                          "militias that had controlled the crossing for years pulled back into Iraq.");
    CHECK(testing::on(claims, "abukamal", ClaimKind::Captured) == Actors{"sdf"});
    CHECK(testing::on(claims, "abukamal", ClaimKind::Withdrew) == Actors{"iran-militias"});
    // Guard: a retreat toward a place is a movement on the way, not read as leaving.
    claims = extract("HTS and allied factions took control of Hama on Friday, after regime forces had pulled back "
                     "south toward Homs city.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew).empty());
}
