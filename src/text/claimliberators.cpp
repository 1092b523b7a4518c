// Who liberated a place no doer is named for (claimliberators.h): "liberated" is the victor's word,
// so the side that speaks it, the outlet that writes it in its own voice, or a town's "own sons".
#include "claimliberators.h"

namespace sitrep::text::detail {

bool liberatorWord(std::string_view w) { return w == "liberated" || w == "freed"; }

// "Homs is fully liberated, the Military Operations Command announced": a liberation whose doer
// goes unnamed, in the words of a side that holds ground, is that side's own — "liberated" is the
// victor's word for what it took. The first actor named in the speaker phrase.
std::optional<Binding> liberatorSpeaking(const Sent& s, const Trigger& t, const ActorBinder& binder)
{
    if (!liberatorWord(s.words[t.last - 1].lower))
        return std::nullopt;
    // The nearest speaker before it ("… said its fighters entered the capital, hours before the
    // HTS-led coalition declared that Damascus had been \"liberated\"": the coalition's word).
    for (auto it = s.attributions.rbegin(); it != s.attributions.rend(); ++it) {
        const auto& a = *it;
        if (a.pronoun || a.denies || t.first < a.scopeFirst || t.first >= a.scopeLast)
            continue;
        for (const auto& m : s.actors)
            if (!m.pronoun && !m.generic && m.firstWord >= a.phraseFirst && m.lastWord <= a.phraseLast)
                if (auto b = binder.bind(s, m, 1); !b.actorId.empty() && binder.holdsGround(b.actorId))
                    return b;
    }
    return std::nullopt;
}

// An agentless liberation ("the liberation of", "was liberated") no speaker in its sentence
// reports: the outlet's own word, so its own side's (ActorBinder::outletLiberator); else empty.
std::string ownVoiceLiberator(const Sent& s, const Trigger& t, const ActorBinder& binder, const std::string& fallback)
{
    bool liberation = false;
    for (std::size_t k = t.first; k < t.last && k < s.words.size(); ++k)
        liberation = liberation || s.words[k].lower.starts_with("liberat");
    if (!liberation)
        return {};
    for (const auto& a : s.attributions)
        if (t.first >= a.scopeFirst && t.first < a.scopeLast)
            return {};
    return binder.outletLiberator(fallback);
}

// "Nawa was liberated at dawn on Saturday by its own sons": a town's own people who liberate it are
// its local fighters, the opposition.
bool byOwnPeople(const Sent& s, std::size_t by)
{
    const auto at = [&](std::size_t k) { return k < s.words.size() ? std::string_view(s.words[k].lower) : ""; };
    std::size_t k = by + 1;
    if (at(k) != "its" && at(k) != "their")
        return false;
    k += at(k + 1) == "own" ? 2 : 1;
    return at(k) == "sons" || at(k) == "people" || at(k) == "youth" || at(k) == "men";
}

} // namespace sitrep::text::detail
