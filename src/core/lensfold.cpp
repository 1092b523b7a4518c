// The three folds that turn a lens's claims into a LensTimeline, and the timeline's queries.
#include "lenstimeline.h"
#include "placefold.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

namespace sitrep::core::detail {

std::uint32_t ActorTable::intern(std::string_view id)
{
    if (id.empty())
        return kNoActor;
    auto it = m_index.find(std::string(id));
    if (it != m_index.end())
        return it->second;
    const auto idx = static_cast<std::uint32_t>(m_names.size());
    m_names.emplace_back(id);
    m_index.emplace(m_names.back(), idx);
    m_parent.push_back(kNoActor);
    m_root.push_back(idx);
    return idx;
}

std::uint32_t ActorTable::find(std::string_view id) const
{
    if (id.empty())
        return kNoActor;
    auto it = m_index.find(std::string(id));
    return it == m_index.end() ? kNoActor : it->second;
}

bool ActorTable::within(std::uint32_t a, std::uint32_t ancestor) const
{
    if (a == kNoActor || ancestor == kNoActor)
        return false;
    for (std::size_t steps = 0; steps <= m_names.size() && a != kNoActor; ++steps) {
        if (a == ancestor)
            return true;
        a = m_parent[a];
    }
    return false;
}

const Segment* LensTimeline::segmentAt(std::size_t place, Instant t) const
{
    const auto first = starts.begin() + placeBegin[place];
    const auto last = starts.begin() + placeBegin[place + 1];
    auto it = std::upper_bound(first, last, t);
    return it == first ? nullptr : &segments[static_cast<std::size_t>(it - starts.begin()) - 1];
}

void LensTimeline::finish(const ActorTable& actors, const std::vector<std::string>& placeIds)
{
    starts.clear();
    starts.reserve(segments.size());
    for (const Segment& s : segments)
        starts.push_back(s.start);
    parties.clear();
    parties.reserve(partyRefs.size());
    for (const PartyRef& r : partyRefs)
        parties.push_back({actors.name(r.actor), Evidence(pool.data() + r.begin, r.count)});
    changes.clear();
    for (std::size_t p = 0; p + 1 < placeBegin.size(); ++p) {
        ControlStatus prevStatus = ControlStatus::Unknown;
        std::uint32_t prevActor = kNoActor;
        for (std::uint32_t i = placeBegin[p]; i < placeBegin[p + 1]; ++i) {
            const Segment& s = segments[i];
            const bool differs = s.status != prevStatus
                || (s.status == ControlStatus::Held && !actors.agrees(s.actor, prevActor));
            // A place's first state counts as a change only when something besides the
            // baseline decided it (the baseline is where the story starts, not a change).
            if (differs && (i != placeBegin[p] || s.spoken))
                changes.push_back({placeIds[p], prevStatus, actors.name(prevActor), s.status, actors.name(s.actor),
                                   s.start, evidenceOf(s)});
            prevStatus = s.status;
            prevActor = s.actor;
        }
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ControlChange& a, const ControlChange& b) { return a.at < b.at; });
}

namespace {

std::string voiceOf(const Claim& c)
{
    switch (c.source.side) {
    case SpeakerSide::Opposition: return "o";
    case SpeakerSide::Government: return "g";
    case SpeakerSide::Analyst: return "a";
    case SpeakerSide::Independent:
    case SpeakerSide::Unknown: break;
    }
    std::string key = "n:";
    for (char ch : c.source.outlet)
        key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return key;
}

bool isDenial(const Claim& c)
{
    return c.stance == Stance::Denies || c.kind == ClaimKind::Denied;
}

bool isNeutral(const Claim& c)
{
    return c.source.side != SpeakerSide::Opposition && c.source.side != SpeakerSide::Government;
}

// The rival a partisan denial answers, or kNoActor. A government or opposition voice denying that
// an actor of another side took, entered or holds the place ("state TV denied the insurgents had
// entered Homs") answers reports of that gain; one denying its own side's loss ("denied that the
// army had withdrawn") answers the other party of a running contest, else the side the loss
// would have gone to (the claim's counterpart, else the other side's main actor): a state-media
// denial is never calm control. Either way the place is disputed, even when the reports it
// answers were not heard.
std::uint32_t rivalDenied(const Claim& c, const Assertion& a, const ActorTable& actors, const PlaceFold& fold)
{
    if (!isDenial(c) || isNeutral(c) || a.holder == kNoActor)
        return kNoActor;
    const std::uint32_t x = actors.find(c.actor);
    const bool doubleNegation = c.kind == ClaimKind::Denied && c.stance == Stance::Denies;
    // ("denied the insurgents had reached the outskirts of Homs": reports of fighting, answered.)
    const bool gain = !doubleNegation
        && (c.kind == ClaimKind::Denied || c.kind == ClaimKind::Captured || c.kind == ClaimKind::Entered
            || c.kind == ClaimKind::Controls || c.kind == ClaimKind::Contested || c.kind == ClaimKind::Besieged);
    if (gain)
        return x != kNoActor && !actors.sameRoot(a.holder, x) && actors.sideOf(x) != c.source.side ? x : kNoActor;
    if (const std::uint32_t running = fold.rivalOf(a.holder); running != kNoActor)
        return running;
    const bool ownLoss = !doubleNegation && (c.kind == ClaimKind::Withdrew || c.kind == ClaimKind::Surrendered)
        && x != kNoActor && actors.sideOf(x) == c.source.side;
    if (!ownLoss)
        return kNoActor;
    if (const std::uint32_t to = actors.find(c.counterpart); to != kNoActor && !actors.sameRoot(to, x))
        return to;
    const SpeakerSide other = c.source.side == SpeakerSide::Government ? SpeakerSide::Opposition
                                                                        : SpeakerSide::Government;
    return actors.rootOnSide(other);
}

struct Heard {
    const Claim* claim = nullptr;
    Assertion assertion;
    Instant t = 0;
    std::string voice;
};

using Group = std::pair<Assertion, std::vector<const Claim*>>;

} // namespace

LensTimeline foldVoices(const FoldInput& in)
{
    LensTimeline out;
    PlaceFold fold(out, in.actors, in.config);
    const Instant window = in.config.contradictionWindow;
    std::vector<Heard> heard;
    std::vector<const Heard*> live;
    // The last partisan denial that made the place disputed: its voice keeps it so until another speaks.
    struct Dispute {
        std::string voice;
        std::uint32_t denier = kNoActor;
        std::uint32_t rival = kNoActor;
        Instant t = 0;
    } dispute;
    for (std::size_t p = 0; p < in.placeIds.size(); ++p) {
        out.placeBegin.push_back(static_cast<std::uint32_t>(out.segments.size()));
        fold.beginPlace();
        heard.clear();
        dispute = {};
        bool overridden = false;
        for (const Claim* c : in.claims[p]) {
            const Instant t = *c->time.from;
            const Assertion a = fold.assertionOf(*c);
            if (c->analystOverride) {
                overridden = true;
                fold.applyOverride(*c, a, t);
                fold.emit(t);
                continue;
            }
            const std::string voice = voiceOf(*c);
            auto it = std::find_if(heard.begin(), heard.end(), [&](const Heard& h) { return h.voice == voice; });
            if (it == heard.end())
                heard.push_back({c, a, t, voice});
            else
                *it = {c, a, t, voice};
            if (overridden) {
                fold.addEvidence(*c);
            } else if (a.contested) {
                fold.applyContest(*c, a, t);
            } else {
                // Other voices heard within the window, less partisan ones a neutral report
                // contradicted after they spoke.
                live.clear();
                for (const Heard& h : heard) {
                    const Instant reach = isDenial(*c) || isDenial(*h.claim) ? std::max(window, in.config.denialWindow)
                                                                               : window;
                    if (h.claim == c || h.t < t - reach || h.assertion.contested)
                        continue;
                    const bool setAside = !isNeutral(*h.claim)
                        && std::any_of(heard.begin(), heard.end(), [&](const Heard& n) {
                               return isNeutral(*n.claim) && n.t > h.t && n.t >= t - window
                                   && fold.contradicts(n.assertion, h.assertion);
                           });
                    if (!setAside)
                        live.push_back(&h);
                }
                std::vector<Group> groups{{a, {}}};
                bool disagreement = false;
                for (const Heard* h : live) {
                    if (fold.contradicts(a, h->assertion))
                        disagreement = true;
                    auto g = std::find_if(groups.begin(), groups.end(),
                                          [&](const Group& x) { return fold.sameAssertion(x.first, h->assertion); });
                    if (g == groups.end())
                        groups.push_back({h->assertion, {h->claim}});
                    else
                        g->second.push_back(h->claim);
                }
                const std::uint32_t rival = disagreement || !in.denialsContest ? kNoActor
                                                                               : rivalDenied(*c, a, in.actors, fold);
                const bool denierAgain = !disagreement && dispute.rival != kNoActor && voice == dispute.voice
                    && t - dispute.t <= in.config.denialWindow && in.actors.sameRoot(a.holder, dispute.denier);
                if (rival != kNoActor) {
                    dispute = {voice, a.holder, rival, t};
                    fold.applyDenialDispute(*c, a.holder, rival, t);
                } else if (denierAgain) {
                    // "denied …, saying the army is in full control": the denier's own side of the dispute.
                    fold.applyDenialDispute(*c, a.holder, dispute.rival, t);
                } else if (!disagreement) {
                    dispute = {};
                    fold.applyHeld(*c, a, t, groups.front().second);
                } else {
                    dispute = {};
                    groups.front().second.push_back(c);
                    fold.applyDisagreement(*c, std::move(groups), t);
                }
            }
            fold.emit(t);
        }
    }
    out.placeBegin.push_back(static_cast<std::uint32_t>(out.segments.size()));
    out.finish(in.actors, in.placeIds);
    return out;
}

LensTimeline foldConsensus(const FoldInput& in)
{
    LensTimeline out;
    PlaceFold fold(out, in.actors, in.config);
    std::vector<Group> pending;
    auto outletsIn = [](const std::vector<const Claim*>& claims) {
        std::set<std::string> outlets;
        for (const Claim* c : claims) {
            std::string key;
            for (char ch : c->source.outlet)
                key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (!key.empty())
                outlets.insert(std::move(key));
        }
        return outlets.size();
    };
    for (std::size_t p = 0; p < in.placeIds.size(); ++p) {
        out.placeBegin.push_back(static_cast<std::uint32_t>(out.segments.size()));
        fold.beginPlace();
        pending.clear();
        bool overridden = false;
        for (const Claim* c : in.claims[p]) {
            const Instant t = *c->time.from;
            const Assertion a = fold.assertionOf(*c);
            const bool agreesWithState = a.contested
                ? fold.status() == ControlStatus::Contested
                : (a.holder == kNoActor ? fold.status() == ControlStatus::Unknown && fold.holder() == kNoActor
                                        : fold.status() == ControlStatus::Held
                                              && in.actors.agrees(a.holder, fold.holder()));
            if (c->analystOverride) {
                overridden = true;
                fold.applyOverride(*c, a, t);
            } else if (overridden) {
                fold.addEvidence(*c);
            } else if (c->baseline || agreesWithState) {
                if (a.contested)
                    fold.applyContest(*c, a, t);
                else
                    fold.applyHeld(*c, a, t);
            } else {
                for (auto& g : pending)
                    std::erase_if(g.second, [&](const Claim* k) { return *k->time.from < t - in.config.consensusWindow; });
                std::erase_if(pending, [](const Group& g) { return g.second.empty(); });
                auto g = std::find_if(pending.begin(), pending.end(),
                                      [&](const Group& x) { return fold.sameAssertion(x.first, a); });
                if (g == pending.end()) {
                    pending.push_back({a, {c}});
                    g = pending.end() - 1;
                } else {
                    g->second.push_back(c);
                }
                if (outletsIn(g->second) < 2)
                    continue; // one outlet alone changes nothing yet
                const std::vector<const Claim*> agreeing = std::move(g->second);
                pending.clear();
                if (a.contested) {
                    for (const Claim* k : agreeing)
                        fold.applyContest(*k, a, t);
                } else {
                    fold.applyHeld(*c, a, t, agreeing);
                }
            }
            fold.emit(t);
        }
    }
    out.placeBegin.push_back(static_cast<std::uint32_t>(out.segments.size()));
    out.finish(in.actors, in.placeIds);
    return out;
}

LensTimeline mergeContested(const FoldInput& in, const LensTimeline& latest, std::span<const LensTimeline* const> sides)
{
    LensTimeline out;
    std::vector<Instant> starts;
    auto copyClaims = [&](Evidence e) {
        const auto begin = static_cast<std::uint32_t>(out.pool.size());
        out.pool.insert(out.pool.end(), e.begin(), e.end());
        return begin;
    };
    for (std::size_t p = 0; p < in.placeIds.size(); ++p) {
        out.placeBegin.push_back(static_cast<std::uint32_t>(out.segments.size()));
        starts.clear();
        for (const LensTimeline* tl : sides)
            for (auto i = tl->placeBegin[p]; i < tl->placeBegin[p + 1]; ++i)
                starts.push_back(tl->segments[i].start);
        for (auto i = latest.placeBegin[p]; i < latest.placeBegin[p + 1]; ++i)
            starts.push_back(latest.segments[i].start);
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
        bool wasDisagreement = false;
        Instant disagreementSince = 0;
        for (Instant t : starts) {
            const Segment* l = latest.segmentAt(p, t);
            if (l == nullptr)
                continue;
            // Sides that have spoken about the place, each with its holder or its contest.
            std::vector<std::pair<const Segment*, const LensTimeline*>> spoken;
            for (const LensTimeline* tl : sides) {
                const Segment* s = tl->segmentAt(p, t);
                if (s != nullptr && s->spoken && s->status != ControlStatus::Unknown)
                    spoken.push_back({s, tl});
            }
            bool disagree = false;
            for (std::size_t i = 1; i < spoken.size() && !disagree; ++i) {
                const Segment& a = *spoken[0].first;
                const Segment& b = *spoken[i].first;
                disagree = a.status != b.status
                    || (a.status == ControlStatus::Held && !in.actors.sameRoot(a.actor, b.actor));
            }
            Segment s = *l;
            s.start = t;
            if (l->status == ControlStatus::Contested || !disagree) {
                s.evidenceBegin = copyClaims(latest.evidenceOf(*l));
                s.partyBegin = static_cast<std::uint32_t>(out.partyRefs.size());
                for (auto i = l->partyBegin; i < l->partyBegin + l->partyCount; ++i) {
                    const PartyRef& r = latest.partyRefs[i];
                    out.partyRefs.push_back({r.actor, copyClaims({latest.pool.data() + r.begin, r.count}), r.count});
                }
                wasDisagreement = false;
            } else {
                if (!wasDisagreement)
                    disagreementSince = t;
                wasDisagreement = true;
                s.status = ControlStatus::Contested;
                s.since = disagreementSince;
                s.evidenceBegin = static_cast<std::uint32_t>(out.pool.size());
                s.partyBegin = static_cast<std::uint32_t>(out.partyRefs.size());
                std::uint32_t evidenceCount = 0;
                for (const auto& [seg, tl] : spoken) {
                    const Evidence e = tl->evidenceOf(*seg);
                    out.partyRefs.push_back({seg->status == ControlStatus::Held ? seg->actor : kNoActor,
                                             copyClaims(e), static_cast<std::uint32_t>(e.size())});
                    evidenceCount += static_cast<std::uint32_t>(e.size());
                }
                s.evidenceCount = evidenceCount; // the parties' claims, side by side
                s.partyCount = static_cast<std::uint32_t>(out.partyRefs.size()) - s.partyBegin;
                out.segments.push_back(s);
                continue;
            }
            s.partyCount = static_cast<std::uint32_t>(out.partyRefs.size()) - s.partyBegin;
            out.segments.push_back(s);
        }
    }
    out.placeBegin.push_back(static_cast<std::uint32_t>(out.segments.size()));
    out.finish(in.actors, in.placeIds);
    return out;
}

} // namespace sitrep::core::detail
