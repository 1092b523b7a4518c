#pragma once
// MapPainter: draws a MapFrame with QPainter. It is the map on the software scene graph (which
// cannot run our shaders, e.g. QT_QPA_PLATFORM=offscreen) and the renderer for image export.
#include "mapframe.h"

#include <QImage>

class QPainter;

namespace sitrep::app {

class MapPainter {
public:
    static void paint(QPainter& painter, const MapFrame& frame);
    [[nodiscard]] static QImage render(const MapFrame& frame, double devicePixelRatio = 1.0);
};

} // namespace sitrep::app
