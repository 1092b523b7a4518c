#pragma once
// ArticleLibrary: the scenario's articles as the app reads them — each geoparsed once, its
// mentions kept with their ranked candidates — and the claims they make, extracted again with
// the analyst's review decisions applied (a pinned mention resolved to its place, a rejected one
// left unresolved). The place panel shows its texts and candidates; the review list its
// uncertain mentions; the control model takes its claims; the "Possibly missed" list the
// sentences that gave none.
#include "core/article.h"
#include "core/claim.h"
#include "core/error.h"
#include "core/gazetteer.h"
#include "core/mention.h"
#include "reviewstore.h"
#include "text/claimgaps.h"

#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace sitrep::text {
class ActorMatcher;
} // namespace sitrep::text

namespace sitrep::app {

class ArticleLibrary {
public:
    struct Entry {
        core::Article article;
        std::vector<core::Mention> mentions; // as the geoparser left them, by position
    };

    ArticleLibrary();
    ~ArticleLibrary();
    ArticleLibrary(const ArticleLibrary&) = delete;
    ArticleLibrary& operator=(const ArticleLibrary&) = delete;

    // Reads and geoparses every article file (.txt, .md, .jsonl) in `dir`, sorted by name, with
    // the actors of `actorsPath` (the built-in ones when it is missing). `gazetteer` must outlive
    // the library. Files that cannot be read are listed in warnings(); the rest load.
    void load(const std::string& dir, const std::string& actorsPath, const core::Gazetteer& gazetteer);

    [[nodiscard]] const std::vector<Entry>& articles() const { return m_entries; }
    [[nodiscard]] const Entry* find(std::string_view articleId) const;
    [[nodiscard]] const std::vector<core::Error>& warnings() const { return m_warnings; }
    // Any place a mention may point at, the geoparser's world fallback entries included.
    [[nodiscard]] const core::Place* findPlace(std::string_view id) const;

    // Every article's claims on resolved places, with `decisions` applied to their mentions.
    [[nodiscard]] std::vector<core::Claim> claims(const std::map<MentionKey, store::ReviewDecision>& decisions) const;

    // A sentence that probably states control and gave no claim (text/claimgaps.h), and its article.
    struct Unclaimed {
        const Entry* entry = nullptr;
        text::UnclaimedSentence sentence;
    };
    // Every article's such sentences with `decisions` applied to their mentions, best first.
    [[nodiscard]] std::vector<Unclaimed> unclaimed(const std::map<MentionKey, store::ReviewDecision>& decisions) const;

    // Articles read (decisions applied, claims extracted) since the last load: a pin or a
    // rejection reads again only the article it touches (for tests and the log).
    [[nodiscard]] std::size_t readings() const { return m_readCount; }

private:
    // One article's mentions with `decisions` applied, and the claims extracted from them.
    struct Reading {
        std::vector<core::Mention> mentions;
        std::vector<text::ExtractedClaim> claims;
    };
    // The decisions that touch one article's mentions: (mention index, decision, place).
    using DecisionKey = std::vector<std::tuple<std::size_t, std::string, std::string>>;
    struct CachedReading {
        DecisionKey key;
        Reading reading;
    };
    // Entry `index` read with `decisions`: the cached reading while the decisions on its mentions
    // are the same (the claims and the possibly-missed list read each article once per change).
    // Not thread-safe; the library lives on the GUI thread.
    [[nodiscard]] const Reading& read(std::size_t index,
        const std::map<MentionKey, store::ReviewDecision>& decisions) const;
    [[nodiscard]] text::ExtractOptions extractOptions() const;

    const core::Gazetteer* m_gazetteer = nullptr;
    std::unordered_map<std::string, core::Place> m_extraPlaces; // mentioned, not in the gazetteer
    std::unique_ptr<text::ActorMatcher> m_actors;
    std::vector<Entry> m_entries;
    mutable std::vector<std::optional<CachedReading>> m_readings; // by entry
    mutable std::size_t m_readCount = 0;
    std::vector<core::Error> m_warnings;
};

// A mention with a review decision applied: pinned to its place (confidence 1) or unresolved.
[[nodiscard]] core::Mention applyDecision(core::Mention mention, const store::ReviewDecision& decision);

// Where code point `codePoint` of `text` starts in its UTF-16 form (the end when past it).
[[nodiscard]] qsizetype utf16Offset(const QString& text, std::size_t codePoint);

} // namespace sitrep::app
