#pragma once
// EngineInput: what `sitrep state` and `sitrep changes` share — their common options, and the
// gazetteer, scenario, workspace and article claims loaded into one ControlEngine (filled by
// store::fillEngine, as the app's map is). Header-only: the CLI compiles cmd_*.cpp files only.
#include "claimpipeline.h"
#include "options.h"

#include "core/controlengine.h"
#include "core/instant.h"
#include "core/regionclaims.h"
#include "geo/gazetteerloader.h"
#include "geo/exportassembler.h"
#include "geo/exportsnapshot.h"
#include "geo/scenarioloader.h"
#include "geo/territorybuilder.h"
#include "geo/territoryengine.h"
#include "geo/territoryframe.h"
#include "store/scenarioworkspace.h"
#include "store/workspaceevidence.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
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
    // A GeoPackage path or postgresql://…; empty: the scenario's default workspace (built on
    // first use); "none": no workspace, the scenario's articles read from their files.
    std::string workspace;
    std::vector<std::string> inputs; // article files or folders
};

// Where a command's claims come from, for usage texts.
inline constexpr const char* kWorkspaceHelp
    = "  --workspace WS    a workspace (GeoPackage file or postgresql://…) whose articles' claims,\n"
      "                    review pins, overrides and hand-added places join the scenario's\n"
      "                    baseline and timeline; default: the scenario's own workspace, built\n"
      "                    from its articles under $XDG_CACHE_HOME/sitrep (or $SITREP_CACHE_DIR) on first use; none:\n"
      "                    read the scenario's articles from their files\n";

// Opens the workspace named (the scenario's default one when empty; built first when needed,
// with a line on stderr) and reads what it adds to the engine. Nothing for "none".
inline core::Result<std::optional<store::WorkspaceEvidence>> loadWorkspaceEvidence(const std::string& workspace,
    const std::string& scenarioDir, const std::string& gazetteerPath, const core::Gazetteer& gazetteer,
    const char* who)
{
    auto loaded = store::loadEngineWorkspace(workspace, {scenarioDir, gazetteerPath, {}, 2}, gazetteer);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!loaded->builtMessage.empty())
        std::cerr << who << ": " << loaded->builtMessage << '\n';
    return std::move(loaded->evidence);
}

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
    else if (a == "--workspace")
        target = &o.workspace;
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
    if (a == "--workspace" && o.workspace.empty()) {
        std::cerr << who << ": --workspace needs a GeoPackage path, a postgresql:// URI or none\n";
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
    std::optional<store::WorkspaceEvidence> workspace;
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
    // Article files are read only when given, or for --workspace none --evidence all (the
    // scenario's own articles from their files); otherwise claims come from the workspace.
    const bool scenarioFiles = o.evidence == "all" && o.workspace == "none";
    if (!o.inputs.empty() || scenarioFiles) {
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

    // --evidence files leaves the scenario's workspace out, but not one given by name.
    if (o.evidence == "all" || (!o.workspace.empty() && o.workspace != "none")) {
        auto evidence = loadWorkspaceEvidence(o.workspace, o.scenarioDir, o.gazetteerPath, in->gazetteer(), who);
        if (!evidence) {
            std::cerr << who << ": workspace: " << evidence.error().toString() << '\n';
            return nullptr;
        }
        in->workspace = std::move(*evidence);
    }
    if (in->workspace)
        for (const auto& p : in->workspace->places)
            in->addedPlaces.emplace(p.id, p);

    core::ControlEngine& engine = in->engine;
    in->articleClaims = store::fillEngine(engine,
        {&in->gazetteer(), &in->scenario.actors, in->scenario.country, in->scenario.claims, o.evidence == "files",
            in->workspace ? &*in->workspace : nullptr, in->scenario.defaultActor});
    if (in->workspace)
        in->unplacedClaims += in->workspace->unplacedClaims;

    std::vector<std::string> inputs = o.inputs;
    if (scenarioFiles && std::filesystem::is_directory(in->scenario.articlesDir))
        inputs.insert(inputs.begin(), in->scenario.articlesDir);
    if (in->pipeline && !inputs.empty()) {
        std::vector<std::string> files;
        for (const auto& file : ClaimPipeline::expandFiles(inputs)) {
            std::error_code ec;
            const auto canonical = std::filesystem::weakly_canonical(file, ec).string();
            if (std::find(files.begin(), files.end(), canonical) == files.end())
                files.push_back(canonical); // an article given twice counts once
        }
        // An article the workspace already holds counts once too.
        auto inWorkspace = [&](const core::Article& a) {
            return in->workspace && in->workspace->articleIds.contains(a.id);
        };
        for (const auto& file : files) {
            auto claims = in->pipeline->claimsOf(file, who, inWorkspace);
            if (!claims) {
                status = kInputError;
                continue;
            }
            std::vector<core::Claim> plain;
            plain.reserve(claims->size());
            for (auto& e : *claims) {
                if (e.claim.placeId.empty())
                    ++in->unplacedClaims; // waits for review: no place to hold state
                else
                    plain.push_back(std::move(e.claim));
            }
            in->articleClaims += store::addArticleClaims(engine, plain, in->gazetteer(), in->scenario.defaultActor);
        }
    }
    if (in->unplacedClaims > 0)
        std::cerr << who << ": " << in->unplacedClaims
                  << " claim(s) name places the geoparser could not resolve; they wait for review "
                     "(see `sitrep claims --unresolved`)\n";
    return in;
}

// ExportInput: what `sitrep export` and `sitrep diff` load — gazetteer, scenario, workspace,
// one engine filled by store::fillEngine and the territory builder — with the snapshots they
// write. As geo::ExportSession, plus the workspace's claims.
class ExportInput {
public:
    static core::Result<std::unique_ptr<ExportInput>> open(const std::string& gpkgPath,
        const std::string& scenarioDir, const std::string& workspace, const char* who)
    {
        std::unique_ptr<ExportInput> s(new ExportInput());
        auto gazetteer = geo::loadGazetteer(gpkgPath);
        if (!gazetteer)
            return std::unexpected(gazetteer.error());
        s->m_gazetteer = std::move(*gazetteer);
        auto scenario = geo::loadScenario(scenarioDir, s->m_gazetteer);
        if (!scenario)
            return std::unexpected(scenario.error());
        s->m_scenario = std::move(*scenario);
        for (const auto& p : s->m_scenario.addedPlaces)
            s->m_gazetteer.add(p);
        auto evidence = loadWorkspaceEvidence(workspace, scenarioDir, gpkgPath, s->m_gazetteer, who);
        if (!evidence)
            return std::unexpected(evidence.error());
        s->m_workspace = std::move(*evidence);
        if (s->m_workspace)
            for (const auto& p : s->m_workspace->places)
                s->m_gazetteer.add(p);

        s->m_engine = std::make_unique<core::ControlEngine>();
        store::fillEngine(*s->m_engine, {&s->m_gazetteer, &s->m_scenario.actors, s->m_scenario.country,
                                            s->m_scenario.claims, false, s->m_workspace ? &*s->m_workspace : nullptr,
                                            s->m_scenario.defaultActor});
        s->m_heard = s->m_scenario.claims;
        if (s->m_workspace) {
            s->m_heard.insert(s->m_heard.end(), s->m_workspace->claims.begin(), s->m_workspace->claims.end());
            s->m_heard.insert(s->m_heard.end(), s->m_workspace->overrides.begin(), s->m_workspace->overrides.end());
        }

        const std::string country = s->m_scenario.country.empty() ? "SY" : s->m_scenario.country;
        auto frame = geo::loadTerritoryFrame(gpkgPath, country);
        if (!frame)
            return std::unexpected(frame.error());
        auto builder = geo::TerritoryBuilder::create(s->m_gazetteer, *frame);
        if (!builder)
            return std::unexpected(builder.error());
        s->m_builder = std::move(*builder);
        s->m_span = {s->m_scenario.start, s->m_scenario.end};
        if (s->m_span.second <= s->m_span.first)
            if (auto span = s->m_engine->span())
                s->m_span = *span;
        return s;
    }

    [[nodiscard]] std::pair<core::Instant, core::Instant> span() const { return m_span; }
    [[nodiscard]] bool covers(core::Instant t) const { return t >= m_span.first && t <= m_span.second; }

    // Claims the lens hears that refer to an instant no later than `at`.
    [[nodiscard]] std::vector<const core::Claim*> heardClaims(core::Instant at, const core::Lens& lens) const
    {
        std::vector<const core::Claim*> out;
        for (const auto& c : m_heard) {
            const auto t = core::effectiveInstant(c);
            if (t && *t <= at && lens.admits(c))
                out.push_back(&c);
        }
        return out;
    }
    [[nodiscard]] core::Result<geo::ExportSnapshot> snapshot(core::Instant at, const core::Lens& lens)
    {
        const auto claims = heardClaims(at, lens);
        return geo::assembleSnapshot(*m_builder, m_gazetteer, claims, geo::engineStateLookup(*m_engine, at, lens), at,
                                     lens.toString());
    }
    // Snapshots at `from` and at every change in (from, to], each holding until the next.
    [[nodiscard]] core::Result<std::vector<geo::ExportSnapshot>> run(core::Instant from, core::Instant to,
                                                                     const core::Lens& lens)
    {
        return geo::snapshotTimeline(*m_engine, from, to, lens,
                                     [&](core::Instant at) { return snapshot(at, lens); });
    }
    [[nodiscard]] core::Result<std::vector<geo::AreaChange>> changes(core::Instant from, core::Instant to,
                                                                     const core::Lens& lens)
    {
        return m_builder->changes(geo::engineStateLookup(*m_engine, from, lens),
                                  geo::engineStateLookup(*m_engine, to, lens));
    }
    [[nodiscard]] geo::ExportContext context() const
    {
        geo::ExportContext ctx;
        ctx.actors = m_scenario.actors.actors();
        ctx.title = m_scenario.title.empty() ? std::string("Sitrep") : m_scenario.title;
        return ctx;
    }
    [[nodiscard]] const core::Gazetteer& gazetteer() const { return m_gazetteer; }
    [[nodiscard]] geo::TerritoryBuilder& builder() { return *m_builder; }

private:
    ExportInput() = default;
    core::Gazetteer m_gazetteer;
    geo::Scenario m_scenario;
    std::optional<store::WorkspaceEvidence> m_workspace;
    std::vector<core::Claim> m_heard;
    std::unique_ptr<core::ControlEngine> m_engine;
    std::unique_ptr<geo::TerritoryBuilder> m_builder;
    std::pair<core::Instant, core::Instant> m_span{0, 0};
};

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
