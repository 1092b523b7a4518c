#include "placefinder.h"

#include "normaliser.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace sitrep::text {

namespace {
constexpr std::size_t kPrimary = std::numeric_limits<std::size_t>::max();

// How `folded` (a folded name) fits the folded `query`; nothing when it does not contain it.
std::optional<PlaceFinder::Fit> fitOf(std::string_view folded, std::string_view query)
{
    using Fit = PlaceFinder::Fit;
    const std::size_t at = folded.find(query);
    if (at == std::string_view::npos)
        return std::nullopt;
    if (at == 0)
        return folded.size() == query.size() ? Fit::WholeName : Fit::NameStart;
    for (std::size_t p = at; p != std::string_view::npos; p = folded.find(query, p + 1))
        if (folded[p - 1] == ' ' || folded[p - 1] == '-')
            return Fit::WordStart;
    return Fit::Inside;
}
} // namespace

void PlaceFinder::index() const
{
    if (!m_names.empty())
        return;
    const auto& places = m_gazetteer.places();
    for (std::size_t i = 0; i < places.size(); ++i) {
        const core::Place& p = places[i];
        m_names.push_back({fold(p.name), i, kPrimary});
        for (std::size_t n = 0; n < p.names.size(); ++n)
            m_names.push_back({fold(p.names[n].name), i, n});
    }
}

std::vector<PlaceFinder::Match> PlaceFinder::find(std::string_view query, std::size_t limit) const
{
    const std::string q = fold(query);
    if (q.empty() || limit == 0)
        return {};
    index();
    const auto& places = m_gazetteer.places();
    // The best-fitting name of each place.
    std::unordered_map<std::size_t, std::pair<Fit, std::size_t>> best; // place → fit, name
    for (const Name& n : m_names) {
        const auto fit = fitOf(n.folded, q);
        if (!fit)
            continue;
        auto [it, added] = best.try_emplace(n.place, *fit, n.name);
        if (!added && *fit < it->second.first)
            it->second = {*fit, n.name};
    }
    std::vector<std::pair<std::size_t, std::pair<Fit, std::size_t>>> ranked(best.begin(), best.end());
    auto settlement = [&](std::size_t i) { return core::isSettlementLike(places[i].kind) ? 0 : 1; };
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
        const core::Place& pa = places[a.first];
        const core::Place& pb = places[b.first];
        return std::tuple(a.second.first, settlement(a.first), -pa.population, pa.name, pa.id)
            < std::tuple(b.second.first, settlement(b.first), -pb.population, pb.name, pb.id);
    });
    std::vector<Match> out;
    for (const auto& [i, fit] : ranked) {
        if (out.size() == limit)
            break;
        const core::Place& p = places[i];
        out.push_back({&p, fit.second == kPrimary ? p.name : p.names[fit.second].name, fit.first});
    }
    return out;
}

} // namespace sitrep::text
