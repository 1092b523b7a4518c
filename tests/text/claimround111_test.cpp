// Round 111: control handed over, passed on or given up, and who it passed to. "Quneitra passed to
// local armed groups", "the height passed under the militants' control", "Hama has been surrendered
// to HTS": each is the capture of the place by the party named (read as "fell to"). Places are
// found by name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

struct Case {
    const char* sentence;
    const char* place; // "" where no claim of `kind` may be made on any place
    const char* actor;
    ClaimKind kind;
};

} // namespace

TEST_CASE("claimround111: control passed to, passed under or surrendered to a party is its capture")
{
    const Case cases[] = {
        {"Quneitra passed to local armed groups after the army left.", "quneitra", "opposition", ClaimKind::Captured},
        {"Latakia and Tartus passed to the opposition within two days.", "latakia", "opposition", ClaimKind::Captured},
        {"Latakia and Tartus passed to the opposition within two days.", "tartus", "opposition", ClaimKind::Captured},
        {"Control of Hama passed to the rebels on Thursday.", "hama", "opposition", ClaimKind::Captured},
        {"By Friday Rastan had passed to the rebels.", "rastan", "opposition", ClaimKind::Captured},
        {"The town of Talbiseh passed under the control of Hayat Tahrir al-Sham on Friday.", "talbiseh", "hts",
         ClaimKind::Captured},
        {"On Thursday Hama passed under rebel control.", "hama", "opposition", ClaimKind::Captured},
        {"Hama has been surrendered to HTS.", "hama", "hts", ClaimKind::Captured},
        {"Palmyra was surrendered to the rebels without a fight.", "palmyra", "opposition", ClaimKind::Captured},
        {"Rastan was ceded to the rebels on Friday.", "rastan", "opposition", ClaimKind::Captured},
        // Kept from earlier rounds: handed over to, into the hands of, declared liberated.
        {"Homs was handed over to the rebels under a deal with local notables.", "homs", "opposition",
         ClaimKind::Captured},
        {"Rastan passed into the hands of the opposition.", "rastan", "opposition", ClaimKind::Captured},
        {"HTS declared the city of Homs liberated.", "homs", "hts", ClaimKind::Captured},
        {"The army said it had liberated Hama.", "hama", "government", ClaimKind::Captured},
    };
    for (const auto& c : cases) {
        CAPTURE(c.sentence);
        const auto claims = extract(c.sentence);
        CHECK(testing::on(claims, c.place, c.kind) == std::vector<std::string>{c.actor});
    }
}

TEST_CASE("claimround111: transit, prisoners and weapons handed over, and soldiers surrendering are no capture")
{
    const char* sentences[] = {
        "The convoy passed through Homs on its way to Damascus.",
        "Prisoners were handed over to the Red Crescent in Homs.",
        "Soldiers handed over their weapons in Daraa.",
        "The army declared a curfew in Homs.",
        "Soldiers were surrendered to the rebels in Hama.",
        "The message was passed to the rebels in Hama by a mediator.",
        "The bridge in Homs passed under repair last year.",
    };
    for (const char* s : sentences) {
        CAPTURE(s);
        const auto claims = extract(s);
        for (const auto& c : claims)
            CHECK_MESSAGE(c.kind != ClaimKind::Captured, c.placeId);
    }
}
