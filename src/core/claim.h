#pragma once
// Claim: one dated, sourced statement about who holds, takes, loses or contests a place —
// "rebels captured Deraa on Saturday, a rebel commander said". The engine derives control state
// from claims alone, so every coloured area can be traced back to the sentences behind it.
#include "instant.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

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
    // The other party when the text names one: who took the place the actor withdrew from or
    // surrendered, who holds it when the actor's capture is denied. Empty when unknown.
    std::string counterpart;
    ClaimKind kind = ClaimKind::Controls;
    Stance stance = Stance::Affirms;
    TimeRange time;
    Provenance source;
    double confidence = 1.0;  // in [0, 1]
    bool hedged = false;      // "reportedly", "claimed"
    bool analystOverride = false;
    // The scenario's starting map (baseline.geojson): every lens starts from it.
    bool baseline = false;
    // The region ("daraa governorate", a baseline polygon id…) this claim was expanded from.
    std::string regionId;
};

// Names as written in files and JSON ("captured", "denies", "opposition"); the parsers accept
// exactly these (lower case) and return nothing for anything else.
[[nodiscard]] std::string_view nameOf(ClaimKind k);
[[nodiscard]] std::string_view nameOf(Stance s);
[[nodiscard]] std::string_view nameOf(SpeakerSide s);
[[nodiscard]] std::optional<ClaimKind> claimKindFromString(std::string_view s);
[[nodiscard]] std::optional<Stance> stanceFromString(std::string_view s);
[[nodiscard]] std::optional<SpeakerSide> speakerSideFromString(std::string_view s);
// The instant the engine files a claim under: the start of its time range (nothing when the
// time is unknown; such claims are kept but decide no state).
[[nodiscard]] inline std::optional<Instant> effectiveInstant(const Claim& c) { return c.time.from; }

} // namespace sitrep::core
