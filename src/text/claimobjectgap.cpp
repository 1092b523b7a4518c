// What may stand between a verb that needs a near object and its place (claimobjectgap.h): list
// glue ("the strategic town of", "more than 90% of"), a part of the place ("the Syrian side of"),
// a seat of power before its "in" ("evacuated the security square in Daraa al-Mahatta").
#include "claimobjectgap.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace sitrep::text::detail {

namespace {

bool isQuantityNoun(std::string_view w)
{
    static constexpr std::array<std::string_view, 8> kQuantities {"string", "series", "number", "handful", "dozen",
        "dozens", "several", "couple"};
    return oneOf(kQuantities, w);
}

bool isCountWord(std::string_view w)
{
    static constexpr std::array<std::string_view, 11> kCounts {"two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};
    return oneOf(kCounts, w);
}

// "the Syrian side of", "the northern half of": a part of the place that follows "of".
bool portionOf(const std::vector<Word>& words, std::size_t k, std::size_t end)
{
    static constexpr std::array<std::string_view, 9> kPortions {"side", "part", "summit", "peak", "half", "section",
        "slopes", "rest", "bulk"};
    if (k + 1 >= end || !oneOf(kPortions, words[k].lower) || words[k + 1].lower != "of")
        return false;
    return true;
}

// words[k] is one of up to three modifiers between an article and a place noun ("the ancient
// desert city of", "a small rural town"), the noun before `to`.
bool modifiesPlaceNoun(const std::vector<Word>& words, std::size_t k, std::size_t to)
{
    auto article = [&](std::size_t a) {
        return words[a].lower == "the" || words[a].lower == "a" || words[a].lower == "an";
    };
    // Round 109: a participle of the place's state is an adjective ("the abandoned city of Quneitra",
    // "the ruined old city of").
    static constexpr std::array<std::string_view, 7> kState{"abandoned", "deserted", "ruined", "destroyed",
        "devastated", "damaged", "evacuated"};
    auto modifier = [&](std::size_t m) {
        return !words[m].punct && (!isVerbLike(words[m].lower) || oneOf(kState, words[m].lower));
    };
    std::size_t a = k;
    while (a > 0 && k - a < 3 && modifier(a) && !article(a))
        --a;
    if (!article(a) || a == k)
        return false;
    for (std::size_t j = k + 1; j < to && j <= a + 4; ++j) {
        const auto& noun = words[j].lower;
        if (isPlaceNoun(noun) || noun == "city" || noun == "town" || noun == "village")
            return true;
        if (!modifier(j))
            return false;
    }
    return false;
}

} // namespace

// The words between a verb that needs a near object and its place: list glue ("the strategic town
// of", "more than 90% of") or a part of the place ("took the Syrian side of Mount Hermon").
bool nearObjectGap(const std::vector<Word>& words, std::size_t from, std::size_t to)
{
    // "regime forces evacuated the security square in Daraa al-Mahatta", "left the governorate
    // building in Sweida": the seat of power left or taken stands for the place it is in (as it does
    // after "took over", claimsentence.cpp), a short noun phrase of its own before "in" / "at".
    // "Israeli troops have taken a Syrian army position on Mount Hermon": a post or position "on" /
    // "atop" a height is the height's, one position as well as many.
    const std::string_view prep = to >= 1 ? std::string_view(words[to - 1].lower) : std::string_view();
    if (to >= from + 3 && to <= from + 7
        && (prep == "in" || prep == "at" || prep == "inside" || prep == "on" || prep == "atop")) {
        auto isQuote = [](std::string_view w) { return w == "\"" || w == "“" || w == "”"; };
        std::size_t head = to - 2;
        if (isQuote(words[head].lower) && head > from)
            --head;
        bool plain = head > from && isSeatNoun(words[head].lower, words[head - 1].lower);
        for (std::size_t k = from; k < head && plain; ++k)
            plain = (!words[k].punct || isQuote(words[k].lower)) && !isVerbLike(words[k].lower);
        if (plain)
            return true;
    }
    for (std::size_t k = from; k < to; ++k) {
        const auto& w = words[k].lower;
        if (isListGlue(w) || w == "more" || w == "than" || w == "%" || w == "percent"
            || std::isdigit(static_cast<unsigned char>(w[0])))
            continue;
        // "taking seven of them, including Hatla and Khasham": a count of the places, then examples
        // (round 29).
        if (isCountWord(w) || (w == "them" && k > from && words[k - 1].lower == "of"))
            continue;
        // "a string of villages, places like Urum al-Sughra": a number of places, then examples.
        const bool examples = isQuantityNoun(w) || w == "including" || w == "such" || w == "as"
            || (w == "like" && k > from && isPlaceNoun(words[k - 1].lower)) || isPlaceNoun(w);
        if (examples)
            continue;
        // "to reach central Damascus", "took eastern Aleppo": a part named by its side.
        if (k + 1 == to && oneOf(std::array<std::string_view, 6> {"central", "northern", "southern", "eastern",
                                     "western", "downtown"}, w))
            continue;
        // Adjectives between an article and a place noun: "the desert city of Palmyra", "the ancient
        // desert city of".
        if (k > from && modifiesPlaceNoun(words, k, to))
            continue;
        // One adjective before the part: "Syrian", "northern".
        const bool adjective = k + 1 < to && !words[k].punct && portionOf(words, k + 1, to);
        if (adjective || portionOf(words, k, to))
            continue;
        return false;
    }
    return true;
}

} // namespace sitrep::text::detail
