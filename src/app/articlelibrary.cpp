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
    m_readings.clear();
    m_readCount = 0;
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

const ArticleLibrary::Reading& ArticleLibrary::read(
    std::size_t index, const std::map<MentionKey, store::ReviewDecision>& decisions) const
{
    const Entry& e = m_entries[index];
    DecisionKey key;
    for (std::size_t i = 0; i < e.mentions.size(); ++i)
        if (auto it = decisions.find(MentionKey {e.article.id, e.mentions[i].start, e.mentions[i].end});
            it != decisions.end())
            key.emplace_back(i, it->second.decision, it->second.placeId);
    m_readings.resize(m_entries.size());
    std::optional<CachedReading>& cached = m_readings[index];
    if (cached && cached->key == key)
        return cached->reading;
    Reading r {e.mentions, {}};
    for (const auto& [i, decision, placeId] : key)
        r.mentions[i] = applyDecision(std::move(r.mentions[i]),
            decisions.at(MentionKey {e.article.id, e.mentions[i].start, e.mentions[i].end}));
    r.claims = text::extractClaimsDetailed(e.article, r.mentions, *m_actors, *m_gazetteer, extractOptions());
    ++m_readCount;
    cached = CachedReading {std::move(key), std::move(r)};
    return cached->reading;
}

std::vector<core::Claim> ArticleLibrary::claims(const std::map<MentionKey, store::ReviewDecision>& decisions) const
{
    std::vector<core::Claim> out;
    if (!m_actors || !m_gazetteer)
        return out;
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        for (const text::ExtractedClaim& c : read(i, decisions).claims)
            if (!c.claim.placeId.empty())
                out.push_back(c.claim);
    return out;
}

std::vector<ArticleLibrary::Unclaimed> ArticleLibrary::unclaimed(
    const std::map<MentionKey, store::ReviewDecision>& decisions) const
{
    std::vector<Unclaimed> out;
    if (!m_actors || !m_gazetteer)
        return out;
    const text::ExtractOptions options = extractOptions();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        const Reading& r = read(i, decisions);
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
