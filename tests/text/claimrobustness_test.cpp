#include "text/claimextractor.h"
#include "text/speaker.h"

#include "claimtesthelpers.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace sitrep;
using core::ClaimKind;
using core::SpeakerSide;

namespace {
const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = testing::seedGazetteer();
    return g;
}
std::vector<core::Claim> extract(const std::string& body)
{
    return testing::extractWith(gazetteer(), body);
}
} // namespace

TEST_CASE("odd input makes no claims and never throws")
{
    for (const std::string& body : {std::string(), std::string("\n\n\n"), std::string(". . ."), std::string("Hama"),
                                   std::string("captured"), std::string("\xEF\xBF\xBD Homs \xE2\x80\x9C"),
                                   std::string(5000, 'a'), std::string("Rebels captured")}) {
        std::vector<core::Claim> claims;
        CHECK_NOTHROW(claims = extract(body));
        CHECK(claims.empty());
    }
    // Mentions that point past the body or have empty spans are ignored.
    auto article = testing::makeArticle("Rebels captured Hama.");
    core::Mention bad;
    bad.start = 500;
    bad.end = 510;
    bad.placeId = "hama";
    bad.status = core::MentionStatus::Resolved;
    core::Mention empty = bad;
    empty.start = empty.end = 3;
    CHECK(text::extractClaims(article, {bad, empty}, testing::defaultActorMatcher(), gazetteer()).empty());
}

TEST_CASE("a subject that names no actor blocks the claim")
{
    CHECK(extract("Thousands of residents fled Homs on Saturday.").empty());
    CHECK(extract("Rebels entered Damascus as President Bashar al-Assad left the capital.").size() == 1);
    CHECK(extract("Government forces fought desperately to hold Hama.").empty());
}

TEST_CASE("coordinated subjects each get the claim and 'reports … are false' is a denial")
{
    auto claims = extract("Syrian government forces and allied Iranian-backed militias pulled out of Deir ez-Zor.");
    std::vector<std::string> who;
    for (const auto& c : claims)
        who.push_back(c.actor);
    std::sort(who.begin(), who.end());
    CHECK(who == std::vector<std::string>{"government", "iran-militias"});

    claims = extract("Reports that the army withdrew from Homs are false, a military source said.");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].stance == core::Stance::Denies);
    claims = extract("A military source denied that terrorist organisations had taken control of Hama, describing "
                     "reports as fabricated.");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].stance == core::Stance::Denies);
    CHECK(claims[0].actor == "opposition");
    CHECK(claims[0].source.side == SpeakerSide::Government);
}

TEST_CASE("speaker phrases are classified by who speaks, not by whom they mention")
{
    const text::SpeakerFinder finder(testing::defaultActorMatcher());
    auto sideOf = [&](std::string_view sentence) {
        const auto words = text::splitWords(sentence);
        const auto found = finder.find(sentence, words, testing::defaultActorMatcher().find(sentence));
        return found.empty() ? SpeakerSide::Unknown : found.front().side;
    };
    CHECK(sideOf("Rebels entered Hama, a resident and sources from both the army and rebel forces said.") ==
          SpeakerSide::Independent);
    CHECK(sideOf("State television insisted that the army held Homs.") == SpeakerSide::Government);
    CHECK(sideOf("A rebel commander said his fighters held Homs.") == SpeakerSide::Opposition);
    CHECK(sideOf("According to the Syrian Observatory for Human Rights, rebels held Homs.") == SpeakerSide::Independent);
    CHECK(sideOf("Professor Aron said the rebels were close.") == SpeakerSide::Analyst);
    CHECK(text::SpeakerFinder::outletSide("SANA") == SpeakerSide::Government);
    CHECK(text::SpeakerFinder::outletSide("Reuters") == SpeakerSide::Independent);
}
