// TerritoryBuilder, part 3: what changed hands between two instants (for `sitrep diff`).
#include "territorybuilder.h"

#include "territorybuilderimpl.h"

#include <algorithm>
#include <set>

namespace sitrep::geo {

std::vector<std::string> TerritoryBuilder::placeIds() const
{
    std::vector<std::string> out;
    for (const auto& c : m_impl->cells) {
        if (!c.placeId.empty())
            out.push_back(c.placeId);
        out.insert(out.end(), c.coLocated.begin(), c.coLocated.end());
    }
    return out;
}

core::Result<std::vector<AreaChange>> TerritoryBuilder::changes(const StateLookup& from, const StateLookup& to)
{
    auto& d = *m_impl;
    std::lock_guard lock(d.mutex);
    std::vector<PlaceControl> stateFrom, stateTo;
    std::vector<std::uint64_t> keyFrom, keyTo;
    d.resolveStates(from, stateFrom, keyFrom);
    d.resolveStates(to, stateTo, keyTo);

    std::map<std::pair<std::uint64_t, std::uint64_t>, std::vector<int>> groups;
    for (std::size_t c = 0; c < keyFrom.size(); ++c)
        if (keyFrom[c] != keyTo[c])
            groups[{keyFrom[c], keyTo[c]}].push_back(static_cast<int>(c));

    std::vector<AreaChange> out;
    for (const auto& [pair, members] : groups) {
        auto geometry = d.dissolve(members);
        if (!geometry)
            return std::unexpected(geometry.error());
        AreaChange change;
        change.fromStatus = Impl::statusOf(pair.first);
        change.fromActor = d.actorNames[static_cast<std::size_t>(Impl::actorOf(pair.first))];
        change.toStatus = Impl::statusOf(pair.second);
        change.toActor = d.actorNames[static_cast<std::size_t>(Impl::actorOf(pair.second))];
        change.geometry = std::move(*geometry);
        change.areaKm2 = approximateAreaKm2(*change.geometry);
        std::set<std::string> claims;
        for (int ci : members) {
            const auto c = static_cast<std::size_t>(ci);
            if (!d.cells[c].placeId.empty())
                change.placeIds.push_back(d.cells[c].placeId);
            change.placeIds.insert(change.placeIds.end(), d.cells[c].coLocated.begin(), d.cells[c].coLocated.end());
            const auto& s = stateTo[c];
            if (s.since && (!change.since || *s.since > *change.since))
                change.since = s.since;
            claims.insert(s.claimIds.begin(), s.claimIds.end());
        }
        change.claimIds.assign(claims.begin(), claims.end());
        out.push_back(std::move(change));
    }
    std::sort(out.begin(), out.end(), [](const AreaChange& a, const AreaChange& b) { return a.areaKm2 > b.areaKm2; });
    return out;
}

} // namespace sitrep::geo
