// Round 18: who did it. Right verb, right place, wrong or no actor: a second predicate after
// "and" with no subject of its own ("government forces pushed the rebels back and retook X"),
// "HTS-led rebels", descriptions that stand for an actor named before ("the same operation",
// "the group"). Places are found by name search (claimtesthelpers.h), so these test the
// extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = [] {
        using K = core::PlaceKind;
        core::Gazetteer out = testing::seedGazetteer();
        out.add(testing::makePlace("kafraa", "Kafraa", K::Village, "SY"));
        out.add(testing::makePlace("urum", "Urum al-Sughra", K::Village, "SY"));
        out.add(testing::makePlace("nubl", "Nubl", K::Town, "SY"));
        out.add(testing::makePlace("mhardeh", "Mhardeh", K::Town, "SY"));
        out.add(testing::makePlace("qamhana", "Qamhana", K::Town, "SY"));
        out.add(testing::makePlace("zainabidin", "Jabal Zain al-Abidin", K::Military, "SY"));
        return out;
    }();
    return g;
}

std::vector<core::Claim> extract(const std::string& body, std::string outlet = "Test Wire")
{
    return testing::extractWith(gazetteer(), body, "2024-12-07T18:00:00Z", std::move(outlet));
}

// The built-in actors plus the scenario's Syrian Free Army, "international coalition" and
// "Russian air force".
std::vector<core::Claim> extractWithScenarioActors(const std::string& body)
{
    static const text::ActorMatcher matcher = [] {
        auto actors = text::ActorMatcher::defaultActors();
        core::Actor sfa;
        sfa.id = "sfa";
        sfa.name = "Syrian Free Army";
        sfa.side = "opposition";
        sfa.parent = "opposition";
        actors.push_back(sfa);
        for (auto& a : actors)
            if (a.id == "us-coalition")
                a.aliases.push_back("international coalition");
            else if (a.id == "russia")
                a.aliases.push_back("Russian air force");
        return text::ActorMatcher(std::move(actors));
    }();
    const auto article = testing::makeArticle(body, "2024-12-07T18:00:00Z", "Test Wire");
    return text::extractClaims(article, testing::mentionsByName(body, gazetteer()), matcher, gazetteer());
}

using testing::on;
using V = std::vector<std::string>;

} // namespace

TEST_CASE("round 18: a second predicate after 'and' shares the first one's subject, not its object's actor")
{
    // The rebels are what the army pushed back; the army retook Kafraa.
    auto claims = extract("Last Wednesday, government forces backed by heavy air strikes pushed the rebels back "
                          "and retook the village of Kafraa, the monitor said.");
    CHECK(on(claims, "kafraa", ClaimKind::Captured) == V {"government"});
    // An actor inside the first predicate's object ("the army's defence lines"), past an attribution.
    claims = extract("According to the Syrian Defence Ministry, HTS militants broke through the army's defence "
                     "lines west of Aleppo on Wednesday and seized several villages, including Urum al-Sughra.");
    CHECK(on(claims, "urum", ClaimKind::Captured) == V {"hts"});
    // Its own subject after "and" stays its own.
    claims = extract("Rebels pushed the army out of Hama on Thursday, and government troops retook Kafraa.");
    CHECK(on(claims, "kafraa", ClaimKind::Captured) == V {"government"});
}

TEST_CASE("round 18: 'HTS-led rebels' are HTS")
{
    const auto claims = extract("HTS-led rebels seized Aleppo on Saturday.");
    CHECK(on(claims, "aleppo", ClaimKind::Captured) == V {"hts"});
    const auto opposition = extract("HTS-led opposition forces seized Hama on Thursday.");
    CHECK(on(opposition, "hama", ClaimKind::Captured) == V {"hts"});
}

TEST_CASE("round 18: the subject of a predicate before ', after …,' is the one a later 'and took' shares")
{
    const auto claims = extract("The SNA seized Tal Rifaat on Dec. 1. The same operation captured the Kuweires "
                                "air base east of Aleppo on Dec. 1, after regime forces abandoned it, and on Dec. 2 "
                                "took control of Nubl.");
    CHECK(on(claims, "kuweires", ClaimKind::Captured) == V {"sna"});
    CHECK(on(claims, "nubl", ClaimKind::Captured) == V {"sna"});
}

TEST_CASE("round 18: 'fighters led by X' are X's, also for a pronoun in the next sentence")
{
    // Israel, named last, did not seize Aleppo: "they" are the fighters led by HTS.
    const auto claims = extract("The ministry condemned Israel's incursion into the Golan Heights. The offensive "
                                "began on Nov. 27, when fighters led by Hayat Tahrir al-Sham broke out of their "
                                "stronghold. They seized Aleppo on Nov. 30.");
    CHECK(on(claims, "aleppo", ClaimKind::Captured) == V {"hts"});
}

TEST_CASE("round 18: 'the group' is the group named last, never the government's army")
{
    auto claims = extract("The SNA captured Manbij on Monday. In the northeast, the SDF moved into positions "
                          "as Assad's forces withdrew. On Wednesday the group also pulled out of Deir ez-Zor.");
    CHECK(on(claims, "deirezzor", ClaimKind::Withdrew) == V {"sdf"});
    // In its own sentence, not the army named right before it.
    claims = extract("Hezbollah fought beside the regime for years; the group pulled out of Homs on Saturday.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew) == V {"hezbollah"});
}

TEST_CASE("round 18: 'its troops' in what a government speaker naming no actor says are the army's")
{
    const auto claims = extract("HTS fighters entered Hama on Thursday. Syria's defence ministry insisted as late "
                                "as Saturday that its troops had not withdrawn from Homs.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew) == V {"government/denies"});
}

TEST_CASE("round 18: 'Iran-backed factions' and 'Iraqi fighters' are the Iran-backed militias")
{
    auto claims = extract("The SDF moved into Deir ez-Zor on Friday, hours after Syrian government troops and "
                          "allied Iran-backed factions abandoned the city.");
    CHECK(on(claims, "deirezzor", ClaimKind::Withdrew) == V {"government", "iran-militias"});
    claims = extract("The source denied that any Iraqi fighters remain in Albu Kamal.");
    CHECK(on(claims, "abukamal", ClaimKind::Controls) == V {"iran-militias/denies"});
}

TEST_CASE("round 18: the agent of ', backed by …,' is neither the subject nor the antecedent of 'which'")
{
    // "Syrian-Russian air force": the word before the compound is "by".
    auto claims = extractWithScenarioActors("A military source told SANA that army units, backed by the "
                                            "Syrian-Russian air force, remain firmly positioned on Jabal Zain "
                                            "al-Abidin and in the towns of Qamhana and Mhardeh.");
    CHECK(on(claims, "mhardeh", ClaimKind::Controls) == V {"government"});
    claims = extractWithScenarioActors("The Syrian Free Army, backed by the US-led international coalition, which "
                                       "entered Palmyra two days ago, is combing the desert around the city.");
    CHECK(on(claims, "palmyra", ClaimKind::Entered) == V {"sfa"});
}

TEST_CASE("round 18: 'ACTOR that attacked X' is that actor's, even after a preposition")
{
    const auto claims = extract("The General Command said military units had been repositioned, following fierce "
                                "battles with terrorist groups that attacked Hama from several axes.");
    CHECK(on(claims, "hama", ClaimKind::Contested) == V {"opposition"});
}

TEST_CASE("round 18: 'X and its allies' is X's, not a subject that names nobody")
{
    const auto claims = extract("By Saturday, HTS and its allies controlled most of Aleppo.");
    CHECK(on(claims, "aleppo", ClaimKind::Controls) == V {"hts"});
}

TEST_CASE("round 18: 'HTS columns', 'convoys of X', 'the Eighth Brigade' name their actor")
{
    auto claims = extract("The city fell after the army abandoned it, and HTS columns rolled into Damascus unopposed.");
    CHECK(on(claims, "damascus", ClaimKind::Entered) == V {"hts"});
    claims = extract("Across the plain, convoys of Hezbollah fighters had left Homs that same night.");
    CHECK(on(claims, "homs", ClaimKind::Withdrew) == V {"hezbollah"});
    claims = extract("The Eighth Brigade took over Daraa on Friday.");
    CHECK(on(claims, "daraa", ClaimKind::Captured) == V {"sor"});
}

TEST_CASE("round 18: 'the council', 'the command' stand for the body last named with that head noun")
{
    auto claims = extract("The Deir ez-Zor Military Council took over Deir ez-Zor on Friday. Rebels advanced on "
                          "Homs. On Saturday, the council's fighters moved into Albu Kamal.");
    CHECK(on(claims, "abukamal", ClaimKind::Entered) == V {"sdf"});
    claims = extract("Fighters of the Military Operations Command entered Hama. Kurdish forces held Raqqa. "
                     "Earlier, the command's fighters took Homs.");
    CHECK(on(claims, "homs", ClaimKind::Captured) == V {"hts"});
}

TEST_CASE("round 18: 'its members', 'their elements' are the speaker's or the antecedent's")
{
    const auto claims = extract("The Southern Operations Room said its members had taken over Quneitra.");
    CHECK(on(claims, "quneitra", ClaimKind::Captured) == V {"sor"});
}

TEST_CASE("round 18: an actor inside an apposition before the verb is not its subject")
{
    auto claims = extract("Fighters of the Military Operations Command (MOC), the coalition led by Hayat Tahrir "
                          "al-Sham that toppled the Assad government, entered Deir ez-Zor on Wednesday.");
    CHECK(on(claims, "deirezzor", ClaimKind::Entered) == V {"hts"});
    // Not past a reporting verb: "Government forces, the army said, entered" stays as it was.
    claims = extract("Rebels, the army said, entered Hama on Thursday.");
    CHECK(on(claims, "hama", ClaimKind::Entered) == V {"opposition"});
}

TEST_CASE("round 18: 'X denies troops entered' are X's own troops")
{
    const auto claims = extract("15:20 CET - Israel denies troops entered Quneitra");
    CHECK(on(claims, "quneitra", ClaimKind::Entered) == V {"israel/denies"});
}

TEST_CASE("round 18: the Military Operations Administration is HTS's command, and 'the Administration' after it")
{
    const auto claims = extract("The Military Operations Administration, which leads the battle, announced gains. "
                                "Kurdish forces held Raqqa. On Sunday the Administration's fighters were battling "
                                "for Hama.");
    CHECK(on(claims, "hama", ClaimKind::Contested) == V {"hts"});
}

TEST_CASE("round 18: a sentence opening with 'the group' keeps the article on that group")
{
    // The first sentence names no place: the army, named last as a subject, was what the article spoke of.
    const auto claims = extract("A day later the army had melted away from Syria's second city, which fell to HTS "
                                "largely intact. The group then turned south. On Thursday morning it took Hama from "
                                "government troops.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"hts"});
}

TEST_CASE("round 18: 'its garrison' is the army's")
{
    const auto claims = extract("That afternoon, fighters of the Southern Operations Room took control of the Nasib border "
                          "crossing after its garrison fled.");
    CHECK(on(claims, "nasib", ClaimKind::Withdrew) == V {"government"});
}
