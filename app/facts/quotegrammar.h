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
/// A single quoted word is found only when lower-case and not a function word ("misleading",
/// not "City"): a scare quote, which FactQuotes::groupQuotes() keeps only when another article
/// quotes the same word.
[[nodiscard]] QList<QuoteFound> findQuotes(const FactScan::Bounds &paragraph);

/// Finds the quotations of an article's compared paragraphs (spans into `text`, in order), as
/// the above, and those that run over several paragraphs: an opening mark left unmatched at a
/// paragraph's end continues through paragraphs that reopen with a mark (the convention) or
/// carry none, up to one that closes it; at most Limits::maxQuoteChars and 8 paragraphs, and
/// never across anything but blank lines (a boilerplate paragraph left out ends it). Each
/// paragraph is one part. In text order.
[[nodiscard]] QList<QuoteFound> findQuotes(const QString &text, const QList<TextSpan> &paragraphs);

/// Removes a leading title ("Dr.", "Ms", "Mayor") from a speaker's name.
[[nodiscard]] QString withoutTitle(QStringView name);

} // namespace Crossread::FactGrammar
