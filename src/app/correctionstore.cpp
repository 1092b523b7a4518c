#include "correctionstore.h"

#include "sidecarfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <map>

namespace sitrep::app {

namespace {

QString qstr(const std::string& s)
{
    return QString::fromStdString(s);
}

// A JSON number that is a whole number in [min, max] (ids, instants).
bool wholeNumber(const QJsonValue& v, double min, double max)
{
    return v.isDouble() && v.toDouble() >= min && v.toDouble() <= max && v.toDouble() == double(qint64(v.toDouble()));
}

constexpr double kMaxId = 9e15;
constexpr double kMaxInstant = 1e11; // the year 5138: far enough

} // namespace

void finishCorrectionClaim(store::Override& o, const std::string& claimId)
{
    o.claim.id = claimId;
    o.claim.analystOverride = true;
    o.claim.source.side = core::SpeakerSide::Analyst;
    o.claim.source.speaker = o.author;
    o.claim.source.sentence = o.note; // why: what the place panel and `state` show
    o.claim.confidence = 1.0;
}

std::string CorrectionStore::location() const
{
    return m_workspace ? m_workspace->location() : m_sidecar;
}

std::string CorrectionStore::claimId(std::int64_t id) const
{
    return (m_workspace ? "override:" : "correction:") + std::to_string(id);
}

std::optional<std::int64_t> CorrectionStore::idOfClaim(std::string_view claimId)
{
    for (std::string_view prefix : {std::string_view("override:"), std::string_view("correction:")}) {
        if (!claimId.starts_with(prefix))
            continue;
        const std::string_view digits = claimId.substr(prefix.size());
        std::int64_t id = 0;
        auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
        if (ec == std::errc() && ptr == digits.data() + digits.size() && id > 0)
            return id;
    }
    return std::nullopt;
}

std::string CorrectionStore::formatAdd(const store::Override& o)
{
    const core::Claim& c = o.claim;
    QJsonObject j {{"op", "add"}, {"id", qint64(o.id)}, {"place_id", qstr(c.placeId)}, {"actor", qstr(c.actor)},
        {"kind", qstr(std::string(core::nameOf(c.kind)))}, {"stance", qstr(std::string(core::nameOf(c.stance)))},
        {"time_from", qint64(c.time.from.value_or(0))},
        {"time_precision", qstr(std::string(core::nameOf(c.time.precision)))}, {"author", qstr(o.author)},
        {"note", qstr(o.note)}, {"decided_at", qint64(o.decidedAt)}};
    if (!c.counterpart.empty())
        j.insert("counterpart", qstr(c.counterpart));
    return QJsonDocument(j).toJson(QJsonDocument::Compact).toStdString();
}

std::string CorrectionStore::formatRemove(std::int64_t id)
{
    return QJsonDocument(QJsonObject {{"op", "remove"}, {"id", qint64(id)}})
        .toJson(QJsonDocument::Compact)
        .toStdString();
}

core::Result<CorrectionStore::Line> CorrectionStore::parseLine(std::string_view text, const std::string& where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size())), &error);
    if (doc.isNull())
        return core::fail(
            "not JSON (" + error.errorString().toStdString() + " at byte " + std::to_string(error.offset) + ")", where);
    if (!doc.isObject())
        return core::fail("not a JSON object", where);
    const QJsonObject j = doc.object();
    const QString op = j.value("op").toString();
    if (op != "add" && op != "remove")
        return core::fail("\"op\" must be \"add\" or \"remove\"", where);
    if (!wholeNumber(j.value("id"), 1, kMaxId))
        return core::fail("\"id\" must be a whole number from 1", where);
    Line line;
    line.remove = op == "remove";
    store::Override& o = line.correction;
    o.id = qint64(j.value("id").toDouble());
    if (line.remove)
        return line;
    core::Claim& c = o.claim;
    c.placeId = j.value("place_id").toString().toStdString();
    c.actor = j.value("actor").toString().toStdString();
    if (c.placeId.empty() || c.actor.empty())
        return core::fail("a correction needs a \"place_id\" and an \"actor\"", where);
    c.counterpart = j.value("counterpart").toString().toStdString();
    auto kind = core::claimKindFromString(j.value("kind").toString().toStdString());
    if (!kind)
        return core::fail("unknown \"kind\" '" + j.value("kind").toString().toStdString() + "'", where);
    c.kind = *kind;
    const std::string stance = j.value("stance").toString(QStringLiteral("affirms")).toStdString();
    auto parsedStance = core::stanceFromString(stance);
    if (!parsedStance)
        return core::fail("\"stance\" must be \"affirms\" or \"denies\", not '" + stance + "'", where);
    c.stance = *parsedStance;
    if (!wholeNumber(j.value("time_from"), 1, kMaxInstant))
        return core::fail("\"time_from\" must be seconds since 1970", where);
    c.time.from = core::Instant(j.value("time_from").toDouble());
    c.time.precision = core::timePrecisionFromString(j.value("time_precision").toString().toStdString())
                           .value_or(core::TimePrecision::Minute);
    o.author = j.value("author").toString().toStdString();
    o.note = j.value("note").toString().toStdString();
    if (j.contains("decided_at") && !j.value("decided_at").isDouble())
        return core::fail("\"decided_at\" must be seconds since 1970", where);
    o.decidedAt = core::Instant(j.value("decided_at").toDouble());
    return line;
}

core::Result<std::vector<CorrectionStore::Line>> CorrectionStore::readSidecar(
    std::vector<core::Error>& warnings, std::int64_t& maxId) const
{
    std::vector<Line> out;
    maxId = 0;
    QFile file(qstr(m_sidecar));
    if (m_sidecar.empty() || !file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly))
        return core::fail("cannot read corrections: " + file.errorString().toStdString(), m_sidecar);
    std::size_t lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++lineNo;
        if (text.isEmpty())
            continue;
        auto line = parseLine(
            std::string_view(text.constData(), std::size_t(text.size())), m_sidecar + ":" + std::to_string(lineNo));
        if (!line) {
            warnings.push_back(line.error());
            // An id in a damaged line is still taken: a new correction must not reuse it.
            const QJsonValue id = QJsonDocument::fromJson(text).object().value("id");
            if (wholeNumber(id, 1, kMaxId))
                maxId = std::max(maxId, std::int64_t(id.toDouble()));
            continue;
        }
        maxId = std::max(maxId, line->correction.id);
        out.push_back(std::move(*line));
    }
    return out;
}

core::Result<std::vector<store::Override>> CorrectionStore::load(std::vector<core::Error>& warnings) const
{
    if (m_workspace) {
        auto stored = m_workspace->overrides();
        if (!stored)
            return std::unexpected(stored.error());
        for (store::Override& o : *stored)
            finishCorrectionClaim(o, claimId(o.id));
        return stored;
    }
    std::int64_t maxId = 0;
    auto lines = readSidecar(warnings, maxId);
    if (!lines)
        return std::unexpected(lines.error());
    // Replayed in order: the newest line about an id wins, so a removed one stays removed.
    std::map<std::int64_t, std::size_t> alive; // id → index in out
    std::vector<std::optional<store::Override>> out;
    for (Line& line : *lines) {
        auto it = alive.find(line.correction.id);
        if (line.remove) {
            if (it != alive.end()) {
                out[it->second].reset();
                alive.erase(it);
            }
            continue;
        }
        if (it != alive.end())
            out[it->second].reset();
        alive[line.correction.id] = out.size();
        out.push_back(std::move(line.correction));
    }
    std::vector<store::Override> result;
    for (auto& o : out)
        if (o) {
            finishCorrectionClaim(*o, claimId(o->id));
            result.push_back(std::move(*o));
        }
    return result;
}

core::Result<void> CorrectionStore::append(const std::string& text)
{
    if (m_sidecar.empty())
        return core::fail("no workspace is open and no corrections file is set");
    return appendSidecarLine(m_sidecar, text, "corrections");
}

core::Result<std::int64_t> CorrectionStore::add(const store::Override& correction)
{
    const core::Claim& c = correction.claim;
    if (c.placeId.empty() || c.actor.empty())
        return core::fail("a correction needs a place and an actor");
    if (!c.time.from)
        return core::fail("a correction needs a time", c.placeId);
    if (m_workspace)
        return m_workspace->addOverride(correction);
    std::vector<core::Error> ignored;
    std::int64_t maxId = 0;
    if (auto lines = readSidecar(ignored, maxId); !lines)
        return std::unexpected(lines.error());
    store::Override stored = correction;
    stored.id = maxId + 1;
    if (auto written = append(formatAdd(stored)); !written)
        return std::unexpected(written.error());
    return stored.id;
}

core::Result<bool> CorrectionStore::remove(std::int64_t id)
{
    if (m_workspace)
        return m_workspace->removeOverride(id);
    std::vector<core::Error> ignored;
    auto current = load(ignored);
    if (!current)
        return std::unexpected(current.error());
    if (std::none_of(current->begin(), current->end(), [&](const store::Override& o) { return o.id == id; }))
        return false;
    if (auto written = append(formatRemove(id)); !written)
        return std::unexpected(written.error());
    return true;
}

} // namespace sitrep::app
