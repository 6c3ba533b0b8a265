// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/analysis.h"
#include "facts/facts.h"
#include "review/annotation.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Crossread {

/// What a reader's correction of the analysis does. Stored by key ("merge", ...), never by
/// number, so a reordered enum cannot change what an old session means.
enum class CorrectionKind : quint8 {
    MergeSlots,      ///< `other`'s slot joins `target`'s slot: "these are the same figure"
    SplitMention,    ///< `target` leaves its slot for a slot of its own: "this is a different thing"
    JoinTopic,       ///< `target`'s slot moves into the topic of `other`'s slot
    LeaveTopic,      ///< `target`'s slot leaves its topic for a topic of its own
    RenameSlot,      ///< `target`'s slot (and its topic, when alone in it) is called `label`
    NotComparable,   ///< `target`'s slot holds values that cannot be compared: never a conflict
    SetStatus,       ///< `target`'s slot has `status`, set by hand, with `note`
    JoinPassages,    ///< `target`'s passage and `other`'s passage are one passage
    SplitPassage,    ///< the passage of `target`'s article is cut where `target`'s sentence starts
};

[[nodiscard]] QString correctionKindKey(CorrectionKind kind);                  ///< "merge", stable
[[nodiscard]] std::optional<CorrectionKind> correctionKindFromKey(QStringView key);

/// A reader's correction of what the engine found, as plain data. It names the mentions or
/// sentences it is about by anchor (article content hash, span and the text the span held), not
/// by slot or passage number, so it can be applied again to a new analysis of the same
/// articles: after re-analysis the numbers change, the articles' text does not.
///
/// Which anchors a kind uses: slot kinds name one mention of the slot in `target` (and of the
/// second slot in `other`); SplitMention names the mention to take out; passage kinds name a
/// sentence of each passage (JoinPassages) or the sentence a split starts at (SplitPassage).
struct Correction {
    int id = -1;                 ///< unique within a review; never reused
    CorrectionKind kind = CorrectionKind::RenameSlot;
    Anchor target;
    Anchor other;                ///< MergeSlots, JoinTopic, JoinPassages only
    QString label;               ///< RenameSlot
    SlotStatus status = SlotStatus::Agree;   ///< SetStatus
    QString note;                ///< why; required by nothing, shown everywhere the correction is
    QString reviewer;            ///< who made it; may be empty
    QDateTime created;           ///< UTC

    friend bool operator==(const Correction &, const Correction &) = default;
};

/// A short description of a correction in words, translated: "Merge “$210,000” (Daily Ledger)
/// with “$210K” (Harbour Post)". `analysis` names the outlets; anchors of articles it lacks
/// are described by their text alone.
[[nodiscard]] QString describeCorrection(const Correction &correction, const Analysis &analysis);

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

} // namespace Crossread

Q_DECLARE_METATYPE(Crossread::Correction)
