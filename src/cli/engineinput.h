#pragma once
// EngineInput: what `sitrep state` and `sitrep changes` share — their common options, and the
// gazetteer, scenario and article claims loaded into one ControlEngine. Header-only: the CLI
// compiles cmd_*.cpp files only.
#include "claimpipeline.h"
#include "options.h"

#include "core/controlengine.h"
#include "core/instant.h"
#include "core/regionclaims.h"
#include "geo/gazetteerloader.h"
#include "geo/scenarioloader.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace sitrep::cli {

struct EngineInputOptions {
    std::string gazetteerPath = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    std::string scenarioDir = geo::defaultScenarioDir();
    // all: the scenario's baseline, timeline and articles plus the files given; files: the
    // baseline and the files given only.
    std::string evidence = "all";
    std::string format = "jsonl";
    std::string lens = "latest";
    std::vector<std::string> inputs; // article files or folders
};

// Consumes the option at args[i] (and its value) when it is one of the shared ones. Returns
// nothing when args[i] is not shared, false (after a message) when its value is missing or bad.
inline std::optional<bool> takeSharedOption(std::span<const std::string> args, std::size_t& i,
                                            EngineInputOptions& o, const char* who)
{
    const std::string& a = args[i];
    std::string* target = nullptr;
    if (a == "--gazetteer")
        target = &o.gazetteerPath;
    else if (a == "--scenario")
        target = &o.scenarioDir;
    else if (a == "--evidence")
        target = &o.evidence;
    else if (a == "--format")
        target = &o.format;
    else if (a == "--lens")
        target = &o.lens;
    else
        return std::nullopt;
    if (i + 1 >= args.size()) {
        std::cerr << who << ": " << a << " needs a value\n";
        return false;
    }
    *target = args[++i];
    if (a == "--evidence" && o.evidence != "all" && o.evidence != "files") {
        std::cerr << who << ": --evidence must be 'all' or 'files', not '" << o.evidence << "'\n";
        return false;
    }
    if (a == "--format" && o.format != "jsonl" && o.format != "table") {
        std::cerr << who << ": --format must be 'jsonl' or 'table', not '" << o.format << "'\n";
        return false;
    }
    return true;
}

struct EngineInput {
    std::optional<ClaimPipeline> pipeline;   // only when article files were given
    core::Gazetteer ownGazetteer;            // when no pipeline loaded one
    geo::Scenario scenario;
    std::unordered_map<std::string, core::Place> addedPlaces;
    core::ControlEngine engine;
    std::size_t articleClaims = 0;
    std::size_t unplacedClaims = 0;

    [[nodiscard]] const core::Gazetteer& gazetteer() const
    {
        return pipeline ? pipeline->gazetteer() : ownGazetteer;
    }
    [[nodiscard]] const core::Place* place(std::string_view id) const
    {
        if (const core::Place* p = gazetteer().find(id))
            return p;
        auto it = addedPlaces.find(std::string(id));
        return it == addedPlaces.end() ? nullptr : &it->second;
    }
};

// Loads the gazetteer, the scenario and the claims of the article files given, into one engine.
// The engine covers every settlement of the scenario's country and every place a claim names.
// Returns nothing after a message when nothing useful can be shown; sets `status` to 1 when an
// article file could not be read (the others are still used).
inline std::unique_ptr<EngineInput> loadEngineInput(const EngineInputOptions& o, const char* who, int& status)
{
    auto in = std::make_unique<EngineInput>();
    // --evidence all reads the scenario's own articles too (files: only those given).
    if (!o.inputs.empty() || o.evidence == "all") {
        // The seam to the text pipeline: articles → geoparser → claim extractor → claims.
        in->pipeline = ClaimPipeline::load(o.gazetteerPath, o.scenarioDir, who);
        if (!in->pipeline)
            return nullptr;
    } else {
        auto gazetteer = geo::loadGazetteer(o.gazetteerPath);
        if (!gazetteer) {
            std::cerr << who << ": gazetteer: " << gazetteer.error().toString() << '\n';
            return nullptr;
        }
        in->ownGazetteer = std::move(*gazetteer);
    }
    auto scenario = geo::loadScenario(o.scenarioDir, in->gazetteer());
    if (!scenario) {
        std::cerr << who << ": scenario: " << scenario.error().toString() << '\n';
        return nullptr;
    }
    in->scenario = std::move(*scenario);
    for (const auto& w : in->scenario.warnings)
        std::cerr << who << ": warning: " << w.toString() << '\n';
    for (const auto& p : in->scenario.addedPlaces)
        in->addedPlaces.emplace(p.id, p);

    core::ControlEngine& engine = in->engine;
    engine.setActors(in->scenario.actors);
    for (const core::Place& p : in->gazetteer().places())
        if (core::isSettlementLike(p.kind) && (in->scenario.country.empty() || p.country == in->scenario.country))
            engine.addPlace(p.id);
    for (auto& c : in->scenario.claims)
        if (o.evidence == "all" || c.baseline)
            engine.addClaim(c);

    std::vector<std::string> inputs = o.inputs;
    if (o.evidence == "all" && std::filesystem::is_directory(in->scenario.articlesDir))
        inputs.insert(inputs.begin(), in->scenario.articlesDir);
    if (in->pipeline && !inputs.empty()) {
        std::vector<std::string> files;
        for (const auto& file : ClaimPipeline::expandFiles(inputs)) {
            std::error_code ec;
            const auto canonical = std::filesystem::weakly_canonical(file, ec).string();
            if (std::find(files.begin(), files.end(), canonical) == files.end())
                files.push_back(canonical); // an article given twice counts once
        }
        for (const auto& file : files) {
            auto claims = in->pipeline->claimsOf(file, who);
            if (!claims) {
                status = kInputError;
                continue;
            }
            for (auto& e : *claims) {
                if (e.claim.placeId.empty()) {
                    ++in->unplacedClaims; // waits for review: no place to hold state
                    continue;
                }
                // A claim on a governorate stands for its settlements.
                for (auto& c : core::expandRegionClaim(e.claim, in->gazetteer())) {
                    ++in->articleClaims;
                    engine.addClaim(std::move(c));
                }
            }
        }
        if (in->unplacedClaims > 0)
            std::cerr << who << ": " << in->unplacedClaims
                      << " claim(s) name places the geoparser could not resolve; they wait for review "
                         "(see `sitrep claims --unresolved`)\n";
    }
    return in;
}

inline nlohmann::json instantJson(std::optional<core::Instant> t)
{
    return t ? nlohmann::json(core::formatIso8601(*t)) : nlohmann::json(nullptr);
}

inline nlohmann::json orNull(std::string_view s)
{
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(std::string(s));
}

inline nlohmann::json evidenceJson(const core::Claim& c)
{
    nlohmann::json j;
    j["claim_id"] = c.id;
    j["kind"] = std::string(core::nameOf(c.kind));
    j["stance"] = std::string(core::nameOf(c.stance));
    j["actor"] = c.actor;
    j["counterpart"] = orNull(c.counterpart);
    j["outlet"] = c.source.outlet;
    j["speaker"] = c.source.speaker;
    j["side"] = std::string(core::nameOf(c.source.side));
    j["file"] = c.source.file;
    j["span"] = {c.source.start, c.source.end};
    j["sentence"] = c.source.sentence;
    j["time"] = instantJson(c.time.from);
    j["precision"] = std::string(core::nameOf(c.time.precision));
    j["confidence"] = std::round(c.confidence * 100.0) / 100.0;
    j["baseline"] = c.baseline;
    j["override"] = c.analystOverride;
    j["region"] = orNull(c.regionId);
    return j;
}

inline nlohmann::json evidenceJson(core::Evidence claims)
{
    nlohmann::json list = nlohmann::json::array();
    for (const core::Claim* c : claims)
        list.push_back(evidenceJson(*c));
    return list;
}

// place_id, name, lat, lon of a place (null fields for a place the gazetteer lacks).
inline void placeJson(const EngineInput& in, std::string_view id, nlohmann::json& j)
{
    j["place_id"] = std::string(id);
    const core::Place* p = in.place(id);
    j["name"] = p ? nlohmann::json(p->name) : nlohmann::json(nullptr);
    j["lat"] = p ? nlohmann::json(p->point.lat) : nlohmann::json(nullptr);
    j["lon"] = p ? nlohmann::json(p->point.lon) : nlohmann::json(nullptr);
}

// `s` cut or padded to `width` code points, for table columns.
inline std::string column(std::string_view s, std::size_t width)
{
    std::string out;
    std::size_t points = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool starts = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        if (starts && points == width)
            break;
        points += starts ? 1 : 0;
        out += s[i];
    }
    out.append(width - points, ' ');
    return out;
}

inline std::string dumpLine(const nlohmann::json& j)
{
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace sitrep::cli
