#pragma once
// LabelPlacer: greedy collision avoidance for map labels. Labels come most important first;
// each tries its candidate positions around its anchor (right of the dot first, as atlases
// do) and takes the first that overlaps nothing placed before and stays inside the view.
// A uniform grid keeps each test to the few labels nearby.
#include <QRectF>

#include <unordered_map>
#include <vector>

namespace sitrep::app {

class LabelPlacer {
public:
    enum class Anchor { Centered, AroundPoint };

    explicit LabelPlacer(QRectF bounds, double cellSize = 64);

    // Reserves space without a label (a place's dot, a legend over the map).
    void block(const QRectF& rect);
    // Tries to place a label of `size` at `anchor`; `gap` is the distance kept from a point
    // (the dot's radius plus padding). Returns the label's rectangle, or an empty rect.
    QRectF place(QPointF anchor, QSizeF size, Anchor mode, double gap = 0);
    [[nodiscard]] bool isFree(const QRectF& rect) const;
    [[nodiscard]] std::size_t placedCount() const { return m_rects.size(); }

private:
    void insert(const QRectF& rect);
    template <class F>
    void forCells(const QRectF& r, F&& f) const;

    QRectF m_bounds;
    double m_cell;
    std::vector<QRectF> m_rects;
    std::unordered_map<long long, std::vector<int>> m_grid;
};

} // namespace sitrep::app
