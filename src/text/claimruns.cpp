#include "claimruns.h"

#include <algorithm>
#include <string_view>

namespace sitrep::text::detail {

using core::ClaimKind;

bool nextInRun(const Sent& s, const Trigger& t, const std::vector<ExtractedClaim>& claims, std::size_t previousStart)
{
    const auto at = [&](std::size_t k) { return k < s.words.size() ? std::string_view(s.words[k].lower) : std::string_view(); };
    const std::string_view next = at(t.last);
    const bool bare = next.empty() || s.words[t.last].punct || next == "on" || next == "in" || next == "within" ||
                      next == "hours" || next == "days" || next == "shortly" || next == "soon" || next == "later" ||
                      next == "quickly" || next == "swiftly" || next == "late" || next == "early" ||
                      (next == "a" && at(t.last + 1) == "day") ||
                      (next == "the" && (at(t.last + 1) == "same" || at(t.last + 1) == "next" ||
                                         at(t.last + 1) == "following") &&
                       (at(t.last + 2) == "day" || at(t.last + 2) == "morning" || at(t.last + 2) == "night" ||
                        at(t.last + 2) == "evening" || at(t.last + 2) == "afternoon"));
    // The place is the subject itself: "Hama followed", not "talks in Damascus followed".
    const auto subject = std::find_if(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) { return p.last == t.first; });
    const std::string_view before = subject != s.slots.end() && subject->first > 0 ? at(subject->first - 1) : "";
    if (!bare || subject == s.slots.end() || before == "in" || before == "of" || before == "at" || before == "near" ||
        before == "from" || before == "to" || before == "for" || before == "around")
        return false;
    // (Round 103: "by Friday morning both towns were in their hands. Inkhil, Tafas and al-Muzayrib
    // followed within hours": a hold reached by a named time starts a run too.)
    return std::any_of(claims.begin(), claims.end(), [&](const ExtractedClaim& c) {
        const bool reached = c.claim.kind == ClaimKind::Controls && !c.publicationDay && !c.timeUnknown;
        return (c.claim.source.start == s.sentence->start || c.claim.source.start == previousStart) &&
               (c.claim.kind == ClaimKind::Captured || reached) && c.claim.stance == core::Stance::Affirms;
    });
}

} // namespace sitrep::text::detail
