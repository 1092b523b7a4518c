#pragma once
// Gazetteer: the in-memory set of known places, looked up by id and by position. It is filled
// by src/geo (from the GeoPackage) or by tests; text and the engine read it without any I/O.
#include "place.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sitrep::core {

class Gazetteer {
public:
    // Adds a place; a second place with an id already present replaces nothing and returns false.
    bool add(Place place);

    [[nodiscard]] const Place* find(std::string_view id) const;
    [[nodiscard]] const std::vector<Place>& places() const { return m_places; }
    [[nodiscard]] std::size_t size() const { return m_places.size(); }
    [[nodiscard]] bool empty() const { return m_places.empty(); }

    // Places within `radiusKm` of `p`, nearest first.
    [[nodiscard]] std::vector<const Place*> near(GeoPoint p, double radiusKm) const;

private:
    std::vector<Place> m_places;
    std::unordered_map<std::string, std::size_t> m_byId;
};

} // namespace sitrep::core
