#pragma once
// Mention: a stretch of an article's text that names a place, with the place the resolver chose
// (or none, when it was not sure enough) and the candidates it weighed.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace sitrep::core {

struct Candidate {
    std::string placeId;
    double score = 0.0;
};

enum class MentionStatus { Resolved, Unresolved };

struct Mention {
    std::string articleId;
    std::size_t start = 0; // code points into the body
    std::size_t end = 0;   // one past the last code point
    std::string text;
    std::optional<std::string> placeId;
    double confidence = 0.0;
    MentionStatus status = MentionStatus::Unresolved;
    std::vector<Candidate> candidates; // best first
    std::string relation;              // "within 30 km of", "outskirts of", … when the text says so
};

} // namespace sitrep::core
