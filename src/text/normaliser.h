#pragma once
// Normaliser: turns names and words into the forms the geoparser compares. `fold` is the
// spelling-insensitive form (NFKC, case folded, diacritics and ʿ ’ ‘ ' marks dropped, Arabic
// alef/ta marbuta/ya/tatweel/harakat normalised); `skeletonKey` goes further and maps the many
// transliterations of one Arabic name onto a single key (Deraa = Daraa = Dar'a, Deir = Dayr =
// Der, Suweida = Suwayda, al-Qaem = Al-Qa'im, Saasa = Sa‘sa‘), so gazetteer names and text
// tokens meet without a hand-made list of variants.
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

// Folded form of a whole string (any script): NFKC, case fold, marks removed, Arabic normalised.
// Apostrophe-like marks vanish; hyphens and spaces are kept as they are.
[[nodiscard]] std::string fold(std::string_view utf8);

// Folded form of one word (no separators inside). ASCII takes a fast path without ICU.
void foldWordInto(std::string_view word, std::string& out);

// True for the Arabic definite article in its transliterated forms ("al", "el", "ad", "ash"…),
// given a folded word.
[[nodiscard]] bool isArticle(std::string_view foldedWord);

// Skeleton key of one folded word: doubled letters single, q→k, ch→sh, gh→g, dh→d, th→t,
// ph→f, every vowel run (with the y and w that touch it) → "a", final h after a vowel and the t
// of a construct ending "-yat" dropped. Arabic-script words lose a leading "ال".
void skeletonInto(std::string_view foldedWord, std::string& out);
[[nodiscard]] std::string skeletonKey(std::string_view word); // fold + skeleton of one word

// The skeleton key sequence of a multi-word name, articles left out ("Deir ez-Zor" → dar zar).
[[nodiscard]] std::vector<std::string> nameKeys(std::string_view name);

// True when the string holds at least one Arabic-script letter.
[[nodiscard]] bool hasArabic(std::string_view utf8);

} // namespace sitrep::text
