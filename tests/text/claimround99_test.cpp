// Round 99 (claimdenialcues.h): a state voice's denial that no rule read must not leave the place
// in calm government control. Sentences written for this round from how news copy puts a state
// denial, not taken from the gold sets; the second table holds sentences where no government
// denial may be made. Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

struct Row {
    const char* text;
    const char* outlet;
    const char* place;
    const char* actor; // the party denied the place; nullptr: no government denial on the place
    ClaimKind kind;
};

// The government-side denials on `place`, as "actor/kind" strings.
std::vector<std::string> stateDenials(const std::vector<core::Claim>& claims, std::string_view place)
{
    std::vector<std::string> out;
    for (const auto& c : claims)
        if (c.placeId == place && c.stance == core::Stance::Denies && c.source.side == core::SpeakerSide::Government)
            out.push_back(c.actor + "/" + std::string(core::nameOf(c.kind)));
    return out;
}

bool hasDenial(const std::vector<std::string>& got, const Row& r)
{
    const std::string want = std::string(r.actor) + "/" + std::string(core::nameOf(r.kind));
    return std::find(got.begin(), got.end(), want) != got.end();
}

} // namespace

TEST_CASE("claimround99: a state voice's denial cue denies the place to the other side")
{
    const std::vector<Row> rows{
        {"State television said reports that terrorist groups had entered Homs were \"lies\".", "Test Wire", "homs",
         "opposition", ClaimKind::Entered},
        {"Syrian television insisted that the army was \"in full control\" of Hama.", "Test Wire", "hama",
         "opposition", ClaimKind::Captured},
        {"Ministry of Defence: \"There is no truth to reports that terrorists have entered the city of Hama.\"",
         "Test Wire", "hama", "opposition", ClaimKind::Entered},
        {"17:40 - State TV ticker: \"Reports of an army withdrawal from Homs are false.\"", "Test Wire", "homs",
         "government", ClaimKind::Withdrew},
        {"The General Command of the Army and Armed Forces affirmed that units remain in full control of Talbiseh, "
         "describing reports of its fall as fabricated.",
         "Test Wire", "talbiseh", "opposition", ClaimKind::Captured},
        {"The Syrian army command described claims that rebels had captured Sanamayn as \"baseless\".", "Test Wire",
         "sanamayn", "opposition", ClaimKind::Captured},
        {"Al-Ikhbariya reported that talk of the fall of Daraa was \"disinformation\" spread by hostile channels.",
         "Test Wire", "daraa", "opposition", ClaimKind::Captured},
        {"Reports circulated by terrorist pages about the entry of armed groups into Hama are completely false.",
         "SANA", "hama", "opposition", ClaimKind::Entered},
        {"Syria's defence ministry called reports of a withdrawal from Qudsaya \"fabrications\".", "Test Wire",
         "qudsaya", "government", ClaimKind::Withdrew},
        {"Hayat Tahrir al-Sham fighters reached the edge of Homs on Friday. On Saturday the army command said Homs "
         "\"remains under full control\" of the armed forces and that reports of its fall were lies.",
         "Test Wire", "homs", "hts", ClaimKind::Captured},
    };
    int right = 0;
    for (const auto& r : rows) {
        const auto got = stateDenials(extract(r.text, r.outlet), r.place);
        std::string seen;
        for (const auto& g : got)
            seen += g + " ";
        const std::string shown = std::string(r.text) + " -> " + seen;
        INFO(shown);
        CHECK(hasDenial(got, r));
        right += hasDenial(got, r);
    }
    MESSAGE("state denials read: " << right << " of " << rows.size());
}

TEST_CASE("claimround99: no state denial for other voices, gains, losses told, other denials or foreign places")
{
    const std::vector<Row> rows{
        // an opposition voice quoting the state's words
        {"Rebel commanders said state media claims that the army remained in full control of Homs were lies.",
         "Test Wire", "homs", nullptr, ClaimKind::Captured},
        // the state's own gain
        {"State television said the army had recaptured Hama after fierce fighting.", "Test Wire", "hama", nullptr,
         ClaimKind::Captured},
        // a denial of something other than ground
        {"The ministry said reports that the army had killed civilians in Idlib were false.", "Test Wire", "idlib",
         nullptr, ClaimKind::Captured},
        {"State television denied rumours that President Assad had left Damascus.", "Test Wire", "damascus", nullptr,
         ClaimKind::Withdrew},
        // an independent voice
        {"The Syrian Observatory for Human Rights said the army remained in full control of Homs.", "Test Wire",
         "homs", nullptr, ClaimKind::Captured},
        // a battle reported, and the speaker's own place
        {"Speaking from Damascus, a military source said the army repelled an attack on Hama.", "Test Wire", "hama",
         nullptr, ClaimKind::Captured},
        {"Speaking from Damascus, a military source said the army repelled an attack on Hama.", "Test Wire",
         "damascus", nullptr, ClaimKind::Captured},
        // a foreign army's denial
        {"The Israeli military said reports that its troops had entered Quneitra were false.", "Test Wire",
         "quneitra", nullptr, ClaimKind::Entered},
        // a foreign place
        {"State media said reports that rebels had entered Beirut were false.", "Test Wire", "beirut", nullptr,
         ClaimKind::Entered},
        // the state's loss told, not denied
        {"State television said troops had withdrawn from Homs to new positions.", "Test Wire", "homs", nullptr,
         ClaimKind::Withdrew},
        // an aside's place beside the place held
        {"State television insisted the army was \"in full control\" of Homs, the gateway between Damascus and the "
         "coast.",
         "Test Wire", "damascus", nullptr, ClaimKind::Captured},
    };
    int right = 0;
    for (const auto& r : rows) {
        const auto got = stateDenials(extract(r.text, r.outlet), r.place);
        const std::string shown(r.text);
        INFO(shown);
        CHECK(got.empty());
        right += got.empty();
    }
    MESSAGE("no state denial where none is told: " << right << " of " << rows.size());
}

// Sentences the round leaves unread, counted, not checked: a fall denied with no doer keeps the
// government as its party; "remains in full control of" a place the sentence already gives the
// army stays a claim of control (the gold sets' readers take it so); a bare "denied" by "the same
// source" is not a cue of this pass; "rumours … spread to sow panic" is read as the report itself.
TEST_CASE("claimround99: known limits, counted")
{
    const std::vector<Row> rows{
        {"A military source told SANA that Rastan has not fallen and that army units remain in their positions.",
         "Test Wire", "rastan", "opposition", ClaimKind::Captured},
        {"The defence ministry said the army remains in full control of Salamiyah.", "Test Wire", "salamiyah",
         "opposition", ClaimKind::Captured},
        {"State media said the army remained in full control of Rastan and Talbiseh.", "Test Wire", "rastan",
         "opposition", ClaimKind::Captured},
        {"State media said the army remained in full control of Rastan and Talbiseh.", "Test Wire", "talbiseh",
         "opposition", ClaimKind::Captured},
        {"A military source told SANA that the army was fighting near Hama. The same source denied reports that "
         "the army had pulled out of Salamiyah.",
         "Test Wire", "salamiyah", "government", ClaimKind::Withdrew},
        {"The governor of Homs said rumours that terrorists had entered Homs were spread to sow panic.", "Test Wire",
         "homs", "opposition", ClaimKind::Entered},
    };
    int right = 0;
    for (const auto& r : rows)
        right += hasDenial(stateDenials(extract(r.text, r.outlet), r.place), r);
    MESSAGE("known limits read: " << right << " of " << rows.size());
}

// A speaker that points back ("The ministry:", "it") as the first voice of an article has no one
// to point back to: the phrase itself speaks, and nothing reads a speaker that is not there.
TEST_CASE("claimround99: a pointing-back speaker with no speaker before it is its own voice")
{
    for (const char* text : {"The ministry: reports of the fall of Homs are lies.",
                             "The same source: reports that terrorists entered Hama are baseless.",
                             "It said reports of the fall of Homs were lies."}) {
        INFO(text);
        const auto claims = extract(text, "SANA");
        for (const auto& c : claims)
            CHECK(!c.source.speaker.empty());
    }
    const auto ministry = extract("The ministry: reports of the fall of Homs are lies.");
    bool denied = false;
    for (const auto& c : ministry)
        denied = denied || (c.placeId == "homs" && c.stance == core::Stance::Denies);
    CHECK(denied);
}
