// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the fact engine: finding quotations and who said them.
#pragma once

#include "facts/factscan.h"
#include "core/textspan.h"

#include <QList>
#include <QString>

namespace Crossread::FactGrammar {

/// One quotation in one paragraph, joined across its attribution when split by it.
struct QuoteFound {
    TextSpan span;               ///< first opening mark to last closing mark
    QList<TextSpan> parts;       ///< the quoted words of each piece, marks excluded
    QString text;                ///< the pieces joined by a space, as written
    QString speaker;             ///< a name, or a pronoun when no name was found nearby
};

/// Finds the quotations of one paragraph. Straight, curly, single, low-9 and guillemet marks;
/// a closing mark is looked for within Limits::maxQuoteChars and the paragraph, through a
/// sorted list of candidate marks, so unmatched marks cost O(log n) each, never a rescan.
/// Quotes of fewer than two words (scare quotes, titles) are not quotations.
[[nodiscard]] QList<QuoteFound> findQuotes(const FactScan::Bounds &paragraph);

/// Removes a leading title ("Dr.", "Ms", "Mayor") from a speaker's name.
[[nodiscard]] QString withoutTitle(QStringView name);

} // namespace Crossread::FactGrammar
