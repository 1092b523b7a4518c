#include "exportgeojsonstream.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace sitrep::geo {

namespace {
constexpr std::size_t kFlushAt = 1 << 20;

double round6(double v)
{
    const double r = std::round(v * 1e6) / 1e6;
    return r == 0.0 ? 0.0 : r; // no "-0"
}

std::vector<LonLat> rounded(const std::vector<LonLat>& in)
{
    std::vector<LonLat> out;
    out.reserve(in.size());
    for (const auto& p : in) {
        const LonLat q{round6(p.lon), round6(p.lat)};
        if (out.empty() || !(out.back() == q))
            out.push_back(q);
    }
    return out;
}
} // namespace

GeoJsonStream::GeoJsonStream(ExportFile& file)
    : m_file(file)
{
    m_buf.reserve(kFlushAt + 4096);
}

void GeoJsonStream::maybeFlush()
{
    if (m_buf.size() >= kFlushAt) {
        m_file.write(m_buf);
        m_buf.clear();
    }
}

void GeoJsonStream::beginCollection()
{
    m_buf += R"({"type":"FeatureCollection","features":[)";
    m_firstFeature = true;
}

void GeoJsonStream::endCollection()
{
    m_buf += "\n]}\n";
    m_file.write(m_buf);
    m_buf.clear();
}

void GeoJsonStream::beginFeature()
{
    m_buf += m_firstFeature ? "\n" : ",\n";
    m_firstFeature = false;
    m_buf += R"({"type":"Feature","geometry":)";
}

void GeoJsonStream::endFeature()
{
    if (!m_inProperties)
        m_buf += R"(,"properties":{)";
    m_buf += "}}";
    m_inProperties = false;
    maybeFlush();
}

void GeoJsonStream::appendNumber(std::string& out, double v, int decimals)
{
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    char* end = res.ptr;
    if (std::find(buf, end, '.') != end) {
        while (end > buf && end[-1] == '0')
            --end;
        if (end > buf && end[-1] == '.')
            --end;
    }
    std::string_view text(buf, static_cast<std::size_t>(end - buf));
    if (text == "-0")
        text = "0";
    out += text;
}

void GeoJsonStream::appendString(std::string& out, std::string_view s)
{
    out += '"';
    for (const char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void GeoJsonStream::point(LonLat p)
{
    m_buf += R"({"type":"Point","coordinates":[)";
    appendNumber(m_buf, round6(p.lon));
    m_buf += ',';
    appendNumber(m_buf, round6(p.lat));
    m_buf += "]}";
}

void GeoJsonStream::nullGeometry()
{
    m_buf += "null";
}

void GeoJsonStream::lines(const MultiLineString& lines)
{
    std::vector<std::vector<LonLat>> kept;
    for (const auto& l : lines) {
        auto r = rounded(l);
        if (r.size() >= 2)
            kept.push_back(std::move(r));
    }
    if (kept.empty()) {
        nullGeometry();
        return;
    }
    m_buf += R"({"type":"MultiLineString","coordinates":[)";
    for (std::size_t i = 0; i < kept.size(); ++i) {
        m_buf += i ? ",[" : "[";
        for (std::size_t j = 0; j < kept[i].size(); ++j) {
            m_buf += j ? ",[" : "[";
            appendNumber(m_buf, kept[i][j].lon);
            m_buf += ',';
            appendNumber(m_buf, kept[i][j].lat);
            m_buf += ']';
        }
        m_buf += ']';
    }
    m_buf += "]}";
}

void GeoJsonStream::ring(std::vector<LonLat>& pts, bool counterClockwise)
{
    if ((signedArea(pts) > 0) != counterClockwise)
        std::reverse(pts.begin(), pts.end());
    m_buf += '[';
    for (std::size_t j = 0; j < pts.size(); ++j) {
        m_buf += j ? ",[" : "[";
        appendNumber(m_buf, pts[j].lon);
        m_buf += ',';
        appendNumber(m_buf, pts[j].lat);
        m_buf += ']';
    }
    m_buf += ']';
}

void GeoJsonStream::polygons(const MultiPolygon& polygons)
{
    // Round first, then orient: the winding the validators see is that of the written numbers.
    std::vector<std::vector<std::vector<LonLat>>> kept;
    for (const auto& p : polygons) {
        std::vector<std::vector<LonLat>> rings;
        for (std::size_t i = 0; i < p.rings.size(); ++i) {
            auto r = rounded(p.rings[i]);
            if (!r.empty() && !(r.front() == r.back()))
                r.push_back(r.front());
            if (r.size() < 4 || signedArea(r) == 0.0) {
                if (i == 0)
                    break; // the outer ring vanished: drop the polygon
                continue;
            }
            rings.push_back(std::move(r));
        }
        if (!rings.empty())
            kept.push_back(std::move(rings));
    }
    if (kept.empty()) {
        nullGeometry();
        return;
    }
    m_buf += R"({"type":"MultiPolygon","coordinates":[)";
    for (std::size_t i = 0; i < kept.size(); ++i) {
        m_buf += i ? ",[" : "[";
        for (std::size_t r = 0; r < kept[i].size(); ++r) {
            if (r)
                m_buf += ',';
            ring(kept[i][r], r == 0);
        }
        m_buf += ']';
        maybeFlush();
    }
    m_buf += "]}";
}

void GeoJsonStream::key(std::string_view k)
{
    if (!m_inProperties) {
        m_buf += R"(,"properties":{)";
        m_inProperties = true;
        m_firstProperty = true;
    }
    if (!m_firstProperty)
        m_buf += ',';
    m_firstProperty = false;
    appendString(m_buf, k);
    m_buf += ':';
}

void GeoJsonStream::property(std::string_view k, std::string_view value)
{
    key(k);
    appendString(m_buf, value);
}

void GeoJsonStream::property(std::string_view k, double value)
{
    key(k);
    if (std::isfinite(value))
        appendNumber(m_buf, value, 4);
    else
        m_buf += "null";
}

void GeoJsonStream::property(std::string_view k, long long value)
{
    key(k);
    m_buf += std::to_string(value);
}

void GeoJsonStream::property(std::string_view k, bool value)
{
    key(k);
    m_buf += value ? "true" : "false";
}

void GeoJsonStream::property(std::string_view k, const std::vector<std::string>& values)
{
    key(k);
    m_buf += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            m_buf += ',';
        appendString(m_buf, values[i]);
    }
    m_buf += ']';
}

void GeoJsonStream::instantProperty(std::string_view k, std::optional<core::Instant> t)
{
    if (t)
        property(k, std::string_view(core::formatIso8601(*t)));
    else
        nullProperty(k);
}

void GeoJsonStream::nullProperty(std::string_view k)
{
    key(k);
    m_buf += "null";
}

void GeoJsonStream::rawProperty(std::string_view k, std::string_view json)
{
    key(k);
    m_buf += json;
}

} // namespace sitrep::geo
