// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the fact engine: grouping the renderings of one quotation across articles.
#pragma once

#include "facts/facts.h"

#include <functional>

namespace Crossread::FactQuotes {

/// One token of a quotation as compared: a word (apostrophes folded, compared lower-case) or a
/// punctuation mark (dashes folded to one dash, "..." to "…").
struct QuoteToken {
    QString text;        ///< as written, for messages
    QString key;         ///< the compared form
    bool word = true;
};

/// The compared tokens of a quote mention: its parts in order, with the punctuation that only
/// ends a part (a quote's last full stop or the comma before a split attribution) left out,
/// and a split at the attribution counted as a full stop ("A," she said. "B." reads "A. B.").
[[nodiscard]] QList<QuoteToken> quoteTokens(const QString &text, const QList<TextSpan> &parts);

/// How one rendering of a quote differs from the group's reference rendering.
struct QuoteComparison {
    /// Short notes ("adds 'But'", "'going' for 'running'", "a dash instead of a comma after
    /// 'location'"), untranslated; empty when the renderings are the same.
    QList<Phrase> notes;
    /// Words were changed, added or dropped inside the words both renderings quote. Punctuation,
    /// capitals, a word written apart or hyphenated ("work force", "workforce") and words left
    /// out at an ellipsis are not changed words.
    bool variant = false;
    /// One rendering quotes a shorter or longer part of the same words (a different cut).
    bool excerpt = false;
};

/// Compares `mention` with `reference` token by token (see QuoteComparison).
[[nodiscard]] QuoteComparison compareRenderings(const QList<QuoteToken> &reference, const QList<QuoteToken> &mention);

/// Groups the quote mentions of a story (fuzzy word matching, tolerant of trimming) into
/// slots of kind Quote with their differences filled. `texts[i]` is article i's text.
[[nodiscard]] QList<FactSlot> groupQuotes(const QList<QString> &texts, const QList<Mention> &quotes,
                                          const std::function<bool()> &isCanceled);

} // namespace Crossread::FactQuotes
