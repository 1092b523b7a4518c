#include "mappainter.h"

#include <QHash>
#include <QPainter>

namespace sitrep::app {

namespace {

// Contested cells: the hatch tile of their two colours, anchored where the scene graph anchors
// it (the local origin's item position), so both renderers put the stripes on the same pixels.
void paintHatch(QPainter& p, const MapFrame& frame, const QTransform& worldToItem)
{
    const ControlLayer& layer = *frame.control;
    const QPointF anchor = worldToItem.map(QPointF(0, 0));
    QHash<QPair<QRgb, QRgb>, QImage> tiles;
    for (std::size_t cell : layer.hatch().cells) {
        const CellPaint& paint = layer.cellPaints()[cell];
        const QPair<QRgb, QRgb> key(paint.hatchA.rgba(), paint.hatchB.rgba());
        auto tile = tiles.find(key);
        if (tile == tiles.end())
            tile = tiles.insert(key, controlstyle::hatchTile(paint.hatchA, paint.hatchB));
        QBrush brush(*tile);
        brush.setTransform(QTransform::fromTranslate(anchor.x(), anchor.y()));
        p.setTransform(QTransform());
        p.setPen(Qt::NoPen);
        p.setBrush(brush);
        p.drawPath(worldToItem.map(layer.cellPaths()[cell]));
    }
    p.setTransform(worldToItem);
}

void paintPulses(QPainter& p, const MapFrame& frame)
{
    p.setBrush(Qt::NoBrush);
    for (const Pulse& pulse : frame.control->pulses()) {
        if (!frame.pulses(pulse.placeId))
            continue;
        const controlstyle::PulseLook look = controlstyle::pulse(pulse.age);
        if (look.alpha <= 0)
            continue;
        QColor c = pulse.color.darker(115);
        c.setAlphaF(static_cast<float>(look.alpha));
        p.setPen(QPen(c, style::pulseWidthPx));
        const QPointF centre = frame.view.worldToItem(pulse.at + frame.control->origin());
        p.drawEllipse(centre, look.radiusPx, look.radiusPx);
    }
}

} // namespace

void MapPainter::paint(QPainter& p, const MapFrame& frame)
{
    const QSizeF size = frame.view.size();
    p.fillRect(QRectF(QPointF(0, 0), size), frame.geometry ? frame.geometry->backdrop : style::sea);
    if (!frame.geometry)
        return;
    const BaseMapGeometry& g = *frame.geometry;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QTransform t = frame.view.worldToItemTransform();
    t.translate(g.origin.x(), g.origin.y());
    // Fills, then the control areas, then water over them (as the scene graph draws them).
    auto paintFills = [&](bool water) {
        for (const auto& fill : g.fills) {
            if ((fill.layer == MapLayer::Water) != water || !frame.shows(fill.layer) || fill.mesh.vertices.empty())
                continue;
            const FillVertex& v = fill.mesh.vertices.front();
            const QColor c = v.a ? QColor(v.r * 255 / v.a, v.g * 255 / v.a, v.b * 255 / v.a, v.a)
                                 : QColor(Qt::transparent);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.setTransform(t);
            p.drawPath(fill.mesh.path);
        }
    };
    paintFills(false);
    const bool control = frame.control && frame.shows(MapLayer::Control);
    if (control) {
        p.setTransform(t);
        p.setPen(Qt::NoPen);
        const auto& paths = frame.control->cellPaths();
        const auto& paints = frame.control->cellPaints();
        for (std::size_t i = 0; i < paths.size(); ++i)
            if (paints[i].fill.alpha() > 0)
                p.fillPath(paths[i], paints[i].fill);
        if (frame.showContested)
            paintHatch(p, frame, t);
    }
    paintFills(true);
    auto strokeMesh = [&](const LineMesh& mesh) {
        const LineStyle& s = mesh.style;
        QPen pen(s.color, s.widthPx);
        pen.setCosmetic(true);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        if (s.round && s.gapPx > 0) {
            pen.setDashPattern({0.0, s.gapPx / s.widthPx}); // round caps make the dots
        } else if (s.dashPx > 0) {
            pen.setCapStyle(Qt::FlatCap);
            pen.setDashPattern({s.dashPx / s.widthPx, s.gapPx / s.widthPx});
        }
        p.setTransform(t);
        p.strokePath(mesh.path, pen);
    };
    for (const auto& stroke : g.strokes) {
        if (frame.shows(stroke.layer) && stroke.drawnAt(frame.view.scale()) && !stroke.mesh.path.isEmpty())
            strokeMesh(stroke.mesh);
    }
    if (control && frame.showFrontLines) {
        strokeMesh(frame.control->frontHalo());
        for (const FrontMesh& f : frame.control->fronts())
            strokeMesh(f.mesh);
    }
    p.resetTransform();
    if (control && frame.showPulses)
        paintPulses(p, frame);
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
