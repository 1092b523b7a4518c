#pragma once
// Quotation marks inside a verb phrase: a source's own word quoted in the middle of a passive
// ("the city had been \"liberated\"") is still that passive.
#include "claimlexicon.h"

#include <vector>

namespace sitrep::text {

// "Damascus had been \"liberated\"", "the city and its airport had been \"fully liberated\"": the
// participle `t` (a single-word capture) quoted right after its auxiliary starts at the opening
// quote, so that the auxiliary stands before it and the place before that is what was taken.
void widenQuotedPassive(const std::vector<Word>& words, Trigger& t);

} // namespace sitrep::text
