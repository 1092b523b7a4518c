// Exporters on the synthetic square country: GeoJSON against a reference file and the RFC 7946
// rules, GeoPackage layers read back through GDAL, KML time spans, the claims CSV, and failures
// that must leave no file behind.
#include "geo/export.h"
#include "geo/exportassembler.h"
#include "geo/exportfile.h"
#include "geo/exportgeojsonstream.h"
#include "geo/territorybuilder.h"
#include "export_reference.h"
#include "territory_fixture.h"

#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <unistd.h>

using namespace sitrep;
using namespace sitrep::geo;
using namespace sitrep::geo::testing;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    core::Gazetteer gazetteer = squareGazetteer();
    std::unique_ptr<TerritoryBuilder> builder;
    std::vector<core::Claim> claims;
    ExportContext ctx;
    fs::path dir;

    Fixture()
    {
        // Uncapped reach: the square's places lie ~100 km apart, and these tests are about the
        // writers (areas of three actors meeting on front lines), not about the territory's reach.
        builder = std::move(*TerritoryBuilder::create(gazetteer, squareFrame(), TerritoryOptions{0.0}));
        auto claim = [&](std::string id, std::string place, std::string actor, core::ClaimKind kind, core::Instant t) {
            core::Claim c;
            c.id = std::move(id);
            c.placeId = std::move(place);
            c.actor = std::move(actor);
            c.kind = kind;
            c.time = {t, t + core::kSecondsPerDay, core::TimePrecision::Day};
            c.confidence = 0.9;
            c.source = {"Example Wire", "https://example.org/a", "a rebel commander", core::SpeakerSide::Opposition,
                        "abc", "articles/a.txt", 10, 62, "Rebels said they captured \"Bravo\", a town, on Friday."};
            claims.push_back(std::move(c));
        };
        claim("c1", "gn:b", "hts", core::ClaimKind::Captured, 1733443200);        // 2024-12-06
        claim("c2", "gn:a", "government", core::ClaimKind::Controls, 1732579200); // 2024-11-26
        claim("c3", "gov:east", "sdf", core::ClaimKind::Controls, 1732579200);    // a region claim
        ctx.actors = {{"government", "Government forces", "Gov", "government", "", 0xD55E00, {}},
                      {"hts", "Hayat Tahrir al-Sham", "HTS", "opposition", "", 0x117733, {}},
                      {"sdf", "Syrian Democratic Forces", "SDF", "kurdish", "", 0xF0E442, {}}};
        dir = fs::temp_directory_path() / ("sitrep-export-test-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    ~Fixture() { fs::remove_all(dir); }

    ExportSnapshot snapshot(core::Instant at)
    {
        std::vector<const core::Claim*> heard;
        for (const auto& c : claims)
            heard.push_back(&c);
        auto lookup = [](std::string_view id) {
            PlaceControl s;
            if (id == "gn:b" || id == "gn:a") {
                s.status = ControlStatus::Held;
                s.actor = id == "gn:b" ? "hts" : "government";
                s.since = id == "gn:b" ? 1733443200 : 1732579200;
                s.confidence = 0.9;
                s.claimIds = {id == "gn:b" ? "c1" : "c2"};
            } else if (id == "gov:east") {
                s.status = ControlStatus::Held;
                s.actor = "sdf";
                s.claimIds = {"c3"};
                s.confidence = 0.7;
            } else if (id == "gn:e") {
                s.status = ControlStatus::Contested;
                s.parties = {"sdf", "government"};
                s.confidence = 0.5;
            }
            return s;
        };
        return *assembleSnapshot(*builder, gazetteer, heard, lookup, at, "latest");
    }
};

bool counterClockwise(const nlohmann::json& ring)
{
    double sum = 0.0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i][0].get<double>() * ring[i + 1][1].get<double>() - ring[i + 1][0].get<double>() * ring[i][1].get<double>();
    return sum > 0;
}

int decimals(const std::string& text)
{
    // The longest run of digits after a '.' in the file.
    int best = 0, run = -1;
    for (const char c : text) {
        if (c == '.')
            run = 0;
        else if (run >= 0 && c >= '0' && c <= '9')
            best = std::max(best, ++run);
        else
            run = -1;
    }
    return best;
}

} // namespace

TEST_CASE("a GeoJSON snapshot matches its reference and follows RFC 7946")
{
    Fixture f;
    const auto path = (f.dir / "square.geojson").string();
    REQUIRE(writeGeoJson(f.snapshot(1733572800), f.ctx, path).has_value()); // 2024-12-07T12:00Z
    CHECK(matchesReference(path, "square-2024-12-07.geojson"));
    const auto text = readAll(path);
    const auto doc = nlohmann::json::parse(text);
    CHECK(doc["type"] == "FeatureCollection");
    CHECK_FALSE(doc.contains("crs"));
    CHECK(decimals(text) <= 6);
    std::map<std::string, int> kinds;
    for (const auto& feature : doc["features"]) {
        const auto& p = feature["properties"];
        kinds[p["kind"].get<std::string>()]++;
        for (const char* key : {"kind", "actor", "status", "since", "confidence", "lens", "snapshot_at", "sources"})
            CHECK_MESSAGE(p.contains(key), key);
        CHECK(p["snapshot_at"] == "2024-12-07T12:00:00Z");
        const auto& g = feature["geometry"];
        if (!g.is_null() && g["type"] == "MultiPolygon")
            for (const auto& poly : g["coordinates"]) {
                CHECK(counterClockwise(poly[0]));
                for (std::size_t h = 1; h < poly.size(); ++h)
                    CHECK_FALSE(counterClockwise(poly[h]));
            }
    }
    CHECK(kinds["area"] == 4);      // government, hts, sdf, and the contested airbase
    CHECK(kinds["front_line"] == 3); // government–hts, government–sdf, hts–sdf
    CHECK(kinds["place"] == 7);
    CHECK(kinds["claim"] == 3);
    // Provenance travels with the place.
    bool found = false;
    for (const auto& feature : doc["features"])
        if (feature["properties"]["kind"] == "place" && feature["properties"]["id"] == "gn:b") {
            const auto& src = feature["properties"]["sources"][0];
            CHECK(src["outlet"] == "Example Wire");
            CHECK(src["speaker"] == "a rebel commander");
            CHECK(src["file"] == "articles/a.txt");
            CHECK(src["span"] == nlohmann::json::array({10, 62}));
            found = true;
        }
    CHECK(found);
}

TEST_CASE("a GeoPackage snapshot has one layer per kind that GDAL reads back")
{
    Fixture f;
    const auto path = (f.dir / "square.gpkg").string();
    auto ok = writeGeoPackage(f.snapshot(1733572800), f.ctx, path);
    REQUIRE_MESSAGE(ok.has_value(), (ok ? std::string() : ok.error().toString()));
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    const std::map<std::string, GIntBig> expected{{"areas", 4}, {"front_lines", 3}, {"places", 7}, {"claims", 3}};
    for (const auto& [name, count] : expected) {
        OGRLayer* layer = ds->GetLayerByName(name.c_str());
        REQUIRE_MESSAGE(layer, name);
        CHECK(layer->GetFeatureCount() == count);
    }
    // The region claim carries the governorate polygon.
    OGRLayer* claims = ds->GetLayerByName("claims");
    claims->SetAttributeFilter("id = 'c3'");
    auto feature = OGRFeatureUniquePtr(claims->GetNextFeature());
    REQUIRE(feature);
    REQUIRE(feature->GetGeometryRef());
    CHECK(wkbFlatten(feature->GetGeometryRef()->getGeometryType()) == wkbMultiPolygon);
    // Nothing but the file itself is left in the folder.
    CHECK(std::distance(fs::directory_iterator(f.dir), fs::directory_iterator()) == 1);
}

TEST_CASE("KML gives every placemark a time span and styles areas in the actor's colour")
{
    Fixture f;
    std::vector<ExportSnapshot> run{f.snapshot(1733443200), f.snapshot(1733529600)};
    run[0].until = 1733529600;
    run[1].until = 1733616000;
    const auto path = (f.dir / "square.kml").string();
    REQUIRE(writeKml(run, f.ctx, path).has_value());
    CHECK(matchesReference(path, "square-run.kml"));
    const auto text = readAll(path);
    std::size_t placemarks = 0, spans = 0;
    for (std::size_t p = text.find("<Placemark>"); p != std::string::npos; p = text.find("<Placemark>", p + 1))
        ++placemarks;
    for (std::size_t p = text.find("<TimeSpan>"); p != std::string::npos; p = text.find("<TimeSpan>", p + 1))
        ++spans;
    CHECK(placemarks == 2 * (4 + 3 + 7) + 3);
    CHECK(spans == placemarks);
    CHECK(text.find("<begin>2024-12-06T00:00:00Z</begin><end>2024-12-07T00:00:00Z</end>") != std::string::npos);
    CHECK(text.find("<Style id=\"actor-hts\">") != std::string::npos);
    CHECK(text.find("<color>80337711</color>") != std::string::npos); // #117733 at half opacity, aabbggrr
}

TEST_CASE("the claims CSV has ACLED-like columns and quotes what needs quoting")
{
    Fixture f;
    const auto path = (f.dir / "claims.csv").string();
    REQUIRE(writeClaimsCsv(f.snapshot(1733572800), f.ctx, path).has_value());
    CHECK(matchesReference(path, "square-claims.csv"));
    const auto text = readAll(path);
    CHECK(text.rfind("event_date,time_precision,geo_precision,actor,place,lat,lon,source,notes", 0) == 0);
    CHECK(text.find("2024-12-06,1,1,Hayat Tahrir al-Sham,Bravo,33.5,36.5,Example Wire,") != std::string::npos);
    CHECK(text.find("\"captured (a rebel commander): Rebels said they captured \"\"Bravo\"\", a town, on Friday.\"")
          != std::string::npos);
    CHECK(text.find(",3,Syrian Democratic Forces,gov:east,") != std::string::npos); // a province-level claim
}

TEST_CASE("an export into a missing or read-only folder fails with a message and leaves no file")
{
    Fixture f;
    const auto snapshot = f.snapshot(1733572800);
    const auto missing = (f.dir / "no-such-folder" / "out.geojson").string();
    auto r = writeGeoJson(snapshot, f.ctx, missing);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().toString().find("does not exist") != std::string::npos);

    // Root ignores permission bits; /sys refuses new files even to root.
    const fs::path readOnly = ::geteuid() == 0 ? fs::path("/sys") : f.dir / "ro";
    if (::geteuid() != 0) {
        fs::create_directories(readOnly);
        fs::permissions(readOnly, fs::perms::owner_read | fs::perms::owner_exec);
    }
    for (auto format : {ExportFormat::GeoJson, ExportFormat::GeoPackage, ExportFormat::Csv}) {
        const auto target = (readOnly / "out").string();
        core::Result<void> res = format == ExportFormat::GeoJson   ? writeGeoJson(snapshot, f.ctx, target)
                                 : format == ExportFormat::Csv     ? writeClaimsCsv(snapshot, f.ctx, target)
                                                                   : writeGeoPackage(snapshot, f.ctx, target);
        REQUIRE_FALSE(res.has_value());
        CHECK(res.error().toString().find("cannot write") != std::string::npos);
        CHECK_FALSE(fs::exists(target));
    }
    if (::geteuid() != 0)
        fs::permissions(readOnly, fs::perms::owner_all);
    // A KML run with nothing in it is refused before anything is written.
    CHECK_FALSE(writeKml({}, f.ctx, (f.dir / "empty.kml").string()).has_value());
    CHECK_FALSE(fs::exists(f.dir / "empty.kml"));
}

TEST_CASE("an export file that is never committed leaves nothing, a committed one replaces the target")
{
    Fixture f;
    const auto target = (f.dir / "out.txt").string();
    {
        auto file = ExportFile::create(target);
        REQUIRE(file.has_value());
        file->write("half of it");
        CHECK(fs::exists(file->tempPath()));
    } // destroyed without commit, as when a writer fails half way
    CHECK(fs::is_empty(f.dir));
    std::ofstream(target) << "old";
    auto file = ExportFile::create(target);
    REQUIRE(file.has_value());
    file->write("new");
    REQUIRE(file->commit().has_value());
    CHECK(readAll(target) == "new");
    CHECK(std::distance(fs::directory_iterator(f.dir), fs::directory_iterator()) == 1);
}

TEST_CASE("the GeoJSON stream orients rings, rounds to six decimals and drops rings that collapse")
{
    Fixture f;
    const auto target = (f.dir / "rings.geojson").string();
    auto file = ExportFile::create(target);
    REQUIRE(file.has_value());
    GeoJsonStream out(*file);
    out.beginCollection();
    out.beginFeature(); // clockwise outer ring with a counter-clockwise hole: both get flipped
    auto outer = box(36, 33, 37, 34);
    std::reverse(outer.begin(), outer.end());
    out.polygons({Polygon{{outer, box(36.2, 33.2, 36.4, 33.4)}}});
    out.endFeature();
    out.beginFeature();
    out.polygons({Polygon{{{{36, 33}, {36.0000001, 33}, {36.0000001, 33.0000001}, {36, 33}}}}}); // collapses
    out.property("kind", "tiny");
    out.endFeature();
    out.endCollection();
    REQUIRE(file->commit().has_value());
    const auto doc = nlohmann::json::parse(readAll(target));
    const auto& first = doc["features"][0]["geometry"]["coordinates"][0];
    CHECK(counterClockwise(first[0]));
    CHECK_FALSE(counterClockwise(first[1]));
    CHECK(doc["features"][1]["geometry"].is_null());
    CHECK(doc["features"][1]["properties"]["kind"] == "tiny");
    CHECK(doc["features"][0]["properties"].is_object());
}
