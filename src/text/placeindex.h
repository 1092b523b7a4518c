#pragma once
// PlaceIndex: the automaton the recogniser runs over text — a token trie keyed by skeleton keys
// (see normaliser.h) holding every usable name of every gazetteer place, generated variants
// (fused articles "Ezzor", "Moadamiya" for "Moadamiyat al-Sham"), a fallback of world countries
// and capitals, and phrases that must never become places (people, organisations, demonyms).
// Built once per gazetteer; lookups are one hash probe per token, independent of its size.
#include "commonwords.h"
#include "core/gazetteer.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sitrep::text {

enum class EntryKind : std::uint8_t { Place, Person, Organisation, Demonym };

enum NameQuality : std::uint8_t {
    kPrimaryName = 1 << 0,   // the place's own name
    kEnglishName = 1 << 1,   // tagged English, or a built-in alias
    kArabicName = 1 << 2,
    kGeneratedName = 1 << 3, // derived by the index (fused article, dropped suffix)
    kAliasName = 1 << 4,     // from the built-in world table
    // A curated name that is a lower-case phrase of two or more words ("buffer zone", "state
    // television building"): the recogniser may match it in lower case after "the" (round 17).
    kPhraseName = 1 << 5,
    // A facility's common-noun name inside its city ("the Old City" of Old City of Aleppo, "the military
    // academy" of Homs Military Academy, "the Mahatta district" of Daraa al-Mahatta): read only after
    // a determiner, and only where the text has named the city (round 53; owners()).
    kGenericName = 1 << 6,
};

struct IndexEntry {
    EntryKind kind = EntryKind::Place;
    std::uint8_t quality = 0;
    std::uint32_t place = 0;      // index into places() for Place entries
    std::uint32_t foldedName = 0; // index of the folded name (exact-spelling checks)
    std::string_view country;     // demonyms: ISO code of the country they name
};

class PlaceIndex {
public:
    static constexpr std::uint32_t kRoot = 0;
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    // Indexes `gazetteer` (which must outlive the index). `words` may be empty.
    PlaceIndex(const sitrep::core::Gazetteer& gazetteer, std::shared_ptr<const CommonWords> words);

    [[nodiscard]] std::uint32_t keyId(std::string_view key) const;
    // Inline: both run for every token that can start or continue a name.
    [[nodiscard]] std::uint32_t child(std::uint32_t node, std::uint32_t key) const
    {
        if (node == kRoot)
            return key < m_rootEdges.size() ? m_rootEdges[key] : kNone;
        auto it = m_edges.find((static_cast<std::uint64_t>(node) << 32) | key);
        return it == m_edges.end() ? kNone : it->second;
    }
    [[nodiscard]] std::span<const IndexEntry> entries(std::uint32_t node) const { return m_nodeEntries[node]; }
    [[nodiscard]] const sitrep::core::Place& place(std::uint32_t i) const { return *m_places[i]; }
    [[nodiscard]] std::size_t placeCount() const { return m_places.size(); }
    [[nodiscard]] std::string_view foldedName(std::uint32_t i) const { return m_foldedNames[i]; }
    [[nodiscard]] const CommonWords& commonWords() const { return *m_words; }
    [[nodiscard]] std::size_t nodeCount() const { return m_nodeEntries.size(); }
    // A name's folded words (articles kept), split as the index splits names (placeindex.cpp).
    [[nodiscard]] static std::vector<std::string> nameWords(std::string_view name);
    // Index of the place with this id, or kNone.
    [[nodiscard]] std::uint32_t placeIndex(std::string_view id) const;
    // The cities a place's generic name (kGenericName) belongs to: Homs for "the military academy".
    [[nodiscard]] std::span<const std::uint32_t> owners(std::uint32_t place) const
    {
        auto it = m_owners.find(place);
        return it == m_owners.end() ? std::span<const std::uint32_t>() : std::span<const std::uint32_t>(it->second);
    }
    // Unique per index built in this process (caches keyed on an index use it).
    [[nodiscard]] std::uint64_t serial() const { return m_serial; }

private:
    struct TransparentHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::uint32_t internKey(const std::string& key);
    std::uint32_t internFolded(const std::string& folded);
    void addPlace(std::uint32_t placeIdx);
    void addName(std::uint32_t placeIdx, std::string_view name, std::uint8_t quality, bool curated = false);
    void addFacilityVariants(std::uint32_t placeIdx, const std::vector<std::string>& words, const IndexEntry& generated);
    void insert(const std::vector<std::string>& keys, IndexEntry entry);
    void addWorldFallback(const sitrep::core::Gazetteer& gazetteer);
    void addPhrases();
    void addGenericNames();

    std::vector<const sitrep::core::Place*> m_places;
    std::deque<sitrep::core::Place> m_ownPlaces; // world fallback entries
    std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>> m_keys;
    std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>> m_foldedIds;
    std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>> m_placeById;
    std::vector<std::string> m_foldedNames;
    std::unordered_map<std::uint32_t, std::vector<std::string>> m_extraNames; // built-in aliases
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> m_owners;   // generic name → its cities
    std::unordered_map<std::uint64_t, std::uint32_t> m_edges;
    std::vector<std::uint32_t> m_rootEdges; // key id → node: the first step of every walk, no hashing
    std::vector<std::vector<IndexEntry>> m_nodeEntries;
    std::shared_ptr<const CommonWords> m_words;
    std::uint64_t m_serial = 0;
};

} // namespace sitrep::text
