#include "gazetteer.h"

#include <algorithm>

namespace sitrep::core {

bool Gazetteer::add(Place place)
{
    if (m_byId.contains(place.id))
        return false;
    m_byId.emplace(place.id, m_places.size());
    m_places.push_back(std::move(place));
    return true;
}

const Place* Gazetteer::find(std::string_view id) const
{
    auto it = m_byId.find(std::string(id));
    return it == m_byId.end() ? nullptr : &m_places[it->second];
}

std::vector<const Place*> Gazetteer::near(GeoPoint p, double radiusKm) const
{
    std::vector<std::pair<double, const Place*>> hits;
    for (const auto& place : m_places) {
        const double d = distanceKm(p, place.point);
        if (d <= radiusKm)
            hits.emplace_back(d, &place);
    }
    std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Place*> out;
    out.reserve(hits.size());
    for (const auto& h : hits)
        out.push_back(h.second);
    return out;
}

} // namespace sitrep::core
