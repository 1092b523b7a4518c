#pragma once
// Resolver: picks the place each recognised name means. Candidates are scored by kind and
// population, how well the name matched, the document's country focus (demonyms and the other
// places it names), distance to the places already placed with confidence, and explicit
// qualifiers ("province", "the Iraqi border town of"). A place outside the scenario's country
// that nothing else in the text supports (no demonym or other place of its country, no place of
// the text within 50 km) loses to the other candidates and, unless it is a town or city spelled
// by its own name, is left unresolved. Scores become a confidence in [0, 1];
// below the threshold a mention stays unresolved with its candidates for review — never placed
// on a guess.
#include "placeindex.h"
#include "recogniser.h"

#include <string>
#include <vector>

namespace sitrep::text {

struct ResolverOptions {
    double threshold = 0.55; // confidence below which a mention is left unresolved (a two-way tie is 0.5)
    std::string focusCountry = "SY"; // the country the scenario is about; a mild prior
};

struct ScoredCandidate {
    std::uint32_t place = 0;
    double score = 0.0; // share of the evidence, in [0, 1]; the list is best first
};

struct Resolution {
    std::vector<ScoredCandidate> ranked;
    double confidence = 0.0;
    bool resolved = false;
};

class Resolver {
public:
    Resolver(const PlaceIndex& index, ResolverOptions options) : m_index(index), m_options(std::move(options)) {}

    // One Resolution per recognition, in the same order.
    [[nodiscard]] std::vector<Resolution> resolve(const RecognitionResult& found) const;

private:
    struct Context;
    [[nodiscard]] double score(const Recognition& r, const RecognisedCandidate& c, const Context& ctx) const;
    [[nodiscard]] Resolution rank(const Recognition& r, const Context& ctx) const;
    [[nodiscard]] Resolution readGeneric(const RecognitionResult& found, const std::vector<Resolution>& before,
                                         std::size_t i, const Context& ctx) const;
    [[nodiscard]] bool unsupportedAbroad(const Recognition& r, const RecognisedCandidate& c, const Context& ctx) const;

    const PlaceIndex& m_index;
    ResolverOptions m_options;
};

} // namespace sitrep::text
