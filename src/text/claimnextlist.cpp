// The places a verb's counted object is given by in the next sentence (claimnextlist.h).
#include "claimnextlist.h"

#include "utf8.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace sitrep::text::detail {

// "seized over a dozen villages", "captured several towns", "abandoned a number of areas": only
// words of quantity between the verb and a plural place noun, and no place named between.
bool countedObject(const Sent& s, const Trigger& t)
{
    static constexpr std::array<std::string_view, 30> kQuantity {"the", "a", "an", "over", "more", "than", "some",
        "about", "around", "nearly", "almost", "at", "least", "dozens", "dozen", "of", "several", "numerous", "many",
        "further", "other", "number", "handful", "few", "two", "three", "four", "five", "six", "seven"};
    // ("a string of villages", "a series of towns": a collective noun of quantity too.)
    static constexpr std::array<std::string_view, 9> kMore {"eight", "nine", "ten", "eleven", "twelve", "scores",
        "string", "series", "clutch"};
    const auto& words = s.words;
    if (t.frame != TriggerFrame::Active || t.last >= words.size())
        return false;
    // "had driven terrorists out of several villages": the count follows the expelled.
    std::size_t from = t.last;
    for (std::size_t k = t.last; k + 1 < words.size() && k < t.last + 4 && !words[k].punct; ++k)
        if (words[k].lower == "out" && words[k + 1].lower == "of") {
            from = k + 2;
            break;
        }
    for (std::size_t k = from; k < words.size() && k < from + 6; ++k) {
        const std::string_view w = words[k].lower;
        if (isPlaceNoun(w))
            return std::none_of(s.slots.begin(), s.slots.end(),
                                [&](const PlaceSlot& p) { return p.first >= from && p.first < k; });
        const bool count = std::isdigit(static_cast<unsigned char>(w.front())) != 0;
        if (!count && std::find(kQuantity.begin(), kQuantity.end(), w) == kQuantity.end()
            && std::find(kMore.begin(), kMore.end(), w) == kMore.end())
            return false;
    }
    return false;
}

namespace {

// "had driven terrorists out of several villages north of Hama, naming Suran among them": the
// places a participle of naming gives for the counted object after the comma that closes it, in
// the same sentence ("naming Suran and Taybat al-Imam", "naming Suran among them"); the comma must
// come within a few words of the verb, and the names must follow "naming" with nothing but list
// glue between them.
Objects namedAfter(const Sent& s, const Trigger& t)
{
    Objects out;
    const auto& words = s.words;
    std::size_t k = t.last;
    while (k < words.size() && k < t.last + 10 && words[k].lower != "," && !isVerbLike(words[k].lower))
        ++k;
    if (k + 2 >= words.size() || words[k].lower != "," || words[k + 1].lower != "naming")
        return out;
    std::size_t from = k + 2;
    for (const auto& p : s.slots) {
        if (p.first < from)
            continue;
        for (std::size_t j = from; j < p.first; ++j)
            if (!isListGlue(words[j].lower))
                return out;
        if (!p.relation.empty())
            return out;
        out.push_back({&p, ObjectFit {true, false, false}});
        from = p.last;
    }
    return out;
}

// How many words a list cue that opens a sentence takes: "Among them are", "They include",
// "These included", "Those taken include", "The villages include"; 0 for none. Not "Among the dead
// were", "They included fighters from": the list must name places (checked by the caller).
std::size_t listCue(const std::vector<Word>& w)
{
    const auto at = [&](std::size_t k) { return k < w.size() ? std::string_view(w[k].lower) : std::string_view(); };
    const auto include = [](std::string_view v) { return v == "include" || v == "included" || v == "includes"; };
    const auto be = [](std::string_view v) { return v == "are" || v == "were"; };
    if (at(0) == "among" && at(1) == "them" && be(at(2)))
        return 3;
    if ((at(0) == "they" || at(0) == "these") && include(at(1)))
        return 2;
    if ((at(0) == "those" || at(0) == "the") && at(1).ends_with("ed") && include(at(2)))
        return 3; // "Those captured include", "Those seized include"
    if (at(0) == "those" && (at(1) == "taken" || at(1) == "retaken" || at(1) == "overrun") && include(at(2)))
        return 3;
    if (at(0) == "the" && isPlaceNoun(at(1)) && include(at(2)))
        return 3; // "The villages include"
    return 0;
}

} // namespace

// "Rebel groups … have seized over a dozen villages west of Aleppo since launching an offensive on
// Wednesday. Among them are Sheikh Aqil, Qubtan al-Jabal and Kafr Basha, the monitor said": a
// reader takes the places the next sentence lists as the villages seized. Only a sentence of the
// same paragraph that opens with such a cue, and only the names right after it joined by commas
// and "and" ("the town of" between is fine): "They include fighters from Rastan" names no place
// first, so gives nothing.
Objects listedNext(const Sent& s, const Trigger& t, const Sentence* next, std::string_view body,
                   const std::vector<core::Mention>& mentions, std::vector<PlaceSlot>& store)
{
    Objects out;
    if (!s.sentence || !countedObject(s, t))
        return out;
    out = namedAfter(s, t);
    if (!out.empty())
        return out;
    // The next sentence, in the same paragraph (no blank line between).
    if (!next || next->byteStart < s.sentence->byteEnd)
        return out;
    const std::string_view gap = body.substr(s.sentence->byteEnd, next->byteStart - s.sentence->byteEnd);
    if (std::count(gap.begin(), gap.end(), '\n') > 1)
        return out;
    const auto words = splitWords(next->text);
    const std::size_t cue = listCue(words);
    if (cue == 0)
        return out;
    const std::string_view text = next->text;
    const auto cpOf = [&](std::size_t byte) { return next->start + codePointCount(text.substr(0, byte)); };
    // The places in the list, in order: each right after the cue or after list glue.
    store.clear();
    store.reserve(words.size());
    std::size_t k = cue;
    while (k < words.size()) {
        const std::size_t cp = cpOf(words[k].start);
        const auto m = std::find_if(mentions.begin(), mentions.end(), [&](const core::Mention& x) {
            return x.start == cp && x.relation.empty();
        });
        if (m == mentions.end()) {
            if (!isListGlue(words[k].lower))
                break;
            ++k;
            continue;
        }
        std::size_t last = k + 1;
        while (last < words.size() && cpOf(words[last].end) <= m->end)
            ++last;
        PlaceSlot p;
        p.first = s.words.size(); // no word of this sentence: the rules that read around a place skip it
        p.last = s.words.size();
        if (m->placeId)
            p.placeIds.push_back(*m->placeId);
        p.text = m->text;
        p.name = m->text;
        p.confidence = m->confidence;
        store.push_back(std::move(p));
        k = last;
        // The list goes on only with glue that joins ("," or "and").
        if (k < words.size() && words[k].lower != "," && words[k].lower != "and")
            break;
    }
    for (const auto& p : store)
        out.push_back({&p, ObjectFit {true, false, false}});
    return out;
}

} // namespace sitrep::text::detail
