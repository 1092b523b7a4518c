#pragma once
// Geoparse evaluation: compares predicted mentions with a hand-checked gold file and reports
// detection precision/recall/F1 (a prediction counts when its span overlaps a gold span), the
// exact-place rate, accuracy within 161 km and 10 km, and median and mean error in km.
#include "core/error.h"
#include "core/geopoint.h"

#include <string>
#include <vector>

namespace sitrep::text {

// One row of a gold TSV: file, start, end, text, lat, lon, kind (header line first).
struct GoldMention {
    std::string file; // base name of the article file
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
    sitrep::core::GeoPoint point;
    std::string kind;
};

struct PredictedMention {
    std::string file; // base name
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
    bool resolved = false;
    sitrep::core::GeoPoint point;
    std::string kind;
    std::string placeId;
};

struct GeoparseScores {
    std::size_t gold = 0;
    std::size_t predicted = 0;
    std::size_t matchedGold = 0;      // gold mentions overlapped by a prediction
    std::size_t matchedPredicted = 0; // predictions overlapping a gold mention
    std::size_t resolvedMatched = 0;  // matched gold mentions whose prediction is placed
    std::size_t exact = 0;            // placed within the exact-place tolerance
    std::size_t within161 = 0;
    std::size_t within10 = 0;
    double precision = 0, recall = 0, f1 = 0;
    double exactRate = 0;      // exact / matched gold (resolution accuracy of what was found)
    double exactEndToEnd = 0;  // exact / all gold
    double acc161 = 0, acc10 = 0; // over matched gold; an unplaced mention counts as a miss
    double medianKm = 0, meanKm = 0; // over matched gold that were placed
    std::vector<std::string> details; // one line per miss, false positive or far placement
};

// Exact place: within 5 km for settlements and sites, 50 km for countries, governorates and
// regions (their representative points differ between sources).
[[nodiscard]] double exactToleranceKm(const std::string& kind);

[[nodiscard]] sitrep::core::Result<std::vector<GoldMention>> readGold(const std::string& path);
[[nodiscard]] GeoparseScores scoreGeoparse(const std::vector<GoldMention>& gold,
                                           const std::vector<PredictedMention>& predicted);

} // namespace sitrep::text
