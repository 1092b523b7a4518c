// Round 47 (11 Dec, kinds and stances, second pass): the tuning sets' claims whose actor was right
// but whose kind or stance was not. Places are found by name search (claimtesthelpers.h), so these
// test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround47: an announced liberation past an aside, quotes or 'full' is a capture, not a holding")
{
    // An aside between the verb and its object.
    auto claims = extract("In Damascus, the factions announced in a statement read on Syrian state television the "
                          "\"liberation\" of the capital.");
    CHECK(testing::on(claims, "damascus", ClaimKind::Captured) == std::vector<std::string> {"opposition"});
    CHECK(testing::on(claims, "damascus", ClaimKind::Controls).empty());
    // A participle of declaring before the quoted nominal.
    claims = extract("Rebel fighters read a statement on state television declaring \"the liberation of the city of "
                     "Damascus\".");
    CHECK(testing::findClaim(claims, "damascus", ClaimKind::Captured) != nullptr);
    CHECK(testing::findClaim(claims, "damascus", ClaimKind::Controls) == nullptr);
    // "full" between the article and the noun.
    claims = extract("The Military Operations Command announced the full liberation of Homs.");
    CHECK(testing::findClaim(claims, "homs", ClaimKind::Captured) != nullptr);
    // A completion is news of its day too.
    claims = extract("The Syrian National Army has completed the liberation of Manbij.");
    CHECK(testing::findClaim(claims, "manbij", ClaimKind::Captured) != nullptr);
    // Guard: a liberation recalled, not announced, tells who holds the place.
    claims = extract("Analysts say the rebels' capture of Hama leaves Homs exposed.");
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Captured) == nullptr);
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Controls) != nullptr);
    // Guard: the aside must follow the verb whole; a clause ended by a comma gives no announcement.
    claims = extract("The command announced new appointments on Friday, and the liberation of Hama is "
                     "celebrated in the streets.");
    CHECK(testing::findClaim(claims, "hama", ClaimKind::Captured) == nullptr);
}

TEST_CASE("claimround47: a verb of entering whose object is the place's outskirts is an entry, not fighting")
{
    auto claims = extract("Residents said Israeli tanks had entered the outskirts of Quneitra on Friday.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Entered) == std::vector<std::string> {"israel"});
    CHECK(testing::on(claims, "quneitra", ClaimKind::Contested).empty());
    claims = extract("The Military Operations Command says its fighters have pushed into the northern outskirts of "
                     "Homs.");
    CHECK(testing::findClaim(claims, "homs", ClaimKind::Entered) != nullptr);
    // Guard: reaching the outskirts is no entry, nor is a push told as a noun.
    claims = extract("Rebels reached the outskirts of Homs on Friday.");
    CHECK(testing::findClaim(claims, "homs", ClaimKind::Entered) == nullptr);
    CHECK(testing::findClaim(claims, "homs", ClaimKind::Contested) != nullptr);
    claims = extract("Syrian rebels made a dramatic push into the outskirts of Homs on Friday.");
    CHECK(testing::findClaim(claims, "homs", ClaimKind::Entered) == nullptr);
    CHECK(testing::findClaim(claims, "homs", ClaimKind::Contested) != nullptr);
}

TEST_CASE("claimround47: a negation inside a relative clause set off by commas does not deny the main verb")
{
    auto claims = extract("Hama, which had never fallen to the rebels in 13 years of war, was taken by HTS on Friday.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured) == std::vector<std::string> {"hts"});
    // Guard: the relative clause's own verb, and a clause not closed before the verb, stay denied.
    claims = extract("Hama, which the rebels never took, stayed with the army.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured) == std::vector<std::string> {"opposition/denies"});
    claims = extract("HTS, whose fighters had not entered Hama, said it took Homs.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered) == std::vector<std::string> {"hts/denies"});
}
