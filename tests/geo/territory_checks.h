#pragma once
// Shared checks on a Territory: the areas tile the country (area sum within 0.1 %, union equal
// to the country, no overlaps) and front lines separate every pair of adjacent areas held by
// different actors, never following the country's outline.
#include "core/geopoint.h"
#include "geo/geoscontext.h"
#include "geo/territory.h"
#include "geo/territorybuilder.h"

#include <algorithm>
#include <set>

namespace sitrep::geo::testing {

inline void checkTiling(const Territory& t, const MultiPolygon& country)
{
    GeosContext ctx;
    auto* h = ctx.handle();
    double sum = 0.0;
    std::vector<GeosGeom> areas;
    for (const auto& a : t.areas) {
        areas.push_back(ctx.multiPolygon(*a.geometry));
        CHECK(GEOSisValid_r(h, areas.back().get()) == 1);
        sum += ctx.area(areas.back().get());
    }
    auto countryGeom = ctx.multiPolygon(country);
    const double countryArea = ctx.area(countryGeom.get());
    CHECK(sum == doctest::Approx(countryArea).epsilon(0.001));
    double overlap = 0.0;
    for (std::size_t i = 0; i < areas.size(); ++i)
        for (std::size_t j = i + 1; j < areas.size(); ++j) {
            auto x = ctx.own(GEOSIntersection_r(h, areas[i].get(), areas[j].get()));
            overlap += x ? ctx.area(x.get()) : 0.0;
        }
    CHECK(overlap <= countryArea * 1e-6);
    std::vector<GEOSGeometry*> parts;
    for (auto& a : areas)
        parts.push_back(GEOSGeom_clone_r(h, a.get()));
    auto coll = ctx.own(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                    static_cast<unsigned>(parts.size())));
    auto all = ctx.own(GEOSUnaryUnion_r(h, coll.get()));
    auto gaps = ctx.own(GEOSSymDifference_r(h, all.get(), countryGeom.get()));
    CHECK(ctx.area(gaps.get()) <= countryArea * 1e-6);
}

// No cell of a place reaches farther than the builder's reach from that place (cells of
// governorates without a place and ground beyond reach excepted). Returns the largest distance
// of a cell vertex from its place, in km.
inline double checkReach(const TerritoryBuilder& b)
{
    const double reach = b.options().reachKm;
    double farthest = 0.0;
    for (const auto& c : b.cells()) {
        if (c.beyondReach || b.regionGeometry(c.placeId))
            continue;
        double cellFarthest = 0.0;
        for (const auto& poly : c.geometry)
            for (const auto& ring : poly.rings)
                for (const auto& v : ring)
                    cellFarthest = std::max(cellFarthest, core::distanceKm({c.point.lat, c.point.lon}, {v.lat, v.lon}));
        INFO("cell of " << c.placeId);
        if (reach > 0.0)
            CHECK(cellFarthest <= reach * (1.0 + 1e-6) + 1e-3);
        farthest = std::max(farthest, cellFarthest);
    }
    return farthest;
}

// Returns the number of adjacent pairs of areas held by different actors.
inline int checkFrontLines(const Territory& t, const MultiPolygon& country)
{
    GeosContext ctx;
    auto* h = ctx.handle();
    auto outline = ctx.own(GEOSBoundary_r(h, ctx.multiPolygon(country).get()));
    for (const auto& f : t.frontLines) {
        auto line = ctx.multiLineString(*f.geometry);
        auto onOutline = ctx.own(GEOSIntersectionPrec_r(h, line.get(), outline.get(), 1e-9));
        CHECK(ctx.length(onOutline.get()) < 1e-6); // degrees: nothing beyond snapping noise
        CHECK(f.actorA < f.actorB);
    }
    int pairs = 0;
    for (std::size_t i = 0; i < t.areas.size(); ++i)
        for (std::size_t j = i + 1; j < t.areas.size(); ++j) {
            const auto& a = t.areas[i];
            const auto& b = t.areas[j];
            auto holds = [](const ControlArea& x) {
                return x.status == ControlStatus::Held || x.status == ControlStatus::Stale;
            };
            if (!holds(a) || !holds(b) || a.actor == b.actor)
                continue;
            auto ba = ctx.own(GEOSBoundary_r(h, ctx.multiPolygon(*a.geometry).get()));
            auto bb = ctx.own(GEOSBoundary_r(h, ctx.multiPolygon(*b.geometry).get()));
            auto shared = ctx.own(GEOSIntersectionPrec_r(h, ba.get(), bb.get(), 1e-9));
            const double len = ctx.length(shared.get());
            if (len <= 1e-9)
                continue;
            ++pairs;
            const auto [lo, hi] = std::minmax(a.actor, b.actor);
            const FrontLine* front = nullptr;
            for (const auto& f : t.frontLines)
                if (f.actorA == lo && f.actorB == hi)
                    front = &f;
            INFO("adjacent areas of " << lo << " and " << hi);
            REQUIRE(front);
            // The front covers the shared border (it may cover more: other areas of the same pair).
            auto line = ctx.multiLineString(*front->geometry);
            auto covered = ctx.own(GEOSIntersectionPrec_r(h, shared.get(), line.get(), 1e-9));
            CHECK(ctx.length(covered.get()) == doctest::Approx(len).epsilon(1e-6));
        }
    return pairs;
}

} // namespace sitrep::geo::testing
