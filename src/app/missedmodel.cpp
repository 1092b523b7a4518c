#include "missedmodel.h"

#include "controlmodel.h"
#include "rebind.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace sitrep::app {

namespace {

QString qstr(const std::string& s)
{
    return QString::fromStdString(s);
}

// The sentence of `u` from its article's body, its unclaimed places wrapped in <b> (rich text).
QString markedSentence(const core::Article& article, const text::UnclaimedSentence& u)
{
    const QString body = qstr(article.body);
    QString out;
    std::size_t at = u.start;
    const auto slice = [&](std::size_t from, std::size_t to) {
        return body.mid(utf16Offset(body, from), utf16Offset(body, to) - utf16Offset(body, from)).toHtmlEscaped();
    };
    std::vector<text::UnclaimedPlace> places = u.places;
    std::sort(places.begin(), places.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    for (const text::UnclaimedPlace& p : places) {
        if (p.start < at || p.end > u.end)
            continue;
        out += slice(at, p.start);
        out += QStringLiteral("<b><font color=\"#9a3412\">") + slice(p.start, p.end) + QStringLiteral("</font></b>");
        at = p.end;
    }
    out += slice(at, u.end);
    return out.trimmed();
}

QString instantText(core::Instant at)
{
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toString(QStringLiteral("ddd d MMM yyyy, HH:mm 'UTC'"));
}

QString publishedText(const core::Article& article)
{
    return article.published ? instantText(*article.published) : QString();
}

} // namespace

MissedModel::MissedModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

MissedModel::~MissedModel() = default;

void MissedModel::componentComplete()
{
    m_complete = true;
    rebuild();
}

void MissedModel::setReview(ReviewModel* review)
{
    // Pins and rejections move places, and a reload replaces the articles: list again.
    if (!rebind(m_review, review, this, &ReviewModel::decisionsChanged, &MissedModel::rebuild))
        return;
    emit reviewChanged();
    rebuild();
}

void MissedModel::rebuild()
{
    if (!m_complete)
        return;
    beginResetModel();
    m_rows.clear();
    if (m_review) {
        const auto& decided = m_review->decidedSentences();
        for (ArticleLibrary::Unclaimed& u : m_review->library().unclaimed(m_review->decisions()))
            if (!decided.contains(MentionKey {u.entry->article.id, u.sentence.start, u.sentence.end}))
                m_rows.push_back(std::move(u));
    }
    endResetModel();
    emit countChanged();
}

int MissedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MissedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleLibrary::Unclaimed& r = m_rows[std::size_t(index.row())];
    const core::Article& a = r.entry->article;
    const text::UnclaimedSentence& u = r.sentence;
    switch (role) {
    case ArticleIdRole:
        return qstr(a.id);
    case ArticleTitleRole:
        return qstr(a.title);
    case OutletRole:
        return qstr(a.outlet);
    case Qt::DisplayRole:
    case SentenceRole:
        return qstr(u.sentence);
    case SentenceHtmlRole:
        return markedSentence(a, u);
    case SentenceStartRole:
        return qint64(u.start);
    case SentenceEndRole:
        return qint64(u.end);
    case PlacesRole: {
        QVariantList places;
        for (const text::UnclaimedPlace& p : u.places)
            places.push_back(QVariantMap {{QStringLiteral("placeId"), qstr(p.placeId)},
                {QStringLiteral("name"), qstr(p.name)}, {QStringLiteral("text"), qstr(p.text)},
                {QStringLiteral("start"), qint64(p.start)}, {QStringLiteral("end"), qint64(p.end)}});
        return places;
    }
    case ActorRole:
        return qstr(u.actor);
    case ActorNameRole: {
        const ControlModel* control = m_review ? m_review->control() : nullptr;
        return u.actor.empty() || !control ? qstr(u.actorText) : control->actorName(qstr(u.actor));
    }
    case CuesRole: {
        QStringList cues;
        for (const std::string& c : u.cues)
            cues << qstr(c);
        return cues;
    }
    case KindRole:
        return qstr(std::string(core::nameOf(u.kind)));
    case ScoreRole:
        return u.score;
    case TimeMsRole:
        if (u.time.from)
            return double(*u.time.from) * 1000.0;
        return a.published ? double(*a.published) * 1000.0 : std::numeric_limits<double>::quiet_NaN();
    case TimeTextRole:
        return u.time.from ? instantText(*u.time.from) : publishedText(a);
    case TimeSourceRole:
        return u.time.from ? tr("“%1” in the sentence").arg(qstr(u.timeText)) : tr("the article's publication");
    case NoteRole: {
        QStringList source;
        if (!a.outlet.empty())
            source << qstr(a.outlet);
        if (a.published)
            source << QDateTime::fromSecsSinceEpoch(*a.published, QTimeZone::utc()).toString(QStringLiteral("d MMM"));
        return QStringLiteral("“") + qstr(u.sentence) + QStringLiteral("”")
            + (source.isEmpty() ? QString()
                                : QStringLiteral(" (") + source.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MissedModel::roleNames() const
{
    return {{ArticleIdRole, "articleId"}, {ArticleTitleRole, "articleTitle"}, {OutletRole, "outlet"},
        {SentenceRole, "sentence"}, {SentenceHtmlRole, "sentenceHtml"}, {SentenceStartRole, "sentenceStart"},
        {SentenceEndRole, "sentenceEnd"}, {PlacesRole, "places"}, {ActorRole, "actor"}, {ActorNameRole, "actorName"},
        {CuesRole, "cues"}, {KindRole, "kind"}, {ScoreRole, "score"}, {TimeMsRole, "timeMs"},
        {TimeTextRole, "timeText"}, {TimeSourceRole, "timeSource"}, {NoteRole, "note"}};
}

int MissedModel::rowOf(const QString& articleId, int sentenceStart, int sentenceEnd) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (qstr(m_rows[i].entry->article.id) == articleId && m_rows[i].sentence.start == std::size_t(sentenceStart)
            && m_rows[i].sentence.end == std::size_t(sentenceEnd))
            return int(i);
    return -1;
}

QString MissedModel::record(
    int row, const QString& placeId, const QString& actorId, const QString& kind, double timeMs, const QString& note)
{
    if (row < 0 || row >= rowCount())
        return QStringLiteral("No such entry.");
    ControlModel* control = m_review ? m_review->control() : nullptr;
    if (!control)
        return QStringLiteral("No control model to record the correction in.");
    const QString error = control->addCorrection(placeId, actorId, kind, timeMs, note);
    if (!error.isEmpty())
        return error;
    if (!markRecorded(row))
        return m_error;
    return {};
}

bool MissedModel::markRecorded(int row)
{
    return decide(row, QStringLiteral("recorded"), {});
}

bool MissedModel::dismiss(int row)
{
    return decide(row, QStringLiteral("not_claim"), {});
}

bool MissedModel::decide(int row, const QString& decision, const QString& note)
{
    if (row < 0 || row >= rowCount() || !m_review)
        return false;
    const ArticleLibrary::Unclaimed& r = m_rows[std::size_t(row)];
    const MentionKey key {r.entry->article.id, r.sentence.start, r.sentence.end};
    if (!m_review->decideSentence(key, r.sentence.sentence, decision, note)) {
        setError(m_review->errorString());
        return false;
    }
    setError({});
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    emit countChanged();
    return true;
}

void MissedModel::setError(const QString& message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorStringChanged();
}

} // namespace sitrep::app
