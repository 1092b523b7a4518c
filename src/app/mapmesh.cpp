#include "mapmesh.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>
#include <unordered_set>

namespace sitrep::app {

FillVertex fillVertex(QPointF p, const QColor& color)
{
    const float a = static_cast<float>(color.alphaF());
    auto pm = [a](int c) { return static_cast<unsigned char>(std::lround(c * a)); };
    return {static_cast<float>(p.x()), static_cast<float>(p.y()), pm(color.red()),
            pm(color.green()), pm(color.blue()), static_cast<unsigned char>(color.alpha())};
}

std::vector<QPointF> simplifyPath(const std::vector<QPointF>& path, double tolerance)
{
    if (path.size() < 3 || tolerance <= 0)
        return path;
    std::vector<char> keep(path.size(), 0);
    keep.front() = keep.back() = 1;
    // An explicit stack: a coastline of thousands of points would recurse too deep.
    std::vector<std::pair<std::size_t, std::size_t>> spans {{0, path.size() - 1}};
    const double tolerance2 = tolerance * tolerance;
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        if (last <= first + 1)
            continue;
        const QPointF a = path[first], d = path[last] - a;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        double worst = -1;
        std::size_t worstAt = first;
        for (std::size_t i = first + 1; i < last; ++i) {
            const QPointF v = path[i] - a;
            // Distance to the chord; to its start when the chord is a point (a closed ring).
            const double t = len2 > 0 ? std::clamp((v.x() * d.x() + v.y() * d.y()) / len2, 0.0, 1.0) : 0.0;
            const QPointF off = v - d * t;
            const double dist2 = off.x() * off.x() + off.y() * off.y();
            if (dist2 > worst) {
                worst = dist2;
                worstAt = i;
            }
        }
        if (worst > tolerance2) {
            keep[worstAt] = 1;
            spans.push_back({first, worstAt});
            spans.push_back({worstAt, last});
        }
    }
    std::vector<QPointF> out;
    for (std::size_t i = 0; i < path.size(); ++i)
        if (keep[i])
            out.push_back(path[i]);
    return out;
}

namespace {
struct Edge {
    QPointF a, b;
    bool operator==(const Edge& o) const { return (a == o.a && b == o.b) || (a == o.b && b == o.a); }
};
struct EdgeHash {
    std::size_t operator()(const Edge& e) const
    {
        // Symmetric in the two ends, as equality is.
        const auto h = [](QPointF p) {
            return std::hash<double>()(p.x()) * 0x9e3779b97f4a7c15ULL ^ std::hash<double>()(p.y());
        };
        return h(e.a) + h(e.b);
    }
};
} // namespace

std::vector<std::vector<QPointF>> edgesOnce(const std::vector<std::vector<QPointF>>& rings)
{
    std::unordered_set<Edge, EdgeHash> seen;
    std::vector<std::vector<QPointF>> out;
    for (const std::vector<QPointF>& ring : rings) {
        const std::size_t first = out.size();
        bool openAtStart = false; // the ring's first edge is new: its first run may join its last
        std::vector<QPointF> run;
        for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
            if (ring[i] == ring[i + 1])
                continue;
            if (seen.insert({ring[i], ring[i + 1]}).second) {
                if (run.empty()) {
                    run.push_back(ring[i]);
                    openAtStart = openAtStart || i == 0;
                }
                run.push_back(ring[i + 1]);
            } else if (!run.empty()) {
                out.push_back(std::move(run));
                run.clear();
            }
        }
        if (!run.empty())
            out.push_back(std::move(run));
        // A closed ring whose first and last runs meet at its start: one run, not two.
        const bool closed = ring.size() > 2 && ring.front() == ring.back();
        if (closed && openAtStart && out.size() - first >= 2 && out.back().back() == out[first].front()) {
            std::vector<QPointF>& last = out.back();
            last.insert(last.end(), out[first].begin() + 1, out[first].end());
            out[first] = std::move(last);
            out.pop_back();
        }
    }
    return out;
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

void addRing(std::vector<FillVertex>& out, QPointF centre, double radius, double width, const QColor& color)
{
    if (radius <= 0 || width <= 0 || color.alpha() == 0)
        return;
    // Four circles: transparent, solid, solid, transparent; three bands between them.
    const double r[4] = {std::max(0.0, radius - width / 2 - 0.75), radius - width / 2 + 0.25,
                         radius + width / 2 - 0.25, radius + width / 2 + 0.75};
    const QColor clear(color.red(), color.green(), color.blue(), 0);
    const QColor* c[4] = {&clear, &color, &color, &clear};
    const int segments = std::clamp(static_cast<int>(radius * 1.5), 16, 96);
    for (int i = 0; i < segments; ++i) {
        const double a0 = 2 * std::numbers::pi * i / segments, a1 = 2 * std::numbers::pi * (i + 1) / segments;
        const QPointF d0(std::cos(a0), std::sin(a0)), d1(std::cos(a1), std::sin(a1));
        for (int band = 0; band < 3; ++band) {
            const FillVertex p00 = fillVertex(centre + d0 * r[band], *c[band]);
            const FillVertex p01 = fillVertex(centre + d1 * r[band], *c[band]);
            const FillVertex p10 = fillVertex(centre + d0 * r[band + 1], *c[band + 1]);
            const FillVertex p11 = fillVertex(centre + d1 * r[band + 1], *c[band + 1]);
            out.insert(out.end(), {p00, p10, p01, p01, p10, p11});
        }
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
