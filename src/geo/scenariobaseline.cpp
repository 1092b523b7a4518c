// baseline.geojson: control areas at the scenario start, turned into one claim per settlement.
#include "scenarioloader.h"

#include "scenariocsv.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace sitrep::geo {

namespace {

using nlohmann::json;

// Reads [[lon, lat], …] into a ring; fails with a message when a position is not two numbers.
std::optional<core::Ring> readRing(const json& coords, std::string& problem)
{
    if (!coords.is_array()) {
        problem = "a ring is not an array of positions";
        return std::nullopt;
    }
    core::Ring ring;
    for (const json& pos : coords) {
        if (!pos.is_array() || pos.size() < 2 || !pos[0].is_number() || !pos[1].is_number()) {
            problem = "a position is not [longitude, latitude]";
            return std::nullopt;
        }
        const double lon = pos[0].get<double>();
        const double lat = pos[1].get<double>();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            problem = "a position lies outside longitude −180…180 / latitude −90…90";
            return std::nullopt;
        }
        ring.push_back({lat, lon});
    }
    if (ring.size() < 4) {
        problem = "a ring has fewer than four positions";
        return std::nullopt;
    }
    return ring;
}

std::optional<core::Polygon> readPolygon(const json& rings, std::string& problem)
{
    if (!rings.is_array() || rings.empty()) {
        problem = "a polygon has no rings";
        return std::nullopt;
    }
    core::Polygon polygon;
    for (std::size_t i = 0; i < rings.size(); ++i) {
        auto ring = readRing(rings[i], problem);
        if (!ring)
            return std::nullopt;
        if (i == 0)
            polygon.outer = std::move(*ring);
        else
            polygon.holes.push_back(std::move(*ring));
    }
    return polygon;
}

std::optional<core::MultiPolygon> readGeometry(const json& g, std::string& problem)
{
    if (!g.is_object() || !g.contains("type") || !g.contains("coordinates")) {
        problem = "no geometry";
        return std::nullopt;
    }
    const std::string type = g["type"].is_string() ? g["type"].get<std::string>() : "";
    core::MultiPolygon area;
    if (type == "Polygon") {
        auto p = readPolygon(g["coordinates"], problem);
        if (!p)
            return std::nullopt;
        area.push_back(std::move(*p));
    } else if (type == "MultiPolygon") {
        if (!g["coordinates"].is_array()) {
            problem = "MultiPolygon coordinates are not an array";
            return std::nullopt;
        }
        for (const json& rings : g["coordinates"]) {
            auto p = readPolygon(rings, problem);
            if (!p)
                return std::nullopt;
            area.push_back(std::move(*p));
        }
    } else {
        problem = "geometry type '" + type + "' is not Polygon or MultiPolygon";
        return std::nullopt;
    }
    return area;
}

std::string property(const json& props, const char* key)
{
    auto it = props.find(key);
    return it != props.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

struct Box {
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    [[nodiscard]] bool contains(core::GeoPoint p) const
    {
        return p.lat >= minLat && p.lat <= maxLat && p.lon >= minLon && p.lon <= maxLon;
    }
};

Box boxOf(const core::MultiPolygon& area)
{
    Box b;
    for (const auto& polygon : area)
        for (const auto& pt : polygon.outer) {
            b.minLat = std::min(b.minLat, pt.lat);
            b.maxLat = std::max(b.maxLat, pt.lat);
            b.minLon = std::min(b.minLon, pt.lon);
            b.maxLon = std::max(b.maxLon, pt.lon);
        }
    return b;
}

} // namespace

std::optional<std::size_t> baselineAreaAt(const Scenario& scenario, core::GeoPoint p)
{
    std::optional<std::size_t> best;
    double bestArea = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < scenario.areas.size(); ++i) {
        const auto& area = scenario.areas[i].geometry;
        if (!boxOf(area).contains(p) || !core::contains(area, p))
            continue;
        const double size = core::planarArea(area);
        if (size <= bestArea) { // `<=`: on a tie the later feature wins
            bestArea = size;
            best = i;
        }
    }
    return best;
}

std::optional<core::Claim> baselineClaim(const Scenario& scenario, const core::Place& place)
{
    core::Claim c;
    c.placeId = place.id;
    c.kind = core::ClaimKind::Controls;
    c.baseline = true;
    c.time.from = scenario.start;
    c.time.precision = core::TimePrecision::Minute;
    c.source.side = core::SpeakerSide::Analyst;
    c.source.speaker = "scenario baseline";
    if (const auto i = baselineAreaAt(scenario, place.point)) {
        const BaselineArea& area = scenario.areas[*i];
        c.actor = area.actor;
        c.time.from = area.asOf;
        c.source.outlet = area.source;
        c.source.sentence = area.note;
        c.regionId = area.id;
    } else if (!scenario.defaultActor.empty()) {
        c.actor = scenario.defaultActor;
        c.source.outlet = "scenario default";
        c.source.sentence = "No baseline area covers this place: it starts with the scenario's default actor.";
        c.regionId = "default";
    } else {
        return std::nullopt;
    }
    c.source.file = scenario.dir + "/baseline.geojson";
    c.id = "baseline:" + place.id;
    c.time.to = c.time.from;
    return c;
}

void loadBaseline(const std::string& path, const core::Gazetteer& gazetteer, Scenario& out)
{
    auto text = readTextFile(path);
    json doc;
    if (!text) {
        out.warnings.push_back(text.error());
    } else {
        try {
            doc = json::parse(*text);
        } catch (const json::parse_error& e) {
            const std::size_t byte = std::min<std::size_t>(e.byte, text->size());
            const auto line = 1 + std::count(text->begin(), text->begin() + static_cast<std::ptrdiff_t>(byte), '\n');
            out.warnings.push_back({std::string("not valid JSON: ") + e.what() + "; no baseline area loaded",
                                    path + ":" + std::to_string(line)});
        }
    }
    if (text && !doc.is_null() && (!doc.is_object() || !doc.contains("features") || !doc["features"].is_array()))
        out.warnings.push_back({"not a GeoJSON FeatureCollection; no baseline area loaded", path});
    const json features = doc.is_object() && doc.contains("features") && doc["features"].is_array() ? doc["features"]
                                                                                                  : json::array();
    for (std::size_t i = 0; i < features.size(); ++i) {
        const json& f = features[i];
        const json props = f.is_object() && f.contains("properties") && f["properties"].is_object() ? f["properties"]
                                                                                                   : json::object();
        BaselineArea area;
        area.id = property(props, "id");
        const std::string where = path + " feature " + std::to_string(i) + (area.id.empty() ? "" : " (" + area.id + ")");
        area.actor = property(props, "actor");
        area.source = property(props, "source");
        area.note = property(props, "note");
        if (!out.actors.contains(area.actor)) {
            out.warnings.push_back({"unknown actor '" + area.actor + "'; area skipped", where});
            continue;
        }
        const std::string asOf = property(props, "as_of");
        if (auto t = core::parseIso8601(asOf)) {
            area.asOf = *t;
        } else {
            area.asOf = out.start;
            out.warnings.push_back({"as_of '" + asOf + "' is not an ISO 8601 instant; the scenario start is used", where});
        }
        std::string problem;
        auto geometry = readGeometry(f.is_object() && f.contains("geometry") ? f["geometry"] : json(), problem);
        if (!geometry) {
            out.warnings.push_back({problem + "; area skipped", where});
            continue;
        }
        area.geometry = std::move(*geometry);
        out.areas.push_back(std::move(area));
    }
    for (const core::Place& place : gazetteer.places()) {
        if (!core::isSettlementLike(place.kind) || (!out.country.empty() && place.country != out.country))
            continue;
        if (auto c = baselineClaim(out, place)) {
            c->source.file = path;
            out.claims.push_back(std::move(*c));
        }
    }
}

} // namespace sitrep::geo
