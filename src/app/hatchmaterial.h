#pragma once
// HatchMaterial: scene-graph material for the contested cells — "/" stripes alternating the two
// contesting sides' colours (per vertex), spaced in pixels at any zoom and anchored to the
// ground so they move with the map. The pattern function is controlstyle::hatchAt, ported to
// shaders/hatch.frag; the QPainter fallback tiles controlstyle::hatchTile, so both match.
#include <QSGGeometry>
#include <QSGMaterial>

namespace sitrep::app {

class HatchMaterial : public QSGMaterial {
public:
    HatchMaterial();

    QSGMaterialType* type() const override;
    QSGMaterialShader* createShader(QSGRendererInterface::RenderMode) const override;
    int compare(const QSGMaterial* other) const override;

    [[nodiscard]] double pixelsPerUnit() const { return m_pixelsPerUnit; }
    void setPixelsPerUnit(double ppu) { m_pixelsPerUnit = ppu; }

    // Vertex layout matching HatchVertex (controllayer.h).
    static const QSGGeometry::AttributeSet& attributes();

private:
    double m_pixelsPerUnit = 1;
};

} // namespace sitrep::app
