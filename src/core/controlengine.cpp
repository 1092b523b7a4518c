#include "controlengine.h"

#include "lenstimeline.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace sitrep::core {

std::string_view nameOf(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Held: return "held";
    case ControlStatus::Contested: return "contested";
    case ControlStatus::Stale: return "stale";
    case ControlStatus::Unknown: return "unknown";
    }
    return "unknown";
}

// Claims sorted per place and actors interned: the input every lens's fold reads.
struct ControlEngine::Prepared {
    detail::ActorTable actors;
    std::vector<std::vector<const Claim*>> claims; // per place: dated, with an actor, by instant
    std::vector<const Claim*> undecided;
};

ControlEngine::ControlEngine(EngineConfig config)
    : m_config(config)
{
}

ControlEngine::~ControlEngine() = default;

void ControlEngine::invalidate()
{
    std::lock_guard lock(m_mutex);
    m_prepared.reset();
    m_cache.clear();
}

void ControlEngine::setActors(ActorRegistry actors)
{
    m_actors = std::move(actors);
    invalidate();
}

void ControlEngine::addPlace(std::string id)
{
    if (m_placeIndex.contains(id))
        return;
    m_placeIndex.emplace(id, m_placeIds.size());
    m_placeIds.push_back(std::move(id));
    m_claimsOfPlace.emplace_back();
    invalidate();
}

void ControlEngine::addPlaces(const Gazetteer& gazetteer)
{
    for (const Place& p : gazetteer.places())
        if (isSettlementLike(p.kind))
            addPlace(p.id);
}

void ControlEngine::addClaim(Claim claim)
{
    addPlace(claim.placeId);
    m_claimsOfPlace[m_placeIndex.at(claim.placeId)].push_back(m_claims.size());
    m_claims.push_back(std::move(claim));
    invalidate();
}

void ControlEngine::addClaims(std::vector<Claim> claims)
{
    for (auto& c : claims) {
        addPlace(c.placeId);
        m_claimsOfPlace[m_placeIndex.at(c.placeId)].push_back(m_claims.size());
        m_claims.push_back(std::move(c));
    }
    invalidate();
}

const ControlEngine::Prepared& ControlEngine::preparedLocked() const
{
    if (m_prepared)
        return *m_prepared;
    auto prepared = std::make_shared<Prepared>();
    prepared->claims.resize(m_placeIds.size());
    for (const Claim& c : m_claims) {
        prepared->actors.intern(c.actor);
        prepared->actors.intern(c.counterpart);
        if (!c.time.from || c.actor.empty()) {
            prepared->undecided.push_back(&c);
            continue;
        }
        prepared->claims[m_placeIndex.at(c.placeId)].push_back(&c);
    }
    for (const Actor& a : m_actors.actors()) {
        prepared->actors.intern(a.id);
        prepared->actors.intern(a.parent);
    }
    prepared->actors.resolveHierarchy([this](const std::string& id) {
        const Actor* a = m_actors.find(id);
        return a != nullptr ? a->parent : std::string{};
    });
    prepared->actors.resolveSides([this](const std::string& id) {
        const Actor* a = m_actors.find(id);
        return a != nullptr ? a->side : std::string{};
    });
    // Ties at one instant keep the order claims were added in.
    for (auto& list : prepared->claims)
        std::stable_sort(list.begin(), list.end(),
                         [](const Claim* a, const Claim* b) { return *a->time.from < *b->time.from; });
    m_prepared = std::move(prepared);
    return *m_prepared;
}

namespace {
std::string cacheKey(const Lens& lens)
{
    std::string key = lens.toString();
    if (lens.kind == Lens::Kind::Outlet)
        std::transform(key.begin(), key.end(), key.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return key;
}
} // namespace

std::shared_ptr<const detail::LensTimeline> ControlEngine::timelineLocked(const Lens& lens) const
{
    const std::string key = cacheKey(lens);
    if (auto it = m_cache.find(key); it != m_cache.end())
        return it->second;
    const Prepared& prepared = preparedLocked();
    std::vector<std::vector<const Claim*>> filtered;
    const std::vector<std::vector<const Claim*>>* claims = &prepared.claims;
    if (lens.kind == Lens::Kind::Outlet || lens.kind == Lens::Kind::Side) {
        filtered.resize(prepared.claims.size());
        for (std::size_t p = 0; p < prepared.claims.size(); ++p)
            for (const Claim* c : prepared.claims[p])
                if (lens.admits(*c))
                    filtered[p].push_back(c);
        claims = &filtered;
    }
    const detail::FoldInput in{m_placeIds, *claims, prepared.actors, m_config, lens.kind == Lens::Kind::Latest};
    std::shared_ptr<const detail::LensTimeline> built;
    switch (lens.kind) {
    case Lens::Kind::Latest:
    case Lens::Kind::Outlet:
    case Lens::Kind::Side:
        built = std::make_shared<const detail::LensTimeline>(detail::foldVoices(in));
        break;
    case Lens::Kind::Consensus:
        built = std::make_shared<const detail::LensTimeline>(detail::foldConsensus(in));
        break;
    case Lens::Kind::Contested: {
        const auto latest = timelineLocked(Lens::latest());
        const auto opp = timelineLocked(Lens::ofSide(SpeakerSide::Opposition));
        const auto gov = timelineLocked(Lens::ofSide(SpeakerSide::Government));
        const auto ind = timelineLocked(Lens::ofSide(SpeakerSide::Independent));
        const std::array<const detail::LensTimeline*, 3> sides{opp.get(), gov.get(), ind.get()};
        built = std::make_shared<const detail::LensTimeline>(detail::mergeContested(in, *latest, sides));
        break;
    }
    }
    m_cache.emplace(key, built);
    return built;
}

std::shared_ptr<const detail::LensTimeline> ControlEngine::timeline(const Lens& lens) const
{
    std::lock_guard lock(m_mutex);
    return timelineLocked(lens);
}

void ControlEngine::prepare(const Lens& lens) const
{
    (void)timeline(lens);
}

PlaceState ControlEngine::materialise(const detail::LensTimeline& tl, std::size_t place, Instant t) const
{
    return materialise(tl, place, tl.segmentAt(place, t), t);
}

PlaceState ControlEngine::materialise(const detail::LensTimeline& tl, std::size_t place, const detail::Segment* s,
                                      Instant t) const
{
    PlaceState st;
    st.placeId = m_placeIds[place];
    if (s == nullptr)
        return st;
    st.status = s->status;
    st.actor = m_prepared->actors.name(s->actor);
    st.since = s->since;
    st.evidence = tl.evidenceOf(*s);
    st.parties = tl.partiesOf(*s);
    double confidence = s->confidence;
    if (s->decays && m_config.halfLife > 0 && t > s->lastSupport)
        confidence *= std::exp2(-static_cast<double>(t - s->lastSupport) / static_cast<double>(m_config.halfLife));
    st.confidence = confidence;
    if (s->status == ControlStatus::Held && confidence < m_config.staleBelow)
        st.status = ControlStatus::Stale;
    return st;
}

PlaceState ControlEngine::state(std::string_view placeId, Instant t, const Lens& lens) const
{
    const auto tl = timeline(lens);
    auto it = m_placeIndex.find(std::string(placeId));
    if (it == m_placeIndex.end()) {
        PlaceState st;
        st.placeId = placeId;
        return st;
    }
    return materialise(*tl, it->second, t);
}

void ControlEngine::states(Instant t, const Lens& lens, std::vector<PlaceState>& out) const
{
    const auto tl = timeline(lens);
    const std::size_t n = m_placeIds.size();
    out.resize(n);
    // Find every place's segment first, then read them with prefetching: the segments are
    // spread over megabytes, and fetching them one place at a time would wait on memory.
    thread_local std::vector<const detail::Segment*> found;
    found.resize(n);
    for (std::size_t p = 0; p < n; ++p)
        found[p] = tl->segmentAt(p, t);
    constexpr std::size_t kAhead = 8;
    for (std::size_t p = 0; p < n; ++p) {
        if (p + kAhead < n && found[p + kAhead] != nullptr)
            __builtin_prefetch(found[p + kAhead]);
        out[p] = materialise(*tl, p, found[p], t);
    }
}

std::vector<PlaceState> ControlEngine::states(Instant t, const Lens& lens) const
{
    std::vector<PlaceState> out;
    states(t, lens, out);
    return out;
}

std::vector<ControlChange> ControlEngine::changes(Instant from, Instant to, const Lens& lens) const
{
    const auto tl = timeline(lens);
    auto first = std::lower_bound(tl->changes.begin(), tl->changes.end(), from,
                                  [](const ControlChange& c, Instant v) { return c.at < v; });
    auto last = std::upper_bound(first, tl->changes.end(), to,
                                 [](Instant v, const ControlChange& c) { return v < c.at; });
    return {first, last};
}

std::vector<const Claim*> ControlEngine::claimsFor(std::string_view placeId) const
{
    std::vector<const Claim*> dated, undated;
    auto it = m_placeIndex.find(std::string(placeId));
    if (it == m_placeIndex.end())
        return dated;
    for (std::size_t i : m_claimsOfPlace[it->second]) {
        const Claim& c = m_claims[i];
        (c.time.from ? dated : undated).push_back(&c);
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const Claim* a, const Claim* b) { return *a->time.from < *b->time.from; });
    dated.insert(dated.end(), undated.begin(), undated.end());
    return dated;
}

std::vector<const Claim*> ControlEngine::undecidedClaims() const
{
    std::lock_guard lock(m_mutex);
    return preparedLocked().undecided;
}

std::optional<std::pair<Instant, Instant>> ControlEngine::span() const
{
    std::optional<std::pair<Instant, Instant>> out;
    for (const Claim& c : m_claims) {
        if (!c.time.from)
            continue;
        const Instant t = *c.time.from;
        if (!out)
            out = std::pair{t, t};
        out->first = std::min(out->first, t);
        out->second = std::max(out->second, t);
    }
    return out;
}

} // namespace sitrep::core
