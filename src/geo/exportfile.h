#pragma once
// ExportFile: an output written to a temporary file beside its target and renamed over it only
// when complete, so a failed or interrupted export never leaves a half-written file behind.
#include "core/error.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace sitrep::geo {

class ExportFile {
public:
    // Checks the target's folder (exists, is a folder, is writable) and creates the temporary
    // file `.<name>.<random>.tmp<ext>` in it. `suffix` keeps an extension drivers insist on.
    [[nodiscard]] static core::Result<ExportFile> create(const std::string& target, std::string_view suffix = {});

    // The checks create() makes before touching anything: a file name, an existing writable folder.
    [[nodiscard]] static core::Result<void> checkTarget(const std::string& target);

    ExportFile(ExportFile&& other) noexcept;
    ExportFile& operator=(ExportFile&&) = delete;
    ExportFile(const ExportFile&) = delete;
    ExportFile& operator=(const ExportFile&) = delete;
    // Removes the temporary file unless commit() succeeded.
    ~ExportFile();

    [[nodiscard]] const std::string& tempPath() const { return m_temp; }
    [[nodiscard]] const std::string& target() const { return m_target; }
    // The open temporary file (null after closeStream(), e.g. when a library writes the path).
    [[nodiscard]] std::FILE* stream() const { return m_stream; }
    void closeStream();

    void write(std::string_view bytes);
    // Flushes, syncs and renames the temporary file over the target.
    [[nodiscard]] core::Result<void> commit();

private:
    ExportFile(std::string target, std::string temp, std::FILE* stream);
    std::string m_target;
    std::string m_temp;
    std::FILE* m_stream = nullptr;
    bool m_failed = false;
    bool m_committed = false;
};

} // namespace sitrep::geo
