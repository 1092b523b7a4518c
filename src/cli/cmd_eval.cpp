// `sitrep eval geoparse`: scores the geoparser against a hand-checked gold file.
#include "command.h"

#include "geo/gazetteerloader.h"
#include "text/geoeval.h"
#include "text/geoparsefile.h"

#include <cstdio>
#include <iostream>

namespace {

using sitrep::cli::kInputError;
using sitrep::cli::kOk;
using sitrep::cli::kUsage;

constexpr const char* kUsageText =
    "usage: sitrep eval geoparse --gold GOLD.tsv [--gazetteer GPKG] [--verbose] FILE...\n\n"
    "Geoparses each FILE and compares the mentions with the gold TSV (file start end text lat lon\n"
    "kind; file is the base name, offsets in code points of the body). Prints detection precision,\n"
    "recall and F1 (span overlap), the exact-place rate, accuracy within 161 km and 10 km, and the\n"
    "median and mean error in km; --verbose lists every miss, false positive and wrong place.\n";

std::string baseName(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

int runGeoparse(std::span<const std::string> args)
{
    std::string goldPath;
    std::string gazetteerPath = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    bool verbose = false;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kUsageText;
            return kOk;
        }
        if ((a == "--gold" || a == "--gazetteer") && i + 1 < args.size())
            (a == "--gold" ? goldPath : gazetteerPath) = args[++i];
        else if (a == "--verbose" || a == "-v")
            verbose = true;
        else if (a.starts_with("--")) {
            std::cerr << "sitrep eval geoparse: unknown option '" << a << "'\n" << kUsageText;
            return kUsage;
        } else
            files.push_back(a);
    }
    if (goldPath.empty() || files.empty()) {
        std::cerr << "sitrep eval geoparse: --gold and at least one FILE are needed\n" << kUsageText;
        return kUsage;
    }
    auto gold = sitrep::text::readGold(goldPath);
    if (!gold) {
        std::cerr << "sitrep eval geoparse: " << gold.error().toString() << '\n';
        return kInputError;
    }
    auto gazetteer = sitrep::geo::loadGazetteer(gazetteerPath);
    if (!gazetteer) {
        std::cerr << "sitrep eval geoparse: gazetteer: " << gazetteer.error().toString() << '\n';
        return kInputError;
    }
    const sitrep::text::Geoparser parser(*gazetteer);
    std::vector<sitrep::text::PredictedMention> predicted;
    std::vector<sitrep::text::GoldMention> goldInScope;
    int status = kOk;
    for (const auto& file : files) {
        const std::string base = baseName(file);
        for (const auto& g : *gold)
            if (g.file == base)
                goldInScope.push_back(g);
        auto report = sitrep::text::geoparseFile(parser, file, [&](const std::string&, const sitrep::core::Mention& m) {
            sitrep::text::PredictedMention p{base, m.start, m.end, m.text, false, {}, {}, {}};
            if (const auto* place = m.placeId ? parser.findPlace(*m.placeId) : nullptr) {
                p.resolved = true;
                p.point = place->point;
                p.kind = std::string(sitrep::core::nameOf(place->kind));
                p.placeId = place->id;
            }
            predicted.push_back(std::move(p));
        });
        if (!report) {
            std::cerr << "sitrep eval geoparse: " << report.error().toString() << '\n';
            status = kInputError;
        }
    }
    const auto s = sitrep::text::scoreGeoparse(goldInScope, predicted);
    if (verbose)
        for (const auto& d : s.details)
            std::cout << d << '\n';
    std::printf("files %zu  gold %zu  predicted %zu\n", files.size(), s.gold, s.predicted);
    std::printf("detection  precision %.3f  recall %.3f  F1 %.3f\n", s.precision, s.recall, s.f1);
    std::printf("resolution exact %.3f of detected (%zu/%zu), %.3f end to end  placed %zu\n", s.exactRate, s.exact,
                s.matchedGold, s.exactEndToEnd, s.resolvedMatched);
    std::printf("accuracy   within 161 km %.3f  within 10 km %.3f  (of detected)\n", s.acc161, s.acc10);
    std::printf("error      median %.2f km  mean %.2f km\n", s.medianKm, s.meanKm);
    return status;
}

int run(std::span<const std::string> args)
{
    if (!args.empty() && args[0] == "geoparse")
        return runGeoparse(args.subspan(1));
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
        std::cout << kUsageText;
        return kOk;
    }
    std::cerr << "sitrep eval: expected a subject: geoparse\n" << kUsageText;
    return kUsage;
}

const sitrep::cli::RegisterCommand reg{{"eval", "score the geoparser against a gold file", &run}};

} // namespace
