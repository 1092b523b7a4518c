#include "hatchmaterial.h"

#include "mapstyle.h"

#include <QSGMaterialShader>

#include <cstring>

namespace sitrep::app {

namespace {

class HatchShader : public QSGMaterialShader {
public:
    HatchShader()
    {
        setShaderFileName(VertexStage, QStringLiteral(":/qt/qml/Sitrep/shaders/hatch.vert.qsb"));
        setShaderFileName(FragmentStage, QStringLiteral(":/qt/qml/Sitrep/shaders/hatch.frag.qsb"));
    }

    bool updateUniformData(RenderState& state, QSGMaterial* newMaterial, QSGMaterial*) override
    {
        auto* m = static_cast<HatchMaterial*>(newMaterial);
        QByteArray* buf = state.uniformData();
        Q_ASSERT(buf->size() >= 80);
        char* data = buf->data();
        const QMatrix4x4 matrix = state.combinedMatrix();
        std::memcpy(data, matrix.constData(), 64);
        const float rest[4] = {state.opacity(), static_cast<float>(m->pixelsPerUnit()),
            static_cast<float>(style::hatchPeriodPx), static_cast<float>(style::hatchLineWidthPx)};
        std::memcpy(data + 64, rest, sizeof rest);
        return true;
    }
};

} // namespace

HatchMaterial::HatchMaterial()
{
    setFlag(Blending);
    setFlag(RequiresFullMatrix); // the pattern is computed from untransformed positions
}

QSGMaterialType* HatchMaterial::type() const
{
    static QSGMaterialType t;
    return &t;
}

QSGMaterialShader* HatchMaterial::createShader(QSGRendererInterface::RenderMode) const
{
    return new HatchShader;
}

int HatchMaterial::compare(const QSGMaterial* other) const
{
    const auto* o = static_cast<const HatchMaterial*>(other);
    return this == o ? 0 : (this < o ? -1 : 1);
}

const QSGGeometry::AttributeSet& HatchMaterial::attributes()
{
    static const QSGGeometry::Attribute attrs[] = {
        QSGGeometry::Attribute::createWithAttributeType(0, 2, QSGGeometry::FloatType, QSGGeometry::PositionAttribute),
        QSGGeometry::Attribute::createWithAttributeType(
            1, 4, QSGGeometry::UnsignedByteType, QSGGeometry::ColorAttribute),
        QSGGeometry::Attribute::createWithAttributeType(
            2, 4, QSGGeometry::UnsignedByteType, QSGGeometry::UnknownAttribute),
    };
    static const QSGGeometry::AttributeSet set = {3, sizeof(float) * 2 + 8, attrs};
    return set;
}

} // namespace sitrep::app
