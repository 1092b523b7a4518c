#pragma once
// Briefing files: the JSON form of a core::Briefing (docs/formats.md, "Briefings"). Reading is
// forgiving slide by slide — a slide with a missing or bad field is reported by number and title
// and left out while the others load, and even a file whose JSON is broken inside one slide
// still yields the other slides. Writing is atomic (a temporary file renamed over the old one),
// so a crash never leaves half a briefing.
#include "core/briefing.h"
#include "core/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::geo {

struct LoadedBriefing {
    core::Briefing briefing;
    std::vector<core::Error> problems; // each names the file and the slide; the slide was skipped
                                       // unless the message says otherwise
};

// Fails only when nothing can be read: no such file, or no slides array to be found at all.
[[nodiscard]] core::Result<LoadedBriefing> loadBriefing(const std::string& path);
// `source` names the text in messages (usually its path).
[[nodiscard]] core::Result<LoadedBriefing> parseBriefing(std::string_view json, const std::string& source);

[[nodiscard]] std::string briefingToJson(const core::Briefing& briefing);
[[nodiscard]] core::Result<void> saveBriefing(const core::Briefing& briefing, const std::string& path);

} // namespace sitrep::geo
