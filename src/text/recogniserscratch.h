#pragma once
// The recogniser's per-thread working state over one text: tokens, their keys and folded
// spellings, and the caches it keeps between texts. Private to recogniser*.cpp.
#include "recogniser.h"

#include <unordered_map>

namespace sitrep::text {

struct Recogniser::Scratch {
    std::string_view text;
    std::vector<Token> tokens;
    std::vector<std::uint32_t> keys;
    std::vector<bool> article;
    std::vector<bool> noStart; // a lower-case English word: may continue a name, never start one
    // What each distinct spelling folds to, so a word seen before costs one hash probe.
    struct WordInfo {
        std::string folded; // foldWordInto of the spelling
        std::uint32_t key = PlaceIndex::kNone;
        bool article = false;
        bool commonWord = false;
    };
    std::vector<const std::string*> folded; // per token: its WordInfo::folded (nodes are stable)
    // FNV-1a, inline: words are short, and this runs once per token.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view v) const
        {
            std::uint64_t h = 14695981039346656037ull;
            for (const char c : v)
                h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
            return static_cast<std::size_t>(h);
        }
    };
    std::unordered_map<std::string, WordInfo, Hash, std::equal_to<>> words;
    // Open-addressing view of `words` (power-of-two size, at most half full): one probe per
    // token, without the modulo and the node-chain walk of the map's own lookup.
    struct Slot {
        std::size_t hash = 0;
        const std::pair<const std::string, WordInfo>* entry = nullptr;
    };
    std::vector<Slot> slots;
    std::size_t slotsUsed = 0;
    void addSlot(std::size_t hash, const std::pair<const std::string, WordInfo>* entry)
    {
        if ((slotsUsed + 1) * 2 > slots.size()) {
            std::vector<Slot> old(std::max<std::size_t>(1024, slots.size() * 2));
            old.swap(slots);
            slotsUsed = 0;
            for (const auto& o : old)
                if (o.entry)
                    addSlot(o.hash, o.entry);
        }
        std::size_t k = hash & (slots.size() - 1);
        while (slots[k].entry)
            k = (k + 1) & (slots.size() - 1);
        slots[k] = {hash, entry};
        ++slotsUsed;
    }
    [[nodiscard]] const std::pair<const std::string, WordInfo>* findSlot(std::size_t hash, std::string_view word) const
    {
        if (slots.empty())
            return nullptr;
        for (std::size_t k = hash & (slots.size() - 1); slots[k].entry; k = (k + 1) & (slots.size() - 1))
            if (slots[k].hash == hash && slots[k].entry->first == word)
                return slots[k].entry;
        return nullptr;
    }
    std::size_t lastMentionEnd = static_cast<std::size_t>(-1); // token index
    // Indexed by trie node: results seen before.
    std::vector<std::vector<NodeResult>> candidateCache;
    std::uint64_t cacheOwner = 0; // serial of the index the cache was filled from

    // Folded spelling of token i (empty past the end); valid until the next recognise().
    [[nodiscard]] std::string_view lower(std::size_t i) const
    {
        return i < tokens.size() ? std::string_view(*folded[i]) : std::string_view();
    }
    [[nodiscard]] bool cap(std::size_t i) const { return i < tokens.size() && tokens[i].has(kCapitalised); }
    [[nodiscard]] bool joined(std::size_t i) const { return i < tokens.size() && !tokens[i].has(kBreakBefore); }
    // "the buffer zone", "the UN buffer zone", "the Syrian buffer zone": token i follows "the",
    // directly or across one capitalised word. A curated lower-case phrase may start here.
    [[nodiscard]] bool afterThe(std::size_t i) const
    {
        if (i == 0 || !joined(i))
            return false;
        if (lower(i - 1) == "the")
            return true;
        return i > 1 && cap(i - 1) && joined(i - 1) && lower(i - 2) == "the";
    }
    // "the Old City", "its old city", "the city's military academy", "the sprawling military
    // academy": token i follows a determiner or a possessive, directly or
    // across one plain word. A city's generic facility name (kGenericName) may start here.
    [[nodiscard]] bool afterDeterminer(std::size_t i) const
    {
        const auto determiner = [&](std::size_t t) {
            const std::string_view w = lower(t);
            // A possessive of a common noun ("the city's", "the capital's"); after a proper
            // name ("Hama's central prison", "Aleppo's old city") the words stay the city's.
            return w == "the" || w == "its" || w == "their" || (tokens[t].has(kPossessive) && !cap(t));
        };
        if (i == 0 || !joined(i))
            return false;
        if (determiner(i - 1))
            return true;
        return i > 1 && joined(i - 1) && !cap(i - 1) && !tokens[i - 1].has(kPossessive) && determiner(i - 2)
            && !tokens[i - 2].has(kPossessive);
    }
};

} // namespace sitrep::text
