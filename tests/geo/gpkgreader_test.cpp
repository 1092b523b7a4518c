// The GeoPackage reader that replaced GDAL for reading: geometry blobs byte by byte (both byte
// orders, envelopes, Z and M, the empty flag, collections) and malformed blobs, then whole files
// written by GDAL read back with SQLite alone.
#include "geo/gpkggeometry.h"
#include "geo/gpkgreader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

using namespace sitrep::geo;

namespace {

struct Blob {
    std::vector<std::uint8_t> bytes;
    bool little = true;

    Blob& u8(std::uint8_t v)
    {
        bytes.push_back(v);
        return *this;
    }
    Blob& u32(std::uint32_t v)
    {
        for (int i = 0; i < 4; ++i)
            bytes.push_back(std::uint8_t(v >> (8 * (little ? i : 3 - i))));
        return *this;
    }
    Blob& f64(double d)
    {
        std::uint64_t v = 0;
        std::memcpy(&v, &d, 8);
        for (int i = 0; i < 8; ++i)
            bytes.push_back(std::uint8_t(v >> (8 * (little ? i : 7 - i))));
        return *this;
    }
    // The GP header: version 0, `envelope` indicator, srs 4326.
    Blob& header(int envelope = 0, bool empty = false)
    {
        u8('G').u8('P').u8(0).u8(std::uint8_t((envelope << 1) | (empty ? 0x10 : 0) | (little ? 1 : 0)));
        u32(4326);
        static constexpr int kDoubles[] = {0, 4, 6, 6, 8};
        for (int i = 0; i < kDoubles[envelope]; ++i)
            f64(0);
        return *this;
    }
    Blob& wkb(std::uint32_t type) { return u8(little ? 1 : 0).u32(type); }
};

FeatureGeometry parsed(const Blob& b)
{
    FeatureGeometry g;
    std::string error;
    REQUIRE_MESSAGE(parseGpkgGeometry(b.bytes, g, error), error);
    return g;
}

std::string failure(const Blob& b)
{
    FeatureGeometry g;
    std::string error;
    CHECK_FALSE(parseGpkgGeometry(b.bytes, g, error));
    return error;
}

std::filesystem::path tempPath(const std::string& name)
{
    return std::filesystem::temp_directory_path() / ("sitrep-gpkgreader-" + std::to_string(::getpid()) + "-" + name);
}

} // namespace

TEST_CASE("a point, in either byte order and after any envelope, is its longitude and latitude")
{
    for (bool little : {true, false})
        for (int envelope : {0, 1, 2, 3, 4}) {
            Blob b;
            b.little = little;
            b.header(envelope).wkb(1).f64(36.72).f64(34.73);
            const FeatureGeometry g = parsed(b);
            CHECK(g.type == FeatureGeometry::Type::Point);
            REQUIRE(g.points.size() == 1);
            CHECK(g.points[0].lon == 36.72);
            CHECK(g.points[0].lat == 34.73);
        }
}

TEST_CASE("Z and M values are read past, in ISO and in extended type codes")
{
    Blob iso;
    iso.header().wkb(3002).u32(2).f64(1).f64(2).f64(10).f64(20).f64(3).f64(4).f64(30).f64(40); // LineString ZM
    const FeatureGeometry g = parsed(iso);
    REQUIRE(g.lines.size() == 1);
    CHECK(g.lines[0] == LineString {{1, 2}, {3, 4}});

    Blob ewkb;
    ewkb.header().wkb(0x80000001u).f64(5).f64(6).f64(7); // Point Z, EWKB flag
    CHECK(parsed(ewkb).points.front() == LonLat {5, 6});
}

TEST_CASE("polygons keep their outer ring first, multipolygons and collections give every part")
{
    Blob b;
    b.header(1).wkb(7).u32(2);                                           // collection of
    b.wkb(6).u32(2);                                                     // a multipolygon of
    b.wkb(3).u32(2).u32(4).f64(0).f64(0).f64(4).f64(0).f64(4).f64(4).f64(0).f64(0); // a polygon with
    b.u32(4).f64(1).f64(1).f64(2).f64(1).f64(2).f64(2).f64(1).f64(1);    //   a hole,
    b.wkb(3).u32(1).u32(4).f64(9).f64(9).f64(10).f64(9).f64(10).f64(10).f64(9).f64(9); // a second polygon
    b.wkb(2).u32(2).f64(0).f64(0).f64(1).f64(1);                         // and a line
    const FeatureGeometry g = parsed(b);
    CHECK(g.type == FeatureGeometry::Type::Collection);
    REQUIRE(g.polygons.size() == 2);
    REQUIRE(g.polygons[0].rings.size() == 2);
    CHECK(g.polygons[0].rings[0].front() == LonLat {0, 0});
    CHECK(g.polygons[0].rings[1][1] == LonLat {2, 1});
    CHECK(g.polygons[1].rings[0][2] == LonLat {10, 10});
    REQUIRE(g.lines.size() == 1);
}

TEST_CASE("the empty flag and an empty point (NaN) give an empty geometry")
{
    Blob flagged;
    flagged.header(0, true).wkb(3).u32(0);
    CHECK(parsed(flagged).empty());
    Blob nanPoint;
    nanPoint.header().wkb(1).f64(std::nan("")).f64(std::nan(""));
    CHECK(parsed(nanPoint).empty());
}

TEST_CASE("malformed blobs are refused with a reason, never read past their end")
{
    CHECK(failure(Blob {}).find("GP header") != std::string::npos);
    Blob wrongMagic;
    wrongMagic.u8('X').u8('P').u8(0).u8(1).u32(4326);
    CHECK(failure(wrongMagic).find("GP header") != std::string::npos);
    Blob version;
    version.u8('G').u8('P').u8(1).u8(1).u32(4326);
    CHECK(failure(version).find("version") != std::string::npos);
    Blob envelope;
    envelope.u8('G').u8('P').u8(0).u8(std::uint8_t(5 << 1 | 1)).u32(4326);
    CHECK(failure(envelope).find("envelope") != std::string::npos);
    Blob shortEnvelope;
    shortEnvelope.header().bytes.resize(8);
    shortEnvelope.bytes[3] = std::uint8_t(2 << 1 | 1); // says 48 bytes of envelope, has none
    CHECK(failure(shortEnvelope).find("truncated") != std::string::npos);
    Blob truncatedPoint;
    truncatedPoint.header().wkb(1).f64(36);
    CHECK(failure(truncatedPoint).find("truncated point") != std::string::npos);
    Blob hugeCount;
    hugeCount.header().wkb(2).u32(0x7fffffff).f64(1).f64(2);
    CHECK(failure(hugeCount).find("exceeds the blob") != std::string::npos);
    Blob hugeParts;
    hugeParts.header().wkb(6).u32(1000000);
    CHECK(failure(hugeParts).find("exceeds the blob") != std::string::npos);
    Blob badType;
    badType.header().wkb(17);
    CHECK(failure(badType).find("unsupported geometry type 17") != std::string::npos);
    Blob badOrder;
    badOrder.header().u8(7).u32(1);
    CHECK(failure(badOrder).find("byte order") != std::string::npos);
    Blob deep;
    deep.header();
    for (int i = 0; i < 20; ++i)
        deep.wkb(7).u32(1);
    deep.wkb(1).f64(0).f64(0);
    CHECK(failure(deep).find("nested too deep") != std::string::npos);
}

TEST_CASE("a GeoPackage written by GDAL reads back field by field and feature by feature")
{
    const auto path = tempPath("written.gpkg");
    std::filesystem::remove(path);
    GDALAllRegister();
    {
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GPKG");
        REQUIRE(drv);
        GDALDatasetUniquePtr ds(drv->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(ds);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        OGRLayer* l = ds->CreateLayer("Places", &wgs84, wkbPoint, nullptr);
        REQUIRE(l);
        OGRFieldDefn name("name", OFTString), pop("population", OFTInteger64), area("area", OFTReal);
        REQUIRE(l->CreateField(&name) == OGRERR_NONE);
        REQUIRE(l->CreateField(&pop) == OGRERR_NONE);
        REQUIRE(l->CreateField(&area) == OGRERR_NONE);
        for (int i = 0; i < 3; ++i) {
            OGRFeatureUniquePtr f(OGRFeature::CreateFeature(l->GetLayerDefn()));
            f->SetField("name", i == 1 ? "Ḥimṣ" : ("town " + std::to_string(i)).c_str());
            if (i != 2)
                f->SetField("population", GIntBig(1000000 + i));
            f->SetField("area", 2.5 * i);
            OGRPoint p(36.0 + i, 34.0 + i);
            f->SetGeometry(&p);
            REQUIRE(l->CreateFeature(f.get()) == OGRERR_NONE);
        }
    }
    auto reader = GpkgReader::open(path.string());
    REQUIRE_MESSAGE(reader, reader.error().toString());
    CHECK(reader->hasLayer("places"));
    CHECK(reader->hasLayer("PLACES"));
    CHECK_FALSE(reader->hasLayer("roads"));
    const auto fields = reader->fields("places");
    REQUIRE(fields.size() >= 4);
    CHECK(std::find(fields.begin(), fields.end(), "population") != fields.end());

    std::vector<std::string> names;
    std::vector<std::int64_t> fids;
    std::vector<std::optional<std::int64_t>> populations;
    std::vector<LonLat> points;
    auto done = reader->forEach("places", [&](const GpkgFeature& f) {
        fids.push_back(f.fid());
        names.push_back(f.text("name"));
        populations.push_back(f.integer(f.field("population")));
        CHECK(f.field("no_such_field") == -1);
        CHECK(f.text("no_such_field").empty());
        FeatureGeometry g;
        std::string error;
        REQUIRE(f.geometry(g, error));
        REQUIRE(g.points.size() == 1);
        points.push_back(g.points[0]);
        return true;
    });
    REQUIRE(done);
    CHECK(fids == std::vector<std::int64_t> {1, 2, 3});
    CHECK(names == std::vector<std::string> {"town 0", "Ḥimṣ", "town 2"});
    CHECK(populations[1] == 1000001);
    CHECK_FALSE(populations[2].has_value());
    CHECK(points[2] == LonLat {38.0, 36.0});

    int visited = 0;
    REQUIRE(reader->forEach("places", [&](const GpkgFeature&) { return ++visited < 2; }));
    CHECK(visited == 2);
    auto missing = reader->forEach("roads", [](const GpkgFeature&) { return true; });
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.find("roads") != std::string::npos);
    CHECK(missing.error().where == path.string());
    std::filesystem::remove(path);
}

TEST_CASE("a missing file and a file that is no database are errors naming the file")
{
    auto missing = GpkgReader::open("/nonexistent/levant.gpkg");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().where == "/nonexistent/levant.gpkg");

    const auto text = tempPath("notes.gpkg");
    std::ofstream(text) << "this is not a database\n";
    auto notDb = GpkgReader::open(text.string());
    REQUIRE_FALSE(notDb);
    CHECK(notDb.error().message.find("not a GeoPackage") != std::string::npos);
    CHECK(notDb.error().where == text.string());
    std::filesystem::remove(text);
}

namespace {

// Every vertex of an OGR geometry, in order, as the SQLite reader flattens them.
void ogrVertices(const OGRGeometry* g, std::vector<LonLat>& out)
{
    if (!g)
        return;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint:
        if (!g->IsEmpty())
            out.push_back({g->toPoint()->getX(), g->toPoint()->getY()});
        break;
    case wkbLineString:
        for (const OGRPoint& p : *g->toLineString())
            out.push_back({p.getX(), p.getY()});
        break;
    case wkbPolygon:
        for (const OGRLinearRing* r : *g->toPolygon())
            ogrVertices(r, out);
        break;
    default:
        for (const OGRGeometry* part : *g->toGeometryCollection())
            ogrVertices(part, out);
        break;
    }
}

std::vector<LonLat> ourVertices(const FeatureGeometry& g)
{
    std::vector<LonLat> out = g.points;
    for (const auto& line : g.lines)
        out.insert(out.end(), line.begin(), line.end());
    for (const auto& polygon : g.polygons)
        for (const auto& ring : polygon.rings)
            out.insert(out.end(), ring.begin(), ring.end());
    return out;
}

} // namespace

TEST_CASE("the shipped GeoPackage reads the same with SQLite alone as with GDAL, layer by layer")
{
    const std::string path = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    auto reader = GpkgReader::open(path);
    REQUIRE(reader);
    int layers = 0;
    for (OGRLayer* layer : ds->GetLayers()) {
        CAPTURE(layer->GetName());
        REQUIRE(reader->hasLayer(layer->GetName()));
        ++layers;
        std::vector<OGRFeatureUniquePtr> expected;
        for (auto& f : *layer)
            expected.emplace_back(f.release());
        std::size_t i = 0;
        bool mismatch = false;
        auto done = reader->forEach(layer->GetName(), [&](const GpkgFeature& f) {
            if (i >= expected.size()) {
                mismatch = true;
                return false;
            }
            const OGRFeature& e = *expected[i++];
            if (f.fid() != e.GetFID()) {
                mismatch = true;
                return false;
            }
            for (int k = 0; k < e.GetFieldCount(); ++k) {
                const OGRFieldDefn* defn = e.GetFieldDefnRef(k);
                const int ours = f.field(defn->GetNameRef());
                if (ours < 0 || f.isNull(ours) != !e.IsFieldSetAndNotNull(k))
                    mismatch = true;
                else if (f.isNull(ours))
                    continue;
                else if (defn->GetType() == OFTInteger || defn->GetType() == OFTInteger64)
                    mismatch |= f.integer(ours) != e.GetFieldAsInteger64(k);
                else if (defn->GetType() == OFTString)
                    mismatch |= f.text(ours) != e.GetFieldAsString(k);
            }
            FeatureGeometry g;
            std::string error;
            std::vector<LonLat> theirs;
            ogrVertices(e.GetGeometryRef(), theirs);
            mismatch |= !f.geometry(g, error) || ourVertices(g) != theirs;
            return !mismatch;
        });
        REQUIRE(done);
        CHECK_FALSE(mismatch);
        CHECK(i == expected.size());
    }
    CHECK(layers >= 10);
}

TEST_CASE("a GeoPackage cut short or with pages overwritten is refused or read with errors naming it, never a crash")
{
    const std::string source = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    std::vector<char> original(std::filesystem::file_size(source));
    std::ifstream(source, std::ios::binary).read(original.data(), static_cast<std::streamsize>(original.size()));
    const auto path = tempPath("damaged.gpkg");
    auto write = [&](const std::vector<char>& bytes) {
        std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    };
    auto readAll = [&](const GpkgReader& reader) {
        int failed = 0;
        for (const char* layer : {"places", "place_names", "countries", "roads", "rivers", "coast"}) {
            auto done = reader.forEach(layer, [](const GpkgFeature& f) {
                FeatureGeometry g;
                std::string error;
                (void)f.geometry(g, error);
                (void)f.text(1);
                return true;
            });
            if (!done) {
                ++failed;
                CHECK(done.error().where == path.string());
                CHECK(done.error().message.find(layer) != std::string::npos);
            }
        }
        return failed;
    };

    // SQLite notices a file shorter than its header says at the first query.
    for (double fraction : {0.02, 0.5, 0.95}) {
        CAPTURE(fraction);
        write(std::vector<char>(original.begin(), original.begin() + static_cast<long>(double(original.size()) * fraction)));
        auto reader = GpkgReader::open(path.string());
        REQUIRE_FALSE(reader);
        CHECK(reader.error().where == path.string());
        CHECK(reader.error().message.find("not a GeoPackage") != std::string::npos);
    }
    // Pages overwritten past the schema: the file opens, and the tables on them fail to read.
    int failedReads = 0;
    for (double at : {0.2, 0.4, 0.6, 0.8}) {
        CAPTURE(at);
        std::vector<char> bytes = original;
        const auto from = static_cast<std::size_t>(double(bytes.size()) * at);
        for (std::size_t i = from; i < std::min(bytes.size(), from + 64 * 1024); ++i)
            bytes[i] = static_cast<char>(0xA5 ^ (i * 31));
        write(bytes);
        auto reader = GpkgReader::open(path.string());
        if (reader)
            failedReads += readAll(*reader);
        else
            CHECK(reader.error().where == path.string());
    }
    CHECK(failedReads > 0);
    std::filesystem::remove(path);
}
