// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "theme.h"

#include <QBrush>
#include <QString>

namespace Crossread {

/// How the views mark a figure against the story's source besides colour: "=" matches the
/// source, "✗" differs from it, "∅" not in the source, "≟" not comparable; "§" heads the source's
/// own column. Empty for None.
[[nodiscard]] QString sourceMatchSymbol(SourceMatch match);
/// The standing in words, translated: "matches the source", "differs from the source", ...
[[nodiscard]] QString sourceMatchText(SourceMatch match);
/// A cell's background: "differs" is the theme's sourceDiffers tint crossed by stripes, so it
/// never reads as a conflict among outlets (a plain red tint); "matches" the agree tint; "not
/// in the source" the one-outlet tint; nothing for None.
[[nodiscard]] QBrush sourceMatchBrush(SourceMatch match, const ReaderTheme &theme);
/// Rows for a fact's popup (HTML, escaped): the mention's standing against the source and, for
/// a quote, its word changes against the source's wording. Empty without a source.
[[nodiscard]] QString sourceMentionHtml(const Analysis &analysis, int slot, qsizetype mention);
/// The same as plain text for a menu entry: "✗ differs from the source: 'guarantee' for
/// 'secure'", "§ the source"; empty without a source.
[[nodiscard]] QString sourceMentionText(const Analysis &analysis, int slot, qsizetype mention);

} // namespace Crossread
