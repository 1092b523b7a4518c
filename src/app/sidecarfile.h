#pragma once
// The analyst's JSON-lines sidecar files (review decisions, corrections of control): one record a
// line, appended and flushed, never rewritten, so a crash costs at most the line being written.
#include "core/error.h"

#include <string>
#include <string_view>

namespace sitrep::app {

// Appends `line` (without its newline) to the file at `path`, making its folder first. A last
// line cut short by an earlier crash gets its newline first, so it cannot swallow this one.
// `what` names the records in messages ("review decisions", "corrections").
[[nodiscard]] core::Result<void> appendSidecarLine(
    const std::string& path, std::string_view line, std::string_view what);

} // namespace sitrep::app
