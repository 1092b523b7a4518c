// Round 103: a collective object and the places that spell it out ("took the airport and the
// so-called seven villages on the river - A, B and C", "seized a dozen villages. Among them are A
// and B"), and a run of falls told with "followed" ("Hama fell on Thursday. A, B and C followed
// within hours"). Places are found by name search (claimtesthelpers.h).
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
    const char* place;
    const char* actor; // "" : no change of any kind on the place
    ClaimKind kind;
    bool left = false; // a reading this round leaves ("was next", "went the same way": no trigger yet)
};

bool anyChange(const std::vector<core::Claim>& claims, std::string_view place)
{
    return std::any_of(claims.begin(), claims.end(), [&](const core::Claim& c) {
        return c.placeId == place && c.stance == core::Stance::Affirms
            && (c.kind == ClaimKind::Captured || c.kind == ClaimKind::Entered || c.kind == ClaimKind::Withdrew);
    });
}

// Sentences written for the round from how news copy tells it, not taken from the gold sets.
const Row kRows[] = {
    // The collective after a first object, spelled out after a dash or a colon.
    {"Rebels captured the air base and three towns nearby - Rastan, Talbiseh and Salamiyah.", "salamiyah", "opposition", ClaimKind::Captured},
    {"Rebels captured Hama and several towns north of it: Rastan, Talbiseh and Salamiyah.", "talbiseh", "opposition", ClaimKind::Captured},
    {"The army abandoned the checkpoint and the two towns on the highway: Rastan and Talbiseh.", "talbiseh", "government", ClaimKind::Withdrew},
    {"The SDF took the airport and the so-called seven villages on the river - Rastan, Talbiseh and Salamiyah - which the army had held since 2017.", "rastan", "sdf", ClaimKind::Captured},
    {"The SDF took over the so-called seven villages east of the river - Rastan, Talbiseh and Salamiyah.", "rastan", "sdf", ClaimKind::Captured},
    {"Rebels seized a dozen villages on Friday, including Rastan and Talbiseh.", "talbiseh", "opposition", ClaimKind::Captured},
    // The collective spelled out in the next sentence.
    {"Rebels have seized several towns north of Homs. Among them are Rastan and Talbiseh.", "rastan", "opposition", ClaimKind::Captured},
    {"Rebels have seized over a dozen villages north of Homs since launching an offensive on Wednesday. Among them are Rastan and Talbiseh.", "talbiseh", "opposition", ClaimKind::Captured},
    {"Opposition fighters took a string of towns on Friday. They include Rastan and Talbiseh.", "talbiseh", "opposition", ClaimKind::Captured},
    {"Rebels captured more than a dozen villages on Friday. Those captured include Rastan, Talbiseh and Salamiyah.", "salamiyah", "opposition", ClaimKind::Captured},
    {"The ministry said troops had driven terrorists out of several villages north of Homs, naming Rastan among them.", "rastan", "government", ClaimKind::Captured},
    // A run of falls.
    {"Rebels captured Hama on Thursday. Rastan and Talbiseh followed on Friday.", "rastan", "opposition", ClaimKind::Captured},
    {"Rebels took Hama on Thursday. Rastan, Talbiseh and Salamiyah followed within hours.", "salamiyah", "opposition", ClaimKind::Captured},
    {"Rebels seized Hama on Thursday, and Rastan soon followed.", "rastan", "opposition", ClaimKind::Captured},
    {"Rebels seized Hama on Thursday. Rastan was next.", "rastan", "opposition", ClaimKind::Captured, true},
    {"Rebels seized Hama on Thursday. Rastan and Talbiseh went the same way on Friday.", "talbiseh", "opposition", ClaimKind::Captured, true},
    {"By Friday morning Hama was in rebel hands. Rastan, Talbiseh and Salamiyah followed within hours.", "talbiseh", "opposition", ClaimKind::Captured},
    // Must not fire.
    {"Strikes hit several towns on Friday, including Rastan and Talbiseh.", "rastan", "", ClaimKind::Captured},
    {"Rebels seized several towns on Friday. Among the dead were fighters from Rastan.", "rastan", "", ClaimKind::Captured},
    {"The army still holds several towns: Rastan and Talbiseh.", "talbiseh", "", ClaimKind::Captured},
    {"Rebels captured Hama and pushed toward Rastan, Talbiseh and Salamiyah.", "rastan", "", ClaimKind::Captured},
    {"The army still holds Hama. Rastan and Talbiseh followed on Friday.", "rastan", "", ClaimKind::Captured},
    {"Rebels captured Hama on Thursday. Clashes followed in Rastan.", "rastan", "", ClaimKind::Captured},
    {"Rebels captured Hama on Thursday. A statement followed from the council in Rastan.", "rastan", "", ClaimKind::Captured},
    {"Rebels captured Hama on Thursday. Civilians fled several towns, including Rastan and Talbiseh.", "talbiseh", "", ClaimKind::Captured},
    {"Rebels plan to seize several towns north of Homs. Among them are Rastan and Talbiseh.", "rastan", "", ClaimKind::Captured},
    {"Troops drove terrorists out of several villages north of Homs, naming officers from Rastan as their commanders.", "rastan", "", ClaimKind::Captured},
    {"Airstrikes hit several towns on Friday. Among them were Rastan and Talbiseh.", "rastan", "", ClaimKind::Captured},
    {"Rebels captured several towns on Friday. Rastan and Talbiseh were shelled overnight.", "rastan", "", ClaimKind::Captured},
};

} // namespace

TEST_CASE("claimround103: the places that spell out a collective object, and a run told with 'followed'")
{
    int right = 0;
    for (const auto& r : kRows) {
        const std::string text = r.text;
        CAPTURE(text);
        const auto claims = extract(r.text);
        bool ok = false;
        if (*r.actor == '\0') {
            ok = !anyChange(claims, r.place);
        } else {
            const auto got = testing::on(claims, r.place, r.kind);
            ok = std::find(got.begin(), got.end(), std::string(r.actor)) != got.end();
        }
        if (!r.left)
            CHECK(ok);
        right += ok ? 1 : 0;
    }
    MESSAGE("claimround103 table: " << right << " of " << std::size(kRows) << " right");
}

TEST_CASE("claimround103: a tally of places taken 'since' the offensive began is of captures, on no day")
{
    auto claims = extract("Rebels have seized over a dozen villages north of Homs since launching an offensive on "
                          "Wednesday. Among them are Rastan and Talbiseh.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Captured) == std::vector<std::string> {"opposition"});
    CHECK(testing::dayOf(claims, "rastan", ClaimKind::Captured).empty());
    // Guard: a named place taken since then is held now, not a dated capture.
    claims = extract("Rebels have seized Rastan since launching an offensive on Wednesday.");
    CHECK(testing::findClaim(claims, "rastan", ClaimKind::Captured) == nullptr);
    CHECK(testing::on(claims, "rastan", ClaimKind::Controls) == std::vector<std::string> {"opposition"});
}

TEST_CASE("claimround103: a count of places after the verb's first object and 'and' is spelled out after a dash")
{
    auto claims = extract("The SDF took the airport and the so-called seven villages on the river - Rastan, Talbiseh "
                          "and Salamiyah - which the army had held since 2017.");
    CHECK(testing::on(claims, "salamiyah", ClaimKind::Captured) == std::vector<std::string> {"sdf"});
    // Guard: with no count before the dash, the names after it are no list of the verb's.
    claims = extract("The SDF took the airport and the road along the river - Rastan and Talbiseh lay beyond it.");
    CHECK(testing::findClaim(claims, "talbiseh", ClaimKind::Captured) == nullptr);
}
