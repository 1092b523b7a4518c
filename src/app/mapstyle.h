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

} // namespace style
} // namespace sitrep::app
