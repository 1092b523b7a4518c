#pragma once
// A synthetic country for territory and export tests: a 2°×2° square ("SY") cut into two
// governorates (west, east), with a handful of places of every relevant kind.
#include "core/gazetteer.h"
#include "geo/territoryframe.h"

namespace sitrep::geo::testing {

inline Ring box(double x0, double y0, double x1, double y1)
{
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

inline TerritoryFrame squareFrame()
{
    TerritoryFrame f;
    f.countryIso = "SY";
    f.countryName = "Squareland";
    f.country = {Polygon{{box(36, 33, 38, 35)}}};
    f.governorates.push_back({"gov:west", "West", "", "SY-WE", {Polygon{{box(36, 33, 37, 35)}}}});
    f.governorates.push_back({"gov:east", "East", "", "SY-EA", {Polygon{{box(37, 33, 38, 35)}}}});
    return f;
}

inline core::Place place(std::string id, std::string name, core::PlaceKind kind, double lon, double lat,
                         std::string country = "SY")
{
    core::Place p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.kind = kind;
    p.country = std::move(country);
    p.point = {lat, lon};
    return p;
}

inline core::Gazetteer squareGazetteer()
{
    using K = core::PlaceKind;
    core::Gazetteer g;
    g.add(place("gn:a", "Alpha", K::City, 36.5, 34.5));
    g.add(place("gn:b", "Bravo", K::Town, 36.5, 33.5));
    g.add(place("gn:c", "Charlie", K::Village, 37.5, 34.5));
    g.add(place("gn:d", "Delta", K::City, 37.5, 33.5));
    g.add(place("gn:d2", "Delta Camp", K::Camp, 37.5, 33.5));         // same point as Delta
    g.add(place("sx:n", "Alpha North", K::Neighbourhood, 36.52, 34.56)); // a suburb of Alpha
    g.add(place("gn:e", "Echo", K::Airbase, 37.2, 34.0));
    g.add(place("ne:SY", "Squareland", K::Country, 37.0, 34.0));
    g.add(place("gov:west", "West", K::Governorate, 36.5, 34.0));
    g.add(place("gn:lb", "Elsewhere", K::Town, 35.5, 33.8, "LB"));
    return g;
}

} // namespace sitrep::geo::testing
