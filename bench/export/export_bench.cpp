// export_bench: times Sitrep's GeoJSON writer on a 10,000-feature snapshot and the territory
// rebuild for the Levant gazetteer's cells, and writes the same data for the tools it is
// compared with (ogr2ogr reads bench.gpkg; PostGIS loads points.csv and country.wkt).
//   export_bench geojson DIR     → DIR/ours.geojson, DIR/bench.gpkg (one layer, same features)
//   export_bench territory DIR   → DIR/points.csv, DIR/country.wkt, DIR/governorates.csv
// Prints `key=value` lines for run.sh.
#include "core/lens.h"
#include "geo/export.h"
#include "geo/exportsession.h"
#include "geo/territoryengine.h"
#include "geo/territoryframe.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>

using namespace sitrep;
using namespace sitrep::geo;
using Clock = std::chrono::steady_clock;

namespace {

const std::string kGpkg = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
const core::Instant kAt = *core::parseIso8601("2024-12-07T12:00Z");

double ms(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

std::unique_ptr<ExportSession> open()
{
    auto s = ExportSession::open(kGpkg, defaultScenarioDir());
    if (!s) {
        std::cerr << "export_bench: " << s.error().toString() << '\n';
        std::exit(1);
    }
    return std::move(*s);
}

std::string wkt(const MultiPolygon& mp)
{
    std::ostringstream out;
    out << std::setprecision(10) << "MULTIPOLYGON(";
    for (std::size_t p = 0; p < mp.size(); ++p) {
        out << (p ? ",(" : "(");
        for (std::size_t r = 0; r < mp[p].rings.size(); ++r) {
            out << (r ? ",(" : "(");
            for (std::size_t i = 0; i < mp[p].rings[r].size(); ++i)
                out << (i ? "," : "") << mp[p].rings[r][i].lon << ' ' << mp[p].rings[r][i].lat;
            out << ')';
        }
        out << ')';
    }
    out << ')';
    return out.str();
}

// The snapshot of 7 December, its places and claims repeated until it has 10,000 features.
ExportSnapshot tenThousand(ExportSession& s)
{
    auto snap = s.snapshot(kAt, core::Lens::latest());
    if (!snap) {
        std::cerr << "export_bench: " << snap.error().toString() << '\n';
        std::exit(1);
    }
    const auto places = snap->places;
    const auto claims = snap->claims;
    auto total = [&] { return snap->territory.areas.size() + snap->territory.frontLines.size() + snap->places.size() + snap->claims.size(); };
    for (std::size_t i = 0; total() < 10000; ++i) {
        if (i % 2 == 0)
            snap->places.push_back(places[(i / 2) % places.size()]);
        else
            snap->claims.push_back(claims[(i / 2) % claims.size()]);
    }
    return std::move(*snap);
}

// The same features in one GeoPackage layer, as ogr2ogr's input.
void writeBenchGpkg(const ExportSnapshot& snap, const std::string& path)
{
    GDALAllRegister();
    auto* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    OGRLayer* layer = ds->CreateLayer("snapshot", &srs, wkbUnknown, nullptr);
    for (const char* f : {"kind", "status", "actor", "since", "lens", "snapshot_at", "sources"}) {
        OGRFieldDefn d(f, OFTString);
        layer->CreateField(&d);
    }
    OGRFieldDefn conf("confidence", OFTReal);
    layer->CreateField(&conf);
    ds->StartTransaction();
    auto add = [&](std::unique_ptr<OGRGeometry> g, const char* kind, std::string_view status, const std::string& actor,
                   std::optional<core::Instant> since, double confidence, const std::string& sources) {
        OGRFeature f(layer->GetLayerDefn());
        f.SetField("kind", kind);
        f.SetField("status", std::string(status).c_str());
        f.SetField("actor", actor.c_str());
        if (since)
            f.SetField("since", core::formatIso8601(*since).c_str());
        f.SetField("lens", snap.lens.c_str());
        f.SetField("snapshot_at", core::formatIso8601(snap.at).c_str());
        f.SetField("sources", sources.c_str());
        f.SetField("confidence", confidence);
        f.SetGeometryDirectly(g.release());
        if (layer->CreateFeature(&f) != OGRERR_NONE) {
            std::cerr << "export_bench: cannot write the GeoPackage\n";
            std::exit(1);
        }
    };
    for (const auto& a : snap.territory.areas) {
        auto mp = std::make_unique<OGRMultiPolygon>();
        for (const auto& p : *a.geometry) {
            auto poly = std::make_unique<OGRPolygon>();
            for (const auto& r : p.rings) {
                auto ring = std::make_unique<OGRLinearRing>();
                for (const auto& q : r)
                    ring->addPoint(q.lon, q.lat);
                poly->addRingDirectly(ring.release());
            }
            mp->addGeometryDirectly(poly.release());
        }
        add(std::move(mp), "area", controlStatusName(a.status), a.actor, a.since, a.confidence, sourcesJson(a.claimIds, snap));
    }
    for (const auto& fl : snap.territory.frontLines) {
        auto ml = std::make_unique<OGRMultiLineString>();
        for (const auto& l : *fl.geometry) {
            auto ls = std::make_unique<OGRLineString>();
            for (const auto& q : l)
                ls->addPoint(q.lon, q.lat);
            ml->addGeometryDirectly(ls.release());
        }
        add(std::move(ml), "front_line", "front", fl.actorA + "|" + fl.actorB, std::nullopt, 0.0, "[]");
    }
    for (const auto& p : snap.places)
        add(std::make_unique<OGRPoint>(p.place->point.lon, p.place->point.lat), "place", controlStatusName(p.state.status),
            p.state.actor, p.state.since, p.state.confidence, sourcesJson(p.state.claimIds, snap));
    for (const auto& c : snap.claims) {
        const auto pos = claimPosition(c);
        add(std::make_unique<OGRPoint>(pos ? pos->lon : 0.0, pos ? pos->lat : 0.0), "claim", core::nameOf(c.claim->kind),
            c.claim->actor, c.claim->time.from, c.claim->confidence, sourcesJson(*c.claim));
    }
    ds->CommitTransaction();
}

int benchGeoJson(const std::string& dir)
{
    auto s = open();
    const auto snap = tenThousand(*s);
    const std::size_t features = snap.territory.areas.size() + snap.territory.frontLines.size() + snap.places.size() + snap.claims.size();
    writeBenchGpkg(snap, dir + "/bench.gpkg");
    const auto ctx = s->context();
    double best = 1e300;
    for (int run = 0; run < 5; ++run) {
        const auto t0 = Clock::now();
        if (auto ok = writeGeoJson(snap, ctx, dir + "/ours.geojson"); !ok) {
            std::cerr << "export_bench: " << ok.error().toString() << '\n';
            return 1;
        }
        best = std::min(best, ms(t0, Clock::now()));
    }
    std::cout << "features=" << features << "\nours_geojson_ms=" << best << '\n';
    return 0;
}

int benchTerritory(const std::string& dir)
{
    auto s = open();
    auto frame = loadTerritoryFrame(kGpkg, "SY");
    if (!frame)
        return 1;
    const auto lookup = engineStateLookup(s->engine(), kAt, core::Lens::latest());
    double bestCells = 1e300, bestFirst = 1e300, bestHit = 1e300;
    std::size_t cells = 0, areas = 0;
    for (int run = 0; run < 5; ++run) {
        const auto t0 = Clock::now();
        auto builder = TerritoryBuilder::create(s->gazetteer(), *frame);
        const auto t1 = Clock::now();
        auto t = (*builder)->build(lookup);
        const auto t2 = Clock::now();
        auto again = (*builder)->build(lookup);
        const auto t3 = Clock::now();
        bestCells = std::min(bestCells, ms(t0, t1));
        bestFirst = std::min(bestFirst, ms(t1, t2));
        bestHit = std::min(bestHit, ms(t2, t3));
        cells = (*builder)->cellCount();
        areas = t->areas.size();
    }
    // What PostGIS gets: the same sites with the same holders, and the same outline.
    std::ofstream points(dir + "/points.csv");
    points << std::setprecision(10);
    std::size_t n = 0;
    for (const auto& c : s->builder().cells()) {
        if (c.beyondReach)
            continue; // ground no settlement reaches has no site to send to PostGIS
        const auto st = lookup(c.placeId);
        const std::string actor = st.status == ControlStatus::Held || st.status == ControlStatus::Stale ? st.actor
            : st.status == ControlStatus::Contested                                                     ? "contested:" + c.placeId
                                                                                                        : "unknown";
        points << c.placeId << ',' << c.point.lon << ',' << c.point.lat << ',' << actor << '\n';
        ++n;
    }
    std::ofstream(dir + "/country.wkt") << wkt(frame->country) << '\n';
    std::cout << "sites=" << n << "\ncells=" << cells << "\nareas=" << areas << "\nours_cells_ms=" << bestCells
              << "\nours_first_snapshot_ms=" << bestFirst << "\nours_total_ms=" << bestCells + bestFirst
              << "\nours_cached_snapshot_ms=" << bestHit << '\n';
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: export_bench geojson|territory DIR\n";
        return 2;
    }
    const std::string mode = argv[1], dir = argv[2];
    CPLSetConfigOption("CPL_LOG", "/dev/null");
    if (mode == "geojson")
        return benchGeoJson(dir);
    if (mode == "territory")
        return benchTerritory(dir);
    std::cerr << "unknown mode " << mode << '\n';
    return 2;
}
