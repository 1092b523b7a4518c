#include "claimsentence.h"
#include "claimechoes.h"
#include "claimpostsleft.h"
#include "claimwords.h"

#include "core/instant.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <array>
#include <span>
#include <tuple>

namespace sitrep::text::detail {

using core::ClaimKind;

std::size_t wordAt(const std::vector<Word>& words, std::size_t byte)
{
    for (std::size_t i = 0; i < words.size(); ++i)
        if (words[i].end > byte)
            return i;
    return words.size();
}

std::pair<std::size_t, std::size_t> clauseOf(const Sent& s, const Trigger& t)
{
    std::size_t left = t.first;
    while (left > 0 && !isClauseBoundary(s.words, left - 1))
        --left;
    std::size_t right = t.last;
    while (right < s.words.size() && !isClauseBoundary(s.words, right))
        ++right;
    // "the command declared: \"The city of Damascus is free of the tyrant\"": what is declared
    // follows the colon.
    if (right == t.last && right + 1 < s.words.size() && s.words[right].lower == ":" &&
        s.words[t.first].lower.starts_with("declar"))
        for (++right; right < s.words.size() && !isClauseBoundary(s.words, right);)
            ++right;
    return {left, right};
}

bool inAttribution(const Sent& s, std::size_t first, std::size_t last)
{
    return std::any_of(s.attributions.begin(), s.attributions.end(), [&](const Attribution& a) {
        return a.phraseFirst < last && first < a.phraseLast;
    });
}

std::string_view wordBefore(const Sent& s, std::size_t i)
{
    while (i > 0) {
        const auto& w = s.words[i - 1].lower;
        if (w != "the" && w != "a" && w != "an" && w != "some" && w != "both")
            return w;
        --i;
    }
    return "";
}



bool nonActorSubject(const Sent& s, std::size_t trigger, bool nonFinite)
{
    auto inActor = [&](std::size_t i) {
        return std::any_of(s.actors.begin(), s.actors.end(),
                           [&](const ActorMention& a) { return a.firstWord <= i && i < a.lastWord; });
    };
    auto inTime = [&](std::size_t i) {
        return std::any_of(s.times.begin(), s.times.end(), [&](const auto& t) {
            return t.second.start <= s.words[i].start && s.words[i].end <= t.second.end;
        });
    };
    // "…reached the outskirts of Homs, Syria's third-largest city, capturing Rastan": a participle
    // after a comma belongs to the main clause, not to the apposition before it.
    // Not ", leaving the capital exposed": what a gain leaves behind is no one's withdrawal.
    if (nonFinite && trigger > 0 && s.words[trigger - 1].lower == "," && s.words[trigger].lower.ends_with("ing")
        && s.words[trigger].lower != "leaving")
        return false;
    // Round 104: "Syrian troops manning the Jousieh crossing left their posts": the posts they manned
    // are part of the subject, not a subject of their own.
    if (mannedBySubject(s, trigger))
        return false;
    bool skippedVerb = false;
    std::size_t k = trigger;
    for (int guard = 0; guard < 60 && k > 0; ++guard) {
        const std::size_t i = k - 1;
        const auto& w = s.words[i].lower;
        if (inActor(i))
            return false;
        const bool beforeTime = i + 1 < s.words.size() && inTime(i + 1) &&
                                (w == "on" || w == "in" || w == "at" || w == "by" || w == "since");
        // "had been able to enter", "government troops and their allies left".
        const bool groupAfterPossessive =
            i > 0 && (s.words[i - 1].lower == "their" || s.words[i - 1].lower == "its") &&
            (w == "allies" || w == "fighters" || w == "forces" || w == "troops" || w == "units" || w == "militias" ||
             w == "families"); // "PKK/YPG members and their families left the area"
        if (inTime(i) || beforeTime || (isSoftWord(w) && w != ",") || isNegationAt(s.words, i) || w == "to" ||
            w == "still" || w == "again" || w == "yet" || w == "'" || w == "not" || w == "able" || w == "been" ||
            (w == "first" && i + 1 == trigger) || groupAfterPossessive) { // "fighters first entered"
            k -= groupAfterPossessive ? 2 : 1; // "HTS and its allies": past "its" too
            continue;
        }
        // "Army units stationed in Hama have been redeployed": a participle right after the actor
        // describes it.
        static constexpr std::array<std::string_view, 6> kPlaced{"stationed", "based", "deployed", "positioned",
                                                                 "garrisoned", "posted"};
        if (oneOf(kPlaced, w) && i > 0 && inActor(i - 1))
            return false;
        // "rebel fighters and civilians walking through the palace", "troops and staff abandoned":
        // people with the actor, not another subject.
        static constexpr std::array<std::string_view, 13> kCompany{"civilians", "residents", "staff", "officials",
                                                                  "employees", "families", "journalists", "locals",
                                                                  "militias", "militiamen", "allies", "police",
                                                                  "paramilitaries"};
        if (oneOf(kCompany, w) && i >= 2 && s.words[i - 1].lower == "and" && inActor(i - 2))
            return false;
        // "Security forces and the governor left the city": the state's officer with its forces.
        static constexpr std::array<std::string_view, 3> kOfficers{"governor", "mayor", "officials"};
        if (oneOf(kOfficers, w) && i >= 3 && s.words[i - 1].lower == "the" && s.words[i - 2].lower == "and" &&
            inActor(i - 3))
            return false;
        // "the SOR were (among) the first to reach Damascus", "was the last to leave".
        if ((w == "first" || w == "last") && i + 1 < s.words.size() && s.words[i + 1].lower == "to" && i > 0
            && s.words[i - 1].lower == "the") {
            k = i >= 2 && s.words[i - 2].lower == "among" ? i - 2 : i - 1;
            continue;
        }
        if (w == ",") { // ", backed by Turkey," — step over the appositive
            std::size_t j = i;
            bool found = false;
            while (j > 0 && i - j < 12) {
                --j;
                if (s.words[j].lower == ",") {
                    found = true;
                    break;
                }
            }
            if (!found)
                return false;
            k = j;
            continue;
        }
        // "rebels in Daraa province seized …": the place's own noun, then the place.
        if ((w == "province" || w == "governorate" || w == "countryside") && i > 0
            && std::any_of(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) { return p.last == i; })) {
            --k;
            continue;
        }
        // "Iraqi militias loyal to Tehran pulled out", "Kurdish-led forces backed by the U.S. moved
        // into": the patron named after the actor is part of the subject.
        if (s.words[i].capitalised || s.words[i].lower == ".") {
            static constexpr std::array<std::string_view, 6> kPatronage{"loyal", "allied", "backed", "supported",
                                                                         "aligned", "close"};
            std::size_t q = i;
            while (q > 0 && i - q < 4 && (s.words[q - 1].capitalised || s.words[q - 1].lower == "." ||
                                          s.words[q - 1].lower == "-"))
                --q;
            if (q > 0 && s.words[q - 1].lower == "the")
                --q;
            if (q >= 3 && (s.words[q - 1].lower == "to" || s.words[q - 1].lower == "by" || s.words[q - 1].lower == "with")
                && oneOf(kPatronage, s.words[q - 2].lower)) {
                k = q - 2;
                continue;
            }
        }
        const auto slot = std::find_if(s.slots.begin(), s.slots.end(),
                                       [&](const PlaceSlot& p) { return p.first <= i && i < p.last; });
        if (slot != s.slots.end()) { // "rebels in Daraa captured…"
            std::size_t b = slot->first;
            // "Armed factions from the Daraa countryside have taken control of …" (round 107).
            if (b > 1 && s.words[b - 1].lower == "the" && slot->last < s.words.size()
                && (s.words[slot->last].lower == "countryside" || s.words[slot->last].lower == "province"))
                --b;
            if (b > 0 && (s.words[b - 1].lower == "in" || s.words[b - 1].lower == "from" ||
                          s.words[b - 1].lower == "near" || s.words[b - 1].lower == "around")) {
                k = b - 1;
                continue;
            }
            return true;
        }
        // "the \"Deterrence of Aggression\" operation", "the Islamist Hayat Tahrir al-Sham group": a
        // head noun after the actor's name is part of it.
        static constexpr std::array<std::string_view, 10> kNameHeads{"operation", "operations", "offensive",
            "group", "alliance", "coalition", "movement", "campaign", "organization", "force"};
        if (oneOf(kNameHeads, w) && i > 0) {
            std::size_t j = i;
            if (j > 1 && s.words[j - 1].lower == "\"")
                --j;
            if (inActor(j - 1)) {
                k = j - 1;
                continue;
            }
        }
        if (s.words[i].punct)
            return false;
        static constexpr std::array<std::string_view, 15> kOpen{"that", "which", "who", "as", "after", "while",
                                                                "when", "and", "but", "or", "said", "says",
                                                                "before", "until", "by"};
        if (oneOf(kOpen, w))
            return false;
        // "fighters of the coalition that toppled President Bashar al-Assad rolled into…": the
        // name is the object of a relative clause's verb, not the subject.
        if (s.words[i].capitalised) {
            bool verb = false;
            for (std::size_t j = i; j > 0 && i - j < 7; --j) {
                const auto& v = s.words[j - 1].lower;
                if (v == "that" || v == "who" || v == "which") {
                    if (verb)
                        return false;
                    break;
                }
                verb = verb || (!s.words[j - 1].capitalised && v.size() > 3 && v.ends_with("ed"));
            }
        }
        // "rebels in the south took control of Daraa", "fighters from the region": "in / from the"
        // and a word or two, with no name, right after the actor is part of the subject.
        if (!s.words[i].capitalised) {
            auto plain = [&](std::size_t x) {
                const auto& v = s.words[x].lower;
                return !s.words[x].punct && !s.words[x].capitalised && v != "the" && v != "in" && v != "from";
            };
            std::size_t first = i;
            while (first > 0 && i - first < 2 && plain(first - 1))
                --first;
            if (first >= 3 && s.words[first - 1].lower == "the"
                && (s.words[first - 2].lower == "in" || s.words[first - 2].lower == "from") && inActor(first - 3)) {
                k = first - 2;
                continue;
            }
        }
        // "the army agreed to withdraw", "began retreating": the verb before borrows its subject.
        // So does a party's present-tense claim of its own deed (round 107: a timeline's "December 9:
        // SNA fighters claim to have captured Manbij", "HTS insists to have entered Hama").
        static constexpr std::array<std::string_view, 6> kClaimsOwn{"claim", "claims", "insist", "insists",
                                                                    "boast", "boasts"};
        const bool perfectInfinitive = oneOf(kClaimsOwn, w) && i + 2 < trigger && s.words[i + 1].lower == "to"
            && s.words[i + 2].lower == "have";
        if (nonFinite && !skippedVerb && !s.words[i].capitalised &&
            (w.ends_with("ed") || w == "began" || w == "begun" || w == "sought" || w == "made" || perfectInfinitive)) {
            skippedVerb = true;
            --k;
            continue;
        }
        return true;
    }
    return false;
}

const ActorMention* speakingActor(const Sent& s, std::size_t cue)
{
    std::size_t k = cue;
    for (int guard = 0; guard < 40 && k > 0; ++guard) {
        const std::size_t i = k - 1;
        const auto& w = s.words[i].lower;
        for (const auto& a : s.actors)
            if (a.lastWord == k)
                return &a;
        if (isSoftWord(w) && w != ",") {
            --k;
            continue;
        }
        if (w == ",") { // ", which had run Manbij since 2016," / ", the alliance led by HTS,"
            std::size_t j = i;
            while (j > 0 && i - j < 16 && s.words[j - 1].lower != ",")
                --j;
            if (j == 0 || i - j >= 16)
                return nullptr;
            const auto& opener = s.words[j].lower;
            if (opener != "which" && opener != "who" && opener != "the" && opener != "a" && opener != "an")
                return nullptr;
            k = j - 1;
            continue;
        }
        // "Druze fighters in Suwayda say": step over "in PLACE".
        const auto slot = std::find_if(s.slots.begin(), s.slots.end(),
                                       [&](const PlaceSlot& p) { return p.first <= i && i < p.last; });
        if (slot != s.slots.end() && slot->first > 0 && s.words[slot->first - 1].lower == "in") {
            k = slot->first - 1;
            continue;
        }
        return nullptr;
    }
    return nullptr;
}

namespace {

// Part of a time ("on Sunday", "at dawn yesterday", "early on Tuesday"): a date the resolver
// found, a time of day, or the preposition or adverb before one.
bool timeWord(const Sent& s, std::size_t i)
{
    auto dated = [&](std::size_t k) {
        static constexpr std::array<std::string_view, 7> kDayTimes{"dawn", "dusk", "daybreak", "night", "noon",
                                                                   "midnight", "nightfall"};
        return k < s.words.size() && (oneOf(kDayTimes, s.words[k].lower) ||
                                      std::any_of(s.times.begin(), s.times.end(), [&](const auto& tm) {
                                          return tm.second.start <= s.words[k].start && s.words[k].end <= tm.second.end;
                                      }));
    };
    const auto& w = s.words[i].lower;
    const bool lead = w == "on" || w == "at" || w == "in" || w == "early" || w == "late" || w == "by";
    return dated(i) || (lead && (dated(i + 1) || (i + 2 < s.words.size() && s.words[i + 1].lower == "on" &&
                                                  dated(i + 2))));
}

} // namespace

ObjectFit objectFit(const Sent& s, const Trigger& t, const PlaceSlot& slot, std::size_t from,
                    const std::vector<const PlaceSlot*>& taken)
{
    ObjectFit f;
    f.edge = slot.edge || slot.relation.find("outskirts") != std::string::npos ||
             slot.relation.find("suburb") != std::string::npos ||
             slot.relation.find("gates") != std::string::npos || slot.relation.find("edge") != std::string::npos;
    // "within 30 km of Damascus", "north of Homs": somewhere near the place, not the place; for
    // fighting too when a distance is given ("the Tishrin Dam, some 25 kilometers southeast of Manbij").
    const bool measured = slot.relation.find("kilomet") != std::string::npos || slot.relation.find("km") != std::string::npos ||
                          slot.relation.find("mile") != std::string::npos;
    if (!f.edge && !slot.relation.empty() && (!t.lenient || measured))
        return f;
    if (namesRoadEnd(s.words, s.slots, slot))
        return f;
    f.around = slot.last < s.words.size() && isSurroundingNoun(s.words[slot.last].lower) &&
               !(slot.last + 1 < s.words.size() && s.words[slot.last + 1].lower == "of") &&
               // "Menagh airport" named as the air base: the base itself.
               !(slot.kind == core::PlaceKind::Airbase && s.words[slot.last].lower == "airport");
    if (f.around && s.words[slot.last].lower == "countryside") // "Idlib countryside" is not Idlib
        return f;
    // "Hama's military airport": held or taken is the airport, not Hama (entering it is entering Hama).
    const bool possessive = slot.last + 1 < s.words.size() && s.words[slot.last].lower == "'" &&
                            s.words[slot.last + 1].lower == "s";
    // "nowhere to be seen in Aleppo's old city", "Hama's city centre": part of the city is the city.
    const std::string_view owned = slot.last + 2 < s.words.size() ? std::string_view(s.words[slot.last + 2].lower) : "";
    const bool cityPart = owned == "old" || owned == "city" || owned == "centre" || owned == "center" ||
                          owned == "streets" || owned == "downtown";
    if (possessive && !cityPart &&
        (t.kind == ClaimKind::Controls || t.kind == ClaimKind::Captured || t.kind == ClaimKind::Withdrew))
        return f;
    bool listJoin = false; // walked back over "and" / "," to an earlier object
    // "the abandoned army post": a participle after an article describes, it is no new verb;
    // so after an article and a year or count ("Suqaylabiyah, the cradle of the 2011 uprising,
    // and Hama": the uprising names an event, the list goes on).
    const auto describes = [&](std::size_t i) {
        std::size_t det = i;
        while (det > 0 && !s.words[det - 1].lower.empty() && std::isdigit(static_cast<unsigned char>(s.words[det - 1].lower[0])))
            --det;
        return det > 0 && (s.words[det - 1].lower == "the" || s.words[det - 1].lower == "a" || s.words[det - 1].lower == "an");
    };
    for (std::size_t k = slot.first; k > from; --k) {
        const std::size_t i = k - 1;
        const auto& w = s.words[i].lower;
        // "infiltrated at dawn yesterday the villages of Hatla", "took on Sunday the town of X": a
        // time between the verb and its object is no preposition of place.
        if (i >= t.last && timeWord(s, i))
            continue;
        if (w == "of" && i > 0) {
            const auto& prev = s.words[i - 1].lower;
            // "40 km of", "some 25 kilometers southeast of"
            const auto measure = [](std::string_view m) { return m.starts_with("k") || m.starts_with("mile"); };
            const bool distance = measure(prev) || (i >= 2 && isNearbyNoun(prev) && measure(s.words[i - 2].lower));
            if (isEdgeNoun(prev)) { // "villages on the outskirts of Homs": its edge
                f.edge = true;
                f.ok = true;
                return f;
            }
            // "the countryside of Hama" is not Hama, even for fighting; nor is "Al-Safira town,
            // southeast of Aleppo" or "the Tishrin Dam south of Kobani" (a landmark for another place).
            const bool landmark = i >= 2 && isNearbyNoun(prev) &&
                                  (s.words[i - 2].lower == "," || std::any_of(s.slots.begin(), s.slots.end(),
                                      [&](const PlaceSlot& q) { return q.last == i - 1; }));
            if (isNearbyNoun(prev) && (!t.lenient || distance || landmark || prev == "countryside" || prev == "environs"))
                return f;
            // "Baath City, the administrative capital of Quneitra governorate": an apposition's
            // description, not another object.
            const std::size_t from5 = i >= 5 ? i - 5 : 0;
            const bool apposition = i >= 3 && std::any_of(s.words.begin() + static_cast<std::ptrdiff_t>(from5),
                                                           s.words.begin() + static_cast<std::ptrdiff_t>(i - 1),
                                                           [](const Word& v) { return v.lower == ","; });
            if ((prev == "capital" || prev == "seat") && apposition)
                return f;
            // "the Sheikh Maqsoud district of Aleppo": Aleppo contains the object, it is not one.
            const bool container = prev == "district" || prev == "neighbourhood" || prev == "neighborhood" ||
                                   prev == "quarter" || prev == "suburb";
            if (container && std::any_of(s.slots.begin(), s.slots.end(),
                                         [&](const PlaceSlot& p) { return p.last + 1 == i; }))
                return f;
            else if (isNearbyNoun(prev)) { // "breached the defences from the north and east of X"
                f.ok = true;
                return f;
            }
            continue;
        }
        // A new verb ends the object: "seizing Aleppo and threatening Homs", "withdrawal from
        // Homs has severed Damascus", "Golan Heights near the Israeli-occupied…".
        // Verbs of fighting go on: "fighting continued around Morek".
        const bool goesOn = t.lenient && (w == "continued" || w == "raged" || w == "erupted" ||
                                          w == "intensified" || w == "escalated" || w == "continuing");
        const bool inActor = std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& a) {
            return a.firstWord <= i && i < a.lastWord;
        });
        const bool adjective = describes(i);
        // "seized the Nasib border crossing, Tafas and Jasim": a crossing named is no verb.
        const bool crossingNoun = (w == "crossing" || w == "crossings") && i > 0 &&
            (s.words[i - 1].lower == "border" ||
             std::any_of(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) { return p.last == i; }));
        if (isVerbLike(w) && i >= t.last && !goesOn && !inActor && !adjective && !crossingNoun)
            return f;
        // "several villages in the countryside of Quneitra, including Al-Hamidiyah": the examples
        // stand for the object, whatever the phrase before them says.
        // "more than a dozen villages, among them Urum al-Sughra", "towns such as Saraqib".
        // "a string of villages, places like Urum al-Sughra and Anjara".
        const bool examples = w == "including" || (w == "them" && i > 0 && s.words[i - 1].lower == "among")
            || (w == "as" && i > 0 && s.words[i - 1].lower == "such")
            || (w == "like" && i > 0 && isPlaceNoun(s.words[i - 1].lower));
        if (examples && i > t.last) {
            bool verb = false;
            for (std::size_t j = t.last; j < i && !verb; ++j)
                verb = isVerbLike(s.words[j].lower) && !std::any_of(s.actors.begin(), s.actors.end(), [&](const ActorMention& a) {
                    return a.firstWord <= j && j < a.lastWord;
                });
            f.ok = !verb;
            return f;
        }
        // Back at an earlier object across "and" / ",": a list ("Deraa, Suweida and Quneitra").
        if (listJoin && std::any_of(taken.begin(), taken.end(), [&](const PlaceSlot* p) { return p->last == i + 1; })) {
            f.ok = true;
            return f;
        }
        const bool listed = std::any_of(taken.begin(), taken.end(), [&](const PlaceSlot* p) { return p->last <= i; });
        // "abandoned their positions in the city, in al-Mayadin and in Albukamal": the preposition
        // of an earlier object again, after "," or "and".
        if (listed && i > t.last && (s.words[i - 1].lower == "," || s.words[i - 1].lower == "and") &&
            std::any_of(taken.begin(), taken.end(), [&](const PlaceSlot* p) {
                return p->first > 0 && s.words[p->first - 1].lower == w && (w == "in" || w == "from" || w == "into");
            }))
            continue;
        // "the Nasib crossing as well as the towns of Tafas and Jasim"
        const bool asWellAs = w == "as" && i + 2 < s.words.size() && s.words[i + 1].lower == "well" &&
                              s.words[i + 2].lower == "as";
        if ((w == "and" || w == "," || asWellAs) && listed)
            listJoin = true;
        // "took Homs, home to a large Christian community, and Hama", "entered the city of
        // Quneitra, destroyed in 1974 and never rebuilt, and the villages of Hader": back at the
        // comma that closes an aside opened right after an earlier object, the aside is passed
        // whole (its "to" or "in" is no preposition of the verb's); not one with a verb, a doer's
        // participle or a speaker of its own ("Homs, which the army had abandoned, and Hama",
        // "Homs, advancing towards the capital, Damascus").
        if (w == "," && listJoin) {
            std::size_t open = 0;
            for (std::size_t c = i; c-- > t.last && i - c <= 12 && open == 0;) {
                if (std::any_of(s.triggers.begin(), s.triggers.end(), [&](const Trigger& g) { return g.first == c; }) ||
                    inAttribution(s, c, c + 1) || s.words[c].lower == ";" ||
                    (isVerbLike(s.words[c].lower) && !describes(c) && !s.words[c].lower.ends_with("ed")))
                    break;
                if (s.words[c].lower == "," &&
                    std::any_of(taken.begin(), taken.end(), [&](const PlaceSlot* p) { return p->last == c; }))
                    open = c;
            }
            if (open > 0) {
                k = open + 1;
                continue;
            }
        }
        // "the Nasib border crossing with Jordan, Tafas and Jasim": the crossing's other side.
        if (listJoin && w == "with" && i > 0 && (s.words[i - 1].lower == "crossing" || s.words[i - 1].lower == "border"))
            continue;
        // "took over the governorate building and police headquarters in the city of Suwayda",
        // "seized the last security quarter in Qamishli", "the army post atop Mount Hermon": the
        // seat of power taken stands for the place.
        const bool spread = (w == "across" || w == "throughout") && isHeldGround(s.words[i - 1].lower);
        if ((w == "in" || w == "at" || w == "atop" || w == "inside" || w == "on" || spread) && i > t.last + 1
            && isSeatNoun(s.words[i - 1].lower, s.words[i - 2].lower)
            && (t.kind == ClaimKind::Captured || t.kind == ClaimKind::Withdrew || t.kind == ClaimKind::Controls
                || t.kind == ClaimKind::Entered))
            continue;
        // "expelled regime forces from the city of Sweida": the place the expelled were driven from.
        const bool expelledFrom = w == "from" && isExpulsion(s.words[t.first].lower)
            && std::any_of(s.actors.begin(), s.actors.end(),
                [&](const ActorMention& a) { return a.firstWord >= t.last && a.lastWord <= i; });
        if (expelledFrom)
            continue;
        if (excludesObject(w, listJoin || t.lenient) || (w == "between" && !t.lenient)) {
                    return f;
        }
        if (slot.first - i > (listJoin || t.lenient ? 24u : 12u))
            return f;
    }
    f.ok = true;
    return f;
}

void dedupeSentence(std::vector<ExtractedClaim>& claims, std::size_t from)
{
    denyOtherSide(claims, from);
    auto key = [](const ExtractedClaim& c) {
        return std::tuple(c.claim.placeId, c.claim.actor, static_cast<int>(c.claim.kind),
                          static_cast<int>(c.claim.stance));
    };
    std::vector<ExtractedClaim> kept;
    for (std::size_t i = from; i < claims.size(); ++i) {
        auto& c = claims[i];
        // Same day only: "the SDF still held Deir ez-Zor, which they entered on Friday" says both.
        const bool weakerControl = c.claim.kind == ClaimKind::Controls &&
            std::any_of(claims.begin() + static_cast<std::ptrdiff_t>(from), claims.end(), [&](const ExtractedClaim& o) {
                return o.claim.placeId == c.claim.placeId && o.claim.actor == c.claim.actor &&
                       (o.claim.kind == ClaimKind::Captured || o.claim.kind == ClaimKind::Entered) &&
                       o.claim.time.from == c.claim.time.from;
            });
        if (weakerControl)
            continue;
        auto same = std::find_if(kept.begin(), kept.end(), [&](const ExtractedClaim& k) { return key(k) == key(c); });
        if (same == kept.end())
            kept.push_back(std::move(c));
        else if (c.claim.confidence > same->claim.confidence)
            *same = std::move(c);
    }
    claims.resize(from);
    for (auto& k : kept)
        claims.push_back(std::move(k));
    dateDenials(claims, from);
}

// One article, one place, two unrelated actors said to hold it: the loosely bound claim
// gives way ("the rebels' string of victories, including … Deir al-Zor" against "Kurdish
// forces have seized Deir el-Zor").
bool isPossessor(const Sent& s, const ActorMention& a)
{
    return a.lastWord + 1 < s.words.size() && s.words[a.lastWord].lower == "'" && s.words[a.lastWord + 1].lower == "s";
}

std::string lastGainer(const std::vector<ExtractedClaim>& claims, std::size_t from)
{
    for (std::size_t i = claims.size(); i-- > from;) {
        const auto& c = claims[i].claim;
        if (c.stance == core::Stance::Affirms && (c.kind == ClaimKind::Captured || c.kind == ClaimKind::Entered))
            return c.actor;
    }
    return {};
}

void consolidate(std::vector<ExtractedClaim>& claims, const ActorMatcher& actors)
{
    auto holds = [](const ExtractedClaim& c) {
        return c.claim.stance == core::Stance::Affirms &&
               (c.claim.kind == ClaimKind::Captured || c.claim.kind == ClaimKind::Entered ||
                c.claim.kind == ClaimKind::Controls);
    };
    std::vector<bool> drop(claims.size(), false);
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (!holds(claims[i]) || claims[i].claim.placeId.empty())
            continue;
        for (std::size_t j = 0; j < claims.size(); ++j) {
            if (i == j || !holds(claims[j]) || claims[j].claim.placeId != claims[i].claim.placeId)
                continue;
            if (actors.related(claims[i].claim.actor, claims[j].claim.actor))
                continue;
            // Days apart, both can be true: the SDF entered on Friday, the rebels took over on Wednesday.
            auto day = [](const ExtractedClaim& c) {
                const auto& r = c.claim.time;
                return r.from ? (r.to ? (*r.from + *r.to) / 2 : *r.from) / core::kSecondsPerDay : core::Instant{0};
            };
            if (day(claims[i]) != 0 && day(claims[j]) != 0 && std::llabs(day(claims[i]) - day(claims[j])) > 1)
                continue;
            // "HTS announced that it had taken Homs" after "state television insisted the army still
            // held Homs": a change with an actor of its own (not guessed) gives way only to another
            // change, not to a hold it may end.
            const bool changeToHold = claims[i].claim.kind != ClaimKind::Controls && claims[i].strength >= 1 &&
                                      claims[j].claim.kind == ClaimKind::Controls;
            if (claims[j].strength >= 2 && claims[i].strength < claims[j].strength && !changeToHold)
                drop[i] = true;
        }
    }
    std::vector<ExtractedClaim> kept;
    for (std::size_t i = 0; i < claims.size(); ++i)
        if (!drop[i])
            kept.push_back(std::move(claims[i]));
    claims = std::move(kept);
}

void bindHostArmy(std::vector<ActorMention>& actors, std::string& lastNamed)
{
    for (auto& a : actors) {
        if (a.pronoun)
            continue;
        const std::string t = asciiLower(a.text);
        const bool bare = t == "the army" || t == "the military" || t == "army" || t == "military";
        if (bare && a.actorId == "government" && lastNamed == "israel")
            a.actorId = "israel";
        lastNamed = a.actorId;
    }
}

} // namespace sitrep::text::detail

