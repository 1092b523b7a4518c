#include "controllayer.h"

#include "controlstyle.h"
#include "core/controlengine.h"
#include "geo/basemap.h"
#include "mercator.h"

#include <algorithm>
#include <unordered_map>

namespace sitrep::app {

ControlLayer::ControlLayer(const geo::TerritoryBuilder& builder, QPointF origin, std::string country)
    : m_origin(origin), m_country(std::move(country))
{
    m_frontHalo.style = style::frontHalo;
    auto local = [&](const geo::LonLat& p) { return mercator::toWorld(p.lon, p.lat) - m_origin; };
    for (const geo::TerritoryCell& cell : builder.cells()) {
        const std::size_t first = m_cells.vertices.size();
        QPainterPath path;
        for (const geo::Polygon& polygon : cell.geometry) {
            auto triangles = geo::triangulate(polygon.rings);
            if (!triangles) {
                m_warnings.push_back("cell of " + cell.placeId + ": " + triangles.error().message);
                continue;
            }
            std::vector<QPointF> points;
            points.reserve(triangles->size());
            for (const geo::LonLat& p : *triangles)
                points.push_back(local(p));
            m_cells.addTriangles(points, style::focusLand);
            for (const geo::Ring& ring : polygon.rings) {
                QPolygonF poly;
                for (const geo::LonLat& p : ring)
                    poly << local(p);
                path.addPolygon(poly);
                path.closeSubpath();
            }
        }
        m_cellVertexRanges.emplace_back(first, m_cells.vertices.size() - first);
        m_cellPlaces.push_back(cell.placeId);
        m_cellPaths.push_back(std::move(path));
        m_cellPaints.emplace_back();
        m_cellPoints.push_back(local(cell.point));
    }
}

long ControlLayer::cellOf(std::string_view placeId) const
{
    const auto it = std::find(m_cellPlaces.begin(), m_cellPlaces.end(), placeId);
    return it == m_cellPlaces.end() ? -1 : static_cast<long>(it - m_cellPlaces.begin());
}

void ControlLayer::setCellPaint(std::size_t index, const CellPaint& paint)
{
    if (index >= m_cellPaints.size() || m_cellPaints[index] == paint)
        return;
    if (paint.hatched() || m_cellPaints[index].hatched())
        m_hatchDirty = true;
    m_coloursDirty = true;
    m_cellPaints[index] = paint;
    const auto [first, count] = m_cellVertexRanges[index];
    // Cells lie inside Syria: their colour laid over Syria's ground, opaque, so that the
    // renderer draws them in its opaque pass instead of blending over the ground.
    const FillVertex sample = fillVertex(QPointF(), controlstyle::over(style::focusLand, paint.fill));
    for (std::size_t i = first; i < first + count; ++i) {
        FillVertex& v = m_cells.vertices[i];
        v.r = sample.r;
        v.g = sample.g;
        v.b = sample.b;
        v.a = sample.a;
    }
}

void ControlLayer::finishColours()
{
    // Only when a cell was repainted: the renderer uploads the whole cell mesh on a new version,
    // and most steps of a scrub repaint nothing.
    if (m_coloursDirty)
        ++m_colourVersion;
    m_coloursDirty = false;
    if (m_hatchDirty)
        rebuildHatch();
}

void ControlLayer::rebuildHatch()
{
    m_hatchDirty = false;
    m_hatch.vertices.clear();
    m_hatch.cells.clear();
    for (std::size_t c = 0; c < m_cellPaints.size(); ++c) {
        const CellPaint& p = m_cellPaints[c];
        if (!p.hatched())
            continue;
        m_hatch.cells.push_back(c);
        const FillVertex a = fillVertex(QPointF(), p.hatchA);
        const FillVertex b = fillVertex(QPointF(), p.hatchB);
        const auto [first, count] = m_cellVertexRanges[c];
        for (std::size_t i = first; i < first + count; ++i) {
            const FillVertex& v = m_cells.vertices[i];
            m_hatch.vertices.push_back({v.x, v.y, {a.r, a.g, a.b, a.a}, {b.r, b.g, b.b, b.a}});
        }
    }
    ++m_hatchVersion;
}

void ControlLayer::setPulses(std::vector<Pulse> pulses)
{
    const bool same = pulses.size() == m_pulses.size()
        && std::equal(pulses.begin(), pulses.end(), m_pulses.begin(), [](const Pulse& a, const Pulse& b) {
               return a.at == b.at && a.color == b.color && a.age == b.age && a.placeId == b.placeId;
           });
    if (same)
        return;
    m_pulses = std::move(pulses);
    ++m_pulseVersion;
}

namespace {

// Root actor ids and their colours, looked up once per refresh.
class Palette {
public:
    Palette(const core::ControlEngine& engine, const ControlLayer::ActorColour& colourOf)
        : m_engine(engine)
        , m_colourOf(colourOf)
    {
    }
    std::string root(std::string_view actor) { return actor.empty() ? std::string() : m_engine.rootActor(actor); }
    QColor colour(const std::string& root)
    {
        auto it = m_colours.find(root);
        if (it == m_colours.end())
            it = m_colours.emplace(root, m_colourOf(root)).first;
        return it->second;
    }
    CellPaint paint(const core::PlaceState& s)
    {
        using S = core::ControlStatus;
        switch (s.status) {
        case S::Held:
        case S::Stale:
            return controlstyle::held(colour(root(s.actor)), s.status == S::Stale);
        case S::Contested: {
            // The named sides, by id so a pair always stripes the same way; the last holder
            // stands in when only one side is named.
            std::vector<std::string> sides;
            for (const core::Party& p : s.parties)
                if (!p.actor.empty())
                    sides.push_back(root(p.actor));
            std::sort(sides.begin(), sides.end());
            sides.erase(std::unique(sides.begin(), sides.end()), sides.end());
            if (sides.size() < 2 && !s.actor.empty()) {
                const std::string holder = root(s.actor);
                if (std::find(sides.begin(), sides.end(), holder) == sides.end())
                    sides.insert(sides.begin(), holder);
            }
            const QColor a = sides.empty() ? style::contested : colour(sides[0]);
            const QColor b = sides.size() < 2 ? style::contested : colour(sides[1]);
            return controlstyle::contested(a, b);
        }
        case S::Unknown:
            break;
        }
        return {};
    }

private:
    const core::ControlEngine& m_engine;
    const ControlLayer::ActorColour& m_colourOf;
    std::unordered_map<std::string, QColor> m_colours;
};

} // namespace

void ControlLayer::showState(const core::ControlEngine& engine, const std::vector<core::PlaceState>& states,
    core::Instant t, const core::Lens& lens, const ActorColour& colourOf)
{
    // Cells are keyed by place id; the engine's states come in its (fixed) place order.
    bool indexed = m_cellState.size() == m_cellPlaces.size();
    for (std::size_t i = 0; indexed && i < m_cellPlaces.size(); ++i) {
        const long s = m_cellState[i];
        indexed = s < 0
            || (static_cast<std::size_t>(s) < states.size() && states[std::size_t(s)].placeId == m_cellPlaces[i]);
    }
    if (!indexed) {
        std::unordered_map<std::string_view, long> byPlace;
        for (std::size_t i = 0; i < states.size(); ++i)
            byPlace.emplace(states[i].placeId, static_cast<long>(i));
        m_cellState.assign(m_cellPlaces.size(), -1);
        for (std::size_t i = 0; i < m_cellPlaces.size(); ++i)
            if (auto it = byPlace.find(m_cellPlaces[i]); it != byPlace.end())
                m_cellState[i] = it->second;
    }
    Palette palette(engine, colourOf);
    std::vector<CellPaint> paints(m_cellPlaces.size());
    for (std::size_t i = 0; i < paints.size(); ++i)
        if (m_cellState[i] >= 0)
            paints[i] = palette.paint(states[static_cast<std::size_t>(m_cellState[i])]);

    // Recent changes: the newest per place decides its fade and pulse.
    const core::Instant window = std::max(style::crossFadeSeconds, style::pulseSeconds);
    std::unordered_map<std::string_view, const core::ControlChange*> recent;
    const std::vector<core::ControlChange> changes = engine.changes(t - window, t, lens);
    for (const core::ControlChange& c : changes) {
        // The scenario's starting map is not news: it neither fades in nor pulses.
        const bool baseline = !c.evidence.empty()
            && std::all_of(c.evidence.begin(), c.evidence.end(), [](const core::Claim* e) { return e && e->baseline; });
        if (baseline)
            recent.erase(c.placeId);
        else
            recent[c.placeId] = &c;
    }
    std::vector<Pulse> pulses;
    for (std::size_t i = 0; i < m_cellPlaces.size(); ++i) {
        const auto it = recent.find(m_cellPlaces[i]);
        if (it == recent.end())
            continue;
        const core::ControlChange& c = *it->second;
        const core::Instant age = t - c.at;
        const core::PlaceState before = engine.state(c.placeId, c.at - 1, lens);
        if (age < style::crossFadeSeconds)
            paints[i] = controlstyle::mix(palette.paint(before), paints[i], controlstyle::fadeProgress(age));
        const bool wasHeld = before.status != core::ControlStatus::Unknown;
        const std::string to = palette.root(c.toActor);
        if (age < style::pulseSeconds && c.toStatus == core::ControlStatus::Held && !to.empty()
            && (!wasHeld || palette.root(before.actor) != to))
            pulses.push_back({m_cellPoints[i], palette.colour(to), age, m_cellPlaces[i]});
    }
    for (std::size_t i = 0; i < paints.size(); ++i)
        setCellPaint(i, paints[i]);
    finishColours();
    setPulses(std::move(pulses));
}

std::vector<FrontKind> ControlLayer::frontKinds() const
{
    std::vector<FrontKind> kinds;
    for (const FrontMesh& f : m_fronts)
        kinds.push_back(f.kind);
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

void ControlLayer::setFrontLines(const std::vector<geo::FrontLine>& lines)
{
    std::vector<std::shared_ptr<const geo::MultiLineString>> geometry;
    for (const geo::FrontLine& f : lines)
        if (f.geometry)
            geometry.push_back(f.geometry);
    if (geometry == m_frontGeometry && m_frontVersion > 0)
        return;
    m_frontGeometry = std::move(geometry);
    m_frontHalo = LineMesh {};
    m_frontHalo.style = style::frontHalo;
    std::vector<FrontMesh> byKind(kFrontKindCount);
    for (int k = 0; k < kFrontKindCount; ++k) {
        byKind[std::size_t(k)].kind = static_cast<FrontKind>(k);
        byKind[std::size_t(k)].mesh.style = controlstyle::frontStyle(static_cast<FrontKind>(k));
    }
    for (const geo::FrontLine& f : lines) {
        if (!f.geometry)
            continue;
        LineMesh& mesh = byKind[std::size_t(controlstyle::frontKind(f.actorA, f.actorB))].mesh;
        for (const geo::LineString& ls : *f.geometry) {
            std::vector<QPointF> points;
            points.reserve(ls.size());
            for (const geo::LonLat& p : ls)
                points.push_back(mercator::toWorld(p.lon, p.lat) - m_origin);
            m_frontHalo.addPath(points);
            mesh.addPath(points);
        }
    }
    // Drawn bottom to top: the main front last, over the others where they meet.
    m_fronts.clear();
    for (FrontKind k : {FrontKind::Other, FrontKind::GovernmentSdf, FrontKind::OppositionSdf, FrontKind::Israel,
             FrontKind::OppositionGovernment})
        if (!byKind[std::size_t(k)].mesh.vertices.empty())
            m_fronts.push_back(std::move(byKind[std::size_t(k)]));
    ++m_frontVersion;
}

} // namespace sitrep::app
