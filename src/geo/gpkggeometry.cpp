#include "gpkggeometry.h"

#include <bit>
#include <cstring>

namespace sitrep::geo {

namespace {

constexpr int kMaxDepth = 8; // collections inside collections: real files nest two deep

class Bytes {
public:
    explicit Bytes(std::span<const std::uint8_t> data) : m_data(data) {}

    [[nodiscard]] std::size_t left() const { return m_data.size() - m_at; }
    [[nodiscard]] std::size_t at() const { return m_at; }

    bool byte(std::uint8_t& out)
    {
        if (left() < 1)
            return false;
        out = m_data[m_at++];
        return true;
    }
    bool u32(bool little, std::uint32_t& out)
    {
        if (left() < 4)
            return false;
        std::uint8_t b[4];
        std::memcpy(b, m_data.data() + m_at, 4);
        m_at += 4;
        out = little ? (std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8 | std::uint32_t(b[2]) << 16
                        | std::uint32_t(b[3]) << 24)
                     : (std::uint32_t(b[3]) | std::uint32_t(b[2]) << 8 | std::uint32_t(b[1]) << 16
                        | std::uint32_t(b[0]) << 24);
        return true;
    }
    bool f64(bool little, double& out)
    {
        if (left() < 8)
            return false;
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i) {
            const std::uint64_t b = m_data[m_at + static_cast<std::size_t>(little ? i : 7 - i)];
            v |= b << (8 * i);
        }
        m_at += 8;
        out = std::bit_cast<double>(v);
        return true;
    }
    bool skip(std::size_t n)
    {
        if (left() < n)
            return false;
        m_at += n;
        return true;
    }

private:
    std::span<const std::uint8_t> m_data;
    std::size_t m_at = 0;
};

class WkbReader {
public:
    WkbReader(Bytes& in, FeatureGeometry& out, std::string& error) : m_in(in), m_out(out), m_error(error) {}

    bool geometry(int depth, bool topLevel)
    {
        if (depth > kMaxDepth)
            return fail("geometry collections nested too deep");
        std::uint8_t order = 0;
        if (!m_in.byte(order) || order > 1)
            return fail("bad byte order");
        const bool little = order == 1;
        std::uint32_t code = 0;
        if (!m_in.u32(little, code))
            return fail("truncated geometry type");
        // ISO codes: 1000s add Z, 2000s M, 3000s ZM; the EWKB flags are accepted as well.
        int dims = 2;
        if (code & 0x80000000u)
            ++dims;
        if (code & 0x40000000u)
            ++dims;
        code &= 0x0fffffffu;
        if (code >= 1000 && code < 4000) {
            dims += code >= 3000 ? 2 : 1;
            code %= 1000;
        }
        if (code < 1 || code > 7)
            return fail("unsupported geometry type " + std::to_string(code));
        if (topLevel)
            m_out.type = static_cast<FeatureGeometry::Type>(code);
        switch (code) {
        case 1: {
            LonLat p;
            if (!point(little, dims, p))
                return false;
            // An empty point is written as NaN coordinates.
            if (p.lon == p.lon && p.lat == p.lat)
                m_out.points.push_back(p);
            return true;
        }
        case 2: {
            LineString line;
            if (!points(little, dims, line))
                return false;
            if (!line.empty())
                m_out.lines.push_back(std::move(line));
            return true;
        }
        case 3: {
            Polygon polygon;
            if (!rings(little, dims, polygon))
                return false;
            if (!polygon.rings.empty())
                m_out.polygons.push_back(std::move(polygon));
            return true;
        }
        default: {
            std::uint32_t n = 0;
            if (!m_in.u32(little, n))
                return fail("truncated part count");
            // Every part takes at least 5 bytes (order and type).
            if (n > m_in.left() / 5)
                return fail("part count " + std::to_string(n) + " exceeds the blob");
            for (std::uint32_t i = 0; i < n; ++i)
                if (!geometry(depth + 1, false))
                    return false;
            return true;
        }
        }
    }

private:
    bool fail(std::string message)
    {
        m_error = std::move(message) + " at byte " + std::to_string(m_in.at());
        return false;
    }
    bool point(bool little, int dims, LonLat& p)
    {
        if (!m_in.f64(little, p.lon) || !m_in.f64(little, p.lat) || !m_in.skip(8 * static_cast<std::size_t>(dims - 2)))
            return fail("truncated point");
        return true;
    }
    bool points(bool little, int dims, std::vector<LonLat>& out)
    {
        std::uint32_t n = 0;
        if (!m_in.u32(little, n))
            return fail("truncated point count");
        if (n > m_in.left() / (8 * static_cast<std::size_t>(dims)))
            return fail("point count " + std::to_string(n) + " exceeds the blob");
        out.reserve(n);
        for (std::uint32_t i = 0; i < n; ++i) {
            LonLat p;
            if (!point(little, dims, p))
                return false;
            out.push_back(p);
        }
        return true;
    }
    bool rings(bool little, int dims, Polygon& polygon)
    {
        std::uint32_t n = 0;
        if (!m_in.u32(little, n))
            return fail("truncated ring count");
        if (n > m_in.left() / 4)
            return fail("ring count " + std::to_string(n) + " exceeds the blob");
        for (std::uint32_t i = 0; i < n; ++i) {
            Ring ring;
            if (!points(little, dims, ring))
                return false;
            polygon.rings.push_back(std::move(ring));
        }
        return true;
    }

    Bytes& m_in;
    FeatureGeometry& m_out;
    std::string& m_error;
};

} // namespace

bool parseGpkgGeometry(std::span<const std::uint8_t> blob, FeatureGeometry& out, std::string& error)
{
    out = FeatureGeometry {};
    Bytes in(blob);
    std::uint8_t magic0 = 0, magic1 = 0, version = 0, flags = 0;
    if (!in.byte(magic0) || !in.byte(magic1) || magic0 != 'G' || magic1 != 'P') {
        error = "not a GeoPackage geometry (no GP header)";
        return false;
    }
    if (!in.byte(version) || !in.byte(flags)) {
        error = "truncated GeoPackage geometry header";
        return false;
    }
    if (version != 0) {
        error = "GeoPackage geometry version " + std::to_string(version) + " is not supported";
        return false;
    }
    if (flags & 0x20) {
        error = "extended GeoPackage geometry types are not supported";
        return false;
    }
    const int envelope = (flags >> 1) & 0x07;
    static constexpr std::size_t kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    if (envelope > 4) {
        error = "bad envelope indicator " + std::to_string(envelope);
        return false;
    }
    if (!in.skip(4) || !in.skip(kEnvelopeBytes[envelope])) {
        error = "truncated GeoPackage geometry header";
        return false;
    }
    if (flags & 0x10) // the empty flag
        return true;
    WkbReader reader(in, out, error);
    return reader.geometry(0, true);
}

} // namespace sitrep::geo
