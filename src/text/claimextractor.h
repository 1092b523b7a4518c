#pragma once
// ClaimExtractor: reads an article sentence by sentence and turns what it says about ground into
// dated, sourced claims — "rebels captured Deraa on Saturday, a rebel commander said" becomes
// (Deraa, opposition, captured, affirms, 7 Dec, rebel commander / opposition). Each claim is
// bound to the actor closest to its verb in the sentence (the subject of "captured", the agent
// of "was taken by", the "to" of "fell to"), to the time words nearest to it, and to the speaker
// whose words it is in. Denials ("state TV insisted the insurgents had not penetrated the city")
// are claims too, with the opposite stance. Rules and their limits: tests/data/claims/README.md.
#include "actormatcher.h"
#include "core/article.h"
#include "core/claim.h"
#include "core/gazetteer.h"
#include "core/mention.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

struct ExtractOptions {
    // Claims about places in other countries are dropped ("2,000 soldiers crossed into Iraq").
    std::vector<std::string> countries{"SY"};
    // Whether claims on a place of `country` ("": unknown) are kept.
    [[nodiscard]] bool keepsCountry(std::string_view country) const;
    // Keep claims whose place the geoparser could not resolve (they wait for review).
    bool keepUnresolved = false;
    // Looks a mention's place up when the gazetteer lacks it (the geoparser's world fallback
    // entries: "Iraq", "Lebanon"); unset: the gazetteer only.
    std::function<const core::Place*(std::string_view)> findPlace;
};

// A claim with what the extractor knew beyond core::Claim: for review lists and the CLI.
struct ExtractedClaim {
    core::Claim claim;
    std::string placeName;  // gazetteer name, or the text when unresolved
    std::string placeText;  // as written in the sentence
    std::string trigger;    // the words that made it a claim ("pulled back to")
    bool timeUnknown = false; // no published instant and no absolute date, or a recalled event
    bool publicationDay = false; // dated by the publication day alone: no time words of its own
    bool needsReview = false; // place unresolved
    int strength = 0;       // how directly the actor is bound to the verb: 3 subject … 0 guessed
};

[[nodiscard]] std::vector<ExtractedClaim> extractClaimsDetailed(const core::Article& article,
                                                                const std::vector<core::Mention>& mentions,
                                                                const ActorMatcher& actors,
                                                                const core::Gazetteer& gazetteer,
                                                                const ExtractOptions& options = {});

// The claims of an article on resolved places, ready for the control-state engine.
[[nodiscard]] std::vector<core::Claim> extractClaims(const core::Article& article,
                                                     const std::vector<core::Mention>& mentions,
                                                     const ActorMatcher& actors, const core::Gazetteer& gazetteer);

} // namespace sitrep::text
