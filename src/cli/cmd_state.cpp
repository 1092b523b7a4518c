// `sitrep state`: who controls every place at one instant under one lens, with the claims that
// decided it — the scenario's baseline and timeline plus any articles given.
#include "command.h"
#include "engineinput.h"

#include <cstdio>
#include <iostream>

namespace {

using namespace sitrep;
using cli::kInputError;
using cli::kOk;
using cli::kUsage;

constexpr const char* kWho = "sitrep state";
constexpr const char* kUsageText =
    "usage: sitrep state --at ISO [--lens L] [--format jsonl|table] [--scenario DIR]\n"
    "                    [--gazetteer GPKG] [--evidence all|files] [--workspace WS] [FILE_OR_DIR...]\n\n"
    "Prints the control state of every place at one instant: one JSON object per place with\n"
    "place_id, name, lat, lon, status (held contested stale unknown), actor, root_actor, parties\n"
    "(when contested: actor and the claims behind it), since, confidence and evidence (the\n"
    "claims that decided: outlet, speaker, side, file, span, sentence, kind, time, …).\n"
    "  --at ISO          2024-12-07T18:00Z, or a date alone for the end of that day (UTC)\n"
    "  --lens L          latest (default), consensus, contested, outlet:NAME,\n"
    "                    side:opposition|government|independent\n"
    "  --format F        jsonl (default) or table\n"
    "  --scenario DIR    scenario folder (default: the bundled syria-2024-12)\n"
    "  --gazetteer GPKG  places (default: the shipped geodata/levant.gpkg)\n"
    "  --evidence E      all (default): the scenario's baseline, curated timeline and seed\n"
    "                    articles, and the files given; files: the baseline and the files\n"
    "                    given only, to judge extraction on its own (a --workspace given by\n"
    "                    name still counts)\n"
    "%WORKSPACE%"
    "FILE_OR_DIR are articles (.txt, .md, .jsonl); their claims join the scenario's (an article\n"
    "the workspace holds counts once).\n"
    "Exit status: 0 ok, 1 an input could not be read, 2 usage.\n";

nlohmann::json stateJson(const cli::EngineInput& in, const core::PlaceState& s)
{
    nlohmann::json j;
    cli::placeJson(in, s.placeId, j);
    j["status"] = std::string(core::nameOf(s.status));
    j["actor"] = cli::orNull(s.actor);
    j["root_actor"] = s.actor.empty() ? nlohmann::json(nullptr) : nlohmann::json(in.engine.rootActor(s.actor));
    nlohmann::json parties = nlohmann::json::array();
    for (const core::Party& p : s.parties)
        parties.push_back({{"actor", cli::orNull(p.actor)}, {"claims", cli::evidenceJson(p.claims)}});
    j["parties"] = parties;
    j["since"] = cli::instantJson(s.since);
    j["confidence"] = std::round(s.confidence * 1000.0) / 1000.0;
    j["evidence"] = cli::evidenceJson(s.evidence);
    return j;
}

void printTable(const cli::EngineInput& in, const std::vector<core::PlaceState>& states)
{
    std::printf("%-24s %-28s %-10s %-24s %-21s %5s %s\n", "place_id", "name", "status", "actor", "since", "conf",
                "evidence");
    for (const auto& s : states) {
        const core::Place* p = in.place(s.placeId);
        std::string actor(s.actor);
        if (s.status == core::ControlStatus::Contested) {
            actor = "?";
            for (const auto& party : s.parties)
                actor += (actor.size() > 1 ? "/" : "") + std::string(party.actor.empty() ? "-" : party.actor);
        }
        std::printf("%s %s %-10s %s %-21s %5.2f %zu\n", cli::column(s.placeId, 24).c_str(),
                    cli::column(p ? p->name : "", 28).c_str(), std::string(core::nameOf(s.status)).c_str(),
                    cli::column(actor, 24).c_str(),
                    s.since ? core::formatIso8601(*s.since).c_str() : "", s.confidence, s.evidence.size());
    }
}

std::string usageText()
{
    std::string text = kUsageText;
    text.replace(text.find("%WORKSPACE%"), 11, cli::kWorkspaceHelp);
    return text;
}

int run(std::span<const std::string> args)
{
    cli::EngineInputOptions o;
    std::string at;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << usageText();
            return kOk;
        }
        if (auto shared = cli::takeSharedOption(args, i, o, kWho)) {
            if (!*shared)
                return kUsage;
        } else if (a == "--at" && i + 1 < args.size()) {
            at = args[++i];
        } else if (a.starts_with("--")) {
            std::cerr << kWho << ": unknown option or missing value '" << a << "'\n" << usageText();
            return kUsage;
        } else {
            o.inputs.push_back(a);
        }
    }
    if (at.empty()) {
        std::cerr << kWho << ": --at is required\n" << usageText();
        return kUsage;
    }
    const auto t = cli::parseInstantArg(at, true);
    if (!t) {
        std::cerr << kWho << ": --at '" << at << "' is not an ISO 8601 date or instant\n";
        return kUsage;
    }
    const auto lens = core::Lens::parse(o.lens);
    if (!lens) {
        std::cerr << kWho << ": " << lens.error().toString() << '\n';
        return kUsage;
    }
    int status = kOk;
    const auto in = cli::loadEngineInput(o, kWho, status);
    if (!in)
        return kInputError;
    const auto states = in->engine.states(*t, *lens);
    if (o.format == "table")
        printTable(*in, states);
    else
        for (const auto& s : states)
            std::cout << cli::dumpLine(stateJson(*in, s)) << '\n';
    std::cout.flush();
    return status;
}

const sitrep::cli::RegisterCommand reg{{"state", "who controls every place at an instant, under a source lens", &run}};

} // namespace
