#pragma once
// FrameSink: where `sitrep animate` sends its frames — an H.264 MP4 (FFmpeg) or an animated GIF
// (giflib) chosen by the output's extension. Frames are 32-bit BGRA rows (Qt's ARGB32 in memory
// on little-endian machines), all of the size given at open. Output goes to a temporary file
// beside the target that finish() renames into place, so a failed or interrupted export never
// leaves a partial file under the name asked for.
#include "core/error.h"

#include <cstdint>
#include <memory>
#include <string>

namespace sitrep::media {

struct VideoFormat {
    int width = 0;
    int height = 0;
    int fps = 30;
};

class FrameSink {
public:
    virtual ~FrameSink() = default;
    // `bgra` holds height rows of width·4 bytes, `stride` bytes apart.
    [[nodiscard]] virtual core::Result<void> addFrame(const std::uint8_t* bgra, int stride) = 0;
    // Flushes the encoder, closes the file and renames it to the target path.
    [[nodiscard]] virtual core::Result<void> finish() = 0;
    [[nodiscard]] virtual int frameCount() const = 0;
};

// Lower-case extension of a path without the dot ("mp4", "gif"; "" when none).
[[nodiscard]] std::string extensionOf(const std::string& path);

// Opens an MP4 (.mp4) or GIF (.gif) sink; other extensions, odd sizes for H.264 (rounded
// down to even by the caller, not here), or an unwritable folder give an Error naming the path.
[[nodiscard]] core::Result<std::unique_ptr<FrameSink>> openFrameSink(
    const std::string& path, const VideoFormat& format);

// The temporary name used while a file is written ("dir/.name.partial").
[[nodiscard]] std::string partialPathFor(const std::string& path);

} // namespace sitrep::media
