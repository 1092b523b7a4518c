// The small word classes of claimwords.h.
#include "claimwords.h"

#include "claimsentence.h"

#include "calendarwords.h"
#include "dateresolver.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace sitrep::text {

bool oneOf(std::span<const std::string_view> list, std::string_view w)
{
    return std::find(list.begin(), list.end(), w) != list.end();
}

std::string asciiLower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool isClauseBoundary(const std::vector<Word>& words, std::size_t i)
{
    static constexpr std::array<std::string_view, 20> kWords{";", ":", "while", "whereas", "but", "although",
                                                             "though", "because", "after", "before", "when",
                                                             "where", "which", "who", "despite", "amid", "until",
                                                             "since", "whilst", "whose"};
    const auto& w = words[i].lower;
    // "stormed Manbij after days of clashes and took control": "after" opens a phrase, not a clause.
    if ((w == "after" || w == "before") && i + 2 < words.size()) {
        const auto& unit = words[i + 1].lower == "several" || words[i + 1].lower == "two" || words[i + 1].lower == "three"
                               ? words[i + 2].lower
                               : words[i + 1].lower;
        const std::size_t of = unit == words[i + 1].lower ? i + 2 : i + 3;
        if ((unit == "days" || unit == "hours" || unit == "weeks" || unit == "months") && of < words.size() &&
            words[of].lower == "of")
            return false;
    }
    if (oneOf(kWords, w))
        return !(w == "since" && i + 1 < words.size() && !words[i + 1].punct &&
                 words[i + 1].capitalised); // "since Friday" is a time
    if (w == "as") {
        // "assumed control of As-Sweida city": a capitalised "As-" glued to the next word is the
        // article of a name, not the conjunction.
        if (words[i].capitalised && i + 2 < words.size() && words[i + 1].lower == "-" &&
            words[i + 1].start == words[i].end && words[i + 2].start == words[i + 1].end)
            return false;
        const bool wellAs = (i + 2 < words.size() && words[i + 1].lower == "well" && words[i + 2].lower == "as") ||
                            (i >= 2 && words[i - 1].lower == "well" && words[i - 2].lower == "as");
        const bool suchAs = i >= 1 && (words[i - 1].lower == "such" || words[i - 1].lower == "known");
        return !wellAs && !suchAs && !(i + 1 < words.size() && words[i + 1].lower == "of");
    }
    return w == "-" && i > 0 && words[i - 1].end < words[i].start; // a spaced dash
}

bool isHypotheticalWord(const std::vector<Word>& words, std::size_t i)
{
    static constexpr std::array<std::string_view, 59> kWords{
        "would", "could", "might", "if", "unless", "threaten", "threatens", "threatening", "threatened", "poised",
        "aim", "aims", "aiming", "aimed", "plan", "plans", "planning", "intent", "intend", "intends", "seek",
        "seeks", "seeking", "bid", "attempt", "attempts", "attempting", "try", "tries", "trying", "vow", "vowed",
        "vows", "expected", "likely", "whether", "prepare", "preparing", "ready", "potential", "possible",
        "should", "bracing", "fear", "fears", "feared", "demanded", "demand", "demands", "demanding", "urged",
        "urging", "pledged",
        // "Erdogan warns the SDF to leave Manbij", "Turkey urges Kurdish fighters to withdraw": a call, not a move.
        "urge", "urges", "warn", "warns", "warned", "warning"};
    const auto& w = words[i].lower;
    if (w == "may")
        return !words[i].capitalised;
    static constexpr std::array<std::string_view, 24> kPurpose{
        "fought", "fight", "fighting", "battle", "battling", "struggled", "struggling", "moved", "moving", "pushed",
        "pushing", "race", "racing", "effort", "efforts", "determined", "determination", "sought", "wanted", "want",
        "hoping", "hoped", "tried", "attempted"};
    // "set to", "about to"; purpose: "fought desperately to hold", "moved to take"; an attempt (round
    // 41): "terrorist groups tried to infiltrate under cover of fog" says nothing of getting in.
    if ((w == "set" || w == "about" || oneOf(kPurpose, w)) && i + 1 < words.size() &&
        (words[i + 1].lower == "to" || (i + 2 < words.size() && words[i + 2].lower == "to")))
        return true;
    return oneOf(kWords, w);
}

bool isNegationAt(const std::vector<Word>& words, std::size_t i)
{
    static constexpr std::array<std::string_view, 6> kWords{"not", "never", "no", "failed", "unable", "neither"};
    const auto& w = words[i].lower;
    if (oneOf(kWords, w))
        return true;
    if (w == "yet" && i + 1 < words.size() && words[i + 1].lower == "to")
        return true;
    // "didn't": "didn" "'" "t"
    return w == "t" && i >= 2 && words[i - 1].lower == "'" && words[i - 2].lower.ends_with("n");
}

// "Hama, which had never fallen to the rebels in 13 years of war, was taken on Thursday": the
// "never" is the relative clause's; the capture after the closing comma stands. Not "Hama, which
// the rebels never took" without a closing comma before the verb.
bool inClosedRelative(const std::vector<Word>& words, std::size_t i, std::size_t end)
{
    static constexpr std::array<std::string_view, 5> kRelatives{"which", "who", "whom", "whose", "where"};
    std::size_t open = i;
    while (open > 0 && words[open - 1].lower != "," && words[open - 1].lower != ";")
        --open;
    if (open == 0 || words[open - 1].lower != "," || open >= words.size() || !oneOf(kRelatives, words[open].lower))
        return false;
    for (std::size_t k = i + 1; k < end && k < words.size(); ++k)
        if (words[k].lower == ",")
            return true;
    return false;
}

bool isHedgeAt(const std::vector<Word>& words, std::size_t i)
{
    static constexpr std::array<std::string_view, 17> kWords{
        "reportedly", "allegedly", "purportedly", "apparently", "unconfirmed", "unverified", "claimed", "claims",
        "claim", "claiming", "alleged", "appears", "appeared", "seems", "seemed", "rumoured", "rumored"};
    const auto& w = words[i].lower;
    if (oneOf(kWords, w))
        return true;
    auto at = [&](std::size_t k) { return i + k < words.size() ? std::string_view(words[i + k].lower) : ""; };
    if (w == "yet" && at(1) == "to" && (at(2) == "comment" || at(2) == "confirm" || at(2) == "respond"))
        return true;
    if (w == "independently" && (at(1) == "verified" || at(1) == "verify" || at(1) == "confirmed"))
        return true;
    return w == "said" && at(1) == "to" && (at(2) == "have" || at(2) == "be");
}

bool isPassiveAuxiliary(std::string_view w)
{
    static constexpr std::array<std::string_view, 9> kWords{"was", "were", "been", "being", "is", "are", "be",
                                                            "got", "gets"};
    return oneOf(kWords, w);
}

bool isFalseVerdict(std::string_view w)
{
    return w == "false" || w == "untrue" || w == "baseless" || w == "fabricated" || w == "unfounded"
        || w == "groundless" || w == "fake" || w == "incorrect" || w == "fabrications";
}

bool isSoftWord(std::string_view w)
{
    static constexpr std::array<std::string_view, 30> kWords{
        "has", "have", "had", "was", "were", "is", "are", "been", "reportedly", "also", "now", "since", "then",
        "quickly", "swiftly", "rapidly", "finally", "fully", "largely", "effectively", "already", "just", "later",
        "allegedly", "apparently", "had", "briefly", "recently", "partially", "subsequently"};
    return oneOf(kWords, w) || w == "," || w.ends_with("ly");
}

bool excludesObject(std::string_view w, bool lenient)
{
    // "control all of Aleppo city, except for Sheikh Maqsoud": not what is said of the rest.
    // "let soldiers leave for Damascus": a destination.
    static constexpr std::array<std::string_view, 23> kStrict{
        "near", "toward", "towards", "to", "from", "within", "outside", "around", "beyond", "past", "across",
        "against", "via", "through", "between", "with", "by", "at", "on", "in", "except", "excluding", "for"};
    static constexpr std::array<std::string_view, 7> kAlways{"toward", "towards", "from", "to", "via", "except",
                                                             "excluding"};
    return lenient ? oneOf(kAlways, w) : oneOf(kStrict, w);
}

bool isNearbyNoun(std::string_view w)
{
    static constexpr std::array<std::string_view, 22> kWords{
        "km", "kms", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "north", "south",
        "east", "west", "northeast", "northwest", "southeast", "southwest", "countryside", "suburbs", "vicinity",
        "west", "countryside", "environs"};
    return oneOf(kWords, w);
}

bool isEdgeNoun(std::string_view w)
{
    static constexpr std::array<std::string_view, 6> kWords{"outskirts", "gates", "edge", "edges", "doorstep",
                                                            "threshold"};
    return oneOf(kWords, w);
}

bool isSurroundingNoun(std::string_view w)
{
    static constexpr std::array<std::string_view, 12> kWords{"suburbs", "suburb", "countryside", "outskirts",
                                                             "airport", "road", "highway", "front", "border",
                                                             "environs", "residents", "resident"};
    return oneOf(kWords, w);
}

bool isListGlue(std::string_view w)
{
    static constexpr std::array<std::string_view, 30> kWords{
        ",", "and", "the", "a", "of", "city", "town", "village", "province", "governorate", "much", "most", "all",
        "parts", "part", "areas", "entire", "whole", "key", "strategic", "nearby", "also", "cities", "towns",
        "villages", "neighbouring", "neighboring", "nearby", "as", "well"};
    return oneOf(kWords, w);
}

std::size_t timeAdjunctEnd(const std::vector<Word>& words, std::size_t i)
{
    static constexpr std::array<std::string_view, 6> kPartOfDay{"morning", "afternoon", "evening", "night",
                                                                "dawn", "overnight"};
    static constexpr std::array<std::string_view, 4> kDeictic{"yesterday", "today", "overnight", "tonight"};
    const auto at = [&](std::size_t k) { return k < words.size() ? std::string_view(words[k].lower) : std::string_view(); };
    const auto number = [&](std::size_t k) {
        return !at(k).empty() && std::isdigit(static_cast<unsigned char>(at(k)[0]));
    };
    const auto partOfDay = [&](std::size_t k) { return oneOf(kPartOfDay, at(k)) ? k + 1 : k; };
    std::size_t k = i;
    if (at(k) == "last" && at(k + 1) == "night")
        return k + 2;
    if ((at(k) == "this" || at(k) == "early" || at(k) == "late") && (at(k + 1) == "morning" || at(k + 1) == "afternoon"))
        return k + 2;
    if (at(k) == "at" && (at(k + 1) == "dawn" || at(k + 1) == "night" || at(k + 1) == "daybreak"))
        return k + 2;
    if (at(k) == "late" || at(k) == "early")
        ++k;
    if (oneOf(kDeictic, at(k)))
        return partOfDay(k + 1);
    if (at(k) == "on")
        ++k;
    if (number(k) && isCalendarWord(at(k + 1))) // "on 6 December"
        return partOfDay(k + 2);
    if (weekdayIndex(at(k))) // "on Friday", "Friday night"
        return partOfDay(k + 1);
    if (isCalendarWord(at(k))) { // "on December 6", "on Dec. 6"
        const std::size_t e = at(k + 1) == "." ? k + 2 : k + 1;
        return number(e) ? partOfDay(e + 1) : i;
    }
    return i;
}

// The word classes claimsentence.h declares (they are its, but they are word lists).
namespace detail {

// Ground an army holds in a town, named by a generic noun: "took over regime pockets in Qamishli",
// "pulled out of its positions across Quneitra governorate".
bool isHeldGround(std::string_view w)
{
    // "taken a Syrian army position on Mount Hermon": one position as well as many.
    static constexpr std::array<std::string_view, 6> kGround{"pockets", "pocket", "positions", "position",
                                                             "checkpoints", "strongholds"};
    return oneOf(kGround, w);
}

bool isObliqueMarker(std::string_view w)
{
    // Not "under": "rebel factions under the Southern Operations Room" names the command.
    static constexpr std::array<std::string_view, 26> kOblique{
        "with", "against", "from", "by", "of", "to", "on", "at", "for", "between", "among", "than", "including",
        "like", "into", "toward", "towards", "near", "fought", "attacked", "defeated", "repelled", "about",
        "over", "behind", "and"};
    return oneOf(kOblique, w);
}

bool isExpulsion(std::string_view w)
{
    // Round 64: the causative push / force / kick / chase, triggers only before "X out of" (claimphrases.h).
    static constexpr std::array<std::string_view, 18> kVerbs{"drove", "driven", "driving", "expelled", "expelling",
        "ousted", "ousting", "evicted", "flushed", "pushed", "pushing", "pushes", "forced", "forcing", "kicked",
        "kicking", "chased", "chasing"};
    return oneOf(kVerbs, w);
}

bool isPlaceNoun(std::string_view w)
{
    static constexpr std::array<std::string_view, 8> kNouns{"places", "towns", "villages", "cities", "areas",
                                                            "localities", "districts", "neighbourhoods"};
    return oneOf(kNouns, w);
}

bool isSeatNoun(std::string_view w, std::string_view before)
{
    // A building counts only as the seat of government ("the governorate building"), not "the
    // state television building in Damascus"; a quarter only as "the security quarter".
    static constexpr std::array<std::string_view, 8> kSeats{"headquarters", "palace", "garrison", "post", "posts",
                                                            "serail", "outpost", "outposts"};
    static constexpr std::array<std::string_view, 6> kSeatOwners{"governorate", "government", "municipal",
                                                                 "municipality", "administrative", "provincial"};
    if (w == "building" || w == "buildings" || w == "offices" || w == "hall")
        return oneOf(kSeatOwners, before) || (w == "hall" && before == "town");
    if (w == "quarter" || w == "compound" || w == "square" || w == "squares")
        return before == "security";
    return oneOf(kSeats, w) || isHeldGround(w);
}

bool isVerbLike(std::string_view w)
{
    // Round 41: "the summit that overlooks Damascus", "the motorway that links Aleppo to Damascus":
    // a verb of where a place lies starts a predicate of its own.
    static constexpr std::array<std::string_view, 20> kVerbs{
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "advance", "advances", "march",
        "threaten", "threatens", "overlooks", "overlook", "links", "connects", "dominates", "commands"};
    static constexpr std::array<std::string_view, 20> kNotVerbs{
        "including", "neighboring", "neighbouring", "surrounding", "leading", "ruling", "during", "red",
        "northern", "backed", "armed", "based", "allied", "affiliated", "united", "building", "buildings",
        "string", "morning", "evening"};
    if (oneOf(kVerbs, w))
        return true;
    if (oneOf(kNotVerbs, w) || w.size() < 5)
        return false;
    return w.ends_with("ing") || w.ends_with("ed");
}

// Round 25 (leaving).
} // namespace detail

bool isScenePreposition(std::string_view w)
{
    return w == "in" || w == "across" || w == "throughout";
}

namespace detail {
namespace {

// The words between where a subject stood and its verb: an apposition between commas (", home to
// the army's 5th Division headquarters,"), then adverbs and auxiliaries.
bool reachesVerb(const std::vector<Word>& words, std::size_t k, std::size_t verb)
{
    if (k < verb && (words[k].lower == "'" || words[k].lower == "’")) // "Izra'"
        ++k;
    if (k < verb && words[k].lower == ",") {
        std::size_t close = k + 1;
        while (close < verb && close < k + 12 && words[close].lower != "," && !isVerbLike(words[close].lower) &&
               !isClauseBoundary(words, close))
            ++close;
        if (close >= verb || words[close].lower != ",")
            return false;
        k = close + 1;
    }
    static constexpr std::array<std::string_view, 3> kBetween{"began", "started", "all"};
    for (; k < verb; ++k)
        if (!(isSoftWord(words[k].lower) && words[k].lower != ",") && !oneOf(kBetween, words[k].lower))
            return false;
    return true;
}

} // namespace

bool standsAsSubject(const Sent& s, const ActorMention& a)
{
    std::size_t before = a.firstWord;
    while (before > 0 && s.words[before - 1].lower == "the")
        --before;
    return before == 0 || !(isObliqueMarker(s.words[before - 1].lower) || isVerbLike(s.words[before - 1].lower));
}

const PlaceSlot* stoodInBySubject(const Sent& s, std::size_t verb)
{
    static constexpr std::array<std::string_view, 5> kStood{"stationed", "based", "deployed", "positioned",
                                                            "garrisoned"};
    const auto& words = s.words;
    for (const auto& a : s.actors) {
        std::size_t k = a.lastWord;
        if (a.pronoun || !standsAsSubject(s, a) || k >= verb || verb - k > 24)
            continue;
        if (oneOf(kStood, words[k].lower))
            ++k;
        if (k >= verb || words[k].lower != "in")
            continue;
        // The place right after "in" ("in the town of Izraa", "in the two towns"), and those
        // listed after it ("in Nubl and al-Zahraa").
        const PlaceSlot* last = nullptr;
        for (const auto& p : s.slots) {
            const std::size_t from = last ? last->last : k + 1;
            if (p.first < from || p.last > verb || p.first > from + (last ? 2 : 3))
                continue;
            bool glue = true;
            for (std::size_t j = from; j < p.first; ++j)
                glue = glue && isListGlue(words[j].lower) && (last || words[j].lower != ",");
            if (!glue || p.region || p.kind == core::PlaceKind::Country || !p.relation.empty())
                break;
            last = &p;
        }
        if (last && reachesVerb(words, last->last, verb))
            return last;
    }
    return nullptr;
}
// End of round 25 (leaving).

} // namespace detail

} // namespace sitrep::text
