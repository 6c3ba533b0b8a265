// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/alignment.h"
#include "core/segmentation.h"

#include <QList>

namespace Crossread {

/// A run of a diff between two sequences a (the reference) and b, as index ranges:
/// [aStart, aEnd) of a and [bStart, bEnd) of b. Insert runs have an empty a range and Delete
/// runs an empty b range, each placed where the run sits in the other sequence.
struct DiffRun {
    DiffOp::Kind kind = DiffOp::Kind::Equal;
    qsizetype aStart = 0;
    qsizetype aEnd = 0;
    qsizetype bStart = 0;
    qsizetype bEnd = 0;

    friend bool operator==(const DiffRun &, const DiffRun &) = default;
};

/// The shortest edit script between two sequences of keys (Myers' O(ND) greedy algorithm),
/// as runs in order, adjacent runs of one kind merged and, between two equalities, deletions
/// before insertions. Sequences that differ in more than `maxEdits` places are reported as
/// one replacement of everything between their common prefix and suffix, which bounds the
/// time and memory a pathological input can take.
[[nodiscard]] QList<DiffRun> diffSequences(const QList<quint64> &a, const QList<quint64> &b,
                                           qsizetype maxEdits = 2000);

/// Makes a diff read the way a person would mark it: an equality no longer than the changes
/// on both of its sides (counted in `aWeights`/`bWeights` per element, e.g. characters) is
/// folded into them, so "the [big→small] red [dog→cat]" with a lone "red" in between becomes
/// one replacement. Same idea as diff-match-patch's diff_cleanupSemantic (Neil Fraser,
/// https://neil.fraser.name/writing/diff/), applied to words instead of characters.
[[nodiscard]] QList<DiffRun> cleanupSemantic(const QList<DiffRun> &runs,
                                             const QList<int> &aWeights,
                                             const QList<int> &bWeights);

/// The word diff of `memberSpan` (in `member`'s text) against `referenceSpan` (in
/// `reference`'s text): tokens compared by their normalised form, punctuation and quotation
/// marks ignored, then cleanupSemantic(). Spans are UTF-16 in the respective texts.
[[nodiscard]] QList<DiffOp> diffSpans(const Segmentation &reference, TextSpan referenceSpan,
                                      const Segmentation &member, TextSpan memberSpan);

/// True when the span holds something a rewording changes the sense with: a number, a currency
/// or percent sign, or a word that is not a function word ("the", "of", "said" are; "leaves",
/// "mayor" are). A changed run that holds none of these is wording, not substance.
[[nodiscard]] bool carriesContent(const Segmentation &segmentation, TextSpan span);

/// True when both spans hold the same words (normalised; punctuation and quotes ignored).
[[nodiscard]] bool sameWords(const Segmentation &a, TextSpan aSpan,
                             const Segmentation &b, TextSpan bSpan);

} // namespace Crossread
