// The "possibly missed" finder: which sentences it lists for the analyst (a place in Syria that got
// no claim, beside a verb of change and a party) and which it leaves out (a place the extractor
// claimed, a hypothetical, history, a place abroad, a sentence with no word of control).
#include "claimtesthelpers.h"
#include "core/instant.h"
#include "text/claimgaps.h"

#include <doctest/doctest.h>

using namespace sitrep;

namespace {

const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = testing::seedGazetteer();
    return g;
}

// The listed sentences of `body`, as if the extractor had made `claims` (none by default: the
// finder is tested apart from the extractor's rules).
std::vector<text::UnclaimedSentence> listed(
    const std::string& body, const std::vector<text::ExtractedClaim>& claims = {})
{
    const auto article = testing::makeArticle(body);
    return text::findUnclaimedSentences(
        article, testing::mentionsByName(body, gazetteer()), claims, testing::defaultActorMatcher(), gazetteer());
}

} // namespace

TEST_CASE("a sentence with an unclaimed Syrian place, a verb of change and a party is listed with its kind and actor")
{
    const std::string body = "The weather was cold. Rebels seized Rastan on Friday after a night of fighting.";
    const auto out = listed(body);
    REQUIRE(out.size() == 1);
    const auto& u = out[0];
    CHECK(u.articleId == "test");
    CHECK(u.sentence == "Rebels seized Rastan on Friday after a night of fighting.");
    CHECK(u.start == 22);
    CHECK(u.end == body.size());
    REQUIRE(u.places.size() == 1);
    CHECK(u.places[0].placeId == "rastan");
    CHECK(u.places[0].name == "Rastan");
    CHECK(body.substr(u.places[0].start, u.places[0].end - u.places[0].start) == "Rastan");
    CHECK(u.actor == "opposition");
    CHECK(u.kind == core::ClaimKind::Captured);
    CHECK(std::find(u.cues.begin(), u.cues.end(), "seized") != u.cues.end());
    CHECK(u.score > 0.9);
}

TEST_CASE("a sentence whose place got a claim from the extractor is not listed")
{
    const std::string body = "Rebels seized Rastan on Friday.";
    const auto article = testing::makeArticle(body);
    const auto mentions = testing::mentionsByName(body, gazetteer());
    const auto claims = text::extractClaimsDetailed(article, mentions, testing::defaultActorMatcher(), gazetteer());
    REQUIRE(!claims.empty());
    CHECK(listed(body, claims).empty());
    CHECK(listed(body).size() == 1); // the same sentence without the claim is
}

TEST_CASE("hypotheticals and history are not listed")
{
    CHECK(listed("Rebels could seize Rastan within days, a commander warned.").empty());
    CHECK(listed("In 2016, government forces recaptured Palmyra from the militants.").empty());
}

TEST_CASE("a place in Lebanon or Iraq is not listed")
{
    CHECK(listed("Hezbollah fighters withdrew from Beirut on Friday.").empty());
    CHECK(listed("Syrian soldiers fled to al-Qaem and surrendered their weapons.").empty());
}

TEST_CASE("a sentence with no word of control is not listed, nor a place named only to locate another")
{
    CHECK(listed("Rastan is a town on the Orontes with a large dam.").empty());
    // The geoparser marks "20 km north of Homs" (the name-search mentions here do not).
    const std::string body = "Rebels seized Rastan, 20 km north of Homs, on Friday.";
    auto mentions = testing::mentionsByName(body, gazetteer());
    for (auto& m : mentions)
        if (m.text == "Homs")
            m.relation = "north of";
    const auto out = text::findUnclaimedSentences(
        testing::makeArticle(body), mentions, {}, testing::defaultActorMatcher(), gazetteer());
    REQUIRE(out.size() == 1);
    REQUIRE(out[0].places.size() == 1);
    CHECK(out[0].places[0].placeId == "rastan");
}

TEST_CASE("a verb of change with a party ranks above a word of state alone")
{
    const auto out
        = listed("Residents said Talbiseh was still held. Government troops withdrew from Salamiyah overnight.", {});
    REQUIRE(!out.empty());
    CHECK(out[0].places[0].placeId == "salamiyah");
    CHECK(out[0].kind == core::ClaimKind::Withdrew);
    CHECK(out[0].actor == "government");
    for (const auto& u : out)
        CHECK(u.score <= out[0].score);
}

TEST_CASE("a listed sentence carries the day it names for the correction form, or none")
{
    auto out = listed("Rebels seized Rastan on Friday after a night of fighting.");
    REQUIRE(out.size() == 1);
    REQUIRE(out[0].time.from.has_value());
    CHECK(core::formatIso8601(*out[0].time.from) == "2024-12-06T00:00:00Z");
    CHECK(out[0].timeText == "Friday");
    out = listed("Rebels seized Rastan after a night of fighting.");
    REQUIRE(out.size() == 1);
    CHECK_FALSE(out[0].time.from.has_value());
    CHECK(out[0].timeText.empty());
}
