#include "claimpresence.h"

#include "claimwords.h"

#include <array>
#include <string_view>

namespace sitrep::text {

namespace {

// What men do where they stand, for the camera or the crowd; a verb of fighting is a contest
// (claimpatterns.cpp), a verb of moving an entry of its own.
constexpr std::array<std::string_view, 15> kActivity{"celebrating", "celebrated", "celebrate", "celebrates",
    "posing", "posed", "pose", "poses", "filming", "filmed", "photographing", "photographed", "dancing", "danced",
    "chanting"};
// "posed for selfies", "filming themselves", "celebrating with residents": a complement of the verb.
constexpr std::array<std::string_view, 14> kComplement{"for", "selfies", "selfie", "photos", "photographs",
    "pictures", "photo", "pictures", "themselves", "with", "residents", "crowds", "the", "cameras"};

// Round 109. A verb that puts what it names where it was seen; "show" with its object is also
// claimphrases.cpp's shownIn, which reads only "in" within a few words.
constexpr std::array<std::string_view, 16> kSeen{"showed", "shows", "show", "showing", "shown", "reported",
    "reports", "reporting", "seen", "spotted", "sighted", "saw", "see", "sees", "filmed", "filming"};
// The armed nouns: a named party is an actor only through one of these ("HTS fighters", "Israeli
// tanks", "armed men"), so "reported heavy fighting in", "shows an air strike on" name none.
constexpr std::array<std::string_view, 30> kArmed{"fighters", "fighter", "troops", "soldiers", "tanks", "tank",
    "armour", "armor", "vehicles", "column", "columns", "convoy", "convoys", "gunmen", "men", "groups",
    "militants", "rebels", "forces", "units", "militiamen", "bulldozers", "patrols", "patrol", "jihadists",
    "insurgents", "mercenaries", "factions", "pickups", "infantry"};
// The garrison at home is seen where it always stood ("video shows regime soldiers in Homs").
constexpr std::array<std::string_view, 5> kGarrison{"regime", "government", "army", "loyalist", "pro-government"};
// What the men are seen doing on the way to the place's preposition: "walking through", "moving
// through the old city", "posing at the roundabout", "rolling into", "standing at".
constexpr std::array<std::string_view, 17> kDoing{"walking", "moving", "driving", "rolling", "standing", "posing",
    "patrolling", "gathered", "gathering", "celebrating", "riding", "marching", "roaming", "sitting", "deployed",
    "waving", "parading"};
// Where the place follows; not "near", "outside", "toward", "around": the approach, not the place.
constexpr std::array<std::string_view, 7> kAt{"in", "inside", "at", "on", "among", "through", "into"};
constexpr std::array<std::string_view, 10> kApproach{"near", "outside", "toward", "towards", "around", "close",
    "approaching", "from", "nearby", "beyond"};
// "in the outskirts of", "at the gates of": the edge, a contest the lexicon reads (claimpatterns.cpp).
constexpr std::array<std::string_view, 7> kEdge{"outskirts", "edge", "edges", "gates", "vicinity", "approaches",
    "countryside"};
// "in pickup trucks", "on motorbikes", "aboard tanks".
constexpr std::array<std::string_view, 3> kVehicleIn{"in", "on", "aboard"};
constexpr std::array<std::string_view, 14> kVehicles{"trucks", "truck", "pickups", "pickup", "vehicles", "cars",
    "tanks", "motorbikes", "motorcycles", "jeeps", "buses", "convoys", "technicals", "armour"};

// The participle and preposition the lexicon reads as a movement of its own (claimpatterns.cpp):
// "walking through", "rolling into".
bool lexiconMoves(std::string_view doing, std::string_view prep)
{
    static constexpr std::array<std::string_view, 4> kThrough{"walking", "roaming", "patrolling", "parading"};
    static constexpr std::array<std::string_view, 4> kInto{"moving", "rolling", "driving", "marching"};
    if (oneOf(kThrough, doing))
        return prep == "through" || prep == "in" || prep == "around" || prep == "into";
    return oneOf(kInto, doing) && prep == "into";
}
} // namespace

std::size_t presenceSeenAt(const std::vector<Word>& words, std::size_t i, bool* otherVerb)
{
    if (!oneOf(kSeen, words[i].lower))
        return 0;
    // "the reported capture", "a filmed convoy": an adjective, not the verb.
    if (i > 0 && (words[i - 1].lower == "the" || words[i - 1].lower == "a"))
        return 0;
    std::size_t j = i + 1;
    bool armed = false;
    if (j < words.size() && words[j].lower == "themselves") {
        if (presenceActivityEnd(words, i)) // "filmed themselves in": round 102's reading
            return 0;
        // "fighters filmed themselves among …": the subject is the armed party (claimagent.cpp).
        for (std::size_t k = i; k-- > 0 && i - k <= 4 && (!words[k].punct || words[k].lower == "-");)
            if (oneOf(kGarrison, words[k].lower))
                return 0;
        armed = true;
        ++j;
    } else {
        // The object: a short noun phrase ("HTS-led fighters", "Israeli armored vehicles", "armed
        // groups") that ends on an armed noun.
        // Not a clause ("reported that troops had evacuated"), nor an event between parties
        // ("clashes were reported between opposition fighters and army units in").
        static constexpr std::array<std::string_view, 14> kNotPhrase{"that", "which", "who", "whether", "between",
            "with", "against", "and", "or", "of", "to", "by", "for", "from"};
        for (; j < words.size() && j <= i + 6; ++j) {
            const auto& w = words[j].lower;
            if ((words[j].punct && w != "-" && w != "'") || oneOf(kAt, w) || oneOf(kApproach, w) || oneOf(kDoing, w))
                break;
            if (oneOf(kGarrison, w) || (!armed && oneOf(kNotPhrase, w)))
                return 0;
            if (oneOf(kArmed, w))
                armed = true;
            else if (armed)
                break;
        }
    }
    // The armed noun is followed at once by its preposition or what the men are doing: "fighters
    // killed in", "fighters and civilians walking", "tanks were advancing on" tell of something else.
    if (!armed || j >= words.size() || !(oneOf(kAt, words[j].lower) || oneOf(kDoing, words[j].lower))) {
        if (otherVerb && armed && j < words.size())
            *otherVerb = words[j].lower.size() > 4 && words[j].lower.ends_with("ed");
        return 0;
    }
    // "opposition fighters in pickup trucks rolling into Umayyad Square": the vehicles they ride in
    // are no place; what they do next is.
    bool riding = false;
    if (oneOf(kVehicleIn, words[j].lower)) {
        std::size_t v = j + 1;
        while (v < words.size() && v <= j + 3 && !words[v].punct && !oneOf(kVehicles, words[v].lower))
            ++v;
        if (v + 1 < words.size() && oneOf(kVehicles, words[v].lower) && oneOf(kDoing, words[v + 1].lower)) {
            j = v + 1;
            riding = true;
        }
    }
    if (oneOf(kDoing, words[j].lower)) {
        // "walking through", "rolling into": the lexicon's own movement phrases (claimpatterns.cpp)
        // read them with their subject, unless a vehicle phrase stands between.
        if (!riding && j + 1 < words.size() && lexiconMoves(words[j].lower, words[j + 1].lower))
            return 0;
        ++j;
    }
    // The first preposition before a name within the clause ("walking among abandoned armoured
    // vehicles inside the 46th Regiment base"), or the first one at all ("at the town's entrance").
    std::size_t first = 0;
    for (std::size_t k = j; k + 1 < words.size() && k <= j + 7; ++k) {
        const auto& w = words[k].lower;
        if ((words[k].punct && w != "-" && w != "'" && w != "/") || oneOf(kApproach, w))
            break;
        if (!oneOf(kAt, w))
            continue;
        std::size_t n = k + 1;
        if (n < words.size() && words[n].lower == "the")
            ++n;
        if (n < words.size() && oneOf(kEdge, words[n].lower))
            return 0;
        // "in control of", "in full control": the lexicon's control phrase.
        if (words[k + 1].lower == "control" || words[k + 1].lower == "full" || words[k + 1].lower == "charge")
            return 0;
        if (n < words.size() && words[n].capitalised)
            return k;
        if (!first)
            first = k;
    }
    return first;
}

std::size_t presenceActivityEnd(const std::vector<Word>& words, std::size_t i)
{
    if (!oneOf(kActivity, words[i].lower))
        return 0;
    // "filmed in Homs" is the lexicon's "filmed in" (claimpatterns.cpp); "the filmed convoy" no verb.
    if (i > 0 && (words[i - 1].lower == "the" || words[i - 1].lower == "a"))
        return 0;
    // "Government soldiers were celebrating in Homs": the garrison at home tells of no entry (as round
    // 41's "regime soldiers inside the city"); its side is named within the few words before the verb.
    static constexpr std::array<std::string_view, 5> kGarrison{"regime", "government", "army", "loyalist",
        "pro-government"};
    for (std::size_t k = i; k-- > 0 && i - k <= 3 && !words[k].punct;)
        if (oneOf(kGarrison, words[k].lower))
            return 0;
    std::size_t j = i + 1;
    while (j < words.size() && j <= i + 4 && oneOf(kComplement, words[j].lower))
        ++j;
    // "celebrated in 2012", "filming in the past": not a place, dropped later by its object; a
    // "film" of something else ("filming the rubble in Homs") names no complement and stops.
    if (j + 1 < words.size() && (words[j].lower == "in" || words[j].lower == "inside"))
        return j + 1;
    return 0;
}

} // namespace sitrep::text
