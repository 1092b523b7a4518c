#include "exportassembler.h"

#include <set>

namespace sitrep::geo {

core::Result<ExportSnapshot> assembleSnapshot(TerritoryBuilder& builder, const core::Gazetteer& gazetteer,
                                              std::span<const core::Claim* const> claims,
                                              const StateLookup& lookup, core::Instant at, std::string lens)
{
    ExportSnapshot s;
    s.at = at;
    s.lens = std::move(lens);
    auto territory = builder.build(lookup);
    if (!territory)
        return std::unexpected(territory.error());
    s.territory = std::move(*territory);
    for (const auto& id : builder.placeIds())
        if (const auto* p = gazetteer.find(id); p && core::isSettlementLike(p->kind))
            s.places.push_back({p, lookup(id)});
    for (const auto* c : claims) {
        if (!c)
            continue;
        s.claimsById.emplace(c->id, c);
        ExportClaim ec;
        ec.claim = c;
        ec.place = gazetteer.find(c->placeId);
        if (const auto* region = builder.regionGeometry(c->placeId);
            region && (!ec.place || !core::isSettlementLike(ec.place->kind))) {
            ec.region = std::make_shared<const MultiPolygon>(*region);
            ec.place = nullptr;
        }
        s.claims.push_back(std::move(ec));
    }
    return s;
}

core::Result<std::vector<ExportSnapshot>> snapshotTimeline(
    const core::ControlEngine& engine, core::Instant from, core::Instant to, const core::Lens& lens,
    const std::function<core::Result<ExportSnapshot>(core::Instant)>& snapshot)
{
    std::set<core::Instant> instants{from};
    for (const auto& c : engine.changes(from, to, lens))
        if (c.at > from && c.at <= to)
            instants.insert(c.at);
    std::vector<ExportSnapshot> out;
    for (auto it = instants.begin(); it != instants.end(); ++it) {
        auto s = snapshot(*it);
        if (!s)
            return std::unexpected(s.error());
        const auto next = std::next(it);
        s->until = next == instants.end() ? std::max(to, *it) : *next;
        out.push_back(std::move(*s));
    }
    return out;
}

} // namespace sitrep::geo
