#pragma once
// A run of falls told one after another (claimextractor.cpp's reading of "followed"). Internal to
// the claim extractor.
#include "claimextractor.h"
#include "claimsentence.h"

#include <cstddef>
#include <vector>

namespace sitrep::text::detail {

// "Aleppo fell on Friday. Maarat al-Numan and Khan Sheikhoun followed on Saturday": "followed"
// with no object (a time, or nothing, after it) right after a capture in this sentence or the
// one before is the next capture of the run. Not "followed by", "followed suit", "followed the
// road".
// `claims`: the article's claims so far; `previousStart`: where the sentence before starts.
[[nodiscard]] bool nextInRun(const Sent& s, const Trigger& t, const std::vector<ExtractedClaim>& claims,
                             std::size_t previousStart);

} // namespace sitrep::text::detail
