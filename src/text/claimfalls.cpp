// A fall with no doer and a fall with no day (claimfalls.h). "Fell" names no taker: a place falls
// to the side attacking it, so an agentless fall read as the capture of a side that takes nothing
// in the whole article — usually the army the article had just spoken of defending it — is the
// capture of the side the article shows taking ground. "The fall of Hama" tells of a capture the
// article may date elsewhere ("By the afternoon the fighters had entered Hama"): that day and doer.
#include "claimfalls.h"
#include "claimwords.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

namespace sitrep::text {

namespace {

using core::ClaimKind;

// "Hama fell on Thursday": the bare verb, no "to" or "under" naming who took it.
bool bareFall(const ExtractedClaim& c)
{
    const std::string t = asciiLower(c.trigger);
    return c.claim.kind == ClaimKind::Captured && (t == "fell" || t == "fallen" || t == "falls" || t == "fall");
}

// "the fall of Hama", "the city's fall": the noun, read as who holds it now.
bool fallNoun(const ExtractedClaim& c)
{
    const std::string t = asciiLower(c.trigger);
    return c.claim.kind == ClaimKind::Controls && (t == "the fall of" || t == "fall of" || t == "'s fall");
}

// A gain the text itself tells, with its doer: "the fighters had entered Hama itself".
bool toldGain(const ExtractedClaim& c)
{
    return c.claim.stance == core::Stance::Affirms && !c.claim.actor.empty() && !bareFall(c) &&
           (c.claim.kind == ClaimKind::Captured || c.claim.kind == ClaimKind::Entered);
}

} // namespace

void settleFalls(std::vector<ExtractedClaim>& out, const ActorMatcher& actors)
{
    // The sides the article shows taking ground, by how often.
    std::map<std::string, int> gains;
    for (const auto& c : out)
        if (toldGain(c))
            ++gains[actors.root(c.claim.actor)];
    const auto takesGround = [&](const std::string& id) { return gains.contains(actors.root(id)); };

    for (auto& c : out) {
        // "Jabal Zayn al-Abidin, the mountain overlooking the city, fell on Thursday morning" after
        // a paragraph on the army's defence: not the army's capture. The side that took that place
        // in the text, else the side that takes the most ground in it. Affirmed only: "dismissing
        // reports that the town had fallen" is the opposition's denied gain (ownSideDenials).
        if (bareFall(c) && c.claim.stance == core::Stance::Affirms && !takesGround(c.claim.actor)) {
            const auto same = std::find_if(out.begin(), out.end(), [&](const ExtractedClaim& g) {
                return toldGain(g) && g.claim.placeId == c.claim.placeId;
            });
            std::string taker = same != out.end() ? same->claim.actor : std::string();
            if (same == out.end())
                for (int most = 0; const auto& [id, n] : gains)
                    if (n > most)
                        most = n, taker = id;
            if (!taker.empty())
                c.claim.actor = taker;
        }
        // "The fall of Hama, a city the opposition had never taken, opened the road to Homs" with no
        // day of its own, after "By the afternoon the fighters had entered Hama itself": the
        // capture on the day of that entry, by its doer. No such gain told: kept as read.
        if (fallNoun(c) && c.publicationDay && c.claim.stance == core::Stance::Affirms) {
            const ExtractedClaim* dated = nullptr;
            for (const auto& g : out)
                if (!dated && &g != &c && toldGain(g) && g.claim.placeId == c.claim.placeId && !g.timeUnknown &&
                    !g.publicationDay)
                    dated = &g;
            const bool told = dated && std::any_of(out.begin(), out.end(), [&](const ExtractedClaim& g) {
                                  return g.claim.kind == ClaimKind::Captured && g.claim.placeId == c.claim.placeId &&
                                         actors.related(g.claim.actor, dated->claim.actor) &&
                                         g.claim.time.from == dated->claim.time.from;
                              });
            if (dated && !told) {
                c.claim.kind = ClaimKind::Captured;
                c.claim.actor = dated->claim.actor;
                c.claim.time = dated->claim.time;
                c.publicationDay = false;
            }
        }
    }
}

} // namespace sitrep::text
