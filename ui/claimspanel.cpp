// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimspanel.h"

#include "review/annotationmodel.h"
#include "review/claimmodel.h"
#include "filtercombo.h"
#include "review/review.h"
#include "verdictsetdialog.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace Crossread {
namespace {

/// What an evidence-list row stands for: one of the claim's sources, or a piece of evidence.
enum class RowKind : int { Source, Evidence };
constexpr int kindRole = Qt::UserRole;
constexpr int keyRole = Qt::UserRole + 1;   ///< source index, or evidence id

QString shortQuote(const QString &quote)
{
    QString shown = quote.simplified();
    if (shown.size() > 160)
        shown = shown.left(159) + u'…';
    return shown;
}

} // namespace

QString evidenceRoleMenuLabel(EvidenceRole role)
{
    switch (role) {
    case EvidenceRole::Supports: return ClaimsPanel::tr("&Supports");
    case EvidenceRole::Contradicts: return ClaimsPanel::tr("C&ontradicts");
    case EvidenceRole::Context: return ClaimsPanel::tr("Co&ntext");
    }
    return evidenceRoleName(role);
}

ClaimsPanel::ClaimsPanel(Review *review, QWidget *parent)
    : QWidget(parent)
    , m_review(review)
    , m_model(new ClaimModel(review, this))
    , m_filter(new ClaimFilterModel(this))
    , m_verdictFilter(new QComboBox(this))
    , m_reviewerFilter(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_view(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new QWidget(this))
    , m_statement(new QPlainTextEdit(m_details))
    , m_verdict(new QComboBox(m_details))
    , m_editVerdicts(new QToolButton(m_details))
    , m_evidence(new QTreeWidget(m_details))
    , m_addEvidence(new QToolButton(m_details))
    , m_removeEvidence(new QPushButton(tr("&Remove"), m_details))
    , m_notes(new QPlainTextEdit(m_details))
    , m_info(new QLabel(m_details))
    , m_deleteClaim(new QPushButton(tr("Delete C&laim"), m_details))
    , m_scorecard(new QTableWidget(this))
{
    m_filter->setSourceModel(m_model);

    m_verdictFilter->setAccessibleName(tr("Filter by verdict"));
    m_reviewerFilter->setAccessibleName(tr("Filter by reviewer"));
    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setVerdict(m_verdictFilter->currentData().toString()); });
    connect(m_reviewerFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setReviewer(m_reviewerFilter->currentData().toString()); });
    m_progress->setAccessibleName(tr("Review progress"));
    m_progress->setTextVisible(true);

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Claims"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ClaimModel::StatementColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ClaimModel::VerdictColumn, 90);
    m_view->setColumnWidth(ClaimModel::OutletsColumn, 130);
    m_view->hideColumn(ClaimModel::UpdatedColumn);
    m_view->hideColumn(ClaimModel::EvidenceColumn);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ClaimsPanel::showCurrent);
    auto *remove = new QAction(tr("Delete Claim"), m_view);
    remove->setObjectName(QStringLiteral("deleteClaim"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (!m_readOnly && currentClaimId() >= 0)
            m_review->removeClaim(currentClaimId());
    });
    m_view->addAction(remove);

    // The current claim.
    m_statement->setAccessibleName(tr("Claim statement"));
    m_statement->setTabChangesFocus(true);
    m_statement->setMaximumHeight(m_statement->fontMetrics().lineSpacing() * 3 + 12);
    connect(m_statement, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing && currentClaimId() >= 0)
            m_review->setClaimStatement(currentClaimId(), m_statement->toPlainText());
    });
    m_verdict->setAccessibleName(tr("Verdict"));
    connect(m_verdict, &QComboBox::activated, this,
            [this](int index) { setCurrentVerdict(m_verdict->itemData(index).toString()); });
    m_editVerdicts->setText(tr("Verdicts…"));
    m_editVerdicts->setToolTip(tr("Edit the verdicts this session uses"));
    connect(m_editVerdicts, &QToolButton::clicked, this, &ClaimsPanel::editVerdicts);

    m_evidence->setColumnCount(3);
    m_evidence->setHeaderLabels({tr("Role"), tr("Article"), tr("Text")});
    m_evidence->setRootIsDecorated(false);
    m_evidence->setAccessibleName(tr("Sources and evidence"));
    m_evidence->setAccessibleDescription(tr("Enter shows the text in its article; Delete removes a piece of evidence."));
    m_evidence->header()->setStretchLastSection(true);
    m_evidence->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_evidence, &QTreeWidget::customContextMenuRequested, this, &ClaimsPanel::showEvidenceMenu);
    connect(m_evidence, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const Claim *claim = m_review->claim(currentClaimId());
        if (!claim || !item)
            return;
        const int key = item->data(0, keyRole).toInt();
        if (RowKind(item->data(0, kindRole).toInt()) == RowKind::Source) {
            if (key >= 0 && key < claim->sources.size())
                Q_EMIT anchorActivated(claim->sources.at(key));
            return;
        }
        for (const Evidence &evidence : claim->evidence) {
            if (evidence.id == key)
                Q_EMIT anchorActivated(evidence.anchor);
        }
    });
    auto *removeEvidence = new QAction(tr("Remove Evidence"), m_evidence);
    removeEvidence->setShortcut(QKeySequence::Delete);
    removeEvidence->setShortcutContext(Qt::WidgetShortcut);
    connect(removeEvidence, &QAction::triggered, this, &ClaimsPanel::removeCurrentEvidence);
    m_evidence->addAction(removeEvidence);

    m_addEvidence->setText(tr("Add Selection as…"));
    m_addEvidence->setToolTip(tr("Add the text selected in an article as evidence for this claim"));
    m_addEvidence->setPopupMode(QToolButton::InstantPopup);
    m_addEvidence->setEnabled(false);   // until setEvidenceMenu()
    connect(m_removeEvidence, &QPushButton::clicked, this, &ClaimsPanel::removeCurrentEvidence);

    m_notes->setAccessibleName(tr("Reviewer notes"));
    m_notes->setPlaceholderText(tr("Why this verdict: sources checked, whom you asked"));
    m_notes->setTabChangesFocus(true);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing && currentClaimId() >= 0)
            m_review->setClaimNotes(currentClaimId(), m_notes->toPlainText());
    });
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    connect(m_deleteClaim, &QPushButton::clicked, this, [this] {
        if (currentClaimId() >= 0)
            m_review->removeClaim(currentClaimId());
    });

    m_verdictRow = new QWidget(m_details);
    auto *verdictRow = new QHBoxLayout(m_verdictRow);
    verdictRow->setContentsMargins(0, 0, 0, 0);
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_editVerdicts);
    m_evidenceButtons = new QWidget(m_details);
    auto *evidenceButtons = new QHBoxLayout(m_evidenceButtons);
    evidenceButtons->setContentsMargins(0, 0, 0, 0);
    evidenceButtons->addWidget(m_addEvidence);
    evidenceButtons->addWidget(m_removeEvidence);
    evidenceButtons->addStretch();
    evidenceButtons->addWidget(m_deleteClaim);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, m_details);
        label->setBuddy(buddy);
        return label;
    };
    m_statementLabel = label(tr("&Statement:"), m_statement);
    m_verdictLabel = label(tr("&Verdict:"), m_verdict);
    m_notesLabel = label(tr("&Notes:"), m_notes);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 2 + 12);
    m_detailsLayout = new QGridLayout(m_details);
    m_detailsLayout->setContentsMargins(4, 4, 4, 4);
    arrangeDetails(Qt::Vertical);

    m_scorecard->setAccessibleName(tr("Scorecard per outlet"));
    m_scorecard->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scorecard->setSelectionMode(QAbstractItemView::NoSelection);
    m_scorecard->verticalHeader()->setVisible(false);

    // The form scrolls rather than claiming its full height: at the bottom of the window the
    // panel shares the height with the reader, which matters more.
    auto *detailsScroll = new QScrollArea(m_tabs);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(detailsScroll, tr("Claim"));
    m_tabs->addTab(m_scorecard, tr("Scorecard"));

    auto *top = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_verdictFilter, 1);
    filters->addWidget(m_reviewerFilter, 1);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_progress);
    topLayout->addWidget(m_view, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);
    // A freshly opened session shows its first claim rather than an empty form.
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_view->setCurrentIndex(m_filter->index(0, ClaimModel::StatementColumn));
    });

    // Refreshed once per change to the claims or the verdicts; annotation edits (a note typed
    // key by key) leave everything here as it was.
    const auto stale = [this] { m_stale = true; };
    for (auto signal : {&Review::claimAdded, &Review::claimChanged, &Review::claimRemoved})
        connect(review, signal, this, stale);
    connect(review, &Review::verdictsChanged, this, stale);
    connect(review, &Review::modelReset, this, stale);
    connect(review, &Review::changed, this, [this] {
        if (std::exchange(m_stale, false))
            refresh();
    });
    refresh();
}

ClaimsPanel::~ClaimsPanel() = default;

void ClaimsPanel::setArticles(const QList<Article> &articles)
{
    m_articles = articles;
    m_model->setArticles(articles);
    refresh();
}

void ClaimsPanel::setSelectionProvider(std::function<std::optional<Anchor>()> provider)
{
    m_selection = std::move(provider);
}

void ClaimsPanel::setReviewerProvider(std::function<QString()> provider)
{
    m_reviewer = std::move(provider);
}

void ClaimsPanel::setEvidenceMenu(QMenu *menu)
{
    m_addEvidence->setMenu(menu);
    showCurrent();
}

void ClaimsPanel::setOrientation(Qt::Orientation orientation)
{
    m_splitter->setOrientation(orientation);
    // Side by side, the claim's form wants the larger part; stacked, the list does.
    m_splitter->setStretchFactor(0, orientation == Qt::Horizontal ? 2 : 3);
    m_splitter->setStretchFactor(1, orientation == Qt::Horizontal ? 3 : 2);
    arrangeDetails(orientation);
}

void ClaimsPanel::arrangeDetails(Qt::Orientation orientation)
{
    QGridLayout *grid = m_detailsLayout;
    const QList<QWidget *> parts{m_statementLabel, m_statement, m_verdictLabel, m_verdictRow, m_evidence,
                                 m_evidenceButtons, m_notesLabel, m_notes, m_info};
    for (QWidget *part : parts)
        grid->removeWidget(part);
    for (int i = 0; i < 6; ++i) {
        grid->setColumnStretch(i, 0);
        grid->setRowStretch(i, 0);
    }
    grid->addWidget(m_statementLabel, 0, 0);
    grid->addWidget(m_statement, 0, 1);
    grid->addWidget(m_verdictLabel, 1, 0);
    grid->addWidget(m_verdictRow, 1, 1);
    if (orientation == Qt::Horizontal) {
        // Beside the claims list at the bottom of the window the panel is wide and short: three
        // columns, the statement and verdict, the verdict's rationale, the evidence, so each is
        // in view at the panel's first height without scrolling or enlarging it.
        grid->addWidget(m_notesLabel, 0, 2, Qt::AlignTop);
        grid->addWidget(m_notes, 0, 3, 2, 1);
        grid->addWidget(m_info, 2, 0, 1, 4);
        grid->addWidget(m_evidence, 0, 4, 2, 1);
        grid->addWidget(m_evidenceButtons, 2, 4);
        grid->setColumnStretch(1, 3);
        grid->setColumnStretch(3, 3);
        grid->setColumnStretch(4, 3);
        grid->setRowStretch(0, 1);
        // A wrapping line would make the scroll area size the form by its preferred height
        // for the width (taller than the panel) instead of fitting it to the panel.
        m_info->setWordWrap(false);
    } else {
        m_info->setWordWrap(true);
        grid->addWidget(m_evidence, 2, 0, 1, 2);
        grid->addWidget(m_evidenceButtons, 3, 0, 1, 2);
        grid->addWidget(m_notesLabel, 4, 0, Qt::AlignTop);
        grid->addWidget(m_notes, 4, 1);
        grid->addWidget(m_info, 5, 0, 1, 2);
        grid->setColumnStretch(1, 1);
        grid->setRowStretch(2, 1);
    }
}

void ClaimsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAction *action : m_view->actions() + m_evidence->actions())
        action->setEnabled(!readOnly);
    m_editVerdicts->setEnabled(!readOnly);
    showCurrent();
}

int ClaimsPanel::currentClaimId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ClaimModel::IdRole).toInt() : -1;
}

void ClaimsPanel::selectClaim(int id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, ClaimModel::StatementColumn));
    if (!index.isValid()) {
        m_verdictFilter->setCurrentIndex(0);
        m_reviewerFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, ClaimModel::StatementColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_tabs->setCurrentWidget(m_details);
}

bool ClaimsPanel::addSelectionAsEvidence(EvidenceRole role)
{
    const int id = currentClaimId();
    if (m_readOnly || id < 0 || !m_selection)
        return false;
    const std::optional<Anchor> anchor = m_selection();
    if (!anchor || !anchor->isValid())
        return false;
    m_review->addEvidence(id, *anchor, role);
    return true;
}

void ClaimsPanel::setCurrentVerdict(const QString &verdict)
{
    const Claim *claim = m_review->claim(currentClaimId());
    if (m_readOnly || !claim || claim->verdict == verdict)
        return;
    const int id = claim->id;
    // Asking may run a dialog; the claim is looked up again afterwards.
    const QString reviewer = m_reviewer ? m_reviewer() : QString();
    if (m_review->claim(id))
        m_review->setVerdict(id, verdict, reviewer);
}

void ClaimsPanel::editVerdicts()
{
    if (m_readOnly)
        return;
    auto *dialog = new VerdictSetDialog(m_review->verdicts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList verdicts = dialog->verdicts();
        if (verdicts.size() >= 2 && verdicts != m_review->verdicts())
            m_review->setVerdicts(verdicts);
    });
    dialog->open();
}

void ClaimsPanel::refresh()
{
    refreshFilters();
    refreshProgress();
    refreshScorecard();
    showCurrent();
}

void ClaimsPanel::refreshFilters()
{
    refillFilterCombo(m_verdictFilter, tr("Any verdict"), m_review->verdicts(),
                      [](const QString &key) { return verdictLabel(key); });
    refillFilterCombo(m_reviewerFilter, tr("Any reviewer"), m_review->state().reviewers, [](const QString &key) { return key; });
    m_filter->setVerdict(m_verdictFilter->currentData().toString());
    m_filter->setReviewer(m_reviewerFilter->currentData().toString());
}

void ClaimsPanel::refreshProgress()
{
    const int total = int(m_review->claims().size());
    const int reviewed = m_review->reviewedCount();
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(reviewed);
    m_progress->setFormat(tr("%1 of %n claim(s) reviewed", nullptr, total).arg(reviewed));
}

void ClaimsPanel::refreshScorecard()
{
    const QStringList verdicts = m_review->verdicts();
    const QList<OutletScore> scores = outletScorecard(m_review->state(), m_articles);
    QStringList headers{tr("Outlet"), tr("Claims")};
    // The first verdict ("unreviewed") is a column too: it says how much is left to check.
    for (const QString &verdict : verdicts)
        headers.append(verdictLabel(verdict));
    m_scorecard->clear();
    m_scorecard->setColumnCount(int(headers.size()));
    m_scorecard->setHorizontalHeaderLabels(headers);
    m_scorecard->setRowCount(int(scores.size()));
    for (int row = 0; row < scores.size(); ++row) {
        const OutletScore &score = scores.at(row);
        auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_scorecard->setItem(row, column, item);
        };
        cell(0, score.outlet);
        cell(1, QLocale().toString(score.claims));
        for (int v = 0; v < score.counts.size(); ++v)
            cell(2 + v, score.counts.at(v) ? QLocale().toString(score.counts.at(v)) : QStringLiteral("–"));
    }
    m_scorecard->resizeColumnsToContents();
}

void ClaimsPanel::showCurrent()
{
    const QScopedValueRollback guard(m_showing, true);
    const Claim *claim = m_review->claim(currentClaimId());
    m_details->setEnabled(claim != nullptr);
    for (QWidget *editor : std::initializer_list<QWidget *>{m_verdict, m_removeEvidence, m_deleteClaim})
        editor->setEnabled(!m_readOnly);
    m_addEvidence->setEnabled(!m_readOnly && m_addEvidence->menu());
    m_statement->setReadOnly(m_readOnly);
    m_notes->setReadOnly(m_readOnly);
    if (!claim) {
        m_statement->clear();
        m_notes->clear();
        m_verdict->clear();
        m_evidence->clear();
        m_info->clear();
        return;
    }
    if (m_statement->toPlainText() != claim->statement)
        m_statement->setPlainText(claim->statement);
    if (m_notes->toPlainText() != claim->notes)
        m_notes->setPlainText(claim->notes);

    m_verdict->clear();
    for (const QString &verdict : m_review->verdicts())
        m_verdict->addItem(verdictLabel(verdict), verdict);
    if (m_verdict->findData(claim->verdict) < 0)   // a verdict removed from the set stays as written
        m_verdict->addItem(tr("%1 (not in this session's verdicts)").arg(verdictLabel(claim->verdict)), claim->verdict);
    m_verdict->setCurrentIndex(m_verdict->findData(claim->verdict));

    StoryIndex story;
    story.setArticles(m_articles);
    const QTreeWidgetItem *current = m_evidence->currentItem();
    const std::pair<int, int> keep = current ? std::pair{current->data(0, kindRole).toInt(), current->data(0, keyRole).toInt()}
                                             : std::pair{-1, -1};
    m_evidence->clear();
    auto addRow = [&](RowKind kind, int key, const QString &role, const Anchor &anchor) {
        auto *item = new QTreeWidgetItem(m_evidence, {role, story.label(anchor.articleHash), shortQuote(anchor.quote)});
        item->setData(0, kindRole, int(kind));
        item->setData(0, keyRole, key);
        item->setToolTip(2, anchor.quote);
        if (keep == std::pair{int(kind), key})
            m_evidence->setCurrentItem(item);
    };
    for (int i = 0; i < claim->sources.size(); ++i)
        addRow(RowKind::Source, i, tr("Claimed in"), claim->sources.at(i));
    for (const Evidence &evidence : claim->evidence)
        addRow(RowKind::Evidence, evidence.id, evidenceRoleName(evidence.role), evidence.anchor);
    m_evidence->resizeColumnToContents(0);
    m_evidence->resizeColumnToContents(1);

    const QLocale locale;
    QString info = tr("Created %1 · updated %2").arg(locale.toString(claim->created.toLocalTime(), QLocale::ShortFormat),
                                                     locale.toString(claim->updated.toLocalTime(), QLocale::ShortFormat));
    if (!claim->reviewer.isEmpty())
        info += QStringLiteral(" · ") + tr("verdict by %1").arg(claim->reviewer);
    m_info->setText(info);
}

void ClaimsPanel::removeCurrentEvidence()
{
    const QTreeWidgetItem *item = m_evidence->currentItem();
    if (m_readOnly || !item || RowKind(item->data(0, kindRole).toInt()) != RowKind::Evidence || currentClaimId() < 0)
        return;
    m_review->removeEvidence(currentClaimId(), item->data(0, keyRole).toInt());
}

void ClaimsPanel::showEvidenceMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_evidence->itemAt(pos);
    if (!item)
        return;
    m_evidence->setCurrentItem(item);
    QMenu menu(this);
    menu.addAction(tr("&Go to Text"), this, [this, item] { Q_EMIT m_evidence->itemActivated(item, 0); });
    if (RowKind(item->data(0, kindRole).toInt()) == RowKind::Evidence && !m_readOnly) {
        const int claimId = currentClaimId();
        const int evidenceId = item->data(0, keyRole).toInt();
        menu.addSeparator();
        for (const EvidenceRole role : {EvidenceRole::Supports, EvidenceRole::Contradicts, EvidenceRole::Context}) {
            QAction *action = menu.addAction(evidenceRoleMenuLabel(role), this, [this, claimId, evidenceId, role] {
                m_review->setEvidenceRole(claimId, evidenceId, role);
            });
            action->setCheckable(true);
            action->setChecked(item->text(0) == evidenceRoleName(role));
        }
        menu.addSeparator();
        menu.addAction(tr("&Remove Evidence"), this, &ClaimsPanel::removeCurrentEvidence);
    }
    menu.exec(m_evidence->viewport()->mapToGlobal(pos));
}

} // namespace Crossread
