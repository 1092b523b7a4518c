#include "claimlexicon.h"

#include "claimpassiveposts.h"
#include "claimpatterns.h"
#include "claimpresence.h"
#include "claimphrases.h"
#include "claimquotes.h"
#include "claimsentence.h"
#include "claimtimeclauses.h"
#include "claimwords.h"
#include "claimtriggerpasses.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace sitrep::text {

using core::ClaimKind;

namespace {

// Expands "(a|b) [c|d] e" into every phrase it stands for.
std::vector<std::string> expand(std::string_view p)
{
    std::vector<std::string> out{""};
    std::size_t i = 0;
    while (i < p.size()) {
        if (p[i] == ' ') {
            ++i;
            continue;
        }
        std::vector<std::string> options;
        if (p[i] == '(' || p[i] == '[') {
            const char close = p[i] == '(' ? ')' : ']';
            const bool optional = p[i] == '[';
            const std::size_t e = p.find(close, i);
            std::string_view inner = p.substr(i + 1, e - i - 1);
            std::size_t s = 0;
            while (true) {
                const std::size_t bar = inner.find('|', s);
                options.emplace_back(inner.substr(s, bar == std::string_view::npos ? std::string_view::npos : bar - s));
                if (bar == std::string_view::npos)
                    break;
                s = bar + 1;
            }
            if (optional)
                options.emplace_back();
            i = e + 1;
        } else {
            const std::size_t e = std::min(p.find(' ', i), p.size());
            options.emplace_back(p.substr(i, e - i));
            i = e;
        }
        std::vector<std::string> next;
        for (const auto& head : out)
            for (const auto& o : options)
                next.push_back(o.empty() ? head : (head.empty() ? o : head + " " + o));
        out = std::move(next);
    }
    return out;
}

struct Compiled {
    std::vector<std::string> words;
    const Pattern* pattern;
};

const std::unordered_map<std::string, std::vector<Compiled>>& compiled()
{
    static const auto table = [] {
        std::unordered_map<std::string, std::vector<Compiled>> t;
        for (const auto& p : triggerPatterns())
            for (const auto& phrase : expand(p.text)) {
                auto words = phraseWords(phrase);
                if (!words.empty())
                    t[words.front()].push_back({std::move(words), &p});
            }
        for (auto& [k, v] : t)
            std::stable_sort(v.begin(), v.end(),
                             [](const Compiled& a, const Compiled& b) { return a.words.size() > b.words.size(); });
        return t;
    }();
    return table;
}

// `phrase` at `i` with one time adjunct inside it ("pulled out on Friday from", "restored control
// late on Monday over"): the index after the match, or 0.
std::size_t matchAroundTime(const std::vector<Word>& words, std::size_t i, const std::vector<std::string>& phrase)
{
    bool skipped = false;
    std::size_t j = i;
    for (std::size_t k = 0; k < phrase.size(); ++k, ++j) {
        if (j < words.size() && words[j].lower == phrase[k])
            continue;
        if (k == 0 || skipped)
            return 0;
        const std::size_t e = timeAdjunctEnd(words, j);
        if (e == j || e >= words.size() || words[e].lower != phrase[k])
            return 0;
        skipped = true;
        j = e;
    }
    return skipped ? j : 0;
}

// "new defensive lines", "stronger defensive lines", "new positions" at `k`: ground no place names,
// described only as the new one ("pulled back to Homs" names it; "to the rear" says too little).
bool retreatToNewLines(const std::vector<Word>& words, std::size_t k)
{
    static constexpr std::array<std::string_view, 10> kNew{"new", "other", "rear", "safer", "stronger", "secure",
        "fortified", "defensive", "fresh", "alternative"};
    static constexpr std::array<std::string_view, 7> kGround{"lines", "line", "positions", "points", "posts",
        "defences", "defenses"};
    std::size_t j = k;
    while (j < words.size() && j < k + 3 && oneOf(kNew, words[j].lower))
        ++j;
    return j > k && j < words.size() && oneOf(kGround, words[j].lower);
}

} // namespace

std::vector<Trigger> findTriggers(const std::vector<Word>& words)
{
    std::vector<Trigger> out;
    const auto& table = compiled();
    for (std::size_t i = 0; i < words.size();) {
        if (const std::size_t end = handedTo(words, i)) {
            Trigger t;
            t.first = i;
            t.last = end;
            t.kind = ClaimKind::Captured;
            t.frame = TriggerFrame::Ergative;
            out.push_back(t);
            i = end;
            continue;
        }
        const auto it = table.find(words[i].lower);
        const Compiled* best = nullptr;
        std::size_t bestEnd = 0;
        if (it != table.end())
            for (const auto& c : it->second) {
                if (matchPhrase(words, i, c.words)) {
                    best = &c;
                    bestEnd = i + c.words.size();
                    break;
                }
                // "Assad's forces withdrew on Friday from Deir ez-Zor", "restored control on Monday
                // over Halfaya": a time inside the phrase.
                if (const std::size_t end = matchAroundTime(words, i, c.words)) {
                    best = &c;
                    bestEnd = end;
                    break;
                }
            }
        if (!best) {
            // "Rebels declared Damascus \"liberated\"", "we declare the city of Damascus free":
            // a capture whose object stands between the verb and the verdict.
            const auto& w = words[i].lower;
            // "the SDF handed the city over to the Military Operations Command", "handing the city on
            // Friday to local factions": a loss of what stands between the verb and "over" / "to".
            if (w == "handed" || w == "handing" || w == "hands" || w == "hand") {
                for (std::size_t j = i + 2; j < words.size() && j <= i + 6 &&
                                            (!words[j - 1].punct || words[j - 1].lower == "-");
                     ++j)
                    if (words[j].lower == "over" || words[j].lower == "to") {
                        Trigger t;
                        t.first = i;
                        t.last = i + 1;
                        t.kind = ClaimKind::Withdrew;
                        t.frame = TriggerFrame::Active;
                        out.push_back(t);
                        break;
                    }
            }
            // "Footage filmed on Monday showed Israeli tanks in Baath City", "appears to show
            // opposition fighters in the streets of Latakia": seen there, so there.
            // Round 109: "reported Israeli armour in", "shows fighters walking through" (claimpresence.h).
            bool doneTo = false;
            const std::size_t seen = presenceSeenAt(words, i, &doneTo);
            if (const std::size_t at = seen ? seen : doneTo ? 0 : shownIn(words, i)) {
                Trigger t;
                t.first = at;
                t.last = at + (at + 3 < words.size() && words[at + 1].lower == "the" && words[at + 2].lower == "streets"
                                       && words[at + 3].lower == "of" ? 4 : 1);
                t.kind = ClaimKind::Entered;
                t.frame = TriggerFrame::Presence;
                t.needsNearObject = true;
                out.push_back(t);
                i = t.last;
                continue;
            }
            // "its units in Daraa and Sweida provinces had been \"redeployed and repositioned\"", "the
            // units in Hama were redeployed": state media's word for a withdrawal, said of units where
            // they stood (the place before: claimobjects.cpp; round 29).
            const std::size_t aux = i > 0 && (words[i - 1].lower == "\"" || words[i - 1].lower == "“") ? i - 1 : i;
            if ((w == "redeployed" || w == "repositioned") && aux > 0 && isPassiveAuxiliary(words[aux - 1].lower)) {
                Trigger t{.first = i, .last = i + 1, .kind = ClaimKind::Withdrew, .frame = TriggerFrame::Active};
                if (t.last + 1 < words.size() && words[t.last].lower == "and"
                    && (words[t.last + 1].lower == "redeployed" || words[t.last + 1].lower == "repositioned"))
                    t.last += 2;
                if (t.last < words.size() && (words[t.last].lower == "\"" || words[t.last].lower == "”"))
                    ++t.last;
                out.push_back(t);
                i = t.last;
                continue;
            }
            if (expelledOutOf(words, i)) // "pushed government forces out of Sweida" (claimphrases.h)
                out.push_back({.first = i, .last = i + 1, .kind = ClaimKind::Captured, .frame = TriggerFrame::Active});
            if (w == "cleared" && clearedOfEnemy(words, i)) {
                Trigger t;
                t.first = i;
                t.last = i + 1;
                t.kind = ClaimKind::Captured;
                t.needsNearObject = true;
                out.push_back(t);
            }
            if (w == "declared" || w == "declaring" || w == "declare" || w == "declares") {
                for (std::size_t j = i + 2; j < words.size() && j <= i + 8; ++j) {
                    const auto& v = words[j].lower;
                    if (v == "." || v == ";")
                        break;
                    if (v == "liberated" || v == "free" || v == "freed") {
                        Trigger t;
                        t.first = i;
                        t.last = i + 1;
                        t.kind = ClaimKind::Captured;
                        t.frame = TriggerFrame::Active;
                        out.push_back(t);
                        break;
                    }
                }
            }
            // Round 102: "fighters were celebrating in Umayyad Square", "posed for selfies inside the
            // People's Palace": there (claimpresence.h).
            if (const std::size_t end = presenceActivityEnd(words, i)) {
                out.push_back({.first = i, .last = end, .kind = ClaimKind::Entered, .frame = TriggerFrame::Active,
                               .needsNearObject = true});
                i = end;
                continue;
            }
            ++i;
            continue;
        }
        // "rebels are now in control of Damascus": the longer control phrase, not presence.
        if (best->pattern->frame == TriggerFrame::Presence && words[bestEnd - 1].lower == "in" && bestEnd < words.size() &&
            (words[bestEnd].lower == "control" || words[bestEnd].lower == "full" || words[bestEnd].lower == "complete" ||
             words[bestEnd].lower == "charge")) {
            ++i;
            continue;
        }
        Trigger t;
        t.first = i;
        t.last = bestEnd;
        t.kind = best->pattern->kind;
        t.frame = best->pattern->frame;
        t.needsNearObject = best->pattern->needsNearObject;
        t.ofActor = best->pattern->ofActor;
        t.lenient = t.kind == ClaimKind::Contested || t.kind == ClaimKind::Besieged;
        // Round 86: "condemned Israel's seizure on Sunday of the buffer zone", "the rebels' capture of
        // Hama": a possessive before an event noun with its own "of" names the doer, the place follows
        // "of"; only a noun with no "of" takes its place before it ("Aleppo's fall to HTS").
        if (t.frame == TriggerFrame::Ergative && words[i].lower == "'" && t.last < words.size()) {
            const std::size_t e = timeAdjunctEnd(words, t.last);
            if (e < words.size() && words[e].lower == "of") {
                ++i;
                continue;
            }
        }
        widenQuotedPassive(words, t); // "the city had been \"liberated\"" (claimquotes.h)
        // "Latakia and Tartus passed into rebel hands", "fell into the hands of the factions": a change.
        if (t.frame == TriggerFrame::InHands) {
            for (std::size_t k = i >= 5 ? i - 5 : 0; k + 1 < i; ++k)
                if ((words[k].lower == "passed" || words[k].lower == "passes" || words[k].lower == "passing" ||
                     words[k].lower == "fell" || words[k].lower == "came" || words[k].lower == "went") &&
                    words[k + 1].lower == "into")
                    t.kind = ClaimKind::Captured;
        }
        // "On Friday the rebels brought the town of Anjara under their control": a finite "brought"
        // (or "brings") before "under … control" in its clause, the object between, is a capture, as
        // "came under" is; ", bringing the whole of Idlib under opposition control" tells the
        // state it left and stays a holding.
        // Commas of a list and the hyphens of names stay in the clause; ", and" opens another
        // ("The army brought reinforcements, and Hama remained under its control").
        if (t.frame == TriggerFrame::UnderControl && t.kind == ClaimKind::Controls)
            for (std::size_t k = i; k-- > 0 && i - k <= 12;) {
                const std::string_view w = words[k].lower;
                if ((words[k].punct && w != "," && w != "-" && w != "'") || (w == "," && words[k + 1].lower == "and"))
                    break;
                if (w == "brought" || w == "brings") {
                    t.kind = ClaimKind::Captured;
                    break;
                }
            }
        // round 26: "repelled an attack on Khasham … and restored security and stability to the
        // village": held throughout, not retaken.
        if (t.kind == ClaimKind::Captured && words[i].lower.starts_with("restor") && !detail::laterDayBefore(words, i) &&
            std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i), [](const Word& w) {
                return w.lower == "repelled" || w.lower == "repulsed" || w.lower == "foiled" || w.lower == "thwarted";
            }))
            t.kind = ClaimKind::Controls;
        // "fighting is under way", "came under fire": no control.
        if (t.frame == TriggerFrame::UnderControl && t.last < words.size() &&
            (words[t.last].lower == "way" || words[t.last].lower == "fire" || words[t.last].lower == "pressure" ||
             words[t.last].lower == "attack" || words[t.last].lower == "shelling")) {
            i = t.last;
            continue;
        }
        // "the abandoned army post atop Mount Hermon": a participle after an article describes
        // what follows; it is no withdrawal of its own.
        const bool afterArticle = i > 0 && (words[i - 1].lower == "the" || words[i - 1].lower == "an" ||
                                            words[i - 1].lower == "a" || words[i - 1].lower == "-");
        if (t.last == t.first + 1 && afterArticle &&
            ((t.kind == ClaimKind::Withdrew && (words[i].lower == "abandoned" || words[i].lower == "deserted" ||
                                                words[i].lower == "evacuated" || words[i].lower == "vacated")) ||
             (t.kind == ClaimKind::Captured && words[i].lower == "occupied"))) {
            i = t.last;
            continue;
        }
        // "withdrew from positions inside the town of Albu Kamal": "inside" after the ground held is
        // its preposition; only a bare "inside" says where its actor is ("rebels inside Homs").
        if (t.frame == TriggerFrame::Presence && t.last == t.first + 1 && words[i].lower == "inside" && i > 0 &&
            detail::isSeatNoun(words[i - 1].lower, i > 1 ? std::string_view(words[i - 2].lower) : std::string_view())) {
            i = t.last;
            continue;
        }
        // Round 41: "He called on regime soldiers inside the city to defect", "fighting between the
        // rebels and government forces inside the city": the garrison's own troops in a place are
        // its defenders; a bare "inside" after them tells of no entry.
        if (t.frame == TriggerFrame::Presence && t.last == t.first + 1 && words[i].lower == "inside" && i > 1 &&
            (words[i - 1].lower == "forces" || words[i - 1].lower == "troops" || words[i - 1].lower == "soldiers" ||
             words[i - 1].lower == "units") &&
            (words[i - 2].lower == "regime" || words[i - 2].lower == "government" || words[i - 2].lower == "army" ||
             words[i - 2].lower == "loyalist")) {
            i = t.last;
            continue;
        }
        // "still holding positions in Quneitra": the longer phrase after "still".
        if (words[i].lower == "still" && t.last == t.first + 2 && t.last < words.size() &&
            (words[t.last].lower == "positions" || words[t.last].lower == "their" || words[t.last].lower == "its")) {
            ++i;
            continue;
        }
        // "under the full control of the army": "control" belongs to "under", whose agent follows.
        if (t.frame == TriggerFrame::Active && words[i].lower == "control" && t.last == t.first + 1 &&
            std::any_of(out.begin(), out.end(), [&](const Trigger& u) {
                return u.frame == TriggerFrame::UnderControl && u.last + 3 >= i;
            })) {
            i = t.last;
            continue;
        }
        // "the troops holding them pulled back towards Homs": a direction, no place held; what
        // is said is that they left (the places named before, like "retreated toward").
        if (t.frame == TriggerFrame::RetreatTo && t.last < words.size() &&
            (words[t.last].lower == "toward" || words[t.last].lower == "towards" || words[t.last].lower == "across")) {
            t.kind = ClaimKind::Withdrew;
            t.frame = TriggerFrame::Active;
        }
        // Round 78: "units stationed in Halfaya and Taybat al-Imam had been redeployed to new defensive
        // lines", "government troops retreated to stronger defensive lines": lines or positions no place
        // names are where the units went, not a place they hold; what is said is that they left.
        if (t.frame == TriggerFrame::RetreatTo && retreatToNewLines(words, t.last)) {
            t.kind = ClaimKind::Withdrew;
            t.frame = TriggerFrame::Active;
        }
        // "Quneitra province, on the edge of the Golan Heights": where a place lies, said of it.
        if (t.frame == TriggerFrame::Presence && t.kind == ClaimKind::Contested && i > 0 && words[i - 1].lower == ",") {
            i = t.last;
            continue;
        }
        // "an attack by terrorists on the northern outskirts of Homs": one claim, the attack's.
        const bool edgeOfAttack = t.frame == TriggerFrame::Presence && t.kind == ClaimKind::Contested && !out.empty() &&
                                  out.back().kind == ClaimKind::Contested && out.back().frame == TriggerFrame::Nominal &&
                                  t.first <= out.back().last + 6;
        if (!edgeOfAttack)
            out.push_back(t);
        i = t.last;
    }
    dropStationedBeforeLeaving(words, out);
    dropPastHoldingWithoutGain(words, out);
    deployedOnArrival(words, out);
    deployedAsEntry(words, out); // "troops had deployed inside the buffer zone"
    dropAvoidedFight(words, out);
    heldHavingChanged(words, out); // "were under opposition control, having changed hands"
    keepGoneFromScene(words, out); // round 119: "The soldiers had simply gone."
    detail::addEmptyPosts(words, out); // "army checkpoints have stood empty since late afternoon"
    return out;
}

} // namespace sitrep::text
