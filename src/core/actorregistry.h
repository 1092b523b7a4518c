#pragma once
// ActorRegistry: the scenario's actors by id, with their hierarchy (hts, sna, sor → opposition).
// State keeps the precise actor a claim named; lenses, colours and legends ask for the root.
#include "actor.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sitrep::core {

class ActorRegistry {
public:
    // Adds an actor; an id already present is refused (returns false, nothing changes).
    bool add(Actor actor);

    [[nodiscard]] const Actor* find(std::string_view id) const;
    [[nodiscard]] bool contains(std::string_view id) const { return find(id) != nullptr; }
    [[nodiscard]] const std::vector<Actor>& actors() const { return m_actors; }
    [[nodiscard]] std::size_t size() const { return m_actors.size(); }

    // The top of the actor's parent chain ("hts" → "opposition"); the id itself when it has no
    // known parent, and also for an unknown id. A cycle in the parents stops at the first repeat.
    [[nodiscard]] std::string rootActor(std::string_view id) const;
    // True when `id` is `ancestor` or lies below it in the hierarchy.
    [[nodiscard]] bool isWithin(std::string_view id, std::string_view ancestor) const;

private:
    std::vector<Actor> m_actors;
    std::unordered_map<std::string, std::size_t> m_byId;
};

} // namespace sitrep::core
