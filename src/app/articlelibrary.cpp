#include "articlelibrary.h"

#include "text/actormatcher.h"
#include "text/articlereader.h"
#include "text/claimextractor.h"
#include "text/geoparser.h"

#include <QLoggingCategory>

#include <algorithm>
#include <filesystem>

Q_LOGGING_CATEGORY(lcArticles, "sitrep.articles")

namespace sitrep::app {

ArticleLibrary::ArticleLibrary() = default;
ArticleLibrary::~ArticleLibrary() = default;

void ArticleLibrary::load(const std::string& dir, const std::string& actorsPath, const core::Gazetteer& gazetteer)
{
    namespace fs = std::filesystem;
    m_entries.clear();
    m_warnings.clear();
    m_extraPlaces.clear();
    m_gazetteer = &gazetteer;
    const auto parser = std::make_unique<text::Geoparser>(gazetteer);
    std::vector<core::Actor> actors = text::ActorMatcher::defaultActors();
    std::error_code ec;
    if (fs::exists(actorsPath, ec)) {
        if (auto loaded = text::loadActorsCsv(actorsPath))
            actors = std::move(*loaded);
        else
            m_warnings.push_back(loaded.error());
    }
    m_actors = std::make_unique<text::ActorMatcher>(std::move(actors));

    std::vector<std::string> files;
    if (!dir.empty() && fs::is_directory(dir, ec))
        for (const auto& e : fs::directory_iterator(dir, ec)) {
            const std::string ext = e.path().extension().string();
            if (e.is_regular_file() && (ext == ".txt" || ext == ".md" || ext == ".jsonl" || ext == ".ndjson"))
                files.push_back(e.path().string());
        }
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) {
        auto articles = text::readArticles(file);
        if (!articles) {
            m_warnings.push_back(articles.error());
            continue;
        }
        for (core::Article& a : *articles) {
            Entry e;
            e.mentions = parser->geoparse(a);
            e.article = std::move(a);
            m_entries.push_back(std::move(e));
        }
    }
    // The geoparser (its place index and word list, 7 MB) goes with this function; what
    // outlives it are the places its mentions name that the gazetteer lacks (its world entries).
    auto keep = [&](const std::string& id) {
        if (!id.empty() && !gazetteer.find(id) && !m_extraPlaces.count(id))
            if (const core::Place* p = parser->findPlace(id))
                m_extraPlaces.emplace(id, *p);
    };
    for (const Entry& e : m_entries)
        for (const core::Mention& m : e.mentions) {
            keep(m.placeId.value_or(""));
            for (const core::Candidate& c : m.candidates)
                keep(c.placeId);
        }
    for (const core::Error& w : m_warnings)
        qCWarning(lcArticles).noquote() << QString::fromStdString(w.toString());
}

const ArticleLibrary::Entry* ArticleLibrary::find(std::string_view articleId) const
{
    for (const Entry& e : m_entries)
        if (e.article.id == articleId)
            return &e;
    return nullptr;
}

const core::Place* ArticleLibrary::findPlace(std::string_view id) const
{
    if (const core::Place* p = m_gazetteer ? m_gazetteer->find(id) : nullptr)
        return p;
    const auto it = m_extraPlaces.find(std::string(id));
    return it == m_extraPlaces.end() ? nullptr : &it->second;
}

text::ExtractOptions ArticleLibrary::extractOptions() const
{
    text::ExtractOptions options;
    options.findPlace = [this](std::string_view id) { return findPlace(id); };
    return options;
}

ArticleLibrary::Reading ArticleLibrary::read(const Entry& e,
    const std::map<MentionKey, store::ReviewDecision>& decisions, const text::ExtractOptions& options) const
{
    Reading r {e.mentions, {}};
    for (core::Mention& m : r.mentions)
        if (auto it = decisions.find(MentionKey {e.article.id, m.start, m.end}); it != decisions.end())
            m = applyDecision(std::move(m), it->second);
    r.claims = text::extractClaimsDetailed(e.article, r.mentions, *m_actors, *m_gazetteer, options);
    return r;
}

std::vector<core::Claim> ArticleLibrary::claims(const std::map<MentionKey, store::ReviewDecision>& decisions) const
{
    std::vector<core::Claim> out;
    if (!m_actors || !m_gazetteer)
        return out;
    const text::ExtractOptions options = extractOptions();
    for (const Entry& e : m_entries)
        for (text::ExtractedClaim& c : read(e, decisions, options).claims)
            if (!c.claim.placeId.empty())
                out.push_back(std::move(c.claim));
    return out;
}

std::vector<ArticleLibrary::Unclaimed> ArticleLibrary::unclaimed(
    const std::map<MentionKey, store::ReviewDecision>& decisions) const
{
    std::vector<Unclaimed> out;
    if (!m_actors || !m_gazetteer)
        return out;
    const text::ExtractOptions options = extractOptions();
    for (const Entry& e : m_entries) {
        const Reading r = read(e, decisions, options);
        for (text::UnclaimedSentence& u :
            text::findUnclaimedSentences(e.article, r.mentions, r.claims, *m_actors, *m_gazetteer, options))
            out.push_back({&e, std::move(u)});
    }
    std::stable_sort(out.begin(), out.end(),
        [](const Unclaimed& a, const Unclaimed& b) { return a.sentence.score > b.sentence.score; });
    return out;
}

core::Mention applyDecision(core::Mention mention, const store::ReviewDecision& decision)
{
    if (decision.decision == "pin" && !decision.placeId.empty()) {
        mention.placeId = decision.placeId;
        mention.status = core::MentionStatus::Resolved;
        mention.confidence = 1.0;
    } else if (decision.decision == "reject") {
        mention.placeId.reset();
        mention.status = core::MentionStatus::Unresolved;
        mention.confidence = 0.0;
    }
    return mention;
}

qsizetype utf16Offset(const QString& text, std::size_t codePoint)
{
    qsizetype i = 0;
    for (std::size_t n = 0; n < codePoint && i < text.size(); ++n)
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
    return i;
}

} // namespace sitrep::app
