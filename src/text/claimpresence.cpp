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
} // namespace

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
