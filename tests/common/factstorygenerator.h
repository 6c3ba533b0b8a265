// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic story clusters for measuring the fact engine: fictional articles that report the
// same facts in different words and formats, with injected disagreements and the ground truth
// of which figure renders which fact with which value.
#pragma once

#include "core/article.h"
#include "facts/facts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Crossread::FactSynth {

struct Options {
    quint64 seed = 1;
    int articles = 5;
    int facts = 16;                   ///< one-off facts (money, counts, percentages, dates)
    double mentionRate = 0.8;         ///< an article reports a fact
    double disagreementRate = 0.35;   ///< a fact gets a wrong value in one or two articles
    double approximationRate = 0.15;  ///< "around", "about", "nearly" before the right value
    double vagueRate = 0.05;          ///< "millions of dollars" instead of the figure
    double listingRate = 0.3;         ///< an article lists the price tiers in one sentence
    int fillerSentences = 8;          ///< sentences without facts, traps included
};

/// One figure the generator wrote: which fact it renders and whether its value is the right
/// one. Two mentions of a fact disagree when their `valueId`s differ and neither is vague.
struct TrueMention {
    int article = -1;
    TextSpan span;                    ///< the value as written, qualifiers included
    int fact = -1;
    int valueId = 0;                  ///< 0: the fact's value; 1, 2: a wrong value
    bool vague = false;
    QString text;
};

struct GeneratedStory {
    QList<Article> articles;
    QList<TrueMention> mentions;
};

/// Generates a cluster; the same options always give the same story.
[[nodiscard]] GeneratedStory generateStory(const Options &options);

/// Conflict detection over pairs of mentions in different articles. A pair is a true conflict
/// when both render the same fact with different values; it is flagged when a slot in
/// conflict holds both and their values conflict.
struct ConflictScore {
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 falseNegatives = 0;
    QStringList falseAlarms;          ///< a few, for a failing test's message
    QStringList misses;

    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
    ConflictScore &operator+=(const ConflictScore &other);
};

[[nodiscard]] ConflictScore scoreConflicts(const GeneratedStory &story, const FactTable &table);

} // namespace Crossread::FactSynth
