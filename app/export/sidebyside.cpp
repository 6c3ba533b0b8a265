// SPDX-License-Identifier: GPL-3.0-or-later
// A merge of several sequences (each article's passages in reading order) into one list of
// rows that keeps every sequence's order: at each step a passage is placed when it is next in
// every article that still has to show it; when none is (the articles order their shared
// passages differently), the next passage the other articles would reach last is shown for
// its article alone. For two articles this keeps the rows shared along a longest common
// subsequence in the common cases (a block moved to the front or the end).
#include "export/sidebyside.h"

#include <QSet>

#include <algorithm>

namespace Crossread {

QList<SideBySideRow> sideBySideRows(const Alignment &alignment, const QList<int> &group)
{
    const qsizetype columns = group.size();
    // Each article's passages in text order of their first sentence.
    QList<QList<int>> sequences(columns);
    for (qsizetype c = 0; c < columns; ++c) {
        QList<std::pair<qsizetype, int>> ordered;
        for (const Passage &passage : alignment.passages) {
            const PassageMember *member = passage.member(ArticleId(group.at(c)));
            if (member && member->primary)
                ordered.append({member->firstSentence, passage.id});
        }
        std::sort(ordered.begin(), ordered.end());
        for (const auto &[sentence, passage] : std::as_const(ordered))
            sequences[c].append(passage);
    }
    QList<qsizetype> next(columns, 0);
    // Per article, the passages it still has to show.
    QList<QSet<int>> pending(columns);
    for (qsizetype c = 0; c < columns; ++c)
        pending[c] = QSet<int>(sequences.at(c).cbegin(), sequences.at(c).cend());

    QList<SideBySideRow> rows;
    const auto head = [&](qsizetype c) { return next.at(c) < sequences.at(c).size() ? sequences.at(c).at(next.at(c)) : -1; };
    const auto place = [&](int passage, const QList<bool> &shown) {
        rows.append(SideBySideRow{passage, shown});
        for (qsizetype c = 0; c < columns; ++c) {
            if (shown.at(c)) {
                pending[c].remove(passage);
                ++next[c];
            }
        }
    };
    while (true) {
        bool anyLeft = false;
        bool placed = false;
        for (qsizetype c = 0; c < columns && !placed; ++c) {
            const int candidate = head(c);
            if (candidate < 0)
                continue;
            anyLeft = true;
            // Placeable when every article that still has to show it has it next.
            bool ready = true;
            QList<bool> shown(columns, false);
            for (qsizetype o = 0; o < columns; ++o) {
                if (!pending.at(o).contains(candidate))
                    continue;
                if (head(o) != candidate) {
                    ready = false;
                    break;
                }
                shown[o] = true;
            }
            if (ready) {
                place(candidate, shown);
                placed = true;
            }
        }
        if (!anyLeft)
            break;
        if (!placed) {
            // Crossing order: one article shows its next passage alone. Release the one the
            // others would reach last (furthest ahead in their order), so the passages that
            // are close in every article still share rows; ties go to the leftmost article.
            qsizetype release = -1;
            qsizetype furthest = -1;
            for (qsizetype c = 0; c < columns; ++c) {
                const int candidate = head(c);
                if (candidate < 0)
                    continue;
                qsizetype distance = 0;
                for (qsizetype o = 0; o < columns; ++o) {
                    if (o != c && pending.at(o).contains(candidate))
                        distance = std::max(distance, sequences.at(o).indexOf(candidate) - next.at(o));
                }
                if (distance > furthest) {
                    furthest = distance;
                    release = c;
                }
            }
            QList<bool> shown(columns, false);
            shown[release] = true;
            place(head(release), shown);
        }
    }
    return rows;
}

} // namespace Crossread
