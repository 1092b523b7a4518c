#include "mappainter.h"

#include <QPainter>

namespace sitrep::app {

void MapPainter::paint(QPainter& p, const MapFrame& frame)
{
    const QSizeF size = frame.view.size();
    p.fillRect(QRectF(QPointF(0, 0), size), style::sea);
    if (!frame.geometry)
        return;
    const BaseMapGeometry& g = *frame.geometry;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QTransform t = frame.view.worldToItemTransform();
    t.translate(g.origin.x(), g.origin.y());
    for (const auto& fill : g.fills) {
        if (!frame.shows(fill.layer) || fill.mesh.vertices.empty())
            continue;
        const FillVertex& v = fill.mesh.vertices.front();
        const QColor c = v.a ? QColor(v.r * 255 / v.a, v.g * 255 / v.a, v.b * 255 / v.a, v.a)
                             : QColor(Qt::transparent);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.setTransform(t);
        p.drawPath(fill.mesh.path);
    }
    const bool control = frame.control && frame.shows(MapLayer::Control);
    if (control) {
        p.setTransform(t);
        p.setPen(Qt::NoPen);
        const auto& paths = frame.control->cellPaths();
        const auto& colours = frame.control->cellColours();
        for (std::size_t i = 0; i < paths.size(); ++i)
            if (colours[i].alpha() > 0)
                p.fillPath(paths[i], colours[i]);
    }
    auto strokeMesh = [&](const LineMesh& mesh) {
        const LineStyle& s = mesh.style;
        QPen pen(s.color, s.widthPx);
        pen.setCosmetic(true);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        if (s.dashPx > 0) {
            pen.setCapStyle(Qt::FlatCap);
            pen.setDashPattern({s.dashPx / s.widthPx, s.gapPx / s.widthPx});
        }
        p.setTransform(t);
        p.strokePath(mesh.path, pen);
    };
    for (const auto& stroke : g.strokes) {
        if (frame.shows(stroke.layer) && !stroke.mesh.path.isEmpty())
            strokeMesh(stroke.mesh);
    }
    if (control) {
        strokeMesh(frame.control->frontHalo());
        strokeMesh(frame.control->front());
    }
    p.resetTransform();
    p.restore();
    for (const Sprite& s : frame.sprites)
        p.drawImage(s.rect, s.image);
}

QImage MapPainter::render(const MapFrame& frame, double dpr)
{
    const QSize pixels = (frame.view.size() * dpr).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    QPainter p(&image);
    paint(p, frame);
    p.end();
    return image;
}

} // namespace sitrep::app
