// Round 97 (who speaks): the voices news copy quotes for a hold or a loss, and the side each speaks
// for — the Syrian state's outlets, officials and "loyalist" media are the government's (their "our
// forces" are the army), monitors, residents and a neighbour's officers are independent (their "our
// forces" are no Syrian side's). Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string_view>

using namespace sitrep;
using core::ClaimKind;
using core::SpeakerSide;

namespace {

using testing::onSaturday::extract;

struct Row {
    const char* text;
    const char* place;
    ClaimKind kind;
    const char* actor; // "" : no claim of that kind on the place
    SpeakerSide side;  // of the claim's source, when there is one
};

// Sentences written for this round from how wire and state copy quote their sources.
constexpr Row kRows[] = {
    {"SANA quoted a military source as saying that our forces remain in full control of Hama.", "hama",
     ClaimKind::Controls, "government", SpeakerSide::Government},
    {"State television, citing a military official, said our forces had repelled the attack and remain in Hama.",
     "hama", ClaimKind::Controls, "government", SpeakerSide::Government},
    {"The army's General Command said in a statement that our forces are in full control of Homs.", "homs",
     ClaimKind::Controls, "government", SpeakerSide::Government},
    {"According to a statement carried by state news agency SANA, army units redeployed outside Hama.", "hama",
     ClaimKind::Withdrew, "government", SpeakerSide::Government},
    {"Pro-government media said our forces remain in control of Hama.", "hama", ClaimKind::Controls, "government",
     SpeakerSide::Government},
    {"Loyalist media said our forces remain in control of Hama.", "hama", ClaimKind::Controls, "government",
     SpeakerSide::Government},
    {"Pro-Assad outlets said our forces remain in control of Homs.", "homs", ClaimKind::Controls, "government",
     SpeakerSide::Government},
    {"Regime media said our forces remain in control of Hama.", "hama", ClaimKind::Controls, "government",
     SpeakerSide::Government},
    {"Official media said our forces remain in control of Daraa.", "daraa", ClaimKind::Controls, "government",
     SpeakerSide::Government},
    {"A source in the Defence Ministry said our forces remain in control of Hama.", "hama", ClaimKind::Controls,
     "government", SpeakerSide::Government},
    {"An officer in the Syrian army said our forces remain in control of Homs.", "homs", ClaimKind::Controls,
     "government", SpeakerSide::Government},
    {"Syrian state TV quoted an army officer as saying our forces remain in control of Hama.", "hama",
     ClaimKind::Controls, "government", SpeakerSide::Government},
    {"State media, quoting a military source, said our forces remain in control of Hama.", "hama",
     ClaimKind::Controls, "government", SpeakerSide::Government},
    {"The monitor said rebels had entered Hama.", "hama", ClaimKind::Entered, "opposition",
     SpeakerSide::Independent},
    {"Residents said rebels had entered Homs.", "homs", ClaimKind::Entered, "opposition", SpeakerSide::Independent},
    {"Iraqi border authorities said Hezbollah fighters had withdrawn from Albu Kamal.", "abukamal",
     ClaimKind::Withdrew, "hezbollah", SpeakerSide::Independent},
    {"Lebanese General Security officers said Hezbollah fighters had withdrawn from Homs.", "homs",
     ClaimKind::Withdrew, "hezbollah", SpeakerSide::Independent},
    // Must not fire: a neighbour's officers' or a monitor's "our forces" are no Syrian side's.
    {"Lebanese General Security officers said our forces remain in control of the crossing near Homs.", "homs",
     ClaimKind::Controls, "", SpeakerSide::Unknown},
    {"The monitor said our forces remain in control of Hama.", "hama", ClaimKind::Controls, "",
     SpeakerSide::Unknown},
    // Must not fire: "loyalist" describing a place is no speaker.
    {"Rebels entered the loyalist town of Salamiyah, residents said.", "salamiyah", ClaimKind::Entered,
     "opposition", SpeakerSide::Independent},
};

} // namespace

TEST_CASE("claimround97: who speaks for a hold and which side that voice is on")
{
    int right = 0;
    for (const auto& row : kRows) {
        const std::string text = row.text;
        CAPTURE(text);
        const auto claims = extract(row.text);
        const auto* c = testing::findClaim(claims, row.place, row.kind);
        const std::string got = c ? c->actor : std::string();
        CHECK(got == row.actor);
        if (c && *row.actor)
            CHECK(c->source.side == row.side);
        right += got == row.actor && (!c || !*row.actor || c->source.side == row.side) ? 1 : 0;
    }
    MESSAGE("right: " << right << " of " << std::size(kRows));
}
