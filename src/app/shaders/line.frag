#version 440
// Antialiased edge: coverage falls off over the last pixel at each side of the line. Dashed and
// dotted lines have their own shaders (line_dash.frag, line_dot.frag): a branch on a uniform
// costs every pixel of every line both paths on a software rasteriser.
layout(location = 0) in float vAcross;
layout(location = 1) in float vDist;
layout(location = 0) out vec4 fragColor;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    vec4 color;
    float qt_Opacity;
    float extrude;
    float halfWidthPx;
    float pxPerUnit;
    float dashPx;
    float gapPx;
    float roundDots;
};

void main()
{
    float d = abs(vAcross) * (halfWidthPx + 1.0);
    float coverage = clamp(halfWidthPx + 0.5 - d, 0.0, 1.0);
    fragColor = color * (coverage * qt_Opacity);
}
