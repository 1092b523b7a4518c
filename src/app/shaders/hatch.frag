#version 440
// "/" stripes on the lines x + y = n * period / 2, alternating the two colours (premultiplied),
// antialiased across; the same function as controlstyle::hatchAt.
layout(location = 0) in vec2 vPx;
layout(location = 1) in vec4 vA;
layout(location = 2) in vec4 vB;
layout(location = 0) out vec4 fragColor;

layout(std140, binding = 0) uniform buf {
    mat4 qt_Matrix;
    float qt_Opacity;
    float pxPerUnit;
    float periodPx;
    float lineWidthPx;
};

void main()
{
    float half_ = periodPx * 0.5;
    float s = vPx.x + vPx.y;
    float q = mod(s, half_);
    float across = min(q, half_ - q) * 0.70710678;
    float n = floor((s + half_ * 0.5) / half_);
    float coverage = clamp(lineWidthPx * 0.5 + 0.5 - across, 0.0, 1.0);
    vec4 c = mod(n, 2.0) < 0.5 ? vA : vB;
    fragColor = c * (coverage * qt_Opacity);
}
