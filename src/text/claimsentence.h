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
#include <optional>
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
    const std::vector<PlaceSlot>* previous = nullptr; // the sentence before's places, for a scene's withdrawal
    std::optional<std::int64_t> paragraphDay; // the last day named before it in its paragraph
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
// Ground an army holds in a town, named by a generic noun ("pockets", "positions", "checkpoints").
[[nodiscard]] bool isHeldGround(std::string_view w);
// Finite verbs and participles that start a new predicate inside a clause.
[[nodiscard]] bool isVerbLike(std::string_view w);
// A seat of power ("the governorate building", "the security quarter", "the army post") whose
// capture, with "in X", stands for X; `before` is the word before it.
[[nodiscard]] bool isSeatNoun(std::string_view w, std::string_view before);
// Verbs that drive an enemy from ground: "drove the SDF out of Manbij", "expelled regime forces from".
[[nodiscard]] bool isExpulsion(std::string_view w);
// Plural nouns of places that may introduce examples ("places like Anjara", "villages such as").
[[nodiscard]] bool isPlaceNoun(std::string_view w);
// Words before an actor that make it the object of something ("with", "against", "from").
[[nodiscard]] bool isObliqueMarker(std::string_view w);
// True when the word a finite verb leans on is a noun naming no actor ("residents fled Homs",
// "Assad had fled"); adverbs, appositives between commas, time words and "in PLACE" are stepped
// over. `nonFinite`: the verb is an infinitive or participle ("agreed to withdraw").
[[nodiscard]] bool nonActorSubject(const Sent& s, std::size_t trigger, bool nonFinite);
// Walks back from the slot to the trigger: prepositions, distances and new verbs exclude it;
// "and" / "," back to an earlier object keep a list going.
// Where a trigger's clause lies: [left, right), the words up to the next trigger (windowEnd), and
// where its object may start (after the trigger, or after "of ACTOR from").
struct ClauseSpan {
    std::size_t left = 0;
    std::size_t right = 0;
    std::size_t windowEnd = 0;
    std::size_t objectFrom = 0;
};
using Objects = std::vector<std::pair<const PlaceSlot*, ObjectFit>>;
// The places a trigger makes claims about (claimobjects.cpp); `passive`: "X was seized by".
[[nodiscard]] Objects findObjects(const Sent& s, const Trigger& t, const ClauseSpan& clause, bool passive);
// "Government forces pulled out of the south overnight, leaving the provinces of Daraa and Sweida
// in the hands of local factions": the withdrawal before "leaving" that an "in the hands of" /
// "under the control of" trigger `t` states the result of, or nothing (claimobjects.cpp).
[[nodiscard]] const Trigger* leftBehindBy(const Sent& s, const Trigger& t);
// "Rebels captured Hama, leaving Homs in the hands of the army": a "leaving" followed by what the
// place is left in is no withdrawal of its own (leftBehindBy gives the one there is).
[[nodiscard]] bool leavesInHands(const Sent& s, const Trigger& t);
// The actor who speaks through the reporting verb at `cue`: the noun phrase right before it,
// stepping over ", which …," and ", the alliance led by …," ("The SDF, which had run Manbij
// since driving out ISIS, said"); nothing when a non-actor stands there.
[[nodiscard]] const ActorMention* speakingActor(const Sent& s, std::size_t cue);
// A trigger about the past before this war: its clause has a year before the published one
// ("recaptured … in 2016", "held since 2016") or a span of years ("through 13 years of war").
[[nodiscard]] bool historical(const Sent& s, const Trigger& t, std::size_t left, std::size_t right,
                              std::optional<core::Instant> published);
// A trigger that says nothing happened (claimstance.cpp): a hypothetical ("would", "if Homs
// falls", "poised to"), a purpose ("in order to …"), past before this war (historical), "a resident
// reached by phone", "surrender without a fight", "no sign of fighting".
[[nodiscard]] bool makesNoClaim(const Sent& s, const Trigger& t, std::size_t left, std::size_t right,
                                std::optional<core::Instant> published);
// The actor and the subjects coordinated with it: "Regime forces and Hezbollah withdrew",
// "government troops and allied Iranian-backed militias pulled out" (claimcoordination.cpp); a bare
// group beside another side's named actor is that actor's ("regime forces and militias").
[[nodiscard]] std::vector<Binding> coordinatedSubjects(const Sent& s, const Trigger& t, const Binding& actor,
                                                       const ActorMatcher& actors);
// Negation between the subject (from `negFrom`) and the verb, "reports that … are false", "no truth to".
[[nodiscard]] bool negatedAt(const Sent& s, const Trigger& t, std::size_t negFrom);
// The time a claim refers to — the time words nearest the verb, preferring its clause; "a week after";
// the publication day — and its kind, which a recalled or spanning capture turns into `controls`.
struct TimedKind {
    core::TimeRange time;
    core::ClaimKind kind;
    bool publicationDay = false; // no time words of its own: the publication day
};
[[nodiscard]] TimedKind claimTime(const Sent& s, const Trigger& t, std::size_t left, std::size_t right,
                                  core::ClaimKind kind, const DateResolver& dates,
                                  std::optional<core::Instant> published);
// Days a sentence sets for those after it: "Saturday, 7 December" alone on its line (a live
// blog's heading), "- Dec. 6: …" (a timeline entry, for the rest of its line); a flashback
// ("six days earlier") is no day later sentences count from.
[[nodiscard]] std::optional<DaySpan> dayHeading(const Sent& s);
[[nodiscard]] std::optional<DaySpan> timelineEntryDays(const Sent& s);
[[nodiscard]] bool isFlashback(std::string_view timeText);
// A day named as the past of the story ("had entered Deir ez-Zor on 6 December", "since rebels
// swept Assad from power on Sunday"): no day the paragraph goes on from. `time`: its first word.
[[nodiscard]] bool recalledDay(const std::vector<Word>& words, std::size_t time);
// "rebels have taken Aleppo", "HTS says it has taken Homs", "are now in": a perfect or present
// just before the verb speaks of now, not of a day the story told.
[[nodiscard]] bool speaksOfNow(const Sent& s, const Trigger& t);
[[nodiscard]] bool startsLine(std::string_view body, std::size_t byteStart);
[[nodiscard]] ObjectFit objectFit(const Sent& s, const Trigger& t, const PlaceSlot& slot, std::size_t from,
                                  const std::vector<const PlaceSlot*>& taken);
// Claims of one sentence from `from` on: one per place, actor, kind and stance (the surest);
// "controls" dropped where the same actor "captured" the place.
void dedupeSentence(std::vector<ExtractedClaim>& claims, std::size_t from);
// "the regime's lines": the actor names the owner of what follows it.
[[nodiscard]] bool isPossessor(const Sent& s, const ActorMention& a);
// The actor of the last affirmed capture or entry among `claims` from `from` on, or "".
[[nodiscard]] std::string lastGainer(const std::vector<ExtractedClaim>& claims, std::size_t from);
// One article, one place, two unrelated actors said to hold it: the loosely bound claim gives
// way ("the rebels' string of victories, including … Deir al-Zor" against "Kurdish forces have
// seized Deir el-Zor").
void consolidate(std::vector<ExtractedClaim>& claims, const ActorMatcher& actors);

// "Israel's military said … The army also took control of Mount Hermon": a bare "the army" /
// "the military" whose nearest named actor before it (this sentence, else the last one named in
// the previous sentence, `lastNamed`) is Israel means the IDF. Updates `lastNamed`.
void bindHostArmy(std::vector<ActorMention>& actors, std::string& lastNamed);

// The shape of an article and a sentence (claimshape.cpp).
// "… outside Hama — a euphemism for retreat — and HTS fighters poured in": an "and" right after a
// spaced dash opens a clause, as ", and" does (claimshape.cpp).
[[nodiscard]] bool andOpensClause(const std::vector<Word>& words, std::size_t i);
// "Redeployment in the South": a short line of capitalised words with no full stop, a section
// heading inside the story, tells nothing.
[[nodiscard]] bool isSectionHeading(std::string_view body, const Sent& s);
// A headline repeated as the body's first line gives way to the story's own telling of the same
// claim; a headline claim the story does not repeat spans the day before publication to it.
void settleHeadline(const core::Article& article, const Sentence& first, std::vector<ExtractedClaim>& claims,
                    const ActorMatcher& actors);
// A list whose objects carry their own times (two or more): each object's own time, else none.
[[nodiscard]] std::vector<std::optional<core::TimeRange>> objectTimes(const Sent& s,
                                                                      const std::vector<const PlaceSlot*>& places);
// "a 12-day offensive in which …", "…, taking X and Y along the way": an offensive told over.
[[nodiscard]] bool recapClause(const Sent& s, const Trigger& t);
// The stretch a recap's claim (or an undated event after an earlier day) spans, precision week, or
// nothing to change (claimshape.cpp).
[[nodiscard]] std::optional<core::TimeRange> recapSpan(const Sent& s, const core::Claim& c, bool publicationDay,
                                                       bool ownTime, std::optional<core::Instant> published,
                                                       std::optional<std::int64_t> originDay);
// "since rebels swept Assad from power on Sunday", "the offensive, which began on November 27": a
// day told in passing or looking back at word `w`, not the day the story has reached.
[[nodiscard]] bool inBackgroundClause(const std::vector<Word>& words, std::size_t w);

} // namespace sitrep::text::detail
