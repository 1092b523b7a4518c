#include "controlmodel.h"

#include "basemapgeometry.h"
#include "controlmodeldata.h"
#include "workspacefeed.h"

#include "core/controlengine.h"
#include "core/instant.h"
#include "core/regionclaims.h"
#include "geo/gazetteerloader.h"
#include "geo/scenarioloader.h"
#include "geo/territoryengine.h"
#include "geo/territoryframe.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <set>

Q_LOGGING_CATEGORY(lcControl, "sitrep.control")

namespace sitrep::app {

namespace {
const QColor kContested(0x7b, 0x5a, 0x9e); // place dots; areas are styled in controlstyle.h

QColor fromRgb(std::uint32_t rgb)
{
    return QColor::fromRgb(static_cast<QRgb>(0xff000000u | rgb));
}
} // namespace

ControlModel::ControlModel(QObject* parent) : QObject(parent), m_legend(this) {}

ControlModel::~ControlModel() = default;

void ControlModel::componentComplete()
{
    m_complete = true;
    load();
}

void ControlModel::setGeodataPath(const QString& p)
{
    if (p == m_geodataPath)
        return;
    m_geodataPath = p;
    emit sourcesChanged();
    if (m_complete)
        load();
}

void ControlModel::setScenarioPath(const QString& p)
{
    if (p == m_scenarioPath)
        return;
    m_scenarioPath = p;
    emit sourcesChanged();
    if (m_complete)
        load();
}

void ControlModel::setWorkspacePath(const QString& p)
{
    if (p == m_workspacePath)
        return;
    m_workspacePath = p;
    emit sourcesChanged();
    if (m_complete)
        load();
}

void ControlModel::setCorrectionsPath(const QString& p)
{
    if (p == m_correctionsPath)
        return;
    m_correctionsPath = p;
    emit sourcesChanged();
    if (m_complete)
        load();
}

void ControlModel::reloadWorkspace()
{
    if (m_sharedWith) // the engine is the source's: reload it there, it tells us
        return m_sharedWith->reloadWorkspace();
    if (!m_data)
        return;
    Data& d = *m_data;
    const std::string gpkg = (m_geodataPath.isEmpty() ? BaseMapGeometry::defaultGeodataPath() : m_geodataPath).toStdString();
    WorkspaceFeed feed = loadWorkspaceFeed(m_workspacePath, d.scenario.dir, gpkg, d.gazetteer, false);
    if (!feed.error.isEmpty()) {
        m_error = feed.error; // keep showing what was loaded before
        emit loaded();
        return;
    }
    d.shared->workspace = std::move(feed.evidence);
    rebuildEngine();
}

void ControlModel::load()
{
    QElapsedTimer clock;
    clock.start();
    m_layer.reset();
    m_error.clear();
    if (m_sharedWith)
        return loadShared();
    auto data = std::make_unique<Data>(std::make_shared<Shared>());
    const std::string gpkg = (m_geodataPath.isEmpty() ? BaseMapGeometry::defaultGeodataPath() : m_geodataPath).toStdString();
    const std::string dir = m_scenarioPath.isEmpty() ? geo::defaultScenarioDir() : m_scenarioPath.toStdString();
    auto fail = [&](const QString& message) {
        m_error = message;
        qCWarning(lcControl).noquote() << message;
        emit loaded();
    };
    auto gazetteer = geo::loadGazetteer(gpkg);
    if (!gazetteer)
        return fail(QStringLiteral("Gazetteer: ") + QString::fromStdString(gazetteer.error().toString()));
    data->gazetteer = std::move(*gazetteer);
    auto scenario = geo::loadScenario(dir, data->gazetteer);
    if (!scenario)
        return fail(QStringLiteral("Scenario: ") + QString::fromStdString(scenario.error().toString()));
    data->scenario = std::move(*scenario);
    for (const core::Error& w : data->scenario.warnings)
        qCInfo(lcControl).noquote() << QString::fromStdString(w.toString());
    const std::string country = data->scenario.country.empty() ? "SY" : data->scenario.country;
    // The workspace's claims, pins, overrides and places, as `sitrep state` weighs them; when it
    // cannot be read, the error shows and the scenario alone is on the map.
    WorkspaceFeed feed = loadWorkspaceFeed(m_workspacePath, dir, gpkg, data->gazetteer, true);
    data->shared->workspace = std::move(feed.evidence);
    m_workspaceLocation = feed.location;
    const QString correctionProblem = loadCorrections(*data->shared);
    fillControlEngine(data->engine, data->gazetteer, data->scenario,
        data->shared->workspace ? &*data->shared->workspace : nullptr, nullptr);
    for (const core::Claim& c : data->shared->sidecarCorrections)
        data->engine.addClaim(c);
    auto frame = geo::loadTerritoryFrame(gpkg, country);
    if (!frame)
        return fail(QStringLiteral("Territory: ") + QString::fromStdString(frame.error().toString()));
    auto builder = geo::TerritoryBuilder::create(data->gazetteer, *frame);
    if (!builder)
        return fail(QStringLiteral("Territory: ") + QString::fromStdString(builder.error().toString()));
    data->builder = std::move(*builder);
    m_layer = std::make_shared<ControlLayer>(*data->builder, BaseMapGeometry::defaultOrigin(), country);
    m_data = std::move(data);
    m_error = feed.error;
    if (!correctionProblem.isEmpty())
        m_error += (m_error.isEmpty() ? QString() : QStringLiteral("\n")) + correctionProblem;
    finishLoad(clock);
}

void ControlModel::loadShared()
{
    QElapsedTimer clock;
    clock.start();
    m_layer.reset();
    m_data.reset();
    m_error = m_sharedWith->errorString();
    m_workspaceLocation = m_sharedWith->workspaceLocation();
    if (!m_sharedWith->m_data || !m_sharedWith->m_layer) { // not loaded (yet): its loaded() calls again
        emit loaded();
        return;
    }
    m_data = std::make_unique<Data>(m_sharedWith->m_data->shared);
    // A copy of the triangulated cells (own colours and front lines), no geometry work.
    m_layer = std::make_shared<ControlLayer>(*m_sharedWith->m_layer);
    finishLoad(clock);
}

void ControlModel::setSharedWith(ControlModel* source)
{
    if (source == m_sharedWith || source == this)
        return;
    if (m_sharedWith)
        m_sharedWith->disconnect(this);
    m_sharedWith = source;
    if (source) {
        connect(source, &ControlModel::loaded, this, [this] {
            if (m_complete)
                load();
        });
        connect(source, &ControlModel::claimsChanged, this, [this] {
            if (!m_data)
                return;
            m_data->states.clear(); // they point into the engine just rebuilt
            m_data->stateIndex.clear();
            refreshChanges();
            refreshState();
            emit lensChanged();
            emit claimsChanged();
        });
    }
    emit sourcesChanged();
    if (m_complete)
        load();
}

void ControlModel::finishLoad(const QElapsedTimer& clock)
{
    const geo::Scenario& s = m_data->scenario;
    m_title = QString::fromStdString(s.title);
    m_start = s.start;
    m_end = s.end > s.start ? s.end : s.start + 17 * core::kSecondsPerDay;
    if (m_time < m_start || m_time > m_end)
        m_time = m_start;
    std::vector<ActorLegendModel::Row> rows;
    std::set<std::string> outlets;
    for (const core::Actor& a : s.actors.actors())
        if (a.parent.empty())
            rows.push_back({QString::fromStdString(a.id), QString::fromStdString(a.shortName.empty() ? a.name : a.shortName),
                            fromRgb(a.colour), 0});
    for (const core::Claim& c : s.claims)
        if (!c.source.outlet.empty() && !c.baseline)
            outlets.insert(c.source.outlet);
    m_legend.setRows(std::move(rows));
    m_lenses = {QStringLiteral("latest"), QStringLiteral("consensus"), QStringLiteral("side:opposition"),
                QStringLiteral("side:government"), QStringLiteral("side:independent"), QStringLiteral("contested")};
    for (const std::string& o : outlets)
        m_lenses << QStringLiteral("outlet:") + QString::fromStdString(o);
    qCInfo(lcControl) << (m_sharedWith ? "scenario shared in" : "scenario loaded in") << clock.elapsed() << "ms:" << m_layer->cellCount() << "cells,"
                      << m_data->engine.claimCount() << "claims";
    emit loaded();
    refreshChanges();
    refreshState();
    emit timeChanged();
}

void ControlModel::setTimeMs(double ms)
{
    const qint64 t = std::clamp<qint64>(static_cast<qint64>(ms / 1000), m_start, std::max(m_start, m_end));
    if (t == m_time)
        return;
    m_time = t;
    refreshState(); // first, so that bindings reading the state on timeChanged see the new one
    emit timeChanged();
}

bool ControlModel::setTimeIso(const QString& iso)
{
    auto t = core::parseIso8601(iso.toStdString());
    if (!t)
        return false;
    if (core::isDateOnly(iso.toStdString()))
        *t += core::kSecondsPerDay - 1;
    if (m_data) {
        setTimeMs(double(*t) * 1000);
    } else {
        m_time = *t;
        emit timeChanged();
    }
    return true;
}

void ControlModel::setLens(const QString& lens)
{
    if (lens == m_lens || !core::Lens::parse(lens.toStdString()))
        return;
    m_lens = lens;
    refreshChanges();
    refreshState();
    emit lensChanged();
}

QString ControlModel::utcText() const
{
    return QDateTime::fromSecsSinceEpoch(m_time, QTimeZone::utc()).toString(QStringLiteral("ddd d MMM yyyy, HH:mm 'UTC'"));
}

QString ControlModel::damascusText() const
{
    QTimeZone zone("Asia/Damascus");
    if (!zone.isValid())
        zone = QTimeZone(3 * 3600);
    return QDateTime::fromSecsSinceEpoch(m_time, zone).toString(QStringLiteral("ddd d MMM, HH:mm 'Damascus'"));
}

void ControlModel::refreshChanges()
{
    m_changeTimes.clear();
    if (!m_data)
        return;
    auto lens = core::Lens::parse(m_lens.toStdString());
    std::vector<core::Instant> instants;
    // The start is the baseline's instant: what changes at it (an article's "last week" reaching
    // back before the baseline, overruled by it) is the start state, no tick of the timeline.
    for (const core::ControlChange& c : m_data->engine.changes(m_start + 1, m_end, lens ? *lens : core::Lens::latest()))
        if (instants.empty() || instants.back() != c.at)
            instants.push_back(c.at);
    m_data->changeInstants = instants;
    for (core::Instant t : instants)
        m_changeTimes << double(t) * 1000;
}

int ControlModel::changesSoFar() const
{
    if (!m_data)
        return 0;
    const auto& v = m_data->changeInstants;
    return static_cast<int>(std::upper_bound(v.begin(), v.end(), m_time) - v.begin());
}

void ControlModel::nextChange()
{
    if (!m_data)
        return;
    const auto& v = m_data->changeInstants;
    auto it = std::upper_bound(v.begin(), v.end(), m_time);
    if (it != v.end())
        setTimeMs(double(*it) * 1000);
}

void ControlModel::previousChange()
{
    if (!m_data)
        return;
    const auto& v = m_data->changeInstants;
    auto it = std::lower_bound(v.begin(), v.end(), m_time);
    if (it != v.begin())
        setTimeMs(double(*std::prev(it)) * 1000);
}

QColor ControlModel::actorColor(const QString& actorId) const
{
    if (m_data)
        if (const core::Actor* a = m_data->scenario.actors.find(actorId.toStdString()))
            return fromRgb(a->colour);
    return QColor(0x80, 0x80, 0x80);
}

QString ControlModel::holderOf(const QString& placeId) const
{
    return m_holders.value(placeId);
}

QString ControlModel::statusOf(const QString& placeId) const
{
    return m_statuses.value(placeId, QStringLiteral("unknown"));
}

QVariantList ControlModel::claimHistory(const QString& placeId) const
{
    QVariantList out;
    if (!m_data)
        return out;
    auto text = [](std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); };
    for (const core::Claim* c : m_data->engine.claimsFor(placeId.toStdString())) {
        QVariantMap m;
        m[QStringLiteral("time")] = c->time.from
            ? QDateTime::fromSecsSinceEpoch(*c->time.from, QTimeZone::utc()).toString(QStringLiteral("d MMM HH:mm"))
            : QStringLiteral("time unknown");
        m[QStringLiteral("kind")] = text(core::nameOf(c->kind));
        m[QStringLiteral("denies")] = c->stance == core::Stance::Denies;
        m[QStringLiteral("actor")] = actorName(QString::fromStdString(c->actor));
        m[QStringLiteral("actorColor")] = actorColor(QString::fromStdString(m_data->engine.rootActor(c->actor)));
        m[QStringLiteral("outlet")] = QString::fromStdString(c->source.outlet);
        m[QStringLiteral("speaker")] = QString::fromStdString(c->source.speaker);
        m[QStringLiteral("side")] = text(core::nameOf(c->source.side));
        m[QStringLiteral("confidence")] = c->confidence;
        m[QStringLiteral("sentence")] = QString::fromStdString(c->source.sentence);
        m[QStringLiteral("baseline")] = c->baseline;
        m[QStringLiteral("id")] = QString::fromStdString(c->id);
        m[QStringLiteral("articleId")] = QString::fromStdString(c->source.articleId);
        m[QStringLiteral("file")] = QString::fromStdString(c->source.file);
        m[QStringLiteral("start")] = qint64(c->source.start);
        m[QStringLiteral("end")] = qint64(c->source.end);
        // The analyst's own corrections: listed as such, with why (the note) and who.
        m[QStringLiteral("override")] = c->analystOverride;
        m[QStringLiteral("note")] = c->analystOverride ? QString::fromStdString(c->source.sentence) : QString();
        m[QStringLiteral("author")] = c->analystOverride ? QString::fromStdString(c->source.speaker) : QString();
        out << m;
    }
    return out;
}

const core::Gazetteer* ControlModel::gazetteer() const
{
    return m_data ? &m_data->gazetteer : nullptr;
}

const geo::Scenario* ControlModel::scenario() const
{
    return m_data ? &m_data->scenario : nullptr;
}

const core::ControlEngine* ControlModel::engine() const
{
    return m_data ? &m_data->engine : nullptr;
}

void ControlModel::setArticleClaims(std::vector<core::Claim> claims)
{
    if (m_sharedWith) // the engine is the source's: rebuild it there, it tells us
        return m_sharedWith->setArticleClaims(std::move(claims));
    if (!m_data)
        return;
    m_data->shared->articleClaims = std::move(claims); // they stand for their articles in the workspace
    rebuildEngine();
}

QString ControlModel::actorName(const QString& actorId) const
{
    if (m_data)
        if (const core::Actor* a = m_data->scenario.actors.find(actorId.toStdString()))
            return QString::fromStdString(a->shortName.empty() ? a->name : a->shortName);
    return actorId;
}

void ControlModel::refreshState()
{
    if (!m_data || !m_layer)
        return;
    Data& d = *m_data;
    auto parsed = core::Lens::parse(m_lens.toStdString());
    const core::Lens lens = parsed ? *parsed : core::Lens::latest();
    d.engine.states(m_time, lens, d.states);
    // Unchanged holders (most steps of a scrub or of playback) keep the colours, counts and
    // front lines as they are; only the cells' cross-fades and pulses move on.
    const bool changed = !d.sameAsLast(lens.toString());
    QHash<QString, int> counts;
    if (changed) {
        d.stateIndex.clear();
        m_placeColors.clear();
        m_holders.clear();
        m_statuses.clear();
        for (std::size_t i = 0; i < d.states.size(); ++i) {
            const core::PlaceState& s = d.states[i];
            d.stateIndex.emplace(std::string(s.placeId), i);
            const QString id = QString::fromUtf8(s.placeId.data(), qsizetype(s.placeId.size()));
            const QString root = s.actor.empty() ? QString() : QString::fromStdString(d.engine.rootActor(s.actor));
            m_statuses.insert(id, QString::fromUtf8(core::nameOf(s.status).data(), qsizetype(core::nameOf(s.status).size())));
            if (s.status == core::ControlStatus::Contested) {
                m_placeColors.insert(id, kContested.darker(115));
            } else if (s.status == core::ControlStatus::Held || s.status == core::ControlStatus::Stale) {
                const QColor actor = actorColor(root);
                m_placeColors.insert(id, actor.darker(135));
                m_holders.insert(id, root);
                counts[root]++;
            }
        }
    }
    // Cells take their place's state (the builder's cells are keyed by place id): hatched where
    // contested, cross-fading and pulsing after a change (ControlLayer::showState).
    m_layer->showState(d.engine, d.states, m_time, lens, [this](const std::string& actor) {
        return actorColor(QString::fromStdString(actor));
    });
    if (changed) {
        // Front lines from the builder (cached per state vector, so scrubbing back is free); the
        // cells are coloured one by one, so no area is dissolved (that was 4–18 ms a change).
        auto fronts = d.builder->frontLines(geo::stateLookup(d.states, d.engine));
        if (fronts) {
            m_layer->setFrontLines(*fronts); // styled per pair; keeps them alive
        } else {
            qCWarning(lcControl).noquote() << QString::fromStdString(fronts.error().toString());
        }
        m_legend.setCounts(counts);
    }
    emit stateChanged();
}

} // namespace sitrep::app
