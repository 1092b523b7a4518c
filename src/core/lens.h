#pragma once
// Lens: a rule for which claims count and how conflicts between them resolve — all sources
// (newest wins, disagreement shows as contested), one outlet, one side's own voice, what two
// independent outlets agree on, or only the places where lenses disagree.
#include "claim.h"
#include "error.h"

#include <string>
#include <string_view>

namespace sitrep::core {

struct Lens {
    enum class Kind { Latest, Consensus, Outlet, Side, Contested };

    Kind kind = Kind::Latest;
    std::string outlet;                        // Kind::Outlet: compared case-insensitively
    SpeakerSide side = SpeakerSide::Unknown;   // Kind::Side: opposition, government or independent

    // `latest`, `consensus`, `outlet:NAME`, `side:opposition|government|independent`, `contested`.
    [[nodiscard]] static Result<Lens> parse(std::string_view text);
    static Lens latest() { return {}; }
    static Lens consensus() { return {Kind::Consensus, {}, SpeakerSide::Unknown}; }
    static Lens ofOutlet(std::string name) { return {Kind::Outlet, std::move(name), SpeakerSide::Unknown}; }
    static Lens ofSide(SpeakerSide s) { return {Kind::Side, {}, s}; }
    static Lens contested() { return {Kind::Contested, {}, SpeakerSide::Unknown}; }

    // The canonical text form, which parse() reads back; also the engine's cache key.
    [[nodiscard]] std::string toString() const;
    // Whether the claim is heard under this lens. The baseline is heard by every lens; analyst
    // overrides by every lens but outlet and side lenses (those show one source's own view).
    [[nodiscard]] bool admits(const Claim& c) const;

    friend bool operator==(const Lens&, const Lens&) = default;
};

} // namespace sitrep::core
