#include "geo/gazetteerloader.h"

#include <doctest/doctest.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <vector>

using namespace sitrep;

namespace {

const std::string kGpkg = SITREP_SOURCE_DIR "/geodata/levant.gpkg";

// Lower-case ASCII, apostrophes dropped, hyphens as spaces: enough to look names up in a test.
std::string fold(std::string_view s)
{
    std::string out;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (ch == '\'' || ch == '`')
            continue;
        out.push_back(ch == '-' ? ' ' : static_cast<char>(std::tolower(c)));
    }
    return out;
}

std::vector<const core::Place*> named(const core::Gazetteer& g, std::string_view name)
{
    std::vector<const core::Place*> out;
    const std::string want = fold(name);
    for (const auto& p : g.places())
        if (std::any_of(p.names.begin(), p.names.end(), [&](const core::PlaceName& n) { return fold(n.name) == want; }))
            out.push_back(&p);
    return out;
}

// The nearest place called `name` to `truth`, in km; a large number when none has that name.
double nearestNamed(const core::Gazetteer& g, std::string_view name, core::GeoPoint truth)
{
    double best = 1e9;
    for (const auto* p : named(g, name))
        best = std::min(best, core::distanceKm(p->point, truth));
    return best;
}

const core::Gazetteer& shipped()
{
    static const auto loaded = geo::loadGazetteer(kGpkg);
    if (!loaded)
        FAIL(loaded.error().toString());
    return *loaded;
}

std::filesystem::path tempGpkg(const char* stem)
{
    auto p = std::filesystem::temp_directory_path() / (std::string(stem) + ".gpkg");
    std::filesystem::remove(p);
    return p;
}

// Writes a GeoPackage with one `places` layer holding a single point of the given kind.
void writeOnePlace(const std::filesystem::path& path, const char* kind, bool withKindField = true)
{
    GDALAllRegister();
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GPKG");
    REQUIRE(drv);
    GDALDatasetUniquePtr ds(drv->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    REQUIRE(ds);
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    OGRLayer* l = ds->CreateLayer("places", &srs, wkbPoint, nullptr);
    REQUIRE(l);
    OGRFieldDefn id("id", OFTString), name("name", OFTString), k("kind", OFTString);
    l->CreateField(&id);
    l->CreateField(&name);
    if (withKindField)
        l->CreateField(&k);
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(l->GetLayerDefn()));
    f->SetField("id", "sx:test");
    f->SetField("name", "Testville");
    if (withKindField)
        f->SetField("kind", kind);
    OGRPoint pt(36.0, 34.0);
    f->SetGeometry(&pt);
    REQUIRE(l->CreateFeature(f.get()) == OGRERR_NONE);
}

} // namespace

TEST_CASE("the shipped gazetteer loads with names in English and Arabic")
{
    const auto& g = shipped();
    CHECK(g.size() > 3000);
    const core::Place* homs = g.find("gn:169577");
    REQUIRE(homs);
    CHECK(homs->name == "Homs");
    CHECK(homs->kind == core::PlaceKind::City);
    CHECK(homs->country == "SY");
    CHECK(homs->admin1 == "Homs");
    CHECK(homs->population > 500000);
    CHECK(homs->origin == "geonames");
    CHECK_FALSE(homs->nameAr.empty());
    CHECK(std::any_of(homs->names.begin(), homs->names.end(),
        [](const core::PlaceName& n) { return n.lang == "ar" && n.name == "حمص"; }));
    const core::Place* syria = g.find("ne:SY");
    REQUIRE(syria);
    CHECK(syria->kind == core::PlaceKind::Country);
    CHECK(syria->nameAr == "سوريا");
    const core::Place* iran = g.find("ne:IR");
    REQUIRE(iran);
    CHECK(iran->name == "Iran");
    const core::Place* daraaGov = g.find("ne1:SY-DR");
    REQUIRE(daraaGov);
    CHECK(daraaGov->kind == core::PlaceKind::Governorate);
}

TEST_CASE("places named in the offensive lie within 5 km of their true positions")
{
    const auto& g = shipped();
    struct Case {
        const char* name;
        core::GeoPoint truth;
    };
    // True positions: Wikipedia coordinates of each place (town centre, base runway).
    const Case cases[] = {
        {"Homs", {34.7324, 36.7137}},
        {"Daraa", {32.6189, 36.1021}},
        {"درعا", {32.6189, 36.1021}},
        {"Saasa", {33.2986, 36.0444}},
        {"al-Qaem", {34.3694, 41.0950}},
        {"Jarmana", {33.4839, 36.3469}},
        {"Moadamiya", {33.4617, 36.1944}},
        {"Mezzeh", {33.5000, 36.2500}},
        {"Hmeimim", {35.4011, 35.9486}},
        {"Aleppo", {36.2021, 37.1343}},
        {"Damascus", {33.5131, 36.2919}},
    };
    for (const auto& c : cases) {
        CAPTURE(std::string(c.name));
        CHECK(nearestNamed(g, c.name, c.truth) < 5.0);
    }
    // al-Qaem is the Iraqi border town, not a namesake elsewhere.
    const auto qaim = named(g, "al-Qaem");
    CHECK(std::any_of(qaim.begin(), qaim.end(), [](const core::Place* p) { return p->country == "IQ"; }));
}

TEST_CASE("every layer of the shipped GeoPackage has features")
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(kGpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    for (const char* name : {"places", "place_names", "countries", "governorates", "disputed", "land", "coast",
             "borders", "rivers", "lakes", "roads"}) {
        CAPTURE(std::string(name));
        OGRLayer* l = ds->GetLayerByName(name);
        REQUIRE(l);
        CHECK(l->GetFeatureCount() > 0);
    }
    OGRLayer* rivers = ds->GetLayerByName("rivers");
    REQUIRE(rivers);
    rivers->SetAttributeFilter("name = 'Euphrates'");
    CHECK(rivers->GetFeatureCount() == 1);
    OGRLayer* roads = ds->GetLayerByName("roads");
    REQUIRE(roads);
    roads->SetAttributeFilter("ref = 'M5'");
    CHECK(roads->GetFeatureCount() == 1);
}

TEST_CASE("a missing file is an error naming the file, not a crash")
{
    const auto r = geo::loadGazetteer("/nonexistent/levant.gpkg");
    REQUIRE_FALSE(r);
    CHECK(r.error().where == "/nonexistent/levant.gpkg");
}

TEST_CASE("a place with an unknown kind is an error naming the feature")
{
    const auto path = tempGpkg("sitrep_gazetteer_badkind");
    writeOnePlace(path, "castle");
    const auto r = geo::loadGazetteer(path.string());
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("castle") != std::string::npos);
    CHECK(r.error().where.find("feature 1") != std::string::npos);
    std::filesystem::remove(path);
}

TEST_CASE("a places layer without a kind field is an error naming the field")
{
    const auto path = tempGpkg("sitrep_gazetteer_nokind");
    writeOnePlace(path, "", false);
    const auto r = geo::loadGazetteer(path.string());
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("'kind'") != std::string::npos);
    std::filesystem::remove(path);
}

TEST_CASE("a minimal GeoPackage without place_names still gives the primary name")
{
    const auto path = tempGpkg("sitrep_gazetteer_minimal");
    writeOnePlace(path, "village");
    const auto r = geo::loadGazetteer(path.string());
    REQUIRE(r);
    REQUIRE(r->size() == 1);
    const core::Place& p = r->places().front();
    CHECK(p.point.lat == doctest::Approx(34.0));
    CHECK(p.point.lon == doctest::Approx(36.0));
    REQUIRE(p.names.size() == 1);
    CHECK(p.names.front().name == "Testville");
    std::filesystem::remove(path);
}
