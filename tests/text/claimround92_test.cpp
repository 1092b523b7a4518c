// Round 92 (7 Dec): withdrawals told by what is left behind — posts removed or found empty, officers
// and soldiers gone from the streets, a base abandoned — written from how news copy says it, not from
// the gold sets. Places are found by name search (claimtesthelpers.h).
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
        if (c.placeId == w.place && (w.actor.empty() || c.actor == w.actor) && c.kind == w.kind
            && c.stance == core::Stance::Affirms)
            return true;
    return false;
}

constexpr auto W = ClaimKind::Withdrew;

// clang-format off
const std::vector<Row> kRows = {
    // Posts removed, emptied or abandoned.
    // (open: a place after "entrances to" is read as a destination, claimobjects)
    {"Army checkpoints at the entrances to Rastan and Talbiseh were removed on Friday.",
        {{"rastan", "government", W}, {"talbiseh", "government", W}}, {}, true},
    {"Army and security checkpoints in Damascus appeared empty on Saturday morning.",
        {{"damascus", "government", W}}, {}},
    {"Syrian army checkpoints around Daraa were abandoned overnight.",
        {{"daraa", "government", W}}, {}},
    {"Military checkpoints on the road into Salamiyah had been dismantled by Friday evening.",
        {{"salamiyah", "government", W}}, {}},
    {"Army posts in Quneitra were left unmanned on Saturday.",
        {{"quneitra", "government", W}}, {}},
    {"The army base in Palmyra was left empty on Saturday.",
        {{"palmyra", "government", W}}, {}},
    {"The post at the entrance to Daraa had been abandoned by Syrian soldiers on Friday.",
        {{"daraa", "government", W}}, {}, true},
    {"Government checkpoints in Jaramana were deserted on Saturday morning.",
        {{"jarmana", "government", W}}, {}},
    // (open: "appears to have" keeps the subject from its verb, claimsubjects)
    {"The Kuweires air base, which the Republican Guard appears to have abandoned, was quiet on Saturday.",
        {{"kuweires", "government", W}}, {}, true},
    {"Syrian soldiers deserted their positions across Deir ez-Zor on Friday.",
        {{"deirezzor", "government", W}}, {}},
    {"Government troops abandoned their posts in Qudsaya on Saturday.",
        {{"qudsaya", "government", W}}, {}},
    // People gone.
    {"Soldiers and security forces vanished from the streets of Homs at dawn.",
        {{"homs", "government", W}}, {}},
    // (open: "security officials" is no actor of the matcher's, actorroles)
    {"Security officials have left Hama, residents said on Friday.",
        {{"hama", "government", W}}, {}, true},
    // (open: "were seen leaving", "were gone from", "cleared out of" read right as phrases, but gained
    // nothing on the tuning sets this round, so they were left out)
    {"The last Syrian soldiers were seen leaving Homs on Saturday morning.",
        {{"homs", "government", W}}, {}, true},
    {"Regime officers in Sanamayn handed over their weapons depots before leaving for Damascus on Friday.",
        {{"sanamayn", "government", W}}, {{"damascus", "government", W}}},
    {"The army's garrison in Homs packed its trucks and drove west on Friday.",
        {{"homs", "government", W}}, {}, true},
    {"Syrian troops were gone from Rastan by Friday morning.",
        {{"rastan", "government", W}}, {}, true},
    {"Regime forces had cleared out of Talbiseh by dawn on Saturday.",
        {{"talbiseh", "government", W}}, {}, true},
    {"Deserted army positions lined the road into Hama on Friday.",
        {{"hama", "government", W}}, {}, true},
    {"Army checkpoints in Rastan and Talbiseh were removed on Friday.",
        {{"rastan", "government", W}, {"talbiseh", "government", W}}, {}},
    {"Correspondents in Homs: army and security checkpoints at the Kuweires air base and on the Aleppo highway appear empty.",
        {{"kuweires", "government", W}}, {{"aleppo", "", W}}},
    // (open: the place the subject stood "at" or was "manning" is not read as the posts' place, claimobjects)
    {"Syrian troops manning the Nasib border crossing left their posts on Saturday.",
        {{"nasib", "government", W}}, {}, true},
    {"Syrian soldiers at the Nasib border crossing abandoned their posts on Friday.",
        {{"nasib", "government", W}}, {}, true},
    // Where it must not fire.
    {"The Kuweires air base was found empty when rebels went in on Saturday.",
        {}, {{"kuweires", "", W}}},
    {"The army's checkpoints on the Damascus highway were deserted overnight.",
        {}, {{"damascus", "", W}}},
    {"Rebels from Idlib said on Friday that government troops abandoned their posts.",
        {}, {{"idlib", "", W}}},
    {"HTS security checkpoints in Idlib were removed on Friday.",
        {}, {{"idlib", "government", W}}},
    {"Army checkpoints were set up at the entrances to Homs on Friday.",
        {}, {{"homs", "", W}}},
    {"The streets of Hama were empty because of the curfew on Friday.",
        {}, {{"hama", "", W}}},
    {"The main market in Aleppo was empty on Saturday.",
        {}, {{"aleppo", "", W}}},
    {"The army evacuated civilians from Rastan on Friday.",
        {}, {{"rastan", "", W}}},
    {"Shops in Damascus were deserted as residents stayed home on Saturday.",
        {}, {{"damascus", "", W}}},
    {"New army checkpoints were seen in Homs on Saturday.",
        {}, {{"homs", "", W}}},
    {"The army reinforced its positions around Hama on Friday.",
        {}, {{"hama", "", W}}},
    {"Rebels removed the portraits of Assad in Daraa on Saturday.",
        {}, {{"daraa", "", W}}},
};
// clang-format on
// Before the round 16 of the 35 rows were right, after it 24 (the open ones are marked and say why).

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
        if (!ok)
            MESSAGE("wrong: " << r.sentence);
    }
    return right;
}

} // namespace

TEST_CASE("claimround92: withdrawals told by what is left behind")
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
