// Round 37 (10 Dec, the times of the tuning sets' last misses): a year after a month or a day
// ("in February 2016", "on 22 December 2016") dates a relative clause into history; ", only to …"
// opens a clause whose time is its own. Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;
using testing::on;
using testing::onSaturday::extract;

namespace {

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("round 37: 'which the SDF seized from the opposition in February 2016' is history, not news")
{
    const auto claims = extract("Rebels on Friday also captured Kuweires air base, which the SDF seized from the "
                                "opposition in February 2016 with Russian air cover.");
    CHECK(on(claims, "kuweires", ClaimKind::Captured) == Strings{"opposition"});
    CHECK(testing::dayOf(claims, "kuweires", ClaimKind::Captured) == "2024-12-06");
    CHECK(on(claims, "kuweires", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 37: 'on 22 December 2016' dates a relative clause too, but a day of this year does not")
{
    const auto history = extract("Rebels on Friday captured Palmyra, which government forces retook on 22 "
                                 "December 2016.");
    CHECK(on(history, "palmyra", ClaimKind::Captured) == Strings{"opposition"});
    // Guard: the same clause with this year's day is today's news.
    const auto news = extract("Rebels on Friday captured Manbij, which the SDF had seized on 1 December 2024.");
    CHECK(on(news, "manbij", ClaimKind::Captured) == Strings{"opposition", "sdf"});
}

TEST_CASE("round 37: ', only to lose it four days later' keeps its time from the clause before")
{
    const auto claims = extract("The SDF moved into Deir ez-Zor on Monday as government troops withdrew, only to "
                                "lose it four days later to the Military Operations Command.");
    CHECK(testing::dayOf(claims, "deirezzor", ClaimKind::Withdrew) == "2024-12-02");
    // Guard: a time in the withdrawal's own clause is still its own.
    const auto own = extract("The SDF moved into Deir ez-Zor as government troops withdrew on Thursday, only to "
                             "lose it days later.");
    CHECK(testing::dayOf(own, "deirezzor", ClaimKind::Withdrew) == "2024-12-05");
}

TEST_CASE("round 37: 'The official daily al-Thawra' speaks for the government")
{
    const auto claims = extract("The official daily al-Thawra insisted on Friday that reports that rebels had "
                                "entered Hama were fabrications.");
    const auto* d = testing::findClaim(claims, "hama", ClaimKind::Entered);
    REQUIRE(d != nullptr);
    CHECK(d->stance == core::Stance::Denies);
    CHECK(d->source.side == core::SpeakerSide::Government);
    // Guard: an independent daily stays independent.
    const auto own = extract("The daily Le Monde reported on Friday that rebels had entered Hama.");
    const auto* c = testing::findClaim(own, "hama", ClaimKind::Entered);
    REQUIRE(c != nullptr);
    CHECK(c->source.side != core::SpeakerSide::Government);
}

TEST_CASE("round 37: a timeline line opened by a day and a dash dates the sentences on it")
{
    const auto claims = extract("Timeline of the week.\n\n29 November – Fighting rages north of the city. State "
                                "television denies that rebels have entered Aleppo.\n\n"
                                "1 December – Heavy shelling. Rebels have taken Saasa.");
    const auto* d = testing::findClaim(claims, "aleppo", ClaimKind::Entered);
    REQUIRE(d != nullptr);
    CHECK(d->stance == core::Stance::Denies);
    CHECK(testing::dayOf(claims, "aleppo", ClaimKind::Entered) == "2024-11-29");
    CHECK(testing::dayOf(claims, "saasa", ClaimKind::Captured) == "2024-12-01");
    // Guard: a dash inside a sentence opens no entry ("Rebels – fighters of HTS – took Hama").
    const auto inside = extract("Rebels on Friday pushed on - and by evening they had entered Hama.");
    CHECK(testing::dayOf(inside, "hama", ClaimKind::Entered) == "2024-12-06");
}

TEST_CASE("round 37: 'after days of fighting with the SDF, it took Manbij': the enemy fought is not what 'it' stands for")
{
    const auto claims = extract("The Turkish-backed Syrian National Army pushed east on Sunday. On Monday, after days "
                                "of fighting with the SDF, it took Manbij.");
    CHECK(on(claims, "manbij", ClaimKind::Captured) == Strings{"sna"});
    // Guard: a partner named with "with" in the same clause, no comma between, still may be.
    const auto partner = extract("The SNA pushed east on Sunday. The SDF, together with its allies, said it took "
                                 "Manbij.");
    CHECK(on(partner, "manbij", ClaimKind::Captured) == Strings{"sdf"});
}

TEST_CASE("round 37: the outlet's own voice: allied state media speak for the government side, opposition outlets for the opposition")
{
    const std::string body = "Rebels took control of Saasa on Friday.";
    const auto sideIn = [&](const std::string& outlet) {
        const auto claims = extract(body, outlet);
        const auto* c = testing::findClaim(claims, "saasa", ClaimKind::Captured);
        return c ? c->source.side : core::SpeakerSide::Unknown;
    };
    CHECK(sideIn("TASS") == core::SpeakerSide::Government);
    CHECK(sideIn("Al-Manar English Website") == core::SpeakerSide::Government);
    CHECK(sideIn("RT") == core::SpeakerSide::Government);
    CHECK(sideIn("Nedaa Syria") == core::SpeakerSide::Opposition);
    CHECK(sideIn("SMART News Agency") == core::SpeakerSide::Opposition);
    // Guards: "rt" inside another name is no RT; a wire stays independent.
    CHECK(sideIn("Stars and Stripes") == core::SpeakerSide::Independent);
    CHECK(sideIn("Reuters") == core::SpeakerSide::Independent);
}

TEST_CASE("round 37: 'a field commander told Qasioun': whom one tells is no place of the claim")
{
    // "Palmyra" stands in for an outlet named after a place (Qasioun News, Mount Qasioun).
    const auto claims = extract("In Saasa, the officers surrendered at dawn on Saturday and the factions took over the "
                                "town, a field commander told Palmyra.");
    CHECK(on(claims, "palmyra", ClaimKind::Captured).empty());
    CHECK(on(claims, "saasa", ClaimKind::Captured) == Strings{"opposition"});
    // Guard: a place after other verbs is still one.
    const auto taken = extract("Rebels on Friday took Palmyra, a field commander said.");
    CHECK(on(taken, "palmyra", ClaimKind::Captured) == Strings{"opposition"});
}
