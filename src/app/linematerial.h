#pragma once
// LineMaterial: scene-graph material for map lines whose width stays in pixels at any zoom and
// whose edges are antialiased in the fragment shader (see shaders/line.vert). The map item
// updates `pixelsPerUnit` on zoom; the vertex buffer is uploaded once.
#include "mapstyle.h"

#include <QSGGeometry>
#include <QSGMaterial>

namespace sitrep::app {

class LineMaterial : public QSGMaterial {
public:
    explicit LineMaterial(const LineStyle& style);

    QSGMaterialType* type() const override;
    QSGMaterialShader* createShader(QSGRendererInterface::RenderMode) const override;
    int compare(const QSGMaterial* other) const override;

    [[nodiscard]] const LineStyle& style() const { return m_style; }
    [[nodiscard]] double pixelsPerUnit() const { return m_pixelsPerUnit; }
    void setPixelsPerUnit(double ppu) { m_pixelsPerUnit = ppu; }
    void setColor(const QColor& c) { m_style.color = c; }

    // Vertex layout matching LineVertex.
    static const QSGGeometry::AttributeSet& attributes();

private:
    LineStyle m_style;
    double m_pixelsPerUnit = 1;
};

} // namespace sitrep::app
