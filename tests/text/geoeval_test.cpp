#include "text/geoeval.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace sitrep::text;

TEST_CASE("detection counts overlapping spans and resolution measures distance")
{
    std::vector<GoldMention> gold{
        {"a.txt", 0, 4, "Homs", {34.7268, 36.7234}, "city"},
        {"a.txt", 10, 15, "Damas", {33.5102, 36.2913}, "city"},
        {"a.txt", 20, 25, "Syria", {34.86, 38.55}, "country"},
        {"b.txt", 0, 4, "Hama", {35.1318, 36.7578}, "city"},
    };
    std::vector<PredictedMention> pred{
        {"a.txt", 0, 4, "Homs", true, {34.7268, 36.7234}, "city", "homs"},      // exact
        {"a.txt", 9, 13, "xDam", true, {33.62, 36.29}, "city", "near"},         // overlap, 12 km off
        {"a.txt", 20, 25, "Syria", true, {35.0, 38.0}, "country", "sy"},         // country, 52 km: not exact
        {"a.txt", 30, 34, "Tell", true, {36.0, 37.0}, "village", "x"},           // spurious
    };
    const auto s = scoreGeoparse(gold, pred);
    CHECK(s.gold == 4);
    CHECK(s.predicted == 4);
    CHECK(s.matchedGold == 3);
    CHECK(s.matchedPredicted == 3);
    CHECK(s.precision == doctest::Approx(0.75));
    CHECK(s.recall == doctest::Approx(0.75));
    CHECK(s.f1 == doctest::Approx(0.75));
    CHECK(s.exact == 1);
    CHECK(s.within161 == 3);
    CHECK(s.within10 == 1);
    CHECK(s.medianKm == doctest::Approx(12.2).epsilon(0.05));
    CHECK(s.details.size() == 4); // one miss, two wrong, one spurious
}

TEST_CASE("a malformed gold row is an error naming its line")
{
    const auto path = std::filesystem::temp_directory_path() / "sitrep-geoeval-bad.tsv";
    std::ofstream(path) << "file\tstart\tend\ttext\tlat\tlon\tkind\na.txt\t0\t4\tHoms\t34.7\t36.7\tcity\na.txt\tx\t4\tHoms\t1\t2\tcity\n";
    const auto g = readGold(path.string());
    REQUIRE_FALSE(g.has_value());
    CHECK(g.error().where.ends_with(":3"));
    std::filesystem::remove(path);
}
