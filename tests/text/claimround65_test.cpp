// Round 65 (the wrong actor): a bare army word whose side its speaker gives, a speaker's own units,
// coordinated actors of one withdrawal. Places are found by name search (claimtesthelpers.h), so
// these test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;
using Actors = std::vector<std::string>;

} // namespace

TEST_CASE("claimround65: 'IDF confirms troops have taken …': a verb of confirming opens the speaker's words")
{
    auto claims = extract("16:20 | IDF confirms troops have taken control of Quneitra.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured) == Actors {"israel"});
    claims = extract("The Israeli military announced troops had entered Quneitra.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Entered) == Actors {"israel"});
    // Guard: a bare army word in a rebel speaker's words stays the army's.
    claims = extract("The rebels confirmed troops had withdrawn from Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Actors {"government"});
}

TEST_CASE("claimround65: 'Troops took Quneitra, the IDF said': the speaker after the words gives the army word its side")
{
    auto claims = extract("Troops also took control of Quneitra, Israeli media reported.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured) == Actors {"israel"});
    claims = extract("Troops took control of Quneitra, the IDF said.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Captured) == Actors {"israel"});
    // Guards: a rebel speaker's "troops" are the army's; an army word inside the sentence is not read so.
    claims = extract("Troops withdrew from Hama, rebels said.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Actors {"government"});
    claims = extract("On Saturday troops withdrew from Quneitra, the IDF said.");
    CHECK(testing::on(claims, "quneitra", ClaimKind::Withdrew) == Actors {"government"});
}

TEST_CASE("claimround65: 'the Command said its units had liberated Hama': a described speaker's units are its own")
{
    auto claims = extract("The Military Operations Command announced on Friday that the forces of the battle had "
                          "liberated the city of Halfaya, after a day of violent battles with the militias of the "
                          "criminal Assad regime and the Iranian militias fighting alongside them. "
                          "In a statement published on its official channels, the Command said its units had \"fully liberated\" Hama at midday.");
    CHECK(testing::on(claims, "hama", ClaimKind::Captured) == Actors {"hts"});
    // Guard: a speaker named by its name is read as before.
    claims = extract("In a statement, the SDF said its units had withdrawn from Manbij.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Withdrew) == Actors {"sdf"});
}

TEST_CASE("claimround65: 'the regime's local militias and Hezbollah fighters withdrew': both subjects left")
{
    auto claims = extract("The SNA entered Hama on Sunday morning after the regime's local militias and Hezbollah "
                          "fighters withdrew from the city, the SNA said.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Actors {"government", "hezbollah"});
    claims = extract("The regime's local militias and Hezbollah fighters withdrew from Homs on Saturday.");
    CHECK(testing::on(claims, "homs", ClaimKind::Withdrew) == Actors {"government", "hezbollah"});
    // Guard: what an owner owns as a verb's object is no subject ("the army's depots" rebels seized).
    claims = extract("Rebels seized the army's depots and Hezbollah fighters withdrew from Hama.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew) == Actors {"hezbollah"});
}

TEST_CASE("claimround65: 'Security forces and the governor left the city': the forces left with the state's officer")
{
    auto claims = extract("Local armed groups took control of Sweida on Friday night, residents said. Security forces "
                          "and the governor left the city, the residents said.");
    CHECK(testing::on(claims, "suwayda", ClaimKind::Withdrew) == Actors {"government"});
    // Guard: the officer alone is no actor's withdrawal.
    claims = extract("The governor left Hama on Friday, residents said.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew).empty());
}

TEST_CASE("claimround65: 'YPG members and their families left Manbij': the families go with the actor")
{
    auto claims = extract("YPG members and their families left Manbij on Friday.");
    CHECK(testing::on(claims, "manbij", ClaimKind::Withdrew) == Actors {"sdf"});
    claims = extract("The factions took Daraa under an agreement that allowed regime officers and their families to "
                     "leave the city on Friday.");
    CHECK(testing::on(claims, "daraa", ClaimKind::Withdrew) == Actors {"government"});
    // Guard: residents and their families are nobody's withdrawal.
    claims = extract("Residents and their families left Hama on Friday.");
    CHECK(testing::on(claims, "hama", ClaimKind::Withdrew).empty());
}
