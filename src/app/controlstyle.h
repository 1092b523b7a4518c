#pragma once
// ControlStyle: how control state turns into paint — area fills, the two-colour hatching of
// contested areas, the cross-fade and pulse after a change, and front-line styles per pair of
// actors. Shared by the scene graph, the QPainter fallback and the legend so all three agree,
// and a pure function of the state and of SCENARIO time (never the wall clock), so a frame
// exported at an instant equals the preview at that instant.
#include "mapstyle.h"

#include <QColor>
#include <QImage>
#include <QString>

#include <cstdint>
#include <string_view>

namespace sitrep::app {

// What one territory cell looks like: a fill, and stripes in two colours (transparent: none).
// Colours carry their alpha; a fade mixes them premultiplied.
struct CellPaint {
    QColor fill = Qt::transparent;
    QColor hatchA = Qt::transparent;
    QColor hatchB = Qt::transparent;
    [[nodiscard]] bool hatched() const { return hatchA.alpha() > 0 || hatchB.alpha() > 0; }
    bool operator==(const CellPaint&) const = default;
};

// Where the hatch pattern is at a pixel (centre coordinates, relative to the pattern's origin):
// which stripe is nearest (0: the first party, 1: the second) and how much of the pixel it
// covers (0…1, antialiased). Stripes run "/" at 45°; line.frag's sibling hatch.frag computes the
// same function on the GPU.
struct HatchSample {
    int stripe = 0;
    double coverage = 0;
};

// Front lines fall into a few kinds by the pair of actors they separate.
enum class FrontKind { OppositionGovernment, OppositionSdf, GovernmentSdf, Israel, Other };
inline constexpr int kFrontKindCount = 5;

namespace controlstyle {

[[nodiscard]] CellPaint held(const QColor& actor, bool stale = false);
// Hatching in the two sides' colours over a light tint of both.
[[nodiscard]] CellPaint contested(const QColor& a, const QColor& b);
// Premultiplied blend: k = 0 gives `from`, 1 gives `to`.
[[nodiscard]] QColor mix(const QColor& from, const QColor& to, double k);
// `c` laid over the opaque `ground`: the colour blending would give, as an opaque colour.
[[nodiscard]] QColor over(const QColor& ground, const QColor& c);
[[nodiscard]] CellPaint mix(const CellPaint& from, const CellPaint& to, double k);
// How far a cross-fade has gone `secondsSinceChange` after the change (0…1).
[[nodiscard]] double fadeProgress(std::int64_t secondsSinceChange);

[[nodiscard]] HatchSample hatchAt(double x, double y);
// One period of the pattern (style::hatchPeriodPx square, premultiplied), tileable in x and y;
// the QPainter fallback fills contested cells with it.
[[nodiscard]] QImage hatchTile(const QColor& a, const QColor& b);

// The ring around a place that changed hands: radius in pixels and opacity (0 once over).
struct PulseLook {
    double radiusPx = 0;
    double alpha = 0;
};
[[nodiscard]] PulseLook pulse(std::int64_t secondsSinceChange);

// Actor ids as in the scenario's actors file (root actors); the order of the pair is free.
[[nodiscard]] FrontKind frontKind(std::string_view actorA, std::string_view actorB);
[[nodiscard]] LineStyle frontStyle(FrontKind kind);
[[nodiscard]] QString frontLabel(FrontKind kind);

} // namespace controlstyle
} // namespace sitrep::app
