#include "placefinder.h"

#include "text/normaliser.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <unordered_map>

namespace sitrep::app {

namespace {
constexpr std::size_t kPrimary = std::numeric_limits<std::size_t>::max();

// 0 whole name, 1 start of the name, 2 start of a later word, 3 anywhere; -1 no match.
int matchRank(std::string_view folded, std::string_view query)
{
    const std::size_t at = folded.find(query);
    if (at == std::string_view::npos)
        return -1;
    if (at == 0)
        return folded.size() == query.size() ? 0 : 1;
    for (std::size_t p = at; p != std::string_view::npos; p = folded.find(query, p + 1))
        if (folded[p - 1] == ' ' || folded[p - 1] == '-')
            return 2;
    return 3;
}
} // namespace

void PlaceFinder::index() const
{
    if (!m_names.empty())
        return;
    const auto& places = m_gazetteer.places();
    for (std::size_t i = 0; i < places.size(); ++i) {
        const core::Place& p = places[i];
        m_names.push_back({text::fold(p.name), i, kPrimary});
        for (std::size_t n = 0; n < p.names.size(); ++n)
            m_names.push_back({text::fold(p.names[n].name), i, n});
    }
}

std::vector<PlaceFinder::Match> PlaceFinder::find(std::string_view query, std::size_t limit) const
{
    const std::string q = text::fold(query);
    if (q.empty() || limit == 0)
        return {};
    index();
    const auto& places = m_gazetteer.places();
    // The best-ranked name of each place.
    std::unordered_map<std::size_t, std::pair<int, std::size_t>> best; // place → rank, name
    for (const Name& n : m_names) {
        const int rank = matchRank(n.folded, q);
        if (rank < 0)
            continue;
        auto [it, added] = best.try_emplace(n.place, rank, n.name);
        if (!added && rank < it->second.first)
            it->second = {rank, n.name};
    }
    std::vector<std::pair<std::size_t, std::pair<int, std::size_t>>> ranked(best.begin(), best.end());
    auto settlement = [&](std::size_t i) { return core::isSettlementLike(places[i].kind) ? 0 : 1; };
    std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
        const core::Place& pa = places[a.first];
        const core::Place& pb = places[b.first];
        return std::tuple(a.second.first, settlement(a.first), -pa.population, pa.name)
            < std::tuple(b.second.first, settlement(b.first), -pb.population, pb.name);
    });
    std::vector<Match> out;
    for (const auto& [i, rank] : ranked) {
        if (out.size() == limit)
            break;
        const core::Place& p = places[i];
        out.push_back({&p, rank.second == kPrimary ? p.name : p.names[rank.second].name});
    }
    return out;
}

} // namespace sitrep::app
