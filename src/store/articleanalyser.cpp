#include "articleanalyser.h"

#include "text/actormatcher.h"
#include "text/claimextractor.h"
#include "text/geoparser.h"

#include <filesystem>

namespace sitrep::store {

struct ArticleAnalyser::Impl {
    const core::Gazetteer* gazetteer = nullptr;
    std::unique_ptr<text::Geoparser> parser;
    std::unique_ptr<text::ActorMatcher> actors;
    text::ExtractOptions options;
};

ArticleAnalyser::ArticleAnalyser()
    : m_impl(std::make_unique<Impl>())
{
}

ArticleAnalyser::~ArticleAnalyser() = default;

core::Result<std::unique_ptr<ArticleAnalyser>> ArticleAnalyser::create(
    const core::Gazetteer& gazetteer, const std::string& actorsCsv)
{
    std::vector<core::Actor> actors = text::ActorMatcher::defaultActors();
    std::error_code ec;
    if (!actorsCsv.empty() && std::filesystem::exists(actorsCsv, ec)) {
        auto loaded = text::loadActorsCsv(actorsCsv);
        if (!loaded)
            return std::unexpected(loaded.error());
        actors = std::move(*loaded);
    }
    std::unique_ptr<ArticleAnalyser> out(new ArticleAnalyser());
    Impl& m = *out->m_impl;
    m.gazetteer = &gazetteer;
    m.parser = std::make_unique<text::Geoparser>(gazetteer);
    m.actors = std::make_unique<text::ActorMatcher>(std::move(actors));
    const text::Geoparser* parser = m.parser.get();
    // As `sitrep claims`: the geoparser's world entries ("Iraq") count as places, so claims about
    // other countries are recognised and dropped.
    m.options.findPlace = [parser](std::string_view id) { return parser->findPlace(id); };
    return out;
}

ArticleAnalysis ArticleAnalyser::analyse(const core::Article& article) const
{
    ArticleAnalysis out;
    out.mentions = m_impl->parser->geoparse(article);
    auto extracted
        = text::extractClaimsDetailed(article, out.mentions, *m_impl->actors, *m_impl->gazetteer, m_impl->options);
    out.claims.reserve(extracted.size());
    for (auto& e : extracted)
        out.claims.push_back(std::move(e.claim));
    return out;
}

AnalyseArticle ArticleAnalyser::function() const
{
    return [this](const core::Article& article) { return analyse(article); };
}

} // namespace sitrep::store
