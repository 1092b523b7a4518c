#include "mapmesh.h"

#include <cmath>

namespace sitrep::app {

FillVertex fillVertex(QPointF p, const QColor& color)
{
    const float a = static_cast<float>(color.alphaF());
    auto pm = [a](int c) { return static_cast<unsigned char>(std::lround(c * a)); };
    return {static_cast<float>(p.x()), static_cast<float>(p.y()), pm(color.red()),
            pm(color.green()), pm(color.blue()), static_cast<unsigned char>(color.alpha())};
}

void FillMesh::addTriangles(const std::vector<QPointF>& points, const QColor& color)
{
    for (std::size_t i = 0; i + 2 < points.size(); i += 3) {
        for (std::size_t k = 0; k < 3; ++k)
            vertices.push_back(fillVertex(points[i + k], color));
    }
}

void FillMesh::addRing(const std::vector<QPointF>& ring)
{
    if (ring.size() < 3)
        return;
    QPolygonF poly(QList<QPointF>(ring.begin(), ring.end()));
    path.addPolygon(poly);
    path.closeSubpath();
}

void FillMesh::setColor(const QColor& color)
{
    for (FillVertex& v : vertices) {
        const FillVertex c = fillVertex(QPointF(v.x, v.y), color);
        v = c;
    }
}

namespace {
QPointF normalOf(QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    return len > 0 ? QPointF(-d.y() / len, d.x() / len) : QPointF(0, 0);
}
} // namespace

void LineMesh::addPath(const std::vector<QPointF>& input)
{
    std::vector<QPointF> pts;
    pts.reserve(input.size());
    for (const QPointF& p : input)
        if (pts.empty() || p != pts.back())
            pts.push_back(p);
    if (pts.size() < 2)
        return;
    const bool closed = pts.size() > 2 && pts.front() == pts.back();
    const std::size_t n = pts.size();
    const auto base = static_cast<std::uint32_t>(vertices.size());
    double dist = 0;
    QPolygonF poly;
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) {
            const QPointF d = pts[i] - pts[i - 1];
            dist += std::hypot(d.x(), d.y());
        }
        QPointF before, after;
        if (i > 0)
            before = normalOf(pts[i - 1], pts[i]);
        else if (closed)
            before = normalOf(pts[n - 2], pts[0]);
        if (i + 1 < n)
            after = normalOf(pts[i], pts[i + 1]);
        else if (closed)
            after = normalOf(pts[0], pts[1]);
        if (before.isNull())
            before = after;
        if (after.isNull())
            after = before;
        QPointF miter = before + after;
        const double len = std::hypot(miter.x(), miter.y());
        miter = len > 1e-9 ? miter / len : before;
        const double cosHalf = miter.x() * before.x() + miter.y() * before.y();
        const double stretch = std::min(1.0 / std::max(cosHalf, 1e-3), 2.5);
        miter *= stretch;
        const auto fx = static_cast<float>(pts[i].x());
        const auto fy = static_cast<float>(pts[i].y());
        const auto mx = static_cast<float>(miter.x());
        const auto my = static_cast<float>(miter.y());
        vertices.push_back({fx, fy, mx, my, 1.f, static_cast<float>(dist)});
        vertices.push_back({fx, fy, -mx, -my, -1.f, static_cast<float>(dist)});
        poly << pts[i];
    }
    for (std::uint32_t i = 0; i + 1 < n; ++i) {
        const std::uint32_t a = base + 2 * i;
        indices.insert(indices.end(), {a, a + 1, a + 2, a + 1, a + 3, a + 2});
    }
    path.addPolygon(poly);
}

} // namespace sitrep::app
