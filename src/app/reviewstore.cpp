#include "reviewstore.h"

#include "sidecarfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep::app {

namespace {

QString qstr(const std::string& s)
{
    return QString::fromStdString(s);
}

// A JSON number that is a whole, non-negative count (offsets, instants).
bool wholeNumber(const QJsonValue& v, double max)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= max && v.toDouble() == double(qint64(v.toDouble()));
}

} // namespace

std::string ReviewStore::location() const
{
    return m_workspace ? m_workspace->location() : m_sidecar;
}

std::string ReviewStore::formatLine(const store::ReviewDecision& d)
{
    const QJsonObject o {{"article_id", qstr(d.articleId)}, {"start", qint64(d.start)}, {"end", qint64(d.end)},
        {"text", qstr(d.text)}, {"decision", qstr(d.decision)}, {"place_id", qstr(d.placeId)},
        {"author", qstr(d.author)}, {"note", qstr(d.note)}, {"decided_at", qint64(d.decidedAt)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

core::Result<store::ReviewDecision> ReviewStore::parseLine(std::string_view line, const std::string& where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(line.data(), qsizetype(line.size())), &error);
    if (doc.isNull())
        return core::fail(
            "not JSON (" + error.errorString().toStdString() + " at byte " + std::to_string(error.offset) + ")", where);
    if (!doc.isObject())
        return core::fail("not a JSON object", where);
    const QJsonObject o = doc.object();
    store::ReviewDecision d;
    if (!o.value("article_id").isString() || o.value("article_id").toString().isEmpty())
        return core::fail("no \"article_id\"", where);
    d.articleId = o.value("article_id").toString().toStdString();
    constexpr double kMaxOffset = 1e12;
    if (!wholeNumber(o.value("start"), kMaxOffset) || !wholeNumber(o.value("end"), kMaxOffset)
        || o.value("end").toDouble() < o.value("start").toDouble())
        return core::fail("\"start\" and \"end\" must be offsets with start ≤ end", where);
    d.start = std::size_t(o.value("start").toDouble());
    d.end = std::size_t(o.value("end").toDouble());
    d.decision = o.value("decision").toString().toStdString();
    if (!store::isReviewDecisionKind(d.decision))
        return core::fail("\"decision\" must be \"pin\", \"reject\", \"not_claim\" or \"recorded\"", where);
    d.placeId = o.value("place_id").toString().toStdString();
    if (d.decision == "pin" && d.placeId.empty())
        return core::fail("a pin needs a \"place_id\"", where);
    d.text = o.value("text").toString().toStdString();
    d.author = o.value("author").toString().toStdString();
    d.note = o.value("note").toString().toStdString();
    if (o.contains("decided_at") && !o.value("decided_at").isDouble())
        return core::fail("\"decided_at\" must be seconds since 1970", where);
    d.decidedAt = qint64(o.value("decided_at").toDouble());
    return d;
}

core::Result<std::vector<store::ReviewDecision>> ReviewStore::load(std::vector<core::Error>& warnings) const
{
    if (m_workspace)
        return m_workspace->reviewDecisions();
    std::vector<store::ReviewDecision> out;
    QFile file(qstr(m_sidecar));
    if (m_sidecar.empty() || !file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly))
        return core::fail("cannot read review decisions: " + file.errorString().toStdString(), m_sidecar);
    std::size_t lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        auto d = parseLine(
            std::string_view(line.constData(), std::size_t(line.size())), m_sidecar + ":" + std::to_string(lineNo));
        if (d)
            out.push_back(std::move(*d));
        else
            warnings.push_back(d.error());
    }
    return out;
}

core::Result<void> ReviewStore::add(const store::ReviewDecision& d)
{
    if (!store::isReviewDecisionKind(d.decision))
        return core::fail(
            "a review decision is \"pin\", \"reject\", \"not_claim\" or \"recorded\", not \"" + d.decision + "\"",
            d.articleId);
    if (m_workspace) {
        auto id = m_workspace->addReviewDecision(d);
        if (!id)
            return std::unexpected(id.error());
        return {};
    }
    if (m_sidecar.empty())
        return core::fail("no workspace is open and no review file is set");
    return appendSidecarLine(m_sidecar, formatLine(d), "review decisions");
}

std::map<MentionKey, store::ReviewDecision> latestDecisions(const std::vector<store::ReviewDecision>& decisions)
{
    std::map<MentionKey, store::ReviewDecision> out;
    for (const store::ReviewDecision& d : decisions)
        if (!store::isSentenceDecision(d.decision))
            out[MentionKey {d.articleId, d.start, d.end}] = d; // oldest first: the newest stays
    return out;
}

std::set<MentionKey> decidedSentences(const std::vector<store::ReviewDecision>& decisions)
{
    std::set<MentionKey> out;
    for (const store::ReviewDecision& d : decisions)
        if (store::isSentenceDecision(d.decision))
            out.insert(MentionKey {d.articleId, d.start, d.end});
    return out;
}

} // namespace sitrep::app
