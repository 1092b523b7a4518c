// `sitrep changes`: every change of control between two instants under one lens — which place,
// from whom to whom, when, and the claims behind it.
#include "command.h"
#include "engineinput.h"

#include <cstdio>
#include <iostream>

namespace {

using namespace sitrep;
using cli::kInputError;
using cli::kOk;
using cli::kUsage;

constexpr const char* kWho = "sitrep changes";
constexpr const char* kUsageText =
    "usage: sitrep changes --from ISO --to ISO [--lens L] [--format jsonl|table] [--scenario DIR]\n"
    "                      [--gazetteer GPKG] [--evidence all|files] [--workspace WS] [FILE_OR_DIR...]\n\n"
    "Prints every change of a place's status or holder with from <= instant <= to, in time order:\n"
    "one JSON object per change with place_id, name, lat, lon, at, from_status, from_actor,\n"
    "to_status, to_actor (and their root actors) and evidence (the claims that decided).\n"
    "A place's starting state from the baseline is not a change.\n"
    "  --from ISO        a date alone is the start of that day (UTC)\n"
    "  --to ISO          a date alone is the end of that day (UTC)\n"
    "  --lens, --format, --scenario, --gazetteer, --evidence, --workspace, FILE_OR_DIR: as for\n"
    "                    `sitrep state`\n"
    "%WORKSPACE%"
    "Exit status: 0 ok, 1 an input could not be read, 2 usage.\n";

nlohmann::json changeJson(const cli::EngineInput& in, const core::ControlChange& c)
{
    nlohmann::json j;
    cli::placeJson(in, c.placeId, j);
    j["at"] = core::formatIso8601(c.at);
    j["from_status"] = std::string(core::nameOf(c.fromStatus));
    j["from_actor"] = cli::orNull(c.fromActor);
    j["from_root_actor"] = c.fromActor.empty() ? nlohmann::json(nullptr) : nlohmann::json(in.engine.rootActor(c.fromActor));
    j["to_status"] = std::string(core::nameOf(c.toStatus));
    j["to_actor"] = cli::orNull(c.toActor);
    j["to_root_actor"] = c.toActor.empty() ? nlohmann::json(nullptr) : nlohmann::json(in.engine.rootActor(c.toActor));
    j["evidence"] = cli::evidenceJson(c.evidence);
    return j;
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
    std::string from, to;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << usageText();
            return kOk;
        }
        if (auto shared = cli::takeSharedOption(args, i, o, kWho)) {
            if (!*shared)
                return kUsage;
        } else if ((a == "--from" || a == "--to") && i + 1 < args.size()) {
            (a == "--from" ? from : to) = args[++i];
        } else if (a.starts_with("--")) {
            std::cerr << kWho << ": unknown option or missing value '" << a << "'\n" << usageText();
            return kUsage;
        } else {
            o.inputs.push_back(a);
        }
    }
    if (from.empty() || to.empty()) {
        std::cerr << kWho << ": --from and --to are required\n" << usageText();
        return kUsage;
    }
    const auto tFrom = cli::parseInstantArg(from, false);
    const auto tTo = cli::parseInstantArg(to, true);
    if (!tFrom || !tTo) {
        std::cerr << kWho << ": '" << (tFrom ? to : from) << "' is not an ISO 8601 date or instant\n";
        return kUsage;
    }
    if (*tTo < *tFrom) {
        std::cerr << kWho << ": --to is before --from\n";
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
    const auto changes = in->engine.changes(*tFrom, *tTo, *lens);
    if (o.format == "table") {
        std::printf("%-20s %-24s %-28s %-22s %-22s %s\n", "at", "place_id", "name", "from", "to", "evidence");
        for (const auto& c : changes) {
            const core::Place* p = in->place(c.placeId);
            auto side = [](core::ControlStatus s, std::string_view actor) {
                return s == core::ControlStatus::Held ? std::string(actor)
                                                      : std::string(core::nameOf(s)) + (actor.empty() ? "" : "(" + std::string(actor) + ")");
            };
            std::printf("%-20s %s %s %s %s %zu\n", core::formatIso8601(c.at).c_str(), cli::column(c.placeId, 24).c_str(),
                        cli::column(p ? p->name : "", 28).c_str(), cli::column(side(c.fromStatus, c.fromActor), 22).c_str(),
                        cli::column(side(c.toStatus, c.toActor), 22).c_str(), c.evidence.size());
        }
    } else {
        for (const auto& c : changes)
            std::cout << cli::dumpLine(changeJson(*in, c)) << '\n';
    }
    std::cout.flush();
    return status;
}

const sitrep::cli::RegisterCommand reg{{"changes", "changes of control between two instants, under a source lens", &run}};

} // namespace
