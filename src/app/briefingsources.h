#pragma once
// BriefingSources: the sources behind what a briefing slide shows — for each highlighted place
// and each place that changed hands since the previous slide, its state at the slide's
// instant and the claims (outlet, speaker, time, sentence) that decided it, from the engine's
// evidence. The PDF export prints them as footnotes; the app's slide panel can list them.
#include <QString>
#include <QStringList>

#include <vector>

namespace sitrep::app {

class ControlModel;

struct SourceNote {
    QString placeId;
    QString place; // display name
    QString state; // "held by HTS since 30 Nov", "contested (opposition, government)"
    bool highlighted = false;
    bool changed = false; // changed hands since the previous slide
    QStringList claims; // "Reuters — a rebel commander, 30 Nov 2024 14:00: “…”", newest first
    int population = 0;
};

struct SlideSources {
    std::vector<SourceNote> notes; // highlighted first, then changed places by population
    int changedCount = 0; // places that changed hands since `from`
};

// Sources for a slide at `at` under `lens`, changes counted after `from`. `maxClaims` per place.
[[nodiscard]] SlideSources slideSources(const ControlModel& control, qint64 from, qint64 at, const QString& lens,
    const QStringList& highlight, int maxClaims = 2);

} // namespace sitrep::app

namespace sitrep::app {
// A lens in words, as the lens picker shows it ("All sources, latest claim").
[[nodiscard]] QString describeLens(const QString& lens);
} // namespace sitrep::app
