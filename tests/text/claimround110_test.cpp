// Round 110: a base, post or garrison left, told with the place as the subject ("the Kuweires air
// base was abandoned") or with the place as the scene ("In Talbiseh, the soldiers had gone by
// Saturday evening"). Sentences written from how news copy tells it, not copied from the gold sets;
// places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::Reading;

} // namespace

TEST_CASE("claimround110: a facility left, or soldiers gone from the scene's place")
{
    const std::vector<Reading> rows {
        // A facility as the subject of a passive of leaving.
        {"The Kuweires air base was abandoned on Saturday.", "kuweires", "government", ClaimKind::Withdrew},
        {"Kuweires air base was also abandoned overnight.", "kuweires", "government", ClaimKind::Withdrew},
        {"Aleppo International Airport was deserted by Saturday morning.", "aleppo-airport", "government",
            ClaimKind::Withdrew},
        {"Aleppo International Airport was evacuated on Saturday, its staff and guards gone.", "aleppo-airport",
            "government", ClaimKind::Withdrew},
        {"The Kuweires air base had been abandoned by its garrison on Saturday.", "kuweires", "government",
            ClaimKind::Withdrew},
        {"Kuweires air base, one of the largest in the north, was abandoned on Saturday.", "kuweires", "government",
            ClaimKind::Withdrew},
        {"The Nasib border crossing was abandoned by its guards on Saturday.", "nasib", "government",
            ClaimKind::Withdrew, false},
        {"Kuweires air base appeared to have been abandoned on Saturday.", "kuweires", "government",
            ClaimKind::Withdrew},
        {"The Nasib border crossing was deserted on Saturday, its guards gone.", "nasib", "government",
            ClaimKind::Withdrew},
        // Soldiers with no place of their own leave the scene's place.
        {"In Talbiseh, soldiers left on Saturday afternoon.", "talbiseh", "government", ClaimKind::Withdrew},
        {"In Sanamayn, the garrison had simply gone by Saturday.", "sanamayn", "government", ClaimKind::Withdrew, false},
        {"We reached Talbiseh at noon. \"The soldiers left on Saturday morning,\" said a resident.", "talbiseh",
            "government", ClaimKind::Withdrew, false},
        {"Rastan was quiet on Saturday. The soldiers had gone by evening, residents say.", "rastan", "government",
            ClaimKind::Withdrew, false},
        {"In Talbiseh, dozens of soldiers surrendered on Saturday.", "talbiseh", "government",
            ClaimKind::Surrendered, false},
        {"Syrian customs officers abandoned their posts at the Nasib border crossing on Saturday.", "nasib",
            "government", ClaimKind::Withdrew, false},
        // Must not fire.
        {"Rebels abandoned their attack on Hama on Saturday.", "hama", "", ClaimKind::Withdrew},
        {"Talbiseh was abandoned by its residents on Saturday.", "talbiseh", "", ClaimKind::Withdrew},
        {"Kuweires air base was struck on Saturday.", "kuweires", "", ClaimKind::Withdrew},
        {"In Talbiseh, soldiers left for Damascus on Saturday.", "damascus", "", ClaimKind::Withdrew},
        {"In Beirut, soldiers left on Saturday.", "beirut", "", ClaimKind::Withdrew},
        {"In Hama, residents left on Saturday.", "hama", "", ClaimKind::Withdrew},
        {"The Kuweires air base was abandoned in 2015.", "kuweires", "", ClaimKind::Withdrew},
        {"Hama was deserted on Saturday, its streets empty.", "hama", "", ClaimKind::Withdrew},
        {"Talbiseh was also abandoned on Saturday.", "talbiseh", "", ClaimKind::Withdrew},
        {"The Kuweires air base was abandoned by its residents on Saturday.", "kuweires", "", ClaimKind::Withdrew},
        {"Rebels were also repelled on Saturday near the Kuweires air base.", "kuweires", "", ClaimKind::Withdrew},
    };
    const std::size_t right = testing::onSaturday::checkReadings(rows);
    MESSAGE("claimround110: " << right << " of " << rows.size() << " right");
}
