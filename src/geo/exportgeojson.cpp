// GeoJSON export of a snapshot, and the pieces of provenance every format shares.
#include "export.h"

#include "exportgeojsonstream.h"

#include <algorithm>
#include <array>

namespace sitrep::geo {

std::optional<ExportFormat> exportFormatFromString(std::string_view s)
{
    if (s == "geojson")
        return ExportFormat::GeoJson;
    if (s == "gpkg")
        return ExportFormat::GeoPackage;
    if (s == "kml")
        return ExportFormat::Kml;
    if (s == "csv")
        return ExportFormat::Csv;
    return std::nullopt;
}

std::string_view nameOf(ExportFormat f)
{
    constexpr std::array names{"geojson", "gpkg", "kml", "csv"};
    return names[static_cast<std::size_t>(f)];
}

namespace {
void appendSource(std::string& out, const core::Claim& c)
{
    const auto& p = c.source;
    out += R"({"claim":)";
    GeoJsonStream::appendString(out, c.id);
    out += R"(,"outlet":)";
    GeoJsonStream::appendString(out, p.outlet);
    out += R"(,"url":)";
    GeoJsonStream::appendString(out, p.url);
    out += R"(,"speaker":)";
    GeoJsonStream::appendString(out, p.speaker);
    out += R"(,"side":)";
    GeoJsonStream::appendString(out, core::nameOf(p.side));
    out += R"(,"sentence":)";
    GeoJsonStream::appendString(out, p.sentence);
    out += R"(,"file":)";
    GeoJsonStream::appendString(out, p.file);
    out += R"(,"span":[)";
    out += std::to_string(p.start);
    out += ',';
    out += std::to_string(p.end);
    out += "]}";
}
} // namespace

std::string sourcesJson(std::span<const std::string> claimIds, const ExportSnapshot& s)
{
    std::string out = "[";
    bool first = true;
    for (const auto& id : claimIds) {
        const auto it = s.claimsById.find(id);
        if (it == s.claimsById.end() || !it->second)
            continue;
        if (!first)
            out += ',';
        first = false;
        appendSource(out, *it->second);
    }
    out += ']';
    return out;
}

std::string sourcesJson(const core::Claim& claim)
{
    std::string out = "[";
    appendSource(out, claim);
    out += ']';
    return out;
}

std::optional<LonLat> claimPosition(const ExportClaim& c)
{
    if (c.place)
        return LonLat{c.place->point.lon, c.place->point.lat};
    if (c.region && !c.region->empty() && !c.region->front().rings.empty()) {
        // The centre of the bounding box of the largest part: good enough for a marker.
        const Polygon* biggest = &c.region->front();
        for (const auto& p : *c.region)
            if (std::abs(signedArea(p.rings.front())) > std::abs(signedArea(biggest->rings.front())))
                biggest = &p;
        double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
        for (const auto& q : biggest->rings.front()) {
            x0 = std::min(x0, q.lon);
            x1 = std::max(x1, q.lon);
            y0 = std::min(y0, q.lat);
            y1 = std::max(y1, q.lat);
        }
        return LonLat{(x0 + x1) / 2, (y0 + y1) / 2};
    }
    return std::nullopt;
}

namespace {
void common(GeoJsonStream& out, const ExportSnapshot& s, std::string_view kind)
{
    out.property("kind", kind);
    out.property("lens", s.lens);
    out.property("snapshot_at", std::string_view(core::formatIso8601(s.at)));
}
} // namespace

core::Result<void> writeGeoJson(const ExportSnapshot& s, const ExportContext&, const std::string& path)
{
    auto file = ExportFile::create(path);
    if (!file)
        return std::unexpected(file.error());
    GeoJsonStream out(*file);
    out.beginCollection();
    for (const auto& a : s.territory.areas) {
        out.beginFeature();
        out.polygons(*a.geometry);
        common(out, s, "area");
        out.property("status", controlStatusName(a.status));
        out.property("actor", a.actor);
        out.property("parties", a.parties);
        out.instantProperty("since", a.since);
        out.property("confidence", a.confidence);
        out.property("area_km2", a.areaKm2);
        out.property("places", a.placeIds);
        out.rawProperty("sources", sourcesJson(a.claimIds, s));
        out.endFeature();
    }
    for (const auto& f : s.territory.frontLines) {
        out.beginFeature();
        out.lines(*f.geometry);
        common(out, s, "front_line");
        out.property("status", "front");
        out.nullProperty("actor");
        out.property("actors", std::vector<std::string>{f.actorA, f.actorB});
        out.nullProperty("since");
        out.nullProperty("confidence");
        out.property("length_km", f.lengthKm);
        out.rawProperty("sources", "[]");
        out.endFeature();
    }
    for (const auto& p : s.places) {
        out.beginFeature();
        out.point({p.place->point.lon, p.place->point.lat});
        common(out, s, "place");
        out.property("id", p.place->id);
        out.property("name", p.place->name);
        out.property("name_ar", p.place->nameAr);
        out.property("place_kind", core::nameOf(p.place->kind));
        out.property("status", controlStatusName(p.state.status));
        out.property("actor", p.state.actor);
        out.property("parties", p.state.parties);
        out.instantProperty("since", p.state.since);
        out.property("confidence", p.state.confidence);
        out.rawProperty("sources", sourcesJson(p.state.claimIds, s));
        out.endFeature();
    }
    for (const auto& c : s.claims) {
        const auto& claim = *c.claim;
        out.beginFeature();
        if (c.region)
            out.polygons(*c.region);
        else if (c.place)
            out.point({c.place->point.lon, c.place->point.lat});
        else
            out.nullGeometry();
        common(out, s, "claim");
        out.property("id", claim.id);
        out.property("place", claim.placeId);
        out.property("place_name", c.place ? std::string_view(c.place->name) : std::string_view(claim.placeId));
        out.property("status", core::nameOf(claim.kind));
        out.property("stance", core::nameOf(claim.stance));
        out.property("actor", claim.actor);
        out.property("counterpart", claim.counterpart);
        out.instantProperty("since", claim.time.from);
        out.instantProperty("until", claim.time.to);
        out.property("time_precision", core::nameOf(claim.time.precision));
        out.property("confidence", claim.confidence);
        out.property("hedged", claim.hedged);
        out.property("baseline", claim.baseline);
        out.rawProperty("sources", sourcesJson(claim));
        out.endFeature();
    }
    out.endCollection();
    return file->commit();
}

} // namespace sitrep::geo
