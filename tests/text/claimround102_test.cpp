// Round 102: armed men present in a place, arriving, reaching or pushing into it are its `entered`.
// First a table of sentences written for the round (not taken from the gold sets) on how news copy
// says it, with the ones the extractor must leave alone; then the round's one rule: men seen doing
// something in a place ("celebrating in", "posed for selfies inside", "filming themselves in") are in
// it (claimpresence.h). Places are found by name search (claimtesthelpers.h).
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

TEST_CASE("claimround102: armed men arriving, reaching, present or seen in a place entered it, others did not")
{
    const std::vector<Row> rows{
        {"Opposition fighters pushed into Homs on Saturday.", "homs", "opposition", false},
        {"Rebel fighters reached Mezzeh early on Saturday.", "mezzeh", "opposition", false},
        {"The first HTS fighters arrived in Hama on Thursday afternoon.", "hama", "hts", false},
        {"Rebel fighters rolled into Daraa on Friday in pickup trucks.", "daraa", "opposition", false},
        {"Rebels streamed into Rastan on Thursday.", "rastan", "opposition", false},
        {"Israeli tanks entered Quneitra on Friday.", "quneitra", "israel", false},
        {"Opposition fighters walked through the streets of Salamiyah on Friday.", "salamiyah", "opposition", false},
        {"Video showed HTS fighters in Jaramana on Saturday.", "jarmana", "hts", false},
        {"Rebel fighters were seen in Daraya on Saturday.", "daraya", "opposition", false},
        {"Rebels made their way into Qudsaya on Saturday.", "qudsaya", "opposition", false},
        {"Opposition fighters fanned out through Homs on Saturday.", "homs", "opposition", false},
        {"SDF fighters moved into Albu Kamal on Friday.", "abukamal", "sdf", false},
        {"By dawn the rebels were in Homs.", "homs", "opposition", false},
        // The round's rule: what men do where they stand.
        {"Rebels were celebrating in Hama on Thursday evening.", "hama", "opposition", false},
        {"Opposition fighters posed for photographs in Hama on Thursday.", "hama", "opposition", false},
        {"By nightfall rebel fighters were filming themselves in Homs.", "homs", "opposition", false},
        {"Rebel fighters were dancing in Talbiseh on Thursday.", "talbiseh", "opposition", false},
        {"Rebels were chanting in Hama on Thursday.", "hama", "opposition", false},
        {"HTS fighters later posed for selfies inside Aleppo International Airport.", "aleppo-airport", "hts", false},
        // Round 102 in claimagent.cpp: a bare "were in" with its "by" time after the place.
        {"Rebel fighters were in Sanamayn, barely 20 km from the city, by late Friday.", "sanamayn", "opposition", false},
        // Gap seen and left: "as far as" past a zone.
        {"Israeli forces pushed beyond the Golan Heights as far as Saasa on Friday.", "saasa", "israel", true},
        // Must not fire.
        {"Residents celebrated in Hama on Thursday.", "hama", "", false},
        {"Displaced families arrived in Idlib on Friday.", "idlib", "", false},
        {"The UN envoy arrived in Damascus on Friday.", "damascus", "", false},
        {"Araghchi reached Damascus on Friday.", "damascus", "", false},
        {"Rebel fighters are expected to reach Homs within days.", "homs", "", false},
        {"HTS vowed to push into Damascus.", "damascus", "", false},
        {"Rebels advanced toward Homs on Friday.", "homs", "", false},
        {"Jets struck fighters in Idlib on Friday.", "idlib", "", false},
        {"Our correspondent in Beirut said the fighting went on.", "beirut", "", false},
        {"Rebel fighters celebrated in Aleppo in 2016.", "aleppo", "", false},
        {"Government soldiers were celebrating in Homs on Friday.", "homs", "", false},
        {"Rebels captured Rastan on Wednesday. Crowds were celebrating in Hama on Thursday.", "hama", "", false},
        {"The rebels were filming the ruins in Homs.", "homs", "", false},
        {"Rebel delegates were in Damascus for talks.", "damascus", "", false},
        {"The rebels were in Homs and by Saturday the army had left.", "homs", "", false},
    };
    int n = 0;
    for (const auto& r : rows) {
        const bool ok = right(r);
        n += ok ? 1 : 0;
        if (!r.gap) {
            INFO(r.sentence);
            CHECK(ok);
        }
    }
    MESSAGE(n << " of " << rows.size() << " right");
}

TEST_CASE("claimround102: fighters seen celebrating in a square are in it, the residents beside them are not its actor")
{
    const auto claims = extract("Our correspondent sees fighters and residents celebrating in Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered) == std::vector<std::string>{"opposition"});
    // Guard: the dated day is the sentence's.
    CHECK(testing::dayOf(extract("Opposition fighters posed for selfies inside Homs on Friday."), "homs",
                         ClaimKind::Entered) == "2024-12-06");
    // Guard: the garrison at home enters nothing.
    CHECK(testing::on(extract("Regime troops were celebrating in Homs on Friday."), "homs", ClaimKind::Entered).empty());
}
