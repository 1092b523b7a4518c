#include "workspacecontroller.h"

#include "appcontext.h"
#include "briefingmodel.h"
#include "geo/scenarioloader.h"
#include "rebind.h"
#include "reviewmodel.h"
#include "store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcWorkspace, "sitrep.workspace.controller")

namespace sitrep::app {

namespace {

QString localPath(const QString& location)
{
    if (location.startsWith(QLatin1String("file:")))
        return QUrl(location).toLocalFile();
    return location;
}

} // namespace

WorkspaceController::WorkspaceController(QObject* parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(1000);
    connect(&m_settle, &QTimer::timeout, this, &WorkspaceController::scanWatched);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
}

WorkspaceController::~WorkspaceController()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void WorkspaceController::componentComplete()
{
    m_complete = true;
    if (AppContext* context = AppContext::instance()) {
        if (!context->workspacePath().isEmpty())
            open(context->workspacePath());
        if (!context->watchPath().isEmpty()) {
            setWatchFolder(context->watchPath());
            setWatching(true);
        }
    }
}

void WorkspaceController::setControl(ControlModel* control)
{
    if (!rebind(m_control, control, this, &ControlModel::loaded, &WorkspaceController::locationChanged))
        return;
    emit controlChanged();
    emit locationChanged();
}

void WorkspaceController::setReview(QObject* review)
{
    if (review == m_review)
        return;
    m_review = review;
    handOver();
    emit controlChanged();
}

void WorkspaceController::setBriefing(QObject* briefing)
{
    if (briefing == m_briefing)
        return;
    m_briefing = briefing;
    handOver();
    emit controlChanged();
}

QString WorkspaceController::target() const
{
    if (!m_location.isEmpty())
        return m_location;
    return m_control ? m_control->workspaceLocation() : QString();
}

void WorkspaceController::setAnalysisSources(std::shared_ptr<const core::Gazetteer> gazetteer, QString scenarioDir)
{
    m_gazetteer = std::move(gazetteer);
    m_gazetteerSource = nullptr;
    m_scenarioDir = std::move(scenarioDir);
}

bool WorkspaceController::open(const QString& given)
{
    const QString location = localPath(given.trimmed());
    if (location.isEmpty()) {
        setError(tr("Workspace: no file or database given"));
        return false;
    }
    auto ws = store::openWorkspace(location.toStdString(), store::OpenOptions {.create = true, .busyTimeoutMs = 2000});
    if (!ws) {
        setError(tr("Workspace: %1").arg(QString::fromStdString(ws.error().toString())));
        return false;
    }
    m_workspace = std::shared_ptr<store::Workspace>(std::move(*ws));
    m_location = location;
    clearError();
    qCInfo(lcWorkspace).noquote() << "opened" << QString::fromStdString(m_workspace->location());
    handOver();
    emit locationChanged();
    if (m_control && m_control->workspacePath() != location)
        m_control->setWorkspacePath(location); // the map now shows this workspace's claims
    return true;
}

void WorkspaceController::handOver()
{
    if (!m_workspace)
        return;
    // Review decisions and briefings are saved into the open workspace from now on.
    if (auto* review = qobject_cast<ReviewModel*>(m_review.data()))
        review->setWorkspace(m_workspace);
    if (auto* briefing = qobject_cast<BriefingModel*>(m_briefing.data()))
        briefing->setWorkspace(m_workspace);
}

void WorkspaceController::ingestUrls(const QList<QUrl>& urls)
{
    QStringList paths;
    for (const QUrl& url : urls)
        paths << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    ingestPaths(paths);
}

void WorkspaceController::ingestPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    m_queue.append(paths);
    startNext();
}

std::shared_ptr<const core::Gazetteer> WorkspaceController::gazetteerCopy()
{
    if (m_control && m_control->gazetteer() && m_control->gazetteer() != m_gazetteerSource) {
        // A copy the worker owns: the model may reload (and free its own) while an ingest runs.
        m_gazetteerSource = m_control->gazetteer();
        m_gazetteer = std::make_shared<const core::Gazetteer>(*m_gazetteerSource);
    }
    return m_gazetteer;
}

void WorkspaceController::startNext()
{
    if (m_thread || m_queue.isEmpty())
        return;
    const QString where = target();
    if (where.isEmpty()) {
        m_queue.clear();
        setError(tr("Workspace: none is open to ingest into; open one first"));
        return;
    }
    IngestJob job;
    job.location = where.toStdString();
    for (const QString& p : m_queue.takeFirst())
        job.paths.push_back(p.toStdString());
    job.gazetteer = gazetteerCopy();
    std::string scenarioDir = m_scenarioDir.toStdString();
    if (m_control && m_control->scenario())
        scenarioDir = m_control->scenario()->dir;
    job.actorsCsv = scenarioDir.empty() ? std::string() : scenarioDir + "/actors.csv";
    job.jobs = std::max(1, std::min(2, QThread::idealThreadCount()));
    m_progress = 0;
    m_progressText = tr("Reading %n file(s) or folder(s)…", nullptr, int(job.paths.size()));
    m_thread = QThread::create([this, job] {
        const auto progress = [this](const store::IngestProgress& p) {
            QMetaObject::invokeMethod(
                this,
                [this, p] {
                    m_progress = p.filesTotal ? double(p.filesDone) / double(p.filesTotal) : 0.0;
                    m_progressText = tr("%1 of %2 files: %3 ingested, %4 duplicate, %5 failed")
                                         .arg(p.filesDone)
                                         .arg(p.filesTotal)
                                         .arg(p.ingested)
                                         .arg(p.duplicates)
                                         .arg(p.failed);
                    emit progressChanged();
                },
                Qt::QueuedConnection);
        };
        store::IngestSummary summary = runIngestJob(job, progress);
        QMetaObject::invokeMethod(
            this, [this, summary] { finish(summary); }, Qt::QueuedConnection);
    });
    m_thread->start();
    emit progressChanged();
}

void WorkspaceController::finish(const store::IngestSummary& summary)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_progress = 1;
    m_progressText.clear();
    m_summary = QString::fromStdString(summaryLine(summary));
    qCInfo(lcWorkspace).noquote() << m_summary;
    if (summary.stopped)
        setError(tr("Ingest stopped: %1").arg(QString::fromStdString(summary.stopped->toString())));
    emit summaryChanged();
    emit progressChanged();
    if (m_control && summary.ingested > 0)
        m_control->reloadWorkspace(); // the new claims are on the map now
    emit ingestFinished(int(summary.ingested), int(summary.duplicates), int(summary.failed));
    startNext();
}

void WorkspaceController::setWatchFolder(const QString& folder)
{
    const QString path = localPath(folder);
    if (path == m_watchFolder)
        return;
    m_watchFolder = path;
    m_settled = {};
    updateWatcher();
    emit watchChanged();
}

void WorkspaceController::setWatching(bool on)
{
    if (on == m_watching)
        return;
    m_watching = on;
    updateWatcher();
    emit watchChanged();
}

void WorkspaceController::setSettleMs(int ms)
{
    if (ms == m_settle.interval() || ms < 0)
        return;
    m_settle.setInterval(ms);
    emit watchChanged();
}

void WorkspaceController::updateWatcher()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_settle.stop();
    if (!m_watching || m_watchFolder.isEmpty())
        return;
    if (!QFileInfo(m_watchFolder).isDir()) {
        setError(tr("Watch: %1 is not a folder").arg(m_watchFolder));
        return;
    }
    m_watcher.addPath(m_watchFolder);
    // The files already there are ingested too (those stored before are skipped as duplicates).
    (void)m_settled.scan(m_watchFolder.toStdString());
    m_settle.start();
}

void WorkspaceController::scanWatched()
{
    if (!m_watching || m_watchFolder.isEmpty())
        return;
    QStringList ready;
    for (const std::string& file : m_settled.scan(m_watchFolder.toStdString()))
        ready << QString::fromStdString(file);
    if (!ready.isEmpty())
        ingestPaths(ready);
    if (m_settled.pending())
        m_settle.start(); // something is still being written: look again
}

void WorkspaceController::setError(const QString& message)
{
    if (message == m_error)
        return;
    m_error = message;
    if (!message.isEmpty())
        qCWarning(lcWorkspace).noquote() << message;
    emit errorStringChanged();
}

void WorkspaceController::clearError()
{
    setError({});
}

} // namespace sitrep::app
