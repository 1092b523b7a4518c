// Clauses whose time is not the day the sentence names (claimtimeclauses.h).
#include "claimtimeclauses.h"

#include "calendarwords.h"
#include "claimwords.h"

#include <algorithm>
#include <string>

namespace sitrep::text::detail {

// "two Shiite towns north of Aleppo that regime troops had left", "the Kuweires airport, which the
// army had abandoned": a pluperfect relative clause tells something done before the day of the
// clause it hangs on, by an unknown stretch. Its word just before the verb is "had" (adverbs
// aside); not "militias that had long dominated the town fled" (the verb is the main clause's),
// nor "acknowledged that the terrorists had entered" (a reported clause). Nor when the clause it
// hangs on is a pluperfect too ("adding that the factions had also taken the airport, which the
// army had abandoned"): reported speech shifts every past back alike, so "had" tells no earlier
// day there. Returns the first word of the relative clause, or 0.
std::size_t pluperfectRelative(const Sent& s, const Trigger& t)
{
    std::size_t k = t.first;
    while (k > 0 && s.words[k - 1].lower != "had" && s.words[k - 1].lower != "," && isSoftWord(s.words[k - 1].lower))
        --k;
    if (k == 0 || s.words[k - 1].lower != "had")
        return 0;
    const std::size_t had = k - 1;
    std::size_t r = 0;
    for (std::size_t j = had; j-- > 0 && had - j <= 4;) {
        const auto& v = s.words[j].lower;
        // Only the relative clause's subject stands between the pronoun and "had"; not "who said
        // they had entered".
        if (v == "," || v == ";" || v == "and" || v == "\"" || v == ":" || v == "said" || v == "says" ||
            v == "told" || v == "claims" || v == "claim" || v.ends_with("ed"))
            return 0;
        if (v == "which" || v == "who") {
            r = j;
            break;
        }
        // "that" may open a reported clause ("a statement that its units had redeployed outside
        // the city", "reports that the mountain had fallen"): relative only with no subject ("the
        // groups that had infiltrated it") or after a place and with no object after the verb
        // ("towns north of Aleppo that regime troops had left.").
        if (v == "that") {
            const auto& next = t.last < s.words.size() ? s.words[t.last].lower : std::string(".");
            const bool gap = j + 1 == had ||
                ((next == "." || next == "," || next == ";") &&
                 std::any_of(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) { return p.last == j; }));
            if (!gap)
                return 0;
            r = j;
            break;
        }
    }
    if (r == 0)
        return 0;
    for (std::size_t j = 0; j < r; ++j)
        if (s.words[j].lower == "had")
            return 0;
    return r;
}

// "Units repelled attacks in the northern Hama countryside and on Tuesday restored control over
// the settlements of Maardes and Khattab": a day of its own, or "then" / "later", between "and" and
// the verb tells an event after the first one, a recapture, not ground held throughout as in
// "repelled an attack on Rastan on Friday and restored security to the town".
bool laterDayBefore(const std::vector<Word>& words, std::size_t verb)
{
    if (verb < 2 || verb > words.size())
        return false;
    const auto& before = words[verb - 1].lower;
    if ((before == "then" || before == "later" || before == "subsequently") && words[verb - 2].lower == "and")
        return true;
    return verb >= 3 && weekdayIndex(before).has_value() && words[verb - 2].lower == "on" &&
           words[verb - 3].lower == "and";
}

} // namespace sitrep::text::detail
