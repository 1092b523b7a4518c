#pragma once
// MapMesh: GPU-ready geometry in world units relative to a fixed origin — filled triangles with
// a colour per vertex, and lines extruded in the vertex shader (each point carries its miter
// normal, so widths stay in pixels at every zoom without rebuilding anything). Built once.
#include "mapstyle.h"

#include <QPainterPath>
#include <QPointF>

#include <cstdint>
#include <vector>

namespace sitrep::app {

// Same layout as QSGGeometry::ColoredPoint2D (colours premultiplied).
struct FillVertex {
    float x, y;
    unsigned char r, g, b, a;
};

// Layout of the line shader's vertex input.
struct LineVertex {
    float x, y;   // point on the line
    float nx, ny; // miter direction, scaled so that 1 = half the line width
    float across; // -1 left edge … +1 right edge
    float dist;   // distance along the line, world units
};

struct FillMesh {
    std::vector<FillVertex> vertices; // triangles, three per face
    QPainterPath path;                // the same area for the QPainter fallback (odd-even rings)
    void addTriangles(const std::vector<QPointF>& points, const QColor& color);
    void addRing(const std::vector<QPointF>& ring);
    void setColor(const QColor& color); // recolours every vertex (a date change does this)
};

struct LineMesh {
    LineStyle style;
    std::vector<LineVertex> vertices;
    std::vector<std::uint32_t> indices; // triangles
    QPainterPath path;
    void addPath(const std::vector<QPointF>& points);
};

[[nodiscard]] FillVertex fillVertex(QPointF p, const QColor& color);

// Douglas–Peucker: the points of `path` that keep it within `tolerance` (same units) of the
// original; the first and last points always stay (so a closed ring stays closed).
[[nodiscard]] std::vector<QPointF> simplifyPath(const std::vector<QPointF>& path, double tolerance);

// The boundaries of areas that share edges (governorates) as lines in which every edge is
// drawn once: a run of edges stops where it meets an edge an earlier ring already had, and a
// ring with no shared edge stays one closed path. Edges match by their exact end points (the
// areas of one dataset share their vertices), in either direction.
[[nodiscard]] std::vector<std::vector<QPointF>> edgesOnce(const std::vector<std::vector<QPointF>>& rings);

// Triangles of a ring (annulus) `widthPx` wide around `centre`, its edges feathered over a
// pixel so that it stays smooth without multisampling (item pixels).
void addRing(std::vector<FillVertex>& out, QPointF centre, double radius, double width, const QColor& color);

} // namespace sitrep::app
