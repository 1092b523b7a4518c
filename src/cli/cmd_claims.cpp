// `sitrep claims`: reads articles, finds their places and prints every claim about ground they
// make — who holds, took, lost or contests which place, when, according to whom — one JSON
// object per line.
#include "claimpipeline.h"
#include "command.h"

#include "core/instant.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <iostream>

namespace {

using sitrep::cli::kInputError;
using sitrep::cli::kOk;
using sitrep::cli::kUsage;

constexpr const char* kUsageText =
    "usage: sitrep claims [--gazetteer GPKG] [--scenario DIR] [--unresolved | --unclaimed [--min-score X]]\n"
    "                    FILE_OR_DIR...\n\n"
    "Extracts claims of control from news articles. Prints one JSON object per claim: place,\n"
    "place_id, actor, kind (controls captured entered contested besieged withdrew surrendered\n"
    "denied), stance (affirms|denies), time_from, time_to, precision, time_unknown, speaker, side\n"
    "(opposition government independent analyst unknown), outlet, file, sentence_start,\n"
    "sentence_end (code points of the body), sentence, confidence, hedged, counterpart, region,\n"
    "trigger, needs_review.\n"
    "  --gazetteer GPKG  places (default: the shipped geodata/levant.gpkg)\n"
    "  --scenario DIR    its actors.csv names the actors (default: the bundled scenario)\n"
    "  --unresolved      also print claims on names the geoparser could not place\n"
    "  --unclaimed       instead of claims, print the sentences that probably state control but\n"
    "                    gave no claim on a place in Syria, each article's best first: file,\n"
    "                    article_id, sentence_start, sentence_end, sentence, places (place_id, place,\n"
    "                    text, start, end), actor, actor_text, cues, kind (suggested), score\n"
    "  --min-score X     with --unclaimed: list sentences scoring at least X (0-1; default 0.6)\n"
    "                    (each with time_from, time_to, time_text: the day the sentence names, or null)\n"
    "A file without a published date keeps its claims with time unknown (time_unknown: true).\n"
    "Exit status: 0 ok, 1 a file or the gazetteer could not be read, 2 usage.\n";

nlohmann::json claimJson(const sitrep::text::ExtractedClaim& e)
{
    using namespace sitrep::core;
    const Claim& c = e.claim;
    nlohmann::json j;
    j["place"] = e.placeName;
    j["place_id"] = c.placeId.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.placeId);
    j["actor"] = c.actor;
    j["kind"] = std::string(nameOf(c.kind));
    j["stance"] = std::string(nameOf(c.stance));
    j["time_from"] = c.time.from ? nlohmann::json(formatIso8601(*c.time.from)) : nlohmann::json(nullptr);
    j["time_to"] = c.time.to ? nlohmann::json(formatIso8601(*c.time.to)) : nlohmann::json(nullptr);
    j["precision"] = std::string(nameOf(c.time.precision));
    j["time_unknown"] = e.timeUnknown;
    j["speaker"] = c.source.speaker;
    j["side"] = std::string(nameOf(c.source.side));
    j["outlet"] = c.source.outlet;
    j["file"] = c.source.file;
    j["sentence_start"] = c.source.start;
    j["sentence_end"] = c.source.end;
    j["sentence"] = c.source.sentence;
    j["confidence"] = std::round(c.confidence * 100.0) / 100.0;
    j["hedged"] = c.hedged;
    j["counterpart"] = c.counterpart.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.counterpart);
    j["region"] = c.regionId.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.regionId);
    j["trigger"] = e.trigger;
    j["place_text"] = e.placeText;
    j["needs_review"] = e.needsReview;
    return j;
}

nlohmann::json unclaimedJson(const std::string& file, const sitrep::text::UnclaimedSentence& u)
{
    nlohmann::json places = nlohmann::json::array();
    for (const auto& p : u.places)
        places.push_back({{"place_id", p.placeId}, {"place", p.name}, {"text", p.text}, {"start", p.start},
                          {"end", p.end}});
    nlohmann::json j;
    j["file"] = file;
    j["article_id"] = u.articleId;
    j["sentence_start"] = u.start;
    j["sentence_end"] = u.end;
    j["sentence"] = u.sentence;
    j["places"] = std::move(places);
    j["actor"] = u.actor.empty() ? nlohmann::json(nullptr) : nlohmann::json(u.actor);
    j["actor_text"] = u.actorText;
    j["cues"] = u.cues;
    j["kind"] = std::string(sitrep::core::nameOf(u.kind));
    j["time_from"] = u.time.from ? nlohmann::json(sitrep::core::formatIso8601(*u.time.from)) : nlohmann::json(nullptr);
    j["time_to"] = u.time.to ? nlohmann::json(sitrep::core::formatIso8601(*u.time.to)) : nlohmann::json(nullptr);
    j["time_text"] = u.timeText;
    j["score"] = std::round(u.score * 100.0) / 100.0;
    return j;
}

int run(std::span<const std::string> args)
{
    std::string gazetteerPath = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    std::string scenarioDir = SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12";
    bool unresolved = false;
    bool unclaimed = false;
    sitrep::text::GapOptions gaps;
    std::vector<std::string> inputs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kUsageText;
            return kOk;
        }
        if ((a == "--gazetteer" || a == "--scenario") && i + 1 < args.size())
            (a == "--gazetteer" ? gazetteerPath : scenarioDir) = args[++i];
        else if (a == "--unresolved")
            unresolved = true;
        else if (a == "--unclaimed")
            unclaimed = true;
        else if (a == "--min-score" && i + 1 < args.size()) {
            const std::string& v = args[++i];
            char* end = nullptr;
            gaps.minScore = std::strtod(v.c_str(), &end);
            if (v.empty() || *end != '\0' || !(gaps.minScore >= 0.0 && gaps.minScore <= 1.0)) {
                std::cerr << "sitrep claims: --min-score wants a number from 0 to 1, not '" << v << "'\n";
                return kUsage;
            }
        }
        else if (a.starts_with("--")) {
            std::cerr << "sitrep claims: unknown option '" << a << "'\n" << kUsageText;
            return kUsage;
        } else
            inputs.push_back(a);
    }
    if (unresolved && unclaimed) {
        std::cerr << "sitrep claims: --unresolved and --unclaimed do not go together\n" << kUsageText;
        return kUsage;
    }
    if (inputs.empty()) {
        std::cerr << "sitrep claims: no FILE given\n" << kUsageText;
        return kUsage;
    }
    auto pipeline = sitrep::cli::ClaimPipeline::load(gazetteerPath, scenarioDir, "sitrep claims");
    if (!pipeline)
        return kInputError;
    pipeline->options().keepUnresolved = unresolved;
    int status = kOk;
    for (const auto& file : sitrep::cli::ClaimPipeline::expandFiles(inputs)) {
        if (unclaimed) {
            const auto listed = pipeline->unclaimedOf(file, "sitrep claims", gaps);
            if (!listed) {
                status = kInputError;
                continue;
            }
            for (const auto& u : *listed)
                std::cout << unclaimedJson(file, u).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                          << '\n';
            continue;
        }
        const auto claims = pipeline->claimsOf(file, "sitrep claims");
        if (!claims) {
            status = kInputError;
            continue;
        }
        for (const auto& c : *claims)
            std::cout << claimJson(c).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    std::cout.flush();
    return status;
}

const sitrep::cli::RegisterCommand reg{{"claims", "extract dated, sourced claims of control from articles", &run}};

} // namespace
