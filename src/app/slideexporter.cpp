#include "slideexporter.h"

#include "briefingexport.h"
#include "framerenderer.h"

#include <QCursor>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSlideExport, "sitrep.briefing.export")

namespace sitrep::app {

SlideExporter::SlideExporter(QObject* parent)
    : QObject(parent)
{
}

SlideExporter::~SlideExporter() = default;

void SlideExporter::setBriefing(BriefingModel* briefing)
{
    if (briefing == m_briefing)
        return;
    m_briefing = briefing;
    emit inputsChanged();
}

void SlideExporter::setControl(ControlModel* control)
{
    if (control == m_control)
        return;
    m_control = control;
    emit inputsChanged();
}

void SlideExporter::setMessage(const QString& message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

QUrl SlideExporter::defaultTarget() const
{
    QString base = m_briefing ? m_briefing->savePath() : QString();
    if (base.isEmpty())
        base = BriefingModel::userCopyPath({});
    if (base.endsWith(QStringLiteral(".json")))
        base.chop(5);
    return QUrl::fromLocalFile(base + QStringLiteral(".pdf"));
}

bool SlideExporter::exportTo(const QUrl& pdf)
{
    if (!m_briefing || !m_control || !m_control->isReady()) {
        setMessage(tr("Nothing to export: the scenario is not loaded."));
        return false;
    }
    if (m_briefing->count() == 0) {
        setMessage(tr("Nothing to export: the briefing has no slides."));
        return false;
    }
    QString pdfPath = pdf.isLocalFile() ? pdf.toLocalFile() : pdf.toString();
    if (!pdfPath.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        pdfPath += QStringLiteral(".pdf");
    const QFileInfo info(pdfPath);
    const QString pngDir = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-png");
    QDir().mkpath(info.absolutePath());
    QDir().mkpath(pngDir);

    // A twin of the window's model: the renderer moves it from slide to slide, not the window.
    ControlModel twin;
    twin.classBegin();
    twin.setSharedWith(m_control);
    twin.componentComplete();
    FrameRenderer renderer(&twin);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    BriefingExportOptions options;
    options.pdfPath = pdfPath;
    options.pngDir = pngDir;
    auto result = exportBriefing(m_briefing->briefing(), renderer, options);
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        setMessage(tr("Export failed: %1").arg(result.error()));
        qCWarning(lcSlideExport).noquote() << m_message;
        return false;
    }
    QString text = tr("Exported %1 pages to %2 and %3 PNGs to %4")
                       .arg(result->pages)
                       .arg(QDir::toNativeSeparators(pdfPath))
                       .arg(result->pngs.size())
                       .arg(QDir::toNativeSeparators(pngDir));
    if (!result->problems.isEmpty())
        text += QLatin1Char('\n') + result->problems.join(QLatin1Char('\n'));
    setMessage(text);
    qCInfo(lcSlideExport).noquote() << text;
    return true;
}

} // namespace sitrep::app
