// Whether a claim is negated or denied: a negation before its verb ("the army did not withdraw
// from Homs"), reports judged false ("Reports that the army withdrew from Homs are false"), reports
// denied or dismissed ("denied reports that its fighters had abandoned the dam"), "no truth to".
#include "claimnondenials.h"
#include "claimsentence.h"
#include "claimwords.h"

#include <cstddef>

namespace sitrep::text::detail {

bool negatedAt(const Sent& s, const Trigger& t, std::size_t negFrom)
{
    bool negated = false;
    negFrom = pastSilence(s, t, negFrom); // "did not comment on the withdrawal from Qusayr" (round 75)
    // "…had not been able to establish bases there, and spoke of a redeployment": a clause
    // coordinated after the negation is not negated.
    for (std::size_t k = negFrom; k + 1 < t.first; ++k)
        if (s.words[k].lower == "," && (s.words[k + 1].lower == "and" || s.words[k + 1].lower == "but"
                || s.words[k + 1].lower == "saying")) // "made no mention of the withdrawal, saying only that…"
            negFrom = k + 1;
    for (std::size_t k = negFrom; k < t.first; ++k)
        negated = negated || (isNegationAt(s.words, k) && !inClosedRelative(s.words, k, t.first)); // round 47
    // "Reports that the army withdrew from Homs are false": only a claim inside the reports
    // ("State TV says the army is in control and reports of rebels inside Homs are lies").
    bool reported = false;
    for (std::size_t k = 0; k < t.first; ++k) {
        const auto& w = s.words[k].lower;
        // ("what terrorist pages were publishing about their entry into Hama was \"lies\"")
        if (w == "reports" || w == "report" || w == "news" || w == "rumours" || w == "rumors" || w == "claims"
            || w == "allegations" || w == "publishing" || w == "circulating" || w == "circulated"
            || w == "spreading" || w == "promoting")
            reported = true;
        else if (w == "says" || w == "said" || w == "insists" || w == "insisted" || w == "stressing")
            reported = false;
    }
    for (std::size_t k = t.last; k < s.words.size() && reported; ++k) {
        const auto& w = s.words[k].lower;
        // ("… that they had entered Homs city \"have no truth\"")
        // (round 106: "Reports … that Russian personnel are being evacuated from Hmeymim do not
        // correspond to reality")
        negated = negated || isFalseVerdict(w) || (w == "truth" && k > 0 && s.words[k - 1].lower == "no")
            || (w == "correspond" && k + 2 < s.words.size() && s.words[k - 1].lower == "not"
                && s.words[k + 2].lower == "reality")
            || (w == "lies" && k > 0 && (s.words[k - 1].lower == "are" || s.words[k - 1].lower == "were" ||
                                         s.words[k - 1].lower == "is" || s.words[k - 1].lower == "was" ||
                                         s.words[k - 1].lower == "all" || s.words[k - 1].punct));
    }
    // "described as \"baseless\" claims that the terrorists had seized Suran", "dismissed as
    // false reports that…": the reports are judged false before they are quoted.
    for (std::size_t k = 0; k < t.first; ++k) {
        const auto& w = s.words[k].lower;
        if (!(w == "claims" || w == "reports" || w == "allegations" || w == "rumours" || w == "rumors"))
            continue;
        // Not across a speaker's own words: "denied rumours of a withdrawal, stressing that our
        // forces are deployed in Homs".
        bool ownWords = false;
        for (std::size_t j = k + 1; j < t.first && !ownWords; ++j) {
            const auto& v = s.words[j].lower;
            ownWords = v == "stressing" || v == "stressed" || v == "saying" || v == "said" || v == "says"
                || v == "adding" || v == "added" || v == "insisting" || v == "insisted" || v == "affirming"
                || v == "confirming";
        }
        if (ownWords)
            continue;
        for (std::size_t j = k, seen = 0; j > 0 && seen < 3; --j) {
            const auto& v = s.words[j - 1];
            if (v.punct)
                continue;
            ++seen;
            // …or denied: "The SDF denied reports that its fighters had abandoned the dam".
            negated = negated || isFalseVerdict(v.lower) || v.lower == "denied" || v.lower == "denies"
                || v.lower == "deny" || v.lower == "denying" || v.lower == "dismissed" || v.lower == "rejected"
                || v.lower == "refuted";
        }
    }
    // "There is no truth to reports that the army has withdrawn".
    // (Not past a clause joined after it: "said there was \"no truth\" to claims that troops had
    // pulled out of Homs, and insisted the army remained in the city"; round 75.)
    for (std::size_t k = joinedClauseStart(s, t); k + 1 < t.first; ++k)
        negated = negated
            || ((s.words[k].lower == "no" || s.words[k].lower == "not")
                && (s.words[k + 1].lower == "truth" || s.words[k + 1].lower == "basis"
                    || s.words[k + 1].lower == "true"));
    return negated;
}

} // namespace sitrep::text::detail
