// TerritoryBuilder, part 2: snapshots — per-cell states, dissolving, front lines, the cache.
#include "territorybuilder.h"

#include "territorybuilderimpl.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace sitrep::geo {

std::string_view controlStatusName(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Held: return "held";
    case ControlStatus::Contested: return "contested";
    case ControlStatus::Stale: return "stale";
    case ControlStatus::Unknown: break;
    }
    return "unknown";
}

namespace {
constexpr double kKmPerDegree = 111.32;
constexpr double kDegToRad = 3.14159265358979323846 / 180.0;
constexpr double kEarthRadiusKm = 6371.0088;

// Shoelace in Lambert's cylindrical equal-area projection (x = R·λ, y = R·sin φ): areas on the
// sphere, and additive — the areas of a tiling sum to the area of the whole.
double ringAreaKm2(const Ring& ring)
{
    double sum = 0.0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const double x0 = ring[i].lon * kDegToRad, y0 = std::sin(ring[i].lat * kDegToRad);
        const double x1 = ring[i + 1].lon * kDegToRad, y1 = std::sin(ring[i + 1].lat * kDegToRad);
        sum += x0 * y1 - x1 * y0;
    }
    return std::abs(sum) / 2.0 * kEarthRadiusKm * kEarthRadiusKm;
}
} // namespace

double approximateAreaKm2(const MultiPolygon& mp)
{
    double sum = 0.0;
    for (const auto& p : mp)
        for (std::size_t i = 0; i < p.rings.size(); ++i)
            sum += (i == 0 ? 1.0 : -1.0) * ringAreaKm2(p.rings[i]);
    return sum;
}

double approximateLengthKm(const MultiLineString& lines)
{
    double sum = 0.0;
    for (const auto& l : lines)
        for (std::size_t i = 0; i + 1 < l.size(); ++i) {
            const double dx = (l[i + 1].lon - l[i].lon) * std::cos((l[i].lat + l[i + 1].lat) / 2 * kDegToRad);
            const double dy = l[i + 1].lat - l[i].lat;
            sum += std::hypot(dx, dy) * kKmPerDegree;
        }
    return sum;
}

TerritoryBuilder::TerritoryBuilder(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

TerritoryBuilder::~TerritoryBuilder() = default;

core::Result<std::unique_ptr<TerritoryBuilder>> TerritoryBuilder::create(const core::Gazetteer& gazetteer,
                                                                        const TerritoryFrame& frame,
                                                                        TerritoryOptions options)
{
    if (!std::isfinite(options.reachKm) || options.reachKm < 0.0)
        return core::fail("territory reach must be a distance of 0 km (no cap) or more");
    if (options.discVertices < 8)
        return core::fail("a territory reach disc needs at least 8 vertices");
    auto impl = std::make_unique<Impl>();
    impl->options = options;
    if (auto built = impl->buildCells(gazetteer, frame); !built)
        return std::unexpected(built.error());
    return std::unique_ptr<TerritoryBuilder>(new TerritoryBuilder(std::move(impl)));
}

std::vector<TerritoryCell> TerritoryBuilder::cells() const
{
    std::lock_guard lock(m_impl->mutex);
    std::vector<TerritoryCell> out;
    for (const auto& c : m_impl->cells) {
        TerritoryCell cell;
        cell.placeId = c.placeId;
        cell.coLocated = c.coLocated;
        cell.governorateId = m_impl->regions[static_cast<std::size_t>(c.region)].id;
        if (c.fallback >= 0)
            cell.fallbackPlaceId = m_impl->cells[static_cast<std::size_t>(c.fallback)].placeId;
        cell.point = c.point;
        cell.geometry = m_impl->ctx.toMultiPolygon(c.geom.get());
        cell.beyondReach = c.beyondReach;
        out.push_back(std::move(cell));
    }
    return out;
}

std::size_t TerritoryBuilder::cellCount() const { return m_impl->cells.size(); }
const TerritoryOptions& TerritoryBuilder::options() const { return m_impl->options; }
const std::vector<std::string>& TerritoryBuilder::warnings() const { return m_impl->warnings; }
const MultiPolygon& TerritoryBuilder::country() const { return m_impl->countryPlain; }
double TerritoryBuilder::countryAreaKm2() const { return m_impl->countryAreaKm2; }

const MultiPolygon* TerritoryBuilder::regionGeometry(std::string_view placeId) const
{
    const auto it = m_impl->regionOfId.find(std::string(placeId));
    return it == m_impl->regionOfId.end() ? nullptr : &m_impl->regions[static_cast<std::size_t>(it->second)].plain;
}

std::string TerritoryBuilder::governorateOf(std::string_view placeId) const
{
    const auto it = m_impl->cellOfPlace.find(std::string(placeId));
    if (it == m_impl->cellOfPlace.end())
        return {};
    return m_impl->regions[static_cast<std::size_t>(m_impl->cells[static_cast<std::size_t>(it->second)].region)].id;
}

std::size_t TerritoryBuilder::cachedSnapshots() const
{
    std::lock_guard lock(m_impl->mutex);
    return m_impl->cache.size();
}

core::Result<Territory> TerritoryBuilder::build(const StateLookup& lookup)
{
    auto& d = *m_impl;
    std::lock_guard lock(d.mutex);
    std::vector<PlaceControl> state;
    std::vector<std::uint64_t> key;
    d.resolveStates(lookup, state, key);

    std::shared_ptr<const Impl::Shapes> shapes;
    if (auto it = d.cache.find(key); it != d.cache.end()) {
        shapes = it->second;
    } else {
        auto built = d.buildShapes(key);
        if (!built)
            return std::unexpected(built.error());
        shapes = *built;
        d.cache.emplace(key, shapes);
    }

    // Attributes change without the geometry changing (since, confidence, sources): fill them per call.
    Territory t;
    for (const auto& a : shapes->areas) {
        ControlArea area;
        area.status = Impl::statusOf(a.key);
        area.actor = d.actorNames[static_cast<std::size_t>(Impl::actorOf(a.key))];
        area.parties = d.partiesNames[static_cast<std::size_t>(Impl::partiesOf(a.key))];
        area.geometry = a.geometry;
        area.areaKm2 = a.areaKm2;
        area.confidence = a.cells.empty() ? 0.0 : 1.0;
        std::set<std::string> claims;
        for (int ci : a.cells) {
            const auto c = static_cast<std::size_t>(ci);
            if (!d.cells[c].placeId.empty())
                area.placeIds.push_back(d.cells[c].placeId);
            area.placeIds.insert(area.placeIds.end(), d.cells[c].coLocated.begin(), d.cells[c].coLocated.end());
            if (area.status == ControlStatus::Unknown) {
                area.confidence = 0.0;
                continue;
            }
            if (state[c].since && (!area.since || *state[c].since > *area.since))
                area.since = state[c].since;
            area.confidence = std::min(area.confidence, state[c].confidence);
            claims.insert(state[c].claimIds.begin(), state[c].claimIds.end());
        }
        area.claimIds.assign(claims.begin(), claims.end());
        t.areas.push_back(std::move(area));
    }
    t.frontLines = d.frontLinesOf(shapes->fronts);
    return t;
}

core::Result<std::vector<FrontLine>> TerritoryBuilder::frontLines(const StateLookup& lookup)
{
    auto& d = *m_impl;
    std::lock_guard lock(d.mutex);
    std::vector<PlaceControl> state;
    std::vector<std::uint64_t> key;
    d.resolveStates(lookup, state, key);
    if (auto it = d.cache.find(key); it != d.cache.end())
        return d.frontLinesOf(it->second->fronts);
    auto it = d.frontCache.find(key);
    if (it == d.frontCache.end())
        it = d.frontCache.emplace(key, d.buildFronts(key)).first;
    return d.frontLinesOf(it->second);
}

std::vector<FrontLine> TerritoryBuilder::Impl::frontLinesOf(const std::vector<Shapes::Front>& fronts) const
{
    std::vector<FrontLine> out;
    for (const auto& f : fronts)
        out.push_back({actorNames[static_cast<std::size_t>(f.actorA)], actorNames[static_cast<std::size_t>(f.actorB)],
                       f.geometry, f.lengthKm});
    return out;
}

std::vector<TerritoryBuilder::Impl::Shapes::Front> TerritoryBuilder::Impl::buildFronts(const std::vector<std::uint64_t>& key)
{
    auto* h = ctx.handle();
    std::vector<Shapes::Front> out;
    std::map<std::pair<int, int>, MultiLineString> fronts;
    for (const auto& e : edges) {
        const auto ka = key[static_cast<std::size_t>(e.a)];
        const auto kb = key[static_cast<std::size_t>(e.b)];
        const auto sa = statusOf(ka), sb = statusOf(kb);
        const bool holderA = sa == ControlStatus::Held || sa == ControlStatus::Stale;
        const bool holderB = sb == ControlStatus::Held || sb == ControlStatus::Stale;
        if (!holderA || !holderB || actorOf(ka) == actorOf(kb))
            continue;
        int a = actorOf(ka), b = actorOf(kb);
        if (actorNames[static_cast<std::size_t>(b)] < actorNames[static_cast<std::size_t>(a)])
            std::swap(a, b);
        auto& lines = fronts[{a, b}];
        lines.insert(lines.end(), e.lines.begin(), e.lines.end());
    }
    for (auto& [pair, lines] : fronts) {
        auto merged = ctx.own(GEOSLineMerge_r(h, ctx.multiLineString(lines).get()));
        auto plain = std::make_shared<MultiLineString>(merged ? ctx.toLines(merged.get()) : lines);
        const double km = approximateLengthKm(*plain);
        out.push_back({pair.first, pair.second, std::move(plain), km});
    }
    return out;
}

void TerritoryBuilder::Impl::resolveStates(const StateLookup& lookup, std::vector<PlaceControl>& state,
                                           std::vector<std::uint64_t>& key)
{
    const std::size_t n = cells.size();
    auto known = [](const PlaceControl& s) {
        return s.status == ControlStatus::Contested
            || ((s.status == ControlStatus::Held || s.status == ControlStatus::Stale) && !s.actor.empty());
    };

    // Each cell's own state: its place, else a co-located place.
    std::vector<PlaceControl> own(n);
    for (std::size_t c = 0; c < n; ++c) {
        if (cells[c].beyondReach)
            continue; // nobody is known to hold ground out of every settlement's reach
        own[c] = lookup(cells[c].placeId);
        for (std::size_t i = 0; !known(own[c]) && i < cells[c].coLocated.size(); ++i)
            own[c] = lookup(cells[c].coLocated[i]);
    }
    // Then a neighbourhood's city, then a region claim about the cell's governorate.
    std::vector<PlaceControl> regionStates(regions.size());
    std::vector<bool> regionLooked(regions.size(), false);
    state = own;
    key.assign(n, 0);
    for (std::size_t c = 0; c < n; ++c) {
        const auto& cell = cells[c];
        if (!known(state[c]) && cell.fallback >= 0 && known(own[static_cast<std::size_t>(cell.fallback)]))
            state[c] = own[static_cast<std::size_t>(cell.fallback)];
        const auto r = static_cast<std::size_t>(cell.region);
        if (!known(state[c]) && !cell.beyondReach && !regions[r].id.empty() && cell.placeId != regions[r].id) {
            if (!regionLooked[r]) {
                regionStates[r] = lookup(regions[r].id);
                regionLooked[r] = true;
            }
            if (known(regionStates[r]))
                state[c] = regionStates[r];
        }
        auto& s = state[c];
        if (!known(s)) {
            s = PlaceControl{};
            key[c] = pack(ControlStatus::Unknown, 0, 0);
            continue;
        }
        int actor = 0, parties = 0;
        if (s.status == ControlStatus::Contested) {
            std::sort(s.parties.begin(), s.parties.end());
            s.parties.erase(std::unique(s.parties.begin(), s.parties.end()), s.parties.end());
            std::string joined;
            for (const auto& p : s.parties)
                joined += p + '\n';
            auto [it, fresh] = partiesIndex.try_emplace(joined, static_cast<int>(partiesNames.size()));
            if (fresh)
                partiesNames.push_back(s.parties);
            parties = it->second;
        } else {
            auto [it, fresh] = actorIndex.try_emplace(s.actor, static_cast<int>(actorNames.size()));
            if (fresh)
                actorNames.push_back(s.actor);
            actor = it->second;
        }
        key[c] = pack(s.status, actor, parties);
    }
}

core::Result<std::shared_ptr<const MultiPolygon>> TerritoryBuilder::Impl::dissolve(const std::vector<int>& members)
{
    auto* h = ctx.handle();
    std::vector<GEOSGeometry*> parts;
    for (int c : members)
        parts.push_back(GEOSGeom_clone_r(h, cells[static_cast<std::size_t>(c)].geom.get()));
    auto coll = ctx.own(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                    static_cast<unsigned>(parts.size())));
    GeosGeom merged = parts.size() == 1 ? ctx.own(GEOSGeom_clone_r(h, parts.front()))
                                        : ctx.own(GEOSCoverageUnion_r(h, coll.get()));
    if (!merged) {
        auto fallback = ctx.check(GEOSUnaryUnion_r(h, coll.get()), "UnaryUnion");
        if (!fallback)
            return std::unexpected(fallback.error());
        merged = std::move(*fallback);
    }
    return std::make_shared<const MultiPolygon>(ctx.toMultiPolygon(merged.get()));
}

core::Result<std::shared_ptr<const TerritoryBuilder::Impl::Shapes>>
TerritoryBuilder::Impl::buildShapes(const std::vector<std::uint64_t>& key)
{
    auto shapes = std::make_shared<Shapes>();
    // Held and stale cells dissolve per (status, actor), unknown cells into one area; each
    // contested cell stays an area of its own.
    std::map<std::uint64_t, std::vector<int>> groups;
    std::vector<std::pair<std::uint64_t, int>> contested;
    for (std::size_t c = 0; c < key.size(); ++c) {
        if (statusOf(key[c]) == ControlStatus::Contested)
            contested.emplace_back(key[c], static_cast<int>(c));
        else
            groups[key[c]].push_back(static_cast<int>(c));
    }
    auto add = [&](std::uint64_t k, const std::vector<int>& members) -> core::Result<void> {
        auto merged = dissolve(members);
        if (!merged)
            return std::unexpected(merged.error());
        const double km2 = approximateAreaKm2(**merged);
        shapes->areas.push_back({k, members, std::move(*merged), km2});
        return {};
    };
    for (const auto& [k, members] : groups)
        if (auto ok = add(k, members); !ok)
            return std::unexpected(ok.error());
    for (const auto& [k, c] : contested)
        if (auto ok = add(k, {c}); !ok)
            return std::unexpected(ok.error());

    shapes->fronts = buildFronts(key);
    return std::shared_ptr<const Shapes>(std::move(shapes));
}

} // namespace sitrep::geo
