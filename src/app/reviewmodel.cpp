#include "reviewmodel.h"

#include "candidatelist.h"
#include "controlmodel.h"
#include "geo/scenarioloader.h"
#include "rebind.h"
#include "text/sentences.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcReview, "sitrep.review")

namespace sitrep::app {

namespace {
QString qstr(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

ReviewModel::ReviewModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

ReviewModel::~ReviewModel() = default;

void ReviewModel::componentComplete()
{
    m_complete = true;
    reload();
}

void ReviewModel::setControl(ControlModel* control)
{
    if (!rebind(m_control, control, this, &ControlModel::loaded, &ReviewModel::reload))
        return;
    emit controlChanged();
    reload();
}

void ReviewModel::setSidecarPath(const QString& path)
{
    if (m_sidecarSet && path == sidecarPath())
        return;
    m_sidecarSet = !path.isEmpty();
    m_store.setSidecarPath(path.toStdString());
    emit storeChanged();
    if (m_complete && m_control && m_control->scenario()) {
        if (!m_sidecarSet) // back to the scenario's default
            m_store.setSidecarPath(defaultSidecarPath(qstr(m_control->scenario()->id)).toStdString());
        reloadDecisions();
    }
}

void ReviewModel::setWorkspace(std::shared_ptr<store::Workspace> workspace)
{
    m_store.setWorkspace(std::move(workspace));
    emit storeChanged();
    reloadDecisions();
}

QString ReviewModel::defaultSidecarPath(const QString& scenarioId)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base + QStringLiteral("/review/") + (scenarioId.isEmpty() ? QStringLiteral("scenario") : scenarioId)
        + QStringLiteral(".jsonl");
}

void ReviewModel::reload()
{
    if (!m_complete || !m_control || !m_control->gazetteer() || !m_control->scenario())
        return;
    const geo::Scenario& s = *m_control->scenario();
    if (!m_sidecarSet) {
        m_store.setSidecarPath(defaultSidecarPath(qstr(s.id)).toStdString());
        emit storeChanged();
    }
    beginResetModel(); // the library is about to be replaced: no row may point into it
    m_rows.clear();
    endResetModel();
    m_library.load(s.articlesDir, s.dir + "/actors.csv", *m_control->gazetteer());
    reloadDecisions();
}

void ReviewModel::reloadDecisions()
{
    if (!m_control || !m_control->scenario())
        return;
    std::vector<core::Error> warnings;
    auto loaded = m_store.load(warnings);
    QStringList problems;
    for (const core::Error& w : m_library.warnings())
        problems << qstr(w.toString());
    for (const core::Error& w : warnings)
        problems << qstr(w.toString()) + QStringLiteral(" (line skipped)");
    if (loaded) {
        m_decisions = latestDecisions(*loaded);
        m_sentences = app::decidedSentences(*loaded); // the free function, not the accessor
    } else {
        m_decisions.clear();
        m_sentences.clear();
        problems << QStringLiteral("Review decisions: ") + qstr(loaded.error().toString());
    }
    for (const QString& p : problems)
        qCWarning(lcReview).noquote() << p;
    setError(problems.join(QLatin1Char('\n')));
    rebuildRows();
    applyClaims();
}

void ReviewModel::rebuildRows()
{
    beginResetModel();
    m_rows.clear();
    const PlaceLookup find = [this](std::string_view id) { return m_library.findPlace(id); };
    for (const ArticleLibrary::Entry& e : m_library.articles()) {
        std::vector<text::Sentence> sentences;
        for (std::size_t i = 0; i < e.mentions.size(); ++i) {
            const core::Mention& m = e.mentions[i];
            if (m.status == core::MentionStatus::Resolved && m.confidence >= kLowConfidence)
                continue;
            auto decided = m_decisions.find(MentionKey {e.article.id, m.start, m.end});
            if (decided != m_decisions.end() && decided->second.decision == "reject")
                continue;
            if (sentences.empty())
                sentences = text::splitSentences(e.article.body);
            Row row {&e, i, {}, m.start, m.end, toVariantList(candidateRows(m, find))};
            for (const text::Sentence& s : sentences)
                if (s.start <= m.start && m.end <= s.end) {
                    row.sentence = qstr(s.text);
                    row.sentenceStart = s.start;
                    row.sentenceEnd = s.end;
                    break;
                }
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
    emit countChanged();
}

void ReviewModel::applyClaims()
{
    if (m_control)
        m_control->setArticleClaims(m_library.claims(m_decisions));
    emit decisionsChanged();
}

int ReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    const core::Mention& m = r.entry->mentions[r.mention];
    auto decided = m_decisions.find(MentionKey {r.entry->article.id, m.start, m.end});
    const bool pinned = decided != m_decisions.end() && decided->second.decision == "pin";
    switch (role) {
    case ArticleIdRole:
        return qstr(r.entry->article.id);
    case StartRole:
        return qint64(m.start);
    case EndRole:
        return qint64(m.end);
    case Qt::DisplayRole:
    case MentionTextRole:
        return qstr(m.text);
    case SentenceRole:
        return r.sentence;
    case SentenceStartRole:
        return qint64(r.sentenceStart);
    case SentenceEndRole:
        return qint64(r.sentenceEnd);
    case ArticleTitleRole:
        return qstr(r.entry->article.title);
    case OutletRole:
        return qstr(r.entry->article.outlet);
    case ConfidenceRole:
        return m.confidence;
    case UnresolvedRole:
        return m.status == core::MentionStatus::Unresolved;
    case CandidatesRole:
        return r.candidates;
    case PinnedPlaceIdRole:
        return pinned ? qstr(decided->second.placeId) : QString();
    case PinnedNameRole:
        if (!pinned)
            return QString();
        if (const core::Place* p = m_library.findPlace(decided->second.placeId))
            return qstr(p->name);
        return qstr(decided->second.placeId);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewModel::roleNames() const
{
    return {{ArticleIdRole, "articleId"}, {StartRole, "start"}, {EndRole, "end"}, {MentionTextRole, "mentionText"},
        {SentenceRole, "sentence"}, {SentenceStartRole, "sentenceStart"}, {SentenceEndRole, "sentenceEnd"},
        {ArticleTitleRole, "articleTitle"}, {OutletRole, "outlet"}, {ConfidenceRole, "confidence"},
        {UnresolvedRole, "unresolved"}, {CandidatesRole, "candidates"}, {PinnedPlaceIdRole, "pinnedPlaceId"},
        {PinnedNameRole, "pinnedName"}};
}

int ReviewModel::rowOf(const QString& articleId, int start, int end) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const core::Mention& m = m_rows[i].entry->mentions[m_rows[i].mention];
        if (qstr(m_rows[i].entry->article.id) == articleId && m.start == std::size_t(start)
            && m.end == std::size_t(end))
            return int(i);
    }
    return -1;
}

bool ReviewModel::pin(int row, const QString& placeId)
{
    if (placeId.isEmpty()) {
        setError(QStringLiteral("Choose a place to pin the mention to."));
        return false;
    }
    return decide(row, QStringLiteral("pin"), placeId);
}

bool ReviewModel::reject(int row)
{
    return decide(row, QStringLiteral("reject"), QString());
}

bool ReviewModel::decide(int row, const QString& decision, const QString& placeId)
{
    if (row < 0 || row >= rowCount())
        return false;
    const Row& r = m_rows[std::size_t(row)];
    const core::Mention& m = r.entry->mentions[r.mention];
    store::ReviewDecision d;
    d.articleId = r.entry->article.id;
    d.start = m.start;
    d.end = m.end;
    d.text = m.text;
    d.decision = decision.toStdString();
    d.placeId = placeId.toStdString();
    d.author = qEnvironmentVariable("USER").toStdString();
    d.decidedAt = QDateTime::currentSecsSinceEpoch();
    if (auto stored = m_store.add(d); !stored) {
        setError(QStringLiteral("Review decision not saved: ") + qstr(stored.error().toString()));
        return false;
    }
    setError({});
    m_decisions[MentionKey {d.articleId, d.start, d.end}] = d;
    if (decision == QLatin1String("reject")) {
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        emit countChanged();
    } else {
        emit dataChanged(index(row), index(row), {PinnedPlaceIdRole, PinnedNameRole});
    }
    applyClaims();
    return true;
}

bool ReviewModel::decideSentence(
    const MentionKey& sentence, const std::string& text, const QString& decision, const QString& note)
{
    store::ReviewDecision d;
    d.articleId = sentence.articleId;
    d.start = sentence.start;
    d.end = sentence.end;
    d.text = text;
    d.decision = decision.toStdString();
    d.note = note.toStdString();
    d.author = qEnvironmentVariable("USER").toStdString();
    d.decidedAt = QDateTime::currentSecsSinceEpoch();
    if (auto stored = m_store.add(d); !stored) {
        setError(QStringLiteral("Decision not saved: ") + qstr(stored.error().toString()));
        return false;
    }
    setError({});
    m_sentences.insert(sentence);
    return true;
}

void ReviewModel::setError(const QString& message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorStringChanged();
}

} // namespace sitrep::app
