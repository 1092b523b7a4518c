#include "controlstyle.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace sitrep::app::controlstyle {

namespace {
QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
    return c;
}
} // namespace

CellPaint held(const QColor& actor, bool stale)
{
    return {withAlpha(actor, stale ? style::staleAlpha : style::heldAlpha), Qt::transparent, Qt::transparent};
}

CellPaint contested(const QColor& a, const QColor& b)
{
    const QColor mean((a.red() + b.red()) / 2, (a.green() + b.green()) / 2, (a.blue() + b.blue()) / 2);
    // Stripes a shade darker than the fills, so that a contested cell next to a held one of the
    // same side still reads as different ground.
    return {withAlpha(mean, style::contestedTintAlpha), withAlpha(a.darker(112), style::hatchAlpha),
        withAlpha(b.darker(112), style::hatchAlpha)};
}

QColor mix(const QColor& from, const QColor& to, double k)
{
    k = std::clamp(k, 0.0, 1.0);
    const double fa = from.alphaF(), ta = to.alphaF();
    const double a = fa + (ta - fa) * k;
    if (a <= 0)
        return Qt::transparent;
    auto channel = [&](double f, double t) { return std::clamp((f * fa + (t * ta - f * fa) * k) / a, 0.0, 1.0); };
    return QColor::fromRgbF(static_cast<float>(channel(from.redF(), to.redF())),
        static_cast<float>(channel(from.greenF(), to.greenF())), static_cast<float>(channel(from.blueF(), to.blueF())),
        static_cast<float>(a));
}

QColor over(const QColor& ground, const QColor& c)
{
    const double a = c.alphaF();
    auto channel = [a](double g, double v) { return static_cast<float>(g + (v - g) * a); };
    return QColor::fromRgbF(channel(ground.redF(), c.redF()), channel(ground.greenF(), c.greenF()),
                            channel(ground.blueF(), c.blueF()), 1.0f);
}

CellPaint mix(const CellPaint& from, const CellPaint& to, double k)
{
    return {mix(from.fill, to.fill, k), mix(from.hatchA, to.hatchA, k), mix(from.hatchB, to.hatchB, k)};
}

double fadeProgress(std::int64_t secondsSinceChange)
{
    if (secondsSinceChange <= 0)
        return 0;
    const double f = double(secondsSinceChange) / double(style::crossFadeSeconds);
    return std::min(1.0, f);
}

HatchSample hatchAt(double x, double y)
{
    // Stripes are the lines x + y = n · P/2; alternate ones belong to the second party.
    const double half = style::hatchPeriodPx / 2.0;
    const double s = x + y;
    const double q = s - half * std::floor(s / half);
    const double across = std::min(q, half - q) / std::sqrt(2.0); // pixels to the nearest stripe
    const auto n = static_cast<long long>(std::floor((s + half / 2) / half));
    HatchSample out;
    out.stripe = static_cast<int>(((n % 2) + 2) % 2);
    out.coverage = std::clamp(style::hatchLineWidthPx / 2 + 0.5 - across, 0.0, 1.0);
    return out;
}

QImage hatchTile(const QColor& a, const QColor& b)
{
    const int n = style::hatchPeriodPx;
    QImage tile(n, n, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            const HatchSample h = hatchAt(x + 0.5, y + 0.5);
            const QColor& c = h.stripe == 0 ? a : b;
            const double alpha = c.alphaF() * h.coverage;
            auto pm = [alpha](double v) { return static_cast<int>(std::lround(v * alpha * 255)); };
            tile.setPixel(
                x, y, qRgba(pm(c.redF()), pm(c.greenF()), pm(c.blueF()), static_cast<int>(std::lround(alpha * 255))));
        }
    return tile;
}

PulseLook pulse(std::int64_t secondsSinceChange)
{
    if (secondsSinceChange < 0 || secondsSinceChange >= style::pulseSeconds)
        return {};
    const double f = double(secondsSinceChange) / double(style::pulseSeconds);
    const double eased = 1 - (1 - f) * (1 - f); // fast at first, slowing as it fades
    return {style::pulseStartRadiusPx + (style::pulseEndRadiusPx - style::pulseStartRadiusPx) * eased,
        style::pulseAlpha * (1 - f)};
}

FrontKind frontKind(std::string_view a, std::string_view b)
{
    if (a > b)
        std::swap(a, b);
    if (a == "israel" || b == "israel")
        return FrontKind::Israel;
    if (a == "government" && b == "opposition")
        return FrontKind::OppositionGovernment;
    if (a == "opposition" && b == "sdf")
        return FrontKind::OppositionSdf;
    if (a == "government" && b == "sdf")
        return FrontKind::GovernmentSdf;
    return FrontKind::Other;
}

LineStyle frontStyle(FrontKind kind)
{
    switch (kind) {
    case FrontKind::OppositionGovernment:
        return {QColor(0x9e, 0x1b, 0x1b), 2.6f};
    case FrontKind::OppositionSdf:
        return {QColor(0x4a, 0x3f, 0x24), 2.0f, 7, 4};
    case FrontKind::GovernmentSdf:
        return {QColor(0x6e, 0x33, 0x0c), 2.6f, 0, 5.5f, true};
    case FrontKind::Israel:
        return {QColor(0x0a, 0x3a, 0x6e), 2.2f, 11, 3.5f};
    case FrontKind::Other:
        break;
    }
    return {QColor(0x2b, 0x22, 0x20), 1.6f};
}

QString frontLabel(FrontKind kind)
{
    switch (kind) {
    case FrontKind::OppositionGovernment:
        return QCoreApplication::translate("FrontLine", "Opposition – government");
    case FrontKind::OppositionSdf:
        return QCoreApplication::translate("FrontLine", "Opposition – SDF");
    case FrontKind::GovernmentSdf:
        return QCoreApplication::translate("FrontLine", "Government – SDF");
    case FrontKind::Israel:
        return QCoreApplication::translate("FrontLine", "Israeli forces – any");
    case FrontKind::Other:
        break;
    }
    return QCoreApplication::translate("FrontLine", "Other front line");
}

} // namespace sitrep::app::controlstyle
