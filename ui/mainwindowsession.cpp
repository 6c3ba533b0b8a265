// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's review sessions (issue #7): the annotations dock and claims panel, the
// actions that create annotations and claims, undo and redo, session files, and the recovery
// journal that keeps every change until it is saved.
#include "mainwindow.h"

#include "annotationdialog.h"
#include "review/annotationmodel.h"
#include "annotationsdock.h"
#include "core/articlemodel.h"
#include "articlepane.h"
#include "claimspanel.h"
#include "correctionactions.h"
#include "factmatrix.h"
#include "facts/factmodel.h"
#include "readerview.h"
#include "recoverydialog.h"
#include "review/review.h"
#include "review/sessionjournal.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextCharFormat>
#include <QTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Crossread {
namespace {

constexpr int maxRecentSessions = 10;
/// Below this width the annotations list starts hidden while the review has no annotations.
constexpr int narrowWindowWidth = 1440;
const QLatin1StringView recentSessionsKey{"recentSessions"};

/// Error messages name files and carry their reasons verbatim: plain text, never markup.
void showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

QString clipped(const QString &text, qsizetype length)
{
    const QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1) + u'…' : simple;
}

} // namespace

void MainWindow::createReviewUi()
{
    m_annotationsDock = new AnnotationsDock(m_review, this);
    m_claimsPanel = new ClaimsPanel(m_review, this);
    auto *annotations = new QDockWidget(tr("Annotations"), this);
    annotations->setObjectName(QStringLiteral("AnnotationsDock"));
    annotations->setAccessibleName(tr("Annotations panel"));
    annotations->setWidget(m_annotationsDock);
    addDockWidget(Qt::RightDockWidgetArea, annotations);
    auto *claims = new QDockWidget(tr("Claims"), this);
    claims->setObjectName(QStringLiteral("ClaimsDock"));
    claims->setAccessibleName(tr("Claims panel"));
    claims->setWidget(m_claimsPanel);
    // Claims are a table with a form beside it: they want width, so they share the bottom
    // with the fact matrix they are often made from.
    addDockWidget(Qt::BottomDockWidgetArea, claims);
    if (auto *facts = findChild<QDockWidget *>(QStringLiteral("FactsDock"))) {
        tabifyDockWidget(facts, claims);
        facts->raise();
    }
    m_claimsPanel->setOrientation(Qt::Horizontal);
    connect(claims, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        m_claimsPanel->setOrientation(area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea ? Qt::Vertical
                                                                                                        : Qt::Horizontal);
    });
    // The annotations list runs the full height of the window's right side.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setMargin(6);
    m_readOnlyBanner->setAutoFillBackground(true);
    m_readOnlyBanner->setAccessibleName(tr("Read-only session"));
    m_readOnlyBanner->hide();
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(0, m_readOnlyBanner);

    m_claimsPanel->setSelectionProvider([this] { return currentSelection(); });
    m_claimsPanel->setReviewerProvider([this] { return reviewerName(); });
    connect(m_annotationsDock, &AnnotationsDock::anchorActivated, this, &MainWindow::revealAnchor);
    connect(m_reader, &ReaderView::paneContextMenu, this, &MainWindow::showPaneContextMenu);
    connect(m_reader, &ReaderView::paneOrderChanged, this, &MainWindow::viewChanged);
    connect(m_claimsPanel, &ClaimsPanel::anchorActivated, this, &MainWindow::revealAnchor);

    // The document keeps the session and its journal; the window shows what it says.
    m_document->setViewSource([this] { return viewState(); });
    connect(m_document, &StoryDocument::viewRestored, this, &MainWindow::applyView);
    connect(m_document, &StoryDocument::readOnlyChanged, this, &MainWindow::readOnlyChanged);
    connect(m_document, &StoryDocument::journalError, this, &MainWindow::reportJournalError);
    connect(m_review, &Review::changed, this, [this] {
        updateHighlights();
        updateTitle();
    });
    for (auto signal : {&ArticleModel::rowsInserted, &ArticleModel::rowsRemoved})
        connect(m_articles, signal, this, &MainWindow::storyChanged);
    connect(m_articles, &ArticleModel::modelReset, this, &MainWindow::storyChanged);
    connect(m_articles, &ArticleModel::articleChanged, this, &MainWindow::storyChanged);

    // "The selection" is the focused pane's, else the one the reader was last in.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (ArticlePane *pane : m_reader->panes()) {
            if (now && pane->textView() == now)
                m_lastPaneRow = pane->articleId().value();
        }
    });

    // The matrix opens the menu; the claim and the corrections of the analysis go in it.
    m_corrections = new CorrectionActions(m_review, [this] { return reviewerName(); }, this);
    connect(m_factMatrix, &FactMatrix::slotContextMenu, this, [this](QMenu *menu, int slotId, ArticleId article) {
        QAction *claim = menu->addAction(tr("Create &Claim from This Fact"), this,
                                         [this, slotId] { createClaimFromSlot(slotId); });
        claim->setEnabled(!m_document->isReadOnly());
        m_corrections->addSlotActions(menu, slotId, article);
    });
    connect(m_reader, &ReaderView::paneContextMenu, m_corrections, &CorrectionActions::addPassageActions);
}

void MainWindow::createReviewActions(QMenu *file, QMenu *edit, QMenu *view)
{
    // File: New Session first; Save, Save As and the recent sessions after the open actions.
    QAction *firstFileAction = file->actions().value(0);
    QAction *newSession = new QAction(tr("&New Session"), this);
    newSession->setObjectName(QStringLiteral("newSession"));
    newSession->setShortcut(QKeySequence::New);
    connect(newSession, &QAction::triggered, this, [this] {
        if (maybeSave())
            closeSession();
    });
    file->insertAction(firstFileAction, newSession);
    QAction *afterOpen = m_recentMenu->menuAction();
    const qsizetype recentIndex = file->actions().indexOf(afterOpen);
    QAction *beforeSave = file->actions().value(recentIndex + 1);
    m_recentSessionsMenu = new QMenu(tr("Recent Sess&ions"), this);
    m_recentSessionsMenu->menuAction()->setObjectName(QStringLiteral("recentSessions"));
    file->insertMenu(beforeSave, m_recentSessionsMenu);
    file->insertSeparator(beforeSave);
    QAction *save = new QAction(tr("&Save Session"), this);
    save->setObjectName(QStringLiteral("saveSession"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] { saveSession(); });
    file->insertAction(beforeSave, save);
    QAction *saveAs = new QAction(tr("Save Session &As…"), this);
    saveAs->setObjectName(QStringLiteral("saveSessionAs"));
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveAs, &QAction::triggered, this, &MainWindow::saveSessionAs);
    file->insertAction(beforeSave, saveAs);
    updateRecentSessions();

    // Edit: undo and redo of every annotation and claim change, at the top.
    QAction *firstEditAction = edit->actions().value(0);
    QAction *undo = m_review->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_review->undoStack()->createRedoAction(this, tr("Red&o"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->insertAction(firstEditAction, undo);
    edit->insertAction(firstEditAction, redo);
    edit->insertSeparator(firstEditAction);

    // Review: annotate, make claims, add evidence, the verdict set.
    QMenu *review = new QMenu(tr("&Review"), this);
    menuBar()->insertMenu(view->menuAction(), review);
    QAction *annotate = review->addAction(tr("&Annotate Selection…"), this, &MainWindow::annotateSelection);
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
            statusBar()->showMessage(tr("Place the cursor in an analysed passage first."), 5000);
        else
            createClaimFromPassage(passage);
    });
    claimPassage->setObjectName(QStringLiteral("claimFromPassage"));
    QMenu *evidence = review->addMenu(tr("Add Selection as &Evidence"));
    evidence->menuAction()->setObjectName(QStringLiteral("addEvidenceMenu"));
    for (const EvidenceRole role : {EvidenceRole::Supports, EvidenceRole::Contradicts, EvidenceRole::Context}) {
        QAction *action = evidence->addAction(evidenceRoleMenuLabel(role), this, [this, role] {
            if (!m_claimsPanel->addSelectionAsEvidence(role))
                statusBar()->showMessage(tr("Select a claim in the Claims panel and text in an article first."), 5000);
        });
        action->setObjectName(QStringLiteral("evidence_") + evidenceRoleKey(role));
    }
    m_claimsPanel->setEvidenceMenu(evidence);
    review->addSeparator();
    QAction *verdicts = review->addAction(tr("Edit &Verdicts…"), m_claimsPanel, &ClaimsPanel::editVerdicts);
    verdicts->setObjectName(QStringLiteral("editVerdicts"));

    QAction *annotationsToggle = findChild<QDockWidget *>(QStringLiteral("AnnotationsDock"))->toggleViewAction();
    annotationsToggle->setText(tr("A&nnotations"));
    annotationsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(annotationsToggle);
    QAction *claimsToggle = findChild<QDockWidget *>(QStringLiteral("ClaimsDock"))->toggleViewAction();
    claimsToggle->setText(tr("Cla&ims"));
    claimsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    view->addAction(claimsToggle);

    // View settings belong to the session: a change is a change to save and to journal.
    for (const char *name : {"syncScrolling", "collapseBoilerplate"}) {
        if (QAction *toggle = action(QLatin1String(name)))
            connect(toggle, &QAction::toggled, this, &MainWindow::viewChanged);
    }
    updateReviewActions();
}

ViewState MainWindow::viewState() const
{
    // The document adds which articles are shown and the hidden ones' places.
    ViewState view;
    for (ArticleId id : m_reader->displayOrder())
        view.paneOrder.append(id.value());
    view.theme = m_themeName == u"System" ? QString() : m_themeName;
    view.syncScrolling = m_reader->syncScrolling();
    view.boilerplateCollapsed = m_reader->boilerplateCollapsed();
    return view;
}

void MainWindow::applyView(const ViewState &view)
{
    for (int i = 0; i < view.paneOrder.size(); ++i) {
        const int row = view.paneOrder.at(i);
        if (row >= 0 && row < m_articles->rowCount())
            m_reader->movePane(ArticleId(row), i);
    }
    if (!view.theme.isEmpty() && availableThemeNames().contains(view.theme))
        setThemeName(view.theme);
    if (QAction *sync = action(QStringLiteral("syncScrolling")))
        sync->setChecked(view.syncScrolling);
    m_reader->setSyncScrolling(view.syncScrolling);
    if (QAction *collapse = action(QStringLiteral("collapseBoilerplate")))
        collapse->setChecked(view.boilerplateCollapsed);
    m_reader->setBoilerplateCollapsed(view.boilerplateCollapsed);
}

void MainWindow::storyChanged()
{
    m_annotationsDock->setArticles(m_articles->articles());
    m_claimsPanel->setArticles(m_articles->articles());
    updateHighlights();
    updateTitle();
}

void MainWindow::viewChanged()
{
    m_document->markViewChanged();
}

void MainWindow::reportJournalError(const QString &message)
{
    if (message != m_journalProblem) {
        m_journalProblem = message;
        statusBar()->showMessage(tr("Unsaved changes cannot be kept for recovery: %1").arg(message), 15000);
    }
    Q_EMIT journalError(message);
}

bool MainWindow::openSession(const QString &path)
{
    if (isLoading()) {
        QMessageBox::information(this, tr("Open Session"),
                                 tr("Articles are being imported. Open the session when the import has finished."));
        return false;
    }
    const auto opened = m_document->openSession(path);
    if (!opened) {
        showError(this, tr("Cannot Open Session"), opened.error().message());
        return false;
    }
    if (!m_document->isReadOnly() && !opened->isEmpty())
        statusBar()->showMessage(opened.value(), 10000);
    addRecentSession(m_document->sessionPath());
    updateTitle();
    // A review session opens on its review.
    if (!m_review->claims().isEmpty())
        showDock(QStringLiteral("ClaimsDock"));
    return true;
}

void MainWindow::openSessionInteractively(const QString &path)
{
    if (maybeSave())
        openSession(path);
}

bool MainWindow::saveSession(const QString &path)
{
    if ((path.isEmpty() ? m_document->sessionPath() : path).isEmpty() || (m_document->isReadOnly() && path.isEmpty())) {
        saveSessionAs();
        return !m_document->sessionPath().isEmpty() && !m_document->isReadOnly() && !hasUnsavedChanges();
    }
    const auto saved = m_document->saveSession(path);
    if (!saved) {
        showError(this, tr("Cannot Save Session"), saved.error().message());
        return false;
    }
    addRecentSession(m_document->sessionPath());
    updateTitle();
    if (!saved->isEmpty())
        statusBar()->showMessage(saved.value(), 10000);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->sessionPath())), 5000);
    return true;
}

void MainWindow::saveSessionAs()
{
    QString suggestion = m_document->sessionPath();
    if (suggestion.isEmpty()) {
        QString name = m_document->title().isEmpty() ? tr("Untitled") : m_document->title();
        name.replace(u'/', u'-');
        suggestion = QDir(QSettings().value(QStringLiteral("lastDirectory"), QDir::homePath()).toString())
                         .filePath(name + QStringLiteral(".crossread"));
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Session As"), suggestion,
                                                tr("Crossread sessions (*.crossread)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".crossread");
    saveSession(path);
}

void MainWindow::closeSession()
{
    m_document->closeSession();
    updateTitle();
}

bool MainWindow::maybeSave()
{
    if (!hasUnsavedChanges() || m_document->isEmpty() || isUntouchedSample())
        return true;
    const QString sessionPath = m_document->sessionPath();
    const QString name = !sessionPath.isEmpty() ? QFileInfo(sessionPath).fileName()
                         : !m_document->title().isEmpty() ? m_document->title()
                                                   : tr("Untitled story");
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), tr("Save the changes to “%1”?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Your annotations, claims and articles are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return saveSession();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void MainWindow::readOnlyChanged(bool readOnly)
{
    m_corrections->setReadOnly(readOnly);
    if (readOnly) {
        const QString notice = m_document->readOnlyNotice();
        m_readOnlyBanner->setText(
            notice.isEmpty() ? tr("This session was written by a newer version of Crossread and is open read-only. "
                                  "Use File ▸ Save Session As to keep a copy in this version's format.")
                             : notice);
        QPalette palette = m_readOnlyBanner->palette();
        palette.setColor(QPalette::Window, m_theme.dark ? QColor(0x5c, 0x4a, 0x00) : QColor(0xff, 0xf1, 0xb8));
        palette.setColor(QPalette::WindowText, m_theme.dark ? QColor(Qt::white) : QColor(Qt::black));
        m_readOnlyBanner->setPalette(palette);
    }
    m_readOnlyBanner->setVisible(readOnly);
    m_annotationsDock->setReadOnly(readOnly);
    m_claimsPanel->setReadOnly(readOnly);
    updateReviewActions();
    updateTitle();
}

void MainWindow::updateReviewActions()
{
    for (const char *name : {"annotateSelection", "claimFromSelection", "claimFromPassage", "addEvidenceMenu",
                             "editVerdicts", "pasteAsArticle", "removeArticle", "articleDetails"}) {
        if (QAction *edit = action(QLatin1String(name)))
            edit->setEnabled(!m_document->isReadOnly());
    }
    if (QAction *save = action(QStringLiteral("saveSession")))
        save->setEnabled(!m_document->isReadOnly());
    // The stack enables its actions as it fills; a read-only session has no history at all.
    if (QAction *undo = action(QStringLiteral("undo")))
        undo->setEnabled(!m_document->isReadOnly() && m_review->undoStack()->canUndo());
    if (QAction *redo = action(QStringLiteral("redo")))
        redo->setEnabled(!m_document->isReadOnly() && m_review->undoStack()->canRedo());
}

void MainWindow::addRecentSession(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentSessionsKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentSessions)
        recent.removeLast();
    settings.setValue(recentSessionsKey, recent);
    updateRecentSessions();
}

void MainWindow::updateRecentSessions()
{
    m_recentSessionsMenu->clear();
    const QStringList recent = QSettings().value(recentSessionsKey).toStringList();
    int number = 1;
    for (const QString &path : recent) {
        const QString name = QFileInfo(path).fileName();
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(name) : name;
        QAction *open = m_recentSessionsMenu->addAction(label, this, [this, path] { openSessionInteractively(path); });
        open->setToolTip(QDir::toNativeSeparators(path));
        ++number;
    }
    m_recentSessionsMenu->addSeparator();
    QAction *clear = m_recentSessionsMenu->addAction(tr("&Clear List"), this, [this] {
        QSettings().remove(recentSessionsKey);
        updateRecentSessions();
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::offerRecovery()
{
    const QList<RecoverableJournal> journals = SessionJournal::recoverableJournals(recoveryDirectory());
    if (journals.isEmpty())
        return;
    auto *dialog = new RecoveryDialog(journals, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::restoreRequested, this, [this](const QString &path) {
        if (maybeSave())
            recoverJournal(path);
    });
    dialog->open();
}

bool MainWindow::recoverJournal(const QString &journalPath)
{
    const auto recovered = m_document->recoverJournal(journalPath);
    if (!recovered) {
        showError(this, tr("Cannot Recover"), recovered.error().message());
        return false;
    }
    updateTitle();
    const QString title = m_document->title();
    statusBar()->showMessage(tr("Recovered unsaved work of %1.").arg(title.isEmpty() ? tr("an untitled story") : title), 8000);
    return true;
}

std::optional<Anchor> MainWindow::currentSelection() const
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

void MainWindow::annotateSelection()
{
    if (m_document->isReadOnly())
        return;
    const std::optional<Anchor> anchor = currentSelection();
    if (!anchor) {
        statusBar()->showMessage(tr("Select text in an article first."), 5000);
        return;
    }
    auto *dialog = new AnnotationDialog(anchor->quote, m_annotationsDock->model()->allTags(), m_theme.dark, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, anchor = *anchor] {
        const int id = m_review->addAnnotation(anchor, dialog->colour(), dialog->note(), dialog->tags());
        showDock(QStringLiteral("AnnotationsDock"));
        m_annotationsDock->selectAnnotation(id);
    });
    dialog->open();
}

void MainWindow::hideUntilAnnotated(QDockWidget *dock)
{
    dock->hide();
    // Back as soon as there is something to list: a session opened with annotations, or the
    // first one made. Once shown, by this or by the user, it stays the user's to close.
    auto *waiting = new QObject(dock);
    auto done = std::make_shared<bool>(false);
    const auto finish = [waiting, done] {
        *done = true;   // at once: the object goes only when the event loop next turns
        waiting->deleteLater();
    };
    connect(m_review, &Review::changed, waiting, [this, dock, done, finish] {
        if (*done)
            return;
        if (!m_review->annotations().isEmpty())
            dock->show();
        if (dock->isVisible())
            finish();
    });
    connect(dock, &QDockWidget::visibilityChanged, waiting, [done, finish](bool visible) {
        if (visible && !*done)
            finish();
    });
}

void MainWindow::showDock(const QString &objectName)
{
    if (auto *dock = findChild<QDockWidget *>(objectName)) {
        dock->show();
        dock->raise();   // it may share its place with another dock
    }
}

int MainWindow::createClaimFromSlot(int slotId)
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
    const int id = m_review->addClaim(claim);
    showDock(QStringLiteral("ClaimsDock"));
    m_claimsPanel->selectClaim(id);
    return id;
}

int MainWindow::createClaimFromPassage(int passageIndex)
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
    const int id = m_review->addClaim(claim);
    showDock(QStringLiteral("ClaimsDock"));
    m_claimsPanel->selectClaim(id);
    return id;
}

int MainWindow::createClaimFromSelection()
{
    if (m_document->isReadOnly())
        return -1;
    const std::optional<Anchor> anchor = currentSelection();
    if (!anchor) {
        statusBar()->showMessage(tr("Select text in an article first."), 5000);
        return -1;
    }
    Claim claim;
    claim.origin = ClaimOrigin::Selection;
    claim.statement = clipped(anchor->quote, 400);
    claim.sources = {*anchor};
    const int id = m_review->addClaim(claim);
    showDock(QStringLiteral("ClaimsDock"));
    m_claimsPanel->selectClaim(id);
    return id;
}

int MainWindow::passageAtCursor() const
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

void MainWindow::revealAnchor(const Anchor &anchor)
{
    int row = -1;
    for (int i = 0; i < m_articles->rowCount() && row < 0; ++i) {
        if (m_articles->article(i).contentHash == anchor.articleHash)
            row = i;
    }
    if (row < 0) {
        statusBar()->showMessage(tr("That article is no longer in the story."), 5000);
        return;
    }
    if (!m_articles->isShown(row))
        m_articles->setData(m_articles->index(row, ArticleModel::OutletColumn), Qt::Checked, Qt::CheckStateRole);
    m_reader->revealSpan(ArticleId(row), anchor.span);
    if (ArticlePane *pane = m_reader->paneFor(ArticleId(row)))
        pane->textView()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateHighlights()
{
    // Opaque-ish shades composite lightly over the analysis marks below them, so a fact
    // inside an annotation still shows a hint of its status; the underline shows it fully.
    QHash<QByteArray, QList<Highlight>> byArticle;
    for (const Annotation &annotation : m_review->annotations()) {
        QTextCharFormat format;
        QColor shade = highlightShade(annotation.colour, m_theme.dark);
        shade.setAlpha(highlightAlpha);
        format.setBackground(shade);
        if (!annotation.note.isEmpty())
            format.setToolTip(annotation.note);
        byArticle[annotation.anchor.articleHash].append({annotation.anchor.span, format});
    }
    m_reader->setAnnotations(byArticle);
}

void MainWindow::showPaneContextMenu(QMenu *menu, ArticleId article, qsizetype position)
{
    ArticlePane *pane = m_reader->paneFor(article);
    if (!pane)
        return;
    m_lastPaneRow = article.value();   // the selection the actions use is this pane's
    const bool selection = pane->textView()->textCursor().hasSelection();
    menu->addSeparator();
    QAction *annotate = menu->addAction(tr("&Annotate Selection…"), this, &MainWindow::annotateSelection);
    annotate->setEnabled(selection && !m_document->isReadOnly());
    QAction *claim = menu->addAction(tr("New Claim from &Selection"), this, [this] { createClaimFromSelection(); });
    claim->setEnabled(selection && !m_document->isReadOnly());
    const auto &analysis = m_document->analysis();
    const int passage = analysis && article.value() < analysis->segmentations.size()
                            ? analysis->alignment.passageAt(article, analysis->segmentations.at(article.value()), position)
                            : -1;
    QAction *fromPassage = menu->addAction(tr("New Claim from This &Passage"), this,
                                           [this, passage] { createClaimFromPassage(passage); });
    fromPassage->setEnabled(passage >= 0 && !m_document->isReadOnly());
    const int slot = pane->slotAt(position);
    if (slot >= 0) {
        const bool quote = analysis->facts.slots.at(slot).kind == FactKind::Quote;
        QAction *fromFact = menu->addAction(quote ? tr("Create Claim from This &Quote") : tr("Create Claim from This &Fact"),
                                            this, [this, slot] { createClaimFromSlot(slot); });
        fromFact->setEnabled(!m_document->isReadOnly());
    }
    QMenu *evidence = menu->addMenu(tr("Add Selection as &Evidence"));
    for (const EvidenceRole role : {EvidenceRole::Supports, EvidenceRole::Contradicts, EvidenceRole::Context})
        evidence->addAction(evidenceRoleMenuLabel(role), this, [this, role] { m_claimsPanel->addSelectionAsEvidence(role); });
    evidence->setEnabled(selection && !m_document->isReadOnly() && m_claimsPanel->currentClaimId() >= 0);
}

QString MainWindow::reviewerName()
{
    AppSettings settings = AppSettings::read();
    if (!settings.reviewerName.isEmpty() || m_reviewerAsked)
        return settings.reviewerName;
    m_reviewerAsked = true;   // asked once: a reader who declines is not asked at every verdict
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Reviewer Name"),
                                               tr("Your name, recorded with the verdicts you set:"), QLineEdit::Normal,
                                               QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty()) {
        settings.reviewerName = name;
        settings.write();
    }
    return ok ? name : QString();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_docksSized)
        return;
    m_docksSized = true;
    // Sized once the window is laid out at its real size, unless the reader's own layout was
    // restored. The reader is what people came for: the panels get about a fifth of the width
    // and a quarter of the height, enough for their tables, and the panes keep the rest.
    if (QSettings().contains(QStringLiteral("window/state")))
        return;
    QTimer::singleShot(0, this, [this] {
        const auto docks = findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks) {
            const QString name = dock->objectName();
            // On a laptop screen an empty annotations list would take a third of the reader's
            // width: it waits, hidden, until the first annotation or View ▸ Annotations.
            if (name == u"AnnotationsDock" && width() < narrowWindowWidth && m_review->annotations().isEmpty())
                hideUntilAnnotated(dock);
            else if (name == u"AnnotationsDock")
                resizeDocks({dock}, {std::max(260, width() / 5)}, Qt::Horizontal);
            else if (name == u"FactsDock" || name == u"ClaimsDock")
                resizeDocks({dock}, {std::max(200, height() / 4)}, Qt::Vertical);
        }
    });
}

} // namespace Crossread
