#pragma once
// ControlState: what the engine answers — the state of a place at an instant under a lens, and
// the changes of control between two instants — plus the settings that shape those answers.
// Views (string_view, span) point into the engine and stay valid until the engine next changes.
#include "claim.h"
#include "instant.h"

#include <optional>
#include <span>
#include <string_view>

namespace sitrep::core {

// held: one actor controls the place; contested: sources or fighting put it in doubt; stale: the
// holder's confidence has decayed below the threshold without corroboration; unknown: no claim.
enum class ControlStatus { Held, Contested, Stale, Unknown };

[[nodiscard]] std::string_view nameOf(ControlStatus s);

struct EngineConfig {
    // Confidence halves every `halfLife` without a corroborating claim.
    Instant halfLife = 72 * kSecondsPerHour;
    // A held place whose decayed confidence falls below this is reported stale.
    double staleBelow = 0.25;
    // Claims of different voices this close in time that disagree make a place contested.
    Instant contradictionWindow = 24 * kSecondsPerHour;
    // A denial answers another voice's claim: the two contest the place when this close in time
    // (so a state-media denial days after a rebel claim shows as contested, not calm control).
    Instant denialWindow = 72 * kSecondsPerHour;
    // Under `consensus`, two outlets must agree within this window for a change to count.
    Instant consensusWindow = 72 * kSecondsPerHour;
    // Hedged claims ("reportedly") count with their confidence times this factor.
    double hedgedFactor = 0.6;
    // Whether analyst claims (baseline, timeline, overrides) decay too. Off: an analyst's
    // curated assessment stands until a newer claim.
    bool analystClaimsDecay = false;
    // Most claims kept as evidence of one state (the deciding claim and the newest others).
    std::size_t maxEvidence = 16;
};

using Evidence = std::span<const Claim* const>;

// One side of a contest: the actor said to hold the place and the claims that say so. The actor
// is empty for claims that only say who lost it ("the army withdrew", nobody named as taking it).
struct Party {
    std::string_view actor;
    Evidence claims;
};

struct PlaceState {
    std::string_view placeId;
    ControlStatus status = ControlStatus::Unknown;
    // Held/stale: the holder. Contested: the last holder before the contest (empty if none).
    std::string_view actor;
    std::span<const Party> parties;   // contested only
    std::optional<Instant> since;     // when this status (and holder) began
    double confidence = 0.0;          // decayed to the instant asked about
    Evidence evidence;                // the claims that decided, oldest first
};

// A transition of a place's status or holder (stale is a reading at query time, not a change).
struct ControlChange {
    std::string_view placeId;
    ControlStatus fromStatus = ControlStatus::Unknown;
    std::string_view fromActor;
    ControlStatus toStatus = ControlStatus::Unknown;
    std::string_view toActor;
    Instant at = 0;
    Evidence evidence;
};

} // namespace sitrep::core
