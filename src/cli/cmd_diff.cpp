// `sitrep diff`: the ground that changed hands between two instants under a lens, as GeoJSON —
// "what changed between 5 and 8 December" — with the from/to actors and the places involved.
#include "command.h"
#include "engineinput.h"
#include "options.h"

#include "core/instant.h"
#include "core/lens.h"
#include "geo/export.h"
#include "geo/exportfile.h"
#include "geo/exportgeojsonstream.h"

#include <iostream>
#include <optional>

namespace {

using sitrep::cli::kInputError;
using sitrep::cli::kOk;
using sitrep::cli::kUsage;
namespace core = sitrep::core;
namespace geo = sitrep::geo;

constexpr const char* kUsageText =
    "usage: sitrep diff --from ISO --to ISO --lens LENS -o OUT.geojson [--gazetteer GPKG]\n"
    "                   [--workspace WS] [SCENARIO_DIR]\n\n"
    "Writes the areas that changed hands between --from and --to under LENS as an RFC 7946\n"
    "FeatureCollection: one feature per (from, to) pair with from_actor, from_status, to_actor,\n"
    "to_status, the places involved and the sources of the new state.\n"
    "%WORKSPACE%"
    "Exit status: 0 ok, 1 the data could not be read or written, 2 usage.\n";

std::string usageText()
{
    std::string text = kUsageText;
    text.replace(text.find("%WORKSPACE%"), 11, sitrep::cli::kWorkspaceHelp);
    return text;
}

int usage(const std::string& message)
{
    std::cerr << "sitrep diff: " << message << "\n\n" << usageText();
    return kUsage;
}

int run(std::span<const std::string> args)
{
    std::optional<std::string> fromText, toText, lensText, output;
    std::string gpkg = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    std::string scenarioDir = geo::defaultScenarioDir();
    bool scenarioGiven = false;
    std::string workspace;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << usageText();
            return kOk;
        }
        std::optional<std::string>* target = nullptr;
        std::optional<std::string> gazetteer;
        std::optional<std::string> workspaceArg;
        if (a == "--from")
            target = &fromText;
        else if (a == "--to")
            target = &toText;
        else if (a == "--lens")
            target = &lensText;
        else if (a == "-o" || a == "--output")
            target = &output;
        else if (a == "--gazetteer")
            target = &gazetteer;
        else if (a == "--workspace")
            target = &workspaceArg;
        else if (!a.empty() && a[0] == '-')
            return usage("unknown option " + a);
        else if (scenarioGiven)
            return usage("only one scenario folder, got " + scenarioDir + " and " + a);
        else {
            scenarioDir = a;
            scenarioGiven = true;
            continue;
        }
        if (i + 1 >= args.size())
            return usage(a + " needs a value");
        *target = args[++i];
        if (gazetteer)
            gpkg = *gazetteer;
        if (workspaceArg) {
            if (workspaceArg->empty())
                return usage("--workspace needs a GeoPackage path, a postgresql:// URI or none");
            workspace = *workspaceArg;
        }
    }
    if (!fromText || !toText || !lensText || !output)
        return usage("--from, --to, --lens and -o are required");
    auto lens = core::Lens::parse(*lensText);
    if (!lens)
        return usage(lens.error().message);
    std::string error;
    std::string toError;
    const auto from = sitrep::cli::instantOption("--from", *fromText, false, error);
    const auto to = sitrep::cli::instantOption("--to", *toText, true, toError);
    if (!from || !to)
        return usage(error.empty() ? toError : error);
    if (*from > *to)
        return usage("--from is after --to");
    if (auto probe = geo::ExportFile::create(*output); !probe)
        return usage(probe.error().toString());

    auto session = sitrep::cli::ExportInput::open(gpkg, scenarioDir, workspace, "sitrep diff");
    if (!session) {
        std::cerr << "sitrep diff: " << session.error().toString() << '\n';
        return kInputError;
    }
    auto& s = **session;
    for (const auto t : {*from, *to})
        if (!s.covers(t))
            return usage("the instant " + core::formatIso8601(t) + " is outside the data ("
                         + sitrep::cli::rangeText(s.span()) + ")");
    auto changes = s.changes(*from, *to, *lens);
    if (!changes) {
        std::cerr << "sitrep diff: " << changes.error().toString() << '\n';
        return kInputError;
    }
    geo::ExportSnapshot sources; // only for the claims the sources refer to
    for (const auto* c : s.heardClaims(*to, *lens))
        sources.claimsById.emplace(c->id, c);

    auto file = geo::ExportFile::create(*output);
    if (!file)
        return usage(file.error().toString());
    geo::GeoJsonStream out(*file);
    out.beginCollection();
    for (const auto& c : *changes) {
        out.beginFeature();
        out.polygons(*c.geometry);
        out.property("kind", "change");
        out.property("from_status", geo::controlStatusName(c.fromStatus));
        out.property("from_actor", c.fromActor);
        out.property("to_status", geo::controlStatusName(c.toStatus));
        out.property("to_actor", c.toActor);
        out.property("actor", c.toActor);
        out.property("status", geo::controlStatusName(c.toStatus));
        out.instantProperty("since", c.since);
        out.property("area_km2", c.areaKm2);
        out.property("places", c.placeIds);
        std::vector<std::string> names;
        for (const auto& id : c.placeIds)
            if (const auto* p = s.gazetteer().find(id))
                names.push_back(p->name);
        out.property("place_names", names);
        out.property("from", std::string_view(core::formatIso8601(*from)));
        out.property("to", std::string_view(core::formatIso8601(*to)));
        out.property("lens", std::string_view(lens->toString()));
        out.rawProperty("sources", geo::sourcesJson(c.claimIds, sources));
        out.endFeature();
    }
    out.endCollection();
    if (auto ok = file->commit(); !ok) {
        std::cerr << "sitrep diff: " << ok.error().toString() << '\n';
        return kInputError;
    }
    std::cerr << "sitrep diff: " << changes->size() << " changes of hands written to " << *output << '\n';
    return kOk;
}

const sitrep::cli::RegisterCommand registered{{"diff", "write the areas that changed hands between two instants", run}};

} // namespace
