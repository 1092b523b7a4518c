#pragma once
// WorkspaceController: the open workspace in the app (QML `WorkspaceController`) — opening one
// (`sitrep-map --workspace WS`, the Open… action), ingesting dropped files and folders in the
// background with progress and a one-line summary, watching a folder for new articles
// (`--watch DIR` and a toggle), and handing the workspace to the review list and briefings so
// their decisions are saved into it at once. After each ingest the map's engine is rebuilt from
// the workspace (ControlModel::reloadWorkspace), without a restart. Failures (a locked file, a
// newer schema, a server that is down) go to errorString; what was loaded stays usable.
#include "articleingest.h"
#include "controlmodel.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sitrep::store {
class Workspace;
}

namespace sitrep::app {

class WorkspaceController : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(sitrep::app::ControlModel* control READ control WRITE setControl NOTIFY controlChanged)
    // The review list and briefing models (ReviewModel, BriefingModel): they get the workspace.
    Q_PROPERTY(QObject* review READ review WRITE setReview NOTIFY controlChanged)
    Q_PROPERTY(QObject* briefing READ briefing WRITE setBriefing NOTIFY controlChanged)
    // What is open: a file path or URI; "" while the scenario's own workspace is in use.
    Q_PROPERTY(QString location READ location NOTIFY locationChanged)
    // Where ingests go: the open workspace, else the scenario's own.
    Q_PROPERTY(QString target READ target NOTIFY locationChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QString watchFolder READ watchFolder WRITE setWatchFolder NOTIFY watchChanged)
    Q_PROPERTY(bool watching READ watching WRITE setWatching NOTIFY watchChanged)
    // How long a watched folder must be quiet before it is scanned (ms).
    Q_PROPERTY(int settleMs READ settleMs WRITE setSettleMs NOTIFY watchChanged)

public:
    explicit WorkspaceController(QObject* parent = nullptr);
    ~WorkspaceController() override;

    void classBegin() override { }
    void componentComplete() override;

    [[nodiscard]] ControlModel* control() const { return m_control; }
    void setControl(ControlModel* control);
    [[nodiscard]] QObject* review() const { return m_review; }
    void setReview(QObject* review);
    [[nodiscard]] QObject* briefing() const { return m_briefing; }
    void setBriefing(QObject* briefing);
    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] QString target() const;
    [[nodiscard]] bool busy() const { return m_thread != nullptr; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString progressText() const { return m_progressText; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString watchFolder() const { return m_watchFolder; }
    void setWatchFolder(const QString& folder);
    [[nodiscard]] bool watching() const { return m_watching; }
    void setWatching(bool on);
    [[nodiscard]] int settleMs() const { return m_settle.interval(); }
    void setSettleMs(int ms);

    // For tests and tools without a ControlModel: the gazetteer and scenario to analyse with.
    void setAnalysisSources(std::shared_ptr<const core::Gazetteer> gazetteer, QString scenarioDir);

    // Opens (creating when missing) a GeoPackage path, file:// URL or postgresql:// URI; false
    // (and errorString) when it cannot be opened — the previous workspace stays open then.
    Q_INVOKABLE bool open(const QString& location);
    // Ingests files and folders (file:// URLs or paths) in the background; queued while busy.
    Q_INVOKABLE void ingestUrls(const QList<QUrl>& urls);
    Q_INVOKABLE void ingestPaths(const QStringList& paths);
    Q_INVOKABLE void clearError();

signals:
    void controlChanged();
    void locationChanged();
    void progressChanged();
    void summaryChanged();
    void errorStringChanged();
    void watchChanged();
    // One ingest ended (its summary is in `summary`); the map shows its claims already.
    void ingestFinished(int ingested, int duplicates, int failed);

private:
    void startNext();
    void finish(const store::IngestSummary& summary);
    void scanWatched();
    void updateWatcher();
    void setError(const QString& message);
    void handOver();
    [[nodiscard]] std::shared_ptr<const core::Gazetteer> gazetteerCopy();

    QPointer<ControlModel> m_control;
    QPointer<QObject> m_review;
    QPointer<QObject> m_briefing;
    std::shared_ptr<store::Workspace> m_workspace;
    QString m_location;
    std::shared_ptr<const core::Gazetteer> m_gazetteer;
    const core::Gazetteer* m_gazetteerSource = nullptr;
    QString m_scenarioDir;
    QThread* m_thread = nullptr;
    QList<QStringList> m_queue;
    double m_progress = 0;
    QString m_progressText;
    QString m_summary;
    QString m_error;
    QString m_watchFolder;
    bool m_watching = false;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    SettledFiles m_settled;
    bool m_complete = false;
};

} // namespace sitrep::app
