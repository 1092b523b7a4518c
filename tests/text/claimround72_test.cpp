// Round 72 (lists of places after a colon, over lines or inline): the places a statement lists after
// the sentence that introduces them are that sentence's verb's objects, with its actor, day and
// stance ("The Command also published the names of the towns and villages its forces liberated on
// Monday:" then "- the town of Kafr Zita", …). Places are found by name search
// (claimtesthelpers.h), so these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"
#include "text/sentences.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;
using Actors = std::vector<std::string>;

} // namespace

TEST_CASE("claimround72: a short bulleted list stays one sentence with the line that introduces it")
{
    const auto s = text::splitSentences("The Command named the towns its forces liberated on Friday:\n"
                                        "- the town of Rastan\n- the town of Talbiseh\n\nThe army withdrew.");
    REQUIRE(s.size() == 2);
    CHECK(s[0].text.starts_with("The Command named"));
    CHECK(s[0].text.ends_with("the town of Talbiseh"));
    // The last item may close the list with a full stop.
    const auto d = text::splitSentences("The Command named the towns its forces liberated on Friday:\n"
                                        "- the town of Rastan\n- the town of Talbiseh.\nThe army withdrew.");
    REQUIRE(d.size() == 2);
    CHECK(d[0].text.ends_with("the town of Talbiseh."));
    // Guard: bullets that are sentences each ("Key Takeaways:") stay sentences of their own.
    const auto k = text::splitSentences("Key Takeaways:\n- Opposition forces seized Rastan and Talbiseh on "
                                        "Friday after the army withdrew toward Homs.\n- Regime forces retain "
                                        "control of Homs itself.");
    CHECK(k.size() == 3);
    // Guard: short bullets with verbs of their own are statements, not names in a list.
    const auto w = text::splitSentences("What we know so far:\n- The rebels took Homs overnight\n"
                                        "- Our correspondent says the streets are empty");
    CHECK(w.size() == 3);
}

TEST_CASE("claimround72: the places listed over lines after a capture verb and a colon are taken")
{
    const auto claims = extract("The Military Operations Command also published the names of the towns its "
                                "forces liberated on Friday:\n- the town of Rastan\n- the town of Talbiseh\n"
                                "- the town of Salamiyah\n");
    for (const char* place : {"rastan", "talbiseh", "salamiyah"}) {
        CAPTURE(place);
        CHECK(testing::on(claims, place, ClaimKind::Captured) == Actors {"hts"});
        CHECK(testing::dayOf(claims, place, ClaimKind::Captured) == "2024-12-06");
    }
    // Guard: a list after a line with no capture verb gives no claim.
    const auto none = extract("The monitor listed the towns where civilians were killed on Friday:\n"
                              "- the town of Rastan\n- the town of Talbiseh\n");
    CHECK(testing::findClaim(none, "rastan", ClaimKind::Captured) == nullptr);
    CHECK(testing::findClaim(none, "talbiseh", ClaimKind::Captured) == nullptr);
}

TEST_CASE("claimround72: 'took control of the following towns: X, Y and Z' takes all three")
{
    const auto claims = extract("The factions took control of the following towns on Friday: Rastan, Talbiseh "
                                "and Salamiyah.");
    for (const char* place : {"rastan", "talbiseh", "salamiyah"}) {
        CAPTURE(place);
        CHECK(testing::on(claims, place, ClaimKind::Captured) == Actors {"opposition"});
        CHECK(testing::dayOf(claims, place, ClaimKind::Captured) == "2024-12-06");
    }
    // Guard: a verb that took its own place before the colon gives the clause after it nothing.
    const auto own = extract("The factions took control of Palmyra on Friday: Rastan and Talbiseh remain "
                             "quiet.");
    CHECK(testing::findClaim(own, "palmyra", ClaimKind::Captured) != nullptr);
    CHECK(testing::findClaim(own, "rastan", ClaimKind::Captured) == nullptr);
    // Guard: a list of people and things names no place taken, though one is "of" a place; a
    // place among them still is.
    const auto things = extract("HTS said it had captured on Friday: 200 soldiers, 12 tanks and the commander "
                                "of the Rastan garrison.");
    CHECK(testing::findClaim(things, "rastan", ClaimKind::Captured) == nullptr);
    const auto mixed = extract("HTS said it had captured on Friday: 200 soldiers, 12 tanks and the town of Rastan.");
    CHECK(testing::on(mixed, "rastan", ClaimKind::Captured) == Actors {"hts"});
    // Guard: no capture verb before the colon, no claim.
    const auto shelled = extract("The army shelled the following towns on Friday: Rastan, Talbiseh and Salamiyah.");
    CHECK(testing::findClaim(shelled, "rastan", ClaimKind::Captured) == nullptr);
}
