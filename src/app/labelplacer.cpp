#include "labelplacer.h"

#include <cmath>

namespace sitrep::app {

LabelPlacer::LabelPlacer(QRectF bounds, double cellSize) : m_bounds(bounds), m_cell(cellSize) {}

template <class F>
void LabelPlacer::forCells(const QRectF& r, F&& f) const
{
    const int x0 = static_cast<int>(std::floor(r.left() / m_cell));
    const int x1 = static_cast<int>(std::floor(r.right() / m_cell));
    const int y0 = static_cast<int>(std::floor(r.top() / m_cell));
    const int y1 = static_cast<int>(std::floor(r.bottom() / m_cell));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            if (!f((static_cast<long long>(y) << 32) ^ static_cast<unsigned>(x)))
                return;
}

bool LabelPlacer::isFree(const QRectF& rect) const
{
    bool free = true;
    forCells(rect, [&](long long key) {
        const auto it = m_grid.find(key);
        if (it == m_grid.end())
            return true;
        for (int i : it->second)
            if (m_rects[static_cast<std::size_t>(i)].intersects(rect)) {
                free = false;
                return false;
            }
        return true;
    });
    return free;
}

void LabelPlacer::insert(const QRectF& rect)
{
    const int index = static_cast<int>(m_rects.size());
    m_rects.push_back(rect);
    forCells(rect, [&](long long key) {
        m_grid[key].push_back(index);
        return true;
    });
}

void LabelPlacer::block(const QRectF& rect)
{
    insert(rect);
}

QRectF LabelPlacer::place(QPointF a, QSizeF s, Anchor mode, double gap)
{
    const double w = s.width(), h = s.height();
    QRectF candidates[8];
    int count = 0;
    if (mode == Anchor::Centered) {
        candidates[count++] = QRectF(a.x() - w / 2, a.y() - h / 2, w, h);
    } else {
        const double d = gap * 0.7; // diagonal offsets
        candidates[count++] = QRectF(a.x() + gap, a.y() - h / 2, w, h);          // right
        candidates[count++] = QRectF(a.x() - gap - w, a.y() - h / 2, w, h);      // left
        candidates[count++] = QRectF(a.x() + d, a.y() - d - h, w, h);            // upper right
        candidates[count++] = QRectF(a.x() + d, a.y() + d, w, h);                // lower right
        candidates[count++] = QRectF(a.x() - w / 2, a.y() - gap - h, w, h);      // above
        candidates[count++] = QRectF(a.x() - w / 2, a.y() + gap, w, h);          // below
        candidates[count++] = QRectF(a.x() - d - w, a.y() - d - h, w, h);        // upper left
        candidates[count++] = QRectF(a.x() - d - w, a.y() + d, w, h);            // lower left
    }
    for (int i = 0; i < count; ++i) {
        const QRectF& r = candidates[i];
        if (m_bounds.contains(r) && isFree(r)) {
            insert(r);
            return r;
        }
    }
    return {};
}

} // namespace sitrep::app
