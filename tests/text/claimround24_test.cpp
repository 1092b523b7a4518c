// Round 24 (7 Dec, actor binding on the misses of all 33 gold sets): a bare group coordinated after
// a named actor, "the militia …" after a named militia, a subject list before a "that" relative
// clause, a quoted name before its head and a supporting aside, and the IDF's divisions. Places are
// found by name search (claimtesthelpers.h), so these test the extractor apart from the geoparser.
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

TEST_CASE("round 24: a bare group with a modifier coordinated after a named actor is on its side")
{
    auto claims = extract("By the afternoon, army units and tribal fighters had restored control over Rastan, "
                          "the sources said.");
    CHECK(on(claims, "rastan", ClaimKind::Captured) == V {"government"});
    claims = extract("On Friday the Syrian army and allied tribal fighters retook Talbiseh.");
    CHECK(on(claims, "talbiseh", ClaimKind::Captured) == V {"government"});
    // Guard: with no modifier the two are two sides ("rebels and soldiers"), and a hostile word
    // ("army units and foreign militants") names the other side.
    claims = extract("On Friday army units and foreign militants fought for Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Captured).empty());
    claims = extract("On Friday the SDF and fighters entered Rastan.");
    CHECK(on(claims, "rastan", ClaimKind::Entered) == V {"sdf"});
}

TEST_CASE("round 24: the militia gunmen are the militia the article named")
{
    auto claims = extract("The separatist QSD militia attacked villages near Deir ez-Zor on Friday. A military "
                          "source said the militia gunmen entered Deir ez-Zor at dawn.",
                          "SANA");
    CHECK(on(claims, "deirezzor", ClaimKind::Entered) == V {"sdf"});
    // Named two sentences back, with another actor between.
    claims = extract("The QSD militia attacked villages near Deir ez-Zor on Friday. The army sent reinforcements. "
                     "A military source said the militia gunmen withdrew from Albu Kamal.",
                     "SANA");
    CHECK(on(claims, "abukamal", ClaimKind::Withdrew) == V {"sdf"});
    // Guard: with no militia named, "the militia gunmen" is no one's.
    claims = extract("A military source said the militia gunmen entered Deir ez-Zor at dawn.", "SANA");
    CHECK(on(claims, "deirezzor", ClaimKind::Entered).empty());
}

TEST_CASE("round 24: subjects joined by and before a that-clause all withdrew")
{
    auto claims = extract("Hezbollah fighters and Iranian-backed militias that had guarded Rastan for more than a "
                          "decade pulled out on Friday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"hezbollah", "iran-militias"});
    claims = extract("Soldiers that had guarded Rastan withdrew on Friday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) == V {"government"});
    // Guard: an actor inside the clause is not its subject.
    claims = extract("Hezbollah fighters and villagers that rebels had besieged in Rastan left on Friday.");
    CHECK(on(claims, "rastan", ClaimKind::Withdrew) != V {"opposition"});
}

TEST_CASE("round 24: a quoted name before its head and a supporting aside keep the subject")
{
    auto claims = extract("On Friday the \"SDF\" militia, protected by the American occupation forces, moved into "
                          "Albu Kamal.");
    CHECK(on(claims, "abukamal", ClaimKind::Entered) == V {"sdf"});
    claims = extract("Army units repelled an attack by the US-backed \"QSD\" militia on Albu Kamal on Tuesday.",
                     "SANA");
    CHECK(on(claims, "abukamal", ClaimKind::Contested) == V {"sdf"});
    // Guard: the unquoted name and the aside, as before.
    claims = extract("On Friday the SDF, protected by the American occupation forces, moved into Albu Kamal.");
    CHECK(on(claims, "abukamal", ClaimKind::Entered) == V {"sdf"});
}

TEST_CASE("round 24: units of an IDF division are Israel's")
{
    auto claims = extract("Armored units of the 210th \"Bashan\" Division moved into Quneitra on Sunday afternoon.",
                          "The Jerusalem Post");
    CHECK(on(claims, "quneitra", ClaimKind::Entered) == V {"israel"});
    claims = extract("Troops of the Golani Brigade took up positions in Quneitra on Sunday.");
    CHECK(on(claims, "quneitra", ClaimKind::Entered) == V {"israel"});
    // Guard: units nobody names stay nobody's.
    claims = extract("Armored units moved into Quneitra on Sunday afternoon.");
    CHECK(on(claims, "quneitra", ClaimKind::Entered).empty());
}
