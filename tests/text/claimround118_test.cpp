// Round 118: right place and party, wrong kind. "deployed in" as a finite verb tells the move into
// a place, an entry ("troops had deployed inside the buffer zone", "SDF units deployed in Mayadin");
// "are / remain deployed in", a participle its clause goes on from, and a perfect reached "by
// Saturday" stay holdings. Sentences written from how news copy tells it; places are found by name
// search.
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

TEST_CASE("claimround118: a finite 'deployed in' is an entry")
{
    checkReadings({
        {"The Israeli military said its troops had deployed inside Quneitra on Sunday.", "quneitra", "israel",
         ClaimKind::Entered},
        {"The Israeli military said its troops had deployed inside Quneitra on Sunday.", "quneitra", "",
         ClaimKind::Controls},
        {"The Israeli army said it had also deployed in Quneitra.", "quneitra", "israel", ClaimKind::Entered},
        {"SDF units deployed in Albu Kamal on Friday, the group's media centre said.", "abukamal", "sdf",
         ClaimKind::Entered},
        {"SDF units deployed in Albu Kamal on Friday, the group's media centre said.", "abukamal", "",
         ClaimKind::Controls},
    });
}

TEST_CASE("claimround118: a state of deployment stays a holding")
{
    checkReadings({
        // be / remain + participle: a state
        {"Syrian army units remain deployed in Hama, the ministry said.", "hama", "government", ClaimKind::Controls},
        {"Syrian army units remain deployed in Hama, the ministry said.", "hama", "", ClaimKind::Entered},
        {"Israeli troops are deployed in Quneitra, the army said.", "quneitra", "israel", ClaimKind::Controls},
        {"Israeli troops are deployed in Quneitra, the army said.", "quneitra", "", ClaimKind::Entered},
        // a participle its clause goes on from
        {"Army units deployed in Hama were repelling attacks on Saturday.", "hama", "", ClaimKind::Entered},
        // a perfect reached by a deadline: where they stood by then
        {"By Saturday, SDF units had deployed in Albu Kamal.", "abukamal", "sdf", ClaimKind::Controls},
        {"By Saturday, SDF units had deployed in Albu Kamal.", "abukamal", "", ClaimKind::Entered},
        // "have since deployed": a state since then, no entry
                {"Israeli troops crossed the line and have since deployed in Quneitra.", "quneitra", "", ClaimKind::Entered},
        // no place after it: no claim on a place named elsewhere in the sentence
        {"Israeli troops deployed along the border, west of Quneitra, on Sunday.", "quneitra", "",
         ClaimKind::Entered},
        {"Israeli troops deployed along the border, west of Quneitra, on Sunday.", "quneitra", "",
         ClaimKind::Controls},
    });
}

TEST_CASE("claimround118: a relative clause's 'since' on the object does not make the main clause's entry a holding")
{
    checkReadings({
        {"Rebels entered Manbij, which the SDF had held since 2016.", "manbij", "opposition", ClaimKind::Entered},
        {"Rebels entered Manbij, which the SDF had held since 2016.", "manbij", "", ClaimKind::Controls},
        {"Rebels stormed Rastan, where the army had held positions since 2016, on Friday.", "rastan", "opposition",
         ClaimKind::Entered},
        // Guards: a holding since a year alone is history, no change; the main clause's own "since"
        // still tells a span up to now (a holding).
        {"The SDF had held Manbij since 2016.", "manbij", "", ClaimKind::Captured},
        {"The SDF had held Manbij since 2016.", "manbij", "", ClaimKind::Entered},
        {"Rebels have entered Manbij since the offensive began.", "manbij", "opposition", ClaimKind::Controls},
        {"Rebels have entered Manbij since the offensive began.", "manbij", "", ClaimKind::Entered},
    });
}
