#include "placedetails.h"

#include "candidatelist.h"
#include "controllayer.h"
#include "core/gazetteer.h"
#include "mercator.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace sitrep::app {

namespace {
QString qstr(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

PlaceDetails::PlaceDetails(QObject* parent)
    : QObject(parent)
{
}

PlaceDetails::~PlaceDetails() = default;

void PlaceDetails::setControl(ControlModel* control)
{
    if (control == m_control)
        return;
    if (m_control)
        disconnect(m_control, nullptr, this, nullptr);
    m_control = control;
    if (m_control) {
        connect(m_control, &ControlModel::claimsChanged, this, &PlaceDetails::bump);
        connect(m_control, &ControlModel::loaded, this, [this] {
            m_finder.reset(); // it points into the gazetteer just replaced
            bump();
        });
    }
    emit sourcesChanged();
    bump();
}

void PlaceDetails::setReview(ReviewModel* review)
{
    if (review == m_review)
        return;
    if (m_review)
        disconnect(m_review, nullptr, this, nullptr);
    m_review = review;
    if (m_review)
        connect(m_review, &ReviewModel::decisionsChanged, this, &PlaceDetails::bump);
    emit sourcesChanged();
    bump();
}

void PlaceDetails::bump()
{
    ++m_revision;
    emit revisionChanged();
}

QString PlaceDetails::rowKey(const QString& claimId)
{
    static const QRegularExpression perOutlet(QStringLiteral("^(timeline:\\d+)\\.\\d+(@.*)?$"));
    const auto m = perOutlet.match(claimId);
    return m.hasMatch() ? m.captured(1) + m.captured(2) : claimId;
}

QVariantList PlaceDetails::groupHistory(const QVariantList& claims)
{
    QVariantList out;
    QHash<QString, qsizetype> seen; // row key → index in out
    for (const QVariant& v : claims) {
        QVariantMap c = v.toMap();
        const QString outlet = c.value(QStringLiteral("outlet")).toString();
        const QString key = rowKey(c.value(QStringLiteral("id")).toString());
        auto it = key.isEmpty() ? seen.end() : seen.find(key);
        if (it != seen.end()) {
            QVariantMap first = out[*it].toMap();
            QStringList outlets = first.value(QStringLiteral("outlets")).toStringList();
            if (!outlet.isEmpty() && !outlets.contains(outlet))
                outlets << outlet;
            first[QStringLiteral("outlets")] = outlets;
            first[QStringLiteral("outlet")] = outlets.join(QStringLiteral(", "));
            out[*it] = first;
            continue;
        }
        c[QStringLiteral("outlets")] = outlet.isEmpty() ? QStringList() : QStringList {outlet};
        if (!key.isEmpty())
            seen.insert(key, out.size());
        out << c;
    }
    return out;
}

QVariantList PlaceDetails::history(const QString& placeId) const
{
    if (!m_control || placeId.isEmpty())
        return {};
    QVariantList grouped = groupHistory(m_control->claimHistory(placeId));
    for (QVariant& v : grouped) {
        QVariantMap c = v.toMap();
        const QString article = c.value(QStringLiteral("articleId")).toString();
        c[QStringLiteral("hasArticle")]
            = !article.isEmpty() && m_review && m_review->library().find(article.toStdString()) != nullptr;
        v = c;
    }
    return grouped;
}

QVariantMap PlaceDetails::article(const QString& articleId, qint64 start, qint64 end) const
{
    QVariantMap out {{QStringLiteral("found"), false}};
    const ArticleLibrary::Entry* e = m_review ? m_review->library().find(articleId.toStdString()) : nullptr;
    if (!e)
        return out;
    const core::Article& a = e->article;
    const QString text = qstr(a.body);
    out[QStringLiteral("found")] = true;
    // An article without a title is named by its file (the folder adds nothing but width).
    out[QStringLiteral("title")] = a.title.empty() ? QFileInfo(qstr(a.file)).fileName() : qstr(a.title);
    out[QStringLiteral("outlet")] = qstr(a.outlet);
    out[QStringLiteral("url")] = qstr(a.url);
    out[QStringLiteral("file")] = qstr(a.file);
    out[QStringLiteral("published")] = a.published ? QDateTime::fromSecsSinceEpoch(*a.published, QTimeZone::utc())
                                                         .toString(QStringLiteral("d MMM yyyy, HH:mm 'UTC'"))
                                                   : QStringLiteral("date unknown");
    out[QStringLiteral("text")] = text;
    const qsizetype from = utf16Offset(text, std::size_t(std::max<qint64>(0, start)));
    out[QStringLiteral("highlightStart")] = from;
    out[QStringLiteral("highlightEnd")] = std::max(from, utf16Offset(text, std::size_t(std::max<qint64>(0, end))));
    return out;
}

QVariantMap PlaceDetails::mention(const QString& articleId, qint64 start, qint64 end, const QString& placeId) const
{
    QVariantMap out {{QStringLiteral("found"), false}};
    const ArticleLibrary::Entry* e = m_review ? m_review->library().find(articleId.toStdString()) : nullptr;
    if (!e)
        return out;
    const std::string wanted = placeId.toStdString();
    const auto& decisions = m_review->decisions();
    auto placeOf = [&](const core::Mention& m) {
        auto d = decisions.find(MentionKey {e->article.id, m.start, m.end});
        return (d == decisions.end() ? m : applyDecision(m, d->second)).placeId;
    };
    // The place named in the sentence; else the mention the sentence refers back to ("the
    // city"): the last one of the place before it; else the sentence's first mention.
    const core::Mention* best = nullptr;
    const core::Mention* inSentence = nullptr;
    for (const core::Mention& m : e->mentions) {
        const bool inside = m.start >= std::size_t(start) && m.end <= std::size_t(end);
        if (inside && !inSentence)
            inSentence = &m;
        if (placeOf(m) != wanted)
            continue;
        if (inside) {
            best = &m;
            break;
        }
        if (m.end <= std::size_t(start))
            best = &m;
    }
    if (!best)
        best = inSentence;
    if (!best)
        return out;
    auto d = decisions.find(MentionKey {e->article.id, best->start, best->end});
    const core::Mention shown = d == decisions.end() ? *best : applyDecision(*best, d->second);
    const PlaceLookup find = [this](std::string_view id) { return m_review->library().findPlace(id); };
    // The candidates the resolver weighed; a pin only marks which one was chosen.
    core::Mention ranked = *best;
    ranked.placeId = shown.placeId;
    out[QStringLiteral("found")] = true;
    out[QStringLiteral("text")] = qstr(best->text);
    out[QStringLiteral("start")] = qint64(best->start);
    out[QStringLiteral("end")] = qint64(best->end);
    out[QStringLiteral("confidence")] = best->confidence;
    out[QStringLiteral("pinned")] = d != decisions.end() && d->second.decision == "pin";
    out[QStringLiteral("candidates")] = toVariantList(candidateRows(ranked, find));
    return out;
}

QString PlaceDetails::placeAtCoordinate(const QGeoCoordinate& coordinate) const
{
    if (!m_control || !coordinate.isValid())
        return {};
    const std::shared_ptr<const ControlLayer> layer = m_control->layer();
    if (!layer)
        return {};
    const QPointF world = mercator::toWorld(coordinate.longitude(), coordinate.latitude()) - layer->origin();
    const auto& paths = layer->cellPaths();
    for (std::size_t i = 0; i < paths.size(); ++i)
        if (paths[i].boundingRect().contains(world) && paths[i].contains(world))
            return qstr(layer->cellPlaceIds()[i]);
    return {};
}

QVariantList PlaceDetails::search(const QString& text, int limit) const
{
    QVariantList out;
    const core::Gazetteer* gazetteer = m_control ? m_control->gazetteer() : nullptr;
    if (!gazetteer || text.trimmed().isEmpty() || limit <= 0)
        return out;
    if (!m_finder)
        m_finder = std::make_unique<text::PlaceFinder>(*gazetteer);
    for (const text::PlaceFinder::Match& m : m_finder->find(text.trimmed().toStdString(), std::size_t(limit))) {
        const core::Place& p = *m.place;
        const std::string_view kind = core::nameOf(p.kind);
        out << QVariantMap {{QStringLiteral("placeId"), qstr(p.id)}, {QStringLiteral("name"), qstr(p.name)},
            {QStringLiteral("nameAr"), qstr(p.nameAr)}, {QStringLiteral("matched"), qstr(m.name)},
            {QStringLiteral("kind"), QString::fromUtf8(kind.data(), qsizetype(kind.size()))},
            {QStringLiteral("admin"), qstr(p.admin1.empty() ? p.country : p.admin1 + ", " + p.country)},
            {QStringLiteral("lat"), p.point.lat}, {QStringLiteral("lon"), p.point.lon}};
    }
    return out;
}

QString PlaceDetails::placeName(const QString& placeId) const
{
    const core::Gazetteer* gazetteer = m_control ? m_control->gazetteer() : nullptr;
    if (const core::Place* p = gazetteer ? gazetteer->find(placeId.toStdString()) : nullptr)
        return qstr(p->name);
    if (const core::Place* p = m_review ? m_review->library().findPlace(placeId.toStdString()) : nullptr)
        return qstr(p->name);
    return placeId;
}

} // namespace sitrep::app
