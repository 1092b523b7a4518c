// Round 98 (places listed beside the verb's object): lists a reader attaches to a capture, a
// withdrawal or a holding — after a counted noun and a dash or colon, in a participle that goes on
// with the clause (", seizing X and Y"), and (the rule of this round, claimlists.cpp) "as were X
// and Y" after the verb's object. Guards: lists of places shelled, planned or lived in, and lists in
// a sentence of another kind ("Among the dead were …", "They include fighters from …"). Places are
// found by name search (claimtesthelpers.h).
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

struct Case {
    const char* text;
    const char* place;
    const char* actor; // "" with `fires` false: no claim of that kind on the place at all
    ClaimKind kind;
    bool fires;
};

// Written from how news copy says it, not from the gold sets.
const std::vector<Case> kCases {
    // A counted noun, then the list after a dash or colon.
    {"Rebels captured three towns north of Homs - Rastan, Talbiseh and Salamiyah - on Friday.", "talbiseh",
     "opposition", ClaimKind::Captured, true},
    {"Rebels captured three towns north of Homs - Rastan, Talbiseh and Salamiyah - on Friday.", "salamiyah",
     "opposition", ClaimKind::Captured, true},
    {"The SDF said it had taken two towns east of Aleppo that the army had held for years: Manbij and Tal Rifaat.",
     "manbij", "sdf", ClaimKind::Captured, true},
    // A participle that goes on with the clause.
    {"Rebels advanced south from Hama on Friday, reportedly taking Rastan and Talbiseh.", "talbiseh", "opposition",
     ClaimKind::Captured, true},
    {"Rebels advanced south from Hama on Friday, reportedly taking Rastan and Talbiseh.", "rastan", "opposition",
     ClaimKind::Captured, true},
    {"Opposition fighters pushed towards Damascus on Friday, capturing Sanamayn and Saasa along the way.",
     "saasa", "opposition", ClaimKind::Captured, true},
    {"The rebels swept through the countryside north of Homs, seizing Rastan.", "rastan", "opposition",
     ClaimKind::Captured, true},
    // "as were X and Y" after a holding.
    {"By Friday Rastan was fully under rebel control, as were Talbiseh and Salamiyah.", "talbiseh", "opposition",
     ClaimKind::Controls, true},
    {"By Friday Rastan was fully under rebel control, as were Talbiseh and Salamiyah.", "salamiyah", "opposition",
     ClaimKind::Controls, true},
    {"Rastan fell to the rebels on Friday, as did Talbiseh.", "talbiseh", "opposition", ClaimKind::Captured, true},
    // Guards: lists of another kind.
    {"Rastan was shelled on Friday, as were Talbiseh and Salamiyah.", "talbiseh", "", ClaimKind::Controls, false},
    {"Rebels captured Rastan on Friday, as was reported in Talbiseh.", "talbiseh", "", ClaimKind::Captured, false},
    {"Rebels captured Rastan on Friday, as did the SDF in Manbij.", "manbij", "", ClaimKind::Captured, false},
    {"Rebels captured Hama on Friday. Among the dead were residents of Rastan and Talbiseh.", "talbiseh", "",
     ClaimKind::Captured, false},
    {"Rebels captured Hama on Friday. Government jets shelled several towns, among them Rastan and Talbiseh.",
     "talbiseh", "", ClaimKind::Captured, false},
    {"Rebels plan to capture villages such as Rastan and Talbiseh next week.", "talbiseh", "", ClaimKind::Captured,
     false},
    {"Rebels captured Hama on Friday, displacing residents of Rastan and Talbiseh.", "talbiseh", "",
     ClaimKind::Captured, false},
    {"Rebels captured Hama on Friday, shelling Rastan and Talbiseh.", "rastan", "", ClaimKind::Captured, false},
    {"Rebels captured two towns on Friday. They include a hospital in Rastan.", "rastan", "", ClaimKind::Captured,
     false},
    {"Rebels advanced on Homs on Friday, threatening Rastan and Talbiseh.", "talbiseh", "", ClaimKind::Captured,
     false},
    {"Rebels captured Hama on Friday. They include fighters from Rastan and Talbiseh.", "talbiseh", "",
     ClaimKind::Captured, false},
};

bool right(const Case& c)
{
    const auto claims = extract(c.text);
    const auto actors = testing::on(claims, c.place, c.kind);
    if (!c.fires)
        return actors.empty();
    return std::find(actors.begin(), actors.end(), c.actor) != actors.end();
}

} // namespace

TEST_CASE("claimround98: places listed beside the verb's object, table")
{
    int ok = 0;
    for (const auto& c : kCases) {
        const std::string text = c.text, place = c.place;
        CAPTURE(text);
        CAPTURE(place);
        const bool r = right(c);
        ok += r ? 1 : 0;
        CHECK(r);
    }
    MESSAGE("right: " << ok << " of " << kCases.size());
}
