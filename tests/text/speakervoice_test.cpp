// SpeakerFinder::articleVoice: an outlet the table does not know speaks for the government when its
// own words call the rebels "terrorists", and the state's denials in its own voice then count as
// the government's.
#include "claimtesthelpers.h"
#include "text/speaker.h"

#include <doctest/doctest.h>

#include <string>

using namespace sitrep;
using core::SpeakerSide;
using text::SpeakerFinder;

namespace {

core::Article article(std::string outlet, std::string body)
{
    core::Article a;
    a.outlet = std::move(outlet);
    a.body = std::move(body);
    return a;
}

const std::string kStateCopy
    = "Army units repelled an attack by terrorist groups on Qamhana. The terrorists lost dozens "
      "of fighters. Terrorists shelled Mhardeh at dawn, and the army pursued the takfiri gangs.";

} // namespace

TEST_CASE("speakervoice: an unknown outlet calling the rebels terrorists in its own words is a government voice")
{
    CHECK(SpeakerFinder::articleVoice(article("Coastal Radio", kStateCopy)) == SpeakerSide::Government);
    // The table decides for the outlets it knows, whatever their words.
    CHECK(SpeakerFinder::articleVoice(article("SANA", "Rebels entered Hama.")) == SpeakerSide::Government);
    // A wire paraphrasing the state agency without quotes still calls the rebels rebels somewhere.
    CHECK(SpeakerFinder::articleVoice(article("Wire Desk", "Rebels pushed towards Hama. " + kStateCopy))
        == SpeakerSide::Independent);
}

TEST_CASE("speakervoice: quoted words, designations, other terrorists and a neutral word are no state voice")
{
    // Three uses are too few.
    CHECK(SpeakerFinder::articleVoice(article("Coastal Radio",
              "Terrorists attacked. The terrorists fled. Terrorists "
              "shelled Mhardeh."))
        == SpeakerSide::Independent);
    // The state's words quoted by neutral copy.
    CHECK(SpeakerFinder::articleVoice(article("Gulf Desk",
              "SANA said \"terrorist groups\" attacked, \"terrorists\" "
              "fled, \"the terrorists\" shelled, \"terrorists\" lost."))
        == SpeakerSide::Independent);
    // A designation and another war's terrorists.
    CHECK(SpeakerFinder::articleVoice(article("Ankara Desk",
              "PKK terrorists fled. The YPG terrorists shelled. Kurdish "
              "terrorists lost. HTS is designated a terrorist organisation."))
        == SpeakerSide::Independent);
    // One neutral word ("rebels", "the regime") and it is not the state's copy.
    CHECK(SpeakerFinder::articleVoice(article("Coastal Radio", kStateCopy + " Rebels say otherwise."))
        == SpeakerSide::Independent);
}

TEST_CASE("speakervoice: such an outlet's own denial is the government's and shows the place contested")
{
    const std::string body = kStateCopy + " Reports that the terrorists had entered Homs are lies, the radio said.";
    const auto claims = testing::extractWith(testing::seedGazetteer(), body, "2024-12-07T12:00:00Z", "Coastal Radio");
    bool denied = false;
    for (const auto& c : claims)
        denied = denied
            || (c.placeId == "homs" && c.stance == core::Stance::Denies && c.source.side == SpeakerSide::Government);
    CHECK(denied);
    // The same copy from an outlet whose words do not give it away: no state denial.
    const auto neutral = testing::extractWith(testing::seedGazetteer(),
        "Rebels advanced. Reports that the terrorists had entered Homs are lies, the radio said.",
        "2024-12-07T12:00:00Z", "Coastal Radio");
    for (const auto& c : neutral)
        CHECK_FALSE(
            (c.placeId == "homs" && c.stance == core::Stance::Denies && c.source.side == SpeakerSide::Government));
}

TEST_CASE("speakervoice: an unknown outlet calling its side revolutionaries and its gains liberated is an opposition voice")
{
    const std::string copy = "The revolutionaries liberated the town of Saraqib at dawn after Assad's militias fled.";
    CHECK(SpeakerFinder::articleVoice(article("Free Idlib Radio", copy)) == SpeakerSide::Opposition);
    // "The regime militias" count; "Iranian-backed militias" do not.
    CHECK(SpeakerFinder::articleVoice(article("Free Idlib Radio",
              "The regime militias withdrew. The revolutionaries entered the town."))
        == SpeakerSide::Opposition);
    CHECK(SpeakerFinder::articleVoice(article("Desk", "Iranian-backed militias withdrew. Revolutionaries entered."))
        == SpeakerSide::Independent);
    // One word is too few, and HTS's name is no word of the opposition's.
    CHECK(SpeakerFinder::articleVoice(article("Desk", "The revolutionaries entered Hama.")) == SpeakerSide::Independent);
    CHECK(SpeakerFinder::articleVoice(article("Desk",
              "The Organisation for the Liberation of the Levant, or Levant Liberation Committee, took Hama."))
        == SpeakerSide::Independent);
}

TEST_CASE("speakervoice: neutral words, militants or terrorists in its own words keep an outlet independent")
{
    const std::string copy = "The revolutionaries liberated the town of Saraqib at dawn after Assad's militias fled.";
    CHECK(SpeakerFinder::articleVoice(article("Desk", copy + " Rebels say more will follow."))
        == SpeakerSide::Independent);
    CHECK(SpeakerFinder::articleVoice(article("Desk", copy + " The militants then moved south."))
        == SpeakerSide::Independent);
    CHECK(SpeakerFinder::articleVoice(article("Desk", copy + " PKK terrorists shelled. Terrorists fled."))
        == SpeakerSide::Independent);
    // Quoted, the words are someone else's.
    CHECK(SpeakerFinder::articleVoice(article("Desk",
              "A commander said \"the revolutionaries liberated Saraqib\" and \"Assad's militias fled\"."))
        == SpeakerSide::Independent);
    // The table still decides for the outlets it knows.
    CHECK(SpeakerFinder::articleVoice(article("SANA", copy)) == SpeakerSide::Government);
}

TEST_CASE("speakervoice: such an outlet's own claims are the opposition's")
{
    const std::string body = "The revolutionaries liberated Hama on Thursday after Assad's militias fled the city.";
    const auto claims = testing::extractWith(testing::seedGazetteer(), body, "2024-12-06T12:00:00Z", "Free Hama Radio");
    bool own = false;
    for (const auto& c : claims)
        own = own || (c.placeId == "hama" && c.source.side == SpeakerSide::Opposition);
    CHECK(own);
}

TEST_CASE("speakervoice: the outlet table matches Orient News and Orient TV, not Beirut's L'Orient Today")
{
    CHECK(SpeakerFinder::outletSide("Orient News") == SpeakerSide::Opposition);
    CHECK(SpeakerFinder::outletSide("Orient TV") == SpeakerSide::Opposition);
    CHECK(SpeakerFinder::outletSide("L'Orient Today") == SpeakerSide::Independent);
    CHECK(SpeakerFinder::outletSide("L'Orient-Le Jour") == SpeakerSide::Independent);
}
