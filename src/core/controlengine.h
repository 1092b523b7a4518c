#pragma once
// ControlEngine: turns dated, sourced claims into who controls each place at any instant under
// any lens, and the changes of control between two instants. Answers come from per-lens
// timelines built once (on first use after a change) so a whole map is a few binary searches —
// fast enough for every animation frame. The rules are in src/core/README.md. Queries may run
// on several threads at once; adding places, claims or actors must not overlap with them.
#include "actorregistry.h"
#include "claim.h"
#include "controlstate.h"
#include "gazetteer.h"
#include "lens.h"

#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sitrep::core {

namespace detail {
struct LensTimeline;
struct Segment;
class ActorTable;
} // namespace detail

class ControlEngine {
public:
    explicit ControlEngine(EngineConfig config = {});
    ~ControlEngine();
    ControlEngine(const ControlEngine&) = delete;
    ControlEngine& operator=(const ControlEngine&) = delete;

    // The actor hierarchy (hts → opposition): claims naming a parent and a child agree.
    void setActors(ActorRegistry actors);
    [[nodiscard]] const ActorRegistry& actors() const { return m_actors; }
    // "hts" → "opposition"; the id itself for a top-level or unknown actor.
    [[nodiscard]] std::string rootActor(std::string_view actorId) const { return m_actors.rootActor(actorId); }

    // Places states() reports on, in the order added; claims add their place when it is new.
    void addPlace(std::string id);
    // Every settlement-like place of the gazetteer (countries and governorates hold no state).
    void addPlaces(const Gazetteer& gazetteer);
    void addClaim(Claim claim);
    void addClaims(std::vector<Claim> claims);

    [[nodiscard]] const std::vector<std::string>& placeIds() const { return m_placeIds; }
    [[nodiscard]] std::size_t claimCount() const { return m_claims.size(); }
    // Every claim about a place, dated ones by instant, then the undated ones.
    [[nodiscard]] std::vector<const Claim*> claimsFor(std::string_view placeId) const;
    // Claims kept but deciding nothing: no time (never guessed) or no actor.
    [[nodiscard]] std::vector<const Claim*> undecidedClaims() const;
    // The first and last instant any dated claim refers to.
    [[nodiscard]] std::optional<std::pair<Instant, Instant>> span() const;

    // Views in the answers point into the engine: valid until a place or claim is next added.
    [[nodiscard]] PlaceState state(std::string_view placeId, Instant t, const Lens& lens) const;
    [[nodiscard]] std::vector<PlaceState> states(Instant t, const Lens& lens) const;
    // The same into a caller's buffer (no allocation once it has grown), in placeIds() order.
    void states(Instant t, const Lens& lens, std::vector<PlaceState>& out) const;
    // Changes with from ≤ instant ≤ to, by instant.
    [[nodiscard]] std::vector<ControlChange> changes(Instant from, Instant to, const Lens& lens) const;

    // Builds a lens's timeline now rather than on first use (e.g. off the GUI thread).
    void prepare(const Lens& lens) const;
    [[nodiscard]] const EngineConfig& config() const { return m_config; }

private:
    struct Prepared;
    std::shared_ptr<const detail::LensTimeline> timeline(const Lens& lens) const;
    std::shared_ptr<const detail::LensTimeline> timelineLocked(const Lens& lens) const;
    const Prepared& preparedLocked() const;
    void invalidate();
    [[nodiscard]] PlaceState materialise(const detail::LensTimeline& tl, std::size_t place, Instant t) const;
    [[nodiscard]] PlaceState materialise(const detail::LensTimeline& tl, std::size_t place,
                                         const detail::Segment* segment, Instant t) const;

    EngineConfig m_config;
    ActorRegistry m_actors;
    std::vector<std::string> m_placeIds;
    std::unordered_map<std::string, std::size_t> m_placeIndex;
    std::deque<Claim> m_claims; // deque: pointers to claims stay valid as claims are added
    std::vector<std::vector<std::size_t>> m_claimsOfPlace; // by place index, into m_claims

    mutable std::mutex m_mutex;
    mutable std::shared_ptr<const Prepared> m_prepared;
    mutable std::unordered_map<std::string, std::shared_ptr<const detail::LensTimeline>> m_cache;
};

} // namespace sitrep::core
