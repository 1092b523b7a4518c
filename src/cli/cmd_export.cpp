// `sitrep export`: a snapshot of who holds what at an instant under a lens, as GeoJSON,
// GeoPackage, KML (a run of snapshots with TimeSpans) or a CSV of claims.
#include "command.h"
#include "engineinput.h"
#include "options.h"

#include "core/instant.h"
#include "core/lens.h"
#include "geo/export.h"
#include "geo/exportfile.h"

#include <iostream>
#include <optional>

namespace {

using sitrep::cli::kInputError;
using sitrep::cli::kOk;
using sitrep::cli::kUsage;
namespace core = sitrep::core;
namespace geo = sitrep::geo;

constexpr const char* kUsageText =
    "usage: sitrep export --at ISO --lens LENS --format geojson|gpkg|kml|csv -o OUT\n"
    "                     [--from ISO --to ISO] [--gazetteer GPKG] [--workspace WS] [SCENARIO_DIR]\n\n"
    "Writes the control map at --at under LENS: control areas, front lines, places and the\n"
    "claims heard so far, each with its sources.\n"
    "  geojson  RFC 7946 FeatureCollection (property `kind`: area, front_line, place, claim)\n"
    "  gpkg     GeoPackage, layers areas, front_lines, places, claims\n"
    "  kml      KML, one folder per change between --from and --to (default: --at to the end of\n"
    "           the data), every feature with a TimeSpan for Google Earth's time slider\n"
    "  csv      the claims, ACLED-like columns\n"
    "LENS: latest, consensus, outlet:NAME, side:opposition|government|independent, contested.\n"
    "SCENARIO_DIR defaults to the bundled scenario; GPKG to geodata/levant.gpkg.\n"
    "%WORKSPACE%"
    "The file is written beside OUT under a temporary name and renamed when complete.\n"
    "Exit status: 0 ok, 1 the data could not be read or written, 2 usage (bad option, format,\n"
    "lens, instant outside the data, output folder missing or not writable).\n";

std::string usageText()
{
    std::string text = kUsageText;
    text.replace(text.find("%WORKSPACE%"), 11, sitrep::cli::kWorkspaceHelp);
    return text;
}

int usage(const std::string& message)
{
    std::cerr << "sitrep export: " << message << "\n\n" << usageText();
    return kUsage;
}

} // namespace

namespace {

int run(std::span<const std::string> args)
{
    std::optional<std::string> atText, lensText, formatText, output, fromText, toText;
    std::string gpkg = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    std::string scenarioDir = geo::defaultScenarioDir();
    bool scenarioGiven = false;
    std::string workspace;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::optional<std::string>& target) {
            if (i + 1 >= args.size())
                return false;
            target = args[++i];
            return true;
        };
        if (a == "--help" || a == "-h") {
            std::cout << usageText();
            return kOk;
        }
        bool ok = true;
        if (a == "--at")
            ok = value(atText);
        else if (a == "--lens")
            ok = value(lensText);
        else if (a == "--format")
            ok = value(formatText);
        else if (a == "-o" || a == "--output")
            ok = value(output);
        else if (a == "--from")
            ok = value(fromText);
        else if (a == "--to")
            ok = value(toText);
        else if (a == "--workspace") {
            std::optional<std::string> w;
            ok = value(w) && !w->empty();
            if (w)
                workspace = *w;
        } else if (a == "--gazetteer") {
            std::optional<std::string> g;
            ok = value(g);
            if (g)
                gpkg = *g;
        } else if (!a.empty() && a[0] == '-')
            return usage("unknown option " + a);
        else if (scenarioGiven)
            return usage("only one scenario folder, got " + scenarioDir + " and " + a);
        else {
            scenarioDir = a;
            scenarioGiven = true;
        }
        if (!ok)
            return usage(a + " needs a value");
    }
    if (!atText || !lensText || !formatText || !output)
        return usage("--at, --lens, --format and -o are required");
    const auto format = geo::exportFormatFromString(*formatText);
    if (!format)
        return usage("unknown format '" + *formatText + "' (geojson, gpkg, kml or csv)");
    auto lens = core::Lens::parse(*lensText);
    if (!lens)
        return usage(lens.error().message);
    std::string error;
    const auto at = sitrep::cli::instantOption("--at", *atText, true, error);
    std::optional<core::Instant> from, to;
    if (at && fromText)
        from = sitrep::cli::instantOption("--from", *fromText, false, error);
    if (at && toText)
        to = sitrep::cli::instantOption("--to", *toText, true, error);
    if (!error.empty())
        return usage(error);
    if ((fromText || toText) && *format != geo::ExportFormat::Kml)
        return usage("--from and --to apply to the kml format only");
    // Try the output folder before any loading: a bad path fails in milliseconds, leaving nothing.
    if (auto probe = geo::ExportFile::create(*output); !probe)
        return usage(probe.error().toString());

    auto session = sitrep::cli::ExportInput::open(gpkg, scenarioDir, workspace, "sitrep export");
    if (!session) {
        std::cerr << "sitrep export: " << session.error().toString() << '\n';
        return kInputError;
    }
    auto& s = **session;
    for (const std::optional<core::Instant>& t : {at, from, to})
        if (t && !s.covers(*t))
            return usage("the instant " + core::formatIso8601(*t) + " is outside the data ("
                         + sitrep::cli::rangeText(s.span()) + ")");
    if (from && to && *from > *to)
        return usage("--from is after --to");

    core::Result<void> written;
    const auto ctx = s.context();
    if (*format == geo::ExportFormat::Kml) {
        const core::Instant start = from.value_or(*at);
        const core::Instant end = to.value_or(s.span().second);
        auto run = s.run(start, std::max(start, end), *lens);
        if (!run) {
            std::cerr << "sitrep export: " << run.error().toString() << '\n';
            return kInputError;
        }
        written = geo::writeKml(*run, ctx, *output);
    } else {
        auto snapshot = s.snapshot(*at, *lens);
        if (!snapshot) {
            std::cerr << "sitrep export: " << snapshot.error().toString() << '\n';
            return kInputError;
        }
        switch (*format) {
        case geo::ExportFormat::GeoJson: written = geo::writeGeoJson(*snapshot, ctx, *output); break;
        case geo::ExportFormat::GeoPackage: written = geo::writeGeoPackage(*snapshot, ctx, *output); break;
        case geo::ExportFormat::Csv: written = geo::writeClaimsCsv(*snapshot, ctx, *output); break;
        case geo::ExportFormat::Kml: break;
        }
    }
    if (!written) {
        std::cerr << "sitrep export: " << written.error().toString() << '\n';
        return kInputError;
    }
    const auto& warnings = s.builder().warnings();
    for (std::size_t i = 0; i < warnings.size() && i < 3; ++i)
        std::cerr << "sitrep export: warning: " << warnings[i] << '\n';
    if (warnings.size() > 3)
        std::cerr << "sitrep export: … and " << warnings.size() - 3 << " more territory warnings\n";
    std::cerr << "sitrep export: wrote " << *output << '\n';
    return kOk;
}

const sitrep::cli::RegisterCommand registered{
    {"export", "write a snapshot as GeoJSON, GeoPackage, KML (with time spans) or CSV", run}};

} // namespace
