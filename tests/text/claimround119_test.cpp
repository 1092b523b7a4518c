// Round 119: the losing side's withdrawals still missed — "the soldiers had gone", told by
// residents of the place the sentence before named. Sentences written from how news copy tells it;
// places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

} // namespace

TEST_CASE("claimround119: 'The soldiers had gone on Saturday evening' leaves the place the sentence before named")
{
    using V = std::vector<std::string>;
    CHECK(testing::on(extract("At Rastan, the barracks gates stand wide open. The soldiers had gone on Saturday "
                              "evening, residents say."),
              "rastan", ClaimKind::Withdrew)
        == V {"government"});
    CHECK(testing::on(extract("Fighters arrived in Talbiseh on Friday. \"The soldiers had simply gone.\""), "talbiseh",
              ClaimKind::Withdrew)
        == V {"government"});
    CHECK(testing::dayOf(extract("At Rastan, the barracks gates stand wide open. The soldiers had gone on Saturday "
                                 "evening, residents say."),
              "rastan", ClaimKind::Withdrew)
        == "2024-12-07");
}

TEST_CASE("claimround119: 'gone' that tells where or how they went, or who did not, leaves nothing")
{
    // Gone somewhere else, gone underground, a fight that had gone on, a person's whereabouts.
    CHECK(testing::on(extract("At Rastan, the barracks gates stand open. The soldiers had gone to Homs."), "rastan",
              ClaimKind::Withdrew)
              .empty());
    CHECK(testing::on(extract("Fighters from Rastan, who had gone underground after the 2018 surrender, met in Homs."),
              "rastan", ClaimKind::Withdrew)
              .empty());
    CHECK(testing::on(extract("In Rastan the fighting had gone on for days. The soldiers had gone on for days."),
              "rastan", ClaimKind::Withdrew)
              .empty());
    CHECK(testing::on(extract("Russia said Assad had stepped down in Damascus, without saying where he had gone."),
              "damascus", ClaimKind::Withdrew)
              .empty());
    // Not a gone army: residents who left the town, dozens left dead.
    CHECK(testing::on(extract("In Rastan, residents left for Idlib. The shelling left dozens dead."), "rastan",
              ClaimKind::Withdrew)
              .empty());
}

TEST_CASE("claimround119: a speaker's name that resolves to no place is no second scene for 'had gone'")
{
    using V = std::vector<std::string>;
    // "Rami" is a mention the geoparser left unresolved; Talbiseh, where the speaker is from, is the scene.
    const std::string body = "\"Nobody fired a shot in our street,\" said Rami, a 34-year-old engineer from "
                             "Talbiseh. \"The soldiers had simply gone.\"";
    const auto g = testing::seedGazetteer();
    auto mentions = testing::mentionsByName(body, g);
    core::Mention rami;
    rami.start = body.find("Rami");
    rami.end = rami.start + 4;
    rami.text = "Rami";
    rami.confidence = 0.37;
    rami.status = core::MentionStatus::Unresolved;
    mentions.insert(mentions.begin(), rami);
    const auto claims = text::extractClaims(testing::makeArticle(body), mentions, testing::defaultActorMatcher(), g);
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew) == V {"government"});
    // Guard: two places in the sentence before leave the scene open.
    CHECK(testing::on(extract("Rebels moved from Rastan towards Talbiseh. The soldiers had simply gone."), "talbiseh",
              ClaimKind::Withdrew)
              .empty());
}
