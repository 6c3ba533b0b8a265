// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/annotation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

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

/// The status a reader sets by hand (SetStatus): the fact slot statuses, named here so that a
/// review does not depend on the fact engine. Keys "agree", "conflict", "unique".
enum class CorrectionStatus : quint8 { Agree, Conflict, Unique };
[[nodiscard]] QString correctionStatusKey(CorrectionStatus status);
[[nodiscard]] std::optional<CorrectionStatus> correctionStatusFromKey(QStringView key);

/// A reader's correction of what the engine found, as plain data (export/correctedanalysis.h
/// applies a list of them to an analysis). It names the mentions or
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
    CorrectionStatus status = CorrectionStatus::Agree;   ///< SetStatus
    QString note;                ///< why; required by nothing, shown everywhere the correction is
    QString reviewer;            ///< who made it; may be empty
    QDateTime created;           ///< UTC

    friend bool operator==(const Correction &, const Correction &) = default;
};

} // namespace Crossread

Q_DECLARE_METATYPE(Crossread::Correction)
