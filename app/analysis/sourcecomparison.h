// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/phrase.h"
#include "facts/facts.h"

#include <QList>
#include <QString>

namespace Crossread {

struct Analysis;

/// One fact slot against the source.
struct SlotAgainstSource {
    /// Index into the slot's mentions of the source's first mention; -1 when the source does not
    /// give this fact.
    qsizetype sourceMention = -1;
    /// Per mention of the slot, in the slot's order; None for the source's own mentions.
    QList<SourceMatch> matches;
    /// Per mention, quotes only: how the outlet's wording departs from the source's, word by
    /// word ("'going' for 'running'", "drops 'not'"), untranslated. Empty when the wording is
    /// the source's or the slot is no quote.
    QList<QList<Phrase>> changes;

    friend bool operator==(const SlotAgainstSource &, const SlotAgainstSource &) = default;
};

/// What one outlet carries of the source, as passage ids and counts. Empty for the source itself.
struct CoverageOfSource {
    QList<int> passagesCarried;     ///< the source's passages this outlet tells too
    QList<int> passagesLeftOut;     ///< the source's passages this outlet does not tell
    QList<int> passagesNotInSource; ///< passages this outlet tells that the source does not
    int figuresMatch = 0;
    int figuresDiffer = 0;          ///< figures the source states otherwise
    int figuresAbsent = 0;          ///< figures the source does not give
    int quotesMatch = 0;
    int quotesAltered = 0;          ///< quotes whose words differ from the source's
    int quotesAbsent = 0;           ///< quotes the source does not hold

    friend bool operator==(const CoverageOfSource &, const CoverageOfSource &) = default;
};

/// Every outlet compared with the story's source: plain data on the Analysis, computed by
/// compareWithSource(). Invalid (source -1, lists empty) when no article is the source.
struct SourceComparison {
    int source = -1;                    ///< index of the source in Analysis::articles
    QList<SlotAgainstSource> slots;     ///< by slot id (FactTable::slots)
    QList<CoverageOfSource> articles;   ///< by article index

    [[nodiscard]] bool isValid() const { return source >= 0; }
    /// The standing of mention `mention` of slot `slot`; None when out of range or no source.
    [[nodiscard]] SourceMatch match(int slot, qsizetype mention) const;
    /// The slot's comparison, or nullptr when there is no source or no such slot.
    [[nodiscard]] const SlotAgainstSource *slot(int slot) const;

    friend bool operator==(const SourceComparison &, const SourceComparison &) = default;
};

/// Compares every outlet's facts and passages with the source's: each mention's figure with the
/// source's first mention in the same slot (FactCompare's relation: equal or compatible
/// matches, a conflict differs), each quote's tokens with the source's rendering (a variant
/// differs; punctuation and a shorter cut do not), and which of the source's passages each
/// outlet tells. Pure and deterministic; the source is the first article marked as such
/// (sourceIndex()). Slots a reader marked not comparable give NotComparable.
[[nodiscard]] SourceComparison compareWithSource(const Analysis &analysis);

/// JSON names: "matches", "differs", "absent", "not-comparable"; empty for None.
[[nodiscard]] QString sourceMatchName(SourceMatch match);
/// For views and reports: "matches the source", "differs from the source", "not in the
/// source", "not comparable with the source"; empty for None. Untranslated.
[[nodiscard]] Phrase sourceMatchPhrase(SourceMatch match);

} // namespace Crossread
