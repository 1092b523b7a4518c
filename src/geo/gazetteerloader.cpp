#include "gazetteerloader.h"

#include "gdalsupport.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sitrep::geo {

namespace {

using core::fail;

// Field positions of one layer, looked up once; -1 when an optional field is absent.
struct Fields {
    const OGRFeatureDefn* defn = nullptr;
    int index(const char* name) const { return defn->GetFieldIndex(name); }
};

std::string text(const OGRFeature& f, int field)
{
    if (field < 0 || !f.IsFieldSetAndNotNull(field))
        return {};
    return f.GetFieldAsString(field);
}

std::string featureWhere(const std::string& path, const char* layer, const OGRFeature& f)
{
    return path + ": layer " + layer + ", feature " + std::to_string(f.GetFID());
}

struct PlaceFields {
    int id, name, nameAr, kind, country, admin1, population, origin, citation;
};

std::expected<core::Place, core::Error> readPlace(const OGRFeature& f, const PlaceFields& c, const std::string& where)
{
    core::Place p;
    p.id = text(f, c.id);
    if (p.id.empty())
        return fail("place without an id", where);
    p.name = text(f, c.name);
    if (p.name.empty())
        return fail("place " + p.id + " has no name", where);
    p.nameAr = text(f, c.nameAr);
    const std::string kind = text(f, c.kind);
    p.kind = core::placeKindFromString(kind);
    if (p.kind == core::PlaceKind::Unknown)
        return fail("place " + p.id + " has unknown kind '" + kind + "'", where);
    p.country = text(f, c.country);
    p.admin1 = text(f, c.admin1);
    if (c.population >= 0 && f.IsFieldSetAndNotNull(c.population))
        p.population = f.GetFieldAsInteger64(c.population);
    p.origin = text(f, c.origin);
    p.citation = text(f, c.citation);

    const OGRGeometry* g = f.GetGeometryRef();
    if (!g || g->IsEmpty() || wkbFlatten(g->getGeometryType()) != wkbPoint)
        return fail("place " + p.id + " has no point geometry", where);
    const OGRPoint* pt = g->toPoint();
    // GeoPackage stores EPSG:4326 as longitude, latitude (GIS order).
    p.point = {pt->getY(), pt->getX()};
    if (!std::isfinite(p.point.lat) || !std::isfinite(p.point.lon) || std::abs(p.point.lat) > 90.0
        || std::abs(p.point.lon) > 180.0)
        return fail("place " + p.id + " has coordinates out of range", where);
    return p;
}

std::expected<OGRLayer*, core::Error> layer(GDALDataset& ds, const char* name, const std::string& path)
{
    OGRLayer* l = ds.GetLayerByName(name);
    if (!l)
        return fail(std::string("no layer '") + name + "' (rebuild with scripts/build-geodata.sh)", path);
    return l;
}

std::expected<int, core::Error> requiredField(OGRLayer& l, const char* field, const std::string& path)
{
    const int i = l.GetLayerDefn()->GetFieldIndex(field);
    if (i < 0)
        return fail(std::string("layer ") + l.GetName() + " has no field '" + field + "'", path);
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
    ensureGdal();
    GdalErrorCapture capture;
    const char* const drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(gpkgPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!ds)
        return fail("cannot open the gazetteer GeoPackage: " + capture.lastOr("not a GeoPackage"), gpkgPath);

    auto places = layer(*ds, "places", gpkgPath);
    if (!places)
        return std::unexpected(places.error());
    OGRLayer& pl = **places;
    PlaceFields c {};
    for (auto [slot, name] : {std::pair {&c.id, "id"}, {&c.name, "name"}, {&c.kind, "kind"}}) {
        auto i = requiredField(pl, name, gpkgPath);
        if (!i)
            return std::unexpected(i.error());
        *slot = *i;
    }
    const Fields pf {pl.GetLayerDefn()};
    c.nameAr = pf.index("name_ar");
    c.country = pf.index("country");
    c.admin1 = pf.index("admin1");
    c.population = pf.index("population");
    c.origin = pf.index("origin");
    c.citation = pf.index("citation");

    std::vector<core::Place> list;
    std::unordered_map<std::string, std::size_t> byId;
    CPLErrorReset();
    pl.ResetReading();
    for (OGRFeatureUniquePtr f(pl.GetNextFeature()); f; f.reset(pl.GetNextFeature())) {
        const std::string where = featureWhere(gpkgPath, "places", *f);
        auto p = readPlace(*f, c, where);
        if (!p)
            return std::unexpected(p.error());
        if (!byId.emplace(p->id, list.size()).second)
            return fail("duplicate place id " + p->id, where);
        list.push_back(std::move(*p));
    }
    if (CPLGetLastErrorType() >= CE_Failure)
        return fail("reading places failed: " + capture.lastOr("GDAL error"), gpkgPath);

    // place_names is optional: without it every place still carries its primary names.
    if (OGRLayer* nl = ds->GetLayerByName("place_names")) {
        int placeId = -1, name = -1;
        for (auto [slot, field] : {std::pair {&placeId, "place_id"}, {&name, "name"}}) {
            auto i = requiredField(*nl, field, gpkgPath);
            if (!i)
                return std::unexpected(i.error());
            *slot = *i;
        }
        const Fields nf {nl->GetLayerDefn()};
        const int lang = nf.index("lang");
        const int origin = nf.index("origin");
        nl->ResetReading();
        for (OGRFeatureUniquePtr f(nl->GetNextFeature()); f; f.reset(nl->GetNextFeature())) {
            const std::string id = text(*f, placeId);
            auto it = byId.find(id);
            if (it == byId.end())
                return fail("name for unknown place '" + id + "'", featureWhere(gpkgPath, "place_names", *f));
            addName(list[it->second], text(*f, name), text(*f, lang), text(*f, origin), false);
        }
        if (CPLGetLastErrorType() >= CE_Failure)
            return fail("reading place_names failed: " + capture.lastOr("GDAL error"), gpkgPath);
    }

    core::Gazetteer gazetteer;
    for (auto& p : list) {
        const std::string origin = nameOrigin(p.origin);
        addName(p, p.nameAr, "ar", origin, true);
        addName(p, p.name, "en", origin, true);
        gazetteer.add(std::move(p));
    }
    return gazetteer;
}

} // namespace sitrep::geo
