// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/alignment.h"

#include <QList>

namespace Crossread {

/// One row of a side-by-side page: a passage, and which of the page's articles show their
/// rendering of it in this row.
struct SideBySideRow {
    int passage = -1;            ///< index into Alignment::passages
    QList<bool> shown;           ///< per article of the group: its member of `passage` is in this row

    friend bool operator==(const SideBySideRow &, const SideBySideRow &) = default;
};

/// The rows of the side-by-side pages for the articles `group` (indices into the story), so
/// that every article reads in its own order: read down one column and you read that article's
/// passages exactly in text order, those the others lack at their place. Passages that several
/// articles tell in the same order share a row. When two articles tell shared passages in a
/// different order, a passage that cannot sit in one row without moving text shows each
/// article's rendering in a row at that article's place. Only primary members count (a
/// secondary member's sentences are shown with their own passage). Pure.
[[nodiscard]] QList<SideBySideRow> sideBySideRows(const Alignment &alignment, const QList<int> &group);

} // namespace Crossread
