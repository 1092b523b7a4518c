#include "regionclaims.h"

namespace sitrep::core {

std::vector<Claim> expandRegionClaim(const Claim& claim, const Gazetteer& gazetteer)
{
    const Place* region = gazetteer.find(claim.placeId);
    if (region == nullptr || region->kind != PlaceKind::Governorate)
        return {claim};
    const std::string& admin1 = region->admin1.empty() ? region->name : region->admin1;
    std::vector<Claim> out;
    for (const Place& p : gazetteer.places()) {
        if (!isSettlementLike(p.kind) || p.admin1 != admin1 || p.country != region->country)
            continue;
        Claim c = claim;
        c.placeId = p.id;
        if (c.regionId.empty())
            c.regionId = region->id;
        c.id = claim.id + "@" + p.id;
        out.push_back(std::move(c));
    }
    if (out.empty())
        return {claim}; // a governorate without known settlements keeps its own claim
    return out;
}

} // namespace sitrep::core
