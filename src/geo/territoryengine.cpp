#include "territoryengine.h"

#include <algorithm>
#include <memory>
#include <set>
#include <unordered_map>

namespace sitrep::geo {

PlaceControl toPlaceControl(const core::PlaceState& s, const core::ControlEngine& engine, ActorLevel level)
{
    auto actorOf = [&](std::string_view a) {
        return level == ActorLevel::Root && !a.empty() ? engine.rootActor(a) : std::string(a);
    };
    PlaceControl out;
    out.status = s.status;
    out.actor = actorOf(s.actor);
    out.since = s.since;
    out.confidence = s.confidence;
    for (const auto* c : s.evidence)
        if (c)
            out.claimIds.push_back(c->id);
    if (s.status == ControlStatus::Contested) {
        for (const auto& p : s.parties) {
            if (!p.actor.empty())
                out.parties.push_back(actorOf(p.actor));
            for (const auto* c : p.claims)
                if (c && std::find(out.claimIds.begin(), out.claimIds.end(), c->id) == out.claimIds.end())
                    out.claimIds.push_back(c->id);
        }
        std::sort(out.parties.begin(), out.parties.end());
        out.parties.erase(std::unique(out.parties.begin(), out.parties.end()), out.parties.end());
    }
    return out;
}

StateLookup engineStateLookup(const core::ControlEngine& engine, core::Instant t, const core::Lens& lens,
                              ActorLevel level)
{
    return stateLookup(engine.states(t, lens), engine, level);
}

StateLookup stateLookup(const std::vector<core::PlaceState>& placeStates, const core::ControlEngine& engine,
                        ActorLevel level)
{
    auto states = std::make_shared<std::unordered_map<std::string, PlaceControl>>();
    for (const auto& s : placeStates)
        states->emplace(std::string(s.placeId), toPlaceControl(s, engine, level));
    return [states](std::string_view id) {
        const auto it = states->find(std::string(id));
        return it == states->end() ? PlaceControl{} : it->second;
    };
}

core::Result<std::size_t> prebuildTerritory(TerritoryBuilder& builder, const core::ControlEngine& engine,
                                            const core::Lens& lens, core::Instant from, core::Instant to,
                                            core::Instant step)
{
    std::set<core::Instant> instants;
    for (const auto& c : engine.changes(from, to, lens))
        instants.insert(c.at);
    for (core::Instant t = from; step > 0 && t <= to; t += step)
        instants.insert(t);
    for (const auto t : instants)
        if (auto built = builder.build(engineStateLookup(engine, t, lens)); !built)
            return std::unexpected(built.error());
    return instants.size();
}

} // namespace sitrep::geo
