#pragma once
// ClaimPipeline: what `sitrep claims` and `sitrep eval-claims` share — the gazetteer, the
// scenario's actors and the geoparser loaded once, then article files read, geoparsed and turned
// into claims. Header-only: the CLI compiles cmd_*.cpp files only.
#include "geo/gazetteerloader.h"
#include "text/actormatcher.h"
#include "text/articlereader.h"
#include "text/claimextractor.h"
#include "text/claimgaps.h"
#include "text/geoparser.h"

#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sitrep::cli {

class ClaimPipeline {
public:
    // Loads the gazetteer (GeoPackage) and the actors file of `scenarioDir` (the built-in actors
    // when it has none); messages go to `err` prefixed with `who`.
    static std::optional<ClaimPipeline> load(const std::string& gazetteerPath, const std::string& scenarioDir,
                                             const std::string& who)
    {
        auto gazetteer = geo::loadGazetteer(gazetteerPath);
        if (!gazetteer) {
            std::cerr << who << ": gazetteer: " << gazetteer.error().toString() << '\n';
            return std::nullopt;
        }
        std::vector<core::Actor> actors = text::ActorMatcher::defaultActors();
        const std::string actorsPath = scenarioDir + "/actors.csv";
        if (!scenarioDir.empty() && std::filesystem::exists(actorsPath)) {
            auto loaded = text::loadActorsCsv(actorsPath);
            if (!loaded) {
                std::cerr << who << ": " << loaded.error().toString() << '\n';
                return std::nullopt;
            }
            actors = std::move(*loaded);
        }
        ClaimPipeline p;
        p.m_gazetteer = std::make_unique<core::Gazetteer>(std::move(*gazetteer));
        p.m_parser = std::make_unique<text::Geoparser>(*p.m_gazetteer);
        p.m_actors = std::make_unique<text::ActorMatcher>(std::move(actors));
        const text::Geoparser* parser = p.m_parser.get();
        p.m_options.findPlace = [parser](std::string_view id) { return parser->findPlace(id); };
        return p;
    }

    // Files as given; directories expand to the article files in them, sorted.
    static std::vector<std::string> expandFiles(const std::vector<std::string>& args)
    {
        std::vector<std::string> out;
        for (const auto& a : args) {
            std::error_code ec;
            if (!std::filesystem::is_directory(a, ec)) {
                out.push_back(a);
                continue;
            }
            std::vector<std::string> inDir;
            for (const auto& e : std::filesystem::directory_iterator(a, ec)) {
                const auto ext = e.path().extension().string();
                if (e.is_regular_file() && (ext == ".txt" || ext == ".md" || ext == ".jsonl" || ext == ".ndjson"))
                    inDir.push_back(e.path().string());
            }
            std::sort(inDir.begin(), inDir.end());
            out.insert(out.end(), inDir.begin(), inDir.end());
        }
        return out;
    }

    // The claims of every article in `file`; nothing (and a message) when it cannot be read.
    // Articles `skip` returns true for are left out (e.g. those a workspace already holds).
    std::optional<std::vector<text::ExtractedClaim>> claimsOf(
        const std::string& file, const std::string& who,
        const std::function<bool(const core::Article&)>& skip = {}) const
    {
        auto articles = text::readArticles(file);
        if (!articles) {
            std::cerr << who << ": " << articles.error().toString() << '\n';
            return std::nullopt;
        }
        std::vector<text::ExtractedClaim> out;
        for (const auto& article : *articles) {
            if (skip && skip(article))
                continue;
            if (!article.published)
                std::cerr << who << ": warning: " << file
                          << ": no published date: relative times stay unknown\n";
            const auto mentions = m_parser->geoparse(article);
            auto claims = text::extractClaimsDetailed(article, mentions, *m_actors, *m_gazetteer, m_options);
            out.insert(out.end(), std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()));
        }
        return out;
    }

    // The sentences of every article in `file` that probably state control and gave no claim
    // (text/claimgaps.h), each article's best first; nothing (and a message) when it cannot be read.
    std::optional<std::vector<text::UnclaimedSentence>> unclaimedOf(const std::string& file, const std::string& who,
                                                                    const text::GapOptions& gaps = {}) const
    {
        auto articles = text::readArticles(file);
        if (!articles) {
            std::cerr << who << ": " << articles.error().toString() << '\n';
            return std::nullopt;
        }
        std::vector<text::UnclaimedSentence> out;
        for (const auto& article : *articles) {
            const auto mentions = m_parser->geoparse(article);
            const auto claims = text::extractClaimsDetailed(article, mentions, *m_actors, *m_gazetteer, m_options);
            auto listed = text::findUnclaimedSentences(article, mentions, claims, *m_actors, *m_gazetteer, m_options, gaps);
            out.insert(out.end(), std::make_move_iterator(listed.begin()), std::make_move_iterator(listed.end()));
        }
        return out;
    }

    [[nodiscard]] text::ExtractOptions& options() { return m_options; }
    [[nodiscard]] const core::Gazetteer& gazetteer() const { return *m_gazetteer; }
    [[nodiscard]] const text::ActorMatcher& actors() const { return *m_actors; }
    [[nodiscard]] const text::Geoparser& parser() const { return *m_parser; }

private:
    ClaimPipeline() = default;
    std::unique_ptr<core::Gazetteer> m_gazetteer;
    std::unique_ptr<text::Geoparser> m_parser;
    std::unique_ptr<text::ActorMatcher> m_actors;
    text::ExtractOptions m_options;
};

} // namespace sitrep::cli
