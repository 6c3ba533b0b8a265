// SPDX-License-Identifier: GPL-3.0-or-later
// Word diff. The edit script is Myers' greedy O(ND) algorithm: E. W. Myers, "An O(ND)
// Difference Algorithm and Its Variations", Algorithmica 1 (1986), 251-266, walking the
// furthest-reaching D-paths and backtracking through the saved frontier of each D.
// The clean-up follows the idea of diff_cleanupSemantic in Neil Fraser's diff-match-patch
// (https://neil.fraser.name/writing/diff/, section 3.2 "Semantic Chaff"): an equality that
// is no longer than the edits on either side of it is chaff and becomes part of the edits.
#include "align/worddiff.h"

#include "align/stopwords_p.h"
#include "align/tokenkeys_p.h"

#include <algorithm>
#include <vector>

namespace Crossread {
namespace {

using Kind = DiffOp::Kind;

/// Merges adjacent runs of one kind and orders each group of edits between two equalities as
/// one deletion followed by one insertion.
QList<DiffRun> normalised(const QList<DiffRun> &runs)
{
    QList<DiffRun> out;
    out.reserve(runs.size());
    qsizetype i = 0;
    while (i < runs.size()) {
        if (runs.at(i).kind == Kind::Equal) {
            DiffRun equal = runs.at(i);
            for (++i; i < runs.size() && runs.at(i).kind == Kind::Equal; ++i) {
                equal.aEnd = runs.at(i).aEnd;
                equal.bEnd = runs.at(i).bEnd;
            }
            if (equal.aEnd > equal.aStart)
                out.append(equal);
            continue;
        }
        // A group of edits: everything of a and of b between two equalities.
        const qsizetype aStart = runs.at(i).aStart;
        const qsizetype bStart = runs.at(i).bStart;
        qsizetype aEnd = aStart;
        qsizetype bEnd = bStart;
        for (; i < runs.size() && runs.at(i).kind != Kind::Equal; ++i) {
            aEnd = std::max(aEnd, runs.at(i).aEnd);
            bEnd = std::max(bEnd, runs.at(i).bEnd);
        }
        if (aEnd > aStart)
            out.append({Kind::Delete, aStart, aEnd, bStart, bStart});
        if (bEnd > bStart)
            out.append({Kind::Insert, aEnd, aEnd, bStart, bEnd});
    }
    return out;
}

/// Myers' forward greedy search on a[aFrom, aTo) and b[bFrom, bTo), which share neither their
/// first nor their last element. Returns false when more than maxEdits edits are needed.
bool myersMiddle(const QList<quint64> &a, qsizetype aFrom, qsizetype aTo,
                 const QList<quint64> &b, qsizetype bFrom, qsizetype bTo,
                 qsizetype maxEdits, QList<DiffRun> &runs)
{
    const qsizetype n = aTo - aFrom;
    const qsizetype m = bTo - bFrom;
    const qsizetype maxD = std::min(n + m, maxEdits);
    const qsizetype offset = maxD + 1;
    std::vector<qsizetype> v(size_t(2 * maxD + 3), 0);
    // trace[d] holds the frontier after step d for diagonals -d..d (index k + d).
    std::vector<std::vector<qsizetype>> trace;

    qsizetype finalD = -1;
    for (qsizetype d = 0; d <= maxD && finalD < 0; ++d) {
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];          // step down: insert b's element
            else
                x = v[size_t(offset + k - 1)] + 1;      // step right: delete a's element
            qsizetype y = x - k;
            while (x < n && y < m && a.at(aFrom + x) == b.at(bFrom + y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                finalD = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }
    if (finalD < 0)
        return false;

    // Backtrack from (n, m) to (0, 0), collecting single-element runs in reverse.
    QList<DiffRun> reversed;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = finalD; d > 0; --d) {
        const std::vector<qsizetype> &previous = trace[size_t(d - 1)];
        const auto at = [&](qsizetype k) { return previous[size_t(k + d - 1)]; };
        const qsizetype k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const qsizetype previousK = down ? k + 1 : k - 1;
        const qsizetype previousX = at(previousK);
        const qsizetype previousY = previousX - previousK;
        const qsizetype snakeX = down ? previousX : previousX + 1;
        const qsizetype snakeY = snakeX - k;
        while (x > snakeX && y > snakeY) {
            --x;
            --y;
            reversed.append({Kind::Equal, aFrom + x, aFrom + x + 1, bFrom + y, bFrom + y + 1});
        }
        if (down)
            reversed.append({Kind::Insert, aFrom + x, aFrom + x, bFrom + previousY, bFrom + previousY + 1});
        else
            reversed.append({Kind::Delete, aFrom + previousX, aFrom + previousX + 1, bFrom + y, bFrom + y});
        x = previousX;
        y = previousY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.append({Kind::Equal, aFrom + x, aFrom + x + 1, bFrom + y, bFrom + y + 1});
    }
    std::reverse(reversed.begin(), reversed.end());
    runs.append(reversed);
    return true;
}

qsizetype weightOf(const QList<int> &weights, qsizetype from, qsizetype to)
{
    qsizetype sum = 0;
    for (qsizetype i = from; i < to; ++i)
        sum += weights.at(i);
    return sum;
}

} // namespace

QList<DiffRun> diffSequences(const QList<quint64> &a, const QList<quint64> &b, qsizetype maxEdits)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    QList<DiffRun> runs;
    if (prefix > 0)
        runs.append({Kind::Equal, 0, prefix, 0, prefix});
    const qsizetype aTo = a.size() - suffix;
    const qsizetype bTo = b.size() - suffix;
    if (!myersMiddle(a, prefix, aTo, b, prefix, bTo, std::max<qsizetype>(maxEdits, 1), runs)) {
        // Too different to be worth a minimal script: replace the whole middle.
        runs.append({Kind::Delete, prefix, aTo, prefix, prefix});
        runs.append({Kind::Insert, aTo, aTo, prefix, bTo});
    }
    if (suffix > 0)
        runs.append({Kind::Equal, aTo, a.size(), bTo, b.size()});
    return normalised(runs);
}

QList<DiffRun> cleanupSemantic(const QList<DiffRun> &input, const QList<int> &aWeights,
                               const QList<int> &bWeights)
{
    QList<DiffRun> runs = normalised(input);
    const auto editWeight = [&](qsizetype from, qsizetype to, Kind kind) {
        qsizetype sum = 0;
        for (qsizetype i = from; i < to; ++i) {
            const DiffRun &run = runs.at(i);
            if (run.kind == kind && kind == Kind::Delete)
                sum += weightOf(aWeights, run.aStart, run.aEnd);
            else if (run.kind == kind && kind == Kind::Insert)
                sum += weightOf(bWeights, run.bStart, run.bEnd);
        }
        return sum;
    };
    // Each pass removes one equality, so this ends after at most runs.size() passes.
    bool changed = true;
    while (changed) {
        changed = false;
        qsizetype previousEqual = -1;
        for (qsizetype i = 0; i < runs.size(); ++i) {
            if (runs.at(i).kind != Kind::Equal)
                continue;
            qsizetype nextEqual = i + 1;
            while (nextEqual < runs.size() && runs.at(nextEqual).kind != Kind::Equal)
                ++nextEqual;
            const qsizetype length = weightOf(aWeights, runs.at(i).aStart, runs.at(i).aEnd);
            const qsizetype before = std::max(editWeight(previousEqual + 1, i, Kind::Delete),
                                              editWeight(previousEqual + 1, i, Kind::Insert));
            const qsizetype after = std::max(editWeight(i + 1, nextEqual, Kind::Delete),
                                             editWeight(i + 1, nextEqual, Kind::Insert));
            if (before > 0 && after > 0 && length <= before && length <= after) {
                const DiffRun equal = runs.at(i);
                runs[i] = {Kind::Delete, equal.aStart, equal.aEnd, equal.bStart, equal.bStart};
                runs.insert(i + 1, {Kind::Insert, equal.aEnd, equal.aEnd, equal.bStart, equal.bEnd});
                runs = normalised(runs);
                changed = true;
                break;
            }
            previousEqual = i;
        }
    }
    return runs;
}

namespace {

struct WordingSequence {
    QList<qsizetype> tokens;
    QList<quint64> keys;
    QList<int> weights;
};

WordingSequence wordingOf(const Segmentation &segmentation, TextSpan span)
{
    WordingSequence sequence;
    sequence.tokens = Detail::wordingTokensIn(segmentation, span);
    sequence.keys.reserve(sequence.tokens.size());
    sequence.weights.reserve(sequence.tokens.size());
    for (qsizetype index : std::as_const(sequence.tokens)) {
        const Token &token = segmentation.tokens.at(index);
        sequence.keys.append(Detail::tokenKey(token.normalised));
        sequence.weights.append(int(std::max<qsizetype>(token.normalised.size(), 1)));
    }
    return sequence;
}

/// The text span of tokens [from, to) of a sequence; when empty, the position just after the
/// token before `from` (or the span's start), where the other side's words would go.
TextSpan spanOf(const Segmentation &segmentation, const WordingSequence &sequence,
                qsizetype from, qsizetype to, TextSpan whole)
{
    if (to > from) {
        return {segmentation.tokens.at(sequence.tokens.at(from)).span.start,
                segmentation.tokens.at(sequence.tokens.at(to - 1)).span.end};
    }
    const qsizetype position = from > 0 ? segmentation.tokens.at(sequence.tokens.at(from - 1)).span.end
                                        : whole.start;
    return {position, position};
}

} // namespace

QList<DiffOp> diffSpans(const Segmentation &reference, TextSpan referenceSpan,
                        const Segmentation &member, TextSpan memberSpan)
{
    const WordingSequence a = wordingOf(reference, referenceSpan);
    const WordingSequence b = wordingOf(member, memberSpan);
    const QList<DiffRun> runs = cleanupSemantic(diffSequences(a.keys, b.keys), a.weights, b.weights);
    QList<DiffOp> ops;
    ops.reserve(runs.size());
    for (const DiffRun &run : runs) {
        ops.append({run.kind, spanOf(reference, a, run.aStart, run.aEnd, referenceSpan),
                    spanOf(member, b, run.bStart, run.bEnd, memberSpan)});
    }
    return ops;
}

bool carriesContent(const Segmentation &segmentation, TextSpan span)
{
    for (qsizetype index : Detail::wordingTokensIn(segmentation, span)) {
        const Token &token = segmentation.tokens.at(index);
        switch (token.kind) {
        case TokenKind::Number:
        case TokenKind::Currency:
        case TokenKind::Percent:
            return true;
        case TokenKind::Word:
            if (!Detail::isStopWord(token.normalised))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

bool sameWords(const Segmentation &a, TextSpan aSpan, const Segmentation &b, TextSpan bSpan)
{
    const QList<qsizetype> aTokens = Detail::wordingTokensIn(a, aSpan);
    const QList<qsizetype> bTokens = Detail::wordingTokensIn(b, bSpan);
    if (aTokens.size() != bTokens.size())
        return false;
    for (qsizetype i = 0; i < aTokens.size(); ++i) {
        if (a.tokens.at(aTokens.at(i)).normalised != b.tokens.at(bTokens.at(i)).normalised)
            return false;
    }
    return true;
}

} // namespace Crossread
