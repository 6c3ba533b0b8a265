// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/review.h"
#include "review/reviewcommands_p.h"

#include "core/articlemodel.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Crossread {

namespace {

// lupdate files the tr() calls below under the namespace around them, Crossread: the
// context here must be the same, or their translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Crossread", text);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// Command ids for QUndoCommand::mergeWith: only edits of one text field of one item merge,
// so typing a note is one undo step but changing the colour after it is another.
enum MergeId { AnnotationNoteMerge = 1, ClaimStatementMerge, ClaimNotesMerge };

class InsertAnnotationCommand : public ReviewCommand {
public:
    InsertAnnotationCommand(Review *review, const QString &text, Annotation annotation, qsizetype index, bool insert)
        : ReviewCommand(review, text)
        , m_annotation(std::move(annotation)), m_index(index), m_insert(insert) {}

    void redo() override { apply(m_insert); }
    void undo() override { apply(!m_insert); }

private:
    void apply(bool insert)
    {
        if (insert)
            insertAnnotation(m_index, m_annotation);
        else
            m_annotation = takeAnnotation(m_annotation.id);
        notifyChanged();
    }

    Annotation m_annotation;
    qsizetype m_index;
    bool m_insert;
};

class EditAnnotationCommand : public ReviewCommand {
public:
    EditAnnotationCommand(Review *review, const QString &text, Annotation before, Annotation after, int mergeId)
        : ReviewCommand(review, text), m_before(std::move(before)), m_after(std::move(after)), m_mergeId(mergeId) {}

    void redo() override { replaceAnnotation(m_after); notifyChanged(); }
    void undo() override { replaceAnnotation(m_before); notifyChanged(); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const EditAnnotationCommand *>(other);
        if (edit->m_after.id != m_after.id)
            return false;
        m_after = edit->m_after;
        return true;
    }

private:
    Annotation m_before;
    Annotation m_after;
    int m_mergeId;
};

class InsertClaimCommand : public ReviewCommand {
public:
    InsertClaimCommand(Review *review, const QString &text, Claim claim, qsizetype index, bool insert)
        : ReviewCommand(review, text), m_claim(std::move(claim)), m_index(index), m_insert(insert) {}

    void redo() override { apply(m_insert); }
    void undo() override { apply(!m_insert); }

private:
    void apply(bool insert)
    {
        if (insert)
            insertClaim(m_index, m_claim);
        else
            m_claim = takeClaim(m_claim.id);
        notifyChanged();
    }

    Claim m_claim;
    qsizetype m_index;
    bool m_insert;
};

class EditClaimCommand : public ReviewCommand {
public:
    EditClaimCommand(Review *review, const QString &text, Claim before, Claim after, int mergeId = -1)
        : ReviewCommand(review, text), m_before(std::move(before)), m_after(std::move(after)), m_mergeId(mergeId) {}

    void redo() override { replaceClaim(m_after); notifyChanged(); }
    void undo() override { replaceClaim(m_before); notifyChanged(); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const EditClaimCommand *>(other);
        if (edit->m_after.id != m_after.id)
            return false;
        m_after = edit->m_after;
        return true;
    }

private:
    Claim m_before;
    Claim m_after;
    int m_mergeId;
};

class VerdictSetCommand : public ReviewCommand {
public:
    VerdictSetCommand(Review *review, const QString &text, QStringList before, QStringList after)
        : ReviewCommand(review, text), m_before(std::move(before)), m_after(std::move(after)) {}

    void redo() override { replaceVerdicts(m_after); notifyChanged(); }
    void undo() override { replaceVerdicts(m_before); notifyChanged(); }

private:
    QStringList m_before;
    QStringList m_after;
};

class InsertCorrectionCommand : public ReviewCommand {
public:
    InsertCorrectionCommand(Review *review, const QString &text, Correction correction, qsizetype index, bool insert)
        : ReviewCommand(review, text), m_correction(std::move(correction)), m_index(index), m_insert(insert) {}

    void redo() override { apply(m_insert); }
    void undo() override { apply(!m_insert); }

private:
    void apply(bool insert)
    {
        if (insert)
            insertCorrection(m_index, m_correction);
        else
            m_correction = takeCorrection(m_correction.id);
        notifyChanged();
    }

    Correction m_correction;
    qsizetype m_index;
    bool m_insert;
};

bool claimCarriedBy(const Claim &claim, const QSet<QByteArray> &hashes)
{
    QList<const Anchor *> anchors;
    for (const Anchor &source : claim.sources)
        anchors.append(&source);
    if (anchors.isEmpty()) {
        for (const Evidence &item : claim.evidence)
            anchors.append(&item.anchor);
    }
    return !anchors.isEmpty()
        && std::all_of(anchors.cbegin(), anchors.cend(), [&](const Anchor *a) { return hashes.contains(a->articleHash); });
}

/// Removes articles with the annotations and claims they carry; undo restores all of it at
/// the same places. Holds the removed items while it is applied.
class RemoveArticlesCommand : public ReviewCommand {
public:
    RemoveArticlesCommand(Review *review, const QString &text, ArticleModel *model, QList<int> rows)
        : ReviewCommand(review, text), m_model(model), m_rows(std::move(rows)) {}

    void redo() override
    {
        notifyAboutToEditStory();
        QSet<QByteArray> hashes;
        for (int row : std::as_const(m_rows))
            hashes.insert(m_model->article(row).contentHash);
        const ReviewState &state = m_review->state();
        m_annotations.clear();
        m_claims.clear();
        for (qsizetype i = state.annotations.size() - 1; i >= 0; --i) {
            if (hashes.contains(state.annotations.at(i).anchor.articleHash))
                m_annotations.prepend({i, takeAnnotation(state.annotations.at(i).id)});
        }
        for (qsizetype i = state.claims.size() - 1; i >= 0; --i) {
            if (claimCarriedBy(state.claims.at(i), hashes))
                m_claims.prepend({i, takeClaim(state.claims.at(i).id)});
        }
        m_articles.clear();
        for (auto row = m_rows.crbegin(); row != m_rows.crend(); ++row) {
            m_articles.prepend({m_model->article(*row), m_model->isShown(*row)});
            m_model->remove(*row);
        }
        notifyStoryEdited();
        notifyChanged();
    }

    void undo() override
    {
        notifyAboutToEditStory();
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_model->insert(m_rows.at(i), m_articles.at(i).first, m_articles.at(i).second);
        for (const auto &[index, annotation] : std::as_const(m_annotations))
            insertAnnotation(index, annotation);
        for (const auto &[index, claim] : std::as_const(m_claims))
            insertClaim(index, claim);
        notifyStoryEdited();
        notifyChanged();
    }

private:
    ArticleModel *m_model;
    QList<int> m_rows;                                    ///< ascending
    QList<std::pair<Article, bool>> m_articles;           ///< per row: the article, shown
    QList<std::pair<qsizetype, Annotation>> m_annotations;   ///< ascending index
    QList<std::pair<qsizetype, Claim>> m_claims;
};

/// Makes one article the story's source (or none), by content hash so the step finds its
/// article wherever the rows are when it is undone or redone.
class SetSourceCommand : public ReviewCommand {
public:
    SetSourceCommand(Review *review, const QString &text, ArticleModel *model, QByteArray before, QByteArray after)
        : ReviewCommand(review, text), m_model(model), m_before(std::move(before)), m_after(std::move(after)) {}

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QByteArray &hash)
    {
        int row = -1;
        for (int r = 0; r < m_model->rowCount() && !hash.isEmpty(); ++r) {
            if (m_model->article(r).contentHash == hash) {
                row = r;
                break;
            }
        }
        m_model->setSourceRow(row);
        notifyChanged();
    }

    ArticleModel *m_model;
    QByteArray m_before;   ///< the source's hash before the step; empty for none
    QByteArray m_after;
};

/// The undo text of a correction: what the reader did, in the Edit menu's words.
QString correctionCommandText(CorrectionKind kind)
{
    switch (kind) {
    case CorrectionKind::MergeSlots: return tr("Merge Rows");
    case CorrectionKind::SplitMention: return tr("Split Mention Out");
    case CorrectionKind::JoinTopic: return tr("Move Row into Topic");
    case CorrectionKind::LeaveTopic: return tr("Move Row out of Topic");
    case CorrectionKind::RenameSlot: return tr("Rename Row");
    case CorrectionKind::NotComparable: return tr("Mark Not Comparable");
    case CorrectionKind::SetStatus: return tr("Set Status");
    case CorrectionKind::JoinPassages: return tr("Join Passages");
    case CorrectionKind::SplitPassage: return tr("Split Passage");
    }
    return {};
}

} // namespace

Review::Review(QObject *parent)
    : QObject(parent), m_undo(new QUndoStack(this))
{
}

Review::~Review() = default;

qsizetype Review::annotationIndex(int id) const
{
    const auto it = std::find_if(m_state.annotations.cbegin(), m_state.annotations.cend(),
                                 [id](const Annotation &a) { return a.id == id; });
    return it == m_state.annotations.cend() ? -1 : it - m_state.annotations.cbegin();
}

qsizetype Review::claimIndex(int id) const
{
    const auto it = std::find_if(m_state.claims.cbegin(), m_state.claims.cend(),
                                 [id](const Claim &c) { return c.id == id; });
    return it == m_state.claims.cend() ? -1 : it - m_state.claims.cbegin();
}

const Annotation *Review::annotation(int id) const
{
    const qsizetype index = annotationIndex(id);
    return index < 0 ? nullptr : &m_state.annotations.at(index);
}

const Claim *Review::claim(int id) const
{
    const qsizetype index = claimIndex(id);
    return index < 0 ? nullptr : &m_state.claims.at(index);
}

int Review::reviewedCount() const
{
    const QString unreviewed = m_state.verdicts.value(0);
    return int(std::count_if(m_state.claims.cbegin(), m_state.claims.cend(),
                             [&](const Claim &c) { return c.verdict != unreviewed; }));
}

void Review::reset(const ReviewState &state)
{
    m_undo->clear();
    Q_EMIT aboutToReset();
    m_state = state;
    if (m_state.verdicts.isEmpty())
        m_state.verdicts = defaultVerdicts();
    // Never hand out an id twice, even if the stored counters lag behind the items.
    for (const Annotation &a : std::as_const(m_state.annotations))
        m_state.nextAnnotationId = std::max(m_state.nextAnnotationId, a.id + 1);
    for (const Claim &c : std::as_const(m_state.claims))
        m_state.nextClaimId = std::max(m_state.nextClaimId, c.id + 1);
    for (const Correction &c : std::as_const(m_state.corrections))
        m_state.nextCorrectionId = std::max(m_state.nextCorrectionId, c.id + 1);
    Q_EMIT modelReset();
    Q_EMIT correctionsChanged();
    Q_EMIT changed();
}

int Review::addAnnotation(const Anchor &anchor, HighlightColour colour, const QString &note, const QStringList &tags)
{
    Annotation annotation;
    annotation.id = m_state.nextAnnotationId;
    annotation.anchor = anchor;
    annotation.colour = colour;
    annotation.note = note;
    annotation.tags = tags;
    annotation.created = annotation.updated = now();
    m_undo->push(new InsertAnnotationCommand(this, tr("Add Annotation"), annotation, m_state.annotations.size(), true));
    return annotation.id;
}

void Review::setAnnotationNote(int id, const QString &note)
{
    const Annotation *current = annotation(id);
    if (!current || current->note == note)
        return;
    Annotation after = *current;
    after.note = note;
    after.updated = now();
    m_undo->push(new EditAnnotationCommand(this, tr("Edit Note"), *current, after, AnnotationNoteMerge));
}

void Review::setAnnotationTags(int id, const QStringList &tags)
{
    const Annotation *current = annotation(id);
    if (!current || current->tags == tags)
        return;
    Annotation after = *current;
    after.tags = tags;
    after.updated = now();
    m_undo->push(new EditAnnotationCommand(this, tr("Edit Tags"), *current, after, -1));
}

void Review::setAnnotationColour(int id, HighlightColour colour)
{
    const Annotation *current = annotation(id);
    if (!current || current->colour == colour)
        return;
    Annotation after = *current;
    after.colour = colour;
    after.updated = now();
    m_undo->push(new EditAnnotationCommand(this, tr("Change Colour"), *current, after, -1));
}

void Review::removeAnnotation(int id)
{
    const qsizetype index = annotationIndex(id);
    if (index < 0)
        return;
    m_undo->push(new InsertAnnotationCommand(this, tr("Delete Annotation"), m_state.annotations.at(index), index, false));
}

int Review::addClaim(Claim claim)
{
    claim.id = m_state.nextClaimId;
    if (claim.verdict.isEmpty())
        claim.verdict = m_state.verdicts.value(0);
    claim.created = claim.updated = now();
    int evidenceId = 1;
    for (Evidence &item : claim.evidence)
        item.id = evidenceId++;
    m_undo->push(new InsertClaimCommand(this, tr("Add Claim"), claim, m_state.claims.size(), true));
    return claim.id;
}

void Review::setClaimStatement(int id, const QString &statement)
{
    const Claim *current = claim(id);
    if (!current || current->statement == statement)
        return;
    Claim after = *current;
    after.statement = statement;
    after.updated = now();
    m_undo->push(new EditClaimCommand(this, tr("Edit Claim"), *current, after, ClaimStatementMerge));
}

void Review::setClaimNotes(int id, const QString &notes)
{
    const Claim *current = claim(id);
    if (!current || current->notes == notes)
        return;
    Claim after = *current;
    after.notes = notes;
    after.updated = now();
    m_undo->push(new EditClaimCommand(this, tr("Edit Reviewer Notes"), *current, after, ClaimNotesMerge));
}

void Review::setVerdict(int id, const QString &verdict, const QString &reviewer)
{
    const Claim *current = claim(id);
    if (!current || (current->verdict == verdict && current->reviewer == reviewer))
        return;
    Claim after = *current;
    after.verdict = verdict;
    after.reviewer = reviewer;
    after.updated = now();
    m_undo->push(new EditClaimCommand(this, tr("Set Verdict"), *current, after));
}

int Review::addEvidence(int claimId, const Anchor &anchor, EvidenceRole role, const QString &note)
{
    const Claim *current = claim(claimId);
    if (!current)
        return -1;
    Claim after = *current;
    Evidence evidence;
    evidence.id = current->nextEvidenceId();
    evidence.anchor = anchor;
    evidence.role = role;
    evidence.note = note;
    after.evidence.append(evidence);
    after.updated = now();
    m_undo->push(new EditClaimCommand(this, tr("Add Evidence"), *current, after));
    return evidence.id;
}

void Review::setEvidenceRole(int claimId, int evidenceId, EvidenceRole role)
{
    const Claim *current = claim(claimId);
    if (!current)
        return;
    Claim after = *current;
    for (Evidence &item : after.evidence) {
        if (item.id == evidenceId && item.role != role) {
            item.role = role;
            after.updated = now();
            m_undo->push(new EditClaimCommand(this, tr("Change Evidence"), *current, after));
            return;
        }
    }
}

void Review::removeEvidence(int claimId, int evidenceId)
{
    const Claim *current = claim(claimId);
    if (!current)
        return;
    Claim after = *current;
    const auto removed = after.evidence.removeIf([evidenceId](const Evidence &e) { return e.id == evidenceId; });
    if (removed == 0)
        return;
    after.updated = now();
    m_undo->push(new EditClaimCommand(this, tr("Remove Evidence"), *current, after));
}

void Review::removeClaim(int id)
{
    const qsizetype index = claimIndex(id);
    if (index < 0)
        return;
    m_undo->push(new InsertClaimCommand(this, tr("Delete Claim"), m_state.claims.at(index), index, false));
}

void Review::setVerdicts(const QStringList &verdicts)
{
    if (verdicts.isEmpty() || verdicts == m_state.verdicts)
        return;
    m_undo->push(new VerdictSetCommand(this, tr("Change Verdicts"), m_state.verdicts, verdicts));
}

CarriedItems Review::carriedBy(const QList<QByteArray> &articleHashes) const
{
    const QSet<QByteArray> hashes(articleHashes.cbegin(), articleHashes.cend());
    CarriedItems carried;
    for (const Annotation &annotation : m_state.annotations)
        carried.annotations += hashes.contains(annotation.anchor.articleHash) ? 1 : 0;
    for (const Claim &claim : m_state.claims)
        carried.claims += claimCarriedBy(claim, hashes) ? 1 : 0;
    return carried;
}

void Review::setSource(ArticleModel *model, int row)
{
    if (row >= model->rowCount())
        return;
    const int current = model->sourceRow();
    if (row < 0)
        row = -1;
    if (row == current)
        return;
    const QByteArray before = current >= 0 ? model->article(current).contentHash : QByteArray();
    const QByteArray after = row >= 0 ? model->article(row).contentHash : QByteArray();
    m_undo->push(new SetSourceCommand(this, row >= 0 ? tr("Mark as Source") : tr("Unmark Source"), model, before, after));
}

void Review::removeArticles(ArticleModel *model, const QList<int> &rows)
{
    QList<int> sorted;
    for (int row : rows) {
        if (row >= 0 && row < model->rowCount() && !sorted.contains(row))
            sorted.append(row);
    }
    if (sorted.isEmpty())
        return;
    std::sort(sorted.begin(), sorted.end());
    m_undo->push(new RemoveArticlesCommand(this, sorted.size() == 1 ? tr("Remove Article") : tr("Remove Articles"),
                                           model, sorted));
}

int Review::addCorrection(Correction correction)
{
    correction.id = m_state.nextCorrectionId;
    correction.created = now();
    const QString text = correctionCommandText(correction.kind);
    m_undo->push(new InsertCorrectionCommand(this, text, correction, m_state.corrections.size(), true));
    return correction.id;
}

void Review::removeCorrection(int id)
{
    const auto it = std::find_if(m_state.corrections.cbegin(), m_state.corrections.cend(),
                                 [id](const Correction &c) { return c.id == id; });
    if (it == m_state.corrections.cend())
        return;
    m_undo->push(new InsertCorrectionCommand(this, tr("Withdraw Correction"), *it,
                                             it - m_state.corrections.cbegin(), false));
}

void Review::insertCorrection(qsizetype index, const Correction &correction)
{
    m_state.corrections.insert(std::clamp<qsizetype>(index, 0, m_state.corrections.size()), correction);
    m_state.nextCorrectionId = std::max(m_state.nextCorrectionId, correction.id + 1);
    if (!correction.reviewer.isEmpty() && !m_state.reviewers.contains(correction.reviewer))
        m_state.reviewers.append(correction.reviewer);
    Q_EMIT correctionsChanged();
}

Correction Review::takeCorrection(int id)
{
    const auto it = std::find_if(m_state.corrections.begin(), m_state.corrections.end(),
                                 [id](const Correction &c) { return c.id == id; });
    Q_ASSERT(it != m_state.corrections.end());
    Correction taken = *it;
    m_state.corrections.erase(it);
    Q_EMIT correctionsChanged();
    return taken;
}

void Review::insertAnnotation(qsizetype index, const Annotation &annotation)
{
    const qsizetype row = std::clamp<qsizetype>(index, 0, m_state.annotations.size());
    Q_EMIT annotationAboutToBeAdded(int(row));
    m_state.annotations.insert(row, annotation);
    m_state.nextAnnotationId = std::max(m_state.nextAnnotationId, annotation.id + 1);
    Q_EMIT annotationAdded(annotation.id);
}

void Review::replaceAnnotation(const Annotation &annotation)
{
    const qsizetype index = annotationIndex(annotation.id);
    Q_ASSERT(index >= 0);
    m_state.annotations[index] = annotation;
    Q_EMIT annotationChanged(annotation.id);
}

Annotation Review::takeAnnotation(int id)
{
    const qsizetype index = annotationIndex(id);
    Q_ASSERT(index >= 0);
    Q_EMIT annotationAboutToBeRemoved(id);
    Annotation taken = m_state.annotations.takeAt(index);
    Q_EMIT annotationRemoved(id);
    return taken;
}

void Review::insertClaim(qsizetype index, const Claim &claim)
{
    const qsizetype row = std::clamp<qsizetype>(index, 0, m_state.claims.size());
    Q_EMIT claimAboutToBeAdded(int(row));
    m_state.claims.insert(row, claim);
    m_state.nextClaimId = std::max(m_state.nextClaimId, claim.id + 1);
    Q_EMIT claimAdded(claim.id);
}

void Review::replaceClaim(const Claim &claim)
{
    const qsizetype index = claimIndex(claim.id);
    Q_ASSERT(index >= 0);
    m_state.claims[index] = claim;
    if (!claim.reviewer.isEmpty() && !m_state.reviewers.contains(claim.reviewer))
        m_state.reviewers.append(claim.reviewer);
    Q_EMIT claimChanged(claim.id);
}

Claim Review::takeClaim(int id)
{
    const qsizetype index = claimIndex(id);
    Q_ASSERT(index >= 0);
    Q_EMIT claimAboutToBeRemoved(id);
    Claim taken = m_state.claims.takeAt(index);
    Q_EMIT claimRemoved(id);
    return taken;
}

void Review::replaceVerdicts(const QStringList &verdicts)
{
    m_state.verdicts = verdicts;
    Q_EMIT verdictsChanged();
}

} // namespace Crossread
