#pragma once
// LabelSprites: map text and place dots rendered once into small images (text with a soft
// halo, Arabic shaped by Qt's text layout) and cached by content, so that both renderers — the
// scene graph as textures and the QPainter fallback as images — just position them.
#include "generationcache.h"

#include <QColor>
#include <QImage>
#include <QString>

namespace sitrep::app {

struct TextStyle {
    double pixelSize = 12;
    bool bold = false;
    bool italic = false;
    double letterSpacing = 0; // extra pixels between letters (country names)
    QColor color;
    QColor halo;
    bool arabic = false;

    [[nodiscard]] QString key() const;
};

class LabelSprites {
public:
    explicit LabelSprites(double devicePixelRatio = 1.0) : m_dpr(devicePixelRatio) {}

    void setDevicePixelRatio(double dpr);
    // The label image; its deviceIndependentSize() is the size on the map. (A copy that shares
    // the cached pixels: the cache may forget the entry later, the image stays valid.)
    [[nodiscard]] QImage text(const QString& text, const TextStyle& style);
    enum class Shape { Circle, Square, Diamond };
    // A place dot: filled shape with a light rim; capitals get a ring.
    [[nodiscard]] QImage dot(double radius, const QColor& fill, bool ring, Shape shape = Shape::Circle);
    [[nodiscard]] static QString textKey(const QString& text, const TextStyle& style);
    [[nodiscard]] static QString dotKey(double radius, const QColor& fill, bool ring,
                                        Shape shape = Shape::Circle);
    // Forgets images unused since the cache last filled up; call between layouts.
    void trim();
    [[nodiscard]] qsizetype cachedCount() const { return m_cache.size(); }

private:
    double m_dpr;
    // A few hundred labels of a view take 2–4 MB; zooming over the whole region and dots
    // recoloured through every cross-fade would otherwise keep adding (docs/bench/scrub.md).
    GenerationCache<QImage> m_cache {8 * 1024 * 1024};
};

} // namespace sitrep::app
