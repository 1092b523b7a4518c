#pragma once
// ClaimGaps: the sentences of an article that probably state a change or state of control but
// gave no claim — a place of the scenario's country named beside a verb or noun of control
// ("seized", "withdrew", "fighting") and/or an armed party, with no claim of that sentence on it.
// The extractor finds most changes of control in text it was tuned on and fewer in new text, and
// most of what it misses are sentences it does not read at all: this short, ranked list is where
// the analyst catches them (the app's "Possibly missed" list, `sitrep claims --unclaimed`).
#include "actormatcher.h"
#include "claimextractor.h"
#include "core/article.h"
#include "core/claim.h"
#include "core/gazetteer.h"
#include "core/mention.h"

#include <cstddef>
#include <string>
#include <vector>

namespace sitrep::text {

// A place a listed sentence names and no claim of the sentence lies on.
struct UnclaimedPlace {
    std::string placeId;
    std::string name; // the gazetteer's name
    std::string text; // as written
    std::size_t start = 0; // code points into the body
    std::size_t end = 0;
};

// One sentence that probably states control and gave no claim on (some of) its places.
struct UnclaimedSentence {
    std::string articleId;
    std::size_t start = 0; // code points into the body, as claims' source spans
    std::size_t end = 0;
    std::string sentence;
    std::vector<UnclaimedPlace> places;
    std::string actor; // the armed party named (actor id), "" when none
    std::string actorText; // as written
    std::vector<std::string> cues; // the words of control, as folded ("seized", "pulled out of")
    core::ClaimKind kind = core::ClaimKind::Controls; // what the strongest cue suggests
    double score = 0.0; // in (0, 1]: higher is likelier a missed claim
    // The first day the sentence names by itself ("on Friday", "Dec. 6"), resolved against the
    // publication; from empty when it names none (the form then offers the publication instant).
    core::TimeRange time;
    std::string timeText; // its words
};

struct GapOptions {
    // Sentences scoring below this are not listed: the list is the analyst's reading load.
    double minScore = 0.6;
};

// The sentences of `article` worth the analyst's look, best first (ties in text order).
// `claims` are the article's claims as extracted from `mentions` (extractClaimsDetailed);
// `options` says which countries' places count and finds places the gazetteer lacks.
[[nodiscard]] std::vector<UnclaimedSentence> findUnclaimedSentences(const core::Article& article,
    const std::vector<core::Mention>& mentions, const std::vector<ExtractedClaim>& claims, const ActorMatcher& actors,
    const core::Gazetteer& gazetteer, const ExtractOptions& options = {}, const GapOptions& gaps = {});

} // namespace sitrep::text
