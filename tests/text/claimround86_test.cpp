// Round 86 (events named by a noun or a relative clause): "Israel's seizure on Sunday of the buffer
// zone", a possessive before an event noun with its own "of" is the doer, not the place
// (claimlexicon.cpp). Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
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
    const char* actor; // "" : no claim of `kind` on `place`
    ClaimKind kind;
    const char* day;   // "" : any day
};

} // namespace

// A table of event nouns and relative clauses in the shapes news copy uses, each with the claim a
// reader takes from it, and sentences where no change is told (a fear, a vow, a battle, history).
TEST_CASE("claimround86: events named by a noun or a relative clause, a table")
{
    const std::vector<Row> rows {
        {"HTS, which swept into Aleppo on Nov. 29, now runs the city.", "aleppo", "hts", ClaimKind::Entered, "2024-11-29"},
        {"The rebels' takeover of Homs on Saturday opened the road to the capital.", "homs", "opposition",
         ClaimKind::Captured, "2024-12-07"},
        {"The army's withdrawal from Deir ez-Zor on Friday left the city to the SDF.", "deirezzor", "government",
         ClaimKind::Withdrew, "2024-12-06"},
        {"Aleppo's fall to HTS on November 30 shocked Damascus.", "aleppo", "hts", ClaimKind::Captured, "2024-11-30"},
        {"The rebels, who captured Hama on Thursday, are now advancing on Homs.", "hama", "opposition",
         ClaimKind::Captured, "2024-12-05"},
        {"The capture of Hama by opposition fighters on Thursday marked a turning point.", "hama", "opposition",
         ClaimKind::Captured, "2024-12-05"},
        {"The rebel capture of Aleppo on November 30 was swift.", "aleppo", "opposition", ClaimKind::Captured,
         "2024-11-30"},
        {"The Syrian army's pullout from Palmyra on Saturday left the desert to the rebels.", "palmyra", "government",
         ClaimKind::Withdrew, "2024-12-07"},
        {"Kurdish forces' withdrawal from Tal Rifaat came after the rebels advanced.", "talrifaat", "sdf",
         ClaimKind::Withdrew, ""},
        // The rule of this round: a possessive before an event noun with its own "of" is the doer.
        {"Israel's seizure on Sunday of Quneitra drew condemnation.", "quneitra", "israel", ClaimKind::Captured,
         "2024-12-01"},
        {"The UAE condemned Israel's seizure of Quneitra on Sunday.", "quneitra", "israel", ClaimKind::Captured,
         "2024-12-01"},
        {"The rebels' takeover on Friday of Hama shocked the capital.", "hama", "opposition", ClaimKind::Captured,
         "2024-12-06"},
        {"The capture overnight of Rastan by the rebels opened the road to Homs.", "rastan", "opposition",
         ClaimKind::Captured, "2024-12-06"},
        {"The army announced the recapture yesterday of Salamiyah.", "salamiyah", "government", ClaimKind::Captured,
         "2024-12-06"},
        // No change told: a fear, a vow, a battle, a recalled year.
        {"Residents feared a capture of Homs by the rebels.", "homs", "", ClaimKind::Captured, ""},
        {"The rebels vowed the liberation of Damascus.", "damascus", "", ClaimKind::Captured, ""},
        {"The battle for Hama raged on Wednesday.", "hama", "", ClaimKind::Captured, ""},
        {"The fall of Aleppo in 2016 was a turning point in the war.", "aleppo", "", ClaimKind::Captured, ""},
        {"Analysts warned that the fall of Homs would doom the government.", "homs", "", ClaimKind::Captured, ""},
        // "on Friday of" is no noun's day when no event noun stands before it.
        {"The rebels met on Friday of last week near Hama.", "hama", "", ClaimKind::Captured, ""},
    };
    for (const auto& r : rows) {
        CAPTURE(r.sentence);
        const auto claims = extract(r.sentence);
        const auto actors = testing::on(claims, r.place, r.kind);
        if (std::string(r.actor).empty()) {
            CHECK(actors.empty());
            continue;
        }
        CHECK(actors == std::vector<std::string> {r.actor});
        if (std::string(r.day).size())
            CHECK(testing::dayOf(claims, r.place, r.kind) == r.day);
    }
}

TEST_CASE("claimround86: 'Israel's seizure on Sunday of Quneitra' is Israel's capture of Quneitra")
{
    auto claims = extract("The UAE condemned Israel's seizure on Sunday of Quneitra.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured) == std::vector<std::string> {"israel"});
    CHECK(testing::dayOf(claims, "quneitra", ClaimKind::Captured) == "2024-12-01");
    // Guard: with no "of" after the noun, the possessive is the place that fell.
    claims = extract("Aleppo's fall to HTS on November 30 shocked the government.");
    CHECK(testing::on(claims, "aleppo", ClaimKind::Captured) == std::vector<std::string> {"hts"});
}

TEST_CASE("claimround86: 'Hayat Tahrir al-Sham (HTS), which swept into Aleppo' is HTS's entry")
{
    auto claims = extract("The offensive led by Hayat Tahrir al-Sham (HTS), which swept into Aleppo on Friday, "
                          "threw the army into disarray.");
    CHECK(testing::on(claims, "aleppo", ClaimKind::Entered) == std::vector<std::string> {"hts"});
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Entered) == "2024-12-06");
    claims = extract("Rebels fought the Syrian Democratic Forces (SDF), which still holds Manbij.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Controls) == std::vector<std::string> {"sdf"});
    // Guard: a bracket that holds no actor's short form leaves the relative to its own antecedent.
    claims = extract("Rebels praised the city (Hama), which fell to the army in 2012.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured) != std::vector<std::string> {"opposition"});
}
