#include "geoparser.h"

#include "recogniser.h"

#include <mutex>

namespace sitrep::text {

namespace {

std::shared_ptr<const CommonWords> loadWords(const std::string& path)
{
    auto words = std::make_shared<CommonWords>();
    if (path.empty())
        words->loadDefault();
    else
        words->load(path);
    return words;
}

} // namespace

Geoparser::Geoparser(const sitrep::core::Gazetteer& gazetteer, GeoparserOptions options)
    : m_index(std::make_unique<PlaceIndex>(gazetteer, loadWords(options.commonWordsPath)))
    , m_resolver(*m_index, options.resolver)
{
}

const sitrep::core::Place* Geoparser::findPlace(std::string_view id) const
{
    const auto i = m_index->placeIndex(id);
    return i == PlaceIndex::kNone ? nullptr : &m_index->place(i);
}

std::vector<sitrep::core::Mention> Geoparser::geoparseText(std::string_view text, std::size_t codePointBase,
                                                           const std::string& articleId) const
{
    RecognitionResult found;
    Recogniser(*m_index).recognise(text, found);
    const auto resolutions = m_resolver.resolve(found);
    std::vector<sitrep::core::Mention> out;
    out.reserve(found.mentions.size());
    // Mentions come in text order: count code points incrementally.
    std::size_t byte = 0;
    std::size_t cp = codePointBase;
    auto advance = [&](std::size_t to) {
        for (; byte < to && byte < text.size(); ++byte)
            if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80)
                ++cp;
        return cp;
    };
    for (std::size_t i = 0; i < found.mentions.size(); ++i) {
        const auto& r = found.mentions[i];
        const auto& res = resolutions[i];
        // A generic facility name of a city the text did not name ("the military academy" in a
        // Damascus story) has no candidate left: no mention.
        if (res.ranked.empty())
            continue;
        sitrep::core::Mention m;
        m.articleId = articleId;
        m.start = advance(r.start);
        m.end = advance(r.end);
        m.text = std::string(text.substr(r.start, r.end - r.start));
        m.relation = r.relation;
        m.confidence = res.confidence;
        for (std::size_t k = 0; k < res.ranked.size() && k < 10; ++k)
            m.candidates.push_back({m_index->place(res.ranked[k].place).id, res.ranked[k].score});
        if (res.resolved && !res.ranked.empty()) {
            m.placeId = m_index->place(res.ranked.front().place).id;
            m.status = sitrep::core::MentionStatus::Resolved;
        }
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<sitrep::core::Mention> Geoparser::geoparse(const sitrep::core::Article& article) const
{
    return geoparseText(article.body, 0, article.id);
}

std::vector<sitrep::core::Mention> geoparse(const sitrep::core::Article& article,
                                            const sitrep::core::Gazetteer& gazetteer)
{
    static std::mutex mutex;
    static const sitrep::core::Gazetteer* cachedFor = nullptr;
    static std::size_t cachedSize = 0;
    static std::string cachedFirst;
    static std::unique_ptr<Geoparser> cached;
    std::lock_guard lock(mutex);
    const std::string first = gazetteer.empty() ? std::string() : gazetteer.places().front().id;
    if (!cached || cachedFor != &gazetteer || cachedSize != gazetteer.size() || cachedFirst != first) {
        cached = std::make_unique<Geoparser>(gazetteer);
        cachedFor = &gazetteer;
        cachedSize = gazetteer.size();
        cachedFirst = first;
    }
    return cached->geoparse(article);
}

} // namespace sitrep::text
