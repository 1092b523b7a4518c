#include "controllayer.h"

#include "mercator.h"

#include "geo/basemap.h"

namespace sitrep::app {

namespace {
const LineStyle kFrontHalo{QColor(255, 255, 255, 190), 5.0f};
const LineStyle kFront{QColor(0x2b, 0x22, 0x20), 2.2f};
} // namespace

ControlLayer::ControlLayer(const geo::TerritoryBuilder& builder, QPointF origin) : m_origin(origin)
{
    m_frontHalo.style = kFrontHalo;
    m_front.style = kFront;
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
            m_cells.addTriangles(points, Qt::transparent);
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
        m_cellColours.emplace_back(Qt::transparent);
    }
}

void ControlLayer::setCellColor(std::size_t index, const QColor& color)
{
    if (index >= m_cellColours.size() || m_cellColours[index] == color)
        return;
    m_cellColours[index] = color;
    const auto [first, count] = m_cellVertexRanges[index];
    const FillVertex sample = fillVertex(QPointF(), color);
    for (std::size_t i = first; i < first + count; ++i) {
        FillVertex& v = m_cells.vertices[i];
        v.r = sample.r;
        v.g = sample.g;
        v.b = sample.b;
        v.a = sample.a;
    }
}

void ControlLayer::setFrontLines(const std::vector<const geo::MultiLineString*>& lines)
{
    m_frontHalo = LineMesh{};
    m_front = LineMesh{};
    m_frontHalo.style = kFrontHalo;
    m_front.style = kFront;
    for (const geo::MultiLineString* ml : lines)
        for (const geo::LineString& ls : *ml) {
            std::vector<QPointF> points;
            points.reserve(ls.size());
            for (const geo::LonLat& p : ls)
                points.push_back(mercator::toWorld(p.lon, p.lat) - m_origin);
            m_frontHalo.addPath(points);
            m_front.addPath(points);
        }
    ++m_frontVersion;
}

} // namespace sitrep::app
