#pragma once
// ClaimSentence: one sentence as the claim extractor sees it — words, actors, speakers, place
// slots, time words and triggers — and the rules that read its structure (clause bounds, whether
// a place is a verb's object) or tidy the claims made from it. Internal to the extractor.
#include "actormatcher.h"
#include "claimextractor.h"
#include "claimlexicon.h"
#include "claimplaces.h"
#include "dateresolver.h"
#include "sentences.h"
#include "speaker.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sitrep::text::detail {

// One actor bound to a claim, and how directly.
struct Binding {
    std::string actorId;
    int strength = 0; // 3 subject/agent next to the verb, 2 same clause, 1 same sentence, 0 guessed
    bool generic = false;
    bool pronoun = false;
    std::size_t word = 0;
};

struct Sent {
    const Sentence* sentence = nullptr;
    std::vector<Word> words;
    std::vector<ActorMention> actors;
    std::vector<Attribution> attributions;
    std::vector<PlaceSlot> slots;
    std::vector<std::pair<std::size_t, TimeExpression>> times; // first word, expression
    std::vector<Trigger> triggers;
};

// Whether a place slot is an object of a trigger, and whether it names the place's edge
// ("outskirts of") or its surroundings ("Damascus suburbs").
struct ObjectFit {
    bool ok = false;
    bool edge = false;
    bool around = false;
};

[[nodiscard]] std::size_t wordAt(const std::vector<Word>& words, std::size_t byte);
// The clause around a trigger, as word indices [left, right).
[[nodiscard]] std::pair<std::size_t, std::size_t> clauseOf(const Sent& s, const Trigger& t);
[[nodiscard]] bool inAttribution(const Sent& s, std::size_t first, std::size_t last);
// The word before `i`, skipping articles.
[[nodiscard]] std::string_view wordBefore(const Sent& s, std::size_t i);
// Finite verbs and participles that start a new predicate inside a clause.
[[nodiscard]] bool isVerbLike(std::string_view w);
// Words before an actor that make it the object of something ("with", "against", "from").
[[nodiscard]] bool isObliqueMarker(std::string_view w);
// True when the word a finite verb leans on is a noun naming no actor ("residents fled Homs",
// "Assad had fled"); adverbs, appositives between commas, time words and "in PLACE" are stepped
// over. `nonFinite`: the verb is an infinitive or participle ("agreed to withdraw").
[[nodiscard]] bool nonActorSubject(const Sent& s, std::size_t trigger, bool nonFinite);
// Walks back from the slot to the trigger: prepositions, distances and new verbs exclude it;
// "and" / "," back to an earlier object keep a list going.
[[nodiscard]] ObjectFit objectFit(const Sent& s, const Trigger& t, const PlaceSlot& slot, std::size_t from,
                                  const std::vector<const PlaceSlot*>& taken);
// Claims of one sentence from `from` on: one per place, actor, kind and stance (the surest);
// "controls" dropped where the same actor "captured" the place.
void dedupeSentence(std::vector<ExtractedClaim>& claims, std::size_t from);
// One article, one place, two unrelated actors said to hold it: the loosely bound claim gives
// way ("the rebels' string of victories, including … Deir al-Zor" against "Kurdish forces have
// seized Deir el-Zor").
void consolidate(std::vector<ExtractedClaim>& claims, const ActorMatcher& actors);

} // namespace sitrep::text::detail
