// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Crossread::Bench {

/// One page's score under the article-extraction benchmark's metric: word 4-gram ("shingle")
/// multisets of the true and the extracted body; TP = shared, FP = extracted only,
/// FN = true only, each divided by TP + FP + FN so that every page weighs the same.
struct PageScore {
    double truePositive = 0;
    double falsePositive = 0;
    double falseNegative = 0;
    double precision = 0;   ///< TP / (TP + FP); 1 when FP = FN = 0; 0 for an empty extraction
    double recall = 0;      ///< TP / (TP + FN); 1 when FP = FN = 0
    [[nodiscard]] double f1() const
    {
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    }
};

/// The benchmark's figures: means of the pages' precision and recall, F1 from the two means.
struct Summary {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

/// Runs of word characters (\w+ with Unicode: letters, digits, underscore), case kept.
[[nodiscard]] QStringList wordTokens(QStringView text);

/// Scores one page. Texts of fewer than four words make a single shingle of all their words.
[[nodiscard]] PageScore scorePage(QStringView truth, QStringView extracted);

[[nodiscard]] Summary summarise(const QList<PageScore> &pages);

} // namespace Crossread::Bench
