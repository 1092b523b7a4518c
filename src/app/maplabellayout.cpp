#include "maplabellayout.h"

#include "labelplacer.h"
#include "mapstyle.h"

#include <QSet>

namespace sitrep::app {

namespace {

double dotRadius(int sizeClass)
{
    static constexpr double radii[] = {2.2, 2.8, 3.4, 4.0, 4.2};
    return radii[std::clamp(sizeClass, 0, 4)];
}

TextStyle placeTextStyle(int sizeClass, bool arabic)
{
    static constexpr double sizes[] = {11, 12, 13, 14.5, 16};
    TextStyle s;
    s.pixelSize = sizes[std::clamp(sizeClass, 0, 4)] + (arabic ? 1.5 : 0);
    s.bold = sizeClass >= 3;
    s.color = style::label;
    s.halo = style::labelHalo;
    s.arabic = arabic;
    return s;
}

TextStyle areaTextStyle(AreaLabel::Kind kind, bool arabic)
{
    TextStyle s;
    s.arabic = arabic;
    s.halo = QColor(255, 255, 255, 0);
    switch (kind) {
    case AreaLabel::Kind::Country:
        s.pixelSize = arabic ? 19 : 17;
        s.letterSpacing = arabic ? 0 : 4;
        s.color = style::countryLabel;
        s.halo = QColor(255, 255, 255, 90);
        break;
    case AreaLabel::Kind::Governorate:
        s.pixelSize = arabic ? 13 : 11;
        s.letterSpacing = arabic ? 0 : 1.5;
        s.color = style::adminLabel;
        s.halo = QColor(255, 253, 247, 150);
        break;
    case AreaLabel::Kind::River:
        s.pixelSize = arabic ? 13 : 11.5;
        s.italic = !arabic;
        s.color = style::waterLabel;
        s.halo = QColor(255, 253, 247, 170);
        break;
    case AreaLabel::Kind::Sea:
        s.pixelSize = arabic ? 15 : 14;
        s.italic = !arabic;
        s.letterSpacing = arabic ? 0 : 1;
        s.color = style::waterLabel;
        break;
    }
    return s;
}

QRectF centeredRect(QPointF c, QSizeF s)
{
    return QRectF(c.x() - s.width() / 2, c.y() - s.height() / 2, s.width(), s.height());
}

} // namespace

int minimumSizeClass(double zoom)
{
    if (zoom < 5.5)
        return 4;
    if (zoom < 6.2)
        return 3;
    if (zoom < 6.9)
        return 2;
    if (zoom < 8.0)
        return 1;
    return 0;
}

LabelLayoutResult layoutLabels(const BaseMapGeometry& g, const MapViewport& view,
                               LabelSprites& sprites, const LabelOptions& options)
{
    LabelLayoutResult result;
    const QRectF bounds(QPointF(0, 0), view.size());
    LabelPlacer placer(bounds.adjusted(4, 4, -4, -4));
    for (const QRectF& r : options.blocked)
        placer.block(r);
    const double zoom = view.zoomLevel();
    const QRectF visible = view.visibleWorld();
    const int minClass = minimumSizeClass(zoom);
    std::vector<Sprite> dots, texts, areas;

    auto placeMark = [&](int index) {
        const PlaceMark& m = g.places[static_cast<std::size_t>(index)];
        if (!visible.contains(m.world) || m.sizeClass < minClass || zoom < m.minZoom)
            return;
        const QPointF at = view.worldToItem(m.world);
        const bool facility = m.symbol != PlaceMark::Symbol::Settlement;
        const double r = facility ? 2.6 : dotRadius(m.sizeClass);
        const bool ring = m.sizeClass == 4;
        const QColor fill = options.placeColors.value(m.id, style::placeDot);
        const auto shape = m.symbol == PlaceMark::Symbol::Facility  ? LabelSprites::Shape::Square
                           : m.symbol == PlaceMark::Symbol::Crossing ? LabelSprites::Shape::Diamond
                                                                     : LabelSprites::Shape::Circle;
        const QImage dot = sprites.dot(r, fill, ring, shape);
        if (dot.isNull()) // deferred to the next layout (LabelSprites::beginLayout)
            return;
        const QRectF dotRect = centeredRect(at, dot.deviceIndependentSize());
        const QRectF core = centeredRect(at, QSizeF(2 * r + 2, 2 * r + 2));
        if (!bounds.contains(at) || !placer.isFree(core))
            return;
        QRectF labelRect;
        Sprite label;
        if (options.labels) {
            const bool arabic = options.arabic && !m.nameAr.isEmpty();
            const QString text = arabic ? m.nameAr : m.name;
            TextStyle ts = placeTextStyle(m.sizeClass, arabic);
            if (facility) {
                ts.italic = !arabic;
                ts.pixelSize -= 1;
            }
            const QImage image = sprites.text(text, ts);
            if (image.isNull())
                return;
            labelRect = placer.place(at, image.deviceIndependentSize(),
                                     LabelPlacer::Anchor::AroundPoint, r + 1);
            if (labelRect.isEmpty())
                return; // an unlabelled dot reads as noise on an overview map
            label = {LabelSprites::textKey(text, ts), image, labelRect};
        }
        placer.block(core);
        dots.push_back({LabelSprites::dotKey(r, fill, ring, shape), dot, dotRect});
        if (!labelRect.isEmpty())
            texts.push_back(std::move(label));
        result.placeIndices.push_back(index);
        result.placeHitRects.push_back(labelRect.isEmpty() ? core : core.united(labelRect));
    };
    QSet<QString> placedGroups;
    auto areaLabel = [&](const AreaLabel& a) {
        if (zoom < a.minZoom || zoom > a.maxZoom || !options.labels)
            return;
        const QString group = a.group.isEmpty() ? a.text : a.group;
        if (placedGroups.contains(group))
            return;
        if (a.kind == AreaLabel::Kind::River && !options.water)
            return;
        if (a.kind == AreaLabel::Kind::Governorate && !options.governorates)
            return;
        const bool arabic = options.arabic && !a.textAr.isEmpty();
        const QString text = arabic ? a.textAr : a.text;
        if (text.isEmpty())
            return;
        const TextStyle ts = areaTextStyle(a.kind, arabic);
        const QImage image = sprites.text(text, ts);
        if (image.isNull())
            return;
        const QRectF r = placer.place(view.worldToItem(a.world), image.deviceIndependentSize(),
                                      LabelPlacer::Anchor::Centered);
        if (!r.isEmpty()) {
            placedGroups.insert(group);
            areas.push_back({LabelSprites::textKey(text, ts), image, r});
        }
    };

    // Countries and seas first (they orient the reader), then big cities, rivers, governorates
    // and the remaining places.
    for (const AreaLabel& a : g.areaLabels)
        if (a.kind == AreaLabel::Kind::Country || a.kind == AreaLabel::Kind::Sea)
            areaLabel(a);
    const int count = static_cast<int>(g.places.size());
    int next = 0;
    if (options.places) {
        for (; next < count && g.places[static_cast<std::size_t>(next)].sizeClass >= 3; ++next)
            placeMark(next);
    }
    for (const AreaLabel& a : g.areaLabels)
        if (a.kind == AreaLabel::Kind::River)
            areaLabel(a);
    for (const AreaLabel& a : g.areaLabels)
        if (a.kind == AreaLabel::Kind::Governorate)
            areaLabel(a);
    if (options.places)
        for (; next < count; ++next)
            placeMark(next);

    result.sprites.reserve(areas.size() + dots.size() + texts.size());
    for (auto* list : {&areas, &dots, &texts})
        for (Sprite& s : *list)
            result.sprites.push_back(std::move(s));
    return result;
}

} // namespace sitrep::app
