// Round 114: the words for parties and moves, measured with a generated grid. Every force noun news
// copy sends in or pulls out ("commandos", "bulldozers", "personnel", "reinforcements", "detachments")
// extends a named party like "fighters" does; "occupation tanks" are Israel's as
// "occupation forces" are; "pro-government personnel" are the government's; "rushed into" enters a
// place. Left out, as the tuning sets' gold reads them otherwise: "went into" (its one instance is
// "soldiers" of an Israeli story, read as the army's), "quit" ("had quit their outposts" is undated
// there), "army columns" ("army columns were leaving the city" lands on the wrong day), "army
// garrison" and "garrison" as a head ("The army garrison in Rastan handed over prisoners" is no
// withdrawal, round 104). The grid crosses party phrases with verbs of change and places and asserts
// each sentence's claim; the guards keep the verbs to places.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

struct Party {
    const char* phrase;
    const char* actor;
};

struct Move {
    const char* verb;
    ClaimKind kind;
};

bool claimed(const std::vector<core::Claim>& claims, std::string_view place, ClaimKind kind, std::string_view actor)
{
    for (const auto& a : testing::on(claims, place, kind))
        if (a == actor)
            return true;
    return false;
}

} // namespace

TEST_CASE("claimround114: the grid of force nouns and verbs of change")
{
    const Party takers[] = {
        {"HTS commandos", "hts"},           {"HTS gunmen", "hts"},
        {"HTS reinforcements", "hts"},      {"Rebel reinforcements", "opposition"},
        {"Israeli bulldozers", "israel"},   {"Israeli tanks and bulldozers", "israel"},
        {"Occupation tanks", "israel"},     {"Israeli vehicles", "israel"},
        {"Turkish tanks", "turkey"},        {"Armed opposition detachments", "opposition"},
    };
    const Move entries[] = {{"entered", ClaimKind::Entered},     {"had entered", ClaimKind::Entered},
                            {"rushed into", ClaimKind::Entered},
                            {"rolled into", ClaimKind::Entered}, {"captured", ClaimKind::Captured},
                            {"seized", ClaimKind::Captured},     {"took over", ClaimKind::Captured}};
    const char* places[][2] = {{"Hama", "hama"}, {"the town of Rastan", "rastan"}, {"the city of Homs", "homs"}};
    int n = 0;
    for (const auto& party : takers)
        for (const auto& move : entries) {
            const auto* place = places[n++ % 3];
            const std::string s = std::string(party.phrase) + " " + move.verb + " " + place[0] + " on Friday.";
            CAPTURE(s);
            CHECK(claimed(extract(s), place[1], move.kind, party.actor));
        }
    const Party leavers[] = {
        {"Regime personnel", "government"},           {"Pro-government personnel", "government"},
        {"Pro-government militiamen", "government"},  {"Government reinforcements", "government"},
        {"Army convoys", "government"},               {"The regime's security detachments", "government"},
        {"Army reinforcements", "government"},        {"Russian military police", "russia"},
    };
    const Move exits[] = {{"left", ClaimKind::Withdrew},          {"abandoned", ClaimKind::Withdrew},
                          {"had left", ClaimKind::Withdrew},      {"vacated", ClaimKind::Withdrew},
                          {"withdrew from", ClaimKind::Withdrew}, {"pulled out of", ClaimKind::Withdrew}};
    for (const auto& party : leavers)
        for (const auto& move : exits) {
            const auto* place = places[n++ % 3];
            const std::string s = std::string(party.phrase) + " " + move.verb + " " + place[0] + " on Friday.";
            CAPTURE(s);
            CHECK(claimed(extract(s), place[1], move.kind, party.actor));
        }
}

TEST_CASE("claimround114: real sentences of the tuning sets")
{
    CHECK(claimed(extract("Two security sources said on Friday that occupation tanks had entered the town of Saasa."),
                  "saasa", ClaimKind::Entered, "israel"));
    CHECK(claimed(extract("Regime personnel also left the Nasib border crossing on Friday."), "nasib",
                  ClaimKind::Withdrew, "government"));
    CHECK(claimed(extract("In Sweida, pro-government personnel withdrew from the city on Friday."), "suwayda",
                  ClaimKind::Withdrew, "government"));
    CHECK(claimed(extract("The rebel gunmen who rushed into Hama on Friday looted the bank."), "hama",
                  ClaimKind::Entered, "opposition"));
}

TEST_CASE("claimround114: guards - no place, a destination, a non-move")
{
    const char* none[] = {
        "The fighters went into hiding in Hama on Friday.",
        "Rebels took part in the battle on Friday.",
        "It took hours for rebels to reach an agreement on Friday.",
        "Rebel gunmen left dozens dead on Friday.",
    };
    for (const char* s : none) {
        CAPTURE(s);
        const auto claims = extract(s);
        CHECK(testing::on(claims, "hama", ClaimKind::Entered).empty());
        CHECK(testing::on(claims, "hama", ClaimKind::Withdrew).empty());
    }
    // "left for Idlib": the destination is not left.
    const auto claims = extract("Regime personnel left for Idlib on Friday.");
    CHECK(testing::on(claims, "idlib", ClaimKind::Withdrew).empty());
    // "HTS gunmen" are HTS's, "government reinforcements" the government's: no crossing over.
    CHECK(!claimed(extract("Government reinforcements entered Hama on Friday."), "hama", ClaimKind::Entered, "hts"));
}
