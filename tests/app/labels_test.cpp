// Label placement: no two labels overlap, important places win, hit rectangles find places.
#include "basemapcache.h"
#include "labelplacer.h"
#include "generationcache.h"
#include "labelsprites.h"
#include "maplabellayout.h"
#include "qtapp.h"

using namespace sitrep::app;

TEST_CASE("a label that would overlap a placed one moves to another side of its point")
{
    LabelPlacer placer(QRectF(0, 0, 400, 400));
    const QRectF first = placer.place({100, 100}, {60, 14}, LabelPlacer::Anchor::AroundPoint, 4);
    REQUIRE(!first.isEmpty());
    CHECK(first.left() > 100); // right of the dot first
    // A second point just below-left whose right-hand slot collides with the first label.
    const QRectF second = placer.place({110, 108}, {60, 14}, LabelPlacer::Anchor::AroundPoint, 4);
    REQUIRE(!second.isEmpty());
    CHECK(!second.intersects(first));
}

TEST_CASE("a label with no free position is dropped, and labels stay inside the view")
{
    LabelPlacer placer(QRectF(0, 0, 100, 100));
    placer.block(QRectF(0, 0, 100, 100));
    CHECK(placer.place({50, 50}, {20, 10}, LabelPlacer::Anchor::Centered).isEmpty());
    LabelPlacer edge(QRectF(0, 0, 100, 100));
    const QRectF r = edge.place({95, 50}, {30, 10}, LabelPlacer::Anchor::AroundPoint, 3);
    REQUIRE(!r.isEmpty());
    CHECK(r.right() <= 100);
}

namespace {
const BaseMapGeometry& shippedGeometry()
{
    ensureGuiApp();
    static const BaseMapLoad load = BaseMapCache::load(BaseMapCache::defaultPath());
    REQUIRE_MESSAGE(load.geometry, load.error.toStdString());
    return *load.geometry;
}

MapViewport syriaView()
{
    MapViewport v;
    v.setSize({1600, 1000});
    v.fit(35.6, 32.3, 42.4, 37.35, 12);
    return v;
}
} // namespace

TEST_CASE("on the Syria overview no two labels overlap and the big cities are named")
{
    const BaseMapGeometry& g = shippedGeometry();
    LabelSprites sprites;
    const LabelLayoutResult r = layoutLabels(g, syriaView(), sprites, {});
    REQUIRE(r.sprites.size() > 20);
    // Text sprites (keys starting "t|") must not overlap each other.
    std::vector<QRectF> texts;
    for (const Sprite& s : r.sprites)
        if (s.key.startsWith(QLatin1String("t|")))
            texts.push_back(s.rect);
    for (std::size_t i = 0; i < texts.size(); ++i)
        for (std::size_t j = i + 1; j < texts.size(); ++j)
            CHECK_FALSE(texts[i].intersects(texts[j]));
    QStringList drawn;
    for (int index : r.placeIndices)
        drawn << g.places[static_cast<std::size_t>(index)].name;
    for (const char* city : {"Damascus", "Aleppo", "Homs"})
        CHECK_MESSAGE(drawn.contains(QString::fromLatin1(city)), city);
}

TEST_CASE("a click on a city's dot or label hits that city")
{
    const BaseMapGeometry& g = shippedGeometry();
    LabelSprites sprites;
    const MapViewport view = syriaView();
    const LabelLayoutResult r = layoutLabels(g, view, sprites, {});
    bool found = false;
    for (std::size_t i = 0; i < r.placeIndices.size(); ++i) {
        const PlaceMark& p = g.places[static_cast<std::size_t>(r.placeIndices[i])];
        if (p.name != QLatin1String("Aleppo"))
            continue;
        found = true;
        const QPointF dot = view.worldToItem(p.world);
        CHECK(r.placeHitRects[i].contains(dot));
        // Nobody else's rectangle covers Aleppo's dot.
        for (std::size_t j = 0; j < r.placeHitRects.size(); ++j)
            if (j != i)
                CHECK_FALSE(r.placeHitRects[j].contains(dot));
    }
    CHECK(found);
}

TEST_CASE("with Arabic labels on, places are written in Arabic script")
{
    const BaseMapGeometry& g = shippedGeometry();
    LabelSprites sprites;
    LabelOptions options;
    options.arabic = true;
    const LabelLayoutResult r = layoutLabels(g, syriaView(), sprites, options);
    bool arabicDamascus = false;
    for (const Sprite& s : r.sprites)
        if (s.key.endsWith(QStringLiteral("دمشق")))
            arabicDamascus = true;
    CHECK(arabicDamascus);
}

TEST_CASE("zoomed out, only the largest places get a dot")
{
    CHECK(minimumSizeClass(5.0) > minimumSizeClass(9.0));
    const BaseMapGeometry& g = shippedGeometry();
    LabelSprites sprites;
    MapViewport v = syriaView();
    v.setZoomLevel(5.6);
    const LabelLayoutResult r = layoutLabels(g, v, sprites, {});
    for (int index : r.placeIndices)
        CHECK(g.places[static_cast<std::size_t>(index)].sizeClass >= minimumSizeClass(5.6));
}

TEST_CASE("the generation cache forgets what went unused for a generation and keeps what is used")
{
    GenerationCache<int> cache(100);
    std::vector<int> dropped;
    auto drop = [&](int& v) { dropped.push_back(v); };
    cache.insert(QStringLiteral("a"), 1, 60);
    cache.insert(QStringLiteral("b"), 2, 60); // 120 bytes: over budget
    cache.turnIfFull(drop);                   // a and b become the previous generation
    CHECK(dropped.empty());
    REQUIRE(cache.find(QStringLiteral("a")) != nullptr); // used again: back in the current one
    cache.insert(QStringLiteral("c"), 3, 60);
    cache.turnIfFull(drop); // b went unused for a whole generation
    CHECK(dropped == std::vector<int> {2});
    CHECK(cache.find(QStringLiteral("b")) == nullptr);
    REQUIRE(cache.find(QStringLiteral("a")) != nullptr);
    CHECK(*cache.find(QStringLiteral("c")) == 3);
    // a and c (120 bytes) are the current generation; clearing drops everything.
    dropped.clear();
    cache.clear(drop);
    CHECK(dropped.size() == 2);
    CHECK(cache.size() == 0);
}

TEST_CASE("label images stay bounded however many distinct labels are drawn, and stay valid when forgotten")
{
    ensureGuiApp();
    LabelSprites sprites;
    TextStyle style;
    style.color = Qt::black;
    style.halo = Qt::white;
    const QImage first = sprites.text(QStringLiteral("Aleppo"), style);
    REQUIRE(!first.isNull());
    const QImage firstCopy = first.copy();
    for (int i = 0; i < 6000; ++i) {
        (void)sprites.text(QStringLiteral("Place %1").arg(i), style);
        (void)sprites.dot(3, QColor::fromHsv(i % 360, 200, 200, 255 - i % 7), false);
        if (i % 100 == 0)
            sprites.trim();
    }
    // 12,000 images were made; the cache holds a bounded part of them.
    CHECK(sprites.cachedCount() < 6000);
    // The image handed out first is still whole although the cache has long forgotten it.
    CHECK(first == firstCopy);
}

TEST_CASE("a layout with a spent budget defers new label images and still hands out cached ones")
{
    ensureGuiApp();
    LabelSprites sprites;
    TextStyle style;
    style.color = Qt::black;
    style.halo = Qt::white;
    sprites.beginLayout(0); // no limit
    const QImage aleppo = sprites.text(QStringLiteral("Aleppo"), style);
    REQUIRE(!aleppo.isNull());
    CHECK_FALSE(sprites.deferred());

    sprites.beginLayout(1e-9); // spent at once
    CHECK(sprites.text(QStringLiteral("Aleppo"), style) == aleppo); // cached: no cost
    CHECK_FALSE(sprites.deferred());
    CHECK_FALSE(sprites.text(QStringLiteral("Homs"), style).isNull()); // one new image is always made
    CHECK(sprites.text(QStringLiteral("Hama"), style).isNull()); // the next is left for the next layout
    CHECK(sprites.dot(3, Qt::red, false).isNull());
    CHECK(sprites.deferred());

    sprites.beginLayout(0); // the next layout makes it
    CHECK_FALSE(sprites.text(QStringLiteral("Hama"), style).isNull());
    CHECK_FALSE(sprites.deferred());
}

TEST_CASE("a layout whose new images are deferred leaves those places out and places them later")
{
    const BaseMapGeometry& g = shippedGeometry();
    LabelSprites sprites;
    sprites.beginLayout(0);
    const LabelLayoutResult full = layoutLabels(g, syriaView(), sprites, {});
    LabelSprites fresh;
    fresh.beginLayout(1e-9);
    const LabelLayoutResult partial = layoutLabels(g, syriaView(), fresh, {});
    CHECK(fresh.deferred());
    CHECK(partial.sprites.size() < full.sprites.size());
    // Laid out again without a limit, the fresh cache gives the same picture as the full one.
    fresh.beginLayout(0);
    const LabelLayoutResult again = layoutLabels(g, syriaView(), fresh, {});
    CHECK(again.sprites.size() == full.sprites.size());
    CHECK(again.placeIndices == full.placeIndices);
}
