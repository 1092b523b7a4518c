// Round 104: who left posts, and where. Copy tells the holder by what they were doing there —
// "Syrian troops manning the Jousieh crossing left their posts on Saturday" — and a reader takes
// the leaving as the holder's withdrawal from the place they manned, as "troops stationed in X
// withdrew" is (claimwords.cpp, round 25).
#include "claimpostsleft.h"

#include "claimwords.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace sitrep::text::detail {

namespace {

// What stands between the participle and the place: "manning the Jousieh crossing", "guarding
// checkpoints at Nasib", "holding positions in and around Sanamayn".
bool beforePlace(std::string_view w)
{
    static constexpr std::array<std::string_view, 22> kWords {"the", "a", "their", "its", "posts", "post",
        "positions", "position", "checkpoints", "checkpoint", "at", "in", "on", "near", "around", "along",
        "border", "crossing", "last", "line", "lines", "base"};
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

} // namespace

const PlaceSlot* mannedBySubject(const Sent& s, std::size_t verb)
{
    // Not "held": "soldiers held in Sednaya left" were prisoners; the participle in "-ing" says the
    // subject was there on duty.
    static constexpr std::array<std::string_view, 4> kDuty {"manning", "guarding", "holding", "defending"};
    const auto& words = s.words;
    for (const auto& a : s.actors) {
        std::size_t k = a.lastWord;
        if (a.pronoun || !standsAsSubject(s, a) || k >= verb || verb - k > 20 || k + 1 >= verb
            || std::find(kDuty.begin(), kDuty.end(), words[k].lower) == kDuty.end())
            continue;
        ++k;
        // The first place after the participle, across the posts' words only ("the last line, at").
        const PlaceSlot* first = nullptr;
        for (const auto& p : s.slots) {
            if (p.first < k || p.last > verb || p.first > k + 5)
                continue;
            bool near = true;
            for (std::size_t j = k; j < p.first; ++j)
                near = near && (beforePlace(words[j].lower) || words[j].lower == ",");
            if (near && !p.region && p.kind != core::PlaceKind::Country && p.relation.empty())
                first = &p;
            break;
        }
        if (!first)
            continue;
        // Then to the verb: a place's own words or where it lies ("opposite the Lebanese town of
        // Qaa", "on the Jordanian border"), no verb, no clause of its own.
        std::size_t j = first->last;
        if (j < verb && (words[j].lower == "'" || words[j].lower == "’")) // "Izra'"
            ++j;
        bool reaches = verb - j <= 10;
        for (; reaches && j < verb; ++j)
            reaches = !isVerbLike(words[j].lower) && !isClauseBoundary(words, j)
                && (!words[j].punct || words[j].lower == "," || words[j].lower == "-");
        if (reaches)
            return first;
    }
    return nullptr;
}

} // namespace sitrep::text::detail
