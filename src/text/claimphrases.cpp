// Phrase shapes the trigger lexicon reads around a verb (claimphrases.h).
#include "claimphrases.h"
#include "claimwords.h"

#include <array>
#include <string_view>

namespace sitrep::text {

// "the \"security squares\" in Qamishli and Hasakah were handed (over) to the SDF": a place given
// over, its taker after "to" (read as "fell to"); the index after "to", or 0.
std::size_t handedTo(const std::vector<Word>& words, std::size_t i)
{
    const auto& w = words[i].lower;
    // Round 111: "Hama has been surrendered to HTS", "the town was ceded to the rebels": given up to a taker.
    if (w != "handed" && w != "turned" && w != "surrendered" && w != "ceded")
        return 0;
    // "were then handed over to the US-backed Syrian Free Army": an adverb after the auxiliary (round 29).
    std::size_t aux = i;
    while (aux > 0 && i - aux < 2 && words[aux - 1].lower != "," && isSoftWord(words[aux - 1].lower)
           && !isPassiveAuxiliary(words[aux - 1].lower))
        --aux;
    if (aux == 0 || !isPassiveAuxiliary(words[aux - 1].lower))
        return 0;
    const std::size_t to = i + 1 < words.size() && words[i + 1].lower == "over" ? i + 2 : i + 1;
    return to < words.size() && words[to].lower == "to" ? to + 1 : 0;
}

// "footage showed Israeli tanks in Baath City": the index of that "in" after a verb of showing
// (within six words, no punctuation between), or 0. Not "in control of" (its own trigger).
std::size_t shownIn(const std::vector<Word>& words, std::size_t i)
{
    static constexpr std::array<std::string_view, 4> kShow{"showed", "shows", "show", "showing"};
    if (!oneOf(kShow, words[i].lower))
        return 0;
    for (std::size_t j = i + 2; j + 1 < words.size() && j <= i + 6 && !words[j - 1].punct; ++j)
        if (words[j].lower == "in")
            return words[j + 1].lower == "control" || words[j + 1].lower == "full" ? 0 : j;
    return 0;
}

// "the SNA cleared the Shahba region of the group", "the village of Arima was cleared on Monday":
// ground taken from an enemy. Not "cleared the road" or "clears mines" (what is cleared is not
// said to be held by anyone), nor a headline's present tense.
bool clearedOfEnemy(const std::vector<Word>& words, std::size_t i)
{
    if (i > 0 && isPassiveAuxiliary(words[i - 1].lower))
        return true;
    for (std::size_t j = i + 2; j < words.size() && j <= i + 6 && !words[j - 1].punct; ++j)
        if (words[j].lower == "of" && !isNearbyNoun(words[j - 1].lower)) // not "west of"
            return !(j + 1 < words.size() && (words[j + 1].lower == "mines" || words[j + 1].lower == "explosives"));
    return false;
}

// "the factions announced in a statement read on state television the \"liberation\" of the capital",
// "read a statement declaring \"the liberation of the city of Damascus\"", "the command announced the
// full liberation of Homs", "the SNA has completed the liberation of Manbij": the announcement or the
// completion is the news. Not "Analysts say the fall of Hama leaves Homs exposed" (a capture
// recalled, all it tells for the day is who holds the place).
bool announcedNominal(const std::vector<Word>& words, std::size_t first)
{
    static constexpr std::array<std::string_view, 21> verbs {
        "announced", "announces", "announcing", "declared", "declares", "declaring", "proclaimed", "proclaims",
        "proclaiming", "celebrated", "celebrates", "celebrating", "confirmed", "confirms", "confirming", "denied",
        "denies", "denying", "completed", "completes", "completing"};
    static constexpr std::array<std::string_view, 5> whole {"full", "complete", "total", "final", "\""};
    // "on state television", "in a statement", "via Telegram": an aside between the verb and its object.
    static constexpr std::array<std::string_view, 6> opensAside {"in", "on", "via", "through", "at", "during"};
    std::size_t j = first;
    while (j > 0 && j < words.size() && (words[j - 1].lower == "the" || oneOf(whole, words[j - 1].lower)))
        --j;
    if (j == 0 || j > words.size())
        return false;
    if (oneOf(verbs, words[j - 1].lower))
        return true;
    for (std::size_t k = j - 1; k > 0 && j - k < 10; --k) {
        const auto& w = words[k].lower;
        if (w == "," || w == ";" || w == ":" || w == "." || w == "\"" || w == "(" || w == ")")
            return false;
        if (oneOf(verbs, words[k - 1].lower))
            return oneOf(opensAside, w);
    }
    return false;
}

// "Israeli tanks had entered the outskirts of Baath City", "have pushed into the northern outskirts
// of Homs": an entry into the place's ground, as the tuning sets' writers read it (heldout38 and
// heldout39: entered, each). Not "reached the outskirts" (no entry verb) nor "made a dramatic push
// into the outskirts of Homs" (a noun: the push, fighting at the edge).
bool enteredEdge(const std::vector<Word>& words, const Trigger& t, std::size_t placeFirst, std::size_t placeLast)
{
    static constexpr std::array<std::string_view, 3> edges {"outskirts", "edge", "edges"};
    if (t.kind != core::ClaimKind::Entered || t.frame != TriggerFrame::Active || placeLast > words.size() ||
        placeFirst < t.last)
        return false;
    const auto at = [&](std::size_t k) -> std::string_view {
        return k < words.size() ? std::string_view(words[k].lower) : std::string_view();
    };
    const auto direction = [](std::string_view w) {
        return w.ends_with("ern") && (w.starts_with("north") || w.starts_with("south") || w.starts_with("east") ||
                                      w.starts_with("west"));
    };
    std::size_t k = t.last;
    if (at(k) != "the")
        return false;
    ++k;
    if (direction(at(k)))
        ++k;
    return oneOf(edges, at(k)) && at(k + 1) == "of" && k + 2 == placeFirst;
}

// Round 64: "the next day Druze militias pushed government forces out of Sweida", "spent last week
// pushing Kurdish fighters out of the Tal Rifaat area": a causative verb of moving with its object
// before "out of" is an expulsion, read as "drove X out of Y" (the subject took the place, the
// object left it). Only with an object (up to six words, no comma or full stop): "pushed out of
// Idlib" tells a move of its own; not civilians ("forced thousands of families out of their homes"),
// nor a defender's nameless attackers ("its forces had pushed the terrorists out of Qamhana": the
// holder cleared the intruders from a town it held, a repulse, not a capture).
bool expelledOutOf(const std::vector<Word>& words, std::size_t i)
{
    // Not "forces" ("government forces pulled out of its last neighbourhoods": a noun).
    static constexpr std::array<std::string_view, 9> kVerbs{"pushed", "pushing", "pushes", "forced", "forcing",
        "kicked", "kicking", "chased", "chasing"};
    static constexpr std::array<std::string_view, 8> kCivilians{"civilians", "residents", "families", "people",
        "inhabitants", "villagers", "displaced", "thousands"};
    static constexpr std::array<std::string_view, 5> kIntruders{"terrorists", "militants", "gunmen", "attackers",
        "infiltrators"};
    if (!oneOf(kVerbs, words[i].lower))
        return false;
    for (std::size_t j = i + 2; j + 1 < words.size() && j <= i + 7; ++j) {
        const auto& prev = words[j - 1];
        if ((prev.punct && prev.lower != "-") || oneOf(kCivilians, prev.lower) || oneOf(kIntruders, prev.lower)
            || prev.lower == "back")
            return false;
        if (words[j].lower == "out" && words[j + 1].lower == "of")
            return true;
    }
    return false;
}

} // namespace sitrep::text
