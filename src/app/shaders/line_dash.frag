#version 440
// A dashed line (see line.frag): dashPx on, gapPx off, the dash ends antialiased too.
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
    float m = mod(vDist, dashPx + gapPx);
    coverage *= clamp(min(m, dashPx - m) + 0.5, 0.0, 1.0);
    fragColor = color * (coverage * qt_Opacity);
}
