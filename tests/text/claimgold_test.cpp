// The hand-checked gold claims (tests/data/claims/*.tsv) against the extractor, with places found
// by name search over a small gazetteer so the figures measure extraction, not geoparsing.
#include "text/articlereader.h"
#include "text/claimextractor.h"

#include "claimtesthelpers.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace sitrep;

namespace {

struct Gold {
    std::string file, place, actor, kind, stance, date, side;
};

std::vector<Gold> readGold(const std::string& path)
{
    std::vector<Gold> out;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.starts_with('#') || line.starts_with("file\t"))
            continue;
        std::vector<std::string> c;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, '\t'))
            c.push_back(cell);
        REQUIRE(c.size() >= 7);
        out.push_back({c[0], c[1], c[2], c[3], c[4], c[5], c[6]});
    }
    return out;
}

std::string lower(std::string s)
{
    for (auto& ch : s)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

bool placeMatches(const core::Gazetteer& g, const std::string& gold, const std::string& id)
{
    const auto* p = g.find(id);
    if (!p)
        return false;
    std::string want = gold;
    const bool governorate = want.ends_with(" governorate");
    if (governorate)
        want.resize(want.size() - 12);
    if (governorate != (p->kind == core::PlaceKind::Governorate))
        return false;
    if (governorate) // the mini gazetteer names governorates differently ("Al Qunaytirah")
        return (want == "Daraa" && id == "gov-daraa") || (want == "Quneitra" && id == "gov-quneitra") ||
               (want == "As-Suwayda" && id == "gov-suwayda");
    for (const auto& n : p->names)
        if (lower(n.name) == lower(want))
            return true;
    return false;
}

struct Score {
    std::size_t gold = 0, found = 0, extracted = 0, correct = 0;
};

Score evaluate(const std::string& goldPath, const std::string& dir, std::vector<std::string>& misses)
{
    static const core::Gazetteer g = testing::seedGazetteer();
    static const text::ActorMatcher actors(text::ActorMatcher::defaultActors());
    const auto gold = readGold(goldPath);
    std::vector<std::string> files;
    for (const auto& r : gold)
        if (std::find(files.begin(), files.end(), r.file) == files.end())
            files.push_back(r.file);
    Score s;
    for (const auto& file : files) {
        std::ifstream in(dir + "/" + file, std::ios::binary);
        REQUIRE(in);
        std::stringstream bytes;
        bytes << in.rdbuf();
        auto article = text::parseArticle(bytes.str(), file);
        REQUIRE(article);
        const auto claims = text::extractClaims(*article, testing::mentionsByName(article->body, g), actors, g);
        auto matches = [&](const Gold& r, const core::Claim& c) {
            if (r.file != file || std::string(core::nameOf(c.kind)) != r.kind ||
                std::string(core::nameOf(c.stance)) != r.stance || !actors.related(c.actor, r.actor) ||
                !placeMatches(g, r.place, c.placeId))
                return false;
            if (r.date == "-") // no day in the text: none claimed (unknown, or a week or coarser)
                return !c.time.from.has_value() || c.time.precision == core::TimePrecision::Week;
            if (!c.time.from)
                return false;
            const auto mid = c.time.to ? (*c.time.from + *c.time.to) / 2 : *c.time.from;
            return std::llabs(mid / core::kSecondsPerDay - *core::parseIso8601(r.date) / core::kSecondsPerDay) <= 1;
        };
        for (const auto& r : gold) {
            if (r.file != file)
                continue;
            ++s.gold;
            const bool hit = std::any_of(claims.begin(), claims.end(), [&](const auto& c) { return matches(r, c); });
            s.found += hit;
            if (!hit)
                misses.push_back("missed " + r.file + " " + r.place + " " + r.actor + " " + r.kind + " " + r.stance);
        }
        std::vector<std::string> keys; // one per place, actor, kind, stance
        for (const auto& c : claims) {
            const std::string key = c.placeId + "|" + c.actor + "|" + std::string(core::nameOf(c.kind)) + "|" +
                                    std::string(core::nameOf(c.stance));
            if (std::find(keys.begin(), keys.end(), key) != keys.end())
                continue;
            keys.push_back(key);
            ++s.extracted;
            const bool ok = std::any_of(gold.begin(), gold.end(), [&](const Gold& r) { return matches(r, c); });
            s.correct += ok;
            if (!ok)
                misses.push_back("extra " + file + " " + key);
        }
    }
    return s;
}

} // namespace

TEST_CASE("the seed articles' gold claims are found with precision and recall of at least 0.85")
{
    std::vector<std::string> notes;
    const auto s = evaluate(SITREP_SOURCE_DIR "/tests/data/claims/seeds.tsv",
                            SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12/articles", notes);
    for (const auto& n : notes)
        MESSAGE(n);
    REQUIRE(s.gold > 30);
    const double precision = static_cast<double>(s.correct) / static_cast<double>(s.extracted);
    const double recall = static_cast<double>(s.found) / static_cast<double>(s.gold);
    MESSAGE("seeds: precision " << precision << " recall " << recall);
    CHECK(precision >= 0.85);
    CHECK(recall >= 0.85);
}

TEST_CASE("the wire passages' gold claims, traps included, are found with precision and recall of at least 0.9")
{
    std::vector<std::string> notes;
    const auto s = evaluate(SITREP_SOURCE_DIR "/tests/data/claims/wire.tsv",
                            SITREP_SOURCE_DIR "/tests/data/claims/wire", notes);
    for (const auto& n : notes)
        MESSAGE(n);
    REQUIRE(s.gold > 25);
    const double precision = static_cast<double>(s.correct) / static_cast<double>(s.extracted);
    const double recall = static_cast<double>(s.found) / static_cast<double>(s.gold);
    MESSAGE("wire: precision " << precision << " recall " << recall);
    CHECK(precision >= 0.9);
    CHECK(recall >= 0.9);
}
