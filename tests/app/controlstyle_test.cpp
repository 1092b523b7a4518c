// How control is painted: the contested hatch pattern, cross-fades and pulses in scenario time,
// and front-line styles per pair of actors.
#include "controlstyle.h"

#include <doctest/doctest.h>

#include <cmath>
#include <set>

using namespace sitrep::app;
namespace cs = sitrep::app::controlstyle;

namespace {
const QColor kGovernment(0xd5, 0x5e, 0x00);
const QColor kOpposition(0x00, 0x9e, 0x73);
} // namespace

TEST_CASE("hatching alternates two colours on 45-degree stripes with open ground between them")
{
    // Constant along a stripe (x + y fixed), periodic in x and y by the tile size.
    for (double x = 0.5; x < 40; x += 1.0)
        for (double y = 0.5; y < 40; y += 3.0) {
            const HatchSample h = cs::hatchAt(x, y);
            const HatchSample along = cs::hatchAt(x + 5, y - 5);
            CHECK(h.stripe == along.stripe);
            CHECK(h.coverage == doctest::Approx(along.coverage));
            const HatchSample shifted = cs::hatchAt(x + style::hatchPeriodPx, y);
            CHECK(h.stripe == shifted.stripe);
            CHECK(h.coverage == doctest::Approx(shifted.coverage));
        }
    // Along one row: full stripes of both sides and uncovered pixels between.
    std::set<int> fullStripes;
    int open = 0, covered = 0;
    for (int x = 0; x < style::hatchPeriodPx; ++x) {
        const HatchSample h = cs::hatchAt(x + 0.5, 0.5);
        if (h.coverage > 0.99)
            fullStripes.insert(h.stripe);
        (h.coverage < 0.01 ? open : covered)++;
    }
    CHECK(fullStripes == std::set<int> {0, 1});
    CHECK(open > covered); // subtle: mostly the tint shows, not the stripes
    CHECK(covered >= 4);
}

TEST_CASE("the hatch tile for the QPainter fallback is the same pattern in the sides' colours")
{
    const CellPaint paint = cs::contested(kGovernment, kOpposition);
    const QImage tile = cs::hatchTile(paint.hatchA, paint.hatchB);
    REQUIRE(tile.width() == style::hatchPeriodPx);
    REQUIRE(tile.height() == style::hatchPeriodPx);
    int a = 0, b = 0, clear = 0;
    for (int y = 0; y < tile.height(); ++y)
        for (int x = 0; x < tile.width(); ++x) {
            const QRgb px = tile.pixel(x, y);
            const HatchSample h = cs::hatchAt(x + 0.5, y + 0.5);
            CHECK(qAlpha(px) == doctest::Approx(255 * style::hatchAlpha * h.coverage).epsilon(0.02));
            if (qAlpha(px) == 0) {
                ++clear;
                continue;
            }
            if (h.coverage < 0.99)
                continue;
            const QColor c = QColor::fromRgba(px); // premultiplied: compare hue order only
            if (h.stripe == 0) {
                ++a;
                CHECK(c.red() > c.green()); // government orange
            } else {
                ++b;
                CHECK(c.green() > c.red()); // opposition green
            }
        }
    CHECK(a > 0);
    CHECK(b > 0);
    CHECK(clear > a + b);
}

TEST_CASE("a contested area is a light tint of both sides under stripes a shade darker than their fills")
{
    const CellPaint p = cs::contested(kGovernment, kOpposition);
    CHECK(p.hatched());
    CHECK(p.fill.alphaF() < 0.2f);
    CHECK(p.fill.alphaF() > 0.05f);
    CHECK(p.hatchA.alphaF() == doctest::Approx(style::hatchAlpha).epsilon(0.01));
    CHECK(p.hatchA.red() < kGovernment.red());
    CHECK(p.hatchA.red() > p.hatchA.green());
    CHECK(p.hatchB.green() > p.hatchB.red());
    CHECK_FALSE(cs::held(kGovernment).hatched());
}

TEST_CASE("a cell cross-fades from the old to the new holder over six hours of scenario time")
{
    CHECK(style::crossFadeSeconds == 6 * 3600);
    CHECK(cs::fadeProgress(0) == 0.0);
    CHECK(cs::fadeProgress(3 * 3600) == doctest::Approx(0.5));
    CHECK(cs::fadeProgress(6 * 3600) == 1.0);
    CHECK(cs::fadeProgress(30 * 3600) == 1.0);
    const CellPaint from = cs::held(kGovernment), to = cs::held(kOpposition);
    const CellPaint half = cs::mix(from, to, cs::fadeProgress(3 * 3600));
    CHECK(half.fill.red() == doctest::Approx((0xd5 + 0x00) / 2.0).epsilon(0.02));
    CHECK(half.fill.green() == doctest::Approx((0x5e + 0x9e) / 2.0).epsilon(0.02));
    CHECK(half.fill.blue() == doctest::Approx((0x00 + 0x73) / 2.0).epsilon(0.02));
    CHECK(half.fill.alphaF() == doctest::Approx(style::heldAlpha).epsilon(0.01));
    CHECK(cs::mix(from, to, 0) == from);
    CHECK(cs::mix(from, to, 1).fill.rgba() == to.fill.rgba());
    // From nothing, a colour fades in by its alpha, not through black.
    const QColor in = cs::mix(QColor(Qt::transparent), to.fill, 0.5);
    CHECK(in.green() == to.fill.green());
    CHECK(in.alphaF() == doctest::Approx(style::heldAlpha / 2).epsilon(0.02));
}

TEST_CASE("a pulse ring grows and fades over twelve hours of scenario time, then is gone")
{
    const auto start = cs::pulse(0);
    CHECK(start.radiusPx == doctest::Approx(style::pulseStartRadiusPx));
    CHECK(start.alpha == doctest::Approx(style::pulseAlpha));
    double lastRadius = start.radiusPx, lastAlpha = start.alpha;
    for (int h = 1; h < 12; ++h) {
        const auto p = cs::pulse(h * 3600);
        CHECK(p.radiusPx > lastRadius);
        CHECK(p.alpha < lastAlpha);
        CHECK(p.radiusPx < style::pulseEndRadiusPx);
        lastRadius = p.radiusPx;
        lastAlpha = p.alpha;
    }
    CHECK(cs::pulse(6 * 3600).alpha == doctest::Approx(style::pulseAlpha / 2));
    CHECK(cs::pulse(12 * 3600).alpha == 0.0);
    CHECK(cs::pulse(-60).alpha == 0.0);
}

TEST_CASE("front lines are styled by the pair of sides they separate, in either order")
{
    using K = FrontKind;
    CHECK(cs::frontKind("opposition", "government") == K::OppositionGovernment);
    CHECK(cs::frontKind("government", "opposition") == K::OppositionGovernment);
    CHECK(cs::frontKind("sdf", "opposition") == K::OppositionSdf);
    CHECK(cs::frontKind("government", "sdf") == K::GovernmentSdf);
    CHECK(cs::frontKind("israel", "government") == K::Israel);
    CHECK(cs::frontKind("opposition", "israel") == K::Israel);
    CHECK(cs::frontKind("isis", "government") == K::Other);

    const LineStyle main = cs::frontStyle(K::OppositionGovernment);
    CHECK(main.dashPx == 0);
    CHECK_FALSE(main.round);
    CHECK(main.widthPx >= 2.4f);
    CHECK(main.color.red() > 2 * main.color.green()); // dark red
    CHECK(main.color.lightness() < 100);
    const LineStyle oppSdf = cs::frontStyle(K::OppositionSdf);
    CHECK(oppSdf.dashPx > 0);
    CHECK(oppSdf.gapPx > 0);
    CHECK(cs::frontStyle(K::GovernmentSdf).round);
    // Every kind looks different from every other, and has a legend label of its own.
    std::set<QString> labels;
    for (int a = 0; a < kFrontKindCount; ++a) {
        labels.insert(cs::frontLabel(static_cast<K>(a)));
        for (int b = a + 1; b < kFrontKindCount; ++b) {
            const LineStyle x = cs::frontStyle(static_cast<K>(a)), y = cs::frontStyle(static_cast<K>(b));
            CHECK_MESSAGE((x.color != y.color || x.dashPx != y.dashPx || x.round != y.round), a << " vs " << b);
        }
    }
    CHECK(labels.size() == std::size_t(kFrontKindCount));
}
