#include "claimfallback.h"

#include "claimechoes.h"
#include "claimunrealised.h"
#include "claimwords.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::text::detail {

using core::ClaimKind;

namespace {

// Words that may stand between a verb and a later object of its run: "entered the abandoned city of
// Quneitra … and the villages of Hader", "seized most of the town of Rastan". A preposition of
// direction ("to", "toward", "near"), a distance or a new verb is not among them.
constexpr std::array<std::string_view, 46> kGapWords{
    "the", "a", "an", "and", ",", "of", "also", "both", "parts", "large", "most", "much", "all", "entire",
    "whole", "rest", "several", "key", "strategic", "nearby", "neighbouring", "neighboring", "northern", "southern", "eastern", "western",
    "central", "city", "town", "towns", "village", "villages", "neighbourhood", "neighbourhoods",
    "neighborhood", "neighborhoods", "district", "districts", "area", "areas", "abandoned", "control",
    "full", "into", "from", "out"};

// The trigger's clause reaches the slot through words of an object run only; a comma-closed aside
// ("Quneitra, destroyed in 1974 and never rebuilt, and …") is stepped over, never a place inside it.
bool inObjectRun(const Sent& s, const Trigger& t, const PlaceSlot& p)
{
    std::size_t k = t.last;
    while (k < p.first) {
        if (const auto slot = std::find_if(s.slots.begin(), s.slots.end(),
                                           [&](const PlaceSlot& o) { return o.first == k && o.last <= p.first; });
            slot != s.slots.end()) {
            k = slot->last;
            continue;
        }
        if (const std::size_t end = timeAdjunctEnd(s.words, k); end > k) {
            k = end;
            continue;
        }
        const std::string_view w = s.words[k].lower;
        if (w == "," && k + 1 < s.words.size() && s.words[k + 1].lower != "and") {
            std::size_t close = k + 1;
            while (close < s.words.size() && s.words[close].lower != "," && !isClauseBoundary(s.words, close))
                ++close;
            // The aside must close with ", and" going on with the run.
            if (close >= p.first || close + 1 >= s.words.size() || s.words[close].lower != "," ||
                s.words[close + 1].lower != "and")
                return false;
            k = close;
            continue;
        }
        if (!oneOf(kGapWords, w))
            return false;
        ++k;
    }
    return true;
}

// "al-Qusayr and the western Homs countryside": the area around the place; "the Sheikh Maqsoud
// district of Aleppo": the city a place lies in, not the ground the verb took.
bool standsForAnother(const Sent& s, const PlaceSlot& p)
{
    if (p.last < s.words.size() && isSurroundingNoun(s.words[p.last].lower))
        return true;
    if (p.first < 2 || s.words[p.first - 1].lower != "of")
        return false;
    return std::any_of(s.slots.begin(), s.slots.end(),
                       [&](const PlaceSlot& o) { return o.last == p.first - 2 || o.last == p.first - 1; });
}

bool claimable(const PlaceSlot& p, const ExtractOptions& options)
{
    if (p.placeIds.empty() || p.region || p.anaphoric || p.edge || p.waypoint || p.dateline ||
        p.kind == core::PlaceKind::Country)
        return false;
    return options.keepsCountry(p.country);
}


// The fallback claims of one trigger `t` on places before word `until` (the next trigger).
void fallbackOf(std::vector<ExtractedClaim>& out, std::size_t from, const Sent& s, std::size_t si, const Trigger& t,
                std::size_t until, const core::Article& article, core::SpeakerSide outletVoice,
                const ExtractOptions& options, const DateResolver& dates)
{
    if (t.frame != TriggerFrame::Active || t.needsNearObject || t.ofActor ||
        !(t.kind == ClaimKind::Captured || t.kind == ClaimKind::Entered || t.kind == ClaimKind::Withdrew ||
          t.kind == ClaimKind::Controls))
        return;
    if (t.last < s.words.size() && s.words[t.last].lower == "by")
        return; // "was taken by": a passive
    if (t.first > 0 && isPassiveAuxiliary(s.words[t.first - 1].lower))
        return;
    // "massing near Hama to launch a counteroffensive to liberate Aleppo": an infinitive is a
    // purpose or a plan, not a change told.
    if (t.first > 0 && s.words[t.first - 1].lower == "to")
        return;
    const auto [left, right] = clauseOf(s, t);
    if (makesNoClaim(s, t, left, right, article.published) || unrealised(s, t) || negatedAt(s, t, left))
        return;
    // A hedge or hypothetical anywhere, a negation before the verb ("no troops", "did not say
    // whether"); one after it lies in an aside the object run steps over, or stops the run.
    for (std::size_t k = 0; k < s.words.size(); ++k)
        if (isHedgeAt(s.words, k) || isHypotheticalWord(s.words, k) || (k < t.first && isNegationAt(s.words, k)))
            return;
    const Attribution* att = nullptr;
    for (const auto& a : s.attributions) {
        if (a.denies || a.hedges || a.rebuts)
            return;
        if (t.first >= a.scopeFirst && t.first < a.scopeLast)
            att = att ? nullptr : &a;
    }
    if (att && att->pronoun)
        return;

    // The party: the one the sentence's own claims were made for, or the one actor named before
    // the verb in its clause.
    std::optional<ExtractedClaim> model;
    const std::string said = s.sentence->text.substr(s.words[t.first].start,
                                                     s.words[t.last - 1].end - s.words[t.first].start);
    for (std::size_t i = from; i < out.size(); ++i) {
        const auto& c = out[i];
        if (c.trigger != said && c.claim.stance == core::Stance::Affirms && !c.claim.hedged)
            continue;
        if (c.claim.stance != core::Stance::Affirms || c.claim.hedged)
            return;
        if (!model)
            model = c;
        else if (model->claim.actor != c.claim.actor || model->claim.kind != c.claim.kind)
            return;
    }
    if (model && model->claim.kind != t.kind)
        return;
    std::string actor;
    if (!model) {
        if (s.triggers.size() != 1)
            return;
        for (const auto& a : s.actors) {
            if (a.lastWord > t.first && a.firstWord < right)
                return; // another party after the verb: "took Hama from the army"
            if (a.firstWord < left || a.lastWord > t.first || inAttribution(s, a.firstWord, a.lastWord))
                continue;
            if (a.pronoun || a.generic || a.ownSide || a.actorId.empty() || isObliqueMarker(wordBefore(s, a.firstWord)))
                return;
            if (!actor.empty() && actor != a.actorId)
                return;
            actor = a.actorId;
        }
        if (actor.empty())
            return;
    }

    for (const auto& p : s.slots) {
        if (p.first < t.last || p.first >= until || !claimable(p, options) || standsForAnother(s, p) || !inObjectRun(s, t, p))
            continue;
        const bool claimed = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(),
                                         [&](const ExtractedClaim& c) {
                                             return std::find(p.placeIds.begin(), p.placeIds.end(), c.claim.placeId) !=
                                                    p.placeIds.end();
                                         });
        if (claimed)
            continue;
        for (const auto& id : p.placeIds) {
            ExtractedClaim c;
            if (model) {
                c = *model;
            } else {
                const auto timed = claimTime(s, t, left, right, t.kind, dates, article.published);
                c.claim.actor = actor;
                c.claim.kind = timed.kind;
                c.claim.stance = core::Stance::Affirms;
                c.claim.time = timed.time;
                fillSource(c.claim.source, article, outletVoice, s, att);
                c.trigger = said;
                c.timeUnknown = !timed.time.from.has_value();
                c.publicationDay = timed.publicationDay;
                c.strength = 1;
            }
            c.claim.id = article.id + ":" + std::to_string(si) + ":" + std::to_string(out.size());
            c.claim.placeId = id;
            c.claim.regionId = p.regionId;
            c.claim.confidence = 0.6;
            c.placeName = p.name.empty() ? p.text : p.name;
            c.placeText = p.text;
            c.needsReview = false;
            out.push_back(std::move(c));
        }
    }
}

} // namespace

void addFallbackClaims(std::vector<ExtractedClaim>& out, std::size_t from, const Sent& s, std::size_t si,
                       const core::Article& article, core::SpeakerSide outletVoice, const ExtractOptions& options,
                       const DateResolver& dates)
{
    if (s.words.empty() || s.words.back().lower == "?")
        return;
    // One party: the sentence's own claims all for one actor, or none.
    for (std::size_t i = from; i < out.size(); ++i)
        if (out[i].claim.actor != out[from].claim.actor)
            return;
    for (std::size_t i = 0; i < s.triggers.size(); ++i)
        fallbackOf(out, from, s, si, s.triggers[i], i + 1 < s.triggers.size() ? s.triggers[i + 1].first : s.words.size(),
                   article, outletVoice, options, dates);
}

} // namespace sitrep::text::detail
