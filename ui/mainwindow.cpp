// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationsdock.h"
#include "articledetailsdialog.h"
#include "claimspanel.h"
#include "core/articlemodel.h"
#include "correctionactions.h"
#include "crossread_version.h"
#include "export/correctedanalysis.h"
#include "exportdialog.h"
#include "factmatrix.h"
#include "findbar.h"
#include "legend.h"
#include "outletbar.h"
#include "readerview.h"
#include "review/review.h"
#include "settings.h"
#include "shortcutlist.h"
#include "sourceactions.h"
#include "sourcemarks.h"
#include "sourceview.h"
#include "webimport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Crossread {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new StoryDocument)
    , m_articles(m_document->articles())
    , m_review(m_document->review())
    , m_reader(new ReaderView(m_articles, this))
    , m_articleList(new QTreeView(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_findBar = new FindBar(m_reader, this);
    m_findBar->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(new OutletBar(m_articles, central));
    centralLayout->addWidget(new Legend(m_reader, central));
    centralLayout->addWidget(m_reader, 1);
    centralLayout->addWidget(m_findBar);
    setCentralWidget(central);
    // The panels never squeeze the reader below a few lines of text: dragging a panel larger
    // stops there.
    m_reader->setMinimumHeight(m_reader->fontMetrics().lineSpacing() * 8);
    connect(m_reader, &ReaderView::factClicked, this, &MainWindow::showFactPopup);

    m_articleList->setModel(m_articles);
    m_articleList->setRootIsDecorated(false);
    m_articleList->setObjectName(QStringLiteral("articleList"));
    m_articleList->setAlternatingRowColors(true);
    m_articleList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_articleList->header()->setStretchLastSection(false);
    m_articleList->header()->setSectionResizeMode(ArticleModel::HeadlineColumn, QHeaderView::Stretch);
    // Outlet names are short and what the reader scans for: shown whole, the headline takes the rest.
    m_articleList->header()->setSectionResizeMode(ArticleModel::OutletColumn, QHeaderView::ResizeToContents);
    m_articleList->setAccessibleName(tr("Articles of the story"));
    m_articleList->setAccessibleDescription(tr("One row per article; Alt+Enter edits its details, Delete removes it."));
    auto *dock = new QDockWidget(tr("Articles"), this);
    dock->setObjectName(QStringLiteral("ArticlesDock"));
    dock->setAccessibleName(tr("Articles panel"));
    dock->setWidget(m_articleList);
    addDockWidget(Qt::TopDockWidgetArea, dock);
    resizeDocks({dock}, {130}, Qt::Vertical);

    m_factMatrix = new FactMatrix(this);
    auto *factsDock = new QDockWidget(tr("Facts"), this);
    factsDock->setObjectName(QStringLiteral("FactsDock"));
    factsDock->setAccessibleName(tr("Facts panel"));
    factsDock->setWidget(m_factMatrix);
    addDockWidget(Qt::BottomDockWidgetArea, factsDock);
    resizeDocks({factsDock}, {220}, Qt::Vertical);
    connect(m_factMatrix, &FactMatrix::mentionActivated, m_reader, &ReaderView::revealSpan);

    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop importing"));
    m_cancel->setVisible(false);
    m_analysisLabel = new QLabel(this);
    m_analysisLabel->setAccessibleName(tr("Analysis status"));
    statusBar()->addPermanentWidget(m_analysisLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    auto *web = new WebImport(this);
    statusBar()->addPermanentWidget(web);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_document->cancelImport();
        cancelAnalysis();
    });
    connect(m_document, &StoryDocument::analysisProgress, this, [this](int value, const QString &stage) {
        if (!m_document->isImporting()) {
            m_progress->setRange(0, 100);
            m_progress->setValue(value);
        }
        if (!stage.isEmpty())
            m_analysisLabel->setText(stage);
    });
    // The views follow the document themselves; the window adds the status bar's count.
    m_reader->setDocument(m_document);
    m_factMatrix->setDocument(m_document);
    connect(m_document, &StoryDocument::analysisStarted, this, &MainWindow::analysisStarted);
    connect(m_document, &StoryDocument::analysisChanged, this, &MainWindow::showAnalysis);
    connect(m_document, &StoryDocument::analysisFinished, this, &MainWindow::analysisDone);
    connect(m_document, &StoryDocument::analysisCanceled, this,
            [this] { m_analysisLabel->setText(tr("Analysis cancelled")); });
    connect(m_document, &StoryDocument::busyChanged, this, &MainWindow::updateBusy);
    connect(m_document, &StoryDocument::importStarted, this, [this](int count) {
        m_progress->setRange(0, count);
        m_progress->setValue(0);
        updateBusy();
        statusBar()->showMessage(tr("Importing %n article(s)…", nullptr, count));
    });
    connect(m_document, &StoryDocument::importProgress, m_progress, &QProgressBar::setValue);
    connect(m_document, &StoryDocument::importFinished, this, &MainWindow::updateBusy);
    connect(m_document, &StoryDocument::stateChanged, this, &MainWindow::updateTitle);
    connect(m_articles, &ArticleModel::rowsInserted, this, &MainWindow::updateTitle);
    connect(m_articles, &ArticleModel::modelReset, this, &MainWindow::updateTitle);

    m_files = new FileActions(m_document, this, statusBar(), web);
    connect(m_files, &FileActions::loadFinished, this, &MainWindow::loadFinished);
    connect(m_files, &FileActions::journalError, this, &MainWindow::journalError);
    connect(m_files, &FileActions::sessionChanged, this, &MainWindow::updateTitle);
    connect(m_files, &FileActions::reviewOpened, this, [this] { showDock(QStringLiteral("ClaimsDock")); });
    m_viewing = new ViewActions(m_reader, m_factMatrix, this, statusBar());
    connect(m_viewing, &ViewActions::themeChanged, this, &MainWindow::themeChanged);
    createPanels();
    createActions();
    readSettings();
    updateTitle();
    // Tab goes through the panels in reading order: articles, reader, find bar, facts.
    setTabOrder(m_articleList, m_reader);
    setTabOrder(m_reader, m_findBar);
    setTabOrder(m_findBar, m_factMatrix);
    for (QDockWidget *panel : findChildren<QDockWidget *>())
        panel->installEventFilter(this);
    // The window's last child, so the views that read the document go before it does.
    m_document->setParent(this);
}

MainWindow::~MainWindow()
{
    for (QDockWidget *panel : findChildren<QDockWidget *>())
        panel->removeEventFilter(this);
    m_document->disconnect(this);
    // The children outlive this destructor's body; their last signals (the undo stack clears
    // itself, focus moves as widgets go) must not reach a half-destroyed window.
    disconnect(qApp, nullptr, this, nullptr);
    disconnect(qApp, nullptr, m_reviewing, nullptr);
    m_review->undoStack()->disconnect(this);
    m_review->disconnect(this);
    m_review->disconnect(m_reviewing);
    m_articles->disconnect(this);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newSession());
    file->addAction(m_files->open());
    file->addAction(m_files->openUrl());
    file->addMenu(m_files->recentFilesMenu());
    file->addMenu(m_files->recentSessionsMenu());
    file->addSeparator();
    file->addAction(m_files->save());
    file->addAction(m_files->saveAs());
    file->addSeparator();
    file->addAction(m_files->closeSessionAction());
    file->addSeparator();
    // The report (issue #8): one layout for the PDF and the printer; see exportdialog.h.
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] {
        const QString path = m_document->sessionPath();
        const QString base = path.isEmpty() ? QDir::home().filePath(tr("report"))
                                            : path.chopped(QFileInfo(path).suffix().size() + 1);
        exportReport(this, sessionData(), m_document->analysis(), base);
    });
    exportAction->setObjectName(QStringLiteral("exportReport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *print = file->addAction(tr("&Print…"), this, [this] { printReport(this, sessionData(), m_document->analysis()); });
    print->setObjectName(QStringLiteral("printReport"));
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_review->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_review->undoStack()->createRedoAction(this, tr("Red&o"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_files->pasteAsArticleAction());
    QAction *details = edit->addAction(tr("Article &Details…"), this, &MainWindow::editArticleDetails);
    details->setObjectName(QStringLiteral("articleDetails"));
    details->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_articleList->addAction(details);
    connect(m_articleList, &QTreeView::doubleClicked, details, &QAction::trigger);
    QAction *remove = edit->addAction(tr("&Remove Article from Story"), this, &MainWindow::removeSelectedArticles);
    remove->setObjectName(QStringLiteral("removeArticle"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_articleList->addAction(remove);
    m_sourceActions = new SourceActions(m_articleList, m_articles, m_review, this);
    edit->addAction(m_sourceActions->markAction());
    m_articleList->addAction(m_sourceActions->markAction());
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in All Articles…"), m_findBar, &FindBar::activate);
    find->setObjectName(QStringLiteral("find"));
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), this, [this] { m_reader->findNext(ReaderView::Step::Next); });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), this, [this] { m_reader->findNext(ReaderView::Step::Previous); });
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), m_viewing, &ViewActions::showPreferences);
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences).value(0, QKeySequence(Qt::CTRL | Qt::Key_Comma)));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    // `none` tells, when nothing is found, whether the story has no such place at all.
    auto addGo = [&](const QString &name, const QString &text, const QKeySequence &key, auto function,
                     std::function<QString()> none = {}) {
        QAction *action = go->addAction(text, this, [this, function, none] {
            if (function())
                return;
            const QString nothing = none ? none() : QString();
            statusBar()->showMessage(nothing.isEmpty() ? tr("No more in this direction.") : nothing, 3000);
        });
        action->setObjectName(name);
        action->setShortcut(key);
        return action;
    };
    addGo(QStringLiteral("nextDifference"), tr("Next &Difference"), QKeySequence(Qt::ALT | Qt::Key_Down),
          [this] { return m_reader->goToDifference(ReaderView::Step::Next); });
    addGo(QStringLiteral("previousDifference"), tr("Previous Di&fference"), QKeySequence(Qt::ALT | Qt::Key_Up),
          [this] { return m_reader->goToDifference(ReaderView::Step::Previous); });
    go->addSeparator();
    const auto noConflicts = [this] { return m_reader->hasConflicts() ? QString() : tr("No conflicts in this story."); };
    const auto noUnique = [this] {
        return m_reader->hasUniquePassages() ? QString() : tr("No passage in this story is told by one outlet only.");
    };
    addGo(QStringLiteral("nextConflict"), tr("Next &Conflict"), QKeySequence(Qt::Key_F8),
          [this] { return m_reader->goToConflict(ReaderView::Step::Next); }, noConflicts);
    addGo(QStringLiteral("previousConflict"), tr("Previous Co&nflict"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
          [this] { return m_reader->goToConflict(ReaderView::Step::Previous); }, noConflicts);
    go->addSeparator();
    addGo(QStringLiteral("nextUnique"), tr("Next &Unique Passage"), QKeySequence(Qt::Key_F7),
          [this] { return m_reader->goToUnique(ReaderView::Step::Next); }, noUnique);
    addGo(QStringLiteral("previousUnique"), tr("Previous Uni&que Passage"), QKeySequence(Qt::SHIFT | Qt::Key_F7),
          [this] { return m_reader->goToUnique(ReaderView::Step::Previous); }, noUnique);

    // Review: annotate, make claims, add evidence, the verdict set.
    m_reviewing->populateMenu(menuBar()->addMenu(tr("&Review")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *source = view->addAction(tr("Article S&ource"), this, &MainWindow::showSource);
    source->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_articleList->addAction(source);
    QAction *sync = view->addAction(tr("&Synchronized Scrolling"), m_reader, &ReaderView::setSyncScrolling);
    sync->setObjectName(QStringLiteral("syncScrolling"));
    sync->setCheckable(true);
    sync->setChecked(true);
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    QAction *collapse = view->addAction(tr("&Collapse Boilerplate"), m_reader, &ReaderView::setBoilerplateCollapsed);
    collapse->setObjectName(QStringLiteral("collapseBoilerplate"));
    collapse->setCheckable(true);
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_viewing->populateWordingMenu(view->addMenu(tr("Mark Re&worded Words")));
    QMenu *filter = view->addMenu(tr("Show &Passages"));
    auto *filterGroup = new QActionGroup(this);
    const std::pair<PassageFilter, QString> filters[] = {
        {PassageFilter::All, tr("&All")},
        {PassageFilter::UniqueToOne, tr("&Unique to One Outlet")},
        {PassageFilter::MissingFromOne, tr("&Missing from One Outlet")},
    };
    for (const auto &[value, label] : filters) {
        QAction *action = filter->addAction(label, this, [this, value = value] { m_reader->setPassageFilter(value); });
        action->setCheckable(true);
        action->setChecked(value == PassageFilter::All);
        filterGroup->addAction(action);
    }
    QAction *reanalyse = view->addAction(tr("&Analyse Again"), this, &MainWindow::analyse);
    reanalyse->setShortcut(QKeySequence(Qt::Key_F5));
    view->addSeparator();
    m_viewing->populateThemeMenu(view->addMenu(tr("&Theme")));
    view->addSeparator();
    QAction *articlesToggle = findChild<QDockWidget *>(QStringLiteral("ArticlesDock"))->toggleViewAction();
    articlesToggle->setText(tr("Articl&e List"));
    articlesToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addAction(articlesToggle);
    QAction *factsToggle = findChild<QDockWidget *>(QStringLiteral("FactsDock"))->toggleViewAction();
    factsToggle->setText(tr("Fact &Matrix"));
    factsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    view->addAction(factsToggle);

    addPanelActions(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_files->openSampleAction());
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Crossread"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::editArticleDetails()
{
    const QModelIndex current = m_articleList->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    auto *dialog = new ArticleDetailsDialog(m_articles->article(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row < m_articles->rowCount())
            m_articles->setMetadata(row, dialog->metadata());
        m_sourceActions->setSource(row, dialog->isSource());
    });
    dialog->open();
}

void MainWindow::updateBusy()
{
    const bool busy = m_document->isImporting() || m_document->isAnalysing();
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

void MainWindow::showSource()
{
    const QModelIndex current = m_articleList->currentIndex();
    const int row = current.isValid() ? current.row() : (m_articles->rowCount() > 0 ? 0 : -1);
    if (row < 0)
        return;
    auto *dialog = new SourceView(m_articles->article(row), m_viewing->theme(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Crossread"),
                       tr("<h3>Crossread %1</h3>"
                          "<p>Read several outlets' coverage of one story side by side: where they agree, "
                          "where they disagree, and what only one of them says.</p>"
                          "<p>Qt %2 (built with %3)<br>KSyntaxHighlighting: %4</p>")
                           .arg(QStringLiteral(CROSSREAD_VERSION_STRING), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR),
                                haveSyntaxHighlighting() ? tr("in use") : tr("not available; built-in themes")));
}

void MainWindow::updateTitle()
{
    const QString storyTitle = m_document->title();
    const QString sessionPath = m_document->sessionPath();
    const QString story = !storyTitle.isEmpty() ? storyTitle
                          : m_articles->rowCount() > 0 ? tr("%n article(s)", nullptr, m_articles->rowCount())
                                                       : QString();
    // A saved session is named by its file; "[*]" is where Qt shows the modified marker.
    const QString name = !sessionPath.isEmpty() ? QFileInfo(sessionPath).completeBaseName() : story;
    QString title = name.isEmpty() ? tr("Crossread") + QStringLiteral("[*]") : tr("%1[*] — Crossread").arg(name);
    if (m_document->isReadOnly())
        title += u' ' + tr("(read-only)");
    setWindowTitle(title);
    setWindowModified(hasUnsavedChanges());
}

void MainWindow::analysisStarted()
{
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    updateBusy();
    m_analysisLabel->setText(tr("Analysing…"));
}

void MainWindow::showAnalysis(const std::shared_ptr<const Analysis> &analysis)
{
    if (!analysis)
        return;
    int conflicts = 0;
    for (const FactSlot &slot : analysis->facts.slots)
        conflicts += slot.isConflict() ? 1 : 0;
    m_analysisLabel->setText(tr("%n passage(s)", nullptr, int(analysis->alignment.passages.size())) + QStringLiteral(" · ")
                             + tr("%n conflict(s)", nullptr, conflicts));
}

void MainWindow::analysisDone()
{
    const auto &analysis = m_document->analysis();
    if (!analysis)
        return;
    if (!analysis->messages.isEmpty())
        statusBar()->showMessage(translatedTexts(analysis->messages).join(QStringLiteral(" ")), 10000);
    Q_EMIT analysisFinished();
}

void MainWindow::removeSelectedArticles()
{
    QList<int> rows;
    QList<QByteArray> hashes;
    for (const QModelIndex &index : m_articleList->selectionModel()->selectedRows()) {
        rows.append(index.row());
        hashes.append(m_articles->article(index.row()).contentHash);
    }
    if (rows.isEmpty())
        return;
    // Removing is undoable (Ctrl+Z), but a reader's own work on the article deserves a question.
    const CarriedItems carried = m_review->carriedBy(hashes);
    if (!carried.isEmpty()) {
        const QString what = tr("%1 and %2", "annotations and claims")
                                 .arg(tr("%n annotation(s)", nullptr, carried.annotations), tr("%n claim(s)", nullptr, carried.claims));
        const QString question = rows.size() == 1
            ? tr("Remove “%1” and the %2 on it?").arg(m_articles->article(rows.first()).displayName(), what)
            : tr("Remove %n articles and the %1 on them?", nullptr, int(rows.size())).arg(what);
        QMessageBox box(QMessageBox::Question, tr("Remove Article"), question, QMessageBox::Cancel, this);
        box.setInformativeText(tr("Edit ▸ Undo brings them back."));
        box.setDefaultButton(box.addButton(tr("Remove"), QMessageBox::DestructiveRole));
        box.setObjectName(QStringLiteral("removeArticleQuestion"));
        if (box.exec() == QMessageBox::Cancel)
            return;
    }
    m_document->removeArticles(rows);
}

void MainWindow::showFactPopup(int slotId, const QPoint &globalPos)
{
    const auto &analysis = m_document->analysis();
    if (!analysis || slotId < 0 || slotId >= analysis->facts.slots.size())
        return;
    const FactSlot &slot = analysis->facts.slots.at(slotId);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(slot.corrected ? tr("%1 (%2)").arg(slot.label.translated(), correctedByText(slot.correctedBy))
                                    : slot.label.translated());
    const Topic &topic = analysis->facts.topics.value(slot.topic);
    const QList<int> slots = topic.slots.isEmpty() ? QList<int>{slotId} : topic.slots;
    for (int id : slots) {
        const FactSlot &related = analysis->facts.slots.at(id);
        if (id != slotId)
            menu->addSection(related.label.translated());
        for (const Mention &mention : related.mentions) {
            const Article &source = analysis->articles.at(mention.article.value());
            const QString outlet = withPageLabel(source.displayName(), source, mention.span.start);
            QString said = mention.surface.simplified();
            if (said.size() > 90)
                said = said.left(89) + u'…';
            // Against the story's source: "✗ differs from the source: 'guarantee' for 'secure'".
            if (const QString against = sourceMentionText(*analysis, id, &mention - related.mentions.constData()); !against.isEmpty())
                said += QStringLiteral(" — ") + against;
            QAction *jump = menu->addAction(tr("%1: %2").arg(outlet, said), this, [this, mention] {
                m_reader->revealSpan(mention.article, mention.span);
            });
            if (!mention.differences.isEmpty())
                jump->setToolTip(translatedTexts(mention.differences).join(QStringLiteral("; ")));
            jump->setEnabled(m_reader->paneFor(mention.article) != nullptr);
        }
    }
    menu->addSeparator();
    QAction *claim = menu->addAction(slot.kind == FactKind::Quote ? tr("Create &Claim from This Quote")
                                                                  : tr("Create &Claim from This Fact"),
                                     this, [this, slotId] { m_reviewing->createClaimFromSlot(slotId); });
    claim->setObjectName(QStringLiteral("claimFromFact"));
    claim->setEnabled(!m_document->isReadOnly());
    m_reviewing->corrections()->addSlotActions(menu, slotId, ArticleId());
    menu->popup(globalPos);
}

void MainWindow::showShortcuts()
{
    // By menu, in menu order, each action once; actions of panels and lists after the menus.
    QMessageBox::information(this, tr("Keyboard Shortcuts"),
                             shortcutTable(shortcutEntries(menuBar(), findChildren<QAction *>())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Saved, or the reader chose to drop the changes: nothing is left to recover.
    m_document->discardJournal();
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() || mime->hasHtml() || mime->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (openDropped(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_viewing)
        m_viewing->desktopPaletteChanged();
    QMainWindow::changeEvent(event);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1280 x 800, or nine tenths of a smaller screen's free area (a 1366 x 768 laptop
        // leaves about 1366 x 740 beside its panels).
        QSize size(1280, 800);
        if (const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            size = size.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10));
        }
        resize(size);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_viewing->setThemeName(AppSettings::read(settings).themeName);
    m_viewing->applyReaderFont();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(SettingsKey::theme, m_viewing->themeName());
}

int runGui(QApplication &app, const QStringList &files, bool openSample)
{
    MainWindow window;
    window.show();
    // After the window is up, so the offer appears above it.
    QTimer::singleShot(0, &window, &MainWindow::offerRecovery);
    if (openSample)
        window.openSampleStory();
    if (!files.isEmpty())
        window.openFiles(files);
    return app.exec();
}

} // namespace Crossread
