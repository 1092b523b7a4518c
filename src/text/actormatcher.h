#pragma once
// ActorMatcher: finds the parties of the war in a sentence — "rebels", "Hayat Tahrir al-Sham",
// "Kurdish-led forces", "Assad's troops", "terrorists" (state media's word for the rebels) — and
// names the scenario actor each one means. The built-in lexicon knows the words reports use;
// the scenario's actors file adds its own names and aliases and decides the ids. Pronouns
// ("they", "its forces") are reported unresolved so the claim extractor can bind them.
#include "core/actor.h"
#include "core/error.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sitrep::text {

struct ActorMention {
    std::size_t start = 0; // bytes into the text searched
    std::size_t end = 0;
    std::size_t firstWord = 0; // word indices (splitWords()) of the mention, end exclusive
    std::size_t lastWord = 0;
    std::string actorId;   // empty for a pronoun
    std::string text;
    bool pronoun = false;
    bool generic = false;  // "troops", "fighters": a weak, guessed reading
    // "Deir ez-Zor Military Council (DMC)": the abbreviation the text gives the name in brackets
    // after it; on a pronoun ("DMC forces", "the DMC"), the abbreviation it is read by (lower case).
    std::string acronym;
    // "the mujahideen", "the Resistance", "our heroes": a word for "our side's fighters", whose
    // side is the one of who writes or says it (a pronoun the claim extractor binds so).
    bool ownSide = false;
};

class ActorMatcher {
public:
    // The scenario's actors; the built-in lexicon binds to them by id, name or alias, and each
    // actor's own name, short name and aliases are matched too.
    explicit ActorMatcher(std::vector<core::Actor> actors);
    // The built-in actors (government, opposition, hts, sna, sor, sdf, hezbollah, iraqi-militias,
    // russia, iran, isis, israel, turkey, usa) when no scenario is given.
    [[nodiscard]] static std::vector<core::Actor> defaultActors();

    [[nodiscard]] std::vector<ActorMention> find(std::string_view text) const;

    [[nodiscard]] const core::Actor* actor(std::string_view id) const;
    [[nodiscard]] const std::vector<core::Actor>& actors() const { return m_actors; }
    // The actor at the top of `id`'s parent chain ("hts" → "opposition").
    [[nodiscard]] std::string root(std::string_view id) const;
    // True when the two ids lie on one parent chain (same side of the war).
    [[nodiscard]] bool related(std::string_view a, std::string_view b) const;

private:
    struct Entry {
        std::vector<std::string> words;
        std::string actorId; // empty: pronoun; "-": a modifier that names nobody ("U.S.-backed"); "=": our side's
        bool generic = false;
        bool caseSensitive = false;
    };
    void addEntry(std::string_view phrase, std::string actorId, bool generic = false);

    std::vector<core::Actor> m_actors;
    std::vector<Entry> m_entries; // longest first
    std::unordered_map<std::string, std::vector<std::size_t>> m_byFirst; // first word → entries, longest first
};

// Reads a scenario actors file: header `id,name,short_name,side,colour,aliases,parent`
// (columns in any order, aliases separated by '|', colour as #RRGGBB). Errors name file:line.
[[nodiscard]] core::Result<std::vector<core::Actor>> parseActorsCsv(std::string_view csv, std::string_view file);
[[nodiscard]] core::Result<std::vector<core::Actor>> loadActorsCsv(const std::string& path);

} // namespace sitrep::text
