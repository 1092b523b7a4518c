// Round 117: where an objectless surrender or withdrawal happened — a locative on the subject or
// opening the sentence ("surrendered on Saturday" is no attack "on"), a trailing "in X" after the
// party surrendered to, a possessive on the subject, the one place of the sentence before.
// Sentences written from how news copy tells it; places are found by name search.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::checkReadings;

} // namespace

TEST_CASE("claimround117: a surrender on a day is not aimed at anything")
{
    checkReadings({
        {"Government troops in Hama surrendered on Saturday.", "hama", "government", ClaimKind::Surrendered},
        {"In Talbiseh, dozens of soldiers surrendered on Saturday.", "talbiseh", "government", ClaimKind::Surrendered},
        // Guard: an attack on a place is still aimed at it.
        {"Rebels in Talbiseh surrendered their attack on Hama.", "hama", "", ClaimKind::Surrendered},
        {"Soldiers in Hama surrendered in 2018.", "hama", "", ClaimKind::Surrendered},
    });
}

TEST_CASE("claimround117: a trailing scene after the party surrendered to")
{
    checkReadings({
        {"Dozens of regime soldiers surrendered to the factions in Talbiseh on Saturday.", "talbiseh", "government",
            ClaimKind::Surrendered},
        {"Regime soldiers surrendered to the rebels in the town of Rastan on Saturday.", "rastan", "government",
            ClaimKind::Surrendered},
        // Guards: another event's place, a destination.
        {"Regime soldiers surrendered on Saturday after talks in Homs.", "homs", "", ClaimKind::Surrendered},
        {"Regime soldiers surrendered on Saturday and were taken to Idlib.", "idlib", "", ClaimKind::Surrendered},
        {"Soldiers surrendered their weapons to be destroyed on Saturday.", "hama", "", ClaimKind::Surrendered},
    });
}

TEST_CASE("claimround117: the place whose possessive opens the subject")
{
    checkReadings({
        {"In nearby Rastan, where the army still had positions on Friday, residents said the town's National "
         "Defence Forces unit laid down its weapons on Saturday.",
            "rastan", "government", ClaimKind::Surrendered},
        // Guard: a possessive on something that is not the subject.
        {"Soldiers surrendered on Saturday, Hama's governor said.", "hama", "", ClaimKind::Surrendered},
    });
}

// Reading every objectless "left" from the sentence before gained nothing in batches 53-61 and was
// dropped; these must stay unread.
TEST_CASE("claimround117: no scene from the sentence before for a surrender, a destination, residents")
{
    checkReadings({
        // Guards: a destination, residents, a surrender with no scene of its own.
        {"Rebels took Hama on Saturday. Government troops left for Idlib on Saturday.", "idlib", "",
            ClaimKind::Withdrew},
        {"Rebels took Hama on Saturday. Residents left on Saturday.", "hama", "", ClaimKind::Withdrew},
        {"Rebels took Hama on Saturday. The shelling left dozens dead.", "hama", "", ClaimKind::Withdrew},
        {"Residents fled to Hama. Soldiers surrendered on Saturday.", "hama", "", ClaimKind::Surrendered},
        {"Rebels took Hama on Saturday. Soldiers left the talks on Saturday.", "hama", "", ClaimKind::Withdrew},
    });
}

TEST_CASE("claimround117: a place said inside the subject, after in or at")
{
    checkReadings({
        {"Soldiers at the Kuweires air base surrendered on Saturday.", "kuweires", "government",
            ClaimKind::Surrendered},
        {"HTS fighters entered Rastan on Friday, after the soldiers at the town's checkpoints had left.", "rastan",
            "government", ClaimKind::Withdrew},
        {"In Rastan, the soldiers at the town's checkpoints left on Friday.", "rastan", "government",
            ClaimKind::Withdrew},
        // Guards: a destination, people who are no party, a place of another verb.
        {"Soldiers at the Hama checkpoint left for Idlib on Saturday.", "idlib", "", ClaimKind::Withdrew},
        {"Residents at Hama's market left on Saturday.", "hama", "", ClaimKind::Withdrew},
        {"Soldiers who fought at Hama in 2016 surrendered on Saturday.", "hama", "", ClaimKind::Surrendered},
        {"Rebels fighting the army at Rastan surrendered on Saturday.", "rastan", "", ClaimKind::Surrendered},
    });
}

TEST_CASE("claimround117: the scene of an objectless withdrawal is every place of its list")
{
    checkReadings({
        {"In the towns of Rastan and Talbiseh, north of the city, pro-government militias left on Saturday.",
            "rastan", "government", ClaimKind::Withdrew},
        {"In the towns of Rastan and Talbiseh, north of the city, pro-government militias left on Saturday.",
            "talbiseh", "government", ClaimKind::Withdrew},
        // Guard: the list of another clause's object is not the scene.
        {"Rebels took Rastan, and pro-government militias left Hama on Saturday.", "rastan", "", ClaimKind::Withdrew},
    });
}
