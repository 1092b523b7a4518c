#include "territoryframe.h"

#include "gdalsupport.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace sitrep::geo {

namespace {

Ring ringOf(const OGRLinearRing* r)
{
    Ring out;
    if (!r)
        return out;
    out.reserve(static_cast<std::size_t>(r->getNumPoints()));
    for (int i = 0; i < r->getNumPoints(); ++i)
        out.push_back({r->getX(i), r->getY(i)});
    return out;
}

void appendPolygons(const OGRGeometry* g, MultiPolygon& out)
{
    if (!g)
        return;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon: {
        const auto* poly = g->toPolygon();
        Polygon p;
        p.rings.push_back(ringOf(poly->getExteriorRing()));
        for (int i = 0; i < poly->getNumInteriorRings(); ++i)
            p.rings.push_back(ringOf(poly->getInteriorRing(i)));
        out.push_back(std::move(p));
        break;
    }
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
        const auto* coll = g->toGeometryCollection();
        for (int i = 0; i < coll->getNumGeometries(); ++i)
            appendPolygons(coll->getGeometryRef(i), out);
        break;
    }
    default:
        break;
    }
}

std::string field(OGRFeature& f, const char* name)
{
    const int idx = f.GetFieldIndex(name);
    return idx >= 0 && f.IsFieldSetAndNotNull(idx) ? std::string(f.GetFieldAsString(idx)) : std::string();
}

} // namespace

core::Result<TerritoryFrame> loadTerritoryFrame(const std::string& gpkgPath, std::string_view countryIso)
{
    ensureGdal();
    GdalErrorCapture capture;
    GDALDatasetUniquePtr ds(GDALDataset::Open(gpkgPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds)
        return core::fail("cannot open GeoPackage: " + capture.lastOr("no such file"), gpkgPath);

    TerritoryFrame frame;
    frame.countryIso = std::string(countryIso);

    OGRLayer* countries = ds->GetLayerByName("countries");
    if (!countries)
        return core::fail("layer `countries` is missing", gpkgPath);
    for (auto& f : *countries) {
        if (field(*f, "iso_a2") != countryIso)
            continue;
        frame.countryName = field(*f, "name");
        appendPolygons(f->GetGeometryRef(), frame.country);
    }
    if (frame.country.empty())
        return core::fail("no polygon for country " + std::string(countryIso) + " in layer `countries`",
                          gpkgPath);

    OGRLayer* govs = ds->GetLayerByName("governorates");
    if (!govs)
        return core::fail("layer `governorates` is missing", gpkgPath);
    for (auto& f : *govs) {
        if (field(*f, "country") != countryIso)
            continue;
        Governorate g;
        g.id = field(*f, "id");
        g.name = field(*f, "name");
        g.nameAr = field(*f, "name_ar");
        g.isoCode = field(*f, "iso_3166_2");
        appendPolygons(f->GetGeometryRef(), g.geometry);
        if (g.geometry.empty())
            return core::fail("governorate has no polygon",
                              gpkgPath + ": governorates feature " + std::to_string(f->GetFID()));
        if (g.id.empty())
            g.id = g.isoCode.empty() ? g.name : g.isoCode;
        frame.governorates.push_back(std::move(g));
    }
    return frame;
}

} // namespace sitrep::geo
