// Round 113 (sentence structure, measured with a generated grid): one-sentence articles built from
// templates — actors x verbs x places x structures (place lists, appositions inside and after a
// list, relative clauses, reported speech, participles, coordinated predicates and subjects,
// negated and planned changes) — each family asserting every expected (place, side, kind) claim
// and no unexpected change. A later change that breaks how one structure is read fails its family
// here, whatever the wording the tuning sets happen to use. Families the extractor still fails
// are left out (see the round's notes in tests/data/claims/README.md): a relative clause with its
// own holding verb on the object ("Tafas, which the army had held since 2016"), a time between the
// phrasal "took on" and its object. A bare "fell" after a semicolon was one until the lead's
// follow-up (claimagent.cpp's fallbackFor): its family is asserted now.
#include "claimtesthelpers.h"
#include "text/claimextractor.h"

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using namespace sitrep;
using core::ClaimKind;

namespace {

using testing::onSaturday::extract;

enum class Side { Opp, Gov };

struct Expect {
    std::string place; // seed gazetteer id
    Side side;
    ClaimKind kind;
};

struct Case {
    std::string text;
    std::vector<Expect> expected;
};

struct Verb {
    std::string_view past, participle, gerund, bare;
    ClaimKind kind;
};

constexpr std::array<std::string_view, 6> kOpp {"Rebels", "Opposition fighters", "The factions", "Insurgents",
    "HTS fighters", "Fighters of the Military Operations Command"};
constexpr std::array<std::string_view, 5> kGov {
    "Government forces", "Syrian troops", "The army", "Regime forces", "Soldiers"};
constexpr std::array<Verb, 9> kGain {{
    {"captured", "captured", "capturing", "capture", ClaimKind::Captured},
    {"seized", "seized", "seizing", "seize", ClaimKind::Captured},
    {"took", "taken", "taking", "take", ClaimKind::Captured},
    {"took control of", "taken control of", "taking control of", "take control of", ClaimKind::Captured},
    {"overran", "overrun", "overrunning", "overrun", ClaimKind::Captured},
    {"entered", "entered", "entering", "enter", ClaimKind::Entered},
    {"moved into", "moved into", "moving into", "move into", ClaimKind::Entered},
    {"swept into", "swept into", "sweeping into", "sweep into", ClaimKind::Entered},
    {"stormed", "stormed", "storming", "storm", ClaimKind::Entered},
}};
constexpr std::array<std::string_view, 4> kLeave {"withdrew from", "pulled out of", "abandoned", "retreated from"};
// Place ids and the names the text uses.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kPlaces {{
    {"hama", "Hama"},
    {"homs", "Homs"},
    {"rastan", "Rastan"},
    {"talbiseh", "Talbiseh"},
    {"salamiyah", "Salamiyah"},
    {"daraa", "Daraa"},
    {"quneitra", "Quneitra"},
    {"sanamayn", "Sanamayn"},
    {"palmyra", "Palmyra"},
    {"manbij", "Manbij"},
}};
constexpr std::array<std::string_view, 5> kAppos {"a town of 50,000 people", "the cradle of the 2011 uprising",
    "a strategic crossroads", "home to a large Christian community", "destroyed in 1974 and never rebuilt"};
constexpr std::array<std::string_view, 3> kActorAppos {
    "backed by Turkey", "who launched their offensive last week", "led by Hayat Tahrir al-Sham"};

std::string lowerFirst(std::string_view a)
{
    std::string s(a);
    if (!s.starts_with("HTS"))
        s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

// The cases of one family, built from rotating picks so every actor, verb and place turns up.
std::vector<Case> family(std::string_view name, int n = 24)
{
    std::vector<Case> out;
    for (int i = 0; i < n; ++i) {
        const auto u = static_cast<std::size_t>(i);
        const std::string a(kOpp[u % kOpp.size()]);
        const std::string al = lowerFirst(a);
        const std::string g = lowerFirst(kGov[(u * 3) % kGov.size()]);
        const std::string G(kGov[(u * 3) % kGov.size()]);
        const Verb& c = kGain[(u * 5) % kGain.size()];
        const Verb& c2 = kGain[(u * 7 + 2) % kGain.size()];
        const std::string w(kLeave[u % kLeave.size()]);
        const auto& p0 = kPlaces[u % kPlaces.size()];
        const auto& p1 = kPlaces[(u + 3) % kPlaces.size()];
        const auto& p2 = kPlaces[(u + 7) % kPlaces.size()];
        const std::string n0(p0.second), n1(p1.second), n2(p2.second);
        const std::string i0(p0.first), i1(p1.first), i2(p2.first);
        const std::string v(c.past), v2(c2.past);
        const std::string ap(kAppos[u % kAppos.size()]), aap(kActorAppos[u % kActorAppos.size()]);
        const Expect e0 {i0, Side::Opp, c.kind}, e1 {i1, Side::Opp, c.kind}, e2 {i2, Side::Opp, c.kind};
        const Expect e1b {i1, Side::Opp, c2.kind};
        const Expect w0 {i0, Side::Gov, ClaimKind::Withdrew}, w1 {i1, Side::Gov, ClaimKind::Withdrew};
        if (name == "list2")
            out.push_back({a + " " + v + " " + n0 + " and " + n1 + " on Friday.", {e0, e1}});
        else if (name == "list3")
            out.push_back({"On Friday, " + a + " " + v + " " + n0 + ", " + n1 + " and " + n2 + ".", {e0, e1, e2}});
        else if (name == "list-villages")
            out.push_back({a + " " + v + " the towns of " + n0 + " and " + n1 + " on Friday.", {e0, e1}});
        else if (name == "list-appos")
            out.push_back({a + " " + v + " " + n0 + ", " + ap + ", and " + n1 + " on Friday.", {e0, e1}});
        else if (name == "list-appos-inner")
            out.push_back(
                {a + " " + v + " " + n0 + ", " + n1 + ", " + ap + ", and " + n2 + " on Friday.", {e0, e1, e2}});
        else if (name == "list-aswellas")
            out.push_back({a + " " + v + " " + n0 + " on Friday, as well as " + n1 + ".", {e0, e1}});
        else if (name == "vp-coord")
            out.push_back({a + " " + v + " " + n0 + " on Friday and " + v2 + " " + n1 + ".", {e0, e1b}});
        else if (name == "vp-coord-then")
            out.push_back({a + " " + v + " " + n0 + " on Friday, then " + v2 + " " + n1 + ".", {e0, e1b}});
        else if (name == "actor-appos")
            out.push_back({a + ", " + aap + ", " + v + " " + n0 + " on Friday.", {e0}});
        else if (name == "coord-subj")
            out.push_back({a + " and local fighters " + v + " " + n0 + " on Friday.", {e0}});
        else if (name == "place-appos-end")
            out.push_back({"On Friday " + a + " " + v + " " + n0 + ", " + ap + ".", {e0}});
        else if (name == "where-rel")
            out.push_back({a + " " + v + " " + n0 + ", where residents celebrated in the streets, on Friday.", {e0}});
        else if (name == "reported-that")
            out.push_back({"The Syrian Observatory said on Friday that " + al + " had " + std::string(c.participle)
                    + " " + n0 + ".",
                {e0}});
        else if (name == "according")
            out.push_back({"According to residents, " + al + " " + v + " " + n0 + " on Friday.", {e0}});
        else if (name == "passive-by" && c.kind == ClaimKind::Captured)
            out.push_back({n0 + " was " + std::string(c.participle) + " by " + al + " on Friday.", {e0}});
        else if (name == "after-ing")
            out.push_back(
                {"After " + std::string(c.gerund) + " " + n0 + ", " + al + " " + v2 + " " + n1 + " on Friday.",
                    {e0, e1b}});
        else if (name == "ing-tail")
            out.push_back(
                {a + " " + v + " " + n0 + " on Friday, " + std::string(c2.gerund) + " " + n1 + " hours later.",
                    {e0, e1b}});
        else if (name == "after-gov")
            out.push_back({a + " " + v + " " + n0 + " on Friday after " + g + " " + w + " the town.", {e0, w0}});
        else if (name == "gov-after-opp")
            out.push_back({G + " " + w + " " + n0 + " on Friday, and " + al + " " + v + " the town.", {w0, e0}});
        else if (name == "gov-list")
            out.push_back({G + " " + w + " " + n0 + " and " + n1 + " on Friday.", {w0, w1}});
        else if (name == "gov-aswellas")
            out.push_back({G + " " + w + " " + n0 + " on Friday, as well as " + n1 + ".", {w0, w1}});
        else if (name == "gov-posts")
            out.push_back({G + " " + w + " their positions in " + n0 + " on Friday.", {w0}});
        else if (name == "while")
            out.push_back({G + " " + w + " " + n0 + " on Friday, while " + al + " " + v2 + " " + n1 + ".", {w0, e1b}});
        else if (name == "semicolon")
            out.push_back({a + " " + v + " " + n0 + " on Friday; " + n1 + " fell hours later.",
                {e0, {i1, Side::Opp, ClaimKind::Captured}}});
        else if (name == "fell-to")
            out.push_back({n0 + " fell to " + al + " on Friday.", {{i0, Side::Opp, ClaimKind::Captured}}});
        else if (name == "by-evening")
            out.push_back({"By Friday evening " + al + " had " + std::string(c.participle) + " " + n0 + ".", {e0}});
        else if (name == "neg-failed")
            out.push_back({a + " failed to " + std::string(c.bare) + " " + n0 + " on Friday.", {}});
        else if (name == "hypo-poised")
            out.push_back({a + " were poised to " + std::string(c.bare) + " " + n0 + " on Friday.", {}});
    }
    return out;
}

bool sideOf(const core::Claim& c, Side side)
{
    const std::string root = testing::defaultActorMatcher().root(c.actor);
    return side == Side::Opp ? root == "opposition" : root == "government";
}

bool isChange(ClaimKind k)
{
    return k == ClaimKind::Captured || k == ClaimKind::Entered || k == ClaimKind::Withdrew
        || k == ClaimKind::Surrendered;
}

// Every expected claim out and no other affirmed change, per case; the failures, one a line.
std::string failures(const std::vector<Case>& cases)
{
    std::string out;
    for (const auto& c : cases) {
        const auto claims = extract(c.text);
        for (const auto& e : c.expected) {
            const bool hit = std::any_of(claims.begin(), claims.end(), [&](const core::Claim& x) {
                return x.placeId == e.place && x.kind == e.kind && x.stance == core::Stance::Affirms
                    && sideOf(x, e.side);
            });
            if (!hit)
                out += "missed " + e.place + " in: " + c.text + "\n";
        }
        for (const auto& x : claims)
            if (isChange(x.kind) && x.stance == core::Stance::Affirms
                && std::none_of(c.expected.begin(), c.expected.end(),
                    [&](const Expect& e) { return x.placeId == e.place && x.kind == e.kind && sideOf(x, e.side); }))
                out += "unexpected " + x.placeId + "/" + x.actor + " in: " + c.text + "\n";
    }
    return out;
}

void checkFamily(std::string_view name)
{
    const auto cases = family(name);
    REQUIRE(!cases.empty());
    INFO("family " << name);
    CHECK(failures(cases) == "");
}

} // namespace

TEST_CASE("claimround113: place lists — 'and', three names, 'the towns of', 'as well as'")
{
    for (const auto* f : {"list2", "list3", "list-villages", "list-aswellas"})
        checkFamily(f);
}

TEST_CASE(
    "claimround113: an apposition inside a list does not end it ('Daraa, the cradle of the 2011 uprising, and Nasib')")
{
    checkFamily("list-appos");
    checkFamily("list-appos-inner");
    // Guard: a participle after a count with no article before it is a verb of its own, not a word
    // of an apposition: Hama is the soldiers' to leave, not the rebels' to take.
    const auto claims = extract("Rebels took Homs on Friday, and 2,000 soldiers abandoned Hama.");
    CHECK(testing::on(claims, "homs", ClaimKind::Captured) == std::vector<std::string> {"opposition"});
    CHECK(testing::on(claims, "hama", ClaimKind::Captured).empty());
}

TEST_CASE("claimround113: an aside after a list's earlier object is passed whole, not one with a doer's verb")
{
    auto claims = extract("Rebels entered Homs, home to a large Christian community, and Hama on Friday.");
    CHECK(testing::on(claims, "hama", ClaimKind::Entered) == std::vector<std::string> {"opposition"});
    // Guard: an aside with a participle of the doer's own ("advancing towards") tells where they
    // went next, not what they took; nor is a relative clause with its own verb passed.
    claims = extract("Rebels captured Homs, advancing towards the capital, Damascus, on Friday.");
    CHECK(testing::on(claims, "homs", ClaimKind::Captured) == std::vector<std::string> {"opposition"});
    CHECK(testing::on(claims, "damascus", ClaimKind::Captured).empty());
}

TEST_CASE("claimround113: predicates and subjects — coordination, 'then', participles, appositions on the actor")
{
    for (const auto* f : {"vp-coord", "vp-coord-then", "after-ing", "ing-tail", "actor-appos", "coord-subj"})
        checkFamily(f);
}

TEST_CASE("claimround113: the place's own clauses — apposition at the end, ', where …'")
{
    for (const auto* f : {"place-appos-end", "where-rel"})
        checkFamily(f);
}

TEST_CASE("claimround113: reported, passive and dated frames, and a bare 'fell' after a semicolon goes on with the gains")
{
    for (const auto* f : {"reported-that", "according", "passive-by", "fell-to", "by-evening", "semicolon"})
        checkFamily(f);
}

TEST_CASE("claimround113: two sides in one sentence, the army's lists and posts")
{
    for (const auto* f : {"after-gov", "gov-after-opp", "gov-list", "gov-aswellas", "gov-posts", "while"})
        checkFamily(f);
}

TEST_CASE("claimround113: a change failed or only awaited is none")
{
    checkFamily("neg-failed");
    checkFamily("hypo-poised");
}
