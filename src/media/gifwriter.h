#pragma once
// GifWriter: an endlessly looping animated GIF through giflib. Each frame gets its own
// 256-colour palette chosen by popularity over 15-bit colour bins (a map has few flat colours
// plus their antialiased edges, which this keeps), and frame delays in centiseconds that add
// up to the asked duration.
#include "framesink.h"

#include <vector>

namespace sitrep::media {

class GifWriter final : public FrameSink {
public:
    [[nodiscard]] static core::Result<std::unique_ptr<GifWriter>> open(
        const std::string& path, const VideoFormat& format);
    ~GifWriter() override;
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;

    [[nodiscard]] core::Result<void> addFrame(const std::uint8_t* bgra, int stride) override;
    [[nodiscard]] core::Result<void> finish() override;
    [[nodiscard]] int frameCount() const override { return m_frames; }

private:
    GifWriter() = default;
    [[nodiscard]] core::Result<void> fail(const std::string& what, int code) const;

    void* m_gif = nullptr; // GifFileType*
    std::string m_path;
    std::string m_partial;
    VideoFormat m_format;
    int m_frames = 0;
    bool m_finished = false;
    std::vector<std::uint8_t> m_indices;
};

} // namespace sitrep::media
