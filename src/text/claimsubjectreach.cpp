// A subject that reaches its verb past brackets or past what it made use of (claimsubjectreach.h).
#include "claimsubjectreach.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace sitrep::text::detail {

// "Fighters of Hayat Tahrir al-Sham (an organisation recognised as terrorist) took control of the
// city": the subject, then an aside in brackets, then (soft words and) the verb.
bool bracketedSubject(const Sent& s, const Binding& actor, std::size_t verb)
{
    // ("fighters of Hayat Tahrir al-Sham (…)": the group's name may follow the bound word.)
    const auto self = std::find_if(s.actors.begin(), s.actors.end(), [&](const ActorMention& a) {
        return a.firstWord >= actor.word && a.firstWord <= actor.word + 3 && a.lastWord < verb &&
               s.words[a.lastWord].lower == "(";
    });
    if (self == s.actors.end())
        return false;
    std::size_t k = self->lastWord + 1;
    while (k < verb && k - self->lastWord < 16 && s.words[k].lower != ")" && s.words[k].lower != "(")
        ++k;
    if (k >= verb || s.words[k].lower != ")")
        return false;
    while (++k < verb)
        if (!isSoftWord(s.words[k].lower) || s.words[k].lower == ",")
            return false;
    return true;
}

// "the SDF militia took advantage of the collapse of the regime's lines to move into the town",
// "the SDF exploited the situation on Friday to take over Deir Ezzor": an infinitive of what the
// subject made use of something to do tells what it did, with that verb's subject.
bool madeUseTo(const Sent& s, const Binding& actor, std::size_t verb)
{
    if (verb < 3 || s.words[verb - 1].lower != "to")
        return false;
    for (std::size_t k = verb - 1; k-- > actor.word && verb - k < 16;) {
        const auto& w = s.words[k].lower;
        if (s.words[k].punct && w != "'" && w != "-")
            return false;
        const bool advantage = w == "advantage" && k >= 1 &&
                               (s.words[k - 1].lower == "took" || s.words[k - 1].lower == "taking" ||
                                s.words[k - 1].lower == "take" || s.words[k - 1].lower == "takes");
        if (advantage || w == "exploited" || w == "exploiting" || w == "exploit" || w == "exploits")
            return true;
    }
    return false;
}

// "fighters of the Eighth Brigade, the force that has held Busra al-Sham since the 2018 deal, took
// control of the Nasib border crossing": the actor an apposition closed right before the verb
// describes, however far its own verb pushed the clause's start.
bool appositionOpener(const Sent& s, const Binding& actor, std::size_t verb, std::size_t left)
{
    const std::size_t comma = verb >= 1 && s.words[verb - 1].lower == "," ? verb - 1
                              : left >= 1 && s.words[left - 1].lower == "," ? left - 1
                                                                              : 0;
    const ActorMention* head = comma > 0 ? appositionHead(s, comma) : nullptr;
    // (Or a word of the apposition bound to the same actor: "the Russian-backed force".)
    return head && actor.word + 3 >= head->firstWord && actor.word < comma &&
           (actor.word < head->lastWord || actor.actorId == head->actorId);
}

// "Fighters of the southern factions had in fact reached the capital first": a sentence adverb of
// two words between the subject and its verb leaves the subject in place, as "reportedly" does.
bool adverbialSubject(const Sent& s, const Binding& actor, std::size_t verb)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kAdverbs{{{"in", "fact"},
                                                                                            {"in", "effect"},
                                                                                            {"in", "turn"},
                                                                                            {"at", "last"},
                                                                                            {"at", "first"},
                                                                                            {"by", "then"},
                                                                                            {"of", "course"},
                                                                                            {"at", "once"}}};
    // The mention the binding opens, or the named group it runs into ("Fighters of the southern factions").
    const ActorMention* self = nullptr;
    for (const auto& a : s.actors)
        if (a.firstWord >= actor.word && a.firstWord <= actor.word + 3 && a.lastWord < verb)
            self = &a;
    if (!self)
        return false;
    bool adverb = false;
    std::size_t k = self->lastWord;
    while (k < verb) {
        const auto& w = s.words[k].lower;
        if (isSoftWord(w) && w != ",") {
            ++k;
            continue;
        }
        const bool pair = k + 1 < verb && std::any_of(kAdverbs.begin(), kAdverbs.end(), [&](const auto& p) {
                              return p.first == w && p.second == s.words[k + 1].lower;
                          });
        if (!pair)
            return false;
        adverb = true;
        k += 2;
    }
    return adverb;
}

} // namespace sitrep::text::detail
