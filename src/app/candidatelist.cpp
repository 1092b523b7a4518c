#include "candidatelist.h"

#include "core/geopoint.h"

#include <QVariantMap>

#include <algorithm>

namespace sitrep::app {

std::vector<CandidateRow> candidateRows(const core::Mention& mention, const PlaceLookup& find)
{
    std::vector<core::Candidate> ranked = mention.candidates;
    if (mention.placeId && std::none_of(ranked.begin(), ranked.end(), [&](const core::Candidate& c) {
            return c.placeId == *mention.placeId;
        }))
        ranked.insert(ranked.begin(), core::Candidate {*mention.placeId, mention.confidence});
    const std::string anchorId
        = mention.placeId ? *mention.placeId : (ranked.empty() ? std::string() : ranked.front().placeId);
    const core::Place* anchor = anchorId.empty() || !find ? nullptr : find(anchorId);
    std::vector<CandidateRow> out;
    out.reserve(ranked.size());
    for (const core::Candidate& c : ranked) {
        CandidateRow row;
        row.placeId = QString::fromStdString(c.placeId);
        row.score = c.score;
        row.chosen = mention.placeId && *mention.placeId == c.placeId;
        if (const core::Place* p = find ? find(c.placeId) : nullptr) {
            row.name = QString::fromStdString(p->name);
            row.nameAr = QString::fromStdString(p->nameAr);
            const std::string_view kind = core::nameOf(p->kind);
            row.kind
                = QString::fromUtf8(kind.data(), qsizetype(kind.size())).replace(QLatin1Char('_'), QLatin1Char(' '));
            QStringList admin;
            if (!p->admin1.empty() && p->admin1 != p->name)
                admin << QString::fromStdString(p->admin1);
            if (!p->country.empty())
                admin << QString::fromStdString(p->country);
            row.admin = admin.join(QStringLiteral(", "));
            row.lat = p->point.lat;
            row.lon = p->point.lon;
            if (anchor && c.placeId != anchorId)
                row.distanceKm = core::distanceKm(anchor->point, p->point);
        } else {
            row.name = row.placeId;
        }
        out.push_back(std::move(row));
    }
    return out;
}

QVariantList toVariantList(const std::vector<CandidateRow>& rows)
{
    QVariantList out;
    for (const CandidateRow& r : rows)
        out << QVariantMap {{QStringLiteral("placeId"), r.placeId}, {QStringLiteral("name"), r.name},
            {QStringLiteral("nameAr"), r.nameAr}, {QStringLiteral("kind"), r.kind}, {QStringLiteral("admin"), r.admin},
            {QStringLiteral("score"), r.score}, {QStringLiteral("distanceKm"), r.distanceKm},
            {QStringLiteral("chosen"), r.chosen}, {QStringLiteral("lat"), r.lat}, {QStringLiteral("lon"), r.lon}};
    return out;
}

} // namespace sitrep::app
