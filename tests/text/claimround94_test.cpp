// Round 94 (what may stand between a verb and its places): adverbs and manner phrases between a
// withdrawal and its "from" ("withdrew without a fight from"), the troops a verb moves before "out
// of" / "from" ("withdrew most of its units from"), an aside set off by commas before the object
// ("seized, after two days of fighting, the town of"), and a "-held" noun a capture takes, which
// tells who held it before ("seized government-held towns in …"). Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

bool has(const std::vector<core::Claim>& claims, std::string_view place, std::string_view actor, ClaimKind kind)
{
    return std::any_of(claims.begin(), claims.end(),
                       [&](const core::Claim& c) { return c.placeId == place && c.actor == actor && c.kind == kind; });
}

struct Case {
    const char* text;
    const char* place;
    const char* actor;
    ClaimKind kind;
    bool expected; // false: the rule must not fire
};

} // namespace

// Sentences written for the round from how news copy puts words between a verb and its places (not
// from the gold sets).
TEST_CASE("claimround94: words between a verb and its places, table")
{
    const Case cases[] = {
        // Manner and time between a withdrawal and its "from".
        {"Regime forces withdrew without a fight from Deir ez-Zor and Albu Kamal on Friday.", "deirezzor",
         "government", ClaimKind::Withdrew, true},
        {"Regime forces withdrew without a fight from Deir ez-Zor and Albu Kamal on Friday.", "abukamal",
         "government", ClaimKind::Withdrew, true},
        {"Government troops withdrew overnight and without resistance from Palmyra.", "palmyra", "government",
         ClaimKind::Withdrew, true},
        {"Government forces fled in disarray from Hama on Thursday.", "hama", "government", ClaimKind::Withdrew,
         true},
        {"Regime troops withdrew quietly and in good order from Salamiyah.", "salamiyah", "government",
         ClaimKind::Withdrew, true},
        // The troops the verb moves, then "out of" / "from".
        {"The army pulled its remaining forces out of Deir ez-Zor on Friday.", "deirezzor", "government",
         ClaimKind::Withdrew, true},
        {"The Syrian army pulled its last troops out of Albu Kamal.", "abukamal", "government", ClaimKind::Withdrew,
         true},
        {"The army withdrew most of its units from Daraa overnight.", "daraa", "government", ClaimKind::Withdrew, true},
        {"The SDF withdrew its fighters from Tal Rifaat on Sunday.", "talrifaat", "sdf", ClaimKind::Withdrew, true},
        // An aside between commas before the object.
        {"Rebels seized, after two days of fighting, the town of Rastan.", "rastan", "opposition", ClaimKind::Captured,
         true},
        {"Rebels entered, early on Sunday morning, the city of Homs.", "homs", "opposition", ClaimKind::Entered,
         true},
        {"Opposition fighters captured, with little resistance, the city of Hama.", "hama", "opposition",
         ClaimKind::Captured, true},
        // A "-held" noun a capture takes: held before, not now.
        {"Rebels seized government-held towns in northern Hama province such as Rastan and Talbiseh.", "hama",
         "government", ClaimKind::Controls, false},
        {"Rebels seized government-held towns in northern Hama province such as Rastan and Talbiseh.", "rastan",
         "government", ClaimKind::Controls, false},
        // Guard: a "-held" noun no verb takes still says who holds it.
        {"Rastan, a government-held town, was shelled on Friday.", "rastan", "government", ClaimKind::Controls, true},
        {"Residents of the government-held town of Rastan fled.", "rastan", "government", ClaimKind::Controls, true},

        // Guards. A destination is held, not left.
        {"Government forces withdrew without a fight from Hama to Homs.", "homs", "government", ClaimKind::Withdrew,
         false},
        {"Regime forces withdrew overnight from Hama to Homs.", "homs", "government", ClaimKind::Withdrew, false},
        // A place of another clause or of the aside.
        {"Government forces withdrew without a fight, residents of Homs said.", "homs", "government",
         ClaimKind::Withdrew, false},
        {"Rebels seized, after two days of fighting near Hama, the town of Rastan.", "hama", "opposition",
         ClaimKind::Captured, false},
        {"Troops withdrew overnight and took up positions around Homs.", "homs", "government", ClaimKind::Withdrew,
         false},
        {"The army withdrew its units, which had shelled Idlib for years, from Hama.", "idlib", "government",
         ClaimKind::Withdrew, false},
        {"Regime forces withdrew without a fight toward Homs.", "homs", "government", ClaimKind::Withdrew, false},
        // Only troops leaving: civilians moved out say nothing of who holds the town.
        {"Kurdish-led forces said they had evacuated civilians from Tal Rifaat.", "talrifaat", "sdf",
         ClaimKind::Withdrew, false},
        {"The SDF withdrew hundreds of families from Tal Rifaat.", "talrifaat", "sdf", ClaimKind::Withdrew, false},
    };
    int right = 0;
    for (const auto& c : cases) {
        const std::string text = c.text;
        CAPTURE(text);
        const bool got = has(extract(text), c.place, c.actor, c.kind);
        CHECK(got == c.expected);
        right += got == c.expected ? 1 : 0;
    }
    MESSAGE("right: " << right << " of " << std::size(cases));
}
