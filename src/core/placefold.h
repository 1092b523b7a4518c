#pragma once
// PlaceFold: the running control state of one place while a lens's claims are folded in time
// order — what each claim asserts, how a holder is corroborated, taken over or contested — and
// the segments it writes into a LensTimeline. Internal to the engine; the rules are in README.md.
#include "lenstimeline.h"

#include <utility>
#include <vector>

namespace sitrep::core::detail {

// What one claim says about who holds the place, given who held it before.
struct Assertion {
    std::uint32_t holder = kNoActor;   // the actor said to hold it (held-type assertions)
    std::uint32_t excluded = kNoActor; // holder unknown: the actor said to have lost it
    bool contested = false;            // fighting in or for the place
    std::uint32_t challenger = kNoActor;
};

class PlaceFold {
public:
    PlaceFold(LensTimeline& out, const ActorTable& actors, const EngineConfig& config)
        : m_out(out), m_actors(actors), m_config(config)
    {
    }

    // Starts a place: resets the state and opens its segment range.
    void beginPlace();

    [[nodiscard]] Assertion assertionOf(const Claim& c) const;
    // Two held-type assertions that cannot both be true.
    [[nodiscard]] bool contradicts(const Assertion& a, const Assertion& b) const;
    // Two assertions that say the same thing (for grouping agreeing claims).
    [[nodiscard]] bool sameAssertion(const Assertion& a, const Assertion& b) const;
    [[nodiscard]] double weight(const Claim& c) const;
    [[nodiscard]] bool isAnalyst(const Claim& c) const { return c.source.side == SpeakerSide::Analyst; }

    // A held-type assertion nobody disagrees with; `agreeing` are other recent claims saying
    // the same thing (they become evidence when this starts a new holding).
    void applyHeld(const Claim& c, const Assertion& a, Instant t, const std::vector<const Claim*>& agreeing = {});
    // Fighting reported in or for the place.
    void applyContest(const Claim& c, const Assertion& a, Instant t);
    // Disagreeing voices: each group is one assertion with the claims behind it.
    void applyDisagreement(const Claim& c, std::vector<std::pair<Assertion, std::vector<const Claim*>>> groups,
                           Instant t);
    // A partisan denial that answers `rival`'s reports: contested between the denier's side (`denier`,
    // with this claim) and `rival`; the holder before the dispute stays the state's actor.
    void applyDenialDispute(const Claim& c, std::uint32_t denier, std::uint32_t rival, Instant t);
    // The party of a running contest not of `actor`'s root, or kNoActor.
    [[nodiscard]] std::uint32_t rivalOf(std::uint32_t actor) const;
    // An analyst override: sets the state whatever else was said.
    void applyOverride(const Claim& c, const Assertion& a, Instant t);
    // A claim that changes nothing but is shown (outranked by an override).
    void addEvidence(const Claim& c);

    [[nodiscard]] ControlStatus status() const { return m_status; }
    [[nodiscard]] std::uint32_t holder() const { return m_holder; }

    // Writes the current state as a segment starting at `t` (replacing one at the same instant).
    void emit(Instant t);

private:
    void pushEvidence(const Claim* c);
    void corroborate(const Claim& c, Instant t);
    [[nodiscard]] double decayedAt(Instant t) const;
    [[nodiscard]] std::uint32_t otherHolder(std::uint32_t lost) const;
    void becomeHeld(std::uint32_t holder, const Claim& c, Instant t);
    // The place becomes contested at `t`, `c` the claim that opened it (parties already set).
    void openContest(const Claim& c, Instant t);

    LensTimeline& m_out;
    const ActorTable& m_actors;
    const EngineConfig& m_config;
    std::size_t m_placeFirstSegment = 0;

    std::uint32_t m_holder = kNoActor;
    std::uint32_t m_prevHolder = kNoActor; // the last holder before m_holder
    ControlStatus m_status = ControlStatus::Unknown;
    Instant m_since = 0;
    Instant m_lastSupport = 0;
    double m_confidence = 0.0;
    bool m_decays = false;
    bool m_spoken = false;
    std::vector<const Claim*> m_evidence;
    std::vector<std::pair<std::uint32_t, std::vector<const Claim*>>> m_parties;
};

} // namespace sitrep::core::detail
