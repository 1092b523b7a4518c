#pragma once
// Lexicon: the small fixed word lists the recogniser reads context with — demonyms (a country
// link, not a place mention), titles and given names that mark a person, organisation names and
// head words, the words that qualify a place ("province", "border town") — and a fallback table
// of world countries and capitals that news about Syria names but a Levant gazetteer lacks.
#include "core/place.h"

#include <optional>
#include <span>
#include <string_view>

namespace sitrep::text {

struct Demonym {
    std::string_view word;    // "Iraqi"
    std::string_view country; // "IQ"; empty for peoples without a country ("Kurdish")
};

// Phrases that are never place mentions, matched like names (longest match wins over a place).
enum class PhraseKind { Person, Organisation, Demonym };
struct Phrase {
    std::string_view text;
    PhraseKind kind;
    std::string_view country; // demonyms only
};

struct WorldPlace {
    std::string_view id;      // "wx:IR"
    std::string_view name;
    std::string_view aliases; // '|' separated
    sitrep::core::PlaceKind kind;
    std::string_view country;
    double lat;
    double lon;
    long long population;
};

[[nodiscard]] std::span<const Phrase> blockPhrases();
[[nodiscard]] std::span<const Demonym> demonyms();
[[nodiscard]] std::span<const WorldPlace> worldPlaces();

// Lower-case folded words.
[[nodiscard]] bool isPersonTitle(std::string_view w);   // president, mr, general, sheikh…
[[nodiscard]] bool isGivenName(std::string_view w);     // bashar, mohammed, abu, donald…
[[nodiscard]] bool isOrgHeadAfter(std::string_view w);  // "<place> University", "… Council"
[[nodiscard]] bool isOrgHeadBefore(std::string_view w); // "Army of <place>", "University of …"
[[nodiscard]] bool isStopWord(std::string_view w);      // never a place on its own: of, the, may…
// The place kind a qualifier word names ("province" → Governorate), if any.
[[nodiscard]] std::optional<sitrep::core::PlaceKind> kindOfQualifier(std::string_view w);
// "Iraqi" → "IQ" when `w` (folded) is a demonym of a country.
[[nodiscard]] std::optional<std::string_view> countryOfDemonym(std::string_view w);
// "north", "south-east"… (folded); compass words used in relations and "northern Hama".
[[nodiscard]] bool isCompassWord(std::string_view w);
// "three" → 3 … "twenty" → 20; digits parse too. Nothing for other words.
[[nodiscard]] std::optional<int> numberWord(std::string_view w);

} // namespace sitrep::text
