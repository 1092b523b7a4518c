#version 440
// Lines extruded on the GPU: each point moves along its miter normal by half the line width
// (given in world units for the current zoom), so a zoom changes one uniform, not the buffer.
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 normal;
layout(location = 2) in float across;
layout(location = 3) in float dist;

layout(location = 0) out float vAcross;
layout(location = 1) out float vDist;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    vec4 color;
    float qt_Opacity;
    float extrude;     // world units per pixel × (half width + feather)
    float halfWidthPx;
    float pxPerUnit;
    float dashPx;
    float gapPx;
    float roundDots;
};

void main()
{
    vAcross = across;
    vDist = dist * pxPerUnit;
    gl_Position = qt_Matrix * vec4(position + normal * extrude, 0.0, 1.0);
}
