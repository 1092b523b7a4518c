// A subject that reaches its verb past words that would otherwise cut it off: an aside in
// brackets ("Fighters of HTS (an organisation recognised as terrorist) took…"), what it made use
// of ("the SDF took advantage of the collapse … to move into"), an apposition with a verb of its
// own ("fighters of the Eighth Brigade, the force that has held Busra al-Sham, took…"), a sentence
// adverb of two words ("had in fact reached"). claimagent.cpp asks these before it drops a weak or
// distant subject.
#pragma once

#include "claimactors.h"

#include <cstddef>

namespace sitrep::text::detail {

// The actor bound at `actor`, then "( … )", then only soft words before `verb`.
[[nodiscard]] bool bracketedSubject(const Sent& s, const Binding& actor, std::size_t verb);
// `verb` is the infinitive after "took advantage of … to" / "exploited … to", the subject before.
[[nodiscard]] bool madeUseTo(const Sent& s, const Binding& actor, std::size_t verb);
// The actor bound at `actor` heads an apposition ", the …," closed right before `verb` (or `left`).
[[nodiscard]] bool appositionOpener(const Sent& s, const Binding& actor, std::size_t verb, std::size_t left);
// The actor bound at `actor`, then soft words and at least one "in fact" / "in effect" / "at last" …,
// then `verb`.
[[nodiscard]] bool adverbialSubject(const Sent& s, const Binding& actor, std::size_t verb);

} // namespace sitrep::text::detail
