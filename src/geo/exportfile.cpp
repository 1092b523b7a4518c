#include "exportfile.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace sitrep::geo {

namespace fs = std::filesystem;

core::Result<void> ExportFile::checkTarget(const std::string& target)
{
    if (target.empty())
        return core::fail("no output path given");
    const fs::path path(target);
    if (!path.has_filename() || path.filename() == "." || path.filename() == "..")
        return core::fail("the output path names no file", target);
    fs::path folder = path.parent_path();
    if (folder.empty())
        folder = ".";
    std::error_code ec;
    if (!fs::exists(folder, ec))
        return core::fail("the folder " + folder.string() + " does not exist", target);
    if (!fs::is_directory(folder, ec))
        return core::fail(folder.string() + " is not a folder", target);
    if (fs::is_directory(path, ec))
        return core::fail("the output path is a folder", target);
    if (::access(folder.c_str(), W_OK) != 0)
        return core::fail("cannot write to the folder " + folder.string() + ": " + std::strerror(errno), target);
    return {};
}

core::Result<ExportFile> ExportFile::create(const std::string& target, std::string_view suffix)
{
    if (auto ok = checkTarget(target); !ok)
        return std::unexpected(ok.error());
    const fs::path path(target);
    fs::path folder = path.parent_path();
    if (folder.empty())
        folder = ".";
    std::string pattern = (folder / ("." + path.filename().string() + ".XXXXXX.tmp")).string();
    pattern += suffix;
    const int suffixLength = static_cast<int>(4 + suffix.size());
    const int fd = ::mkstemps(pattern.data(), suffixLength);
    if (fd < 0)
        return core::fail("cannot write to the folder " + folder.string() + ": " + std::strerror(errno), target);
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask); // as an ordinary new file would be, not mkstemp's 0600
    std::FILE* stream = ::fdopen(fd, "wb");
    if (!stream) {
        ::close(fd);
        ::unlink(pattern.c_str());
        return core::fail("cannot open a temporary file: " + std::string(std::strerror(errno)), target);
    }
    std::setvbuf(stream, nullptr, _IOFBF, 1 << 20);
    return ExportFile(target, pattern, stream);
}

ExportFile::ExportFile(std::string target, std::string temp, std::FILE* stream)
    : m_target(std::move(target))
    , m_temp(std::move(temp))
    , m_stream(stream)
{
}

ExportFile::ExportFile(ExportFile&& other) noexcept
    : m_target(std::move(other.m_target))
    , m_temp(std::move(other.m_temp))
    , m_stream(other.m_stream)
    , m_failed(other.m_failed)
    , m_committed(other.m_committed)
{
    other.m_stream = nullptr;
    other.m_temp.clear();
    other.m_committed = true;
}

ExportFile::~ExportFile()
{
    closeStream();
    if (!m_committed && !m_temp.empty())
        ::unlink(m_temp.c_str());
}

void ExportFile::closeStream()
{
    if (m_stream) {
        if (std::fclose(m_stream) != 0)
            m_failed = true;
        m_stream = nullptr;
    }
}

void ExportFile::write(std::string_view bytes)
{
    if (!m_stream || bytes.empty())
        return;
    if (std::fwrite(bytes.data(), 1, bytes.size(), m_stream) != bytes.size())
        m_failed = true;
}

core::Result<void> ExportFile::commit()
{
    if (m_stream) {
        if (std::fflush(m_stream) != 0 || ::fsync(::fileno(m_stream)) != 0)
            m_failed = true;
        closeStream();
    }
    if (m_failed)
        return core::fail("writing failed: " + std::string(std::strerror(errno)), m_target);
    if (::rename(m_temp.c_str(), m_target.c_str()) != 0)
        return core::fail("cannot move the finished file into place: " + std::string(std::strerror(errno)), m_target);
    m_committed = true;
    return {};
}

} // namespace sitrep::geo
