#pragma once
// BriefingRun: a briefing file loaded for the drawing commands (`animate --brief`, `brief
// export`): bad slides (malformed, outside the data, unknown lens) reported by number and
// title and left out, the others turned into frames.
#include "app/framerenderer.h"
#include "core/briefing.h"

#include <optional>
#include <string>

namespace sitrep::app {
class ControlModel;
}

namespace sitrep::cli {

// Prints every problem to stderr prefixed by `who`; nullopt when nothing could be read or no
// slide is left.
[[nodiscard]] std::optional<core::Briefing> loadCheckedBriefing(
    const std::string& path, const app::ControlModel& control, const char* who);

// The frame of a slide at a size, its view fitted to the country when it has none.
[[nodiscard]] app::FrameSpec slideFrame(const core::BriefingSlide& slide, QSize size, app::FrameRenderer& renderer);

} // namespace sitrep::cli
