#pragma once
// MapStyle: the base map's palette and line widths in one place, a muted atlas look in which
// the control areas drawn over it stay the loudest colours on the page.
#include <QColor>

namespace sitrep::app {

struct LineStyle {
    QColor color;
    float widthPx = 1;
    float dashPx = 0; // 0: solid
    float gapPx = 0;
    bool round = false; // dots of the line's width every gapPx (dashPx ignored)
};

namespace style {

inline const QColor sea{0xc6, 0xd9, 0xe4};
inline const QColor land{0xe9, 0xe5, 0xdc};        // neighbours
inline const QColor focusLand{0xf7, 0xf2, 0xe4};   // Syria
inline const QColor lake{0xbf, 0xd5, 0xe2};

inline const LineStyle coast{QColor(0x86, 0xa9, 0xbf), 0.9f};
inline const LineStyle lakeShore{QColor(0x96, 0xb6, 0xca), 0.7f};
inline const LineStyle governorate{QColor(0xb8, 0xa9, 0x97), 0.8f, 4, 2.5f};
inline const LineStyle foreignAdmin{QColor(0xd2, 0xca, 0xbd), 0.6f};
inline const LineStyle river{QColor(0x6f, 0x9c, 0xbb), 1.3f};
inline const LineStyle roadCasing{QColor(0xc4, 0xae, 0x8a), 3.4f};
inline const LineStyle road{QColor(0xfb, 0xe6, 0xb2), 2.0f};
inline const LineStyle minorRoadCasing{QColor(0xcf, 0xc3, 0xae), 2.4f};
inline const LineStyle minorRoad{QColor(0xff, 0xfc, 0xf3), 1.2f};
inline const LineStyle borderHalo{QColor(0xc9, 0xb9, 0xcf, 0xa0), 6.0f};
inline const LineStyle border{QColor(0x6f, 0x62, 0x78), 1.3f};
inline const LineStyle disputed{QColor(0x6f, 0x62, 0x78), 1.4f, 5, 3};

inline const QColor label{0x26, 0x24, 0x22};
inline const QColor labelHalo{0xff, 0xfd, 0xf7, 0xe6};
inline const QColor countryLabel{0x84, 0x78, 0x8a};
inline const QColor waterLabel{0x4d, 0x7a, 0x99};
inline const QColor adminLabel{0x9a, 0x8b, 0x78};
inline const QColor placeDot{0x33, 0x30, 0x2d};

// Control areas (see controlstyle.h for how they combine).
inline constexpr double heldAlpha = 0.36;
inline constexpr double staleAlpha = 0.2;
inline const QColor contested{0x7b, 0x5a, 0x9e}; // stripes when a contest names fewer than two sides
inline constexpr double contestedTintAlpha = 0.14; // the parties' mean colour under the stripes
inline constexpr double hatchAlpha = 0.78;
inline constexpr int hatchPeriodPx = 16;       // the two-colour pattern repeats every 16 px in x and y
inline constexpr double hatchLineWidthPx = 1.7;  // across the stripe
inline const LineStyle frontHalo{QColor(255, 255, 255, 190), 5.0f};

// Transitions, in scenario seconds: exported frames equal the preview at the same instant.
inline constexpr qint64 crossFadeSeconds = 6 * 3600; // a cell blends old → new holder colour
inline constexpr qint64 pulseSeconds = 12 * 3600;    // a place that changed hands rings this long
inline constexpr double pulseStartRadiusPx = 4;
inline constexpr double pulseEndRadiusPx = 26;
inline constexpr double pulseWidthPx = 2.2;
inline constexpr double pulseAlpha = 0.9;

} // namespace style
} // namespace sitrep::app
