// What may stand between an actor and its verb yet leave it the subject (claimsubjectcompany.h):
// people counted with it, and where it stands before a relative clause.
#include "claimsubjectcompany.h"
#include "claimwords.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace sitrep::text::detail {

// Round 78: "Earlier this week, SDF fighters and some 120,000 displaced people left Tal Rifaat and
// the Shahba region", "SDF fighters and thousands of civilians left": the people who left with the
// fighters, counted, are their company, not another subject ("SDF fighters and civilians" already
// were). Only a count and "displaced" / "fleeing" between "and" and the people, and the verb next.
bool countedCompany(const Sent& s, const Binding& actor, std::size_t verb)
{
    const auto self = std::find_if(s.actors.begin(), s.actors.end(),
                                   [&](const ActorMention& a) { return a.firstWord == actor.word; });
    if (self == s.actors.end() || self->lastWord >= verb || s.words[self->lastWord].lower != "and")
        return false;
    static constexpr std::array<std::string_view, 12> kCount{"some", "about", "around", "nearly", "almost", "more",
        "than", "tens", "hundreds", "thousands", "of", "over"};
    static constexpr std::array<std::string_view, 5> kPeople{"people", "civilians", "residents", "families",
        "displaced"};
    std::size_t k = self->lastWord + 1;
    bool counted = false;
    while (k < verb && (oneOf(kCount, s.words[k].lower) || std::isdigit(static_cast<unsigned char>(s.words[k].lower[0]))
                        || (s.words[k].lower == "," && counted && k + 1 < verb
                            && std::isdigit(static_cast<unsigned char>(s.words[k + 1].lower[0]))))) {
        counted = counted || s.words[k].lower != "of";
        ++k;
    }
    if (k < verb && (s.words[k].lower == "displaced" || s.words[k].lower == "fleeing") && k + 1 < verb)
        ++k;
    if (!counted || k >= verb || !oneOf(kPeople, s.words[k].lower))
        return false;
    ++k;
    while (k < verb && isSoftWord(s.words[k].lower) && s.words[k].lower != ",")
        ++k;
    return k == verb;
}

// Round 78: "Rebels in the south, who took the city of Daraa on Friday, say they are now on the
// outskirts of the capital", "Fighters in Daraa, who …": where the antecedent stands ("in the
// south", "in" a place) sits between it and the comma before the relative pronoun at `left`.
bool whereBeforeRelative(const Sent& s, const ActorMention& a, std::size_t left)
{
    static constexpr std::array<std::string_view, 12> kSide{"south", "north", "east", "west", "southwest", "southeast",
        "northwest", "northeast", "centre", "center", "countryside", "city"};
    std::size_t k = a.lastWord;
    if (left < 2 || k + 3 > left || s.words[k].lower != "in")
        return false;
    ++k;
    if (const auto slot = std::find_if(s.slots.begin(), s.slots.end(), [&](const PlaceSlot& p) { return p.first == k; });
        slot != s.slots.end())
        k = slot->last;
    else if (k + 1 < left && s.words[k].lower == "the" && oneOf(kSide, s.words[k + 1].lower))
        k += 2;
    else
        return false;
    return k + 2 == left && s.words[k].lower == ",";
}

} // namespace sitrep::text::detail
