#pragma once
// Claim: one dated, sourced statement about who holds, takes, loses or contests a place —
// "rebels captured Deraa on Saturday, a rebel commander said". The engine derives control state
// from claims alone, so every coloured area can be traced back to the sentences behind it.
#include "instant.h"

#include <cstddef>
#include <optional>
#include <string>

namespace sitrep::core {

enum class ClaimKind { Controls, Captured, Entered, Contested, Besieged, Withdrew, Surrendered, Denied };

// Whether the claim affirms its kind ("captured") or denies it ("had not penetrated").
enum class Stance { Affirms, Denies };

// Whose voice a claim is in; lenses filter on it.
enum class SpeakerSide { Opposition, Government, Independent, Analyst, Unknown };

struct TimeRange {
    std::optional<Instant> from; // nothing: time unknown (flagged, never guessed)
    std::optional<Instant> to;
    TimePrecision precision = TimePrecision::Unknown;
};

struct Provenance {
    std::string outlet;
    std::string url;
    std::string speaker;      // "a rebel commander", "state television", …
    SpeakerSide side = SpeakerSide::Unknown;
    std::string articleId;
    std::string file;
    std::size_t start = 0;    // sentence span, code points into the article body
    std::size_t end = 0;
    std::string sentence;
};

struct Claim {
    std::string id;
    std::string placeId;      // a place id, or a region id for area claims
    std::string actor;        // actor id the claim is about
    ClaimKind kind = ClaimKind::Controls;
    Stance stance = Stance::Affirms;
    TimeRange time;
    Provenance source;
    double confidence = 1.0;  // in [0, 1]
    bool hedged = false;      // "reportedly", "claimed"
    bool analystOverride = false;
};

} // namespace sitrep::core
