// `sitrep geocode`: finds and resolves the places articles name, one JSON object (or TSV row)
// per mention, streaming so files of any size run in flat memory.
#include "command.h"

#include "geo/gazetteerloader.h"
#include "text/geoparsefile.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <optional>

namespace {

using sitrep::cli::kInputError;
using sitrep::cli::kOk;
using sitrep::cli::kUsage;

constexpr const char* kUsageText =
    "usage: sitrep geocode [--gazetteer GPKG] [--format jsonl|tsv] FILE...\n\n"
    "Finds the places each article names and resolves them against the gazetteer. Prints one\n"
    "JSON object per mention (file, start, end in code points of the body, text, place_id, name,\n"
    "kind, country, lat, lon, confidence, status, candidates, relation) or a TSV row.\n"
    "FILE: plain text with a `key: value` header, Markdown with front matter, or .jsonl.\n"
    "Exit status: 0 ok, 1 a file could not be read or had to be repaired, 2 usage.\n";

std::string tsvField(std::string s)
{
    for (auto& c : s)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return s;
}

nlohmann::json mentionJson(const sitrep::text::Geoparser& parser, const std::string& file, const sitrep::core::Mention& m)
{
    nlohmann::json j;
    j["file"] = file;
    j["start"] = m.start;
    j["end"] = m.end;
    j["text"] = m.text;
    const sitrep::core::Place* place = m.placeId ? parser.findPlace(*m.placeId) : nullptr;
    if (place) {
        j["place_id"] = place->id;
        j["name"] = place->name;
        j["kind"] = std::string(sitrep::core::nameOf(place->kind));
        j["country"] = place->country;
        j["lat"] = place->point.lat;
        j["lon"] = place->point.lon;
    } else {
        for (const char* k : {"place_id", "name", "kind", "country", "lat", "lon"})
            j[k] = nullptr;
    }
    j["confidence"] = std::round(m.confidence * 1000.0) / 1000.0;
    j["status"] = m.status == sitrep::core::MentionStatus::Resolved ? "resolved" : "unresolved";
    auto candidates = nlohmann::json::array();
    for (std::size_t i = 0; i < m.candidates.size() && i < 5; ++i) {
        const auto* c = parser.findPlace(m.candidates[i].placeId);
        if (!c)
            continue;
        candidates.push_back({{"id", c->id}, {"name", c->name}, {"lat", c->point.lat}, {"lon", c->point.lon},
                              {"score", std::round(m.candidates[i].score * 1000.0) / 1000.0}});
    }
    j["candidates"] = std::move(candidates);
    if (!m.relation.empty())
        j["relation"] = m.relation;
    return j;
}

int run(std::span<const std::string> args)
{
    std::string gazetteerPath = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    std::string format = "jsonl";
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kUsageText;
            return kOk;
        }
        if ((a == "--gazetteer" || a == "--format") && i + 1 < args.size()) {
            (a == "--gazetteer" ? gazetteerPath : format) = args[++i];
        } else if (a.starts_with("--gazetteer=")) {
            gazetteerPath = a.substr(12);
        } else if (a.starts_with("--format=")) {
            format = a.substr(9);
        } else if (a.starts_with("--")) {
            std::cerr << "sitrep geocode: unknown option '" << a << "'\n" << kUsageText;
            return kUsage;
        } else {
            files.push_back(a);
        }
    }
    if (files.empty() || (format != "jsonl" && format != "tsv")) {
        std::cerr << (files.empty() ? "sitrep geocode: no FILE given\n" : "sitrep geocode: --format is jsonl or tsv\n")
                  << kUsageText;
        return kUsage;
    }
    auto gazetteer = sitrep::geo::loadGazetteer(gazetteerPath);
    if (!gazetteer) {
        std::cerr << "sitrep geocode: gazetteer: " << gazetteer.error().toString() << '\n';
        return kInputError;
    }
    const sitrep::text::Geoparser parser(*gazetteer);
    std::ios::sync_with_stdio(false);
    if (format == "tsv")
        std::cout << "file\tstart\tend\ttext\tplace_id\tname\tkind\tcountry\tlat\tlon\tconfidence\tstatus\trelation\n";
    int status = kOk;
    for (const auto& file : files) {
        auto report = sitrep::text::geoparseFile(parser, file, [&](const std::string& source, const sitrep::core::Mention& m) {
            const auto j = mentionJson(parser, source, m);
            if (format == "jsonl") {
                std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
                return;
            }
            auto str = [&](const char* k) {
                return j[k].is_null() ? std::string() : j[k].is_string() ? tsvField(j[k].get<std::string>()) : j[k].dump();
            };
            std::cout << tsvField(source) << '\t' << m.start << '\t' << m.end << '\t' << tsvField(m.text) << '\t'
                      << str("place_id") << '\t' << str("name") << '\t' << str("kind") << '\t' << str("country") << '\t'
                      << str("lat") << '\t' << str("lon") << '\t' << str("confidence") << '\t' << str("status") << '\t'
                      << tsvField(m.relation) << '\n';
        });
        if (!report) {
            std::cerr << "sitrep geocode: " << report.error().toString() << '\n';
            status = kInputError;
            continue;
        }
        for (const auto& w : report->warnings)
            std::cerr << "sitrep geocode: warning: " << w << '\n';
        if (!report->warnings.empty())
            status = kInputError;
    }
    std::cout.flush();
    return status;
}

const sitrep::cli::RegisterCommand reg{{"geocode", "find and resolve the places articles name", &run}};

} // namespace
