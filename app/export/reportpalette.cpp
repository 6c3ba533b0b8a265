// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportpalette.h"

namespace Crossread {

QColor ReportPalette::tint(const QColor &colour, qreal strength)
{
    const auto mix = [strength](qreal channel) { return channel * strength + 1.0 * (1.0 - strength); };
    return QColor::fromRgbF(float(mix(colour.redF())), float(mix(colour.greenF())), float(mix(colour.blueF())));
}

ReportPalette ReportPalette::colour()
{
    ReportPalette palette;
    // ui/theme.cpp, builtinLight()
    palette.text = QColor(0x1f, 0x23, 0x28);
    palette.mutedText = QColor(0x6e, 0x76, 0x81);   // a shade darker than the reader's boilerplate grey, for print
    palette.headerText = QColor(0x24, 0x29, 0x2f);
    palette.rule = QColor(0xc8, 0xcd, 0xd3);
    palette.tableHeader = QColor(0xee, 0xf1, 0xf4);
    palette.identical = QColor(0x9a, 0xc8, 0xf0);
    palette.reworded = QColor(0xf5, 0xd0, 0x8a);
    palette.unique = QColor(0xd6, 0xb4, 0xf0);
    palette.agree = QColor(0xb4, 0xe5, 0xbc);
    palette.conflict = QColor(0xf7, 0xa8, 0xa0);
    palette.quoteVariant = QColor(0x8e, 0xd9, 0xd2);
    palette.changedWords = QColor(0xf5, 0xd0, 0x8a);
    palette.markText = QColor(0xb3, 0x26, 0x1e);
    // ui/annotationdialog.cpp, the light swatches: yellow, green, blue, pink, purple
    palette.highlights = {QColor(0xff, 0xf0, 0x8a), QColor(0xb7, 0xef, 0xad), QColor(0xb5, 0xd8, 0xff),
                          QColor(0xff, 0xc2, 0xdc), QColor(0xdc, 0xc8, 0xff)};
    return palette;
}

ReportPalette ReportPalette::greyscale()
{
    ReportPalette palette;
    const auto grey = [](int level) { return QColor(level, level, level); };
    palette.text = grey(0x10);
    palette.mutedText = grey(0x60);
    palette.headerText = grey(0x20);
    palette.rule = grey(0xb0);
    palette.tableHeader = grey(0xec);
    palette.identical = grey(0xc8);
    palette.reworded = grey(0x90);
    palette.unique = grey(0x50);
    palette.agree = grey(0xe4);
    palette.conflict = grey(0xa8);
    palette.quoteVariant = grey(0xc8);
    palette.changedWords = grey(0xc0);
    palette.markText = grey(0x00);
    palette.highlights = {grey(0xdc), grey(0xdc), grey(0xdc), grey(0xdc), grey(0xdc)};
    return palette;
}

} // namespace Crossread
