// TerritoryBuilder, part 1: cutting the country into cells, once.
//
// Rules (see also docs/territory.md):
// - Governorates are clipped to the country and made disjoint; slivers of the country no
//   governorate covers join the governorate they share the longest border with, so the regions
//   tile the country exactly.
// - Every settlement-like place of the country gets a Voronoi cell computed among the places of
//   its own governorate and clipped to it, so cells never straddle a governorate border and
//   region claims ("the whole of Daraa province") map onto whole cells.
// - Each cell is cut to a disc of TerritoryOptions::reachKm (35 km) around its place: ground
//   farther from every settlement of the governorate is not known to be held by anyone. What no
//   capped cell covers becomes one cell per governorate without a place (beyondReach), always
//   unknown, so the cells still tile the country.
// - Places at the very same point share one cell; the most important kind (city before town
//   before … neighbourhood) gives it its state, the others are listed with it.
// - Neighbourhoods are ordinary sites: inside a city they get small cells of their own. A
//   neighbourhood nobody reports on takes the state of the nearest city or town of its
//   governorate within 25 km, so an unreported suburb does not punch a hole in a held city.
// - A governorate without any place is one cell named after the governorate (region claims
//   still colour it).
// - All cell outlines are noded together on a 1e-9° grid and re-polygonized, so neighbouring
//   cells share identical vertices: dissolving is an exact CoverageUnion and shared borders
//   (front lines) are found by matching segments.
#include "territorybuilderimpl.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace sitrep::geo {

namespace {

constexpr double kSnapGrid = 1e-9;            // degrees
constexpr double kNearRegionDeg = 0.15;        // a place this close outside the outline still counts
constexpr double kNeighbourhoodFallbackKm = 25.0;
constexpr double kEarthRadiusKm = 6371.0088;   // as core::distanceKm
constexpr double kPi = 3.14159265358979323846;
constexpr double kNoiseFaceDeg2 = 1e-14;        // faces this small left by noding are snapping noise

int kindRank(core::PlaceKind k)
{
    using K = core::PlaceKind;
    constexpr std::array order{K::City, K::Town, K::Village, K::Airbase, K::Military, K::BorderCrossing,
                               K::Prison, K::Dam, K::Camp, K::Neighbourhood};
    const auto it = std::find(order.begin(), order.end(), k);
    return static_cast<int>(it - order.begin());
}

bool outranks(const core::Place& a, const core::Place& b)
{
    if (kindRank(a.kind) != kindRank(b.kind))
        return kindRank(a.kind) < kindRank(b.kind);
    if (a.population != b.population)
        return a.population > b.population;
    return a.id < b.id;
}

std::array<double, 4> boxOf(GEOSContextHandle_t h, const GEOSGeometry* g)
{
    std::array<double, 4> b{};
    if (GEOSisEmpty_r(h, g))
        return b;
    GEOSGeom_getXMin_r(h, g, &b[0]);
    GEOSGeom_getYMin_r(h, g, &b[1]);
    GEOSGeom_getXMax_r(h, g, &b[2]);
    GEOSGeom_getYMax_r(h, g, &b[3]);
    return b;
}

bool inBox(const std::array<double, 4>& b, double x, double y)
{
    return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

struct Site {
    const core::Place* place = nullptr;
    std::vector<const core::Place*> others;
    int region = -1;
};

struct SegmentKey {
    LonLat a;
    LonLat b;
    friend bool operator==(const SegmentKey&, const SegmentKey&) = default;
};
struct SegmentHash {
    std::size_t operator()(const SegmentKey& k) const
    {
        std::size_t h = 1469598103934665603ULL;
        for (double v : {k.a.lon, k.a.lat, k.b.lon, k.b.lat})
            h = (h ^ std::bit_cast<std::uint64_t>(v)) * 1099511628211ULL;
        return h;
    }
};

} // namespace

core::Result<void> TerritoryBuilder::Impl::buildCells(const core::Gazetteer& gazetteer,
                                                      const TerritoryFrame& frame)
{
    auto* h = ctx.handle();
    bool repaired = false;
    auto c = ctx.validPolygonal(ctx.multiPolygon(frame.country), &repaired);
    if (!c)
        return std::unexpected(c.error());
    if (repaired)
        warnings.push_back("country outline of " + frame.countryIso + " was invalid; repaired with MakeValid");
    country = std::move(*c);
    if (ctx.area(country.get()) <= 0.0)
        return core::fail("the outline of " + frame.countryIso + " has no area");
    countryPlain = ctx.toMultiPolygon(country.get());
    countryAreaKm2 = approximateAreaKm2(countryPlain);

    // Regions: governorates clipped to the country, disjoint, covering it.
    GeosGeom taken;
    for (const auto& gov : frame.governorates) {
        auto g = ctx.validPolygonal(ctx.multiPolygon(gov.geometry), &repaired);
        if (!g)
            return core::fail(g.error().message, "governorate " + gov.id);
        if (repaired)
            warnings.push_back("governorate " + gov.id + " outline was invalid; repaired with MakeValid");
        auto clipped = ctx.check(GEOSIntersection_r(h, g->get(), country.get()), "Intersection");
        if (!clipped)
            return core::fail(clipped.error().message, "governorate " + gov.id);
        GeosGeom part = ctx.polygonalPart(clipped->get());
        if (taken) {
            auto rest = ctx.check(GEOSDifference_r(h, part.get(), taken.get()), "Difference");
            if (!rest)
                return core::fail(rest.error().message, "governorate " + gov.id);
            part = ctx.polygonalPart(rest->get());
        }
        if (ctx.area(part.get()) <= 1e-12) {
            warnings.push_back("governorate " + gov.id + " lies outside " + frame.countryIso + "; skipped");
            continue;
        }
        taken = taken ? ctx.own(GEOSUnion_r(h, taken.get(), part.get())) : ctx.own(GEOSGeom_clone_r(h, part.get()));
        regions.push_back({gov.id, std::move(part), {}});
    }
    if (regions.empty()) {
        regions.push_back({std::string(), ctx.own(GEOSGeom_clone_r(h, country.get())), {}});
    } else {
        auto residual = ctx.polygonalPart(ctx.own(GEOSDifference_r(h, country.get(), taken.get())).get());
        const int n = GEOSGetNumGeometries_r(h, residual.get());
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry* piece = GEOSGetGeometryN_r(h, residual.get(), i);
            if (ctx.area(piece) <= 0.0)
                continue;
            auto pieceBoundary = ctx.own(GEOSBoundary_r(h, piece));
            std::size_t best = 0;
            double bestShared = 0.0, bestDistance = 1e300;
            for (std::size_t r = 0; r < regions.size(); ++r) {
                auto rb = ctx.own(GEOSBoundary_r(h, regions[r].geom.get()));
                auto shared = ctx.own(GEOSIntersectionPrec_r(h, pieceBoundary.get(), rb.get(), kSnapGrid));
                const double len = shared ? ctx.length(shared.get()) : 0.0;
                double dist = 0.0;
                GEOSDistance_r(h, piece, regions[r].geom.get(), &dist);
                if (len > bestShared || (bestShared == 0.0 && dist < bestDistance)) {
                    best = r;
                    bestShared = std::max(bestShared, len);
                    bestDistance = dist;
                }
            }
            auto merged = ctx.own(GEOSUnion_r(h, regions[best].geom.get(), piece));
            regions[best].geom = ctx.polygonalPart(merged.get());
        }
    }
    for (std::size_t r = 0; r < regions.size(); ++r) {
        regions[r].plain = ctx.toMultiPolygon(regions[r].geom.get());
        if (!regions[r].id.empty())
            regionOfId[regions[r].id] = static_cast<int>(r);
    }

    // Sites: settlement-like places, one per distinct point.
    std::map<std::pair<long long, long long>, Site> byPoint;
    for (const auto& p : gazetteer.places()) {
        if (!core::isSettlementLike(p.kind) || (!p.country.empty() && p.country != frame.countryIso))
            continue;
        if (!std::isfinite(p.point.lon) || !std::isfinite(p.point.lat))
            continue;
        auto& s = byPoint[{std::llround(p.point.lon * 1e7), std::llround(p.point.lat * 1e7)}];
        if (!s.place) {
            s.place = &p;
        } else if (outranks(p, *s.place)) {
            s.others.push_back(s.place);
            s.place = &p;
        } else {
            s.others.push_back(&p);
        }
    }
    std::vector<GeosPrepared> preparedRegions;
    for (const auto& r : regions)
        preparedRegions.push_back(ctx.prepare(r.geom.get()));
    std::vector<std::vector<Site>> sitesOf(regions.size());
    for (auto& [key, site] : byPoint) {
        auto pt = ctx.point(site.place->point.lon, site.place->point.lat);
        int region = -1;
        double nearest = kNearRegionDeg;
        for (std::size_t r = 0; r < regions.size() && region < 0; ++r)
            if (GEOSPreparedIntersects_r(h, preparedRegions[r].get(), pt.get()) == 1)
                region = static_cast<int>(r);
        for (std::size_t r = 0; r < regions.size() && region < 0; ++r) {
            double d = 0.0;
            if (GEOSDistance_r(h, pt.get(), regions[r].geom.get(), &d) && d <= nearest) {
                nearest = d;
                region = static_cast<int>(r);
            }
        }
        if (region < 0) {
            if (site.place->country == frame.countryIso)
                warnings.push_back("place " + site.place->id + " (" + site.place->name + ") lies outside "
                                   + frame.countryIso + "; it gets no cell");
            continue;
        }
        site.region = region;
        sitesOf[static_cast<std::size_t>(region)].push_back(std::move(site));
    }

    // A cell whose bounding box lies well inside the disc (its corners closer than the disc
    // polygon's edges, R·cos(π/n), with a margin) is inside it: no intersection needed (most
    // cells of the populated west).
    const double safeKm = options.reachKm * (std::cos(kPi / options.discVertices) - 0.002);
    auto withinReach = [&](const core::GeoPoint& site, const GEOSGeometry* g) {
        const auto box = boxOf(h, g);
        for (const auto& corner : {core::GeoPoint{box[1], box[0]}, core::GeoPoint{box[1], box[2]},
                                   core::GeoPoint{box[3], box[0]}, core::GeoPoint{box[3], box[2]}})
            if (core::distanceKm(site, corner) > safeKm)
                return false;
        return true;
    };

    // Cells: a Voronoi diagram per region, clipped to the region.
    std::vector<GeosGeom> rawCells;
    for (std::size_t r = 0; r < regions.size(); ++r) {
        const auto& sites = sitesOf[r];
        const GEOSGeometry* region = regions[r].geom.get();
        auto addCell = [&](const Site* s, GeosGeom geom) {
            if (s && options.reachKm > 0.0 && !withinReach(s->place->point, geom.get())) {
                auto disc = reachDisc({s->place->point.lon, s->place->point.lat});
                geom = ctx.polygonalPart(ctx.own(GEOSIntersection_r(h, geom.get(), disc.get())).get());
            }
            Cell cell;
            cell.region = static_cast<int>(r);
            if (s) {
                cell.placeId = s->place->id;
                cell.kind = s->place->kind;
                cell.point = {s->place->point.lon, s->place->point.lat};
                for (const auto* o : s->others)
                    cell.coLocated.push_back(o->id);
            } else {
                cell.placeId = regions[r].id;
                cell.kind = core::PlaceKind::Region;
                auto pos = ctx.own(GEOSPointOnSurface_r(h, region));
                GEOSGeomGetX_r(h, pos.get(), &cell.point.lon);
                GEOSGeomGetY_r(h, pos.get(), &cell.point.lat);
            }
            cells.push_back(std::move(cell));
            rawCells.push_back(std::move(geom));
        };
        if (sites.size() <= 1) {
            addCell(sites.empty() ? nullptr : &sites.front(), ctx.own(GEOSGeom_clone_r(h, region)));
            continue;
        }
        std::vector<GEOSGeometry*> pts;
        for (const auto& s : sites)
            pts.push_back(GEOSGeom_createPointFromXY_r(h, s.place->point.lon, s.place->point.lat));
        auto multipoint = ctx.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, pts.data(),
                                                              static_cast<unsigned>(pts.size())));
        auto voronoi = ctx.check(GEOSVoronoiDiagram_r(h, multipoint.get(), region, 0.0, 0), "VoronoiDiagram");
        if (!voronoi)
            return core::fail(voronoi.error().message, "governorate " + regions[r].id);
        const int n = GEOSGetNumGeometries_r(h, voronoi->get());
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry* piece = GEOSGetGeometryN_r(h, voronoi->get(), i);
            const auto box = boxOf(h, piece);
            const Site* owner = nullptr;
            for (const auto& s : sites) {
                if (!inBox(box, s.place->point.lon, s.place->point.lat))
                    continue;
                auto pt = ctx.point(s.place->point.lon, s.place->point.lat);
                if (GEOSIntersects_r(h, piece, pt.get()) == 1) {
                    owner = &s;
                    break;
                }
            }
            if (!owner)
                continue;
            GeosGeom clipped;
            if (GEOSPreparedContains_r(h, preparedRegions[r].get(), piece) == 1)
                clipped = ctx.own(GEOSGeom_clone_r(h, piece));
            else
                clipped = ctx.polygonalPart(ctx.own(GEOSIntersection_r(h, piece, region)).get());
            addCell(owner, std::move(clipped));
        }
    }
    return nodeCells(rawCells);
}

core::Result<void> TerritoryBuilder::Impl::nodeCells(std::vector<GeosGeom>& rawCells)
{
    auto* h = ctx.handle();
    std::vector<GEOSGeometry*> bounds;
    for (const auto& g : rawCells)
        if (!GEOSisEmpty_r(h, g.get()))
            bounds.push_back(GEOSBoundary_r(h, g.get()));
    // Capped cells no longer tile their governorate: its outline bounds the ground beyond reach.
    if (options.reachKm > 0.0)
        for (const auto& r : regions)
            bounds.push_back(GEOSBoundary_r(h, r.geom.get()));
    auto lines = ctx.own(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, bounds.data(),
                                                     static_cast<unsigned>(bounds.size())));
    auto noded = ctx.check(GEOSUnaryUnionPrec_r(h, lines.get(), kSnapGrid), "UnaryUnion (noding)");
    if (!noded)
        return std::unexpected(noded.error());
    const GEOSGeometry* input[] = {noded->get()};
    auto faces = ctx.check(GEOSPolygonize_r(h, input, 1), "Polygonize");
    if (!faces)
        return std::unexpected(faces.error());

    std::vector<GeosPrepared> prepared;
    std::vector<std::array<double, 4>> boxes;
    for (const auto& g : rawCells) {
        prepared.push_back(ctx.prepare(g.get()));
        boxes.push_back(boxOf(h, g.get()));
    }
    auto preparedCountry = ctx.prepare(country.get());
    std::vector<GeosPrepared> preparedRegions;
    for (const auto& r : regions)
        preparedRegions.push_back(ctx.prepare(r.geom.get()));
    std::vector<std::vector<GEOSGeometry*>> facesOf(cells.size());
    std::vector<std::vector<GEOSGeometry*>> beyondOf(regions.size()); // faces out of every cell's reach
    const int n = GEOSGetNumGeometries_r(h, faces->get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* face = GEOSGetGeometryN_r(h, faces->get(), i);
        auto pos = ctx.own(GEOSPointOnSurface_r(h, face));
        double x = 0.0, y = 0.0;
        GEOSGeomGetX_r(h, pos.get(), &x);
        GEOSGeomGetY_r(h, pos.get(), &y);
        int owner = -1;
        for (std::size_t c = 0; c < cells.size() && owner < 0; ++c)
            if (inBox(boxes[c], x, y) && GEOSPreparedIntersects_r(h, prepared[c].get(), pos.get()) == 1)
                owner = static_cast<int>(c);
        if (owner < 0) {
            if (GEOSPreparedIntersects_r(h, preparedCountry.get(), pos.get()) != 1)
                continue; // a hole of the country
            int region = -1;
            if (options.reachKm > 0.0 && ctx.area(face) > kNoiseFaceDeg2)
                for (std::size_t r = 0; r < regions.size() && region < 0; ++r)
                    if (GEOSPreparedIntersects_r(h, preparedRegions[r].get(), pos.get()) == 1)
                        region = static_cast<int>(r);
            if (region >= 0) {
                beyondOf[static_cast<std::size_t>(region)].push_back(GEOSGeom_clone_r(h, face));
                continue;
            }
            double best = 1e300;
            for (std::size_t c = 0; c < cells.size(); ++c) {
                double d = 0.0;
                if (GEOSDistance_r(h, face, rawCells[c].get(), &d) && d < best) {
                    best = d;
                    owner = static_cast<int>(c);
                }
            }
        }
        if (owner >= 0)
            facesOf[static_cast<std::size_t>(owner)].push_back(GEOSGeom_clone_r(h, face));
    }

    for (std::size_t r = 0; r < regions.size(); ++r) {
        if (beyondOf[r].empty())
            continue;
        Cell cell;
        cell.region = static_cast<int>(r);
        cell.kind = core::PlaceKind::Region;
        cell.beyondReach = true;
        cells.push_back(std::move(cell));
        facesOf.push_back(std::move(beyondOf[r]));
    }

    std::vector<Cell> kept;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        auto& f = facesOf[c];
        if (f.empty()) {
            warnings.push_back("place " + cells[c].placeId + " lies outside its governorate's outline and gets no cell");
            continue;
        }
        auto coll = ctx.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, f.data(), static_cast<unsigned>(f.size())));
        GeosGeom merged = f.size() == 1 ? ctx.own(GEOSGeom_clone_r(h, GEOSGetGeometryN_r(h, coll.get(), 0)))
                                        : ctx.own(GEOSCoverageUnion_r(h, coll.get()));
        if (!merged)
            merged = ctx.own(GEOSUnaryUnion_r(h, coll.get()));
        cells[c].geom = std::move(merged);
        cells[c].box = boxOf(h, cells[c].geom.get());
        if (cells[c].beyondReach) {
            auto pos = ctx.own(GEOSPointOnSurface_r(h, cells[c].geom.get()));
            GEOSGeomGetX_r(h, pos.get(), &cells[c].point.lon);
            GEOSGeomGetY_r(h, pos.get(), &cells[c].point.lat);
        }
        kept.push_back(std::move(cells[c]));
    }
    cells = std::move(kept);
    for (std::size_t c = 0; c < cells.size(); ++c) {
        cellOfPlace[cells[c].placeId] = static_cast<int>(c);
        for (const auto& o : cells[c].coLocated)
            cellOfPlace[o] = static_cast<int>(c);
    }
    cellOfPlace.erase(std::string()); // beyond-reach cells have no place
    linkNeighbourhoods();
    findEdges();
    return {};
}

GeosGeom TerritoryBuilder::Impl::reachDisc(LonLat centre) const
{
    // Destination points at great-circle distance reachKm on bearings 0..360° (counter-clockwise
    // in lon/lat), on the sphere core::distanceKm uses: a polygon inscribed in the true circle.
    const int n = options.discVertices;
    const double delta = options.reachKm / kEarthRadiusKm;
    const double phi1 = centre.lat * kPi / 180.0, lambda1 = centre.lon * kPi / 180.0;
    Ring ring;
    ring.reserve(static_cast<std::size_t>(n) + 1);
    for (int k = 0; k < n; ++k) {
        const double theta = -2.0 * kPi * k / n;
        const double sinPhi2 = std::sin(phi1) * std::cos(delta) + std::cos(phi1) * std::sin(delta) * std::cos(theta);
        const double phi2 = std::asin(sinPhi2);
        const double lambda2 = lambda1 + std::atan2(std::sin(theta) * std::sin(delta) * std::cos(phi1),
                                                    std::cos(delta) - std::sin(phi1) * sinPhi2);
        ring.push_back({lambda2 * 180.0 / kPi, phi2 * 180.0 / kPi});
    }
    ring.push_back(ring.front());
    return ctx.polygon(Polygon{{std::move(ring)}});
}

void TerritoryBuilder::Impl::linkNeighbourhoods()
{
    for (auto& cell : cells) {
        if (cell.kind != core::PlaceKind::Neighbourhood)
            continue;
        double best = kNeighbourhoodFallbackKm;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const auto& other = cells[c];
            if (other.region != cell.region
                || (other.kind != core::PlaceKind::City && other.kind != core::PlaceKind::Town))
                continue;
            const double d = core::distanceKm({cell.point.lat, cell.point.lon}, {other.point.lat, other.point.lon});
            if (d <= best) {
                best = d;
                cell.fallback = static_cast<int>(c);
            }
        }
    }
}

void TerritoryBuilder::Impl::findEdges()
{
    std::unordered_map<SegmentKey, int, SegmentHash> owner;
    std::map<std::pair<int, int>, MultiLineString> shared;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        for (const auto& poly : ctx.toMultiPolygon(cells[c].geom.get())) {
            for (const auto& ring : poly.rings) {
                for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                    SegmentKey key{ring[i], ring[i + 1]};
                    if (std::tie(key.b.lon, key.b.lat) < std::tie(key.a.lon, key.a.lat))
                        std::swap(key.a, key.b);
                    auto [it, fresh] = owner.try_emplace(key, static_cast<int>(c));
                    if (!fresh && it->second != static_cast<int>(c))
                        shared[{it->second, static_cast<int>(c)}].push_back({key.a, key.b});
                }
            }
        }
    }
    auto* h = ctx.handle();
    for (auto& [pair, segments] : shared) {
        auto merged = ctx.own(GEOSLineMerge_r(h, ctx.multiLineString(segments).get()));
        edges.push_back({pair.first, pair.second, merged ? ctx.toLines(merged.get()) : segments});
    }
}

} // namespace sitrep::geo
