#pragma once
// Mp4Writer: H.264 in an MP4 container through Debian's FFmpeg libraries (libx264, yuv420p,
// constant frame rate), so the file plays everywhere a briefing might be shown. FFmpeg handles
// stay inside this class.
#include "framesink.h"

namespace sitrep::media {

class Mp4Writer final : public FrameSink {
public:
    [[nodiscard]] static core::Result<std::unique_ptr<Mp4Writer>> open(
        const std::string& path, const VideoFormat& format);
    ~Mp4Writer() override;
    Mp4Writer(const Mp4Writer&) = delete;
    Mp4Writer& operator=(const Mp4Writer&) = delete;

    [[nodiscard]] core::Result<void> addFrame(const std::uint8_t* bgra, int stride) override;
    [[nodiscard]] core::Result<void> finish() override;
    [[nodiscard]] int frameCount() const override { return m_frames; }

private:
    Mp4Writer() = default;
    [[nodiscard]] core::Result<void> drain(bool flushing);

    struct Handles;
    std::unique_ptr<Handles> m_h;
    std::string m_path;
    std::string m_partial;
    VideoFormat m_format;
    int m_frames = 0;
    bool m_finished = false;
};

} // namespace sitrep::media
