// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationsdock.h"
#include "articledetailsdialog.h"
#include "core/articlemodel.h"
#include "articlepane.h"
#include "correctionactions.h"
#include "export/correctedanalysis.h"
#include "exportdialog.h"
#include "crossread_version.h"
#include "core/inputlimits.h"
#include "factmatrix.h"
#include "findbar.h"
#include "legend.h"
#include "outletbar.h"
#include "preferencesdialog.h"
#include "readerview.h"
#include "review/review.h"
#include "import/samplestory.h"
#include "review/sessionjournal.h"
#include "settings.h"
#include "shortcutlist.h"
#include "sourceactions.h"
#include "sourcemarks.h"
#include "sourceview.h"
#include "webimport.h"
#include "core/workpool.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCryptographicHash>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Crossread {
namespace {

constexpr int maxRecentFiles = 10;

ImportResult load(const LoadRequest &request)
{
    if (request.failure)
        return *request.failure;
    return request.path.isEmpty() ? importSource(request.source)
                                  : importFile(request.path, FormatHint::Auto, request.source.isCanceled);
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

/// Links dragged from a browser: the http(s) addresses among the dropped URLs.
QStringList webLinks(const QMimeData *mime)
{
    QStringList links;
    for (const QUrl &url : mime->urls()) {
        if (url.scheme() == u"http" || url.scheme() == u"https")
            links.append(url.toString());
    }
    return links;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articles(new ArticleModel(this))
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
    connect(m_reader, &ReaderView::factClicked, this, &MainWindow::showFactPopup);

    m_articleList->setModel(m_articles);
    m_articleList->setRootIsDecorated(false);
    m_articleList->setObjectName(QStringLiteral("articleList"));
    m_articleList->setAlternatingRowColors(true);
    m_articleList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_articleList->header()->setStretchLastSection(false);
    m_articleList->header()->setSectionResizeMode(ArticleModel::HeadlineColumn, QHeaderView::Stretch);
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
    m_webImport = new WebImport(this);
    statusBar()->addPermanentWidget(m_webImport);
    connect(m_webImport, &WebImport::fetched, this, [this](const QList<FetchResult> &results) {
        QList<LoadRequest> requests;
        for (const FetchResult &result : results)
            requests.append(result ? LoadRequest{{}, result.value(), {}} : LoadRequest{{}, {}, result.error()});
        startLoad(requests);
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        *m_loadCanceled = true;
        m_loader.cancel();
        cancelAnalysis();
    });
    connect(&m_analyser, &QFutureWatcher<Analysis>::progressValueChanged, this, [this](int value) {
        if (!m_loader.isRunning()) {
            m_progress->setRange(0, 100);
            m_progress->setValue(value);
        }
    });
    connect(&m_analyser, &QFutureWatcher<Analysis>::progressTextChanged, m_analysisLabel, &QLabel::setText);
    connect(&m_analyser, &QFutureWatcher<Analysis>::finished, this, &MainWindow::analysisDone);
    connect(&m_loader, &QFutureWatcher<ImportResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_loader, &QFutureWatcher<ImportResult>::finished, this, &MainWindow::loadDone);
    connect(m_articles, &ArticleModel::rowsInserted, this, &MainWindow::updateTitle);
    connect(m_articles, &ArticleModel::modelReset, this, &MainWindow::updateTitle);
    // A corrected date changes how relative dates resolve; a flipped paragraph changes what
    // is compared: analyse again.
    connect(m_articles, &ArticleModel::articleChanged, this, &MainWindow::analyse);

    createReviewUi();
    createActions();
    readSettings();
    updateTitle();
    // Tab goes through the panels in reading order: articles, reader, find bar, facts.
    setTabOrder(m_articleList, m_reader);
    setTabOrder(m_reader, m_findBar);
    setTabOrder(m_findBar, m_factMatrix);
}

MainWindow::~MainWindow()
{
    *m_loadCanceled = true;
    m_loader.cancel();
    m_analyser.cancel();
    m_loader.waitForFinished();
    m_analyser.waitForFinished();
    // The children outlive this destructor's body; their last signals (the undo stack clears
    // itself, focus moves as widgets go) must not reach a half-destroyed window.
    disconnect(qApp, nullptr, this, nullptr);
    m_review->undoStack()->disconnect(this);
    m_review->disconnect(this);
    m_articles->disconnect(this);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Open Session or Articles"), QSettings().value(QStringLiteral("lastDirectory")).toString(),
            tr("Sessions and articles (*.crossread *.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;"
               "Crossread sessions (*.crossread);;Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;"
               "All files (*)"));
        if (!paths.isEmpty()) {
            QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(paths.first()).absolutePath());
            openFiles(paths);
        }
    });
    open->setObjectName(QStringLiteral("open"));
    open->setShortcut(QKeySequence::Open);
    QAction *openUrl = file->addAction(tr("Open &URL…"), this, [this] {
        auto *dialog = new OpenUrlDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { openWebAddresses(dialog->addresses()); });
        dialog->open();
    });
    openUrl->setObjectName(QStringLiteral("openUrl"));
    openUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Session"), this, [this] {
        if (maybeSave())
            closeSession();
    });
    close->setObjectName(QStringLiteral("closeSession"));
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    // The report (issue #8): one layout for the PDF and the printer; see exportdialog.h.
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] {
        const QString base = m_sessionPath.isEmpty() ? QDir::home().filePath(tr("report"))
                                                     : m_sessionPath.chopped(QFileInfo(m_sessionPath).suffix().size() + 1);
        exportReport(this, sessionData(), m_reader->analysis(), base);
    });
    exportAction->setObjectName(QStringLiteral("exportReport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *print = file->addAction(tr("&Print…"), this, [this] { printReport(this, sessionData(), m_reader->analysis()); });
    print->setObjectName(QStringLiteral("printReport"));
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *paste = edit->addAction(tr("&Paste as Article"), this, &MainWindow::pasteAsArticle);
    paste->setObjectName(QStringLiteral("pasteAsArticle"));
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QAction *details = edit->addAction(tr("Article &Details…"), this, [this] {
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
    });
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
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::showPreferences);
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
    QMenu *themes = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    for (const QString &name : availableThemeNames()) {
        QAction *action = themes->addAction(themeMenuLabel(name), this, [this, name] { setThemeName(name); });
        action->setCheckable(true);
        action->setData(name);
        m_themeGroup->addAction(action);
    }
    view->addSeparator();
    QAction *articlesToggle = findChild<QDockWidget *>(QStringLiteral("ArticlesDock"))->toggleViewAction();
    articlesToggle->setText(tr("Articl&e List"));
    articlesToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addAction(articlesToggle);
    QAction *factsToggle = findChild<QDockWidget *>(QStringLiteral("FactsDock"))->toggleViewAction();
    factsToggle->setText(tr("Fact &Matrix"));
    factsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    view->addAction(factsToggle);

    createReviewActions(file, edit, view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Sample Story"), this, &MainWindow::openSampleStory);
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Crossread"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openFiles(const QStringList &paths)
{
    // A session replaces the story; articles given with it are added to it.
    QStringList articles;
    QStringList addresses;
    QString session;
    for (const QString &path : paths) {
        if (isWebAddress(path)) {
            addresses.append(path);
        } else if (QFileInfo(path).isDir()) {
            // A folder brings every file in it that Crossread reads, in name order; one holding
            // none goes to the importer, which says it is a folder.
            const QStringList inside = importableFilesIn(path);
            articles.append(inside.isEmpty() ? QStringList{path} : inside);
        } else if (QFileInfo(path).suffix().compare(u"crossread", Qt::CaseInsensitive) == 0) {
            if (session.isEmpty())
                session = path;
        } else {
            articles.append(path);
        }
    }
    if (!addresses.isEmpty())
        openWebAddresses(addresses);
    if (!session.isEmpty()) {
        openSessionInteractively(session);
        if (articles.isEmpty())
            return;
    }
    if (m_readOnly && !articles.isEmpty()) {
        statusBar()->showMessage(tr("This session is read-only: save it under a new name before adding articles."), 8000);
        return;
    }
    QList<LoadRequest> requests;
    for (const QString &path : std::as_const(articles))
        requests.append(LoadRequest{path, {}});
    startLoad(requests);
    addRecentFiles(articles);
}

void MainWindow::openWebAddresses(const QStringList &addresses)
{
    if (addresses.isEmpty())
        return;
    if (m_readOnly) {
        statusBar()->showMessage(tr("This session is read-only: save it under a new name before adding articles."), 8000);
        return;
    }
    m_webImport->fetch(addresses);
}

void MainWindow::openSampleStory()
{
    auto sample = sampleStory();
    if (!sample) {
        QMessageBox::warning(this, tr("Sample Story"), sample.error());
        return;
    }
    if (!maybeSave())
        return;
    closeSession();
    QList<LoadRequest> requests;
    QList<QByteArray> hashes;
    for (const ImportSource &source : sample->sources) {
        requests.append(LoadRequest{{}, source});
        hashes.append(QCryptographicHash::hash(source.bytes, QCryptographicHash::Sha256).toHex());
    }
    std::sort(hashes.begin(), hashes.end());
    startLoad(requests, sample->title);
    m_sampleHashes = hashes;
}

void MainWindow::pasteAsArticle()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    ImportSource source;
    source.name = tr("Pasted article");
    if (mime && mime->hasHtml() && !mime->html().trimmed().isEmpty()) {
        source.bytes = mime->html().toUtf8();
        source.hint = FormatHint::Html;
    } else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty()) {
        source.bytes = mime->text().toUtf8();
        source.hint = FormatHint::PlainText;
    } else {
        statusBar()->showMessage(tr("The clipboard holds no text or HTML to paste as an article."), 8000);
        Q_EMIT loadFinished({tr("The clipboard is empty.")});
        return;
    }
    startLoad({LoadRequest{{}, source}});
}

void MainWindow::startLoad(const QList<LoadRequest> &requests, const QString &storyTitle)
{
    if (requests.isEmpty())
        return;
    if (m_loader.isRunning() || m_loadUndelivered) {
        // One load at a time: queue behind the running one (or behind one whose results have
        // not reached loadDone() yet: a new future would replace it unread).
        m_pending.append(requests);
        return;
    }
    if (m_articles->rowCount() + requests.size() > Limits::maxArticles) {
        QMessageBox::warning(this, tr("Too Many Articles"),
                             tr("A story holds at most %1 articles.").arg(Limits::maxArticles));
        return;
    }
    if (!storyTitle.isEmpty())
        m_storyTitle = storyTitle;
    m_progress->setRange(0, int(requests.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    statusBar()->showMessage(tr("Importing %n article(s)…", nullptr, int(requests.size())));
    m_loadUndelivered = true;
    // A long document (a PDF of hundreds of pages) stops between its pages when canceled.
    m_loadCanceled = std::make_shared<std::atomic<bool>>(false);
    QList<LoadRequest> cancelable = requests;
    for (LoadRequest &request : cancelable)
        request.source.isCanceled = [canceled = m_loadCanceled] { return canceled->load(); };
    m_loader.setFuture(QtConcurrent::mapped(workPool(), cancelable, load));
}

void MainWindow::loadDone()
{
    m_progress->setVisible(m_analyser.isRunning());
    m_cancel->setVisible(m_analyser.isRunning());
    QList<Article> articles;
    QStringList errors;
    m_loadUndelivered = false;
    const bool cancelled = m_loader.isCanceled();
    const QFuture<ImportResult> future = m_loader.future();
    for (int i = 0; i < future.resultCount(); ++i) {
        const ImportResult result = future.resultAt(i);
        if (result)
            articles.append(result.value());
        else if (!result.error().canceled)
            errors.append(result.error().message());
    }
    // The same bytes twice would be two "outlets" agreeing on everything: the reader is told.
    errors.append(dropDuplicateArticles(&articles, m_articles->articles()));
    m_articles->append(articles);
    if (!articles.isEmpty())
        analyse();
    if (cancelled)
        statusBar()->showMessage(tr("Import cancelled; %n article(s) imported.", nullptr, int(articles.size())), 8000);
    else
        statusBar()->showMessage(tr("%n article(s) imported.", nullptr, int(articles.size())), 5000);

    if (!errors.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Some Files Could Not Be Opened"),
                                    tr("%n file(s) could not be opened:", nullptr, int(errors.size())),
                                    QMessageBox::Ok, this);
        box->setInformativeText(errors.join(u'\n'));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT loadFinished(errors);

    if (!m_pending.isEmpty())
        startLoad(std::exchange(m_pending, {}));
}

void MainWindow::addRecentFiles(const QStringList &paths)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!QFileInfo(absolute).isFile())
            continue;
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    int number = 1;
    for (const QString &path : recent) {
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openFiles({path}); });
        action->setToolTip(path);
        ++number;
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        QSettings().remove(QStringLiteral("recentFiles"));
        updateRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::showSource()
{
    const QModelIndex current = m_articleList->currentIndex();
    const int row = current.isValid() ? current.row() : (m_articles->rowCount() > 0 ? 0 : -1);
    if (row < 0)
        return;
    auto *dialog = new SourceView(m_articles->article(row), m_theme, this);
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

void MainWindow::setThemeName(const QString &name)
{
    static bool applying = false;   // setPalette sends PaletteChange, which calls back here
    if (applying)
        return;
    QScopedValueRollback guard(applying, true);
    m_themeName = name;
    // A theme the user picked colours the whole window; "System" leaves the desktop's palette.
    if (!m_systemPalette)
        m_systemPalette = std::make_unique<QPalette>(QApplication::palette());
    m_theme = themeNamed(name, *m_systemPalette);
    QApplication::setPalette(name == u"System" ? *m_systemPalette : paletteFor(m_theme, *m_systemPalette));
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == name);
    m_reader->setTheme(m_theme);
    m_factMatrix->setTheme(m_theme);
    m_annotationsDock->setDark(m_theme.dark);
    updateHighlights();
    viewChanged();
}

void MainWindow::updateTitle()
{
    const QString story = !m_storyTitle.isEmpty() ? m_storyTitle
                          : m_articles->rowCount() > 0 ? tr("%n article(s)", nullptr, m_articles->rowCount())
                                                       : QString();
    // A saved session is named by its file; "[*]" is where Qt shows the modified marker.
    const QString name = !m_sessionPath.isEmpty() ? QFileInfo(m_sessionPath).completeBaseName() : story;
    QString title = name.isEmpty() ? tr("Crossread") + QStringLiteral("[*]") : tr("%1[*] — Crossread").arg(name);
    if (m_readOnly)
        title += u' ' + tr("(read-only)");
    setWindowTitle(title);
    setWindowModified(hasUnsavedChanges());
}

void MainWindow::analyse()
{
    if (m_analyser.isRunning()) {
        // Restart with the current articles once the running analysis has stopped.
        m_analysisQueued = true;
        m_analyser.cancel();
        return;
    }
    if (m_articles->rowCount() == 0)
        return;
    m_analysisQueued = false;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_analysisLabel->setText(tr("Analysing…"));
    m_analyser.setFuture(startAnalysis(m_articles->articles()));
}

void MainWindow::cancelAnalysis()
{
    m_analysisQueued = false;
    m_analyser.cancel();
}

void MainWindow::analysisDone()
{
    m_progress->setVisible(m_loader.isRunning());
    m_cancel->setVisible(m_loader.isRunning());
    const QFuture<Analysis> future = m_analyser.future();
    if (m_analysisQueued) {
        analyse();
        return;
    }
    if (future.isCanceled() || future.resultCount() == 0) {
        m_analysisLabel->setText(tr("Analysis cancelled"));
        return;
    }
    auto engine = std::make_shared<const Analysis>(future.result());
    if (engine->articles.size() != m_articles->rowCount()) {
        analyse();   // articles changed while it ran
        return;
    }
    m_engineAnalysis = engine;
    if (!engine->messages.isEmpty())
        statusBar()->showMessage(translatedTexts(engine->messages).join(QStringLiteral(" ")), 10000);
    showCorrectedAnalysis();
    Q_EMIT analysisFinished();
}

void MainWindow::showCorrectedAnalysis()
{
    if (!m_engineAnalysis || m_engineAnalysis->articles.size() != m_articles->rowCount())
        return;
    auto analysis = std::make_shared<const Analysis>(applyCorrections(*m_engineAnalysis, m_review->corrections()));
    int conflicts = 0;
    for (const FactSlot &slot : analysis->facts.slots)
        conflicts += slot.isConflict() ? 1 : 0;
    m_analysisLabel->setText(tr("%n passage(s)", nullptr, int(analysis->alignment.passages.size())) + QStringLiteral(" · ")
                             + tr("%n conflict(s)", nullptr, conflicts));
    m_reader->setAnalysis(analysis);
    m_corrections->setAnalysis(analysis);
    QStringList names;
    for (const Article &article : analysis->articles)
        names.append(article.displayName());
    m_factMatrix->setFacts(analysis->facts, names);
    m_factMatrix->setSource(analysis->source);
    m_factMatrix->setCorrections(analysis->corrections);
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
    m_review->removeArticles(m_articles, rows);
}

void MainWindow::showFactPopup(int slotId, const QPoint &globalPos)
{
    const auto &analysis = m_reader->analysis();
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
                                     this, [this, slotId] { createClaimFromSlot(slotId); });
    claim->setObjectName(QStringLiteral("claimFromFact"));
    claim->setEnabled(!m_readOnly);
    m_corrections->addSlotActions(menu, slotId, ArticleId());
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
    discardJournal();
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

bool MainWindow::openDropped(const QMimeData *mime)
{
    const QStringList files = localFiles(mime);
    const QStringList links = webLinks(mime);
    if (!files.isEmpty()) {
        openFiles(files);
    } else if (!links.isEmpty()) {
        // A link dragged from a browser: the page it points to, not the link's own markup.
        openWebAddresses(links);
    } else if (mime->hasHtml()) {
        startLoad({LoadRequest{{}, ImportSource{mime->html().toUtf8(), tr("Dropped article"), FormatHint::Html}}});
    } else if (mime->hasText()) {
        startLoad({LoadRequest{{}, ImportSource{mime->text().toUtf8(), tr("Dropped article"), FormatHint::PlainText}}});
    } else {
        return false;
    }
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    // Follow the desktop when it switches between light and dark.
    if (event->type() == QEvent::PaletteChange && m_themeName == u"System" && m_themeGroup && m_systemPalette) {
        m_systemPalette.reset();
        setThemeName(m_themeName);
    }
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
    setThemeName(AppSettings::read(settings).themeName);
    applyReaderFont();
}

void MainWindow::applyReaderFont()
{
    // Only what the user chose is set, so the rest still follows the desktop's font.
    m_reader->setFont(AppSettings::read().readerFont(QFont()));
}

void MainWindow::showPreferences()
{
    AppSettings current = AppSettings::read();
    current.themeName = m_themeName;
    auto *dialog = new PreferencesDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, current] {
        const AppSettings chosen = dialog->settings();
        chosen.write();
        setThemeName(chosen.themeName);
        applyReaderFont();
        if (chosen.language != current.language)
            statusBar()->showMessage(tr("The new language takes effect the next time Crossread starts."), 10000);
    });
    dialog->open();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(SettingsKey::theme, m_themeName);
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
