// Round 22 (7 Dec, actor binding on the misses of all 33 gold sets): the subject before an aside
// between spaced dashes, before a relative clause with no commas ("rebels who had made their peace
// with the regime in 2018 seized Daraa", its year no date of the seizure), before ", who / where
// …," past a place phrase ("local rebels in Daraa province, where …, took"), an adverb "first"
// before the verb, a rebel speaker's "troops" left to the army, and a place named inside an
// actor's name ("local fighters in Daraa") kept for "the provincial capital", and "the government
// of Idlib" as HTS's. Places are found by name search (claimtesthelpers.h), so these test the
// extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

using testing::on;
using V = std::vector<std::string>;

// The built-in actors with the scenario's "local fighters in Daraa" for the Southern Operations Room.
std::vector<core::Claim> extractScenario(const std::string& body)
{
    static const text::ActorMatcher matcher = [] {
        auto actors = text::ActorMatcher::defaultActors();
        for (auto& a : actors)
            if (a.id == "sor")
                a.aliases.push_back("local fighters in Daraa");
        return text::ActorMatcher(std::move(actors));
    }();
    const auto g = testing::seedGazetteer();
    return text::extractClaims(testing::makeArticle(body), testing::mentionsByName(body, g), matcher, g);
}

} // namespace

TEST_CASE("round 22: the subject before an aside between spaced dashes")
{
    auto claims = extract("On Friday, rebel fighters – many of them defectors from the army – seized Daraa.");
    CHECK(on(claims, "daraa", ClaimKind::Captured) == V {"opposition"});
    // An actor inside the aside is not the subject.
    claims = extract("On Friday, rebel fighters – who had long fought the regime – seized Daraa.");
    CHECK(on(claims, "daraa", ClaimKind::Captured) == V {"opposition"});
    // Guard: a subject right before the verb, after the aside, stays the subject.
    claims = extract("In the south – the cradle of the uprising – the Southern Operations Room seized Daraa on Friday.");
    CHECK(on(claims, "daraa", ClaimKind::Captured) == V {"sor"});
}

TEST_CASE("round 22: local fighters in Daraa name the province whose capital they seized")
{
    auto claims = extractScenario("On Dec. 6, local fighters in Daraa – the cradle of the 2011 uprising – seized "
                                  "the city.");
    CHECK(on(claims, "daraa", ClaimKind::Captured) == V {"sor"});
    // Guard: the place inside the actor's name is no object of a clash around other towns.
    claims = extractScenario("Clashes broke out tonight between local fighters in Daraa and regime forces in Saasa.");
    CHECK(on(claims, "daraa", ClaimKind::Contested).empty());
    CHECK(on(claims, "saasa", ClaimKind::Contested) == V {"sor"});
}

TEST_CASE("round 22: the subject before a relative clause with no commas")
{
    auto claims = extract("In the south, rebels who had made their peace with the regime under a Russian-brokered "
                          "deal in 2018 took up arms again and seized Daraa on Friday.");
    CHECK(on(claims, "daraa", ClaimKind::Captured) == V {"opposition"});
    claims = extract("Rebels who had fought the regime for years seized Daraa on Friday.");
    CHECK(on(claims, "daraa", ClaimKind::Captured) == V {"opposition"});
    // Guard: a subject of its own after a reporting verb keeps the claim.
    claims = extract("Rebels who captured Hama said troops withdrew from Homs.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "homs", ClaimKind::Withdrew) == V {"government"});
    // Guard: a year in the clause of the verb itself still dates it long ago.
    claims = extract("Government forces, who retook Aleppo in 2016, held it for years.");
    CHECK(on(claims, "aleppo", ClaimKind::Captured).empty());
}

TEST_CASE("round 22: the subject before a ', where' clause past a place phrase")
{
    auto claims = extract("In the south, local rebels in Daraa province, where the uprising began in 2011, took "
                          "control of Daraa city on Friday.");
    CHECK(on(claims, "daraa", ClaimKind::Captured) == V {"opposition"});
    claims = extract("Local rebels in the south, who had made peace in 2018, took control of Daraa on Friday.");
    CHECK(on(claims, "daraa", ClaimKind::Captured) == V {"opposition"});
    // Guard: a place phrase with nobody before it names no subject.
    claims = extract("In Daraa province, where the uprising began in 2011, the fighting ended.");
    CHECK(on(claims, "daraa", ClaimKind::Captured).empty());
}

TEST_CASE("round 22: an adverb 'first' before the verb")
{
    auto claims = extract("HTS-led fighters first entered Aleppo on November 29.");
    CHECK(on(claims, "aleppo", ClaimKind::Entered) == V {"hts"});
    // Guard: "the first to" still steps over to the subject.
    claims = extract("The Southern Operations Room were the first to reach Damascus on Sunday.");
    CHECK(on(claims, "damascus", ClaimKind::Entered) == V {"sor"});
}

TEST_CASE("round 22: a rebel speaker's bare troops are the army's")
{
    auto claims = extract("In Homs, rebels say troops have left their positions.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew) == V {"government"});
    // Guard: an army or a foreign state's troops stay the speaker's own.
    claims = extract("The Israeli military says troops have moved into Quneitra.");
    CHECK(on(claims, "quneitra", ClaimKind::Entered) == V {"israel"});
    claims = extract("The SDF said fighters had withdrawn from Manbij.");
    CHECK(on(claims, "manbij", ClaimKind::Withdrew) == V {"sdf"});
}

TEST_CASE("round 22: the government of Idlib is HTS's, not the state's")
{
    auto claims = extract("On November 27th fighters led by Hayat Tahrir al-Sham (HTS), a jihadist group that has "
                          "spent years recasting itself as the sober government of Idlib province, struck west of "
                          "Aleppo. By November 30th they held Syria's second city. Hama, which Hafez al-Assad "
                          "levelled in 1982 to crush an Islamist revolt, fell to them on December 5th.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"hts"});
    // Guard: a government named with no Idlib is still the state.
    claims = extract("The government recaptured Hama on Friday.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"government"});
}
