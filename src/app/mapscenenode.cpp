#include "mapscenenode.h"

#include "hatchmaterial.h"
#include "linematerial.h"
#include "mappainter.h"

#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGImageNode>
#include <QSGOpacityNode>
#include <QSGRectangleNode>
#include <QSGTexture>
#include <QSGTransformNode>
#include <QSGVertexColorMaterial>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace sitrep::app {

namespace {

// A geometry node that a layer switch can hide without touching its uploaded buffers.
class ToggleNode : public QSGGeometryNode {
public:
    bool isSubtreeBlocked() const override { return m_hidden; }
    void setHidden(bool hidden)
    {
        if (hidden != m_hidden) {
            m_hidden = hidden;
            markDirty(DirtySubtreeBlocked);
        }
    }

private:
    bool m_hidden = false;
};

// Vertex colours, but never merged into a CPU-transformed batch: the land mesh is large and
// the view matrix changes every frame while panning.
// An opaque mesh (every vertex alpha 255: sea, Syria, lakes, control cells) drops blending:
// llvmpipe then writes its pixels instead of reading and blending them (docs/bench/scrub.md;
// with no depth buffer, prepareGraphics(), everything is drawn back to front).
class FillMaterial : public QSGVertexColorMaterial {
public:
    explicit FillMaterial(bool opaque)
    {
        setFlag(RequiresFullMatrix);
        setFlag(Blending, !opaque);
    }
};

QSGGeometryNode* makeFillNode(const FillMesh& mesh)
{
    const bool opaque = std::all_of(mesh.vertices.begin(), mesh.vertices.end(),
                                    [](const FillVertex& v) { return v.a == 255; });
    auto* geometry = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(),
                                     static_cast<int>(mesh.vertices.size()));
    geometry->setDrawingMode(QSGGeometry::DrawTriangles);
    std::memcpy(geometry->vertexData(), mesh.vertices.data(), mesh.vertices.size() * sizeof(FillVertex));
    geometry->setVertexDataPattern(QSGGeometry::StaticPattern);
    auto* node = new ToggleNode;
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    node->setMaterial(new FillMaterial(opaque));
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

QSGGeometryNode* makeLineNode(const LineMesh& mesh, LineMaterial*& materialOut)
{
    auto* geometry = new QSGGeometry(LineMaterial::attributes(), static_cast<int>(mesh.vertices.size()),
                                     static_cast<int>(mesh.indices.size()), QSGGeometry::UnsignedIntType);
    geometry->setDrawingMode(QSGGeometry::DrawTriangles);
    std::memcpy(geometry->vertexData(), mesh.vertices.data(), mesh.vertices.size() * sizeof(LineVertex));
    std::memcpy(geometry->indexData(), mesh.indices.data(), mesh.indices.size() * sizeof(std::uint32_t));
    geometry->setVertexDataPattern(QSGGeometry::StaticPattern);
    geometry->setIndexDataPattern(QSGGeometry::StaticPattern);
    auto* node = new ToggleNode;
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    materialOut = new LineMaterial(mesh.style);
    node->setMaterial(materialOut);
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

// One pulse ring in item pixels (see controlstyle::pulse).
void appendPulse(std::vector<FillVertex>& out, const MapFrame& frame, const Pulse& p)
{
    const controlstyle::PulseLook look = controlstyle::pulse(p.age);
    if (look.alpha <= 0)
        return;
    QColor c = p.color.darker(115);
    c.setAlphaF(static_cast<float>(look.alpha));
    const QPointF centre = frame.view.worldToItem(p.at + frame.control->origin());
    addRing(out, centre, look.radiusPx, style::pulseWidthPx, c);
}

} // namespace

MapSceneNode::MapSceneNode(QQuickWindow* window, bool software) : m_window(window), m_software(software)
{
    m_backdrop = window->createRectangleNode();
    m_backdrop->setColor(style::sea);
    appendChildNode(m_backdrop);
    m_transform = new QSGTransformNode;
    appendChildNode(m_transform);
    // Lakes over the control areas: the cells are opaque (laid over Syria's ground), and
    // water is nobody's ground anyway.
    for (QSGNode** n : {&m_baseFills, &m_controlRoot, &m_waterFills, &m_baseStrokes, &m_frontRoot}) {
        *n = new QSGNode;
        m_transform->appendChildNode(*n);
    }
    m_pulseRoot = new QSGNode;
    appendChildNode(m_pulseRoot);
    // Sprites (dots, labels) always blend. An image node at full opacity switches to Qt's
    // "opaque" texture material, whose blending follows the texture it had when the renderer
    // sorted it; a recycled node given a new sprite could then be drawn in the opaque pass
    // (under the opaque land fills), and its transparent corners came out as black squares.
    // Just under 1 keeps the blending material and looks the same.
    auto* sprites = new QSGOpacityNode;
    sprites->setOpacity(0.998);
    m_spriteRoot = sprites;
    appendChildNode(m_spriteRoot);
}

MapSceneNode::~MapSceneNode()
{
    m_textures.clear([](QSGTexture*& t) { delete t; });
    delete m_softwareTexture;
}

QSGTexture* MapSceneNode::texture(const QString& key, const QImage& image)
{
    if (QSGTexture** t = m_textures.find(key))
        return *t;
    // Small sprites go into Qt's shared atlas, so hundreds of labels draw in a few batches.
    QSGTexture* t = m_window->createTextureFromImage(image, QQuickWindow::TextureCanUseAtlas);
    // Sprites are drawn pixel for pixel at whole-pixel positions: nearest sampling gives the
    // same picture as linear for a fraction of llvmpipe's cost per pixel.
    t->setFiltering(QSGTexture::Nearest);
    m_textures.insert(key, t, image.sizeInBytes());
    return t;
}

namespace {
void deleteChildren(QSGNode* parent)
{
    while (QSGNode* child = parent->firstChild()) {
        parent->removeChildNode(child);
        delete child;
    }
}
} // namespace

void MapSceneNode::rebuild(const BaseMapGeometry& g)
{
    deleteChildren(m_baseFills);
    deleteChildren(m_waterFills);
    deleteChildren(m_baseStrokes);
    m_layers.clear();
    for (const auto& fill : g.fills) {
        if (fill.mesh.vertices.empty())
            continue;
        QSGNode* node = makeFillNode(fill.mesh);
        (fill.layer == MapLayer::Water ? m_waterFills : m_baseFills)->appendChildNode(node);
        m_layers.push_back({node, fill.layer, nullptr, 0, std::numeric_limits<double>::infinity(), fill.country});
    }
    for (const auto& stroke : g.strokes) {
        if (stroke.mesh.vertices.empty())
            continue;
        LineMaterial* material = nullptr;
        QSGNode* node = makeLineNode(stroke.mesh, material);
        m_baseStrokes->appendChildNode(node);
        m_layers.push_back({node, stroke.layer, material, stroke.minScale, stroke.maxScale, {}});
    }
}

void MapSceneNode::sync(const MapFrame& frame)
{
    const QRectF bounds(QPointF(0, 0), frame.view.size());
    const QColor backdrop = frame.geometry ? frame.geometry->backdrop : style::sea;
    if (m_backdrop->color() != backdrop)
        m_backdrop->setColor(backdrop);
    m_backdrop->setRect(frame.backdropFromWindow && !m_software ? QRectF() : bounds);
    if (m_software) {
        syncSoftware(frame);
        return;
    }
    if (frame.geometry != m_geometry) {
        m_geometry = frame.geometry;
        if (m_geometry)
            rebuild(*m_geometry);
    }
    if (m_geometry) {
        QTransform t = frame.view.worldToItemTransform();
        t.translate(m_geometry->origin.x(), m_geometry->origin.y());
        m_transform->setMatrix(QMatrix4x4(t));
        const double ppu = frame.view.scale();
        // Opaque control cells tile their country: its ground under them would never be seen.
        const bool cellsDrawn = frame.control && frame.shows(MapLayer::Control) && !frame.control->cells().vertices.empty();
        for (LayerNode& layer : m_layers) {
            const bool covered = cellsDrawn && !layer.groundOf.empty() && layer.groundOf == frame.control->country();
            const bool drawn = frame.shows(layer.layer) && ppu >= layer.minScale && ppu < layer.maxScale && !covered;
            static_cast<ToggleNode*>(layer.node)->setHidden(!drawn);
            if (drawn && layer.lineMaterial && layer.lineMaterial->pixelsPerUnit() != ppu) {
                layer.lineMaterial->setPixelsPerUnit(ppu);
                layer.node->markDirty(QSGNode::DirtyMaterial);
            }
        }
    }
    syncControl(frame);
    syncSprites(frame.sprites);
}

void MapSceneNode::syncControl(const MapFrame& frame)
{
    if (frame.control != m_control) {
        deleteChildren(m_controlRoot);
        deleteChildren(m_frontRoot);
        deleteChildren(m_pulseRoot);
        m_cellsNode = nullptr;
        m_hatchNode = nullptr;
        m_hatchMaterial = nullptr;
        m_pulseNode = nullptr;
        m_frontMaterials.clear();
        m_control = frame.control;
        m_colourVersion = m_frontVersion = m_hatchVersion = ~0ull;
        if (m_control && !m_control->cells().vertices.empty()) {
            m_cellsNode = makeFillNode(m_control->cells());
            m_cellsNode->geometry()->setVertexDataPattern(QSGGeometry::DynamicPattern);
            m_controlRoot->appendChildNode(m_cellsNode);
        }
    }
    if (!m_control)
        return;
    // Control areas sit in the same local units as the base map (same origin).
    const bool shown = frame.shows(MapLayer::Control);
    if (m_cellsNode) {
        static_cast<ToggleNode*>(m_cellsNode)->setHidden(!shown);
        if (m_control->colourVersion() != m_colourVersion) {
            m_colourVersion = m_control->colourVersion();
            const auto& v = m_control->cells().vertices;
            std::memcpy(m_cellsNode->geometry()->vertexData(), v.data(), v.size() * sizeof(FillVertex));
            m_cellsNode->markDirty(QSGNode::DirtyGeometry);
        }
    }
    syncHatch(frame);
    syncFronts(frame);
    syncPulses(frame);
}

void MapSceneNode::syncHatch(const MapFrame& frame)
{
    const HatchMesh& hatch = m_control->hatch();
    if (m_control->hatchVersion() != m_hatchVersion) {
        m_hatchVersion = m_control->hatchVersion();
        if (!m_hatchNode) {
            m_hatchNode = new ToggleNode;
            auto* geometry = new QSGGeometry(HatchMaterial::attributes(), 0);
            geometry->setDrawingMode(QSGGeometry::DrawTriangles);
            geometry->setVertexDataPattern(QSGGeometry::DynamicPattern);
            m_hatchNode->setGeometry(geometry);
            m_hatchNode->setFlag(QSGNode::OwnsGeometry);
            m_hatchMaterial = new HatchMaterial;
            m_hatchNode->setMaterial(m_hatchMaterial);
            m_hatchNode->setFlag(QSGNode::OwnsMaterial);
            m_controlRoot->appendChildNode(m_hatchNode);
        }
        QSGGeometry* g = m_hatchNode->geometry();
        g->allocate(static_cast<int>(hatch.vertices.size()));
        if (!hatch.vertices.empty())
            std::memcpy(g->vertexData(), hatch.vertices.data(), hatch.vertices.size() * sizeof(HatchVertex));
        m_hatchNode->markDirty(QSGNode::DirtyGeometry);
    }
    if (!m_hatchNode)
        return;
    static_cast<ToggleNode*>(m_hatchNode)
        ->setHidden(!frame.shows(MapLayer::Control) || !frame.showContested || hatch.vertices.empty());
    const double ppu = frame.view.scale();
    if (m_hatchMaterial->pixelsPerUnit() != ppu) {
        m_hatchMaterial->setPixelsPerUnit(ppu);
        m_hatchNode->markDirty(QSGNode::DirtyMaterial);
    }
}

void MapSceneNode::syncFronts(const MapFrame& frame)
{
    if (m_control->frontVersion() != m_frontVersion) {
        m_frontVersion = m_control->frontVersion();
        deleteChildren(m_frontRoot);
        m_frontMaterials.clear();
        std::vector<const LineMesh*> meshes{&m_control->frontHalo()};
        for (const FrontMesh& f : m_control->fronts())
            meshes.push_back(&f.mesh);
        for (const LineMesh* mesh : meshes) {
            if (mesh->vertices.empty())
                continue;
            LineMaterial* material = nullptr;
            m_frontRoot->appendChildNode(makeLineNode(*mesh, material));
            m_frontMaterials.push_back(material);
        }
    }
    const bool shown = frame.shows(MapLayer::Control) && frame.showFrontLines;
    const double ppu = frame.view.scale();
    for (QSGNode* n = m_frontRoot->firstChild(); n; n = n->nextSibling())
        static_cast<ToggleNode*>(n)->setHidden(!shown);
    for (LineMaterial* m : m_frontMaterials)
        if (m->pixelsPerUnit() != ppu) {
            m->setPixelsPerUnit(ppu);
            for (QSGNode* n = m_frontRoot->firstChild(); n; n = n->nextSibling())
                n->markDirty(QSGNode::DirtyMaterial);
        }
}

void MapSceneNode::syncPulses(const MapFrame& frame)
{
    // Rings are a few dozen at most and sized in pixels: rebuilt in item coordinates each sync.
    std::vector<FillVertex> vertices;
    if (frame.shows(MapLayer::Control) && frame.showPulses)
        for (const Pulse& p : m_control->pulses())
            if (frame.pulses(p.placeId))
                appendPulse(vertices, frame, p);
    if (vertices.empty()) {
        if (m_pulseNode) {
            deleteChildren(m_pulseRoot);
            m_pulseNode = nullptr;
        }
        return;
    }
    if (!m_pulseNode) {
        auto* geometry = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0);
        geometry->setDrawingMode(QSGGeometry::DrawTriangles);
        geometry->setVertexDataPattern(QSGGeometry::StreamPattern);
        m_pulseNode = new QSGGeometryNode;
        m_pulseNode->setGeometry(geometry);
        m_pulseNode->setFlag(QSGNode::OwnsGeometry);
        m_pulseNode->setMaterial(new QSGVertexColorMaterial);
        m_pulseNode->setFlag(QSGNode::OwnsMaterial);
        m_pulseRoot->appendChildNode(m_pulseNode);
    }
    QSGGeometry* g = m_pulseNode->geometry();
    g->allocate(static_cast<int>(vertices.size()));
    std::memcpy(g->vertexData(), vertices.data(), vertices.size() * sizeof(FillVertex));
    m_pulseNode->markDirty(QSGNode::DirtyGeometry);
}

void MapSceneNode::syncSprites(const std::vector<Sprite>& sprites)
{
    // Every texture the last frame drew was looked up then, so what the cache forgets now is
    // on no node.
    m_textures.turnIfFull([](QSGTexture*& t) { delete t; });
    while (m_sprites.size() < sprites.size()) {
        QSGImageNode* node = m_window->createImageNode();
        node->setOwnsTexture(false);
        node->setFiltering(QSGTexture::Nearest);
        m_spriteRoot->appendChildNode(node);
        m_sprites.push_back(node);
    }
    while (m_sprites.size() > sprites.size()) {
        QSGImageNode* node = m_sprites.back();
        m_sprites.pop_back();
        m_spriteRoot->removeChildNode(node);
        delete node;
    }
    for (std::size_t i = 0; i < sprites.size(); ++i) {
        const Sprite& s = sprites[i];
        QSGImageNode* node = m_sprites[i];
        QSGTexture* t = texture(s.key, s.image);
        if (node->texture() != t)
            node->setTexture(t);
        // Whole pixels keep text crisp.
        const QRectF r(std::round(s.rect.x()), std::round(s.rect.y()), s.rect.width(), s.rect.height());
        node->setRect(r);
        node->setSourceRect(QRectF(QPointF(0, 0), s.image.size()));
    }
}

void MapSceneNode::syncSoftware(const MapFrame& frame)
{
    const QImage image = MapPainter::render(frame, m_window->effectiveDevicePixelRatio());
    delete m_softwareTexture;
    m_softwareTexture = m_window->createTextureFromImage(image);
    if (!m_softwareImage) {
        m_softwareImage = m_window->createImageNode();
        m_softwareImage->setOwnsTexture(false);
        appendChildNode(m_softwareImage);
    }
    m_softwareImage->setTexture(m_softwareTexture);
    m_softwareImage->setRect(QRectF(QPointF(0, 0), frame.view.size()));
}

} // namespace sitrep::app
