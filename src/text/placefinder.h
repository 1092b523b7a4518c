#pragma once
// PlaceFinder: a place typed by name — a name in Latin or Arabic script, spelled any way the
// gazetteer knows ("Deraa", "Dar'a", "درعا"), against every name of every place, folded the
// geoparser's way; whole names first, then name starts, then word starts, larger places before
// smaller ones. The map's search box and `sitrep override --place` both find places with it.
#include "core/gazetteer.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

class PlaceFinder {
public:
    // How a name fits the query, best first.
    enum class Fit {
        WholeName, // "Homs" for "homs"
        NameStart, // "Homs Governorate" for "homs"
        WordStart, // "Tell Daraa" for "daraa"
        Inside, // "Sasa" for "as"
    };
    struct Match {
        const core::Place* place = nullptr;
        std::string name; // the name that matched, as written
        Fit fit = Fit::Inside;
    };

    // `gazetteer` must outlive the finder; its names are folded on the first search.
    explicit PlaceFinder(const core::Gazetteer& gazetteer)
        : m_gazetteer(gazetteer)
    {
    }

    // Up to `limit` places, each once by its best-fitting name.
    [[nodiscard]] std::vector<Match> find(std::string_view query, std::size_t limit) const;

private:
    struct Name {
        std::string folded;
        std::size_t place = 0;
        std::size_t name = 0; // into the place's names; npos: the primary name
    };
    void index() const;

    const core::Gazetteer& m_gazetteer;
    mutable std::vector<Name> m_names;
};

} // namespace sitrep::text
