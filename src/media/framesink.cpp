#include "framesink.h"

#include "gifwriter.h"
#include "mp4writer.h"

#include <algorithm>
#include <cctype>

namespace sitrep::media {

std::string extensionOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return {};
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

std::string partialPathFor(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return "." + path + ".partial";
    return path.substr(0, slash + 1) + "." + path.substr(slash + 1) + ".partial";
}

core::Result<std::unique_ptr<FrameSink>> openFrameSink(const std::string& path, const VideoFormat& format)
{
    if (format.width < 16 || format.height < 16 || format.fps < 1 || format.fps > 120)
        return core::fail("frames must be at least 16x16 pixels at 1 to 120 fps", path);
    const std::string ext = extensionOf(path);
    if (ext == "mp4") {
        auto sink = Mp4Writer::open(path, format);
        if (!sink)
            return std::unexpected(sink.error());
        return std::unique_ptr<FrameSink>(std::move(*sink));
    }
    if (ext == "gif") {
        auto sink = GifWriter::open(path, format);
        if (!sink)
            return std::unexpected(sink.error());
        return std::unique_ptr<FrameSink>(std::move(*sink));
    }
    return core::fail("the output must end in .mp4 or .gif (got '." + ext + "')", path);
}

} // namespace sitrep::media
