// Round 16: state-media denials. A denial by state media, the army or a ministry must stay a
// denial by a government speaker (shown contested), never become calm government control: "a claim
// the ministry dismissed as fabricated" (one verb, two claims), "saying no troops had entered",
// "the IDF said", "… were lies", "denied … and insisted the army remained in control", ", insisting
// that its troops …", "a field source", "…; the ministry called them untrue". Places are found by
// name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;
using core::SpeakerSide;
using core::Stance;

namespace {

const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = [] {
        using K = core::PlaceKind;
        core::Gazetteer out = testing::seedGazetteer();
        out.add(testing::makePlace("maarat", "Maarat al-Numan", K::Town, "SY"));
        out.add(testing::makePlace("qatana", "Qatana", K::Town, "SY"));
        return out;
    }();
    return g;
}

std::vector<core::Claim> extract(const std::string& body, std::string outlet = "Test Wire")
{
    return testing::extractWith(gazetteer(), body, "2024-12-07T18:00:00Z", std::move(outlet));
}

using testing::on;
using V = std::vector<std::string>;

// The claims on `place` of `kind` as "actor/stance/side" strings, sorted.
V voices(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    V out;
    for (const auto& c : claims)
        if (c.placeId == place && c.kind == kind)
            out.push_back(c.actor + (c.stance == Stance::Denies ? "/denies" : "/affirms") +
                          (c.source.side == SpeakerSide::Government     ? "/government"
                              : c.source.side == SpeakerSide::Opposition ? "/opposition"
                                                                         : "/other"));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("round 16: a claim the ministry dismissed is the report and the ministry's denial")
{
    const auto claims = extract("The militants' media also said on Saturday that they had taken Maarat al-Numan, "
                                "a claim the Syrian Defence Ministry dismissed as \"fabricated\".");
    CHECK(voices(claims, "maarat", ClaimKind::Captured) ==
          V {"opposition/affirms/opposition", "opposition/denies/government"});
    const auto that = extract("Rebels said they had entered Homs, a claim that state television denied.");
    CHECK(voices(that, "homs", ClaimKind::Entered) ==
          V {"opposition/affirms/opposition", "opposition/denies/government"});
}

TEST_CASE("round 16: \"saying no troops had entered\" is the speaker's own troops, its denial")
{
    // (Round 73: the IDF is another state's army, no Syrian state voice: its denial is its own, side other.)
    const auto claims = extract("The IDF dismissed those reports as \"completely false,\" saying no troops had "
                                "entered Qatana and that its forces were not advancing toward the Syrian capital.");
    CHECK(voices(claims, "qatana", ClaimKind::Entered) == V {"israel/denies/other"});
    const auto said = extract("The IDF said no troops had entered Qatana.");
    CHECK(voices(said, "qatana", ClaimKind::Entered) == V {"israel/denies/other"});
    const auto army = extract("The army dismissed the reports, saying no troops had withdrawn from Homs.");
    CHECK(voices(army, "homs", ClaimKind::Withdrew) == V {"government/denies/government"});
}

TEST_CASE("round 16: reports said to be lies are denied")
{
    const auto claims = extract("The Defence Ministry said reports that insurgents had captured Hama were lies.");
    CHECK(voices(claims, "hama", ClaimKind::Captured) == V {"opposition/denies/government"});
}

TEST_CASE("round 16: \"denied … and insisted the army remained in control\" is a denial, then control")
{
    const auto claims = extract("State TV denied rebels had entered Hama and insisted the army remained in "
                                "control of the city.");
    CHECK(voices(claims, "hama", ClaimKind::Entered) == V {"opposition/denies/government"});
    CHECK(voices(claims, "hama", ClaimKind::Controls) == V {"government/affirms/government"});
}

TEST_CASE("round 16: \", insisting that its troops …\" are the denying speaker's troops")
{
    const auto claims = extract("The army denied reports that rebels had captured Hama, insisting that its troops "
                                "remained in control of the city.");
    CHECK(voices(claims, "hama", ClaimKind::Captured) == V {"opposition/denies/government"});
    CHECK(voices(claims, "hama", ClaimKind::Controls) == V {"government/affirms/government"});
}

TEST_CASE("round 16: a field source is a government speaker")
{
    const auto claims = extract("As late as Wednesday evening, a field source had denied to Al Mayadeen that the "
                                "terrorists had entered any neighbourhood of Hama.");
    CHECK(voices(claims, "hama", ClaimKind::Entered) == V {"opposition/denies/government"});
}

TEST_CASE("round 16: \"… — the ministry called them untrue\" is the ministry's denial")
{
    const auto claims = extract("That afternoon, reports spread that troops had abandoned their positions in Homs; "
                                "the Defense Ministry called them untrue.");
    CHECK(voices(claims, "homs", ClaimKind::Withdrew) == V {"government/denies/government"});
}

TEST_CASE("round 16: state-media denials handled before stay denials by a government speaker")
{
    CHECK(voices(extract("State television denied reports that rebels had entered Homs."), "homs",
                 ClaimKind::Entered) == V {"opposition/denies/government"});
    CHECK(voices(extract("The army said reports of rebels entering Hama were false."), "hama", ClaimKind::Entered) ==
          V {"opposition/denies/government"});
    CHECK(voices(extract("The army said reports that rebels had entered Hama were baseless."), "hama",
                 ClaimKind::Entered) == V {"opposition/denies/government"});
    CHECK(voices(extract("A military source said there is no truth to reports that rebels had entered Hama."),
                 "hama", ClaimKind::Entered) == V {"opposition/denies/government"});
}
