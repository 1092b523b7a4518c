#pragma once
// What may stand between an actor and its verb yet leave it the subject: people counted with it
// ("SDF fighters and some 120,000 displaced people left"), where it stands before a relative
// clause ("Rebels in the south, who took the city of Daraa"): claimsubjectcompany.cpp. Internal to
// the claim extractor.
#include "claimactors.h"

#include <cstddef>

namespace sitrep::text::detail {

// "SDF fighters and thousands of civilians left": after the actor of `actor`, "and", a count,
// people, then the verb at `verb`.
[[nodiscard]] bool countedCompany(const Sent& s, const Binding& actor, std::size_t verb);

// "Rebels in the south, who took …": `a`, then "in the south" / "in" a place, then the comma before
// the relative pronoun that opens the clause at `left`.
[[nodiscard]] bool whereBeforeRelative(const Sent& s, const ActorMention& a, std::size_t left);

} // namespace sitrep::text::detail
