// KML export of a run of snapshots: every Placemark carries a TimeSpan, so Google Earth's time
// slider replays the run; areas are styled in their actor's colour.
#include "export.h"

#include "exportgeojsonstream.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace sitrep::geo {

namespace {

void xml(std::string& out, std::string_view s)
{
    for (const char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t')
                out += c;
        }
    }
}

std::string styleId(std::string_view actor)
{
    if (actor.empty())
        return "unknown";
    std::string id = "actor-";
    for (const char c : actor)
        id += std::isalnum(static_cast<unsigned char>(c)) || c == '-' ? c : '_';
    return id;
}

// KML colours are aabbggrr.
std::string kmlColour(std::uint32_t rgb, unsigned alpha)
{
    char buf[9];
    std::snprintf(buf, sizeof buf, "%02x%02x%02x%02x", alpha & 0xFFU, rgb & 0xFFU, (rgb >> 8) & 0xFFU, (rgb >> 16) & 0xFFU);
    return buf;
}

void style(std::string& out, const std::string& id, std::uint32_t rgb, unsigned fillAlpha, double width)
{
    out += "<Style id=\"" + id + "\"><IconStyle><color>" + kmlColour(rgb, 0xFF)
        + "</color><scale>0.6</scale></IconStyle><LineStyle><color>" + kmlColour(rgb, 0xFF) + "</color><width>";
    GeoJsonStream::appendNumber(out, width, 1);
    out += "</width></LineStyle><PolyStyle><color>" + kmlColour(rgb, fillAlpha) + "</color></PolyStyle></Style>\n";
}

void coordinates(std::string& out, const std::vector<LonLat>& pts)
{
    out += "<coordinates>";
    for (std::size_t i = 0; i < pts.size(); ++i) {
        if (i)
            out += ' ';
        GeoJsonStream::appendNumber(out, pts[i].lon);
        out += ',';
        GeoJsonStream::appendNumber(out, pts[i].lat);
    }
    out += "</coordinates>";
}

std::vector<LonLat> roundedRing(const Ring& r, bool ccw)
{
    std::vector<LonLat> out;
    for (const auto& p : r) {
        const LonLat q{std::round(p.lon * 1e6) / 1e6, std::round(p.lat * 1e6) / 1e6};
        if (out.empty() || !(out.back() == q))
            out.push_back(q);
    }
    if (!out.empty() && !(out.front() == out.back()))
        out.push_back(out.front());
    if ((signedArea(out) > 0) != ccw)
        std::reverse(out.begin(), out.end());
    return out;
}

void polygons(std::string& out, const MultiPolygon& mp)
{
    out += "<MultiGeometry>";
    for (const auto& p : mp) {
        if (p.rings.empty())
            continue;
        auto outer = roundedRing(p.rings.front(), true);
        if (outer.size() < 4)
            continue;
        out += "<Polygon><outerBoundaryIs><LinearRing>";
        coordinates(out, outer);
        out += "</LinearRing></outerBoundaryIs>";
        for (std::size_t i = 1; i < p.rings.size(); ++i) {
            auto hole = roundedRing(p.rings[i], false);
            if (hole.size() < 4)
                continue;
            out += "<innerBoundaryIs><LinearRing>";
            coordinates(out, hole);
            out += "</LinearRing></innerBoundaryIs>";
        }
        out += "</Polygon>";
    }
    out += "</MultiGeometry>";
}

void lines(std::string& out, const MultiLineString& ml)
{
    out += "<MultiGeometry>";
    for (const auto& l : ml) {
        out += "<LineString><tessellate>1</tessellate>";
        coordinates(out, l);
        out += "</LineString>";
    }
    out += "</MultiGeometry>";
}

struct Placemark {
    std::string& out;
    void begin(std::string_view name, core::Instant from, core::Instant until, std::string_view styleUrl)
    {
        out += "<Placemark><name>";
        xml(out, name);
        out += "</name><TimeSpan><begin>" + core::formatIso8601(from) + "</begin><end>"
            + core::formatIso8601(until) + "</end></TimeSpan><styleUrl>#";
        out += styleUrl;
        out += "</styleUrl><ExtendedData>";
    }
    void data(std::string_view key, std::string_view value)
    {
        out += "<Data name=\"";
        out += key;
        out += "\"><value>";
        xml(out, value);
        out += "</value></Data>";
    }
    void endData() { out += "</ExtendedData>"; }
    void end() { out += "</Placemark>\n"; }
};

std::string number(double v)
{
    std::string s;
    GeoJsonStream::appendNumber(s, v, 4);
    return s;
}

} // namespace

core::Result<void> writeKml(std::span<const ExportSnapshot> run, const ExportContext& ctx, const std::string& path)
{
    if (run.empty())
        return core::fail("nothing to export: no snapshot in the range", path);
    auto file = ExportFile::create(path);
    if (!file)
        return std::unexpected(file.error());
    const core::Instant runEnd = run.back().until.value_or(run.back().at);
    std::string out;
    out.reserve(1 << 20);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document><name>";
    xml(out, ctx.title);
    out += "</name>\n";
    std::set<std::string> actors;
    for (const auto& s : run)
        for (const auto& a : s.territory.areas)
            actors.insert(a.actor);
    for (const auto& a : actors) {
        const auto* actor = ctx.actor(a);
        style(out, styleId(a), a.empty() ? 0xBBBBBBU : (actor ? actor->colour : 0x808080U), a.empty() ? 0x40 : 0x80, 1.0);
    }
    style(out, "contested", 0xFF8800U, 0x80, 1.5);
    style(out, "front", 0xE00000U, 0xFF, 3.0);
    style(out, "claim", 0x333333U, 0xFF, 1.0);

    for (const auto& s : run) {
        const core::Instant from = s.at, until = s.until.value_or(s.at);
        out += "<Folder><name>" + core::formatIso8601(s.at) + " (";
        xml(out, s.lens);
        out += ")</name>\n";
        Placemark pm{out};
        for (const auto& a : s.territory.areas) {
            const std::string name = a.status == ControlStatus::Contested ? "contested" : a.actor.empty() ? "unknown" : a.actor;
            pm.begin(name, from, until, a.status == ControlStatus::Contested ? "contested" : styleId(a.actor));
            pm.data("kind", "area");
            pm.data("status", controlStatusName(a.status));
            pm.data("actor", a.actor);
            std::string parties;
            for (const auto& p : a.parties)
                parties += (parties.empty() ? "" : "|") + p;
            pm.data("parties", parties);
            pm.data("since", a.since ? core::formatIso8601(*a.since) : "");
            pm.data("confidence", number(a.confidence));
            pm.data("lens", s.lens);
            pm.data("snapshot_at", core::formatIso8601(s.at));
            pm.data("sources", sourcesJson(a.claimIds, s));
            pm.endData();
            polygons(out, *a.geometry);
            pm.end();
        }
        for (const auto& f : s.territory.frontLines) {
            pm.begin(f.actorA + " / " + f.actorB, from, until, "front");
            pm.data("kind", "front_line");
            pm.data("actors", f.actorA + "|" + f.actorB);
            pm.data("length_km", number(f.lengthKm));
            pm.data("lens", s.lens);
            pm.data("snapshot_at", core::formatIso8601(s.at));
            pm.endData();
            lines(out, *f.geometry);
            pm.end();
        }
        for (const auto& p : s.places) {
            pm.begin(p.place->name, from, until, p.state.actor.empty() ? styleId("") : styleId(p.state.actor));
            pm.data("kind", "place");
            pm.data("id", p.place->id);
            pm.data("status", controlStatusName(p.state.status));
            pm.data("actor", p.state.actor);
            pm.data("since", p.state.since ? core::formatIso8601(*p.state.since) : "");
            pm.data("confidence", number(p.state.confidence));
            pm.data("lens", s.lens);
            pm.data("snapshot_at", core::formatIso8601(s.at));
            pm.data("sources", sourcesJson(p.state.claimIds, s));
            pm.endData();
            out += "<Point><coordinates>";
            GeoJsonStream::appendNumber(out, p.place->point.lon);
            out += ',';
            GeoJsonStream::appendNumber(out, p.place->point.lat);
            out += "</coordinates></Point>";
            pm.end();
            if (out.size() > (1U << 20)) {
                file->write(out);
                out.clear();
            }
        }
        out += "</Folder>\n";
        file->write(out);
        out.clear();
    }
    // Claims once, each shown from its own time to the end of the run.
    out += "<Folder><name>claims</name>\n";
    Placemark pm{out};
    for (const auto& c : run.back().claims) {
        const auto pos = claimPosition(c);
        if (!pos)
            continue;
        const auto& claim = *c.claim;
        const core::Instant from = std::min(claim.time.from.value_or(run.front().at), runEnd);
        pm.begin(std::string(core::nameOf(claim.kind)) + ": " + (c.place ? c.place->name : claim.placeId), from, runEnd, "claim");
        pm.data("kind", "claim");
        pm.data("id", claim.id);
        pm.data("status", core::nameOf(claim.kind));
        pm.data("stance", core::nameOf(claim.stance));
        pm.data("actor", claim.actor);
        pm.data("since", claim.time.from ? core::formatIso8601(*claim.time.from) : "");
        pm.data("confidence", number(claim.confidence));
        pm.data("lens", run.back().lens);
        pm.data("sources", sourcesJson(claim));
        pm.endData();
        out += "<Point><coordinates>";
        GeoJsonStream::appendNumber(out, pos->lon);
        out += ',';
        GeoJsonStream::appendNumber(out, pos->lat);
        out += "</coordinates></Point>";
        pm.end();
    }
    out += "</Folder>\n</Document>\n</kml>\n";
    file->write(out);
    return file->commit();
}

} // namespace sitrep::geo
