#pragma once
// Passes over a sentence's triggers once all are found: a trigger that another one in the same
// sentence shows to be no claim of its own (round 50).
#include "claimlexicon.h"

#include <vector>

namespace sitrep::text {

// "Iraqi armed factions stationed in Albukamal withdrew across the border": drops the holding that
// a participle after the units tells when the sentence goes on to their leaving.
void dropStationedBeforeLeaving(const std::vector<Word>& words, std::vector<Trigger>& out);

// "Tal Rifaat, previously held by the SDF, is now …": drops a past holding ("previously held by")
// that no capture or entry before it in the sentence dates.
void dropPastHoldingWithoutGain(const std::vector<Word>& words, std::vector<Trigger>& out);

// "entered Deir ez-Zor city on Friday and deployed in its neighbourhoods": a deployment joined by
// "and" to an arrival in the same sentence is the arrival's, an entry (round 55).
void deployedOnArrival(const std::vector<Word>& words, std::vector<Trigger>& out);

// "troops had deployed inside the buffer zone", "SDF units deployed in Mayadin": a finite "deployed
// in" is a move into the place, an entry; "are/remain deployed in" stays a holding (round 118).
void deployedAsEntry(const std::vector<Word>& words, std::vector<Trigger>& out);

// "withdrew to avoid a clash with the Druze community": drops a fight that is only avoided (round 58).
void dropAvoidedFight(const std::vector<Word>& words, std::vector<Trigger>& out);

// "Latakia and Tartus were under opposition control, having changed hands with little resistance": a
// change in a perfect participle clause after a holding is the holder's capture of the held place
// (round 64).
void heldHavingChanged(const std::vector<Word>& words, std::vector<Trigger>& out);
// Round 119: "had gone" only at the clause's end or before a time ("The soldiers had gone on Saturday").
void keepGoneFromScene(const std::vector<Word>& words, std::vector<Trigger>& out);

} // namespace sitrep::text
