#include "gazetteerloader.h"

#include "gpkgreader.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sitrep::geo {

namespace {

using core::fail;

std::string featureWhere(const std::string& path, const char* layer, const GpkgFeature& f)
{
    return path + ": layer " + layer + ", feature " + std::to_string(f.fid());
}

struct PlaceFields {
    int id, name, nameAr, kind, country, admin1, population, origin, citation;
};

std::expected<core::Place, core::Error> readPlace(const GpkgFeature& f, const PlaceFields& c, const std::string& where)
{
    core::Place p;
    p.id = f.text(c.id);
    if (p.id.empty())
        return fail("place without an id", where);
    p.name = f.text(c.name);
    if (p.name.empty())
        return fail("place " + p.id + " has no name", where);
    p.nameAr = f.text(c.nameAr);
    const std::string kind = f.text(c.kind);
    p.kind = core::placeKindFromString(kind);
    if (p.kind == core::PlaceKind::Unknown)
        return fail("place " + p.id + " has unknown kind '" + kind + "'", where);
    p.country = f.text(c.country);
    p.admin1 = f.text(c.admin1);
    if (const auto population = f.integer(c.population))
        p.population = *population;
    p.origin = f.text(c.origin);
    p.citation = f.text(c.citation);

    FeatureGeometry g;
    std::string error;
    if (!f.geometry(g, error))
        return fail("place " + p.id + " has a bad geometry: " + error, where);
    if (g.type != FeatureGeometry::Type::Point || g.points.empty())
        return fail("place " + p.id + " has no point geometry", where);
    // GeoPackage stores EPSG:4326 as longitude, latitude (GIS order).
    p.point = {g.points.front().lat, g.points.front().lon};
    if (!std::isfinite(p.point.lat) || !std::isfinite(p.point.lon) || std::abs(p.point.lat) > 90.0
        || std::abs(p.point.lon) > 180.0)
        return fail("place " + p.id + " has coordinates out of range", where);
    return p;
}

std::expected<int, core::Error> requiredField(const std::vector<std::string>& fields, const char* layer,
                                              const char* field, const std::string& path)
{
    const int i = fieldIndex(fields, field);
    if (i < 0)
        return fail(std::string("layer ") + layer + " has no field '" + field + "'", path);
    return i;
}

void addName(core::Place& p, std::string name, std::string lang, std::string origin, bool front)
{
    if (name.empty())
        return;
    const bool known
        = std::any_of(p.names.begin(), p.names.end(), [&](const core::PlaceName& n) { return n.name == name; });
    if (known)
        return;
    core::PlaceName n {std::move(name), std::move(lang), std::move(origin)};
    if (front)
        p.names.insert(p.names.begin(), std::move(n));
    else
        p.names.push_back(std::move(n));
}

std::string nameOrigin(const std::string& placeOrigin)
{
    if (placeOrigin.starts_with("supplement"))
        return "supplement";
    return placeOrigin;
}

} // namespace

std::expected<core::Gazetteer, core::Error> loadGazetteer(const std::string& gpkgPath)
{
    auto ds = GpkgReader::open(gpkgPath);
    if (!ds)
        return fail("cannot open the gazetteer GeoPackage: " + ds.error().message, gpkgPath);
    if (!ds->hasLayer("places"))
        return fail("no layer 'places' (rebuild with scripts/build-geodata.sh)", gpkgPath);

    // Column positions as GpkgFeature counts them: the fid first, then the table's columns.
    const std::vector<std::string> pf = ds->fields("places");
    auto optional = [](const std::vector<std::string>& fields, const char* name) {
        const int i = fieldIndex(fields, name);
        return i < 0 ? -1 : i + 1;
    };
    PlaceFields c {};
    for (auto [slot, name] : {std::pair {&c.id, "id"}, {&c.name, "name"}, {&c.kind, "kind"}}) {
        auto i = requiredField(pf, "places", name, gpkgPath);
        if (!i)
            return std::unexpected(i.error());
        *slot = *i + 1;
    }
    c.nameAr = optional(pf, "name_ar");
    c.country = optional(pf, "country");
    c.admin1 = optional(pf, "admin1");
    c.population = optional(pf, "population");
    c.origin = optional(pf, "origin");
    c.citation = optional(pf, "citation");

    std::vector<core::Place> list;
    std::unordered_map<std::string, std::size_t> byId;
    std::optional<core::Error> bad;
    auto read = ds->forEach("places", [&](const GpkgFeature& f) {
        const std::string where = featureWhere(gpkgPath, "places", f);
        auto p = readPlace(f, c, where);
        if (!p) {
            bad = p.error();
            return false;
        }
        if (!byId.emplace(p->id, list.size()).second) {
            bad = core::Error {"duplicate place id " + p->id, where};
            return false;
        }
        list.push_back(std::move(*p));
        return true;
    });
    if (!read)
        return fail("reading places failed: " + read.error().message, gpkgPath);
    if (bad)
        return std::unexpected(*bad);

    // place_names is optional: without it every place still carries its primary names.
    if (ds->hasLayer("place_names")) {
        const std::vector<std::string> nf = ds->fields("place_names");
        int placeId = -1, name = -1;
        for (auto [slot, field] : {std::pair {&placeId, "place_id"}, {&name, "name"}}) {
            auto i = requiredField(nf, "place_names", field, gpkgPath);
            if (!i)
                return std::unexpected(i.error());
            *slot = *i + 1;
        }
        const int lang = optional(nf, "lang");
        const int origin = optional(nf, "origin");
        read = ds->forEach("place_names", [&](const GpkgFeature& f) {
            const std::string id = f.text(placeId);
            auto it = byId.find(id);
            if (it == byId.end()) {
                bad = core::Error {"name for unknown place '" + id + "'", featureWhere(gpkgPath, "place_names", f)};
                return false;
            }
            addName(list[it->second], f.text(name), f.text(lang), f.text(origin), false);
            return true;
        });
        if (!read)
            return fail("reading place_names failed: " + read.error().message, gpkgPath);
        if (bad)
            return std::unexpected(*bad);
    }

    core::Gazetteer gazetteer;
    for (auto& p : list) {
        const std::string origin = nameOrigin(p.origin);
        addName(p, p.nameAr, "ar", origin, true);
        addName(p, p.name, "en", origin, true);
        p.names.shrink_to_fit();
        gazetteer.add(std::move(p));
    }
    return gazetteer;
}

} // namespace sitrep::geo
