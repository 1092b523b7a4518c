// Round 87 (7 Dec): several parties doing one thing ("Russian and Syrian troops left", "the army and
// Iran-backed militias withdrew") and one party doing it to several places ("took Rastan along with
// the nearby town of Talbiseh", "withdrew from Deir ez-Zor and from Albu Kamal"), written from how
// news copy says it, not from the gold sets. Places are found by name search (claimtesthelpers.h).
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

// A claim wanted (or refused) as place, actor, kind.
struct Want {
    std::string_view place;
    std::string_view actor;
    ClaimKind kind;
};

struct Row {
    std::string_view sentence;
    std::vector<Want> wanted;
    std::vector<Want> refused;
    bool open = false; // still wrong, left for a later round: counted, not checked
};

bool has(const std::vector<core::Claim>& claims, const Want& w)
{
    for (const auto& c : claims)
        if (c.placeId == w.place && c.actor == w.actor && c.kind == w.kind && c.stance == core::Stance::Affirms)
            return true;
    return false;
}

constexpr auto W = ClaimKind::Withdrew;
constexpr auto C = ClaimKind::Captured;
constexpr auto E = ClaimKind::Entered;

// clang-format off
const std::vector<Row> kRows = {
    // Several parties, one verb.
    {"Government troops and Iranian-backed militias withdrew from Albu Kamal on Friday.",
        {{"abukamal", "government", W}, {"abukamal", "iran-militias", W}}, {}},
    {"Hezbollah fighters and Syrian army units pulled out of Qudsaya on Saturday.",
        {{"qudsaya", "hezbollah", W}, {"qudsaya", "government", W}}, {}},
    {"Russian and Syrian troops left Palmyra on Friday.",
        {{"palmyra", "russia", W}, {"palmyra", "government", W}}, {}, true},
    {"The army, the National Defence Forces and Iran-backed militias abandoned Deir ez-Zor on Friday.",
        {{"deirezzor", "government", W}, {"deirezzor", "iran-militias", W}}, {}, true},
    {"Syrian soldiers and Hezbollah members fled Homs on Saturday.",
        {{"homs", "government", W}, {"homs", "hezbollah", W}}, {}},
    {"Syrian government forces and their Hezbollah allies retreated from Qudsaya on Saturday.",
        {{"qudsaya", "government", W}, {"qudsaya", "hezbollah", W}}, {}, true},
    {"The Syrian army and the Iraqi militias that had been stationed there withdrew from Albu Kamal on Friday.",
        {{"abukamal", "government", W}, {"abukamal", "iran-militias", W}}, {}},
    {"HTS and the SNA captured Tal Rifaat on Sunday.",
        {{"talrifaat", "hts", C}, {"talrifaat", "sna", C}}, {}},
    // One party, several places.
    {"HTS captured Hama and Rastan on Friday.",
        {{"hama", "hts", C}, {"rastan", "hts", C}}, {}},
    {"Rebels took Rastan along with the nearby town of Talbiseh on Friday.",
        {{"rastan", "opposition", C}, {"talbiseh", "opposition", C}}, {}},
    {"Government forces withdrew from Deir ez-Zor and from Albu Kamal on Friday.",
        {{"deirezzor", "government", W}, {"abukamal", "government", W}}, {}},
    {"The SNA seized Tal Rifaat as well as Manbij on Sunday.",
        {{"talrifaat", "sna", C}, {"manbij", "sna", C}}, {}},
    {"Rebels captured Rastan, Talbiseh as well as the Kuweires air base on Friday.",
        {{"rastan", "opposition", C}, {"talbiseh", "opposition", C}, {"kuweires", "opposition", C}}, {}},
    {"The army pulled out of Palmyra and out of Homs on Saturday.",
        {{"palmyra", "government", W}, {"homs", "government", W}}, {}},
    {"Rebels seized Rastan, together with neighbouring Talbiseh, on Friday.",
        {{"rastan", "opposition", C}, {"talbiseh", "opposition", C}}, {}},
    {"HTS fighters took Hama and then Rastan on Friday.",
        {{"hama", "hts", C}, {"rastan", "hts", C}}, {}},
    {"Rebels entered Qudsaya and Daraya on Saturday.",
        {{"qudsaya", "opposition", E}, {"daraya", "opposition", E}}, {}},
    {"The army withdrew from Rastan and from the town of Talbiseh on Friday.",
        {{"rastan", "government", W}, {"talbiseh", "government", W}}, {}},
    // Both at once.
    {"Regime forces and Iran-backed militias withdrew from Deir ez-Zor city and from Albu Kamal on Friday.",
        {{"deirezzor", "government", W}, {"deirezzor", "iran-militias", W}, {"abukamal", "government", W},
         {"abukamal", "iran-militias", W}}, {}},
    {"Rebels and local gunmen entered Qudsaya and Daraya on Saturday.",
        {{"qudsaya", "opposition", E}, {"daraya", "opposition", E}}, {}},
    {"Russian and Syrian troops left Palmyra and the Kuweires air base on Friday.",
        {{"palmyra", "russia", W}, {"palmyra", "government", W}, {"kuweires", "russia", W},
         {"kuweires", "government", W}}, {}, true},
    // Where it must not reach.
    {"HTS captured Hama, while government forces withdrew to Homs.",
        {{"hama", "hts", C}}, {{"homs", "hts", C}, {"homs", "government", W}}},
    {"Rebels captured Rastan and government troops fled to Homs on Friday.",
        {{"rastan", "opposition", C}}, {{"homs", "opposition", C}, {"rastan", "government", C}}},
    {"Government troops withdrew from Hama as rebels and HTS fighters advanced on Thursday.",
        {{"hama", "government", W}}, {{"hama", "opposition", W}, {"hama", "hts", W}}},
    {"Rebels entered Hama, the fourth largest city after Damascus and Aleppo.",
        {{"hama", "opposition", E}}, {{"damascus", "opposition", E}, {"aleppo", "opposition", E}}},
    {"Russian warplanes struck Hama as Syrian troops withdrew from Rastan on Friday.",
        {{"rastan", "government", W}}, {{"rastan", "russia", W}}},
    {"HTS took Hama on Thursday, and the army still holds Homs.",
        {{"hama", "hts", C}}, {{"homs", "hts", C}}},
    {"Hezbollah said it had not withdrawn from Qudsaya, but government troops left Daraya on Saturday.",
        {{"daraya", "government", W}}, {{"daraya", "hezbollah", W}}},
    {"Rebels captured Rastan after government forces and Hezbollah fighters fled to Homs.",
        {{"rastan", "opposition", C}}, {{"homs", "government", W}, {"homs", "hezbollah", W}, {"homs", "opposition", C}}},
};
// clang-format on
// Before the round 23 of the 29 rows were right, after it 25 (the open ones: "Russian and Syrian
// troops" names Russia by an adjective the actor list does not read alone; a third conjunct, "The
// army, the National Defence Forces and Iran-backed militias", and "their Hezbollah allies" are
// joined in claimstance's coordinatedSubjects, not edited this round).

std::size_t rowsRight()
{
    std::size_t right = 0;
    for (const auto& r : kRows) {
        const auto claims = extract(std::string(r.sentence));
        bool ok = true;
        for (const auto& w : r.wanted)
            ok = ok && has(claims, w);
        for (const auto& w : r.refused)
            ok = ok && !has(claims, w);
        right += ok ? 1 : 0;
    }
    return right;
}

} // namespace

TEST_CASE("claimround87: several parties doing one thing and one party doing it to several places")
{
    for (const auto& r : kRows) {
        if (r.open)
            continue;
        CAPTURE(r.sentence);
        const auto claims = extract(std::string(r.sentence));
        for (const auto& w : r.wanted) {
            CAPTURE(w.place);
            CAPTURE(w.actor);
            CHECK(has(claims, w));
        }
        for (const auto& w : r.refused) {
            CAPTURE(w.place);
            CAPTURE(w.actor);
            CHECK_FALSE(has(claims, w));
        }
    }
    MESSAGE("rows right: " << rowsRight() << " of " << kRows.size());
}

TEST_CASE("claimround87: what is taken 'along with' or 'together with' the object is taken too")
{
    auto claims = extract("Rebels took Rastan along with the nearby town of Talbiseh on Friday.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Captured) == std::vector<std::string>{"opposition"});
    claims = extract("HTS fighters took control of Rastan, together with neighbouring Talbiseh, on Friday.");
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Captured) == std::vector<std::string>{"hts"});
    claims = extract("Government forces withdrew from Rastan along with Talbiseh and Salamiyah on Friday.");
    CHECK(testing::on(claims, "salamiyah", ClaimKind::Withdrew) == std::vector<std::string>{"government"});
    // Guard: not what goes along with the doer, nor a place of another clause or past other words.
    claims = extract("Rebels captured Rastan along with allied factions from Homs on Friday.");
    CHECK(testing::findClaim(claims, "homs", ClaimKind::Captured) == nullptr);
    claims = extract("Rebels captured Rastan, while the army withdrew together with its allies to Homs.");
    CHECK(testing::findClaim(claims, "homs", ClaimKind::Captured) == nullptr);
    claims = extract("Rebels captured Rastan along with weapons depots left behind in Homs.");
    CHECK(testing::findClaim(claims, "homs", ClaimKind::Captured) == nullptr);
}

TEST_CASE("claimround87: the side 'pushed back' before 'and retook' lost what was retaken")
{
    auto claims = extract("The army pushed the rebels back and retook Rastan and Talbiseh on Wednesday.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == std::vector<std::string>{"opposition"});
    CHECK(testing::on(claims, "talbiseh", ClaimKind::Withdrew) == std::vector<std::string>{"opposition"});
    claims = extract("Government forces drove back the rebels and recaptured Rastan on Wednesday.");
    CHECK(testing::on(claims, "rastan", ClaimKind::Withdrew) == std::vector<std::string>{"opposition"});
    // Guard: a push that drives nobody back, and a side named elsewhere, lose nothing.
    claims = extract("The rebels pushed north and took Rastan on Friday.");
    CHECK(testing::findClaim(claims, "rastan", ClaimKind::Withdrew) == nullptr);
    claims = extract("The army shelled the rebels and then retook Rastan on Wednesday.");
    CHECK(testing::findClaim(claims, "rastan", ClaimKind::Withdrew) == nullptr);
}
