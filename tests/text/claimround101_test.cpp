// Round 101: "the town", "the city", "the base", "the crossing" as the object of a change stand for
// the place the story is about (claimantecedent.cpp, claimanaphora.cpp). Sentences written from how
// news copy says it, each with the (place, actor, kind) a reader takes from it, and sentences where
// the noun must stand for nothing, or not for the place named nearby. Places are found by name
// search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
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
    const char* text;
    const char* place;
    ClaimKind kind;
    const char* actor; // the actor claimed; nullptr: no claim of this kind on the place at all
};

bool holds(const Row& r)
{
    const auto claims = extract(r.text);
    const auto actors = testing::on(claims, r.place, r.kind);
    if (!r.actor)
        return actors.empty();
    return std::find(actors.begin(), actors.end(), std::string(r.actor)) != actors.end();
}

const std::vector<Row> kRows{
    // Read: the noun stands for the place named before.
    {"Fighting raged around Tal Rifaat for two days. Turkish-backed factions captured the town on Monday.",
     "talrifaat", ClaimKind::Captured, "sna"},
    {"Russian military police had left the area around Tal Rifaat before Turkish-backed factions captured the town "
     "on Monday.", "talrifaat", ClaimKind::Captured, "sna"},
    {"Tal Rifaat is a largely Arab town. SNA factions said they had seized the town, while the SDF said many "
     "families had already fled Manbij.", "talrifaat", ClaimKind::Captured, "sna"},
    {"The SNA said it had seized Tal Rifaat and Manbij, while the SDF said it had pulled its forces out of both to "
     "open a corridor for civilians.", "manbij", ClaimKind::Withdrew, "sdf"},
    {"The SNA said it had seized Tal Rifaat and Manbij, while the SDF said it had pulled its forces out of both to "
     "open a corridor for civilians.", "talrifaat", ClaimKind::Withdrew, "sdf"},
    {"In Suweida, Druze factions remained in control of the city after seizing it on Friday, and in Daraa, "
     "southern rebels who took the city at the weekend were running the Nasib crossing.",
     "daraa", ClaimKind::Captured, "sor"},
    {"Rebels reached the outskirts of Hama on Wednesday. They entered the city on Thursday.", "hama",
     ClaimKind::Entered, "opposition"},
    {"Government troops pulled out of Rastan overnight. Rebels took over the town on Sunday morning.", "rastan",
     ClaimKind::Captured, "opposition"},
    {"HTS fighters reached Homs at dawn and seized the city by noon.", "homs", ClaimKind::Captured, "hts"},
    {"The rebels advanced on Talbiseh from the north and took the town without a fight.", "talbiseh",
     ClaimKind::Captured, "opposition"},
    {"Kurdish forces held Tal Rifaat and Manbij. On Tuesday the SDF said it had pulled its forces out of both.",
     "manbij", ClaimKind::Withdrew, "sdf"},
    {"Syrian troops abandoned the Kuweires air base on Saturday. Rebels took over the base hours later.", "kuweires",
     ClaimKind::Captured, "opposition"},
    {"The army pulled out of the Nasib border crossing on Friday, and southern fighters took over the crossing.",
     "nasib", ClaimKind::Captured, "opposition"},
    {"Opposition fighters swept into Hama on Thursday, and the army said it had withdrawn its units from the city.",
     "hama", ClaimKind::Withdrew, "government"},
    {"Troops pulled out of the city under a deal, residents of Homs said.", "homs", ClaimKind::Withdrew,
     "government"},
    {"Army units left Salamiyah on Thursday. Rebels entered the town the next morning.", "salamiyah",
     ClaimKind::Entered, "opposition"},
    {"After the army withdrew from Manbij, SNA fighters entered the town.", "manbij", ClaimKind::Entered, "sna"},
    {"Rebels took Rastan on Thursday. Talbiseh lies a few kilometres south, and fighters entered the town on "
     "Friday.", "talbiseh", ClaimKind::Entered, "opposition"},
    // Must not fire: no change, a governorate or a foreign place, the wrong place named nearby.
    {"Government forces shelled Rastan. Rebels shelled the town again on Monday.", "rastan", ClaimKind::Captured,
     nullptr},
    {"A drone struck the Kuweires air base. The base came under drone attack again on Monday.", "kuweires",
     ClaimKind::Captured, nullptr},
    {"Southern fighters swept across Daraa Governorate. They captured the city on Friday.", "gov-daraa",
     ClaimKind::Captured, nullptr},
    {"Hezbollah fighters crossed back to Beirut. Rebels captured the city on Sunday.", "beirut", ClaimKind::Captured,
     nullptr},
    {"Tal Rifaat is a largely Arab town. SNA factions said they had seized the town, while the SDF said many "
     "families had already fled Manbij.", "manbij", ClaimKind::Captured, nullptr},
    {"Russian military police had left the area around Tal Rifaat before Turkish-backed factions captured the town "
     "on Monday.", "talrifaat", ClaimKind::Withdrew, nullptr},
    {"Rebels entered Tal Rifaat and Manbij, and the SDF urged both to remain calm.", "manbij", ClaimKind::Withdrew,
     nullptr},
    {"Rebels took Manbij on Monday. Clashes continued around Tal Rifaat, and SNA fighters entered the town.",
     "talrifaat", ClaimKind::Entered, nullptr},
};

} // namespace

TEST_CASE("claimround101: 'the town', 'the city', 'the base', 'the crossing' stand for the place the story is about")
{
    int right = 0;
    for (const auto& r : kRows) {
        const std::string text = r.text, place = r.place;
        CAPTURE(text);
        CAPTURE(place);
        const bool ok = holds(r);
        CHECK(ok);
        right += ok ? 1 : 0;
    }
    MESSAGE(right << " of " << kRows.size() << " right");
}

TEST_CASE("claimround101: the nearest place named before 'the city', not the anaphor made last")
{
    const char* text = "In Suweida, Druze factions remained in control of the city after seizing it on Friday, and in "
                       "Daraa, southern rebels who took the city at the weekend were running the Nasib crossing.";
    const auto claims = extract(text);
    CHECK(!testing::on(claims, "daraa", ClaimKind::Captured).empty());
    // Guard: Suweida keeps its own capture, by "seizing it".
    CHECK(!testing::on(claims, "suwayda", ClaimKind::Captured).empty());
}

TEST_CASE("claimround101: 'the town' does not reach past 'while' to a place named after it")
{
    auto claims = extract("Tal Rifaat is a largely Arab town. SNA factions said they had seized the town, while the "
                          "SDF said many families had already fled Manbij.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Captured) == std::vector<std::string>{"sna"});
    CHECK(testing::on(claims, "manbij", ClaimKind::Captured).empty());
    // Guard: with no contrast, the name after the noun is still the one meant.
    claims = extract("Troops pulled out of the city under a deal, residents of Homs said.");
    CHECK(!testing::on(claims, "homs", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround101: 'the area around Tal Rifaat' is the town's ground")
{
    auto claims = extract("Russian military police had left the area around Tal Rifaat before Turkish-backed "
                          "factions captured the town on Monday.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Captured) == std::vector<std::string>{"sna"});
    // Guard: a place something happens around is still not the town meant.
    claims = extract("Rebels took Manbij on Monday. Clashes continued around Tal Rifaat, and SNA fighters entered "
                     "the town.");
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Entered).empty());
}

TEST_CASE("claimround101: 'out of both to open a corridor' — the count alone before a purpose")
{
    auto claims = extract("The SNA said it had seized Tal Rifaat and Manbij, while the SDF said it had pulled its "
                          "forces out of both to open a corridor for civilians.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Withdrew) == std::vector<std::string>{"sdf"});
    CHECK(testing::on(claims, "talrifaat", ClaimKind::Withdrew) == std::vector<std::string>{"sdf"});
    // Guard: "both to the" is not the count alone.
    claims = extract("The SNA seized Tal Rifaat and Manbij, and the SDF withdrew both to the east bank.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Withdrew).empty());
}
