// Words for "our side's fighters" (actorroles.h kOwnSideWords): "the mujahideen", "the
// Resistance", "our heroes" name no side of their own; they are the side of whoever says them —
// a speaker of a side, else the outlet writing in its own voice (ActorBinder::ownSideActor).
#include "claimactors.h"
#include "claimwords.h"

#include <array>
#include <string>
#include <string_view>

namespace sitrep::text::detail {

namespace {

// The party an outlet is the voice of (speakeroutlets.cpp's table), when the text's actors know it;
// the Command's agencies speak for the opposition where HTS is not an actor of the text.
std::string outletParty(const std::string& outletName, const ActorMatcher& actors)
{
    const std::string party(text::outletParty(outletName));
    if (party.empty() || actors.actor(party))
        return party;
    return party == "hts" && actors.actor("opposition") ? "opposition" : "";
}

} // namespace

std::string ActorBinder::ownSideActor(const Sent& s, const ActorMention& p) const
{
    std::string own;
    // "Hezbollah sources denied reports that the Resistance had pulled its fighters out of
    // al-Qusayr": a speaker naming an actor speaks of that actor's men; a speaker of a side of
    // that side's ("a military source said our heroes …"); "sources", "reports": the outlet's.
    if (const auto* named = speakerActor(s, p.firstWord))
        own = outletActor(*named);
    else
        for (const auto& att : s.attributions)
            if (!att.pronoun && !att.vague && p.firstWord >= att.scopeFirst && p.firstWord < att.scopeLast) {
                if (att.side == core::SpeakerSide::Government && m_actors.actor("government"))
                    own = "government";
                else if (att.side == core::SpeakerSide::Opposition && m_actors.actor("opposition"))
                    own = "opposition";
            }
    if (own.empty())
        own = outletParty(m_outlet, m_actors);
    if (own.empty())
        return {};
    const std::string word = asciiLower(p.text);
    const auto* root = m_actors.actor(m_actors.root(own));
    const std::string_view side = root ? std::string_view(root->side) : std::string_view();
    // "The Resistance" is Hezbollah's name for itself (and its allies' for it), none else's.
    if (word.find("resistance") != std::string::npos)
        return m_actors.related(own, "hezbollah") ? own : std::string();
    // "The mujahideen" fight a holy war: Hezbollah's, the Iraqi militias', the rebels' men, never
    // the state's army, the Kurds' or a foreign state's.
    if (word.find("muja") != std::string::npos)
        return m_actors.related(own, "hezbollah") || m_actors.related(own, "iran-militias") || side == "opposition"
            ? own
            : std::string();
    return own; // "our heroes", "the heroes": whichever side says it
}

} // namespace sitrep::text::detail
