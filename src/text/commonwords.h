#pragma once
// CommonWords: the lower-case words of an English word list (Debian's wamerican, or any list
// given), so a capitalised "Home", "Hit" or "Salt" at the start of a sentence is not taken for
// the village whose name it spells. Without a list only the lexicon's stop words apply.
#include <string>
#include <string_view>
#include <unordered_set>

namespace sitrep::text {

class CommonWords {
public:
    // Reads one word per line; entries with a capital letter (proper nouns) are skipped, "'s"
    // forms are stripped. Returns false when the file cannot be read.
    bool load(const std::string& path);
    // Loads the system list (/usr/share/dict/words) when present.
    bool loadDefault();
    void add(std::string_view lowerWord) { m_words.emplace(lowerWord); }
    [[nodiscard]] bool contains(std::string_view lowerWord) const { return m_words.find(lowerWord) != m_words.end(); }
    [[nodiscard]] std::size_t size() const { return m_words.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_set<std::string, Hash, std::equal_to<>> m_words;
};

} // namespace sitrep::text
