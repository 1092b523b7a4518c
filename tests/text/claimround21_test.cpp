// Round 21 (7 Dec, actor binding on the misses of all 30 gold sets): the side a capture was taken
// from when modifiers stand before it ("from the U.S.-backed, Kurdish-led SDF") or a description
// names it ("from the group", "drove it out of"), the side a participle after the capture drives
// out ("…, driving out the Manbij Military Council"), a patron compound before an actor
// ("Iran-aligned Iraqi militias"), a possessive's head ("the government's forces"), a name before
// "terrorist organisation", ", then captured" sharing the sentence's subject, and no antecedent
// inside a closed relative clause. Places are found by name search (claimtesthelpers.h), so these
// test the extractor apart from the geoparser.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

using testing::on;
using V = std::vector<std::string>;

} // namespace

TEST_CASE("round 21: the side a capture was taken from, past modifiers before its name")
{
    auto claims = extract("On Monday, Turkish-backed factions of the Syrian National Army seized Manbij from the "
                          "U.S.-backed, Kurdish-led Syrian Democratic Forces (SDF).");
    CHECK(on(claims, "manbij", ClaimKind::Captured) == V {"sna"});
    CHECK(on(claims, "manbij", ClaimKind::Withdrew) == V {"sdf"});
    claims = extract("Syrian National Army factions said on Monday they had captured Manbij from the Kurdish-led SDF.");
    CHECK(on(claims, "manbij", ClaimKind::Withdrew) == V {"sdf"});
    claims = extract("On Sunday, Turkish-backed factions captured the town of Tal Rifaat from U.S.-backed Kurdish forces.");
    CHECK(on(claims, "talrifaat", ClaimKind::Withdrew) == V {"sdf"});
    // Guard: "from" then a place and a verb is no loser.
    claims = extract("Rebels captured Hama from the north on Thursday as government troops fled.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 21: 'from the group', 'drove it out of': the side named before, not the winner")
{
    auto claims = extract("Turkish-backed factions of the Syrian National Army have turned their guns on the PKK/YPG "
                          "terrorist organisation. On Sunday, the SNA captured Tal Rifaat from the group, which "
                          "Ankara accuses of launching attacks.");
    CHECK(on(claims, "talrifaat", ClaimKind::Captured) == V {"sna"});
    CHECK(on(claims, "talrifaat", ClaimKind::Withdrew) == V {"sdf"});
    claims = extract("The SDF's gains did not last. On Monday the Turkish-backed Syrian National Army (SNA) drove it "
                     "out of Manbij, a mostly Arab town.");
    CHECK(on(claims, "manbij", ClaimKind::Captured) == V {"sna"});
    CHECK(on(claims, "manbij", ClaimKind::Withdrew) == V {"sdf"});
    // Guard: with nobody else named, the winner is not made its own loser.
    claims = extract("On Sunday, the SNA captured Tal Rifaat from the group.");
    CHECK(on(claims, "talrifaat", ClaimKind::Captured) == V {"sna"});
    CHECK(on(claims, "talrifaat", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 21: a participle after a capture names who was driven out")
{
    auto claims = extract("The Turkish-backed Syrian National Army (SNA) captured Manbij on Monday, driving out the "
                          "US-backed Manbij Military Council after several days of heavy fighting.");
    CHECK(on(claims, "manbij", ClaimKind::Withdrew) == V {"sdf"});
    claims = extract("The SNA liberated Tal Rifaat on Sunday, days after launching Operation Dawn of Freedom, "
                     "forcing the YPG out of the area.");
    CHECK(on(claims, "talrifaat", ClaimKind::Withdrew) == V {"sdf"});
    claims = extract("HTS fighters also seized Aleppo International Airport on Sunday, wresting it from Kurdish "
                     "forces.");
    CHECK(on(claims, "aleppo-airport", ClaimKind::Withdrew) == V {"sdf"});
    claims = extract("In As-Suwayda, local Druze factions took control of the city on Saturday after expelling the "
                     "regime's security branches.");
    CHECK(on(claims, "suwayda", ClaimKind::Withdrew) == V {"government"});
    // Guard: civilians forced to flee are nobody's side.
    claims = extract("Turkish-backed factions occupied the town of Tal Rifaat on Sunday, forcing thousands of "
                     "Kurdish families to flee towards Raqqa.");
    CHECK(on(claims, "talrifaat", ClaimKind::Captured) == V {"sna"});
    CHECK(on(claims, "talrifaat", ClaimKind::Withdrew).empty());
}

TEST_CASE("round 21: a patron compound and a possessive head join the actor they describe")
{
    auto claims = extract("The Kurdish-led group had moved into Deir ez-Zor on Friday after the Syrian army and "
                          "Iran-aligned Iraqi militias pulled out.");
    CHECK(on(claims, "deirezzor", ClaimKind::Withdrew) == V {"government", "iran-militias"});
    claims = extract("In the east, the Damascus government's forces and the Iranian militias withdrew from Deir "
                     "ez-Zor on Friday.");
    CHECK(on(claims, "deirezzor", ClaimKind::Withdrew) == V {"government", "iran-militias"});
    claims = extract("On Friday, Iraqi armed factions withdrew from Albu Kamal towards al-Qaem.");
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"iran-militias"});
    // Guard: one actor alone stays one.
    claims = extract("The Syrian army pulled out of Deir ez-Zor on Friday.");
    CHECK(on(claims, "deirezzor", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 21: ', then captured' shares the subject that opened the sentence")
{
    auto claims = extract("The rebels seized most of Aleppo, Syria's largest city, late last month, then captured Hama "
                          "on Thursday after government troops withdrew.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"opposition"});
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == V {"government"});
    // Guard: a subject of its own after "then" stays its own.
    claims = extract("The rebels seized most of Aleppo late last month, then government troops withdrew from Hama.");
    CHECK(on(claims, "hama", ClaimKind::Captured).empty());
    CHECK(on(claims, "hama", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 21: an actor inside a closed relative clause is no pronoun's antecedent")
{
    auto claims = extract("Rebels led by HTS took Aleppo last week. Hama, which Hafez al-Assad's army levelled in "
                          "1982, fell to them on Thursday.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"hts"});
    // Guard: an actor before the relative clause still is.
    claims = extract("HTS, which the army had fought for years, said its fighters entered Hama on Thursday.");
    CHECK(on(claims, "hama", ClaimKind::Entered) == V {"hts"});
}
