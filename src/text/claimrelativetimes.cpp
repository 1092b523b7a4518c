// Times a relative clause does not share with the main clause (claimrelativetimes.h).
#include "claimrelativetimes.h"

#include "claimwords.h"

#include <algorithm>

namespace sitrep::text::detail {

// "The PKK/YPG, which moved into Deir ez-Zor city on Friday after regime forces abandoned it, was
// forced out on Tuesday morning": what the relative clause tells (the move, and the abandonment it
// followed) is of the clause's own Friday; Tuesday morning, after the clause's closing comma, is the
// main verb's. The clause opens with ", which" / ", who" before the trigger (no comma between) and
// closes with the first comma after it, followed by a lower-case word other than "and" / "but" (the
// main verb: "was forced out"); a semicolon ends the search. Only when a time other than `w` lies
// inside the clause: "The SDF, which entered the city after the army left, was forced out on
// Tuesday" has no other day to give.
bool pastClosedRelative(const Sent& s, const Trigger& t, std::size_t w)
{
    if (w < t.last || t.first == 0)
        return false;
    std::size_t r = 0;
    for (std::size_t k = t.first; k-- > 1 && t.first - k <= 25;) {
        const auto& v = s.words[k].lower;
        if (v == "," || v == ";" || v == "." || v == ":")
            return false;
        if ((v == "which" || v == "who") && s.words[k - 1].lower == ",") {
            r = k;
            break;
        }
    }
    if (r == 0)
        return false;
    std::size_t c = 0;
    for (std::size_t k = t.last; k < w && k < s.words.size(); ++k) {
        if (s.words[k].lower == ";")
            return false;
        if (s.words[k].lower == ",") {
            c = k;
            break;
        }
    }
    if (c == 0 || c + 1 >= s.words.size())
        return false;
    const auto& next = s.words[c + 1];
    if (next.capitalised || next.lower == "and" || next.lower == "but")
        return false;
    return std::any_of(s.times.begin(), s.times.end(),
                       [&](const auto& tm) { return tm.first != w && tm.first > r && tm.first < c; });
}

// "A day later the army had melted away from Syria's second city and from its international airport,
// both of which fell to HTS largely intact"; "On Friday, December 6, local fighters … took control
// of the city under a deal by which army officers left": a relative clause in the simple past that
// names no time tells what went with the main clause's event, on its day (without it the claim fell
// to the publication day, a stretch in a retelling). The pronoun is at most six words before the
// trigger with no punctuation between and a day-long time before it; the verb has no auxiliary
// ("which it had seized", "which it has held", "which is still held" tell another time), and the
// clause, up to its first comma, semicolon or full stop, has no time in it.
bool simplePastRelative(const Sent& s, const Trigger& t, std::size_t w)
{
    std::size_t r = 0;
    for (std::size_t k = t.first; k-- > 0 && t.first - k <= 6;) {
        const auto& v = s.words[k].lower;
        if (v == "," || v == ";" || v == "." || v == ":" || v == "\"" || v == "-")
            return false;
        if (v == "which" || v == "who") {
            r = k;
            break;
        }
    }
    if (r <= w || r == 0)
        return false;
    for (std::size_t k = r + 1; k < t.first; ++k) {
        const auto& v = s.words[k].lower;
        if (v == "had" || v == "has" || v == "have" || v == "is" || v == "are" || v == "will" || v == "would" ||
            v == "could" || v == "may" || v == "might" || v == "be" || v == "been" || v == "still" || v == "now" ||
            v == "'s" || v == "s")
            return false;
    }
    const auto it = std::find_if(s.times.begin(), s.times.end(), [&](const auto& tm) { return tm.first == w; });
    if (it == s.times.end() || !it->second.range.from || !it->second.range.to ||
        *it->second.range.to - *it->second.range.from > 2 * core::kSecondsPerDay)
        return false;
    std::size_t end = t.last;
    while (end < s.words.size() && s.words[end].lower != "," && s.words[end].lower != ";" && s.words[end].lower != ".")
        ++end;
    return std::none_of(s.times.begin(), s.times.end(), [&](const auto& tm) { return tm.first > r && tm.first < end; });
}

} // namespace sitrep::text::detail
