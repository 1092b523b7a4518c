#pragma once
// Recogniser: finds the stretches of text that name places. It runs the PlaceIndex automaton
// over the tokens (longest match, articles skipped inside names), then reads the context of each
// match: people ("President Assad", "Abu Mohammed al-Jolani"), organisations ("Damascus
// University", "Hayat Tahrir al-Sham"), demonyms ("Iraqi" — kept as a country link), capitalised
// common words, and the qualifiers that narrow a place down ("Homs province", "the Iraqi border
// town of al-Qaem", "within 30 kilometers of Damascus").
#include "placeindex.h"
#include "tokenizer.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

struct RecognisedCandidate {
    std::uint32_t place = 0;  // index into PlaceIndex::place()
    std::uint8_t quality = 0; // NameQuality bits of the best name that matched
    bool exactSpelling = false; // the text spells the name exactly (after folding)
    float similarity = 0.0f;    // 1 − edit distance / length against the closest of its names
    bool ownName = false;       // the text spells exactly a primary or English name (not an alternate)
};

struct Recognition {
    std::uint32_t start = 0; // byte span in the recognised text
    std::uint32_t end = 0;
    std::vector<RecognisedCandidate> candidates;
    std::optional<sitrep::core::PlaceKind> kindHint;
    std::string countryHint; // ISO 3166-1 alpha-2 from "the Iraqi border town of …"
    std::string relation;    // "within 30 kilometers of", "outskirts of", …
    int distanceFrom = -1;   // "Saasa, 20 miles from Damascus": index of the Damascus mention
    double distanceKm = 0.0; // … and the distance the text gives
    bool lowercase = false;  // written in lower case ("a homs resident")
    bool weak = false;       // also an English word, or matched only a generated variant
};

struct CountryLink {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::string country; // ISO code named by a demonym ("Iraqi" → IQ)
};

struct RecognitionResult {
    std::vector<Recognition> mentions;
    std::vector<CountryLink> countryLinks;
};

class Recogniser {
public:
    explicit Recogniser(const PlaceIndex& index) : m_index(index) {}

    // Recognises place names in `text` (valid UTF-8); offsets in the result are bytes of `text`.
    void recognise(std::string_view text, RecognitionResult& out) const;

private:
    struct Scratch;
    struct NodeResult;
    void nodeResult(std::span<const IndexEntry> entries, const std::string& surface, NodeResult& res) const;
    [[nodiscard]] bool rejectByContext(const Scratch& s, std::size_t a, std::size_t b) const;
    void readQualifiers(const Scratch& s, std::size_t a, std::size_t b, Recognition& r) const;
    void readRelation(const Scratch& s, std::size_t a, Recognition& r, RecognitionResult& out) const;
    [[nodiscard]] bool filterByCase(const Scratch& s, std::size_t a, std::size_t b, Recognition& r) const;
    [[nodiscard]] bool filterByCaseOf(const Scratch& s, std::size_t a, std::size_t b, Recognition& r) const;

    const PlaceIndex& m_index;
};

} // namespace sitrep::text
