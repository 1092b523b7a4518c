// The place a clause is about across a relative or contact clause (claimrelative.h).
#include "claimrelative.h"

#include "claimlists.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace sitrep::text::detail {

namespace {

// A place that can be what a clause is about: named, not a country or region, not "north of X",
// not in the speaker's phrase.
bool namedPlace(const Sent& s, const PlaceSlot& p)
{
    return !p.region && !p.anaphoric && p.kind != core::PlaceKind::Country && p.relation.empty() && !p.edge
        && !p.dateline && !inAttribution(s, p.first, p.last);
}

// Auxiliaries and adverbs between a subject and its verb ("had", "was", "then", "eventually"),
// not the comma isSoftWord also steps over.
bool auxiliaryOrAdverb(std::string_view w)
{
    return w != "," && (isSoftWord(w) || isPassiveAuxiliary(w));
}

} // namespace

void subjectBeforeRelative(const Sent& s, const Trigger& t, Objects& out)
{
    const auto& words = s.words;
    std::size_t k = t.first;
    while (k > 0 && t.first - k < 4 && auxiliaryOrAdverb(words[k - 1].lower))
        --k;
    if (k < 4 || words[k - 1].lower != ",")
        return;
    const std::size_t close = k - 1;
    // The relative pronoun after a comma that opens the clause closed there, within 30 words and
    // no full stop, semicolon or colon between.
    std::size_t open = 0;
    for (std::size_t r = close; r-- > 1 && close - r < 30;) {
        const auto& w = words[r].lower;
        if (w == "." || w == ";" || w == ":" || w == "\"")
            return;
        if ((w == "which" || w == "where") && words[r - 1].lower == ",") {
            open = r - 1;
            break;
        }
    }
    if (open == 0)
        return;
    // The subject: the noun phrase that opens the clause before the comma ("The nearby town of
    // Qamhana", "Khan Shaykhun and Maarat al-Numan on the M5 motorway"); its first place within
    // five words of the clause's start and no verb before it ("Rebels took Hama and Homs, which …,"
    // is another verb's list).
    std::size_t start = open;
    while (start > 0 && !isClauseBoundary(words, start - 1) && words[start - 1].lower != ",")
        --start;
    for (const auto& p : s.slots) {
        if (p.first < start || p.last > open)
            continue;
        if (p.first > start + 5 || !namedPlace(s, p))
            return;
        // Nor an actor or a preposition of place: "Troops in Homs, which …, were overrun" says
        // nothing of Homs.
        for (std::size_t j = start; j < p.first; ++j)
            if (isVerbLike(words[j].lower) || words[j].punct || excludesObject(words[j].lower, false)
                || std::any_of(s.actors.begin(), s.actors.end(),
                    [&](const ActorMention& m) { return m.firstWord <= j && j < m.lastWord; }))
                return;
        takeListFrom(s, p, out);
        return;
    }
}

void contactClauseHead(const Sent& s, const Trigger& t, Objects& out)
{
    const auto& words = s.words;
    // The subject right before the verb ("the rebels seized", "rebels had taken").
    std::size_t k = t.first;
    while (k > 0 && t.first - k < 3 && auxiliaryOrAdverb(words[k - 1].lower))
        --k;
    const auto subject = std::find_if(s.actors.begin(), s.actors.end(),
        [&](const ActorMention& a) { return a.lastWord == k && !a.pronoun; });
    if (subject == s.actors.end())
        return;
    std::size_t a = subject->firstWord;
    if (a > 0 && words[a - 1].lower == "the")
        --a;
    // Before the subject, "PLACE, the city" / "PLACE, a town": an article, at most three
    // modifiers and a noun of a settlement, after a comma after a named place.
    static constexpr std::array<std::string_view, 6> kNouns {"city", "town", "village", "capital", "stronghold",
        "district"};
    if (a < 4 || !oneOf(kNouns, words[a - 1].lower))
        return;
    std::size_t d = a - 1;
    while (d > 0 && a - 1 - d < 4 && words[d - 1].lower != "the" && words[d - 1].lower != "a"
           && words[d - 1].lower != "an") {
        if (words[d - 1].punct || isVerbLike(words[d - 1].lower))
            return;
        --d;
    }
    if (d < 3 || (words[d - 1].lower != "the" && words[d - 1].lower != "a" && words[d - 1].lower != "an")
        || words[d - 2].lower != ",")
        return;
    for (const auto& p : s.slots)
        if (p.last == d - 2 && namedPlace(s, p)) {
            out.push_back({&p, ObjectFit {true, false, false}});
            return;
        }
}

// "The NDF units that had guarded Nubl and al-Zahraa withdrew", "militias that had been deployed in
// Albu Kamal for years left their positions": the places of a relative clause on the subject
// that says where the subject stood — the places it left. Null when the clause before `verb` is
// no such clause; else the last of its places (the list ends there).
const PlaceSlot* guardedBySubject(const Sent& s, std::size_t verb)
{
    static constexpr std::array<std::string_view, 14> kStood {"guarded", "held", "controlled", "defended",
        "protected", "manned", "garrisoned", "occupied", "deployed", "stationed", "based", "positioned", "guarding",
        "holding"};
    const auto& words = s.words;
    std::size_t r = verb;
    while (r > 0 && verb - r < 16 && words[r - 1].lower != "that" && words[r - 1].lower != "who"
        && words[r - 1].lower != "which")
        --r;
    // A noun before the pronoun (the subject), not a verb of saying ("said that").
    if (r < 2 || verb - r >= 16 || words[r - 2].punct
        || oneOf(std::array<std::string_view, 9> {"said", "says", "say", "reported", "announced", "claimed", "denied",
                     "added", "stated"}, words[r - 2].lower))
        return nullptr;
    std::size_t k = r;
    while (k < verb && (words[k].lower == "had" || words[k].lower == "have" || words[k].lower == "has"
                           || words[k].lower == "been" || words[k].lower == "long" || words[k].lower == "were"
                           || words[k].lower == "was"))
        ++k;
    if (k >= verb || !oneOf(kStood, words[k].lower))
        return nullptr;
    // The places after the clause's verb; between the last and `verb` only a span of time ("for
    // more than a decade") or "also".
    const PlaceSlot* last = nullptr;
    for (const auto& p : s.slots)
        if (p.first > k && p.last <= verb && p.first <= k + 8 && !p.region && p.kind != core::PlaceKind::Country
            && p.relation.empty() && !inAttribution(s, p.first, p.last))
            last = &p;
    if (!last)
        return nullptr;
    for (std::size_t j = last->last; j < verb; ++j) {
        const auto& w = words[j].lower;
        if (!(w == "for" || w == "more" || w == "than" || w == "a" || w == "decade" || w == "decades" || w == "years"
                || w == "months" || w == "also" || w == "since" || w == "long" || w == "over" || w == "the" || w == "past"
                || w == "several" || w == "many" || std::isdigit(static_cast<unsigned char>(w[0]))))
            return nullptr;
    }
    return last;
}

} // namespace sitrep::text::detail
