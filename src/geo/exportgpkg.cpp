// GeoPackage export of a snapshot through GDAL: one layer per kind of feature.
#include "export.h"

#include "exportfile.h"
#include "gdalsupport.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <unistd.h>

namespace sitrep::geo {

namespace {

OGRLinearRing* ogrRing(const Ring& r)
{
    auto* ring = new OGRLinearRing();
    ring->setNumPoints(static_cast<int>(r.size()), FALSE);
    for (std::size_t i = 0; i < r.size(); ++i)
        ring->setPoint(static_cast<int>(i), r[i].lon, r[i].lat);
    ring->closeRings();
    return ring;
}

std::unique_ptr<OGRGeometry> ogrPolygons(const MultiPolygon& mp)
{
    auto out = std::make_unique<OGRMultiPolygon>();
    for (const auto& p : mp) {
        auto poly = std::make_unique<OGRPolygon>();
        for (const auto& r : p.rings)
            poly->addRingDirectly(ogrRing(r));
        out->addGeometryDirectly(poly.release());
    }
    return out;
}

std::unique_ptr<OGRGeometry> ogrLines(const MultiLineString& lines)
{
    auto out = std::make_unique<OGRMultiLineString>();
    for (const auto& l : lines) {
        auto ls = std::make_unique<OGRLineString>();
        for (const auto& p : l)
            ls->addPoint(p.lon, p.lat);
        out->addGeometryDirectly(ls.release());
    }
    return out;
}

std::string joined(const std::vector<std::string>& v)
{
    std::string out;
    for (const auto& s : v)
        out += (out.empty() ? "" : "|") + s;
    return out;
}

struct FieldSpec {
    const char* name;
    OGRFieldType type;
    OGRFieldSubType subType = OFSTNone;
};

core::Result<OGRLayer*> makeLayer(GDALDataset& ds, const char* name, OGRwkbGeometryType type,
                                  OGRSpatialReference& srs, std::initializer_list<FieldSpec> fields)
{
    OGRLayer* layer = ds.CreateLayer(name, &srs, type, nullptr);
    if (!layer)
        return core::fail(std::string("cannot create layer ") + name);
    for (const auto& f : fields) {
        OGRFieldDefn defn(f.name, f.type);
        defn.SetSubType(f.subType);
        if (layer->CreateField(&defn) != OGRERR_NONE)
            return core::fail(std::string("cannot create field ") + f.name + " in layer " + name);
    }
    return layer;
}

class FeatureWriter {
public:
    explicit FeatureWriter(OGRLayer* layer)
        : m_layer(layer)
        , m_feature(layer->GetLayerDefn())
    {
    }
    FeatureWriter& set(const char* field, const std::string& value)
    {
        m_feature.SetField(field, value.c_str());
        return *this;
    }
    FeatureWriter& set(const char* field, double value)
    {
        m_feature.SetField(field, value);
        return *this;
    }
    FeatureWriter& set(const char* field, std::optional<core::Instant> t)
    {
        if (t)
            m_feature.SetField(field, core::formatIso8601(*t).c_str());
        else
            m_feature.SetFieldNull(m_feature.GetFieldIndex(field));
        return *this;
    }
    bool write(std::unique_ptr<OGRGeometry> g)
    {
        if (g)
            m_feature.SetGeometryDirectly(g.release());
        return m_layer->CreateFeature(&m_feature) == OGRERR_NONE;
    }

private:
    OGRLayer* m_layer;
    OGRFeature m_feature;
};

} // namespace

core::Result<void> writeGeoPackage(const ExportSnapshot& s, const ExportContext&, const std::string& path)
{
    ensureGdal();
    auto file = ExportFile::create(path, ".gpkg");
    if (!file)
        return std::unexpected(file.error());
    file->closeStream();
    ::unlink(file->tempPath().c_str()); // GDAL creates the file itself
    GdalErrorCapture capture;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return core::fail("GDAL has no GeoPackage driver", path);
    {
        GDALDatasetUniquePtr ds(driver->Create(file->tempPath().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return core::fail("cannot create GeoPackage: " + capture.lastOr("unknown error"), path);
        OGRSpatialReference srs;
        srs.importFromEPSG(4326);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        const FieldSpec kind{"kind", OFTString}, lens{"lens", OFTString}, at{"snapshot_at", OFTString},
            status{"status", OFTString}, actor{"actor", OFTString}, since{"since", OFTString},
            confidence{"confidence", OFTReal}, sources{"sources", OFTString, OFSTJSON};
        auto areas = makeLayer(*ds, "areas", wkbMultiPolygon, srs,
                               {kind, status, actor, {"parties", OFTString}, since, confidence,
                                {"area_km2", OFTReal}, {"places", OFTString}, lens, at, sources});
        auto fronts = makeLayer(*ds, "front_lines", wkbMultiLineString, srs,
                                {kind, status, {"actor_a", OFTString}, {"actor_b", OFTString},
                                 {"length_km", OFTReal}, lens, at});
        auto places = makeLayer(*ds, "places", wkbPoint, srs,
                                {kind, {"id", OFTString}, {"name", OFTString}, {"name_ar", OFTString},
                                 {"place_kind", OFTString}, status, actor, {"parties", OFTString}, since,
                                 confidence, lens, at, sources});
        auto claims = makeLayer(*ds, "claims", wkbUnknown, srs,
                                {kind, {"id", OFTString}, {"place", OFTString}, status, {"stance", OFTString},
                                 actor, since, {"until", OFTString}, {"time_precision", OFTString},
                                 confidence, lens, at, sources});
        for (const auto* l : {&areas, &fronts, &places, &claims})
            if (!*l)
                return core::fail(l->error().message + ": " + capture.lastOr(""), path);
        if (ds->StartTransaction() != OGRERR_NONE)
            return core::fail("cannot start a transaction: " + capture.lastOr(""), path);
        const std::string lensName = s.lens, atText = core::formatIso8601(s.at);
        bool ok = true;
        for (const auto& a : s.territory.areas) {
            FeatureWriter f(*areas);
            f.set("kind", std::string("area")).set("status", std::string(controlStatusName(a.status)))
                .set("actor", a.actor).set("parties", joined(a.parties)).set("since", a.since)
                .set("confidence", a.confidence).set("area_km2", a.areaKm2).set("places", joined(a.placeIds))
                .set("lens", lensName).set("snapshot_at", atText).set("sources", sourcesJson(a.claimIds, s));
            ok = ok && f.write(ogrPolygons(*a.geometry));
        }
        for (const auto& fl : s.territory.frontLines) {
            FeatureWriter f(*fronts);
            f.set("kind", std::string("front_line")).set("status", std::string("front"))
                .set("actor_a", fl.actorA).set("actor_b", fl.actorB).set("length_km", fl.lengthKm)
                .set("lens", lensName).set("snapshot_at", atText);
            ok = ok && f.write(ogrLines(*fl.geometry));
        }
        for (const auto& p : s.places) {
            FeatureWriter f(*places);
            f.set("kind", std::string("place")).set("id", p.place->id).set("name", p.place->name)
                .set("name_ar", p.place->nameAr).set("place_kind", std::string(core::nameOf(p.place->kind)))
                .set("status", std::string(controlStatusName(p.state.status))).set("actor", p.state.actor)
                .set("parties", joined(p.state.parties)).set("since", p.state.since)
                .set("confidence", p.state.confidence).set("lens", lensName).set("snapshot_at", atText)
                .set("sources", sourcesJson(p.state.claimIds, s));
            ok = ok && f.write(std::make_unique<OGRPoint>(p.place->point.lon, p.place->point.lat));
        }
        for (const auto& c : s.claims) {
            const auto& claim = *c.claim;
            FeatureWriter f(*claims);
            f.set("kind", std::string("claim")).set("id", claim.id).set("place", claim.placeId)
                .set("status", std::string(core::nameOf(claim.kind)))
                .set("stance", std::string(core::nameOf(claim.stance))).set("actor", claim.actor)
                .set("since", claim.time.from).set("until", claim.time.to)
                .set("time_precision", std::string(core::nameOf(claim.time.precision)))
                .set("confidence", claim.confidence).set("lens", lensName).set("snapshot_at", atText)
                .set("sources", sourcesJson(claim));
            std::unique_ptr<OGRGeometry> g;
            if (c.region)
                g = ogrPolygons(*c.region);
            else if (c.place)
                g = std::make_unique<OGRPoint>(c.place->point.lon, c.place->point.lat);
            ok = ok && f.write(std::move(g));
        }
        if (!ok || ds->CommitTransaction() != OGRERR_NONE)
            return core::fail("writing features failed: " + capture.lastOr("unknown error"), path);
        ds->FlushCache();
    } // closes the dataset before the rename
    if (!capture.messages().empty() && capture.messages().back().find("rror") != std::string::npos)
        return core::fail("GDAL reported: " + capture.messages().back(), path);
    return file->commit();
}

} // namespace sitrep::geo
