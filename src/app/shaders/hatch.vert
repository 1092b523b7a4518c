#version 440
// Contested hatching: positions in world units; the pattern runs in pixels anchored to the
// world's local origin, so it keeps its spacing at every zoom and moves with the ground.
layout(location = 0) in vec2 position;
layout(location = 1) in vec4 colorA;
layout(location = 2) in vec4 colorB;

layout(location = 0) out vec2 vPx;
layout(location = 1) out vec4 vA;
layout(location = 2) out vec4 vB;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    float qt_Opacity;
    float pxPerUnit;
    float periodPx;
    float lineWidthPx;
};

void main()
{
    vPx = position * pxPerUnit;
    vA = colorA;
    vB = colorB;
    gl_Position = qt_Matrix * vec4(position, 0.0, 1.0);
}
