// Round 109: armed men a report, a video or a witness puts in a place are in it (`entered`). First a
// table of sentences written for the round (not taken from the gold sets) on how news copy says it,
// with the ones the extractor must leave alone; then the rule's guards (claimpresence.h). Places are
// found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

struct Row {
    const char* sentence;
    const char* place;
    const char* actor; // "" : no `entered` on the place at all
    bool gap;          // a reading the extractor does not make yet (counted, not checked)
};

bool right(const Row& r)
{
    const auto got = testing::on(extract(r.sentence), r.place, ClaimKind::Entered);
    if (std::string(r.actor).empty())
        return got.empty();
    return std::find(got.begin(), got.end(), std::string(r.actor)) != got.end();
}

} // namespace

TEST_CASE("claimround109: armed men reported, shown or seen in a place entered it, others did not")
{
    const std::vector<Row> rows{
        // Reported: a source puts the armed party there.
        {"Witnesses reported rebel fighters in Talbiseh on Friday.", "talbiseh", "opposition", false},
        {"The Observatory reported armed groups in Salamiyah on Friday.", "salamiyah", "opposition", false},
        {"On Friday, residents reported Israeli tanks in the abandoned town of Saasa.", "saasa", "israel", false},
        {"Local sources reported Israeli armour in Quneitra on Friday.", "quneitra", "israel", false},
        {"Witnesses saw Israeli troops in Saasa on Friday.", "saasa", "israel", false},
        // Shown: footage, a clip, images.
        {"A video posted on Friday shows HTS fighters in the centre of Rastan.", "rastan", "hts", false},
        {"Footage from Friday shows opposition fighters at Kuweires air base.", "kuweires", "opposition", false},
        {"A clip appears to show HTS-led fighters on Talbiseh's main street.", "talbiseh", "hts", false},
        {"Images posted on Friday show HTS fighters posing at the clock tower in Homs.", "homs", "hts", false},
        {"On Friday, footage appeared to show Israeli armored vehicles moving through the ruined old city of Quneitra.",
         "quneitra", "israel", false},
        {"Footage showed rebel fighters in pickup trucks driving into Salamiyah on Friday.", "salamiyah", "opposition",
         false},
        {"Video shared on Friday showed HTS fighters standing among abandoned helicopters at Kuweires air base.",
         "kuweires", "hts", false},
        // Filmed themselves: the men hold the camera.
        {"Opposition fighters filmed themselves among burnt-out tanks at Kuweires air base on Friday.", "kuweires",
         "opposition", false},
        // Gaps seen and left: "there" for the place of the sentence before, arrival without a verb of entry.
        {"Rebels reached the Aleppo Citadel on Friday. Footage shows HTS fighters there on Friday.", "aleppo", "hts",
         true},
        {"Fighters of the Southern Operations Room were the first into Damascus on Friday.", "damascus", "opposition",
         true},
        // (and a presence "in the city of X" with its day after the place, as round 102's "showed")
        {"Residents reported Israeli tanks in the town of Saasa on Friday.", "saasa", "israel", true},
        // Must not fire.
        {"Footage shows an air strike on rebel fighters in Idlib on Friday.", "idlib", "", false},
        {"Residents reported government troops in Homs on Friday.", "homs", "", false},
        {"Video shows regime soldiers at Kuweires air base.", "kuweires", "", false},
        {"Witnesses reported rebel fighters near Homs on Friday.", "homs", "", false},
        {"Footage shows Israeli tanks advancing toward Quneitra.", "quneitra", "", false},
        {"Footage shows rebel fighters on the outskirts of Hama.", "hama", "", false},
        {"Clashes were reported between rebel fighters and army units in Rastan.", "rastan", "", false},
        {"The ministry reported that rebel fighters had been repelled in Hama.", "hama", "", false},
        {"Residents reported displaced families in Salamiyah on Friday.", "salamiyah", "", false},
        {"Footage shows rebel fighters killed in Hama on Friday.", "hama", "", false},
        {"Rebel fighters are expected in Homs within days.", "homs", "", false},
        {"In 2016, footage showed rebel fighters in Aleppo.", "aleppo", "", false},
        {"The reported rebel fighters in Homs were a rumour.", "homs", "", false},
    };
    int n = 0;
    for (const auto& r : rows) {
        const bool ok = right(r);
        n += ok ? 1 : 0;
        if (!r.gap) {
            INFO(std::string(r.sentence));
            CHECK(ok);
        }
    }
    MESSAGE(n << " of " << rows.size() << " right");
}

TEST_CASE("claimround109: a reported presence is its sentence's day, a clause or a contest after 'reported' is not one")
{
    CHECK(testing::dayOf(extract("Local sources reported rebel fighters in Rastan on Friday."), "rastan",
                         ClaimKind::Entered) == "2024-12-06");
    // Guard: "reported that" opens a clause the lexicon reads by its own verb.
    CHECK(testing::on(extract("The Observatory reported that troops had evacuated their positions in Quneitra."),
                      "quneitra", ClaimKind::Entered)
              .empty());
    // Guard: what the lexicon reads as a movement keeps its own reading ("walking through").
    CHECK(testing::on(extract("Footage showed HTS fighters walking through the streets of Hama on Friday."), "hama",
                      ClaimKind::Entered) == std::vector<std::string>{"hts"});
}
