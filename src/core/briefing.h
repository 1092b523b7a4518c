#pragma once
// Briefing: what an analyst presents — an ordered list of slides, each an instant, a source lens,
// a map view, a caption, places to highlight and speaker notes. The app edits and presents it,
// `sitrep brief export` prints it, `sitrep animate --brief` plays through it; the file format
// (JSON next to the scenario, or in the workspace) is read and written by geo/briefingfile.h.
#include "error.h"
#include "instant.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace sitrep::core {

// Where the map looks: its centre and a Web Mercator zoom level (as MapItem.zoomLevel).
struct MapView {
    double centerLat = 0;
    double centerLon = 0;
    double zoom = 0;
    friend bool operator==(const MapView&, const MapView&) = default;
};

struct BriefingSlide {
    std::string id; // stable within the briefing ("s1", …); assigned when missing
    std::string title; // a short heading ("Aleppo falls")
    Instant at = 0;
    std::string lens = "latest";
    std::optional<MapView> view; // none: fit the scenario's country
    std::string caption;
    std::vector<std::string> highlight; // gazetteer place ids
    std::string notes; // for the presenter only
    double transitionSeconds = 3.0; // how long the map takes to animate into this slide

    friend bool operator==(const BriefingSlide&, const BriefingSlide&) = default;
};

struct Briefing {
    std::string title;
    std::string scenario; // the scenario folder's name it was made for ("syria-2024-12")
    std::vector<BriefingSlide> slides;

    friend bool operator==(const Briefing&, const Briefing&) = default;
};

// How a slide is named in messages: `slide 3 ("Aleppo falls")`, 1-based.
[[nodiscard]] std::string describeSlide(const BriefingSlide& slide, std::size_t index);

// What the data can show, to check slides against.
struct BriefingLimits {
    Instant from = 0; // the scenario's span
    Instant to = 0;
    std::span<const std::string> outlets; // outlets known to the data (for `outlet:NAME`)
};

// The problems of each slide against the data: an instant outside the span, a lens that does
// not parse or names an unknown outlet. One Error per problem, `where` = `source: slide N (…)`.
[[nodiscard]] std::vector<Error> checkBriefing(
    const Briefing& briefing, const BriefingLimits& limits, const std::string& source);

} // namespace sitrep::core
