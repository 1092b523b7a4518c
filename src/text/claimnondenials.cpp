// Negations that are no denial (claimnondenials.h).
#include "claimnondenials.h"

#include "claimwords.h"

#include <array>
#include <string_view>

namespace sitrep::text::detail {

namespace {

// The first "never" between `from` and the trigger that is the trigger's own (not a closed
// relative clause's: "Hama, which had never fallen to the rebels, was taken on Thursday"), or
// t.first.
std::size_t ownNever(const Sent& s, const Trigger& t, std::size_t from)
{
    for (std::size_t k = from; k < t.first; ++k) {
        const auto& w = s.words[k].lower;
        // ("…, and on Sunday the SDF seized Qamishli": a clause joined after it is its own.)
        if (w == ";" || (w == "," && k + 1 < t.first && (s.words[k + 1].lower == "and" || s.words[k + 1].lower == "but")))
            from = k + 1;
    }
    for (std::size_t k = from; k < t.first; ++k)
        if (s.words[k].lower == "never" && !inClosedRelative(s.words, k, t.first))
            return k;
    return t.first;
}

// "families took photographs with young bearded fighters who had never set foot in the capital
// before": "never … before" at the clause's end tells that it has happened now, for the first time.
bool firstTime(const Sent& s, const Trigger& t, std::size_t left)
{
    if (ownNever(s, t, left) == t.first)
        return false;
    for (std::size_t k = t.last; k < s.words.size() && k < t.last + 8; ++k) {
        const auto& w = s.words[k].lower;
        if (w == "," || w == ";" || w == ".")
            return false;
        if (w == "before")
            return k + 1 == s.words.size() || s.words[k + 1].punct;
    }
    return false;
}

// "to preserve the lives of civilians and not draw the battle into the city", "not to drag them
// into battles inside urban areas": a fight kept out is none.
bool foughtElsewhere(const Sent& s, const Trigger& t)
{
    static constexpr std::array<std::string_view, 6> kDraw{"draw", "drag", "drawing", "dragging", "pull", "pulling"};
    for (std::size_t k = t.first; k-- > 0 && t.first - k <= 5;) {
        if (!oneOf(kDraw, s.words[k].lower))
            continue;
        std::size_t n = k;
        if (n > 0 && s.words[n - 1].lower == "to")
            --n;
        return n > 0 && s.words[n - 1].lower == "not";
    }
    return false;
}

} // namespace

bool negationNoDenial(const Sent& s, const Trigger& t, std::size_t left, bool negated, const Attribution* att,
                      core::SpeakerSide outlet)
{
    if (firstTime(s, t, left))
        return true;
    if (t.kind != core::ClaimKind::Contested)
        return false;
    if (foughtElsewhere(s, t))
        return true;
    // "No major battle was fought in Latakia, Tartus or Jableh", "There was no sign of fighting
    // around the Russian air base at Hmeimim", "The regime had not even fought for the city": the
    // outlet telling of a fight that did not happen answers no one; nothing to show. A speaker's
    // "There was no fighting inside Manbij on Tuesday" answers the reports of one, and so does
    // state media in its own voice.
    return negated && !att && outlet != core::SpeakerSide::Government;
}

std::size_t pastSilence(const Sent& s, const Trigger& t, std::size_t negFrom)
{
    static constexpr std::array<std::string_view, 14> kSilence{
        "comment",  "commented", "mention", "mentioned", "acknowledge", "acknowledged", "address",
        "addressed", "respond",  "responded", "react",   "reacted",      "refer",   "referred"};
    for (std::size_t k = negFrom; k < t.first; ++k) {
        if (!isNegationAt(s.words, k))
            continue;
        // "did not comment on", "made no mention of", "has not yet acknowledged", "declined to comment".
        for (std::size_t j = k + 1; j < t.first && j <= k + 3; ++j)
            if (oneOf(kSilence, s.words[j].lower)) {
                negFrom = j + 1;
                break;
            }
    }
    return negFrom;
}

std::size_t joinedClauseStart(const Sent& s, const Trigger& t)
{
    std::size_t from = 0;
    for (std::size_t k = 0; k + 2 < t.first; ++k)
        if (s.words[k].lower == "," && (s.words[k + 1].lower == "and" || s.words[k + 1].lower == "but") &&
            s.words[k + 2].lower != "that")
            from = k + 1;
    return from;
}

bool toldAsNever(const Sent& s, const Trigger& t, std::size_t left)
{
    return ownNever(s, t, left) < t.first;
}

bool toldPastSilence(const Sent& s, const Trigger& t, std::size_t left)
{
    return pastSilence(s, t, left) > left;
}

} // namespace sitrep::text::detail
