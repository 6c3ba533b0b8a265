// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "review/correction.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Crossread {

/// A short description of a correction in words, as an untranslated phrase: "Merge “$210,000”
/// (Daily Ledger) with “$210K” (Harbour Post)". `analysis` names the outlets; anchors of
/// articles it lacks are described by their text alone.
[[nodiscard]] Phrase describeCorrection(const Correction &correction, const Analysis &analysis);

/// "corrected by Ana Ruiz, Tom Bell" for a slot or passage's correctedBy; "corrected by hand"
/// when no reviewer was named. Translated.
[[nodiscard]] QString correctedByText(const QStringList &reviewers);

/// Applies `corrections` in order to an analysis as the engine computed it, and returns the
/// corrected analysis. Pure and deterministic. Slots and passages are found by the corrections'
/// anchors: the mention with the anchor's span and text in the article with the anchor's hash
/// (or, when re-analysis changed the mention's extent, the nearest mention of that article with
/// the same text); the passage holding the anchor's sentence. A correction that no longer finds
/// what it names, or would make no change, is not applied, and Analysis::corrections says why.
/// Slot and passage ids are renumbered to their new positions; every changed slot and passage
/// records the reviewer in correctedBy.
[[nodiscard]] Analysis applyCorrections(Analysis analysis, const QList<Correction> &corrections);

/// The fact slot status a reader's status stands for.
[[nodiscard]] SlotStatus slotStatusOf(CorrectionStatus status);

} // namespace Crossread
