#pragma once
// BriefingExport: a briefing as a PDF — one landscape A4 page per slide with its title, the
// instant (UTC and Damascus), the lens, the map with its legend, the caption and, as
// footnotes, the sources behind the highlighted places and the places that changed hands
// since the previous slide — and/or one PNG per slide. Shared by `sitrep brief export` and the
// app's export; slides are expected to be checked against the data already (checkBriefing).
#include "core/briefing.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <expected>

namespace sitrep::app {

class FrameRenderer;

struct BriefingExportOptions {
    QString pdfPath; // empty: no PDF
    QString pngDir; // empty: no PNGs; otherwise NN-<slide id>.png in it
    QSize pngSize {1600, 900};
    bool arabic = false;
};

struct BriefingExportResult {
    int pages = 0;
    QStringList pngs;
    QStringList problems; // slides that could not be drawn (named), left out
};

// Fails only when nothing could be written (unwritable PDF, no slide drawn); the PDF is
// written under a temporary name and renamed, so a failure leaves no partial file.
[[nodiscard]] std::expected<BriefingExportResult, QString> exportBriefing(
    const core::Briefing& briefing, FrameRenderer& renderer, const BriefingExportOptions& options);

} // namespace sitrep::app
