#include "controlmodel.h"

#include "basemapgeometry.h"

#include "core/controlengine.h"
#include "core/instant.h"
#include "geo/gazetteerloader.h"
#include "geo/scenarioloader.h"
#include "geo/territoryengine.h"
#include "geo/territoryframe.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>
#include <set>

Q_LOGGING_CATEGORY(lcControl, "sitrep.control")

namespace sitrep::app {

namespace {
const QColor kContested(0x7b, 0x5a, 0x9e);
constexpr double kHeldAlpha = 0.36;
constexpr double kStaleAlpha = 0.2;
constexpr double kContestedAlpha = 0.45;

QColor fromRgb(std::uint32_t rgb)
{
    return QColor::fromRgb(static_cast<QRgb>(0xff000000u | rgb));
}
} // namespace

struct ControlModel::Data {
    core::Gazetteer gazetteer;
    geo::Scenario scenario;
    core::ControlEngine engine;
    std::unique_ptr<geo::TerritoryBuilder> builder;
    std::vector<core::PlaceState> states;
    std::vector<core::Instant> changeInstants;
    std::vector<std::shared_ptr<const geo::MultiLineString>> front; // kept alive while drawn
    std::unordered_map<std::string, std::size_t> stateIndex;
};

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

void ControlModel::load()
{
    QElapsedTimer clock;
    clock.start();
    m_layer.reset();
    m_error.clear();
    auto data = std::make_unique<Data>();
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
    data->engine.setActors(data->scenario.actors);
    for (const core::Place& p : data->gazetteer.places())
        if (core::isSettlementLike(p.kind) && p.country == country)
            data->engine.addPlace(p.id);
    for (const core::Claim& c : data->scenario.claims)
        data->engine.addClaim(c);
    auto frame = geo::loadTerritoryFrame(gpkg, country);
    if (!frame)
        return fail(QStringLiteral("Territory: ") + QString::fromStdString(frame.error().toString()));
    auto builder = geo::TerritoryBuilder::create(data->gazetteer, *frame);
    if (!builder)
        return fail(QStringLiteral("Territory: ") + QString::fromStdString(builder.error().toString()));
    data->builder = std::move(*builder);
    m_layer = std::make_shared<ControlLayer>(*data->builder, BaseMapGeometry::defaultOrigin());
    m_data = std::move(data);

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
    qCInfo(lcControl) << "scenario loaded in" << clock.elapsed() << "ms:" << m_layer->cellCount() << "cells,"
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
    for (const core::ControlChange& c : m_data->engine.changes(m_start, m_end, lens ? *lens : core::Lens::latest()))
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
        out << m;
    }
    return out;
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
    d.stateIndex.clear();
    m_placeColors.clear();
    m_holders.clear();
    m_statuses.clear();
    QHash<QString, int> counts;
    std::vector<QColor> colours(d.states.size());
    for (std::size_t i = 0; i < d.states.size(); ++i) {
        const core::PlaceState& s = d.states[i];
        d.stateIndex.emplace(std::string(s.placeId), i);
        const QString id = QString::fromUtf8(s.placeId.data(), qsizetype(s.placeId.size()));
        const QString root = s.actor.empty() ? QString() : QString::fromStdString(d.engine.rootActor(s.actor));
        m_statuses.insert(id, QString::fromUtf8(core::nameOf(s.status).data(), qsizetype(core::nameOf(s.status).size())));
        QColor c = Qt::transparent;
        if (s.status == core::ControlStatus::Contested) {
            c = kContested;
            c.setAlphaF(kContestedAlpha);
            m_placeColors.insert(id, kContested.darker(115));
        } else if (s.status == core::ControlStatus::Held || s.status == core::ControlStatus::Stale) {
            const QColor actor = actorColor(root);
            c = actor;
            c.setAlphaF(s.status == core::ControlStatus::Held ? kHeldAlpha : kStaleAlpha);
            m_placeColors.insert(id, actor.darker(135));
            m_holders.insert(id, root);
            counts[root]++;
        }
        colours[i] = c;
    }
    // Cells take their place's colour (the builder's cells are keyed by place id).
    const auto& cellPlaces = m_layer->cellPlaceIds();
    for (std::size_t i = 0; i < cellPlaces.size(); ++i) {
        auto it = d.stateIndex.find(cellPlaces[i]);
        m_layer->setCellColor(i, it == d.stateIndex.end() ? QColor(Qt::transparent) : colours[it->second]);
    }
    m_layer->finishColours();

    // Front lines from the builder (cached per state vector, so scrubbing back is free).
    auto territory = d.builder->build(geo::engineStateLookup(d.engine, m_time, lens));
    if (territory) {
        std::vector<std::shared_ptr<const geo::MultiLineString>> front;
        for (const geo::FrontLine& f : territory->frontLines)
            if (f.geometry)
                front.push_back(f.geometry);
        if (front != d.front) {
            d.front = std::move(front);
            std::vector<const geo::MultiLineString*> lines;
            for (const auto& f : d.front)
                lines.push_back(f.get());
            m_layer->setFrontLines(lines);
        }
    } else {
        qCWarning(lcControl).noquote() << QString::fromStdString(territory.error().toString());
    }
    m_legend.setCounts(counts);
    emit stateChanged();
}

} // namespace sitrep::app
