#pragma once
// The small word classes the claim extractor reads sentences with: what bounds a clause, what
// marks a hedge, a negation or a hypothetical, the adverbs and auxiliaries between a subject and
// its verb, and the nouns and prepositions around a place that change what it stands for.
#include "sentences.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

// True when `w` is one of `list` (a word list of the extractor's).
[[nodiscard]] bool oneOf(std::span<const std::string_view> list, std::string_view w);
// `s` folded to lower case byte by byte with std::tolower, as the extractor's copies did: sitrep never
// sets a locale, so only A-Z change and UTF-8 bytes pass through.
[[nodiscard]] std::string asciiLower(std::string_view s);

// Word classes used by the extractor.
[[nodiscard]] bool isClauseBoundary(const std::vector<Word>& words, std::size_t i);
[[nodiscard]] bool isHypotheticalWord(const std::vector<Word>& words, std::size_t i);
[[nodiscard]] bool isNegationAt(const std::vector<Word>& words, std::size_t i);
// "Hama, which had never fallen to the rebels in 13 years of war, was taken on Thursday": word i lies
// in a relative clause set off by commas that closes before `end` (round 47); its negation is the
// clause's own, not the verb's at `end`.
[[nodiscard]] bool inClosedRelative(const std::vector<Word>& words, std::size_t i, std::size_t end);
[[nodiscard]] bool isHedgeAt(const std::vector<Word>& words, std::size_t i);
[[nodiscard]] bool isPassiveAuxiliary(std::string_view w);
[[nodiscard]] bool isSoftWord(std::string_view w); // adverbs and auxiliaries between subject and verb
// A verdict that a report is untrue: "false", "baseless", "fabricated"… ("lies" is left to the
// caller: it is also the verb of "the town lies north of Hama").
[[nodiscard]] bool isFalseVerdict(std::string_view w);
// Prepositions after which a place is not the object of a capture ("near", "toward", "from").
[[nodiscard]] bool excludesObject(std::string_view w, bool lenient);
// Nouns after which "of PLACE" is a spot near the place, not the place ("40 km of", "north of").
[[nodiscard]] bool isNearbyNoun(std::string_view w);
// Nouns after which "of PLACE" means its edge ("outskirts of", "gates of").
[[nodiscard]] bool isEdgeNoun(std::string_view w);
// Words after a place name that make it the area around it ("Damascus suburbs", "Homs countryside").
[[nodiscard]] bool isSurroundingNoun(std::string_view w);
// Words that keep a list of objects going ("city of", "the", "and").
[[nodiscard]] bool isListGlue(std::string_view w);
// The end of a time adjunct that starts at `i` ("on Friday", "late on Saturday night", "on
// December 6", "yesterday afternoon", "last night", "overnight"), or `i` when none starts there.
// A verb and its particle may have one between them: "withdrew on Friday from Deir ez-Zor".
[[nodiscard]] std::size_t timeAdjunctEnd(const std::vector<Word>& words, std::size_t i);

// Round 25 (leaving).
// The preposition of a scene's place: "In Daraa, …", "Across the capital, soldiers abandoned …".
[[nodiscard]] bool isScenePreposition(std::string_view w);
struct PlaceSlot;
struct ActorMention;
namespace detail {
struct Sent;
// "troops in Izra', home to the 5th Division, abandoned their positions", "the militias in
// Albukamal withdrew across the border", "factions stationed in Albukamal withdrew": where the
// subject of the withdrawal at `verb` stood, said inside its own noun phrase (the last place of
// the list after its "in"), or null.
[[nodiscard]] const PlaceSlot* stoodInBySubject(const Sent& s, std::size_t verb);
// Whether actor mention `a` stands as a subject, not as the object of a preposition or a verb before
// it ("rebels fighting the army in Homs", "rebels attacking the troops manning the crossing").
[[nodiscard]] bool standsAsSubject(const Sent& s, const ActorMention& a);
} // namespace detail
// End of round 25 (leaving).

} // namespace sitrep::text
