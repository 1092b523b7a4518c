#pragma once
// LensTimeline: the engine's precomputed answer for one lens — every place's states as a
// sequence of segments by start instant, plus every change sorted by instant — so a query is a
// binary search. Internal to the engine (namespace detail); built by the folds in lensfold.cpp.
#include "controlstate.h"
#include "lens.h"

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace sitrep::core::detail {

inline constexpr std::uint32_t kNoActor = 0xFFFFFFFFu;

// Actor ids interned to small integers, with the hierarchy resolved once.
class ActorTable {
public:
    std::uint32_t intern(std::string_view id);
    [[nodiscard]] std::uint32_t find(std::string_view id) const;
    // Sets the parent of every interned actor from `parentOf` (empty: none), then the roots.
    template <class F>
    void resolveHierarchy(F parentOf);
    [[nodiscard]] std::string_view name(std::uint32_t a) const
    {
        return a == kNoActor ? std::string_view{} : std::string_view(m_names[a]);
    }
    [[nodiscard]] std::uint32_t root(std::uint32_t a) const { return a == kNoActor ? a : m_root[a]; }
    [[nodiscard]] bool sameRoot(std::uint32_t a, std::uint32_t b) const
    {
        return a != kNoActor && b != kNoActor && m_root[a] == m_root[b];
    }
    // `a` is `ancestor` or lies below it.
    [[nodiscard]] bool within(std::uint32_t a, std::uint32_t ancestor) const;
    // One actor is the other or contains it ("hts" and "opposition" agree; "hts" and "sna" not).
    [[nodiscard]] bool agrees(std::uint32_t a, std::uint32_t b) const
    {
        return a == b || within(a, b) || within(b, a);
    }
    // The side an actor's root is on, as a speaker side (government, opposition, else unknown).
    template <class F>
    void resolveSides(F sideOf);
    [[nodiscard]] SpeakerSide sideOf(std::uint32_t a) const
    {
        return a == kNoActor || m_root[a] >= m_side.size() ? SpeakerSide::Unknown : m_side[m_root[a]];
    }
    // The first root actor on `side` ("government", "opposition"), or kNoActor.
    [[nodiscard]] std::uint32_t rootOnSide(SpeakerSide side) const
    {
        for (std::uint32_t i = 0; i < m_root.size() && i < m_side.size(); ++i)
            if (m_root[i] == i && m_side[i] == side)
                return i;
        return kNoActor;
    }

private:
    std::deque<std::string> m_names; // deque: string_views into it survive interning
    std::unordered_map<std::string, std::uint32_t> m_index;
    std::vector<std::uint32_t> m_parent;
    std::vector<std::uint32_t> m_root;
    std::vector<SpeakerSide> m_side;
};

template <class F>
void ActorTable::resolveHierarchy(F parentOf)
{
    const std::size_t n = m_names.size();
    m_parent.assign(n, kNoActor);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string p = parentOf(m_names[i]);
        if (!p.empty())
            m_parent[i] = find(p);
    }
    m_root.assign(n, kNoActor);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t cur = static_cast<std::uint32_t>(i);
        for (std::size_t steps = 0; steps < n && m_parent[cur] != kNoActor; ++steps)
            cur = m_parent[cur];
        m_root[i] = cur;
    }
}

template <class F>
void ActorTable::resolveSides(F sideOf)
{
    m_side.assign(m_names.size(), SpeakerSide::Unknown);
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        const std::string side = sideOf(m_names[i]);
        if (side == "government")
            m_side[i] = SpeakerSide::Government;
        else if (side == "opposition")
            m_side[i] = SpeakerSide::Opposition;
    }
}

struct Segment {
    Instant start = 0;
    Instant since = 0;
    Instant lastSupport = 0;
    double confidence = 0.0;       // at lastSupport
    ControlStatus status = ControlStatus::Unknown;
    bool decays = false;
    bool spoken = false;           // rests on at least one claim that is not the baseline
    std::uint32_t actor = kNoActor;
    std::uint32_t evidenceBegin = 0, evidenceCount = 0;
    std::uint32_t partyBegin = 0, partyCount = 0;
};

struct PartyRef {
    std::uint32_t actor = kNoActor;
    std::uint32_t begin = 0, count = 0; // into the claim pool
};

struct LensTimeline {
    std::vector<std::uint32_t> placeBegin; // place i's segments: [placeBegin[i], placeBegin[i+1])
    std::vector<Segment> segments;
    std::vector<Instant> starts;           // segments[i].start, packed for the binary search
    std::vector<const Claim*> pool;        // evidence and party claims of every segment
    std::vector<PartyRef> partyRefs;
    std::vector<Party> parties;            // partyRefs as views, made by finish()
    std::vector<ControlChange> changes;    // by instant, then place

    // Makes the party views and the sorted change list once all segments are in.
    void finish(const ActorTable& actors, const std::vector<std::string>& placeIds);
    [[nodiscard]] Evidence evidenceOf(const Segment& s) const
    {
        return {pool.data() + s.evidenceBegin, s.evidenceCount};
    }
    [[nodiscard]] std::span<const Party> partiesOf(const Segment& s) const
    {
        return {parties.data() + s.partyBegin, s.partyCount};
    }
    // The segment in force at `t` for place `place`, or nullptr before its first claim.
    [[nodiscard]] const Segment* segmentAt(std::size_t place, Instant t) const;
};

// Everything a fold reads: per place, the claims the lens admits, dated, sorted by instant.
struct FoldInput {
    const std::vector<std::string>& placeIds;
    const std::vector<std::vector<const Claim*>>& claims;
    const ActorTable& actors;
    const EngineConfig& config;
    // latest: a partisan voice denying another side's gain contests the place even when the
    // reports it answers were not heard (outlet: and side: lenses keep the voice's own account).
    bool denialsContest = false;
};

// latest, outlet:, side: — the newest claim wins unless another voice disagreed within the
// contradiction window (then contested).
[[nodiscard]] LensTimeline foldVoices(const FoldInput& in);
// consensus — a change counts once two outlets agree.
[[nodiscard]] LensTimeline foldConsensus(const FoldInput& in);
// contested — latest, upgraded to contested where the sides' own lenses disagree.
[[nodiscard]] LensTimeline mergeContested(const FoldInput& in, const LensTimeline& latest,
                                          std::span<const LensTimeline* const> sides);

} // namespace sitrep::core::detail
