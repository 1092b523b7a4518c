#pragma once
// Round 102: armed men seen doing something in a place are in it — "fighters were celebrating in
// Umayyad Square", "fighters later posed for selfies inside the People's Palace", "the fighters were
// filming themselves in New Aleppo". Words only: the subject must be an actor (a
// verb whose subject is "residents" claims nothing, claimagent.cpp), so civilians celebrating in a
// square stay out.
#include "sentences.h"

#include <cstddef>
#include <vector>

namespace sitrep::text {

// The index after an activity verb and its short complement ("posed for selfies", "filming
// themselves") that ends on "in" / "inside" before its place, or 0.
[[nodiscard]] std::size_t presenceActivityEnd(const std::vector<Word>& words, std::size_t i);

// Round 109: armed men a report, a video or a witness puts in a place are in it — "local sources
// reported Israeli armour in al-Hamidiyah", "footage shows armed men walking through the deserted
// terminal of Damascus International Airport", "HTS-led fighters filmed themselves among abandoned
// aircraft at Abu al-Duhur air base". At a verb of reporting, showing or seeing followed by an armed
// noun phrase (or "filmed themselves"), the index of the preposition before the place, or 0.
// `otherVerb`, when given, is set when the armed noun is followed by a participle of something done
// to the men ("footage shows rebel fighters killed in Hama"): no presence is told at all.
[[nodiscard]] std::size_t presenceSeenAt(const std::vector<Word>& words, std::size_t i,
                                         bool* otherVerb = nullptr);

} // namespace sitrep::text
