#include "exportassembler.h"

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

} // namespace sitrep::geo
