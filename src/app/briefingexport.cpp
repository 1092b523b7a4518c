#include "briefingexport.h"

#include "briefingsources.h"
#include "controlmodel.h"
#include "framerenderer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>
#include <QTimeZone>

#include <memory>

namespace sitrep::app {

namespace {
constexpr int kDpi = 150;
// A4 landscape at 150 dpi: 1754 × 1240 px.
constexpr int kMargin = 60;
const QSize kMapSize(1100, 660);
const QColor kInk(0x2b, 0x26, 0x22);
const QColor kMuted(0x6b, 0x62, 0x58);
const QColor kAccent(0xd1, 0x49, 0x5b);

QFont font(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QString instantLine(qint64 at)
{
    QTimeZone damascus("Asia/Damascus");
    if (!damascus.isValid())
        damascus = QTimeZone(3 * 3600);
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toString(QStringLiteral("ddd d MMM yyyy, HH:mm 'UTC'"))
        + QStringLiteral("  ·  ")
        + QDateTime::fromSecsSinceEpoch(at, damascus).toString(QStringLiteral("HH:mm 'Damascus time'"));
}

// Draws wrapped text in a box; returns the height used.
int drawWrapped(QPainter& p, const QRect& box, const QString& text, const QFont& f, const QColor& c)
{
    p.setFont(f);
    p.setPen(c);
    const QRect used = p.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    p.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return std::min(used.height(), box.height());
}

void drawLine(QPainter& p, int x, int y, int width, const QString& text, const QFont& f, const QColor& c)
{
    p.setFont(f);
    p.setPen(c);
    const QFontMetrics m(f);
    p.drawText(x, y + m.ascent(), m.elidedText(text, Qt::ElideRight, width));
}

void drawFootnotes(QPainter& p, const QRect& box, const SlideSources& sources)
{
    const QFont head = font(15, true), body = font(14);
    const int lineHeight = QFontMetrics(body).height() + 2;
    int y = box.top();
    drawLine(p, box.left(), y, box.width(), QStringLiteral("Sources"), font(16, true), kInk);
    y += lineHeight + 4;
    int k = 0;
    QStringList untold;
    for (const SourceNote& n : sources.notes) {
        const int need = lineHeight * (1 + int(n.claims.size()));
        if (y + need > box.bottom()) {
            untold << n.place;
            continue;
        }
        ++k;
        QString heading = QStringLiteral("[%1] %2 — %3").arg(k).arg(n.place, n.state);
        if (n.changed)
            heading += QStringLiteral(" · changed hands since the previous slide");
        drawLine(p, box.left(), y, box.width(), heading, head, n.highlighted ? kAccent.darker(120) : kInk);
        y += lineHeight;
        if (n.claims.isEmpty()) {
            drawLine(p, box.left() + 34, y, box.width() - 34, QStringLiteral("no claim on record"), body, kMuted);
            y += lineHeight;
        }
        for (const QString& c : n.claims) {
            drawLine(p, box.left() + 34, y, box.width() - 34, c, body, kMuted);
            y += lineHeight;
        }
    }
    if (!untold.isEmpty() && y + lineHeight <= box.bottom() + lineHeight)
        drawLine(p, box.left(), y, box.width(),
            QStringLiteral("Also changed hands (sources in `sitrep changes`): ") + untold.join(QStringLiteral(", ")),
            body, kMuted);
    if (sources.notes.empty())
        drawLine(p, box.left(), y, box.width(),
            QStringLiteral("No place highlighted and none changed hands since the previous slide."), body, kMuted);
}

void drawPage(QPainter& p, const core::Briefing& briefing, std::size_t index, std::size_t count, const FrameSpec& spec,
    const QImage& map, const SlideSources& sources, const QSize& page)
{
    const int right = page.width() - kMargin;
    drawLine(p, kMargin, 40, 1200, QString::fromStdString(briefing.title), font(18), kMuted);
    p.setFont(font(18));
    p.drawText(QRect(right - 300, 40, 300, 30), Qt::AlignRight | Qt::AlignTop,
        QStringLiteral("Slide %1 of %2").arg(index + 1).arg(count));
    drawLine(p, kMargin, 72, right - kMargin, spec.title.isEmpty() ? QStringLiteral("Untitled slide") : spec.title,
        font(40, true), kInk);
    drawLine(p, kMargin, 128, right - kMargin,
        instantLine(spec.at) + QStringLiteral("  ·  Lens: ") + describeLens(spec.lens), font(20), kInk);

    const QRect mapRect(QPoint(kMargin, 170), kMapSize);
    p.drawImage(mapRect, map);
    p.setPen(QPen(QColor(0xcf, 0xc6, 0xb8), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(mapRect);

    const int colX = mapRect.right() + 36, colW = right - colX;
    int y = mapRect.top();
    y += drawWrapped(p, QRect(colX, y, colW, 420), spec.caption, font(21), kInk) + 24;
    QString changes = sources.changedCount == 0 ? QStringLiteral("No place changed hands since the previous slide.")
                                                : QStringLiteral("%1 place%2 changed hands since the previous slide.")
                                                      .arg(sources.changedCount)
                                                      .arg(sources.changedCount == 1 ? QString() : QStringLiteral("s"));
    y += drawWrapped(p, QRect(colX, y, colW, 80), changes, font(17, true), kMuted) + 12;
    QStringList marked;
    for (const SourceNote& n : sources.notes)
        if (n.highlighted)
            marked << n.place;
    if (!marked.isEmpty())
        drawWrapped(p, QRect(colX, y, colW, mapRect.bottom() - y),
            QStringLiteral("Ringed on the map: ") + marked.join(QStringLiteral(", ")), font(17), kAccent.darker(120));

    drawFootnotes(
        p, QRect(kMargin, mapRect.bottom() + 24, right - kMargin, page.height() - mapRect.bottom() - 24 - 56), sources);
    drawLine(p, kMargin, page.height() - 44, right - kMargin,
        QStringLiteral("Sitrep — control according to the claims on record under the lens shown. Map: Natural Earth · "
                       "GSHHG · GeoNames, Web Mercator."),
        font(13), kMuted);
}

QString slideFileName(const core::BriefingSlide& slide, std::size_t index)
{
    QString id = QString::fromStdString(slide.id);
    id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStringLiteral("%1-%2.png")
        .arg(index + 1, 2, 10, QLatin1Char('0'))
        .arg(id.isEmpty() ? QStringLiteral("slide") : id);
}
} // namespace

std::expected<BriefingExportResult, QString> exportBriefing(
    const core::Briefing& briefing, FrameRenderer& renderer, const BriefingExportOptions& options)
{
    BriefingExportResult result;
    const ControlModel& control = *renderer.control();
    std::unique_ptr<QPdfWriter> pdf;
    std::unique_ptr<QPainter> painter;
    const QString partial = options.pdfPath.isEmpty() ? QString()
                                                      : QFileInfo(options.pdfPath).absolutePath() + QStringLiteral("/.")
            + QFileInfo(options.pdfPath).fileName() + QStringLiteral(".partial");
    if (!options.pdfPath.isEmpty()) {
        pdf = std::make_unique<QPdfWriter>(partial);
        pdf->setResolution(kDpi);
        pdf->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        pdf->setTitle(QString::fromStdString(briefing.title));
        pdf->setCreator(QStringLiteral("Sitrep"));
    }
    if (!options.pngDir.isEmpty() && !QDir().mkpath(options.pngDir))
        return std::unexpected(QStringLiteral("cannot create folder '%1'").arg(options.pngDir));

    qint64 previous = qint64(control.startMs() / 1000);
    for (std::size_t i = 0; i < briefing.slides.size(); ++i) {
        const core::BriefingSlide& slide = briefing.slides[i];
        FrameSpec spec;
        spec.at = slide.at;
        spec.lens = QString::fromStdString(slide.lens);
        spec.arabic = options.arabic;
        spec.title = QString::fromStdString(slide.title);
        spec.caption = QString::fromStdString(slide.caption);
        for (const std::string& id : slide.highlight)
            spec.highlight << QString::fromStdString(id);
        const QString name = QString::fromStdString(core::describeSlide(slide, i));
        if (!options.pngDir.isEmpty()) {
            FrameSpec frame = spec;
            frame.size = options.pngSize;
            frame.view = slide.view ? *slide.view : renderer.fittedView(frame.size);
            auto image = renderer.render(frame);
            const QString path = QDir(options.pngDir).filePath(slideFileName(slide, i));
            if (!image)
                result.problems << name + QStringLiteral(": ") + image.error();
            else if (!image->save(path, "PNG"))
                result.problems << name + QStringLiteral(": cannot write ") + path;
            else
                result.pngs << path;
        }
        if (pdf) {
            FrameSpec frame = spec;
            frame.size = kMapSize;
            frame.bare = true; // title, caption and instant are on the page
            frame.view = slide.view ? *slide.view : renderer.fittedView(frame.size);
            auto image = renderer.render(frame);
            if (!image) {
                result.problems << name + QStringLiteral(": ") + image.error();
                continue;
            }
            const SlideSources sources = slideSources(control, previous, slide.at, spec.lens, spec.highlight);
            if (painter)
                pdf->newPage();
            else
                painter = std::make_unique<QPainter>(pdf.get());
            if (!painter->isActive()) {
                painter.reset();
                pdf.reset();
                QFile::remove(partial);
                return std::unexpected(QStringLiteral("cannot write '%1'").arg(options.pdfPath));
            }
            const QSize page = pdf->pageLayout().paintRectPixels(kDpi).size();
            drawPage(*painter, briefing, i, briefing.slides.size(), spec, *image, sources, page);
            ++result.pages;
        }
        previous = slide.at;
    }
    if (pdf) {
        if (painter)
            painter->end();
        painter.reset();
        pdf.reset();
        if (result.pages == 0) {
            QFile::remove(partial);
            return std::unexpected(QStringLiteral("no slide could be drawn"));
        }
        QFile::remove(options.pdfPath);
        if (!QFile::rename(partial, options.pdfPath)) {
            QFile::remove(partial);
            return std::unexpected(QStringLiteral("cannot write '%1'").arg(options.pdfPath));
        }
    }
    return result;
}

} // namespace sitrep::app
