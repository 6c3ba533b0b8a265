// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewactions.h"

#include "annotationdialog.h"
#include "annotationsdock.h"
#include "articlepane.h"
#include "claimspanel.h"
#include "core/articlemodel.h"
#include "correctionactions.h"
#include "document/storydocument.h"
#include "readerview.h"
#include "review/annotationmodel.h"
#include "review/review.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>
#include <QTextCharFormat>
#include <QTextEdit>

namespace Crossread {
namespace {

QString clipped(const QString &text, qsizetype length)
{
    const QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1) + u'…' : simple;
}

constexpr EvidenceRole evidenceRoles[] = {EvidenceRole::Supports, EvidenceRole::Contradicts, EvidenceRole::Context};

} // namespace

ReviewActions::ReviewActions(StoryDocument *document, ReaderView *reader, AnnotationsDock *annotations,
                             ClaimsPanel *claims, QWidget *window, QStatusBar *status)
    : QObject(window)
    , m_document(document)
    , m_reader(reader)
    , m_annotations(annotations)
    , m_claims(claims)
    , m_window(window)
    , m_status(status)
{
    m_claims->setSelectionProvider([this] { return currentSelection(); });
    m_claims->setReviewerProvider([this] { return reviewerName(); });
    connect(m_annotations, &AnnotationsDock::anchorActivated, this, &ReviewActions::revealAnchor);
    connect(m_claims, &ClaimsPanel::anchorActivated, this, &ReviewActions::revealAnchor);
    connect(m_reader, &ReaderView::paneContextMenu, this, &ReviewActions::showPaneContextMenu);
    connect(m_document->review(), &Review::changed, this, &ReviewActions::updateHighlights);

    // "The selection" is the focused pane's, else the one the reader was last in.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (ArticlePane *pane : m_reader->panes()) {
            if (now && pane->textView() == now)
                m_lastPaneRow = pane->articleId().value();
        }
    });

    m_corrections = new CorrectionActions(m_document->review(), [this] { return reviewerName(); }, m_window);
    m_corrections->setParent(this);
    connect(m_reader, &ReaderView::paneContextMenu, m_corrections, &CorrectionActions::addPassageActions);
    connect(m_document, &StoryDocument::analysisChanged, m_corrections, &CorrectionActions::setAnalysis);
}

void ReviewActions::populateMenu(QMenu *review)
{
    QAction *annotate = review->addAction(tr("&Annotate Selection…"), this, &ReviewActions::annotateSelection);
    annotate->setObjectName(QStringLiteral("annotateSelection"));
    annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    review->addSeparator();
    QAction *claimSelection = review->addAction(tr("New &Claim from Selection"), this,
                                                [this] { createClaimFromSelection(); });
    claimSelection->setObjectName(QStringLiteral("claimFromSelection"));
    claimSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *claimPassage = review->addAction(tr("New Claim from &Passage"), this, [this] {
        const int passage = passageAtCursor();
        if (passage < 0)
            m_status->showMessage(tr("Place the cursor in an analysed passage first."), 5000);
        else
            createClaimFromPassage(passage);
    });
    claimPassage->setObjectName(QStringLiteral("claimFromPassage"));
    QMenu *evidence = review->addMenu(tr("Add Selection as &Evidence"));
    evidence->menuAction()->setObjectName(QStringLiteral("addEvidenceMenu"));
    for (const EvidenceRole role : evidenceRoles) {
        QAction *action = evidence->addAction(evidenceRoleMenuLabel(role), this, [this, role] {
            if (!m_claims->addSelectionAsEvidence(role))
                m_status->showMessage(tr("Select a claim in the Claims panel and text in an article first."), 5000);
        });
        action->setObjectName(QStringLiteral("evidence_") + evidenceRoleKey(role));
    }
    m_claims->setEvidenceMenu(evidence);
    review->addSeparator();
    QAction *verdicts = review->addAction(tr("Edit &Verdicts…"), m_claims, &ClaimsPanel::editVerdicts);
    verdicts->setObjectName(QStringLiteral("editVerdicts"));
    m_editing = {annotate, claimSelection, claimPassage, evidence->menuAction(), verdicts};
    setReadOnly(m_document->isReadOnly());
}

void ReviewActions::setReadOnly(bool readOnly)
{
    for (QAction *action : std::as_const(m_editing))
        action->setEnabled(!readOnly);
    m_corrections->setReadOnly(readOnly);
}

void ReviewActions::setDark(bool dark)
{
    m_dark = dark;
    m_annotations->setDark(dark);
    updateHighlights();
}

std::optional<Anchor> ReviewActions::currentSelection() const
{
    ArticlePane *chosen = nullptr;
    int rank = 0;   // 3: focused, 2: last focused, 1: any pane with a selection
    for (ArticlePane *pane : m_reader->panes()) {
        if (!pane->textView()->textCursor().hasSelection())
            continue;
        const int paneRank = pane->textView()->hasFocus() ? 3 : pane->articleId().value() == m_lastPaneRow ? 2 : 1;
        if (paneRank > rank) {
            rank = paneRank;
            chosen = pane;
        }
    }
    if (!chosen)
        return std::nullopt;
    const QTextCursor cursor = chosen->textView()->textCursor();
    const Article &article = chosen->article();
    const qsizetype size = article.text.size();
    const TextSpan span{qBound(qsizetype(0), qsizetype(cursor.selectionStart()), size),
                        qBound(qsizetype(0), qsizetype(cursor.selectionEnd()), size)};
    if (span.isEmpty())
        return std::nullopt;
    return Anchor{article.contentHash, span, span.in(article.text).toString()};
}

void ReviewActions::annotateSelection()
{
    if (m_document->isReadOnly())
        return;
    const std::optional<Anchor> anchor = currentSelection();
    if (!anchor) {
        m_status->showMessage(tr("Select text in an article first."), 5000);
        return;
    }
    auto *dialog = new AnnotationDialog(anchor->quote, m_annotations->model()->allTags(), m_dark, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, anchor = *anchor] {
        const int id = m_document->review()->addAnnotation(anchor, dialog->colour(), dialog->note(), dialog->tags());
        Q_EMIT dockWanted(QStringLiteral("AnnotationsDock"));
        m_annotations->selectAnnotation(id);
    });
    dialog->open();
}

int ReviewActions::addClaim(const Claim &claim)
{
    const int id = m_document->review()->addClaim(claim);
    Q_EMIT dockWanted(QStringLiteral("ClaimsDock"));
    m_claims->selectClaim(id);
    return id;
}

int ReviewActions::createClaimFromSlot(int slotId)
{
    const auto &analysis = m_document->analysis();
    if (m_document->isReadOnly() || !analysis || slotId < 0 || slotId >= analysis->facts.slots.size())
        return -1;
    const FactSlot &slot = analysis->facts.slots.at(slotId);
    Claim claim;
    claim.origin = slot.kind == FactKind::Quote ? ClaimOrigin::QuoteGroup : ClaimOrigin::FactSlot;
    QStringList said;
    for (const Mention &mention : slot.mentions) {
        const Article &article = analysis->articles.at(mention.article.value());
        claim.sources.append(Anchor{article.contentHash, mention.span, mention.span.in(article.text).toString()});
        const QString surface = clipped(mention.surface, 200);
        if (!said.contains(surface))
            said.append(surface);
    }
    if (claim.sources.isEmpty())
        return -1;
    // A quote is its own statement; a figure is stated with what it counts, and every value
    // the outlets give when they disagree.
    claim.statement = slot.kind == FactKind::Quote ? said.first()
                                                    : tr("%1: %2").arg(slot.label.translated(), said.join(QStringLiteral(" / ")));
    return addClaim(claim);
}

int ReviewActions::createClaimFromPassage(int passageIndex)
{
    const auto &analysis = m_document->analysis();
    if (m_document->isReadOnly() || !analysis || passageIndex < 0 || passageIndex >= analysis->alignment.passages.size())
        return -1;
    const Passage &passage = analysis->alignment.passages.at(passageIndex);
    Claim claim;
    claim.origin = ClaimOrigin::Passage;
    for (const PassageMember &member : passage.members) {
        const Article &article = analysis->articles.at(member.article.value());
        claim.sources.append(Anchor{article.contentHash, member.span, member.span.in(article.text).toString()});
    }
    const PassageMember &reference = passage.referenceMember();
    claim.statement = clipped(reference.span.in(analysis->articles.at(reference.article.value()).text).toString(), 400);
    return addClaim(claim);
}

int ReviewActions::createClaimFromSelection()
{
    if (m_document->isReadOnly())
        return -1;
    const std::optional<Anchor> anchor = currentSelection();
    if (!anchor) {
        m_status->showMessage(tr("Select text in an article first."), 5000);
        return -1;
    }
    Claim claim;
    claim.origin = ClaimOrigin::Selection;
    claim.statement = clipped(anchor->quote, 400);
    claim.sources = {*anchor};
    return addClaim(claim);
}

int ReviewActions::passageAtCursor() const
{
    const auto &analysis = m_document->analysis();
    if (!analysis)
        return -1;
    const ArticlePane *chosen = nullptr;
    for (const ArticlePane *pane : m_reader->panes()) {
        if (pane->textView()->hasFocus() || (!chosen && pane->articleId().value() == m_lastPaneRow))
            chosen = pane;
    }
    if (!chosen || chosen->articleId().value() >= analysis->segmentations.size())
        return -1;
    const ArticleId id = chosen->articleId();
    return analysis->alignment.passageAt(id, analysis->segmentations.at(id.value()),
                                         chosen->textView()->textCursor().selectionStart());
}

void ReviewActions::revealAnchor(const Anchor &anchor)
{
    ArticleModel *articles = m_document->articles();
    int row = -1;
    for (int i = 0; i < articles->rowCount() && row < 0; ++i) {
        if (articles->article(i).contentHash == anchor.articleHash)
            row = i;
    }
    if (row < 0) {
        m_status->showMessage(tr("That article is no longer in the story."), 5000);
        return;
    }
    if (!articles->isShown(row))
        articles->setData(articles->index(row, ArticleModel::OutletColumn), Qt::Checked, Qt::CheckStateRole);
    m_reader->revealSpan(ArticleId(row), anchor.span);
    if (ArticlePane *pane = m_reader->paneFor(ArticleId(row)))
        pane->textView()->setFocus(Qt::OtherFocusReason);
}

void ReviewActions::updateHighlights()
{
    // Opaque-ish shades composite lightly over the analysis marks below them, so a fact
    // inside an annotation still shows a hint of its status; the underline shows it fully.
    QHash<QByteArray, QList<Highlight>> byArticle;
    for (const Annotation &annotation : m_document->review()->annotations()) {
        QTextCharFormat format;
        QColor shade = highlightShade(annotation.colour, m_dark);
        shade.setAlpha(highlightAlpha);
        format.setBackground(shade);
        if (!annotation.note.isEmpty())
            format.setToolTip(annotation.note);
        byArticle[annotation.anchor.articleHash].append({annotation.anchor.span, format});
    }
    m_reader->setAnnotations(byArticle);
}

void ReviewActions::showPaneContextMenu(QMenu *menu, ArticleId article, qsizetype position)
{
    ArticlePane *pane = m_reader->paneFor(article);
    if (!pane)
        return;
    m_lastPaneRow = article.value();   // the selection the actions use is this pane's
    const bool editable = !m_document->isReadOnly();
    const bool selection = pane->textView()->textCursor().hasSelection();
    menu->addSeparator();
    QAction *annotate = menu->addAction(tr("&Annotate Selection…"), this, &ReviewActions::annotateSelection);
    annotate->setEnabled(selection && editable);
    QAction *claim = menu->addAction(tr("New Claim from &Selection"), this, [this] { createClaimFromSelection(); });
    claim->setEnabled(selection && editable);
    const auto &analysis = m_document->analysis();
    const int passage = analysis && article.value() < analysis->segmentations.size()
                            ? analysis->alignment.passageAt(article, analysis->segmentations.at(article.value()), position)
                            : -1;
    QAction *fromPassage = menu->addAction(tr("New Claim from This &Passage"), this,
                                           [this, passage] { createClaimFromPassage(passage); });
    fromPassage->setEnabled(passage >= 0 && editable);
    const int slot = pane->slotAt(position);
    if (slot >= 0) {
        const bool quote = analysis->facts.slots.at(slot).kind == FactKind::Quote;
        QAction *fromFact = menu->addAction(quote ? tr("Create Claim from This &Quote") : tr("Create Claim from This &Fact"),
                                            this, [this, slot] { createClaimFromSlot(slot); });
        fromFact->setEnabled(editable);
    }
    QMenu *evidence = menu->addMenu(tr("Add Selection as &Evidence"));
    for (const EvidenceRole role : evidenceRoles)
        evidence->addAction(evidenceRoleMenuLabel(role), this, [this, role] { m_claims->addSelectionAsEvidence(role); });
    evidence->setEnabled(selection && editable && m_claims->currentClaimId() >= 0);
}

QString ReviewActions::reviewerName()
{
    AppSettings settings = AppSettings::read();
    if (!settings.reviewerName.isEmpty() || m_reviewerAsked)
        return settings.reviewerName;
    m_reviewerAsked = true;   // asked once: a reader who declines is not asked at every verdict
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Reviewer Name"),
                                               tr("Your name, recorded with the verdicts you set:"), QLineEdit::Normal,
                                               QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty()) {
        settings.reviewerName = name;
        settings.write();
    }
    return ok ? name : QString();
}

} // namespace Crossread
