// CSV export of the claims heard under a lens, in ACLED-like columns so analysts can load it
// next to ACLED data: one row per claim, RFC 4180 quoting.
#include "export.h"

#include "exportgeojsonstream.h"

namespace sitrep::geo {

namespace {

void cell(std::string& out, std::string_view s)
{
    const bool quote = s.find_first_of(",\"\n\r") != std::string_view::npos;
    if (!quote) {
        out += s;
        return;
    }
    out += '"';
    for (const char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// ACLED: 1 = the day is known, 2 = the week, 3 = the month or worse.
int timePrecisionCode(core::TimePrecision p)
{
    switch (p) {
    case core::TimePrecision::Minute:
    case core::TimePrecision::Hour:
    case core::TimePrecision::PartOfDay:
    case core::TimePrecision::Day: return 1;
    case core::TimePrecision::Week: return 2;
    case core::TimePrecision::Unknown: break;
    }
    return 3;
}

// ACLED: 1 = the named town itself, 2 = near it or part of a region, 3 = a province.
int geoPrecisionCode(const ExportClaim& c)
{
    if (c.region || !c.place)
        return 3;
    return core::isSettlementLike(c.place->kind) ? 1 : 2;
}

} // namespace

core::Result<void> writeClaimsCsv(const ExportSnapshot& s, const ExportContext& ctx, const std::string& path)
{
    auto file = ExportFile::create(path);
    if (!file)
        return std::unexpected(file.error());
    std::string out = "event_date,time_precision,geo_precision,actor,place,lat,lon,source,notes,claim_id,kind,url\n";
    for (const auto& c : s.claims) {
        const auto& claim = *c.claim;
        const auto pos = claimPosition(c);
        out += claim.time.from ? core::formatIso8601(*claim.time.from).substr(0, 10) : std::string();
        out += ',' + std::to_string(timePrecisionCode(claim.time.precision));
        out += ',' + std::to_string(geoPrecisionCode(c)) + ',';
        const auto* actor = ctx.actor(claim.actor);
        cell(out, actor ? std::string_view(actor->name) : std::string_view(claim.actor));
        out += ',';
        cell(out, c.place ? std::string_view(c.place->name) : std::string_view(claim.placeId));
        out += ',';
        if (pos) {
            GeoJsonStream::appendNumber(out, pos->lat);
            out += ',';
            GeoJsonStream::appendNumber(out, pos->lon);
        } else {
            out += ',';
        }
        out += ',';
        cell(out, claim.source.outlet);
        out += ',';
        std::string notes = std::string(core::nameOf(claim.kind));
        if (claim.stance == core::Stance::Denies)
            notes = "denied: " + notes;
        if (!claim.source.speaker.empty())
            notes += " (" + claim.source.speaker + ")";
        if (!claim.source.sentence.empty())
            notes += ": " + claim.source.sentence;
        cell(out, notes);
        out += ',';
        cell(out, claim.id);
        out += ',';
        cell(out, core::nameOf(claim.kind));
        out += ',';
        cell(out, claim.source.url);
        out += '\n';
        if (out.size() > (1U << 20)) {
            file->write(out);
            out.clear();
        }
    }
    file->write(out);
    return file->commit();
}

} // namespace sitrep::geo
