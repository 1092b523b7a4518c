// Round 84: the actor of a generic force noun, from the text around it. "forces of the division",
// "the division's troops" are the division the article named before (the 210th Division is
// Israel's, the 4th Division the army's); "DMC forces" are the body the text spelt out before its
// abbreviation ("Deir ez-Zor Military Council (DMC)"); a division or abbreviation the text never
// named is nobody's. Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;
using testing::onSaturday::extract;

namespace {

struct Case {
    const char* text;
    const char* outlet;
    const char* place;
    ClaimKind kind;
    std::vector<std::string> actors; // the claims' actors on the place of that kind; empty: none
};

void checkAll(const std::vector<Case>& cases)
{
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(testing::on(extract(c.text, c.outlet), c.place, c.kind) == c.actors);
    }
}

} // namespace

TEST_CASE("claimround84: a generic force noun takes the division or body the text named")
{
    checkAll({
        // a division named before, by number or name
        {"Israel's 210th Division crossed into the buffer zone on Sunday. On Monday, forces of the division entered "
         "Quneitra.", "Test Wire", "quneitra", ClaimKind::Entered, {"israel"}},
        {"The Israeli army said its 210th Division had moved forward. The division's soldiers entered Quneitra on "
         "Sunday.", "Test Wire", "quneitra", ClaimKind::Entered, {"israel"}},
        {"The army's 4th Division had held the town for years. On Friday the division withdrew from Daraya.",
         "Test Wire", "daraya", ClaimKind::Withdrew, {"government"}},
        {"The 4th Division was sent north last week. Troops of the division pulled out of Hama on Thursday.",
         "Test Wire", "hama", ClaimKind::Withdrew, {"government"}},
        {"Soldiers of the Golani Brigade advanced on Saturday. The brigade entered Quneitra on Sunday.", "Test Wire",
         "quneitra", ClaimKind::Entered, {"israel"}},
        // the last division named
        {"The 4th Division pulled back from the Golan. Israel's 210th Division moved in. On Sunday the division "
         "entered Quneitra.", "Test Wire", "quneitra", ClaimKind::Entered, {"israel"}},
        // an abbreviation spelt out before
        {"Deir ez-Zor Military Council (DMC) forces took over Deir ez-Zor on Friday.", "Test Wire", "deirezzor",
         ClaimKind::Captured, {"sdf"}},
        {"The Manbij Military Council (MMC) said its fighters held the line. MMC fighters pulled out of Manbij on "
         "Monday.", "Test Wire", "manbij", ClaimKind::Withdrew, {"sdf"}},
        {"The Deir ez-Zor Military Council (DMC) is an Arab-led unit. On Friday the DMC entered Deir ez-Zor.",
         "Test Wire", "deirezzor", ClaimKind::Entered, {"sdf"}},
        // the words the reports use for the sides, already known
        {"Security forces withdrew from Jaramana on Saturday.", "Test Wire", "jarmana", ClaimKind::Withdrew,
         {"government"}},
        {"Local factions took control of Daraa on Saturday.", "Test Wire", "daraa", ClaimKind::Captured,
         {"opposition"}},
        {"The militants seized Salamiyah on Friday, a military source said.", "SANA", "salamiyah",
         ClaimKind::Captured, {"opposition"}},
        {"The gunmen took over Sanamayn on Friday, the agency said.", "SANA", "sanamayn", ClaimKind::Captured,
         {"opposition"}},
        {"Hezbollah said its units left Qudsaya on Sunday.", "Test Wire", "qudsaya", ClaimKind::Withdrew,
         {"hezbollah"}},
    });
}

TEST_CASE("claimround84: a division or abbreviation the text never named names nobody")
{
    checkAll({
        // no division named: some army's, nobody can tell whose
        {"On Monday, forces of the division entered Quneitra.", "Test Wire", "quneitra", ClaimKind::Entered, {}},
        {"Rebels said they had cut off the town. The division withdrew from Rastan on Friday.", "Test Wire",
         "rastan", ClaimKind::Withdrew, {}},
        // an abbreviation never spelt out
        {"UNDOF forces left Quneitra on Monday.", "Test Wire", "quneitra", ClaimKind::Withdrew, {}},
        {"The Manbij Military Council (MMC) said its fighters held firm. Turkish-backed SNA fighters entered Manbij "
         "on Monday.", "Test Wire", "manbij", ClaimKind::Entered, {"sna"}},
        // "the division of" is no unit
        {"The division of Aleppo into zones was agreed in 2016. Rebels entered Aleppo on Friday.", "Test Wire",
         "aleppo", ClaimKind::Entered, {"opposition"}},
    });
}

TEST_CASE("claimround84: a year in a participle aside on the object does not date the verb")
{
    const auto claims = extract("Israel's 210th Division crossed into the buffer zone on Sunday. On Monday, forces of "
                                "the division entered the abandoned city of Quneitra, destroyed in 1974 and never "
                                "rebuilt, according to residents.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Entered) == std::vector<std::string>{"israel"});
    // Guard: a year the verb's own clause gives still dates it.
    CHECK(testing::on(extract("Government forces entered Quneitra in 1974."), "quneitra", ClaimKind::Entered).empty());
}
