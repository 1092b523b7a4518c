// ControlModel's side of the analyst's corrections of control (see correctionstore.h): where
// they are kept, how they join the engine, and the calls the place panel's correction form makes.
#include "controlmodel.h"
#include "controlmodeldata.h"
#include "core/claim.h"
#include "workspacefeed.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>
#include <cmath>

Q_DECLARE_LOGGING_CATEGORY(lcControl)

namespace sitrep::app {

namespace {

QString qstr(const std::string& s)
{
    return QString::fromStdString(s);
}

// The kinds a correction may state: those of an analyst who knows what happened, not a denial.
constexpr std::string_view kCorrectionKinds[]
    = {"controls", "captured", "withdrew", "contested", "entered", "surrendered", "besieged"};

// A workspace the user chose (not the scenario's cached one, nor none).
bool opened(const QString& workspacePath)
{
    return !workspacePath.isEmpty() && workspacePath != QStringLiteral("none");
}

QString defaultCorrectionsPath(const std::string& scenarioId)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base + QStringLiteral("/corrections/") + (scenarioId.empty() ? QStringLiteral("scenario") : qstr(scenarioId))
        + QStringLiteral(".jsonl");
}

} // namespace

QString ControlModel::correctionsLocation() const
{
    return m_data ? qstr(m_data->shared->corrections.location()) : QString();
}

QString ControlModel::loadCorrections(Shared& shared)
{
    CorrectionStore& store = shared.corrections;
    shared.sidecarCorrections.clear();
    store.setWorkspace(nullptr);
    store.setSidecarPath(
        (m_correctionsPath.isEmpty() ? defaultCorrectionsPath(shared.scenario.id) : m_correctionsPath).toStdString());
    if (opened(m_workspacePath)) {
        // Its overrides reach the engine with the rest of the workspace (WorkspaceFeed).
        auto ws = store::openWorkspace(m_workspacePath.toStdString(), store::OpenOptions {.create = false});
        if (!ws) {
            store.setSidecarPath({}); // never the sidecar while a workspace is open
            return QStringLiteral("Corrections cannot be saved: ") + qstr(ws.error().toString());
        }
        store.setWorkspace(std::shared_ptr<store::Workspace>(std::move(*ws)));
        return {};
    }
    std::vector<core::Error> warnings;
    auto loaded = store.load(warnings);
    QStringList problems;
    for (const core::Error& w : warnings)
        problems << QStringLiteral("Corrections: ") + qstr(w.toString()) + QStringLiteral(" (line skipped)");
    if (!loaded)
        problems << QStringLiteral("Corrections: ") + qstr(loaded.error().toString());
    else
        for (store::Override& o : *loaded)
            shared.sidecarCorrections.push_back(std::move(o.claim));
    for (const QString& p : problems)
        qCWarning(lcControl).noquote() << p;
    return problems.join(QLatin1Char('\n'));
}

void ControlModel::rebuildEngine()
{
    Data& d = *m_data;
    d.states.clear(); // they point into the old engine
    d.stateIndex.clear();
    d.engineSlot.emplace();
    fillControlEngine(d.engine, d.gazetteer, d.scenario, d.shared->workspace ? &*d.shared->workspace : nullptr,
        d.shared->articleClaims ? &*d.shared->articleClaims : nullptr);
    for (const core::Claim& c : d.shared->sidecarCorrections)
        d.engine.addClaim(c);
    refreshChanges();
    refreshState();
    emit lensChanged(); // the change ticks moved
    emit claimsChanged();
}

QString ControlModel::failCorrection(const QString& message)
{
    m_error = message;
    m_correctionFailure = message; // cleared by the next correction that succeeds
    qCWarning(lcControl).noquote() << message;
    emit loaded(); // errorString's signal
    return message;
}

void ControlModel::clearCorrectionFailure()
{
    if (m_correctionFailure.isEmpty())
        return;
    if (m_error == m_correctionFailure) {
        m_error.clear();
        emit loaded();
    }
    m_correctionFailure.clear();
}

QString ControlModel::addCorrection(
    const QString& placeId, const QString& actorId, const QString& kind, double timeMs, const QString& note)
{
    if (m_sharedWith) // the engine is the source's: correct it there, it tells us
        return m_sharedWith->addCorrection(placeId, actorId, kind, timeMs, note);
    if (!m_data)
        return failCorrection(QStringLiteral("The scenario is not loaded: nothing to correct."));
    Data& d = *m_data;
    const std::string place = placeId.trimmed().toStdString();
    if (place.empty())
        return failCorrection(QStringLiteral("Choose a place to correct."));
    const auto& engineIds = d.engine.placeIds();
    const bool known
        = d.gazetteer.find(place) != nullptr || std::find(engineIds.begin(), engineIds.end(), place) != engineIds.end();
    if (!known)
        return failCorrection(QStringLiteral("No place '%1' in the gazetteer.").arg(placeId));
    const std::string actor = actorId.trimmed().toStdString();
    if (!d.scenario.actors.find(actor)) {
        QStringList ids;
        for (const core::Actor& a : d.scenario.actors.actors())
            ids << qstr(a.id);
        return failCorrection(
            QStringLiteral("No actor '%1' in the scenario (%2).").arg(actorId, ids.join(QStringLiteral(", "))));
    }
    const std::string kindText = kind.trimmed().toStdString();
    auto parsedKind = core::claimKindFromString(kindText);
    if (!parsedKind
        || std::find(std::begin(kCorrectionKinds), std::end(kCorrectionKinds), kindText) == std::end(kCorrectionKinds))
        return failCorrection(
            QStringLiteral("A correction says the actor controls, captured, withdrew from, contested, "
                           "entered, surrendered or besieged the place, not '%1'.")
                .arg(kind));
    if (!std::isfinite(timeMs) || timeMs <= 0)
        return failCorrection(QStringLiteral("A correction needs a time."));
    if (opened(m_workspacePath) && !d.shared->corrections.usesWorkspace())
        return failCorrection(
            QStringLiteral("The workspace %1 could not be opened: the correction is not saved.").arg(m_workspacePath));

    store::Override o;
    o.claim.placeId = place;
    o.claim.actor = actor;
    o.claim.kind = *parsedKind;
    o.claim.time.from = core::Instant(std::floor(timeMs / 1000));
    o.claim.time.precision = core::TimePrecision::Minute;
    o.author = qEnvironmentVariable("USER").toStdString();
    o.note = note.trimmed().toStdString();
    o.decidedAt = QDateTime::currentSecsSinceEpoch();
    auto id = d.shared->corrections.add(o);
    if (!id)
        return failCorrection(QStringLiteral("The correction was not saved: ") + qstr(id.error().toString()));
    qCInfo(lcControl).noquote() << "correction" << qstr(d.shared->corrections.claimId(*id)) << "kept in"
                                << qstr(d.shared->corrections.location());
    if (d.shared->corrections.usesWorkspace()) {
        reloadWorkspace(); // its overrides come back with the rest of it
    } else {
        o.id = *id;
        finishCorrectionClaim(o, d.shared->corrections.claimId(*id));
        d.shared->sidecarCorrections.push_back(std::move(o.claim));
        rebuildEngine();
    }
    clearCorrectionFailure();
    return {};
}

QString ControlModel::removeCorrection(const QString& claimId)
{
    if (m_sharedWith)
        return m_sharedWith->removeCorrection(claimId);
    if (!m_data)
        return failCorrection(QStringLiteral("The scenario is not loaded: nothing to remove."));
    Data& d = *m_data;
    auto id = CorrectionStore::idOfClaim(claimId.toStdString());
    if (!id || claimId.toStdString() != d.shared->corrections.claimId(*id))
        return failCorrection(QStringLiteral("'%1' is not a correction kept in %2.")
                                  .arg(claimId, qstr(d.shared->corrections.location())));
    auto removed = d.shared->corrections.remove(*id);
    if (!removed)
        return failCorrection(QStringLiteral("The correction was not removed: ") + qstr(removed.error().toString()));
    if (!*removed)
        return failCorrection(QStringLiteral("There is no correction %1 (removed already?).").arg(claimId));
    if (d.shared->corrections.usesWorkspace()) {
        reloadWorkspace();
    } else {
        auto& kept = d.shared->sidecarCorrections;
        std::erase_if(kept, [&](const core::Claim& c) { return c.id == claimId.toStdString(); });
        rebuildEngine();
    }
    clearCorrectionFailure();
    return {};
}

QVariantList ControlModel::actorChoices() const
{
    QVariantList out;
    if (!m_data)
        return out;
    const auto& actors = m_data->scenario.actors.actors();
    auto row = [&](const core::Actor& a, bool sub) {
        return QVariantMap {{QStringLiteral("id"), qstr(a.id)},
            {QStringLiteral("name"), qstr(a.shortName.empty() ? a.name : a.shortName)},
            {QStringLiteral("fullName"), qstr(a.name)}, {QStringLiteral("parent"), qstr(a.parent)},
            {QStringLiteral("sub"), sub}, {QStringLiteral("color"), actorColor(qstr(a.id))}};
    };
    // Each side, then its factions under it (a correction may name the faction: "HTS took Hama").
    for (const core::Actor& top : actors) {
        if (!top.parent.empty())
            continue;
        out << row(top, false);
        for (const core::Actor& sub : actors)
            if (sub.parent == top.id)
                out << row(sub, true);
    }
    return out;
}

} // namespace sitrep::app
