// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/annotation.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Crossread {

/// What a piece of evidence does for a claim.
enum class EvidenceRole : quint8 { Supports, Contradicts, Context };

[[nodiscard]] QString evidenceRoleKey(EvidenceRole role);        ///< "supports", stable
[[nodiscard]] QString evidenceRoleName(EvidenceRole role);       ///< translated
[[nodiscard]] EvidenceRole evidenceRoleFromKey(QStringView key); ///< Context when unknown

/// A span in any article that bears on a claim.
struct Evidence {
    int id = -1;              ///< unique within its claim
    Anchor anchor;
    EvidenceRole role = EvidenceRole::Context;
    QString note;

    friend bool operator==(const Evidence &, const Evidence &) = default;
};

/// What a claim was made from, so the panels can say where it came from.
enum class ClaimOrigin : quint8 { Selection, Passage, FactSlot, QuoteGroup };

[[nodiscard]] QString claimOriginKey(ClaimOrigin origin);
[[nodiscard]] ClaimOrigin claimOriginFromKey(QStringView key);

/// A statement under review. Its `sources` are the spans where outlets make the claim (one or
/// more per outlet); the verdict applies to the claim in every one of them, which is what the
/// per-outlet scorecard counts.
struct Claim {
    int id = -1;              ///< unique within a review; never reused
    QString statement;
    QString verdict;          ///< one of the review's verdict set; the set's first means unreviewed
    ClaimOrigin origin = ClaimOrigin::Selection;
    QList<Anchor> sources;
    QList<Evidence> evidence;
    QString notes;            ///< the reviewer's rationale
    QString reviewer;         ///< who set the verdict last
    QDateTime created;        ///< UTC
    QDateTime updated;        ///< UTC

    [[nodiscard]] int nextEvidenceId() const;
    friend bool operator==(const Claim &, const Claim &) = default;
};

/// The verdicts a new review starts with, as stable keys: "Unreviewed", "Supported",
/// "Disputed", "Misleading", "False", "Unverifiable". A session may configure its own set;
/// the first entry always means "not reviewed yet".
[[nodiscard]] QStringList defaultVerdicts();
/// The translated label for a verdict key of the default set; other keys are shown as written.
[[nodiscard]] QString verdictLabel(const QString &verdict);

} // namespace Crossread

Q_DECLARE_METATYPE(Crossread::Claim)
