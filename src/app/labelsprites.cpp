#include "labelsprites.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <bit>
#include <cmath>

namespace sitrep::app {

namespace {
// Cache keys are looked up for every label of every frame: the fields' bits as UTF-16 code
// units (never shown, fixed length), not numbers formatted as text (which was most of a
// zoom frame's label layout).
void appendBits(QString& key, quint64 v, int units)
{
    for (int i = 0; i < units; ++i)
        key.append(QChar(static_cast<char16_t>(v >> (16 * i))));
}
} // namespace

QString TextStyle::key() const
{
    QString k;
    k.reserve(kKeyLength);
    appendBits(k, std::bit_cast<quint64>(pixelSize), 4);
    appendBits(k, std::bit_cast<quint64>(letterSpacing), 4);
    appendBits(k, quint64(bold) + 2 * quint64(italic) + 4 * quint64(arabic), 1);
    appendBits(k, color.rgba(), 2);
    appendBits(k, halo.rgba(), 2);
    return k;
}

void LabelSprites::setDevicePixelRatio(double dpr)
{
    if (dpr != m_dpr) {
        m_dpr = dpr;
        m_cache.clear([](QImage&) {});
    }
}

QString LabelSprites::textKey(const QString& text, const TextStyle& style)
{
    return QLatin1Char('t') + style.key() + text; // the style part has a fixed length
}

QString LabelSprites::dotKey(double radius, const QColor& fill, bool ring, Shape shape)
{
    QString k(QLatin1Char('d'));
    appendBits(k, std::bit_cast<quint64>(radius), 4);
    appendBits(k, fill.rgba(), 2);
    appendBits(k, quint64(ring) + 2 * quint64(shape), 1);
    return k;
}

void LabelSprites::trim()
{
    m_cache.turnIfFull([](QImage&) {});
}

void LabelSprites::beginLayout(double budgetMs)
{
    m_budgetMs = budgetMs;
    m_deferred = false;
    m_madeThisLayout = 0;
    m_layoutClock.start();
}

bool LabelSprites::outOfBudget()
{
    // One new image per layout at least, so that laying out again always gets somewhere.
    if (m_budgetMs <= 0 || !m_layoutClock.isValid() || m_madeThisLayout == 0
        || double(m_layoutClock.nsecsElapsed()) / 1e6 < m_budgetMs) {
        ++m_madeThisLayout;
        return false;
    }
    m_deferred = true;
    return true;
}

QImage LabelSprites::text(const QString& text, const TextStyle& style)
{
    const QString key = textKey(text, style);
    if (const QImage* cached = m_cache.find(key))
        return *cached;
    if (outOfBudget())
        return {};

    QFont font(style.arabic ? QStringLiteral("Noto Sans Arabic") : QStringLiteral("DejaVu Sans"));
    font.setPixelSize(static_cast<int>(std::lround(style.pixelSize)));
    font.setBold(style.bold);
    font.setItalic(style.italic);
    if (style.letterSpacing > 0)
        font.setLetterSpacing(QFont::AbsoluteSpacing, style.letterSpacing);
    font.setHintingPreference(QFont::PreferNoHinting);

    QPainterPath path;
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QFontMetricsF metrics(font);
    double widest = 0;
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    for (int i = 0; i < lines.size(); ++i) {
        const double indent = (widest - metrics.horizontalAdvance(lines[i])) / 2;
        path.addText(QPointF(indent, i * metrics.lineSpacing()), font, lines[i]);
    }
    const double haloWidth = style.halo.alpha() > 0 ? std::max(2.0, style.pixelSize / 5.0) : 0;
    const QRectF bounds = path.boundingRect().adjusted(-haloWidth - 1, -haloWidth - 1,
                                                       haloWidth + 1, haloWidth + 1);
    const QSize pixels(static_cast<int>(std::ceil(bounds.width() * m_dpr)),
                       static_cast<int>(std::ceil(bounds.height() * m_dpr)));
    QImage image(pixels.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-bounds.topLeft());
    if (haloWidth > 0) {
        // The halo is drawn opaque and then faded as a whole: the stroke and the glyphs overlap,
        // and uniting the two paths instead (QPathClipper) cost more than everything else in a
        // label, which showed as the long frames where many labels appear at once.
        QPainterPathStroker stroker;
        stroker.setWidth(haloWidth * 2);
        stroker.setJoinStyle(Qt::RoundJoin);
        stroker.setCapStyle(Qt::RoundCap);
        QColor opaque = style.halo;
        opaque.setAlpha(255);
        p.fillPath(stroker.createStroke(path), opaque);
        p.fillPath(path, opaque);
        if (style.halo.alpha() < 255) {
            p.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            p.fillRect(bounds, QColor(0, 0, 0, style.halo.alpha()));
            p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        }
    }
    p.fillPath(path, style.color);
    p.end();
    // A copy without the raster paint engine the painter left on `image` (a QImage keeps its
    // engine, with its span and outline buffers, for as long as it lives): thousands of cached
    // labels kept 40 MB of engines (docs/bench/scrub.md).
    return m_cache.insert(key, image.copy(), image.sizeInBytes());
}

QImage LabelSprites::dot(double radius, const QColor& fill, bool ring, Shape shape)
{
    const QString key = dotKey(radius, fill, ring, shape);
    if (const QImage* cached = m_cache.find(key))
        return *cached;
    if (outOfBudget())
        return {};
    const double extent = radius + (ring ? 3.5 : 1.5);
    const int side = static_cast<int>(std::ceil(2 * extent * m_dpr));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(side / m_dpr / 2, side / m_dpr / 2);
    if (ring) {
        p.setPen(QPen(fill, 1.3));
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawEllipse(c, radius + 2.3, radius + 2.3);
    }
    p.setPen(QPen(QColor(255, 255, 255, 235), 1.2));
    p.setBrush(fill);
    if (shape == Shape::Circle) {
        p.drawEllipse(c, radius, radius);
    } else if (shape == Shape::Square) {
        p.drawRect(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius));
    } else {
        const double d = radius * 1.3;
        p.drawPolygon(QPolygonF({QPointF(c.x(), c.y() - d), QPointF(c.x() + d, c.y()),
                                 QPointF(c.x(), c.y() + d), QPointF(c.x() - d, c.y())}));
    }
    p.end();
    // A copy without the raster paint engine the painter left on `image` (a QImage keeps its
    // engine, with its span and outline buffers, for as long as it lives): thousands of cached
    // labels kept 40 MB of engines (docs/bench/scrub.md).
    return m_cache.insert(key, image.copy(), image.sizeInBytes());
}

} // namespace sitrep::app
