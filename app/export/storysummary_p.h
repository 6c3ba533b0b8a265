// SPDX-License-Identifier: GPL-3.0-or-later
// What the PDF and the Markdown report both say about a story, computed once.
#pragma once

#include "analysis/analysis.h"
#include "review/annotationmodel.h"
#include "review/claim.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Crossread {

struct ConflictSummary {
    QString label;
    /// Each value as written, with the outlets that wrote it, in the order first seen.
    QList<std::pair<QString, QStringList>> values;
};

struct StorySummary {
    int sharedByAll = 0;          ///< passages every compared article tells
    int identical = 0;            ///< of those, identical
    int reworded = 0;             ///< of those, reworded
    int conflicts = 0;            ///< fact slots in conflict
    QList<int> told;              ///< per article of the story: passages it tells
    QList<int> unique;            ///< per article: passages only it tells
    QList<int> conflicting;       ///< per article: its mentions in conflicting slots
    QList<ConflictSummary> conflictList;
};

/// The indices of the story's articles the options choose, in order, without repeats.
[[nodiscard]] QList<int> chosenArticles(const QList<int> &requested, qsizetype articleCount);

[[nodiscard]] StorySummary summarizeStory(const Analysis &analysis, const QList<int> &chosen);

/// The outlets a claim's sources point into, in source order, without repeats.
[[nodiscard]] QStringList carriedBy(const Claim &claim, const StoryIndex &story);

} // namespace Crossread
