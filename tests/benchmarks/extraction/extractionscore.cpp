// SPDX-License-Identifier: GPL-3.0-or-later
// The metric of Zyte's "article-extraction-benchmark" (MIT), written from its description in
// ../shared/extraction-benchmark/README.md.
#include "extractionscore.h"

#include <QHash>

namespace Crossread::Bench {
namespace {

using Shingles = QHash<QString, int>;

Shingles shingleCounts(QStringView text)
{
    const QStringList tokens = wordTokens(text);
    Shingles counts;
    if (tokens.isEmpty())
        return counts;
    constexpr qsizetype n = 4;
    if (tokens.size() < n) {
        counts.insert(tokens.join(QChar(0x1F)), 1);
        return counts;
    }
    for (qsizetype i = 0; i + n <= tokens.size(); ++i) {
        // U+001F (unit separator) cannot occur inside a \w token.
        ++counts[tokens.mid(i, n).join(QChar(0x1F))];
    }
    return counts;
}

} // namespace

QStringList wordTokens(QStringView text)
{
    QStringList tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        bool word = false;
        if (i < text.size()) {
            const QChar c = text[i];
            if (c.isHighSurrogate() && i + 1 < text.size()) {
                const char32_t ucs4 = QChar::surrogateToUcs4(c, text[i + 1]);
                word = QChar::isLetterOrNumber(ucs4);
                if (word) {
                    if (start < 0)
                        start = i;
                    ++i;
                    continue;
                }
            } else {
                word = c.isLetterOrNumber() || c == u'_';
            }
        }
        if (word && start < 0)
            start = i;
        if (!word && start >= 0) {
            tokens.append(text.mid(start, i - start).toString());
            start = -1;
        }
    }
    return tokens;
}

PageScore scorePage(QStringView truth, QStringView extracted)
{
    const Shingles wanted = shingleCounts(truth);
    const Shingles got = shingleCounts(extracted);
    double tp = 0, fp = 0, fn = 0;
    for (auto it = got.cbegin(); it != got.cend(); ++it) {
        const int expected = wanted.value(it.key());
        tp += std::min(expected, it.value());
        fp += std::max(0, it.value() - expected);
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        fn += std::max(0, it.value() - got.value(it.key()));

    PageScore score;
    const double sum = tp + fp + fn;
    if (sum > 0) {
        score.truePositive = tp / sum;
        score.falsePositive = fp / sum;
        score.falseNegative = fn / sum;
    }
    if (fp == 0 && fn == 0) {
        score.precision = score.recall = 1;
        return score;
    }
    score.precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    score.recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    return score;
}

Summary summarise(const QList<PageScore> &pages)
{
    Summary summary;
    if (pages.isEmpty())
        return summary;
    for (const PageScore &page : pages) {
        summary.precision += page.precision;
        summary.recall += page.recall;
    }
    summary.precision /= double(pages.size());
    summary.recall /= double(pages.size());
    if (summary.precision + summary.recall > 0)
        summary.f1 = 2 * summary.precision * summary.recall / (summary.precision + summary.recall);
    return summary;
}

} // namespace Crossread::Bench
