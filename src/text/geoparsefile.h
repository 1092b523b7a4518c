#pragma once
// geoparseFile: reads one article file of any supported format and geoparses it piece by piece,
// handing each mention to a callback as soon as it is found — the streaming path behind
// `sitrep geocode` and `sitrep eval`, which keeps memory flat on files of hundreds of MB.
#include "core/error.h"
#include "core/mention.h"
#include "geoparser.h"

#include <functional>
#include <string>
#include <vector>

namespace sitrep::text {

struct FileReport {
    std::size_t articles = 0;
    std::size_t mentions = 0;
    std::vector<std::string> warnings; // repaired UTF-8, bad dates, bad JSON lines (file:line: …)
    std::size_t badArticles = 0;       // JSON lines that could not be read
};

// `source` names where a mention came from: the path, or "path:line" for JSON lines.
using MentionSink = std::function<void(const std::string& source, const sitrep::core::Mention&)>;

// Fails only when the file cannot be read at all (missing, empty, binary).
[[nodiscard]] sitrep::core::Result<FileReport> geoparseFile(const Geoparser& parser, const std::string& path,
                                                            const MentionSink& sink);

} // namespace sitrep::text
