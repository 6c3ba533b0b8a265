// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/sessiondata.h"

#include <QObject>

class QUndoStack;

namespace Crossread {

class ArticleModel;

/// What removing some articles would take with it: the annotations on them and the claims
/// whose every source (or, without sources, every piece of evidence) lies in them.
struct CarriedItems {
    int annotations = 0;
    int claims = 0;
    [[nodiscard]] bool isEmpty() const { return annotations == 0 && claims == 0; }
};

/// The live review of a story: annotations, claims and the verdict set, with their undo
/// history. Every change a reader makes goes through an undo command pushed onto undoStack();
/// the mutating functions below build and push those commands. Reading is free.
///
/// Signals name what changed so models can update minimally; changed() follows every change
/// (including undo and redo) so a session can commit it promptly.
class Review : public QObject {
    Q_OBJECT
public:
    explicit Review(QObject *parent = nullptr);
    ~Review() override;

    [[nodiscard]] const ReviewState &state() const { return m_state; }
    [[nodiscard]] const QList<Annotation> &annotations() const { return m_state.annotations; }
    [[nodiscard]] const QList<Claim> &claims() const { return m_state.claims; }
    [[nodiscard]] const QStringList &verdicts() const { return m_state.verdicts; }
    [[nodiscard]] const QList<Correction> &corrections() const { return m_state.corrections; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

    /// Index into annotations() / claims() of the item with that id, or -1.
    [[nodiscard]] qsizetype annotationIndex(int id) const;
    [[nodiscard]] qsizetype claimIndex(int id) const;
    [[nodiscard]] const Annotation *annotation(int id) const;
    [[nodiscard]] const Claim *claim(int id) const;

    /// Claims that are not at the verdict set's first ("unreviewed") verdict.
    [[nodiscard]] int reviewedCount() const;

    /// Replaces everything (opening a session, starting a new one) and clears the history.
    void reset(const ReviewState &state);

    // Edits, each one undoable command. Ids are assigned here; the returned id is the new item's.
    int addAnnotation(const Anchor &anchor, HighlightColour colour, const QString &note = {},
                      const QStringList &tags = {});
    /// Repeated note edits of the same annotation merge into one undo step.
    void setAnnotationNote(int id, const QString &note);
    void setAnnotationTags(int id, const QStringList &tags);
    void setAnnotationColour(int id, HighlightColour colour);
    void removeAnnotation(int id);

    /// Adds a claim; its verdict starts at the set's first entry unless `claim.verdict` is set.
    int addClaim(Claim claim);
    /// Repeated statement edits (and repeated notes edits) of one claim merge into one step.
    void setClaimStatement(int id, const QString &statement);
    void setClaimNotes(int id, const QString &notes);
    /// Records `reviewer` as the claim's reviewer (and in the review's reviewer list).
    void setVerdict(int id, const QString &verdict, const QString &reviewer);
    int addEvidence(int claimId, const Anchor &anchor, EvidenceRole role, const QString &note = {});
    void setEvidenceRole(int claimId, int evidenceId, EvidenceRole role);
    void removeEvidence(int claimId, int evidenceId);
    void removeClaim(int id);
    /// Replaces the verdict set (undoable). Claims whose verdict is not in the new set keep it,
    /// and the panels show it as written, so no reader's decision is silently dropped.
    void setVerdicts(const QStringList &verdicts);

    [[nodiscard]] CarriedItems carriedBy(const QList<QByteArray> &articleHashes) const;
    /// Removes `rows` of `model` from the story together with the annotations and claims they
    /// carry (carriedBy()), as one undoable step: undo puts the articles back where they were,
    /// shown as they were, with everything they carried. `model` must outlive the history.
    void removeArticles(ArticleModel *model, const QList<int> &rows);
    /// Makes `row` of `model` the story's source, as one undoable step; the article that was
    /// the source becomes coverage (a story has at most one). -1 unmarks the source. Nothing
    /// happens when `row` already is the source. `model` must outlive the history.
    void setSource(ArticleModel *model, int row);

    /// Records a correction of the analysis (its id and creation time are assigned here) and
    /// returns its id. The reader applies corrections() to every analysis (applyCorrections()).
    int addCorrection(Correction correction);
    /// Withdraws a correction, as an undoable step of its own.
    void removeCorrection(int id);

Q_SIGNALS:
    /// The annotation will be inserted at row `index` of annotations().
    void annotationAboutToBeAdded(int index);
    void annotationAdded(int id);
    void annotationChanged(int id);
    void annotationAboutToBeRemoved(int id);
    void annotationRemoved(int id);
    void claimAboutToBeAdded(int index);
    void claimAdded(int id);
    void claimChanged(int id);
    void claimAboutToBeRemoved(int id);
    void claimRemoved(int id);
    void verdictsChanged();
    /// corrections() changed: re-apply them to the analysis shown.
    void correctionsChanged();
    /// removeArticles() (or its undo) is about to change the story's articles: drop what
    /// refers to them by position (the analysis shown).
    void aboutToEditStory();
    /// removeArticles() (or its undo) changed the story's articles: analyse them again.
    void storyEdited();
    /// reset() is about to replace everything, and has replaced it.
    void aboutToReset();
    void modelReset();
    /// Anything changed: after every command's redo and undo, and after reset().
    void changed();

private:
    friend class ReviewCommand;
    // The only mutators; the commands call them, so every path emits the same signals.
    void insertAnnotation(qsizetype index, const Annotation &annotation);
    void replaceAnnotation(const Annotation &annotation);
    Annotation takeAnnotation(int id);
    void insertClaim(qsizetype index, const Claim &claim);
    void replaceClaim(const Claim &claim);
    Claim takeClaim(int id);
    void replaceVerdicts(const QStringList &verdicts);
    void insertCorrection(qsizetype index, const Correction &correction);
    Correction takeCorrection(int id);

    ReviewState m_state;
    QUndoStack *m_undo = nullptr;
};

} // namespace Crossread
