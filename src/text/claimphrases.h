#pragma once
// Phrase shapes the trigger lexicon reads around a verb: a place handed over to its taker, forces
// shown in a place, ground cleared of an enemy.
#include "claimlexicon.h"

#include <cstddef>
#include <vector>

namespace sitrep::text {

// "the \"security squares\" in Qamishli and Hasakah were handed (over) to the SDF": a place given
// over, its taker after "to" (read as "fell to"); the index after "to", or 0.
std::size_t handedTo(const std::vector<Word>& words, std::size_t i);

// "footage showed Israeli tanks in Baath City": the index of that "in" after a verb of showing
// (within six words, no punctuation between), or 0. Not "in control of" (its own trigger).
std::size_t shownIn(const std::vector<Word>& words, std::size_t i);

// "the SNA cleared the Shahba region of the group", "the village of Arima was cleared on Monday":
// ground taken from an enemy. Not "cleared the road" or "clears mines".
bool clearedOfEnemy(const std::vector<Word>& words, std::size_t i);

// "the factions announced in a statement read on state television the \"liberation\" of the capital",
// "read a statement declaring \"the liberation of the city of Damascus\"", "the command announced the
// full liberation of Homs": a nominal capture (starting at first) that a verb of announcing or
// completing takes as its object, past quotes, "full" / "complete" and an aside opened by a
// preposition. Such a capture is the news of its day, not an earlier event recalled.
bool announcedNominal(const std::vector<Word>& words, std::size_t first);

// "Israeli tanks had entered the outskirts of Baath City", "its fighters have pushed into the
// northern outskirts of Homs": a verb of entering (trigger t) whose object is the place's edge, the
// place in words [placeFirst, placeLast). The fighters are inside the place's ground: an entry, not
// fighting at its edge. Not "reached the outskirts of Homs", nor "a push into the outskirts" (a noun).
bool enteredEdge(const std::vector<Word>& words, const Trigger& t, std::size_t placeFirst, std::size_t placeLast);

// "Druze militias pushed government forces out of Sweida": a causative verb of moving (push, force,
// kick, chase) at i whose object stands before "out of"; an expulsion, read as "drove X out of Y".
bool expelledOutOf(const std::vector<Word>& words, std::size_t i);

} // namespace sitrep::text
