#pragma once
// LabelSprites: map text and place dots rendered once into small images (text with a soft
// halo, Arabic shaped by Qt's text layout) and cached by content, so that both renderers — the
// scene graph as textures and the QPainter fallback as images — just position them.
#include "generationcache.h"

#include <QColor>
#include <QElapsedTimer>
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

    // A cache key: equal for equal styles, of length kKeyLength (not readable text).
    [[nodiscard]] QString key() const;
    static constexpr int kKeyLength = 13;
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
    // Starts a layout that may spend `budgetMs` making new images (0: no limit; one new image is
    // always made). Once spent, text() and dot() return a null image for anything not cached and
    // deferred() is true: the
    // caller leaves those labels out and lays out again in the next frame, so that a zoom that
    // brings hundreds of new labels spreads them over a few frames instead of stalling one.
    void beginLayout(double budgetMs);
    [[nodiscard]] bool deferred() const { return m_deferred; }
    [[nodiscard]] qsizetype cachedCount() const { return m_cache.size(); }

private:
    [[nodiscard]] bool outOfBudget();
    double m_dpr;
    QElapsedTimer m_layoutClock;
    double m_budgetMs = 0;
    bool m_deferred = false;
    int m_madeThisLayout = 0;
    // A few hundred labels of a view take 2–4 MB; zooming over the whole region and dots
    // recoloured through every cross-fade would otherwise keep adding (docs/bench/scrub.md).
    GenerationCache<QImage> m_cache {8 * 1024 * 1024};
};

} // namespace sitrep::app
