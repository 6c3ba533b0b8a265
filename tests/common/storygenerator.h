// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/alignment.h"
#include "core/article.h"
#include "core/segmentation.h"

#include <QList>
#include <QString>

namespace Crossread::Synth {

/// What a synthetic story cluster looks like. Rates are per base sentence and article.
struct GeneratorOptions {
    quint64 seed = 1;
    int articles = 5;
    int baseSentences = 40;          ///< about 22 words each
    double dropRate = 0.10;          ///< an outlet leaves the sentence out
    double synonymRate = 0.35;       ///< each replaceable word is swapped for a synonym
    double moveLeadRate = 0.4;       ///< "On Tuesday, X" becomes "X on Tuesday"
    double trimTailRate = 0.08;      ///< an outlet drops the trailing clause
    double mergeRate = 0.04;         ///< two consecutive sentences become one
    double splitRate = 0.05;         ///< a two-clause sentence becomes two
    double uniqueRate = 0.12;        ///< an outlet adds a sentence of its own
    double moveParagraphRate = 0.15; ///< a paragraph moves elsewhere in the article
    int boilerplateParagraphs = 2;   ///< ads, sign-up boxes, credits (shared wording)
    /// A base sentence gets a twin that says the same words about another time, unit or plan
    /// ("In 2019, ..." / "At its northern unit, ...") with other figures: two statements.
    double qualifierTwinRate = 0;
    /// An outlet quotes a person of its own in a sentence template other outlets use too
    /// ("Ana Ruiz, 41, said she waited two hours ..."): alike in words, never the same statement.
    double ownVoiceRate = 0;
    /// An outlet republishes an earlier outlet's article word for word (wire copy, syndication).
    double syndicatedRate = 0;
};

/// The truth about one generated sentence: which base sentences it renders (none for an
/// outlet's own sentence; two for a merge; one base for each half of a split).
struct SentenceTruth {
    TextSpan span;
    QList<int> bases;
};

struct GeneratedArticle {
    Article article;
    QList<SentenceTruth> truth;      ///< in text order, boilerplate excluded
};

/// A cluster of fictional articles telling one fictional story, with the ground truth.
struct GeneratedStory {
    QList<GeneratedArticle> articles;
    QList<QString> baseSentences;    ///< the story as first written, for debugging

    [[nodiscard]] QList<Article> articleList() const;
};

/// Generates a cluster; the same options always give the same story.
[[nodiscard]] GeneratedStory generateStory(const GeneratorOptions &options);

/// Pairwise alignment accuracy: a pair is two sentences of different articles; it is true
/// when they render a common base sentence, predicted when a passage holds both.
struct PairScore {
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 falseNegatives = 0;
    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
    [[nodiscard]] double f1() const;
    /// Adds another story's counts, for a score over several stories.
    PairScore &operator+=(const PairScore &other)
    {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
        return *this;
    }
};

/// Scores `alignment` against the generator's truth; sentences are matched to the truth by
/// the largest overlap of spans.
[[nodiscard]] PairScore scoreAlignment(const GeneratedStory &story,
                                       const QList<Segmentation> &segmentations,
                                       const Alignment &alignment);

/// Up to `limit` wrongly predicted and missed pairs, as readable lines for a failing test.
[[nodiscard]] QStringList describeMistakes(const GeneratedStory &story,
                                           const QList<Segmentation> &segmentations,
                                           const Alignment &alignment, int limit = 10);

} // namespace Crossread::Synth
