// Round 19: who a pronoun stands for, and the names state media give foreign actors. "its" and
// "it" do not stand for a plural ("insurgents"); the backer in ", supported by X," is no later
// pronoun's antecedent; a second "that" clause of a verb of saying speaks of its speaker; "the
// Turkish regime", "the Zionist regime" are not the Syrian government, "the mercenaries of the
// Turkish occupation" are the SNA. Places are found by name search (claimtesthelpers.h), so these
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

TEST_CASE("round 19: 'it' and 'its' do not stand for a plural named before them")
{
    // "it" is the military, not the insurgents named nearer.
    const auto claims = extract("The Syrian military said on Saturday that insurgents had entered large parts of "
                                "Aleppo, and that it had pulled troops out of the city in what it described as a "
                                "temporary redeployment.");
    CHECK(on(claims, "aleppo", ClaimKind::Withdrew) == V {"government"});
    // A capitalised name ending in a plural may be "it".
    const auto named = extract("The Syrian Democratic Forces said that it had withdrawn from Manbij.");
    CHECK(on(named, "manbij", ClaimKind::Withdrew) == V {"sdf"});
}

TEST_CASE("round 19: a pronoun opening a second 'that' clause of a verb of saying is its speaker")
{
    const auto claims = extract("The Syrian army said that HTS had entered Aleppo, and that it had withdrawn from "
                                "Idlib.");
    CHECK(on(claims, "idlib", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 19: the backer in ', supported by X,' is not what a later 'their' stands for")
{
    const auto claims = extract("The terrorist organizations, supported by the Turkish regime, launched their wide "
                                "attack on the western countryside of Aleppo and infiltrated the city of Aleppo.",
                                "Al-Watan");
    CHECK(on(claims, "aleppo", ClaimKind::Entered) == V {"opposition"});
}

TEST_CASE("round 19: state media's names for foreign actors")
{
    // A foreign "regime" is not the Syrian government.
    auto claims = extract("Forces of the Zionist regime entered Quneitra on Sunday.", "IRNA");
    CHECK(on(claims, "quneitra", ClaimKind::Entered) == V {"israel"});
    // "the mercenaries of the Turkish occupation": the Turkish-backed SNA.
    claims = extract("In the northern countryside of Aleppo, the mercenaries of the Turkish occupation occupied the "
                     "town of Tal Rifaat on Sunday.",
                     "SANA");
    CHECK(on(claims, "talrifaat", ClaimKind::Captured) == V {"sna"});
}

TEST_CASE("round 19: a time between the verb and its object does not end the object")
{
    auto claims = extract("Rebel fighters infiltrated at dawn yesterday the town of Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Entered) == V {"opposition"});
    claims = extract("Government forces recaptured on Tuesday the town of Talbiseh.");
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == V {"government"});
}

TEST_CASE("round 19: the UN's 'NSAGs' (non-state armed groups) and 'GoS forces'")
{
    auto claims = extract("On 6 December, NSAGs reportedly took control of Rastan and Talbiseh.", "UN OCHA");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"opposition"});
    claims = extract("On 1 December, Turkish-backed NSAGs took control of Tal Rifaat.", "UN OCHA");
    CHECK(on(claims, "talrifaat", ClaimKind::Captured) == V {"sna"});
    claims = extract("On 6 December, GoS forces withdrew from Daraa.", "UN OCHA");
    CHECK(on(claims, "daraa", ClaimKind::Withdrew) == V {"government"});
}

TEST_CASE("round 19: 'Syria's second city', 'the country's fourth-largest city' are Aleppo and Hama")
{
    auto claims = extract("By Saturday the rebels controlled most of Syria's second city.");
    CHECK(on(claims, "aleppo", ClaimKind::Controls) == V {"opposition"});
    claims = extract("HTS took control of the country's fourth-largest city on Thursday.");
    CHECK(on(claims, "hama", ClaimKind::Captured) == V {"hts"});
    // Not Syria itself.
    CHECK(on(claims, "syria", ClaimKind::Captured).empty());
}
