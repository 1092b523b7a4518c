#pragma once
// Geoparser: the one entry point from article text to place mentions — recognition over the
// PlaceIndex automaton, then resolution — with offsets in code points of the article body.
// Build one per gazetteer and reuse it: the index is built once, and geoparsing is const and
// safe to call from several threads. Large bodies can be fed in chunks (see geoparseText).
#include "core/article.h"
#include "core/gazetteer.h"
#include "core/mention.h"
#include "placeindex.h"
#include "resolver.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::text {

struct GeoparserOptions {
    ResolverOptions resolver;
    // English word list for the capitalised-common-word check; empty: the system list
    // (/usr/share/dict/words) when present.
    std::string commonWordsPath;
};

class Geoparser {
public:
    explicit Geoparser(const sitrep::core::Gazetteer& gazetteer, GeoparserOptions options = {});

    [[nodiscard]] std::vector<sitrep::core::Mention> geoparse(const sitrep::core::Article& article) const;

    // Geoparses one piece of a body: `text` starts `codePointBase` code points into the body.
    // Pieces should end at paragraph boundaries so no name is cut in two.
    [[nodiscard]] std::vector<sitrep::core::Mention> geoparseText(std::string_view text, std::size_t codePointBase,
                                                                  const std::string& articleId) const;

    // Any place a mention may point at, including the built-in world fallback entries.
    [[nodiscard]] const sitrep::core::Place* findPlace(std::string_view id) const;
    [[nodiscard]] const PlaceIndex& index() const { return *m_index; }

private:
    std::unique_ptr<PlaceIndex> m_index;
    Resolver m_resolver;
};

// Convenience over a Geoparser kept for the most recently used gazetteer.
[[nodiscard]] std::vector<sitrep::core::Mention> geoparse(const sitrep::core::Article& article,
                                                          const sitrep::core::Gazetteer& gazetteer);

} // namespace sitrep::text
