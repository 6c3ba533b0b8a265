// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "review/correction.h"

#include <QObject>

#include <functional>
#include <memory>

class QMenu;
class QWidget;

namespace Crossread {

class Review;

/// The reader's side of correcting the analysis: fills context menus of the fact matrix, the
/// fact popup and the panes with the corrections that make sense there, and turns a chosen one
/// into a Correction recorded (undoably) in the review. Asks for a label or a note when the
/// correction needs one; everything else happens in the core (applyCorrections()).
class CorrectionActions : public QObject {
    Q_OBJECT
public:
    /// `reviewer` names the person correcting (asked once, like for verdicts); `dialogParent`
    /// parents the small input dialogs.
    CorrectionActions(Review *review, std::function<QString()> reviewer, QWidget *dialogParent);

    /// The analysis the menus offer corrections of (the corrected one the reader sees).
    void setAnalysis(std::shared_ptr<const Analysis> analysis) { m_analysis = std::move(analysis); }
    /// No corrections are offered while the session is read-only.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    /// Adds the corrections of fact slot `slotId` to `menu`; `article` is the column the menu
    /// opened over (its mention is the one "split out"), invalid for the whole row.
    void addSlotActions(QMenu *menu, int slotId, ArticleId article);
    /// Adds "Split Passage Here", "Mark Passage for Joining" and "Join with Marked Passage" for
    /// the sentence at `position` of `article`'s text.
    void addPassageActions(QMenu *menu, ArticleId article, qsizetype position);

private:
    [[nodiscard]] Anchor mentionAnchor(const Mention &mention) const;
    /// The anchor of the sentence at `position`, invalid when there is none in a passage.
    [[nodiscard]] Anchor sentenceAnchor(ArticleId article, qsizetype position) const;
    void record(Correction correction);
    void record(CorrectionKind kind, const Anchor &target, const Anchor &other = {});

    Review *m_review;
    std::function<QString()> m_reviewer;
    QWidget *m_dialogParent;
    std::shared_ptr<const Analysis> m_analysis;
    Anchor m_marked;              ///< a sentence marked for "Join with Marked Passage"
    bool m_readOnly = false;
};

} // namespace Crossread
