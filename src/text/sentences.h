#pragma once
// Sentences and words of an article body: the units claims are read from. Sentence spans count
// code points (like every published offset); words carry byte offsets into the text they were
// cut from, lower-cased and with typographic quotes and dashes folded, so lexicons can be
// matched word by word without caring about "’" versus "'".
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

struct Sentence {
    std::size_t start = 0;     // code points into the body
    std::size_t end = 0;       // one past the last code point
    std::size_t byteStart = 0; // the same span in bytes
    std::size_t byteEnd = 0;
    std::string text;          // the sentence, trimmed
};

// Splits with ICU's English sentence rules, then repairs what they get wrong in news text:
// no break after abbreviations ("Dec. 7", "Gen. Hassan", "U.S. forces", "approx. 20 km"),
// always a break at a line end (headlines and datelines carry no full stop).
[[nodiscard]] std::vector<Sentence> splitSentences(std::string_view body);

struct Word {
    std::string lower;         // folded: lower case, ’ ‘ → ', “ ” → ", – — → -
    std::size_t start = 0;     // bytes into the text given to splitWords()
    std::size_t end = 0;
    bool capitalised = false;  // first letter upper case in the source
    bool punct = false;        // a single punctuation mark
};

// Words are runs of letters and digits (with '.' inside abbreviations like "U.S." kept);
// every other visible character is a one-character punctuation word.
[[nodiscard]] std::vector<Word> splitWords(std::string_view text);

// True when `words[i…]` starts with the words of `phrase` (already folded, space separated).
[[nodiscard]] std::size_t matchPhrase(const std::vector<Word>& words, std::size_t i,
                                      const std::vector<std::string>& phrase);
// The folded words of a lexicon phrase.
[[nodiscard]] std::vector<std::string> phraseWords(std::string_view phrase);

} // namespace sitrep::text
