#version 440
// A dotted line (see line.frag): round dots as wide as the line every gapPx.
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
    float along = mod(vDist, gapPx) - 0.5 * gapPx;
    float coverage = clamp(halfWidthPx + 0.5 - length(vec2(along, d)), 0.0, 1.0);
    fragColor = color * (coverage * qt_Opacity);
}
