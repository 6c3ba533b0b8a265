// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/annotation.h"

#include <QColor>

#include <array>

namespace Crossread {

/// The colours of the printed report. The colour palette repeats the reader's built-in Light
/// theme (ui/theme.cpp) and the annotation colours of ui/annotationdialog.cpp, so a page of the
/// report looks like the app; app/ may not include ui/, hence the copy. Change both together.
/// The greyscale palette is for black-and-white printers: distinct grey levels, and every
/// meaning that colour carries is also written as a mark or a label.
struct ReportPalette {
    QColor text;
    QColor mutedText;          ///< labels, "not in this article", continuation marks
    QColor headerText;
    QColor rule;               ///< table borders and the footnote separator
    QColor tableHeader;        ///< background of table header rows
    QColor identical;          ///< passage status stripes, as the reader's bands
    QColor reworded;
    QColor unique;
    QColor agree;              ///< fact rows, as the reader's fact matrix
    QColor conflict;
    QColor quoteVariant;
    QColor changedWords;       ///< background of words that differ from the reference rendering
    QColor markText;           ///< annotation numbers
    std::array<QColor, highlightColourCount> highlights;

    /// A light tint of `colour` for backgrounds behind text.
    [[nodiscard]] static QColor tint(const QColor &colour, qreal strength = 0.45);

    [[nodiscard]] static ReportPalette colour();
    [[nodiscard]] static ReportPalette greyscale();
};

} // namespace Crossread
