#include "briefingsources.h"

#include "controlmodel.h"
#include "core/controlengine.h"
#include "core/gazetteer.h"
#include "core/lens.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <set>

namespace sitrep::app {

namespace {
QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QString when(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(QStringLiteral("d MMM yyyy HH:mm 'UTC'"));
}

QString claimLine(const core::Claim& c)
{
    QString who = QString::fromStdString(c.source.outlet);
    if (c.baseline)
        who = QStringLiteral("Scenario baseline");
    else if (who.isEmpty())
        who = QStringLiteral("Analyst timeline");
    if (!c.source.speaker.empty())
        who += QStringLiteral(" — ") + QString::fromStdString(c.source.speaker);
    QString line = who;
    if (c.time.from)
        line += QStringLiteral(", ") + when(*c.time.from);
    line += QStringLiteral(" (%1%2)").arg(
        c.stance == core::Stance::Denies ? QStringLiteral("denies ") : QString(), text(core::nameOf(c.kind)));
    if (!c.source.sentence.empty())
        line += QStringLiteral(": “") + QString::fromStdString(c.source.sentence).simplified() + QStringLiteral("”");
    else if (!c.source.file.empty())
        line += QStringLiteral(": ") + QString::fromStdString(c.source.file);
    return line;
}

QString stateText(const ControlModel& control, const core::PlaceState& s)
{
    auto name = [&](std::string_view actor) { return control.actorName(text(actor)); };
    QString since = s.since ? QStringLiteral(" since ")
            + QDateTime::fromSecsSinceEpoch(*s.since, QTimeZone::utc()).toString(QStringLiteral("d MMM HH:mm"))
                            : QString();
    switch (s.status) {
    case core::ControlStatus::Held:
        return QStringLiteral("held by ") + name(s.actor) + since;
    case core::ControlStatus::Stale:
        return QStringLiteral("last reported held by ") + name(s.actor) + since;
    case core::ControlStatus::Contested: {
        QStringList parties;
        for (const core::Party& p : s.parties)
            if (!p.actor.empty() && !parties.contains(name(p.actor)))
                parties << name(p.actor);
        return QStringLiteral("contested")
            + (parties.isEmpty() ? QString()
                                 : QStringLiteral(" (") + parties.join(QStringLiteral(", ")) + QStringLiteral(")"))
            + since;
    }
    case core::ControlStatus::Unknown:
        break;
    }
    return QStringLiteral("no known holder");
}
} // namespace

SlideSources slideSources(const ControlModel& control, qint64 from, qint64 at, const QString& lensText,
    const QStringList& highlight, int maxClaims)
{
    SlideSources out;
    const core::ControlEngine* engine = control.engine();
    const core::Gazetteer* gazetteer = control.gazetteer();
    auto lens = core::Lens::parse(lensText.toStdString());
    if (!engine || !gazetteer || !lens)
        return out;
    std::set<std::string> changed;
    if (at > from)
        for (const core::ControlChange& c : engine->changes(from + 1, at, *lens))
            if (c.fromStatus != c.toStatus || engine->rootActor(c.fromActor) != engine->rootActor(c.toActor))
                changed.insert(std::string(c.placeId));
    out.changedCount = int(changed.size());

    auto note = [&](const std::string& id, bool isHighlighted) {
        SourceNote n;
        n.placeId = QString::fromStdString(id);
        const core::Place* p = gazetteer->find(id);
        n.place = p ? QString::fromStdString(p->name) : n.placeId;
        n.population = p ? int(std::min<std::int64_t>(p->population, 1'000'000'000)) : 0;
        n.highlighted = isHighlighted;
        n.changed = changed.contains(id);
        const core::PlaceState s = engine->state(id, at, *lens);
        n.state = stateText(control, s);
        std::vector<const core::Claim*> claims(s.evidence.begin(), s.evidence.end());
        for (const core::Party& party : s.parties)
            claims.insert(claims.end(), party.claims.begin(), party.claims.end());
        // Newest first, reports before the baseline, each claim once.
        std::sort(claims.begin(), claims.end(), [](const core::Claim* a, const core::Claim* b) {
            if (a->baseline != b->baseline)
                return !a->baseline;
            return a->time.from.value_or(0) > b->time.from.value_or(0);
        });
        claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
        for (const core::Claim* c : claims) {
            if (n.claims.size() >= maxClaims)
                break;
            n.claims << claimLine(*c);
        }
        return n;
    };
    std::set<std::string> done;
    for (const QString& id : highlight)
        if (done.insert(id.toStdString()).second)
            out.notes.push_back(note(id.toStdString(), true));
    std::vector<SourceNote> others;
    for (const std::string& id : changed)
        if (!done.contains(id))
            others.push_back(note(id, false));
    std::stable_sort(others.begin(), others.end(),
        [](const SourceNote& a, const SourceNote& b) { return a.population > b.population; });
    out.notes.insert(out.notes.end(), others.begin(), others.end());
    return out;
}

} // namespace sitrep::app

namespace sitrep::app {

QString describeLens(const QString& lens)
{
    if (lens == QLatin1String("latest"))
        return QStringLiteral("All sources, latest claim");
    if (lens == QLatin1String("consensus"))
        return QStringLiteral("Confirmed by two outlets");
    if (lens == QLatin1String("contested"))
        return QStringLiteral("Contested only");
    if (lens == QLatin1String("side:opposition"))
        return QStringLiteral("Opposition's own claims");
    if (lens == QLatin1String("side:government"))
        return QStringLiteral("Government's own claims");
    if (lens == QLatin1String("side:independent"))
        return QStringLiteral("Independent sources");
    if (lens.startsWith(QLatin1String("outlet:")))
        return QStringLiteral("Outlet: ") + lens.mid(7);
    return lens;
}

} // namespace sitrep::app
