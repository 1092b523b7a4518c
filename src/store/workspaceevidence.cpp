#include "workspaceevidence.h"

#include "core/regionclaims.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace sitrep::store {

namespace {

struct MentionSpan {
    std::string articleId;
    std::size_t start = 0;
    std::size_t end = 0;
    auto operator<=>(const MentionSpan&) const = default;
};

} // namespace

ReviewEffect applyReviewDecisions(std::vector<core::Claim>& claims, std::span<const ReviewDecision> decisions,
    std::span<const core::Mention> mentions)
{
    // The newest decision about each mention (decisions come oldest first).
    std::map<MentionSpan, const ReviewDecision*> latest;
    for (const ReviewDecision& d : decisions)
        if (!isSentenceDecision(d.decision)) // a sentence's verdict moves no claim
            latest[{d.articleId, d.start, d.end}] = &d;
    ReviewEffect effect;
    std::vector<bool> drop(claims.size(), false);
    for (const auto& [span, decision] : latest) {
        // The place the geoparser chose for the mention: the claims it made are on that place.
        auto mention = std::find_if(mentions.begin(), mentions.end(), [&](const core::Mention& m) {
            return m.articleId == span.articleId && m.start == span.start && m.end == span.end;
        });
        if (mention == mentions.end() || !mention->placeId)
            continue; // an unresolved mention made no claim on a place
        const std::string& chosen = *mention->placeId;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            core::Claim& c = claims[i];
            if (drop[i] || c.source.articleId != span.articleId || c.placeId != chosen || c.source.start > span.start
                || c.source.end < span.end)
                continue;
            if (decision->decision == "pin" && !decision->placeId.empty()) {
                if (c.placeId != decision->placeId) {
                    c.placeId = decision->placeId;
                    c.regionId.clear();
                    ++effect.pinned;
                }
            } else if (decision->decision == "reject") {
                drop[i] = true;
                ++effect.rejected;
            }
        }
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (drop[i])
            continue;
        if (kept != i)
            claims[kept] = std::move(claims[i]);
        ++kept;
    }
    claims.resize(kept);
    return effect;
}

core::Result<WorkspaceEvidence> readWorkspaceEvidence(Workspace& workspace)
{
    WorkspaceEvidence out;
    out.location = workspace.location();
    auto ids = workspace.articleIds();
    if (!ids)
        return std::unexpected(ids.error());
    out.articleIds.insert(ids->begin(), ids->end());
    auto claims = workspace.allClaims();
    if (!claims)
        return std::unexpected(claims.error());
    // In the order `sitrep state FILE…` reads them: by file, each article's claims as extracted.
    std::stable_sort(claims->begin(), claims->end(),
        [](const core::Claim& a, const core::Claim& b) { return a.source.file < b.source.file; });

    auto decisions = workspace.reviewDecisions();
    if (!decisions)
        return std::unexpected(decisions.error());
    if (!decisions->empty()) {
        std::vector<core::Mention> mentions;
        std::unordered_set<std::string> decided;
        for (const ReviewDecision& d : *decisions)
            if (decided.insert(d.articleId).second) {
                auto m = workspace.mentions(d.articleId);
                if (!m)
                    return std::unexpected(m.error());
                mentions.insert(mentions.end(), m->begin(), m->end());
            }
        const ReviewEffect effect = applyReviewDecisions(*claims, *decisions, mentions);
        out.pinnedClaims = effect.pinned;
        out.rejectedClaims = effect.rejected;
    }
    out.claims.reserve(claims->size());
    for (core::Claim& c : *claims) {
        if (c.placeId.empty())
            ++out.unplacedClaims;
        else
            out.claims.push_back(std::move(c));
    }

    auto overrides = workspace.overrides();
    if (!overrides)
        return std::unexpected(overrides.error());
    for (Override& o : *overrides) {
        // The analyst's note is why the place is held: it stands where an article's sentence
        // would, so `state` evidence and the place panel show it (the author is the speaker).
        if (o.claim.source.sentence.empty())
            o.claim.source.sentence = o.note;
        out.overrides.push_back(std::move(o.claim));
    }
    auto places = workspace.places();
    if (!places)
        return std::unexpected(places.error());
    out.places = std::move(*places);
    return out;
}

std::size_t addArticleClaims(core::ControlEngine& engine, std::span<const core::Claim> claims,
    const core::Gazetteer& gazetteer, std::string_view defaultActor)
{
    const std::string incumbent = defaultActor.empty() ? std::string() : engine.rootActor(defaultActor);
    // Expanded first and judged against the engine as it stands (one timeline build), then added.
    std::vector<core::Claim> pending;
    for (const core::Claim& claim : claims) {
        if (claim.placeId.empty())
            continue; // waits for review: no place to hold state
        for (core::Claim& c : core::expandRegionClaim(claim, gazetteer)) {
            const bool fromRegion = c.placeId != claim.placeId;
            if (fromRegion && !incumbent.empty() && c.time.from && !c.actor.empty()) {
                const core::PlaceState st = engine.state(c.placeId, *c.time.from, core::Lens::latest());
                const std::string holder = st.actor.empty() ? std::string() : engine.rootActor(st.actor);
                if (!holder.empty() && holder != incumbent && holder != engine.rootActor(c.actor))
                    continue; // a third party's place: the region claim is not about it
            }
            pending.push_back(std::move(c));
        }
    }
    for (core::Claim& c : pending)
        engine.addClaim(std::move(c));
    return pending.size();
}

std::size_t fillEngine(core::ControlEngine& engine, const EngineSources& s)
{
    engine.setActors(*s.actors);
    auto inCountry = [&](const core::Place& p) {
        return core::isSettlementLike(p.kind) && (s.country.empty() || p.country == s.country);
    };
    for (const core::Place& p : s.gazetteer->places())
        if (inCountry(p))
            engine.addPlace(p.id);
    for (const core::Claim& c : s.scenarioClaims)
        if (!s.baselineOnly || c.baseline)
            engine.addClaim(c);
    if (!s.workspace)
        return 0;
    for (const core::Place& p : s.workspace->places)
        if (inCountry(p))
            engine.addPlace(p.id);
    const std::size_t added = addArticleClaims(engine, s.workspace->claims, *s.gazetteer, s.defaultActor);
    for (const core::Claim& c : s.workspace->overrides)
        engine.addClaim(c);
    return added;
}

} // namespace sitrep::store
