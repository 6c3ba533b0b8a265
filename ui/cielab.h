// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Crossread {

/// A colour in CIE 1976 L*a*b* for the sRGB primaries and D65 white: L from 0 (black) to 100
/// (white), a green–red, b blue–yellow. Distances here follow what the eye sees far better
/// than distances in RGB, so the reader's status colours are built and checked in it.
struct Lab {
    double lightness = 0;
    double a = 0;
    double b = 0;
};

[[nodiscard]] Lab toLab(const QColor &colour);

/// The sRGB colour of that lightness, chroma and hue angle (degrees) in CIE LCh(ab). When that
/// colour lies outside sRGB, its chroma is reduced until it fits; lightness and hue are kept.
[[nodiscard]] QColor fromLch(double lightness, double chroma, double hueDegrees);

/// CIEDE2000 colour difference: about 1 is just noticeable side by side, above 10 two colours
/// read as different at a glance.
[[nodiscard]] double deltaE2000(const Lab &first, const Lab &second);
[[nodiscard]] double deltaE2000(const QColor &first, const QColor &second);

} // namespace Crossread
