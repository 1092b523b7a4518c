#pragma once
// Scenario loader: reads a scenario folder (scenario.json, actors.csv, baseline.geojson,
// timeline.csv; docs/formats.md) into actors and analyst claims the ControlEngine takes as they
// are. The baseline becomes one `controls` claim per settlement of the scenario's country, from
// the smallest area containing it; timeline rows become dated claims on gazetteer places.
// Bad rows and features are reported with file:line (or feature index) and skipped; the rest
// loads.
#include "core/actorregistry.h"
#include "core/claim.h"
#include "core/error.h"
#include "core/gazetteer.h"
#include "core/instant.h"
#include "core/polygon.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace sitrep::geo {

// A timeline row that could not be placed on any place; kept for review, not turned into a claim.
struct UnresolvedRow {
    std::string file;
    std::size_t line = 0;
    std::string place;   // the name as written
    std::string message; // why
};

// One control area of baseline.geojson.
struct BaselineArea {
    std::string id;
    std::string actor;
    std::string source;
    std::string note;
    core::Instant asOf = 0;
    core::MultiPolygon geometry;
};

struct Scenario {
    std::string dir;
    std::string id;
    std::string title;
    core::Instant start = 0;
    core::Instant end = 0;
    std::string defaultActor;
    std::string country;                 // ISO 3166-1 alpha-2
    std::string articlesDir;             // the scenario's seed articles (read by the text pipeline)

    core::ActorRegistry actors;
    std::vector<BaselineArea> areas;
    std::vector<core::Claim> claims;     // baseline first, then the timeline in file order
    // Places timeline rows named that the gazetteer lacks (id "tl:<slug>", at the row's point);
    // add them to the gazetteer or engine alongside the claims that refer to them.
    std::vector<core::Place> addedPlaces;
    std::vector<core::Error> warnings;   // every problem, with file:line or feature index
    std::vector<UnresolvedRow> unresolved;
};

// Fails only when scenario.json cannot be read or is not a JSON object; every other problem
// is a warning and the rest of the scenario loads.
[[nodiscard]] core::Result<Scenario> loadScenario(const std::string& dir, const core::Gazetteer& gazetteer);

// The bundled scenario's folder.
[[nodiscard]] inline std::string defaultScenarioDir()
{
    return SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12";
}

// The area holding `p` at the start: the smallest containing one (on a tie the later in the
// file); nothing when no area contains it (then the scenario's default actor holds it).
[[nodiscard]] std::optional<std::size_t> baselineAreaAt(const Scenario& scenario, core::GeoPoint p);
// The baseline `controls` claim for a place (analyst provenance, dated at the area's as_of);
// nothing when neither an area nor a default actor covers it.
[[nodiscard]] std::optional<core::Claim> baselineClaim(const Scenario& scenario, const core::Place& place);

// Pieces of loadScenario, exposed for tests and for tools that read one file.
void loadActors(const std::string& path, Scenario& out);
void loadBaseline(const std::string& path, const core::Gazetteer& gazetteer, Scenario& out);
void loadTimeline(const std::string& path, const core::Gazetteer& gazetteer, Scenario& out);

} // namespace sitrep::geo
