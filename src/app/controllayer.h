#pragma once
// ControlLayer: control as the map draws it — every territory cell triangulated once into one
// mesh whose vertex colours are rewritten when the instant or lens changes (no geometry work
// while scrubbing), the contested cells' hatching, the rings of places that just changed hands,
// and the front lines of the current instant, one line mesh per style of front.
// Owned by ControlModel on the GUI thread; the renderers read it during the scene-graph sync.
#include "controlstyle.h"
#include "core/controlstate.h"
#include "core/lens.h"
#include "geo/territory.h"
#include "geo/territorybuilder.h"
#include "mapmesh.h"

#include <QColor>
#include <QPainterPath>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace sitrep::core {
class ControlEngine;
}

namespace sitrep::app {

// A vertex of the hatch mesh: position and the two stripe colours (premultiplied RGBA8).
struct HatchVertex {
    float x, y;
    unsigned char a[4];
    unsigned char b[4];
};

// The triangles of the hatched cells only (a handful), rebuilt from the cell mesh's vertices
// when the set of hatched cells or their colours change — copied, never re-triangulated.
struct HatchMesh {
    std::vector<HatchVertex> vertices;
    std::vector<std::size_t> cells; // which cells, for the QPainter fallback
};

// A place that changed hands recently, drawn as a ring in the new holder's colour.
struct Pulse {
    QPointF at; // local world units (same origin as the meshes)
    QColor color;
    std::int64_t age = 0; // scenario seconds since the change
    std::string placeId;
};

struct FrontMesh {
    FrontKind kind = FrontKind::Other;
    LineMesh mesh;
};

class ControlLayer {
public:
    using ActorColour = std::function<QColor(const std::string& rootActorId)>;

    // Triangulates every cell of `builder` once (world units relative to `origin`).
    // `country` (ISO 3166-1 alpha-2): the country the builder's cells tile.
    ControlLayer(const geo::TerritoryBuilder& builder, QPointF origin, std::string country = {});

    [[nodiscard]] const std::vector<std::string>& cellPlaceIds() const { return m_cellPlaces; }
    [[nodiscard]] std::size_t cellCount() const { return m_cellPlaces.size(); }
    // Paints cell `index`; call finishColours() after a batch.
    void setCellPaint(std::size_t index, const CellPaint& paint);
    void setCellColor(std::size_t index, const QColor& color) { setCellPaint(index, CellPaint {color}); }
    void finishColours();
    void setPulses(std::vector<Pulse> pulses);
    // The state at `t` under `lens` (`states` as the engine gave them for t): each cell in its
    // holder's colour, hatched where contested, blending from the previous state for
    // style::crossFadeSeconds after a change; a pulse for each place that changed hands within
    // style::pulseSeconds. Colours only: the meshes keep their vertices.
    void showState(const core::ControlEngine& engine, const std::vector<core::PlaceState>& states, core::Instant t,
        const core::Lens& lens, const ActorColour& colourOf);
    // The front lines of the current instant; does nothing when they are the same as before.
    void setFrontLines(const std::vector<geo::FrontLine>& lines);

    [[nodiscard]] QPointF origin() const { return m_origin; }
    // The country whose ground the (opaque) cells cover entirely.
    [[nodiscard]] const std::string& country() const { return m_country; }
    [[nodiscard]] const FillMesh& cells() const { return m_cells; }
    [[nodiscard]] const HatchMesh& hatch() const { return m_hatch; }
    [[nodiscard]] const std::vector<Pulse>& pulses() const { return m_pulses; }
    [[nodiscard]] const LineMesh& frontHalo() const { return m_frontHalo; }
    [[nodiscard]] const std::vector<FrontMesh>& fronts() const { return m_fronts; }
    // Kinds of front drawn now, in legend order.
    [[nodiscard]] std::vector<FrontKind> frontKinds() const;
    [[nodiscard]] std::uint64_t colourVersion() const { return m_colourVersion; }
    [[nodiscard]] std::uint64_t hatchVersion() const { return m_hatchVersion; }
    [[nodiscard]] std::uint64_t pulseVersion() const { return m_pulseVersion; }
    [[nodiscard]] std::uint64_t frontVersion() const { return m_frontVersion; }
    // Per cell: the outline (QPainter fallback), paint, and the place's point (local units).
    [[nodiscard]] const std::vector<QPainterPath>& cellPaths() const { return m_cellPaths; }
    [[nodiscard]] const std::vector<CellPaint>& cellPaints() const { return m_cellPaints; }
    [[nodiscard]] const std::vector<QPointF>& cellPoints() const { return m_cellPoints; }
    // Index of the cell of a place, or -1.
    [[nodiscard]] long cellOf(std::string_view placeId) const;
    [[nodiscard]] const std::vector<std::string>& warnings() const { return m_warnings; }

private:
    void rebuildHatch();

    QPointF m_origin;
    std::string m_country;
    FillMesh m_cells;
    std::vector<std::pair<std::size_t, std::size_t>> m_cellVertexRanges; // first, count
    std::vector<std::string> m_cellPlaces;
    std::vector<QPainterPath> m_cellPaths;
    std::vector<CellPaint> m_cellPaints;
    std::vector<QPointF> m_cellPoints;
    std::vector<long> m_cellState; // index into the engine's states per cell (-1: none)
    HatchMesh m_hatch;
    bool m_hatchDirty = false;
    bool m_coloursDirty = true; // a cell repainted since the last finishColours()
    std::vector<Pulse> m_pulses;
    LineMesh m_frontHalo;
    std::vector<FrontMesh> m_fronts;
    std::vector<std::shared_ptr<const geo::MultiLineString>> m_frontGeometry; // kept alive while drawn
    std::uint64_t m_colourVersion = 0;
    std::uint64_t m_hatchVersion = 0;
    std::uint64_t m_pulseVersion = 0;
    std::uint64_t m_frontVersion = 0;
    std::vector<std::string> m_warnings;
};

} // namespace sitrep::app
