#include "placefold.h"

#include <algorithm>
#include <cmath>

namespace sitrep::core::detail {

void PlaceFold::beginPlace()
{
    m_placeFirstSegment = m_out.segments.size();
    m_holder = kNoActor;
    m_prevHolder = kNoActor;
    m_status = ControlStatus::Unknown;
    m_since = 0;
    m_lastSupport = 0;
    m_confidence = 0.0;
    m_decays = false;
    m_spoken = false;
    m_evidence.clear();
    m_parties.clear();
}

double PlaceFold::weight(const Claim& c) const
{
    const double w = std::clamp(c.confidence, 0.0, 1.0);
    return c.hedged ? w * m_config.hedgedFactor : w;
}

double PlaceFold::decayedAt(Instant t) const
{
    if (!m_decays || m_config.halfLife <= 0)
        return m_confidence;
    return m_confidence * std::exp2(-static_cast<double>(t - m_lastSupport) / static_cast<double>(m_config.halfLife));
}

std::uint32_t PlaceFold::otherHolder(std::uint32_t lost) const
{
    if (m_holder != kNoActor && !m_actors.sameRoot(m_holder, lost))
        return m_holder;
    if (m_status == ControlStatus::Contested)
        for (const auto& [actor, claims] : m_parties)
            if (actor != kNoActor && !m_actors.sameRoot(actor, lost))
                return actor;
    if (m_prevHolder != kNoActor && !m_actors.sameRoot(m_prevHolder, lost))
        return m_prevHolder;
    return kNoActor;
}

Assertion PlaceFold::assertionOf(const Claim& c) const
{
    const std::uint32_t x = m_actors.find(c.actor);
    const std::uint32_t k = c.counterpart.empty() ? kNoActor : m_actors.find(c.counterpart);
    ClaimKind kind = c.kind;
    bool denies = c.stance == Stance::Denies;
    if (kind == ClaimKind::Denied) { // "denied that X took A" is a capture, denied
        kind = ClaimKind::Captured;
        denies = !denies;
    }
    auto lostBy = [&](std::uint32_t loser) {
        Assertion a;
        a.holder = k != kNoActor ? k : otherHolder(loser);
        if (a.holder == kNoActor)
            a.excluded = loser;
        return a;
    };
    auto held = [](std::uint32_t h) {
        Assertion a;
        a.holder = h;
        return a;
    };
    auto contest = [](std::uint32_t challenger) {
        Assertion a;
        a.contested = true;
        a.challenger = challenger;
        return a;
    };
    if (!denies) {
        switch (kind) {
        case ClaimKind::Controls:
        case ClaimKind::Captured:
            return held(x);
        case ClaimKind::Entered:
        case ClaimKind::Contested:
            return contest(x);
        case ClaimKind::Besieged:
            if (k != kNoActor)
                return held(k);
            if (m_holder != kNoActor && !m_actors.sameRoot(m_holder, x))
                return held(m_holder);
            return contest(x);
        case ClaimKind::Withdrew:
        case ClaimKind::Surrendered:
        case ClaimKind::Denied:
            return lostBy(x);
        }
    }
    switch (kind) {
    case ClaimKind::Controls:
    case ClaimKind::Captured:
    case ClaimKind::Entered:
    case ClaimKind::Denied:
        return lostBy(x);
    case ClaimKind::Withdrew:
    case ClaimKind::Surrendered:
        return held(x);
    case ClaimKind::Contested:
    case ClaimKind::Besieged:
        return held(k != kNoActor ? k : (m_holder != kNoActor ? m_holder : x));
    }
    return held(x);
}

bool PlaceFold::contradicts(const Assertion& a, const Assertion& b) const
{
    if (a.contested || b.contested)
        return false;
    if (a.holder != kNoActor && b.holder != kNoActor)
        return !m_actors.sameRoot(a.holder, b.holder);
    if (a.holder == kNoActor && b.holder != kNoActor)
        return a.excluded != kNoActor && m_actors.sameRoot(a.excluded, b.holder);
    if (b.holder == kNoActor && a.holder != kNoActor)
        return b.excluded != kNoActor && m_actors.sameRoot(b.excluded, a.holder);
    return false;
}

bool PlaceFold::sameAssertion(const Assertion& a, const Assertion& b) const
{
    if (a.contested != b.contested)
        return false;
    if (a.contested)
        return a.challenger == b.challenger || m_actors.sameRoot(a.challenger, b.challenger);
    if (a.holder == kNoActor || b.holder == kNoActor)
        return a.holder == b.holder;
    return m_actors.sameRoot(a.holder, b.holder);
}

void PlaceFold::pushEvidence(const Claim* c)
{
    if (std::find(m_evidence.begin(), m_evidence.end(), c) != m_evidence.end())
        return;
    if (m_config.maxEvidence >= 2 && m_evidence.size() >= m_config.maxEvidence)
        m_evidence.erase(m_evidence.begin() + 1); // keep the deciding claim and the newest
    m_evidence.push_back(c);
}

void PlaceFold::corroborate(const Claim& c, Instant t)
{
    m_confidence = 1.0 - (1.0 - decayedAt(t)) * (1.0 - weight(c));
    m_lastSupport = t;
    if (isAnalyst(c) && !m_config.analystClaimsDecay)
        m_decays = false;
    m_spoken = m_spoken || !c.baseline;
    pushEvidence(&c);
}

void PlaceFold::becomeHeld(std::uint32_t holder, const Claim& c, Instant t)
{
    if (holder != m_holder && m_holder != kNoActor)
        m_prevHolder = m_holder;
    m_holder = holder;
    m_status = holder == kNoActor ? ControlStatus::Unknown : ControlStatus::Held;
    m_since = t;
    m_lastSupport = t;
    m_confidence = weight(c);
    m_decays = !(isAnalyst(c) && !m_config.analystClaimsDecay);
    m_spoken = !c.baseline;
    m_evidence.clear();
    m_parties.clear();
}

void PlaceFold::applyHeld(const Claim& c, const Assertion& a, Instant t, const std::vector<const Claim*>& agreeing)
{
    if (a.holder == kNoActor) {
        if (m_status == ControlStatus::Unknown && !m_evidence.empty()) {
            corroborate(c, t); // lost again: still nobody known to hold it
            return;
        }
        becomeHeld(kNoActor, c, t);
        pushEvidence(&c);
        return;
    }
    if (m_status == ControlStatus::Held && m_actors.agrees(a.holder, m_holder)) {
        if (a.holder != m_holder && m_actors.within(a.holder, m_holder))
            m_holder = a.holder; // "hts" is more precise than "opposition": keep the precise one
        corroborate(c, t);
        return;
    }
    becomeHeld(a.holder, c, t);
    for (const Claim* g : agreeing) {
        if (g != &c) {
            pushEvidence(g);
            m_spoken = m_spoken || !g->baseline;
        }
    }
    pushEvidence(&c);
}

void PlaceFold::openContest(const Claim& c, Instant t)
{
    m_status = ControlStatus::Contested;
    m_since = t;
    m_lastSupport = t;
    m_confidence = weight(c);
    m_decays = !(isAnalyst(c) && !m_config.analystClaimsDecay);
    m_spoken = m_spoken || !c.baseline;
    pushEvidence(&c);
}

void PlaceFold::applyContest(const Claim& c, const Assertion& a, Instant t)
{
    const std::uint32_t x = a.challenger;
    if (m_status == ControlStatus::Held && (x == kNoActor || m_actors.agrees(x, m_holder))) {
        corroborate(c, t); // the holder fighting in its own place: still held
        return;
    }
    if (m_status == ControlStatus::Contested) {
        auto it = std::find_if(m_parties.begin(), m_parties.end(), [&](const auto& p) {
            return p.first == x || m_actors.sameRoot(p.first, x);
        });
        if (it == m_parties.end())
            m_parties.push_back({x, {&c}});
        else
            it->second.push_back(&c);
        corroborate(c, t);
        return;
    }
    m_parties.clear();
    if (m_status == ControlStatus::Held)
        m_parties.push_back({m_holder, m_evidence});
    else
        m_evidence.clear();
    m_parties.push_back({x, {&c}});
    openContest(c, t);
}

void PlaceFold::applyDisagreement(const Claim& c, std::vector<std::pair<Assertion, std::vector<const Claim*>>> groups,
                                  Instant t)
{
    Instant earliest = t;
    std::vector<const Claim*> all;
    for (const auto& g : groups)
        for (const Claim* k : g.second) {
            earliest = std::min(earliest, k->time.from.value_or(t));
            all.push_back(k);
        }
    // A holding that itself rests on a disputed claim is not the holder before the contest.
    if (m_status == ControlStatus::Held && m_since >= earliest)
        std::swap(m_holder, m_prevHolder);
    if (m_status != ControlStatus::Contested)
        m_since = t;
    m_status = ControlStatus::Contested;
    m_parties.clear();
    for (auto& g : groups)
        m_parties.push_back({g.first.holder, std::move(g.second)});
    std::stable_sort(all.begin(), all.end(),
                     [](const Claim* l, const Claim* r) { return l->time.from < r->time.from; });
    m_evidence.clear();
    m_spoken = false;
    for (const Claim* k : all) {
        pushEvidence(k);
        m_spoken = m_spoken || !k->baseline;
    }
    m_lastSupport = t;
    m_confidence = weight(c);
    m_decays = !(isAnalyst(c) && !m_config.analystClaimsDecay);
}

std::uint32_t PlaceFold::rivalOf(std::uint32_t actor) const
{
    if (m_status != ControlStatus::Contested)
        return kNoActor;
    for (const auto& [party, claims] : m_parties)
        if (party != kNoActor && !m_actors.sameRoot(party, actor))
            return party;
    return kNoActor;
}

void PlaceFold::applyDenialDispute(const Claim& c, std::uint32_t denier, std::uint32_t rival, Instant t)
{
    auto partyOf = [&](std::uint32_t actor) {
        return std::find_if(m_parties.begin(), m_parties.end(),
                            [&](const auto& p) { return p.first == actor || m_actors.sameRoot(p.first, actor); });
    };
    if (m_status == ControlStatus::Contested) {
        if (auto it = partyOf(denier); it != m_parties.end())
            it->second.push_back(&c);
        else
            m_parties.push_back({denier, {&c}});
        if (partyOf(rival) == m_parties.end())
            m_parties.push_back({rival, {}});
        corroborate(c, t);
        return;
    }
    m_parties.clear();
    const bool rivalHolds = m_status == ControlStatus::Held && m_actors.sameRoot(m_holder, rival);
    m_parties.push_back({denier, {&c}});
    m_parties.push_back({rival, rivalHolds ? m_evidence : std::vector<const Claim*>{}});
    if (m_status != ControlStatus::Held)
        m_evidence.clear();
    openContest(c, t);
}

void PlaceFold::applyOverride(const Claim& c, const Assertion& a, Instant t)
{
    if (a.contested) {
        const std::uint32_t before = m_status == ControlStatus::Held ? m_holder : kNoActor;
        m_parties.clear();
        if (before != kNoActor && !m_actors.sameRoot(before, a.challenger))
            m_parties.push_back({before, {}});
        m_parties.push_back({a.challenger, {&c}});
        m_status = ControlStatus::Contested;
        m_since = t;
        m_lastSupport = t;
        m_confidence = weight(c);
        m_evidence.clear();
        m_evidence.push_back(&c);
    } else {
        becomeHeld(a.holder, c, t);
        m_evidence.push_back(&c);
    }
    m_decays = m_config.analystClaimsDecay;
    m_spoken = true;
}

void PlaceFold::addEvidence(const Claim& c)
{
    pushEvidence(&c);
}

void PlaceFold::emit(Instant t)
{
    auto& segs = m_out.segments;
    if (segs.size() > m_placeFirstSegment && segs.back().start == t) {
        // Several claims at one instant: only the state after the last one is a segment.
        m_out.pool.resize(segs.back().evidenceBegin);
        m_out.partyRefs.resize(segs.back().partyBegin);
        segs.pop_back();
    }
    Segment s;
    s.start = t;
    s.since = m_since;
    s.lastSupport = m_lastSupport;
    s.confidence = m_confidence;
    s.status = m_status;
    s.decays = m_decays;
    s.spoken = m_spoken;
    s.actor = m_holder;
    s.evidenceBegin = static_cast<std::uint32_t>(m_out.pool.size());
    m_out.pool.insert(m_out.pool.end(), m_evidence.begin(), m_evidence.end());
    s.evidenceCount = static_cast<std::uint32_t>(m_evidence.size());
    s.partyBegin = static_cast<std::uint32_t>(m_out.partyRefs.size());
    if (m_status == ControlStatus::Contested) {
        for (const auto& [actor, claims] : m_parties) {
            m_out.partyRefs.push_back({actor, static_cast<std::uint32_t>(m_out.pool.size()),
                                       static_cast<std::uint32_t>(claims.size())});
            m_out.pool.insert(m_out.pool.end(), claims.begin(), claims.end());
        }
    }
    s.partyCount = static_cast<std::uint32_t>(m_out.partyRefs.size()) - s.partyBegin;
    segs.push_back(s);
}

} // namespace sitrep::core::detail
