#pragma once
// ControlLayer: control areas as the map draws them — every territory cell triangulated once
// into one mesh whose vertex colours are rewritten when the instant or lens changes (no
// geometry work while scrubbing), and the front lines of the current instant as a line mesh.
// Owned by ControlModel on the GUI thread; the renderers read it during the scene-graph sync.
#include "mapmesh.h"

#include "geo/territorybuilder.h"

#include <QColor>
#include <QPainterPath>

#include <cstdint>
#include <vector>

namespace sitrep::app {

class ControlLayer {
public:
    // Triangulates every cell of `builder` once (world units relative to `origin`).
    ControlLayer(const geo::TerritoryBuilder& builder, QPointF origin);

    [[nodiscard]] const std::vector<std::string>& cellPlaceIds() const { return m_cellPlaces; }
    [[nodiscard]] std::size_t cellCount() const { return m_cellPlaces.size(); }
    // Recolours cell `index`; call finishColours() after a batch.
    void setCellColor(std::size_t index, const QColor& color);
    void finishColours() { ++m_colourVersion; }
    void setFrontLines(const std::vector<const geo::MultiLineString*>& lines);

    [[nodiscard]] QPointF origin() const { return m_origin; }
    [[nodiscard]] const FillMesh& cells() const { return m_cells; }
    [[nodiscard]] const LineMesh& frontHalo() const { return m_frontHalo; }
    [[nodiscard]] const LineMesh& front() const { return m_front; }
    [[nodiscard]] std::uint64_t colourVersion() const { return m_colourVersion; }
    [[nodiscard]] std::uint64_t frontVersion() const { return m_frontVersion; }
    // For the QPainter fallback: one path and colour per cell.
    [[nodiscard]] const std::vector<QPainterPath>& cellPaths() const { return m_cellPaths; }
    [[nodiscard]] const std::vector<QColor>& cellColours() const { return m_cellColours; }
    [[nodiscard]] const std::vector<std::string>& warnings() const { return m_warnings; }

private:
    QPointF m_origin;
    FillMesh m_cells;
    std::vector<std::pair<std::size_t, std::size_t>> m_cellVertexRanges; // first, count
    std::vector<std::string> m_cellPlaces;
    std::vector<QPainterPath> m_cellPaths;
    std::vector<QColor> m_cellColours;
    LineMesh m_frontHalo;
    LineMesh m_front;
    std::uint64_t m_colourVersion = 0;
    std::uint64_t m_frontVersion = 0;
    std::vector<std::string> m_warnings;
};

} // namespace sitrep::app
