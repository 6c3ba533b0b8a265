// SPDX-License-Identifier: GPL-3.0-or-later
// sRGB <-> CIELAB after IEC 61966-2-1 (sRGB transfer curve and primaries, D65 white) and CIE
// 15:2004; CIEDE2000 after G. Sharma, W. Wu, E. N. Dalal, "The CIEDE2000 color-difference
// formula: implementation notes, supplementary test data, and mathematical observations",
// Color Research & Application 30(1), 2005 — its test pairs are in tests/ui/tst_theme.cpp.
#include "cielab.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace Crossread {
namespace {

constexpr double whiteX = 0.95047, whiteY = 1.0, whiteZ = 1.08883;
constexpr double epsilon = 216.0 / 24389.0;   // (6/29)^3
constexpr double kappa = 24389.0 / 27.0;

double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }
double degrees(double radians) { return radians * 180.0 / std::numbers::pi; }

double toLinear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double fromLinear(double channel)
{
    return channel <= 0.0031308 ? 12.92 * channel : 1.055 * std::pow(channel, 1.0 / 2.4) - 0.055;
}

double labF(double t) { return t > epsilon ? std::cbrt(t) : (kappa * t + 16.0) / 116.0; }
double labFInverse(double f) { return f * f * f > epsilon ? f * f * f : (116.0 * f - 16.0) / kappa; }

/// Linear sRGB of a Lab colour; channels outside [0, 1] mean the colour is outside sRGB.
std::array<double, 3> linearRgb(const Lab &lab)
{
    const double fy = (lab.lightness + 16.0) / 116.0;
    const double x = whiteX * labFInverse(fy + lab.a / 500.0);
    const double y = whiteY * labFInverse(fy);
    const double z = whiteZ * labFInverse(fy - lab.b / 200.0);
    return {3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
            -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
            0.0556434 * x - 0.2040259 * y + 1.0572252 * z};
}

bool inGamut(const Lab &lab)
{
    constexpr double slack = 1e-6;
    const auto rgb = linearRgb(lab);
    return std::all_of(rgb.begin(), rgb.end(), [](double c) { return c >= -slack && c <= 1.0 + slack; });
}

Lab fromPolar(double lightness, double chroma, double hueDegrees)
{
    return Lab{lightness, chroma * std::cos(radians(hueDegrees)), chroma * std::sin(radians(hueDegrees))};
}

} // namespace

Lab toLab(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    const double r = toLinear(rgb.redF()), g = toLinear(rgb.greenF()), b = toLinear(rgb.blueF());
    const double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
    const double fx = labF(x / whiteX), fy = labF(y / whiteY), fz = labF(z / whiteZ);
    return Lab{116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

QColor fromLch(double lightness, double chroma, double hueDegrees)
{
    lightness = std::clamp(lightness, 0.0, 100.0);
    if (!inGamut(fromPolar(lightness, chroma, hueDegrees))) {
        double inside = 0.0, outside = chroma;
        for (int step = 0; step < 32; ++step) {
            const double middle = (inside + outside) / 2.0;
            (inGamut(fromPolar(lightness, middle, hueDegrees)) ? inside : outside) = middle;
        }
        chroma = inside;
    }
    const auto rgb = linearRgb(fromPolar(lightness, chroma, hueDegrees));
    const auto channel = [](double linear) { return std::clamp(fromLinear(std::clamp(linear, 0.0, 1.0)), 0.0, 1.0); };
    return QColor::fromRgbF(float(channel(rgb[0])), float(channel(rgb[1])), float(channel(rgb[2]))).toRgb();
}

double deltaE2000(const Lab &first, const Lab &second)
{
    const double pow25to7 = 6103515625.0;   // 25^7
    const double c1 = std::hypot(first.a, first.b), c2 = std::hypot(second.a, second.b);
    const double cMean7 = std::pow((c1 + c2) / 2.0, 7.0);
    const double g = 0.5 * (1.0 - std::sqrt(cMean7 / (cMean7 + pow25to7)));
    const double a1 = (1.0 + g) * first.a, a2 = (1.0 + g) * second.a;
    const double c1p = std::hypot(a1, first.b), c2p = std::hypot(a2, second.b);
    const auto hue = [](double b, double a) {
        if (a == 0.0 && b == 0.0)
            return 0.0;
        const double h = degrees(std::atan2(b, a));
        return h < 0 ? h + 360.0 : h;
    };
    const double h1p = hue(first.b, a1), h2p = hue(second.b, a2);

    const double deltaL = second.lightness - first.lightness;
    const double deltaC = c2p - c1p;
    double deltaHue = 0.0;
    if (c1p * c2p != 0.0) {
        deltaHue = h2p - h1p;
        if (deltaHue > 180.0)
            deltaHue -= 360.0;
        else if (deltaHue < -180.0)
            deltaHue += 360.0;
    }
    const double deltaH = 2.0 * std::sqrt(c1p * c2p) * std::sin(radians(deltaHue / 2.0));

    const double lMean = (first.lightness + second.lightness) / 2.0;
    const double cMeanP = (c1p + c2p) / 2.0;
    double hMean = h1p + h2p;
    if (c1p * c2p != 0.0) {
        if (std::abs(h1p - h2p) <= 180.0)
            hMean = (h1p + h2p) / 2.0;
        else
            hMean = (h1p + h2p < 360.0) ? (h1p + h2p + 360.0) / 2.0 : (h1p + h2p - 360.0) / 2.0;
    }
    const double t = 1.0 - 0.17 * std::cos(radians(hMean - 30.0)) + 0.24 * std::cos(radians(2.0 * hMean))
                   + 0.32 * std::cos(radians(3.0 * hMean + 6.0)) - 0.20 * std::cos(radians(4.0 * hMean - 63.0));
    const double deltaTheta = 30.0 * std::exp(-std::pow((hMean - 275.0) / 25.0, 2.0));
    const double cMeanP7 = std::pow(cMeanP, 7.0);
    const double rc = 2.0 * std::sqrt(cMeanP7 / (cMeanP7 + pow25to7));
    const double lOffset = (lMean - 50.0) * (lMean - 50.0);
    const double sl = 1.0 + 0.015 * lOffset / std::sqrt(20.0 + lOffset);
    const double sc = 1.0 + 0.045 * cMeanP;
    const double sh = 1.0 + 0.015 * cMeanP * t;
    const double rt = -std::sin(radians(2.0 * deltaTheta)) * rc;
    const double l = deltaL / sl, c = deltaC / sc, h = deltaH / sh;
    return std::sqrt(l * l + c * c + h * h + rt * c * h);
}

double deltaE2000(const QColor &first, const QColor &second)
{
    return deltaE2000(toLab(first), toLab(second));
}

} // namespace Crossread
