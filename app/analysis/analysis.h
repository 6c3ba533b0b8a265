// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/alignment.h"
#include "analysis/sourcecomparison.h"
#include "core/article.h"
#include "facts/facts.h"
#include "core/segmentation.h"
#include "core/task.h"

#include <QFuture>
#include <QList>
#include <QStringList>

#include <functional>

namespace Crossread {

/// One reader's correction (review/correction.h) as it went on one analysis: what it does in
/// words, who made it, and whether it still applies. A correction that no longer applies (its
/// figure or passage is gone after re-analysis) is listed with the reason, never dropped.
struct AppliedCorrection {
    int id = -1;                 ///< Correction::id
    QString kind;                ///< stable key: "merge", "split", "join-topic", ...
    /// "Merge “$210,000” (Daily Ledger) with “$210K” (Harbour Post)", untranslated (Phrase):
    /// the JSON writes it in English, the report and the views translate it.
    Phrase description;
    QString reviewer;
    QString note;
    bool applied = false;
    Phrase reason;               ///< why it no longer applies, when not applied; untranslated

    friend bool operator==(const AppliedCorrection &, const AppliedCorrection &) = default;
};

/// Everything the reader shows about a story, computed in one go: an immutable snapshot that
/// the GUI thread receives when the background work is done.
struct Analysis {
    QList<Article> articles;
    QList<Segmentation> segmentations;   ///< segmentations[i] belongs to articles[i]
    Alignment alignment;
    FactTable facts;
    /// Things the reader should know about the result: "only one article, nothing to compare",
    /// "X has no article text outside page furniture", "X shares no passage with the other
    /// articles". Untranslated (see Phrase): the JSON writes English, views translate.
    QList<Phrase> messages;
    bool canceled = false;               ///< the work stopped early; everything else is empty
    /// The reader's corrections as applied to this analysis by applyCorrections(), in the
    /// order they were made; empty for an analysis as the engine computed it.
    QList<AppliedCorrection> corrections;
    /// Every outlet against the story's source, when an article is marked as the source
    /// (ArticleMetadata::role); invalid otherwise. Follows `facts` and `alignment`: whoever
    /// changes those (applyCorrections()) computes it again.
    SourceComparison source;
};

/// The analysis's task control (core/task.h): `isCanceled` is asked often (a cancel takes
/// effect within milliseconds), `progress` gets a percentage and the stage's translated name.
using AnalysisControl = TaskControl;

/// The alignment as the fact stage takes it: each passage's members' articles and spans.
[[nodiscard]] PassageExtents passageExtents(const Alignment &alignment);

/// The figures of each article as the aligner takes them (see SentenceAnchor): one anchor per
/// money, count, percentage or date mention, keyed by its kind and normalised value, so two
/// outlets' "$1.2 million" and "$1,200,000" have one key. Quotes and vague figures
/// ("billions") are no anchors. `mentionsPerArticle[i]` belongs to article i.
[[nodiscard]] StoryAnchors figureAnchors(const QList<QList<Mention>> &mentionsPerArticle);

/// Segments, aligns and compares the facts of a story, using all cores. Pure and
/// deterministic; thread-safe. The articles are taken by value because the snapshot keeps them.
[[nodiscard]] Analysis analyseStory(QList<Article> articles, const AnalysisControl &control = {});

/// Runs analyseStory() on workPool(). The future reports progress (0-100, with the stage as
/// progress text). When canceled it is finished as soon as the work notices (about a
/// millisecond), without a result; the worker then frees the partial work in the background.
/// Watch it with a QFutureWatcher to receive the snapshot on the GUI thread.
[[nodiscard]] QFuture<Analysis> startAnalysis(QList<Article> articles);

} // namespace Crossread
