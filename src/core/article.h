#pragma once
// Article: one news report as read from a file — its metadata (outlet, published instant…) and
// its body. Offsets everywhere count Unicode code points from the start of the body.
#include "instant.h"

#include <optional>
#include <string>
#include <vector>

namespace sitrep::core {

struct Article {
    std::string id;        // content hash of the body (hex)
    std::string file;      // where it was read from, for messages and provenance
    std::string title;
    std::string outlet;    // header `source:`
    std::string url;
    std::string language;
    std::string notes;
    std::optional<Instant> published;
    std::string body;      // UTF-8
    std::vector<std::string> missing;  // metadata keys the file did not give ("published", …)
    std::vector<std::string> warnings; // what the reader had to repair, with byte offsets
};

} // namespace sitrep::core
