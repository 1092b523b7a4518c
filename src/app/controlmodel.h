#pragma once
// ControlModel: the scenario in the app — gazetteer, scenario claims, ControlEngine and
// TerritoryBuilder loaded once — and the current instant and lens. Each change of either
// recolours the control cells and place dots, moves the front lines and updates the legend
// counts; the timeline, lens picker and map all bind to it (QML `ControlModel`).
#include "actorlegendmodel.h"
#include "controllayer.h"

#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sitrep::core {
class ControlEngine;
class Gazetteer;
struct Claim;
struct PlaceState;
}
namespace sitrep::geo {
struct Scenario;
}

namespace sitrep::app {

class ControlModel : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(QString geodataPath READ geodataPath WRITE setGeodataPath NOTIFY sourcesChanged)
    Q_PROPERTY(QString scenarioPath READ scenarioPath WRITE setScenarioPath NOTIFY sourcesChanged)
    // A workspace (GeoPackage path or postgresql://…) whose claims, pins, overrides and places
    // join the scenario's; "" the scenario's own workspace (built on first use); "none" none.
    Q_PROPERTY(QString workspacePath READ workspacePath WRITE setWorkspacePath NOTIFY sourcesChanged)
    Q_PROPERTY(QString workspaceLocation READ workspaceLocation NOTIFY loaded)
    // The analyst's corrections of control are kept in the open workspace (a workspacePath other
    // than "" and "none"), else in this JSON-lines file; "" is
    // <AppDataLocation>/corrections/<scenario id>.jsonl. Never in the scenario's own workspace:
    // it is a cache, rebuilt when its articles change.
    Q_PROPERTY(QString correctionsPath READ correctionsPath WRITE setCorrectionsPath NOTIFY sourcesChanged)
    Q_PROPERTY(QString correctionsLocation READ correctionsLocation NOTIFY loaded)
    Q_PROPERTY(bool ready READ isReady NOTIFY loaded)
    Q_PROPERTY(QString errorString READ errorString NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(double startMs READ startMs NOTIFY loaded)
    Q_PROPERTY(double endMs READ endMs NOTIFY loaded)
    Q_PROPERTY(double timeMs READ timeMs WRITE setTimeMs NOTIFY timeChanged)
    Q_PROPERTY(QString utcText READ utcText NOTIFY timeChanged)
    Q_PROPERTY(QString damascusText READ damascusText NOTIFY timeChanged)
    Q_PROPERTY(QString lens READ lens WRITE setLens NOTIFY lensChanged)
    Q_PROPERTY(QStringList lenses READ lenses NOTIFY loaded)
    Q_PROPERTY(QVariantList changeTimes READ changeTimes NOTIFY lensChanged)
    Q_PROPERTY(int changesSoFar READ changesSoFar NOTIFY stateChanged)
    Q_PROPERTY(ActorLegendModel* legend READ legend CONSTANT)
    // A twin: loads nothing, shares the gazetteer, engine and territory of this model (its
    // instant, lens and colours stay its own) — the compare view's second map.
    Q_PROPERTY(sitrep::app::ControlModel* sharedWith READ sharedWith WRITE setSharedWith NOTIFY sourcesChanged)

public:
    explicit ControlModel(QObject* parent = nullptr);
    ~ControlModel() override;

    void classBegin() override {}
    void componentComplete() override;

    [[nodiscard]] QString geodataPath() const { return m_geodataPath; }
    void setGeodataPath(const QString& p);
    [[nodiscard]] QString scenarioPath() const { return m_scenarioPath; }
    void setScenarioPath(const QString& p);
    [[nodiscard]] QString workspacePath() const { return m_workspacePath; }
    void setWorkspacePath(const QString& p);
    [[nodiscard]] QString workspaceLocation() const { return m_workspaceLocation; }
    [[nodiscard]] QString correctionsPath() const { return m_correctionsPath; }
    void setCorrectionsPath(const QString& p);
    [[nodiscard]] QString correctionsLocation() const;
    // Reads the workspace's claims again (after an ingest or a decision) and rebuilds the engine.
    Q_INVOKABLE void reloadWorkspace();
    [[nodiscard]] bool isReady() const { return m_layer != nullptr; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] double startMs() const { return double(m_start) * 1000; }
    [[nodiscard]] double endMs() const { return double(m_end) * 1000; }
    [[nodiscard]] double timeMs() const { return double(m_time) * 1000; }
    void setTimeMs(double ms);
    [[nodiscard]] QString utcText() const;
    [[nodiscard]] QString damascusText() const;
    [[nodiscard]] QString lens() const { return m_lens; }
    void setLens(const QString& lens);
    [[nodiscard]] QStringList lenses() const { return m_lenses; }
    [[nodiscard]] QVariantList changeTimes() const { return m_changeTimes; }
    [[nodiscard]] int changesSoFar() const;
    [[nodiscard]] ActorLegendModel* legend() { return &m_legend; }

    // Parses an ISO 8601 instant (a date alone means the end of that day); false if malformed.
    Q_INVOKABLE bool setTimeIso(const QString& iso);
    Q_INVOKABLE void nextChange();
    Q_INVOKABLE void previousChange();
    // Id of the root actor holding a place now ("" unknown), and its state in words.
    Q_INVOKABLE QString holderOf(const QString& placeId) const;
    Q_INVOKABLE QString statusOf(const QString& placeId) const;
    // Every claim about a place, oldest first: time, kind, actor, outlet, speaker, side,
    // confidence, sentence, baseline — what the place panel lists.
    Q_INVOKABLE QVariantList claimHistory(const QString& placeId) const;
    Q_INVOKABLE QString actorName(const QString& actorId) const;

    // The analyst's correction: `actorId` (an actor of the scenario) `kind` (controls,
    // captured, withdrew, contested, entered, surrendered, besieged) the place from `timeMs`,
    // with a note saying why. It outranks the articles' claims under every lens that hears the
    // analyst, stays listed as a correction, and is kept (see correctionsPath). Returns "" or
    // the reason it was refused (also errorString).
    Q_INVOKABLE QString addCorrection(const QString& placeId, const QString& actorId, const QString& kind,
        double timeMs, const QString& note);
    // Removes a correction by its claim id ("override:N" in a workspace, "correction:N" in the
    // sidecar); "" or the reason.
    Q_INVOKABLE QString removeCorrection(const QString& claimId);
    // The scenario's actors for the correction form: {id, name, fullName, parent, sub, color},
    // each side followed by its factions.
    Q_INVOKABLE QVariantList actorChoices() const;

    // For the map item.
    [[nodiscard]] std::shared_ptr<const ControlLayer> layer() const { return m_layer; }
    [[nodiscard]] const QHash<QString, QColor>& placeColors() const { return m_placeColors; }
    [[nodiscard]] QColor actorColor(const QString& actorId) const;

    // For the review model and place details: the loaded gazetteer and scenario (null before).
    [[nodiscard]] const core::Gazetteer* gazetteer() const;
    [[nodiscard]] const geo::Scenario* scenario() const;
    // For exports that cite sources (briefing footnotes): the engine (null before loading).
    [[nodiscard]] const core::ControlEngine* engine() const;
    // Replaces the claims read from articles (the review model's, with its pins applied); the
    // engine cannot forget claims, so it is rebuilt from the scenario and these.
    void setArticleClaims(std::vector<core::Claim> claims);
    [[nodiscard]] ControlModel* sharedWith() const { return m_sharedWith; }
    void setSharedWith(ControlModel* source);

signals:
    void sourcesChanged();
    void loaded();
    void timeChanged();
    void lensChanged();
    void stateChanged(); // colours, front lines or counts changed
    void claimsChanged(); // the article claims were replaced

private:
    struct Shared;
    struct Data;
    void load();
    void loadShared();
    void finishLoad(const QElapsedTimer& clock);
    void refreshChanges();
    void refreshState();
    // Rebuilds the engine from the scenario, the workspace, the article claims and the sidecar's
    // corrections (an engine cannot forget claims), then the state and the change ticks.
    void rebuildEngine();
    // Points the correction store at the open workspace or the sidecar and reads the sidecar's
    // corrections; returns what could not be read ("" none).
    QString loadCorrections(Shared& shared);
    QString failCorrection(const QString& message);
    void clearCorrectionFailure();

    QPointer<ControlModel> m_sharedWith;
    std::unique_ptr<Data> m_data;
    std::shared_ptr<ControlLayer> m_layer;
    ActorLegendModel m_legend;
    QString m_geodataPath;
    QString m_scenarioPath;
    QString m_workspacePath;
    QString m_workspaceLocation;
    QString m_correctionsPath;
    QString m_correctionFailure; // the last correction refused, while errorString shows it
    QString m_error;
    QString m_title;
    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_time = 0;
    QString m_lens = QStringLiteral("latest");
    QStringList m_lenses;
    QVariantList m_changeTimes;
    QHash<QString, QColor> m_placeColors;
    QHash<QString, QString> m_holders;
    QHash<QString, QString> m_statuses;
    bool m_complete = false;
};

} // namespace sitrep::app
