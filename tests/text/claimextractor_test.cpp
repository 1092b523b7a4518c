#include "text/claimextractor.h"

#include "claimtesthelpers.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace sitrep;
using core::ClaimKind;
using core::SpeakerSide;
using core::Stance;

namespace {

const core::Gazetteer& gazetteer()
{
    static const core::Gazetteer g = testing::seedGazetteer();
    return g;
}

std::vector<core::Claim> extract(const std::string& body, const char* published = "2024-12-07T18:00:00Z",
                                 std::string outlet = "Test Wire")
{
    return testing::extractWith(gazetteer(), body, published, std::move(outlet));
}

const core::Claim* findClaim(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind)
{
    const auto it = std::find_if(claims.begin(), claims.end(),
                                 [&](const core::Claim& c) { return c.placeId == place && c.kind == kind; });
    return it == claims.end() ? nullptr : &*it;
}

std::string day(const core::Claim& c) { return c.time.from ? core::formatIso8601(*c.time.from).substr(0, 10) : "unknown"; }

} // namespace

TEST_CASE("a state-media denial is a claim of entry with the opposite stance, in the government's voice")
{
    const auto claims = extract("Rebels reached the outskirts of Homs. Meanwhile, state television maintains that the insurgents "
                                "have not penetrated the city.");
    const auto* c = findClaim(claims, "homs", ClaimKind::Entered);
    REQUIRE(c);
    CHECK(c->actor == "opposition");
    CHECK(c->stance == Stance::Denies);
    CHECK(c->source.side == SpeakerSide::Government);
    CHECK(c->source.speaker == "state television");
    const auto denials = extract("State media denied rebel penetration into Homs.");
    const auto* denied = findClaim(denials, "homs", ClaimKind::Entered);
    REQUIRE(denied);
    CHECK(denied->stance == Stance::Denies);
}

TEST_CASE("pulled back to a place leaves it with the actor that pulled back")
{
    const auto claims = extract("The Syrian military has reportedly pulled back to Saasa, approximately 20 miles from "
                                "Damascus, to regroup, according to a Syrian army officer.");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].placeId == "saasa");
    CHECK(claims[0].actor == "government");
    CHECK(claims[0].kind == ClaimKind::Controls);
    CHECK(claims[0].hedged);
    CHECK(claims[0].source.side == SpeakerSide::Government);
}

TEST_CASE("soldiers crossing into Iraq change nothing there, and the mayor's town is no claim")
{
    const auto claims = extract("Approximately 2,000 Syrian soldiers have crossed the border into Iraq seeking refuge, "
                                "according to the mayor of al-Qaem, an Iraqi border town. Syrian soldiers fled into Iraq.");
    CHECK(claims.empty());
}

TEST_CASE("Deir ez-Zor taken by Kurdish-led forces goes to the SDF even after a rebel list names it")
{
    const auto claims = extract("This rebel offensive follows a string of victories, including the capture of Aleppo "
                                "and Deir al-Zor in the east. In the east, U.S.-backed Syrian Kurdish forces have "
                                "seized Deir el-Zor.");
    std::vector<std::string> holders;
    for (const auto& c : claims)
        if (c.placeId == "deirezzor")
            holders.push_back(c.actor);
    CHECK(holders == std::vector<std::string>{"sdf"});
    REQUIRE(findClaim(claims, "aleppo", ClaimKind::Controls));
    CHECK(findClaim(claims, "aleppo", ClaimKind::Controls)->actor == "opposition");
}

TEST_CASE("the actor bound is the one closest to the verb: subject, agent, or winner after 'fell to'")
{
    auto claims = extract("Government forces fought rebels and the army withdrew from Hama.");
    REQUIRE(findClaim(claims, "hama", ClaimKind::Withdrew));
    CHECK(findClaim(claims, "hama", ClaimKind::Withdrew)->actor == "government");

    claims = extract("Hama was captured by Hayat Tahrir al-Sham on Thursday, a war monitor said.");
    REQUIRE(findClaim(claims, "hama", ClaimKind::Captured));
    CHECK(findClaim(claims, "hama", ClaimKind::Captured)->actor == "hts");
    CHECK(day(*findClaim(claims, "hama", ClaimKind::Captured)) == "2024-12-05");
    CHECK(findClaim(claims, "hama", ClaimKind::Captured)->source.side == SpeakerSide::Independent);

    claims = extract("Southern regions, including Quneitra, Deraa, and Suweida, also fell to insurgents.");
    CHECK(claims.size() == 3);
    for (const auto& c : claims) {
        CHECK(c.actor == "opposition");
        CHECK(c.kind == ClaimKind::Captured);
    }

    claims = extract("The army lost Hama to the rebels on Thursday.");
    REQUIRE(findClaim(claims, "hama", ClaimKind::Captured));
    CHECK(findClaim(claims, "hama", ClaimKind::Captured)->actor == "opposition");
    CHECK(findClaim(claims, "hama", ClaimKind::Captured)->counterpart == "government");
}

TEST_CASE("places near, toward or within some distance of the object are not captured")
{
    auto claims = extract("Rebels captured Hama and advanced to within 30 kilometers of Damascus.");
    CHECK(claims.size() == 1);
    CHECK(findClaim(claims, "hama", ClaimKind::Captured));
    claims = extract("Opposition factions have taken control of Sweida, a southwestern city with a predominantly Druze "
                     "population, and Quneitra near the Israeli-occupied Golan Heights.");
    CHECK(findClaim(claims, "suwayda", ClaimKind::Captured));
    CHECK(findClaim(claims, "quneitra", ClaimKind::Captured));
    CHECK_FALSE(findClaim(claims, "golan", ClaimKind::Captured));
    claims = extract("Rebels seized a village on the outskirts of Homs.");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].kind == ClaimKind::Contested);
}

TEST_CASE("hypotheticals make no claims and hedges lower confidence")
{
    CHECK(extract("If Homs falls, Damascus would be cut off. The capture of Homs would sever the coast.").empty());
    CHECK(extract("The city now seems poised to fall into rebel hands. Rebels threaten to take Hama.").empty());
    const auto plain = extract("Rebels captured Hama.");
    const auto hedged = extract("Rebels reportedly captured Hama, though the military has yet to comment.");
    REQUIRE(plain.size() == 1);
    REQUIRE(hedged.size() == 1);
    CHECK_FALSE(plain[0].hedged);
    CHECK(hedged[0].hedged);
    CHECK(hedged[0].confidence < plain[0].confidence);
}

TEST_CASE("the southwest and a named province become governorate claims")
{
    auto claims = extract("The insurgents have seized almost the entire southwest within 24 hours.");
    std::vector<std::string> places;
    for (const auto& c : claims) {
        places.push_back(c.placeId);
        CHECK(c.kind == ClaimKind::Captured);
        CHECK(c.regionId == "region:southwest");
        CHECK(day(c) == "2024-12-06");
    }
    std::sort(places.begin(), places.end());
    CHECK(places == std::vector<std::string>{"gov-daraa", "gov-quneitra", "gov-suwayda"});

    claims = extract("Rebel factions under the Southern Operations Room have seized control of the Daraa province.");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].placeId == "gov-daraa");
    CHECK(claims[0].actor == "sor");
}

TEST_CASE("times come from the words nearest the verb, else the publication day, else unknown")
{
    auto claims = extract("HTS announced last night that its forces had entered Homs.", "2024-12-08T03:00:00Z");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].actor == "hts");
    CHECK(claims[0].time.precision == core::TimePrecision::PartOfDay);
    CHECK(day(claims[0]) == "2024-12-07");
    CHECK(claims[0].source.side == SpeakerSide::Opposition);

    claims = extract("Rebels captured Hama.");
    REQUIRE(claims.size() == 1);
    CHECK(day(claims[0]) == "2024-12-07");
    CHECK(claims[0].time.precision == core::TimePrecision::Day);

    claims = extract("Rebels entered Hama on Thursday.", nullptr);
    REQUIRE(claims.size() == 1);
    CHECK_FALSE(claims[0].time.from.has_value());
}

TEST_CASE("speakers and sides: residents independent, rebel commander opposition, the outlet when nobody is named")
{
    auto claims = extract("A rebel commander claimed they had taken control of Hama.");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].source.side == SpeakerSide::Opposition);
    CHECK(claims[0].hedged);
    claims = extract("Rebels entered Hama, residents said.");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].source.side == SpeakerSide::Independent);
    CHECK(claims[0].source.speaker == "residents");
    claims = extract("Terrorist groups attacked Hama.", "2024-12-07T18:00:00Z", "SANA");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].actor == "opposition");
    CHECK(claims[0].source.speaker == "SANA");
    CHECK(claims[0].source.side == SpeakerSide::Government);
    CHECK(claims[0].source.start == 0);
    CHECK(claims[0].source.sentence == "Terrorist groups attacked Hama.");
}
