// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "review/claim.h"
#include "review/correction.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Crossread {

/// Everything a reader records about a story: annotations, claims, the verdict set and the
/// corrections of the analysis.
/// A plain snapshot; Review holds the live copy and its undo history.
struct ReviewState {
    QList<Annotation> annotations;        ///< in creation order
    QList<Claim> claims;                  ///< in creation order
    QStringList verdicts = defaultVerdicts();
    QStringList reviewers;                ///< everyone who has set a verdict, in first-seen order
    /// Corrections of the analysis, in the order they were made (and are applied).
    QList<Correction> corrections;
    int nextAnnotationId = 1;
    int nextClaimId = 1;
    int nextCorrectionId = 1;

    friend bool operator==(const ReviewState &, const ReviewState &) = default;
};

/// How the reader was looking at the story when it was saved.
struct ViewState {
    QList<bool> shown;                    ///< per article: shown as a pane
    QList<int> paneOrder;                 ///< article indices in pane order; empty = story order
    QString theme;                        ///< theme name; empty = follow the system
    bool syncScrolling = true;
    bool boilerplateCollapsed = false;

    friend bool operator==(const ViewState &, const ViewState &) = default;
};

/// The content of a `.crossread` session file: the story exactly as imported, the review and
/// the view. Opening a session restores this without re-importing anything.
struct SessionData {
    QString title;
    QList<Article> articles;
    ReviewState review;
    ViewState view;
    /// Indices of the articles whose stored text is not what their stored original bytes give
    /// when imported again: edited after import, or read differently by another version of
    /// Crossread. Their content hash certifies the bytes, not the text. Set by readSession(),
    /// never stored; reports and `crossread info` say so beside the hash.
    QList<int> unverifiedTexts;
};

} // namespace Crossread
