#include "actorregistry.h"

namespace sitrep::core {

bool ActorRegistry::add(Actor actor)
{
    if (m_byId.contains(actor.id))
        return false;
    m_byId.emplace(actor.id, m_actors.size());
    m_actors.push_back(std::move(actor));
    return true;
}

const Actor* ActorRegistry::find(std::string_view id) const
{
    auto it = m_byId.find(std::string(id));
    return it == m_byId.end() ? nullptr : &m_actors[it->second];
}

std::string ActorRegistry::rootActor(std::string_view id) const
{
    std::string current(id);
    for (std::size_t steps = 0; steps <= m_actors.size(); ++steps) {
        const Actor* a = find(current);
        if (a == nullptr || a->parent.empty() || !contains(a->parent))
            return current;
        current = a->parent;
    }
    return current; // a cycle: stop where we are rather than loop
}

bool ActorRegistry::isWithin(std::string_view id, std::string_view ancestor) const
{
    std::string current(id);
    for (std::size_t steps = 0; steps <= m_actors.size(); ++steps) {
        if (current == ancestor)
            return true;
        const Actor* a = find(current);
        if (a == nullptr || a->parent.empty())
            return false;
        current = a->parent;
    }
    return false;
}

} // namespace sitrep::core
