#include "gifwriter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <gif_lib.h>

namespace sitrep::media {

namespace {
GifFileType* gifOf(void* p)
{
    return static_cast<GifFileType*>(p);
}

int bin15(const std::uint8_t* px) // B, G, R
{
    return ((px[2] >> 3) << 10) | ((px[1] >> 3) << 5) | (px[0] >> 3);
}

struct Palette {
    std::array<GifColorType, 256> colours {};
    int size = 0;
    std::vector<std::int16_t> binToIndex; // -1 until looked up
};

// Popularity palette: the 256 most used 15-bit bins, each the mean of its pixels.
Palette choosePalette(const std::uint8_t* bgra, int stride, int width, int height)
{
    struct Bin {
        std::uint32_t n = 0;
        std::uint64_t r = 0, g = 0, b = 0;
    };
    std::vector<Bin> bins(1 << 15);
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = bgra + std::ptrdiff_t(y) * stride;
        for (int x = 0; x < width; ++x) {
            const std::uint8_t* px = row + x * 4;
            Bin& b = bins[std::size_t(bin15(px))];
            ++b.n;
            b.r += px[2];
            b.g += px[1];
            b.b += px[0];
        }
    }
    std::vector<int> used;
    for (int i = 0; i < (1 << 15); ++i)
        if (bins[std::size_t(i)].n)
            used.push_back(i);
    const std::size_t keep = std::min<std::size_t>(used.size(), 256);
    std::partial_sort(used.begin(), used.begin() + std::ptrdiff_t(keep), used.end(),
        [&](int a, int b) { return bins[std::size_t(a)].n > bins[std::size_t(b)].n; });
    Palette p;
    p.size = int(keep);
    p.binToIndex.assign(1 << 15, -1);
    for (std::size_t i = 0; i < keep; ++i) {
        const Bin& b = bins[std::size_t(used[i])];
        p.colours[i] = GifColorType {std::uint8_t(b.r / b.n), std::uint8_t(b.g / b.n), std::uint8_t(b.b / b.n)};
        p.binToIndex[std::size_t(used[i])] = std::int16_t(i);
    }
    return p;
}

std::uint8_t nearest(Palette& p, int bin)
{
    std::int16_t& idx = p.binToIndex[std::size_t(bin)];
    if (idx >= 0)
        return std::uint8_t(idx);
    const int r = ((bin >> 10) & 31) * 8 + 4, g = ((bin >> 5) & 31) * 8 + 4, b = (bin & 31) * 8 + 4;
    int best = 0;
    long bestD = -1;
    for (int i = 0; i < p.size; ++i) {
        const GifColorType& c = p.colours[std::size_t(i)];
        // Weighted for the eye: green counts most.
        const long d
            = 3L * (c.Red - r) * (c.Red - r) + 4L * (c.Green - g) * (c.Green - g) + 2L * (c.Blue - b) * (c.Blue - b);
        if (bestD < 0 || d < bestD) {
            bestD = d;
            best = i;
        }
    }
    idx = std::int16_t(best);
    return std::uint8_t(best);
}
} // namespace

core::Result<std::unique_ptr<GifWriter>> GifWriter::open(const std::string& path, const VideoFormat& f)
{
    std::unique_ptr<GifWriter> w(new GifWriter);
    w->m_path = path;
    w->m_partial = partialPathFor(path);
    w->m_format = f;
    int err = 0;
    GifFileType* gif = EGifOpenFileName(w->m_partial.c_str(), false, &err);
    if (!gif)
        return core::fail(std::string("cannot write: ") + (GifErrorString(err) ? GifErrorString(err) : "error"), path);
    w->m_gif = gif;
    EGifSetGifVersion(gif, true);
    if (EGifPutScreenDesc(gif, f.width, f.height, 8, 0, nullptr) == GIF_ERROR)
        return std::unexpected(w->fail("cannot write the GIF header", gif->Error).error());
    // Loop for ever (the NETSCAPE2.0 application extension).
    static const char kApp[] = "NETSCAPE2.0";
    static const unsigned char kLoop[] = {1, 0, 0};
    if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
        || EGifPutExtensionBlock(gif, 11, kApp) == GIF_ERROR || EGifPutExtensionBlock(gif, 3, kLoop) == GIF_ERROR
        || EGifPutExtensionTrailer(gif) == GIF_ERROR)
        return std::unexpected(w->fail("cannot write the GIF header", gif->Error).error());
    w->m_indices.resize(std::size_t(f.width) * std::size_t(f.height));
    return w;
}

GifWriter::~GifWriter()
{
    if (m_gif) {
        int err = 0;
        EGifCloseFile(gifOf(m_gif), &err);
    }
    if (!m_finished)
        std::remove(m_partial.c_str());
}

core::Result<void> GifWriter::fail(const std::string& what, int code) const
{
    const char* detail = GifErrorString(code);
    return core::fail(what + (detail ? std::string(": ") + detail : std::string()), m_path);
}

core::Result<void> GifWriter::addFrame(const std::uint8_t* bgra, int stride)
{
    GifFileType* gif = gifOf(m_gif);
    const int w = m_format.width, h = m_format.height;
    Palette palette = choosePalette(bgra, stride, w, h);
    for (int y = 0; y < h; ++y) {
        const std::uint8_t* row = bgra + std::ptrdiff_t(y) * stride;
        std::uint8_t* out = m_indices.data() + std::size_t(y) * std::size_t(w);
        for (int x = 0; x < w; ++x)
            out[x] = nearest(palette, bin15(row + x * 4));
    }
    // Delays in centiseconds that sum to the exact duration (30 fps: 3, 3, 4, 3, 3, 4, …).
    const int delay
        = int(std::lround((m_frames + 1) * 100.0 / m_format.fps) - std::lround(m_frames * 100.0 / m_format.fps));
    GraphicsControlBlock gcb {};
    gcb.DisposalMode = DISPOSE_DO_NOT;
    gcb.UserInputFlag = false;
    gcb.DelayTime = delay;
    gcb.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType ext[4];
    EGifGCBToExtension(&gcb, ext);
    if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, ext) == GIF_ERROR)
        return fail("cannot write a frame", gif->Error);
    ColorMapObject* map = GifMakeMapObject(256, palette.colours.data());
    if (!map)
        return core::fail("out of memory for a palette", m_path);
    const int rc = EGifPutImageDesc(gif, 0, 0, w, h, false, map);
    GifFreeMapObject(map);
    if (rc == GIF_ERROR)
        return fail("cannot write a frame", gif->Error);
    for (int y = 0; y < h; ++y)
        if (EGifPutLine(gif, m_indices.data() + std::size_t(y) * std::size_t(w), w) == GIF_ERROR)
            return fail("cannot write a frame", gif->Error);
    ++m_frames;
    return {};
}

core::Result<void> GifWriter::finish()
{
    int err = 0;
    GifFileType* gif = gifOf(m_gif);
    m_gif = nullptr;
    if (EGifCloseFile(gif, &err) == GIF_ERROR)
        return fail("cannot finish the GIF", err);
    if (std::rename(m_partial.c_str(), m_path.c_str()) != 0)
        return core::fail("cannot move the finished file into place", m_path);
    m_finished = true;
    return {};
}

} // namespace sitrep::media
