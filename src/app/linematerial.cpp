#include "linematerial.h"

#include <QSGMaterialShader>

#include <cstring>

namespace sitrep::app {

namespace {

enum class Pattern { Solid, Dashed, Dotted };

Pattern patternOf(const LineStyle& s)
{
    if (s.round && s.gapPx > 0)
        return Pattern::Dotted;
    return s.dashPx > 0 ? Pattern::Dashed : Pattern::Solid;
}

class LineShader : public QSGMaterialShader {
public:
    explicit LineShader(Pattern pattern)
    {
        static const QString fragment[] = {QStringLiteral(":/qt/qml/Sitrep/shaders/line.frag.qsb"),
                                           QStringLiteral(":/qt/qml/Sitrep/shaders/line_dash.frag.qsb"),
                                           QStringLiteral(":/qt/qml/Sitrep/shaders/line_dot.frag.qsb")};
        setShaderFileName(VertexStage, QStringLiteral(":/qt/qml/Sitrep/shaders/line.vert.qsb"));
        setShaderFileName(FragmentStage, fragment[static_cast<int>(pattern)]);
    }

    bool updateUniformData(RenderState& state, QSGMaterial* newMaterial, QSGMaterial*) override
    {
        auto* m = static_cast<LineMaterial*>(newMaterial);
        QByteArray* buf = state.uniformData();
        Q_ASSERT(buf->size() >= 108);
        char* data = buf->data();
        const QMatrix4x4 matrix = state.combinedMatrix();
        std::memcpy(data, matrix.constData(), 64);
        const QColor c = m->style().color;
        const float a = static_cast<float>(c.alphaF());
        const float color[4] = {static_cast<float>(c.redF()) * a, static_cast<float>(c.greenF()) * a,
                                static_cast<float>(c.blueF()) * a, a};
        std::memcpy(data + 64, color, 16);
        const float half = m->style().widthPx / 2;
        const auto ppu = static_cast<float>(m->pixelsPerUnit());
        const float rest[7] = {state.opacity(), (half + 1.0f) / ppu, half, ppu,
                               m->style().dashPx, m->style().gapPx, m->style().round ? 1.0f : 0.0f};
        std::memcpy(data + 80, rest, sizeof rest);
        return true;
    }
};

} // namespace

LineMaterial::LineMaterial(const LineStyle& style) : m_style(style)
{
    // Extrusion happens in world units, so the renderer must not pre-transform (merge) us.
    setFlag(Blending);
    setFlag(RequiresFullMatrix);
}

QSGMaterialType* LineMaterial::type() const
{
    // One type per pattern: each has its own shader.
    static QSGMaterialType types[3];
    return &types[static_cast<int>(patternOf(m_style))];
}

QSGMaterialShader* LineMaterial::createShader(QSGRendererInterface::RenderMode) const
{
    return new LineShader(patternOf(m_style));
}

int LineMaterial::compare(const QSGMaterial* other) const
{
    // Different objects never batch: each line node has its own style and uniforms.
    const auto* o = static_cast<const LineMaterial*>(other);
    return this == o ? 0 : (this < o ? -1 : 1);
}

const QSGGeometry::AttributeSet& LineMaterial::attributes()
{
    static const QSGGeometry::Attribute attrs[] = {
        QSGGeometry::Attribute::createWithAttributeType(0, 2, QSGGeometry::FloatType,
                                                        QSGGeometry::PositionAttribute),
        QSGGeometry::Attribute::createWithAttributeType(1, 2, QSGGeometry::FloatType,
                                                        QSGGeometry::UnknownAttribute),
        QSGGeometry::Attribute::createWithAttributeType(2, 1, QSGGeometry::FloatType,
                                                        QSGGeometry::UnknownAttribute),
        QSGGeometry::Attribute::createWithAttributeType(3, 1, QSGGeometry::FloatType,
                                                        QSGGeometry::UnknownAttribute),
    };
    static const QSGGeometry::AttributeSet set = {4, sizeof(float) * 6, attrs};
    return set;
}

} // namespace sitrep::app
