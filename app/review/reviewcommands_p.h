// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/review.h"

#include <QUndoCommand>

namespace Crossread {

/// Base of the review's undo commands: the one class allowed to call Review's mutators.
/// Each command holds copies of the items before and after, so undo and redo are exact.
class ReviewCommand : public QUndoCommand {
public:
    ReviewCommand(Review *review, const QString &text) : QUndoCommand(text), m_review(review) {}

protected:
    void insertAnnotation(qsizetype index, const Annotation &a) { m_review->insertAnnotation(index, a); }
    void replaceAnnotation(const Annotation &a) { m_review->replaceAnnotation(a); }
    Annotation takeAnnotation(int id) { return m_review->takeAnnotation(id); }
    void insertClaim(qsizetype index, const Claim &c) { m_review->insertClaim(index, c); }
    void replaceClaim(const Claim &c) { m_review->replaceClaim(c); }
    Claim takeClaim(int id) { return m_review->takeClaim(id); }
    void replaceVerdicts(const QStringList &v) { m_review->replaceVerdicts(v); }
    void insertCorrection(qsizetype index, const Correction &c) { m_review->insertCorrection(index, c); }
    Correction takeCorrection(int id) { return m_review->takeCorrection(id); }
    void notifyChanged() { Q_EMIT m_review->changed(); }
    void notifyAboutToEditStory() { Q_EMIT m_review->aboutToEditStory(); }
    void notifyStoryEdited() { Q_EMIT m_review->storyEdited(); }

    Review *m_review;
};

} // namespace Crossread
