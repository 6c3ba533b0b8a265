// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "articlemodel.h"
#include "articlepane.h"
#include "cli.h"
#include "crossread_version.h"
#include "inputlimits.h"
#include "panesview.h"
#include "samplestory.h"
#include "sourceview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QtConcurrent>

namespace Crossread {
namespace {

constexpr int maxRecentFiles = 10;

ImportResult load(const LoadRequest &request)
{
    return request.path.isEmpty() ? importSource(request.source) : importFile(request.path);
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

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articles(new ArticleModel(this))
    , m_panes(new PanesView(m_articles, this))
    , m_articleList(new QTreeView(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_panes);

    m_articleList->setModel(m_articles);
    m_articleList->setRootIsDecorated(false);
    m_articleList->setAlternatingRowColors(true);
    m_articleList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_articleList->header()->setStretchLastSection(false);
    m_articleList->header()->setSectionResizeMode(ArticleModel::HeadlineColumn, QHeaderView::Stretch);
    m_articleList->setAccessibleName(tr("Articles of the story"));
    auto *dock = new QDockWidget(tr("Articles"), this);
    dock->setObjectName(QStringLiteral("ArticlesDock"));
    dock->setWidget(m_articleList);
    addDockWidget(Qt::TopDockWidgetArea, dock);

    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop importing"));
    m_cancel->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_loader.cancel(); });
    connect(&m_loader, &QFutureWatcher<ImportResult>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_loader, &QFutureWatcher<ImportResult>::finished, this, &MainWindow::loadDone);
    connect(m_articles, &ArticleModel::rowsInserted, this, &MainWindow::updateTitle);
    connect(m_articles, &ArticleModel::modelReset, this, &MainWindow::updateTitle);

    createActions();
    readSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_loader.cancel();
    m_loader.waitForFinished();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Articles…"), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Open Articles"), QSettings().value(QStringLiteral("lastDirectory")).toString(),
            tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
        if (!paths.isEmpty()) {
            QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(paths.first()).absolutePath());
            openFiles(paths);
        }
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Story"), this, [this] {
        m_articles->clear();
        m_storyTitle.clear();
        updateTitle();
    });
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *paste = edit->addAction(tr("&Paste as Article"), this, &MainWindow::pasteAsArticle);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *source = view->addAction(tr("Article &Source"), this, &MainWindow::showSource);
    source->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_articleList->addAction(source);
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    for (const QString &name : availableThemeNames()) {
        const QString label = name == u"System" ? tr("Follow the System")
                              : name == u"Light" ? tr("Light")
                              : name == u"Dark"  ? tr("Dark")
                                                 : name;
        QAction *action = themes->addAction(label, this, [this, name] { setThemeName(name); });
        action->setCheckable(true);
        action->setData(name);
        m_themeGroup->addAction(action);
    }
    view->addSeparator();
    view->addAction(findChild<QDockWidget *>(QStringLiteral("ArticlesDock"))->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Sample Story"), this, &MainWindow::openSampleStory);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Crossread"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openFiles(const QStringList &paths)
{
    QList<LoadRequest> requests;
    for (const QString &path : paths)
        requests.append(LoadRequest{path, {}});
    startLoad(requests);
    addRecentFiles(paths);
}

void MainWindow::openSampleStory()
{
    auto sample = sampleStory();
    if (!sample) {
        QMessageBox::warning(this, tr("Sample Story"), sample.error());
        return;
    }
    m_articles->clear();
    QList<LoadRequest> requests;
    for (const ImportSource &source : sample->sources)
        requests.append(LoadRequest{{}, source});
    startLoad(requests, sample->title);
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
    if (m_loader.isRunning()) {
        // One load at a time: queue behind the running one.
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
    m_loader.setFuture(QtConcurrent::mapped(requests, load));
}

void MainWindow::loadDone()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    QList<Article> articles;
    QStringList errors;
    const bool cancelled = m_loader.isCanceled();
    const QFuture<ImportResult> future = m_loader.future();
    for (int i = 0; i < future.resultCount(); ++i) {
        const ImportResult result = future.resultAt(i);
        if (result)
            articles.append(result.value());
        else
            errors.append(result.error().message());
    }
    m_articles->append(articles);
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
    QAction *clear = m_recentMenu->addAction(tr("Clear List"), this, [this] {
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
    m_themeName = name;
    m_theme = themeNamed(name, QApplication::palette());
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == name);
    m_panes->setTheme(m_theme);
}

void MainWindow::updateTitle()
{
    const QString story = !m_storyTitle.isEmpty() ? m_storyTitle
                          : m_articles->rowCount() > 0 ? tr("%n article(s)", nullptr, m_articles->rowCount())
                                                       : QString();
    setWindowTitle(story.isEmpty() ? tr("Crossread") : tr("%1 — Crossread").arg(story));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
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
    const QMimeData *mime = event->mimeData();
    const QStringList files = localFiles(mime);
    if (!files.isEmpty()) {
        openFiles(files);
    } else if (mime->hasHtml()) {
        startLoad({LoadRequest{{}, ImportSource{mime->html().toUtf8(), tr("Dropped article"), FormatHint::Html}}});
    } else if (mime->hasText()) {
        startLoad({LoadRequest{{}, ImportSource{mime->text().toUtf8(), tr("Dropped article"), FormatHint::PlainText}}});
    } else {
        return;
    }
    event->acceptProposedAction();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Follow the desktop when it switches between light and dark.
    if (event->type() == QEvent::PaletteChange && m_themeName == u"System" && m_themeGroup)
        setThemeName(m_themeName);
    QMainWindow::changeEvent(event);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setThemeName(settings.value(QStringLiteral("view/theme"), QStringLiteral("System")).toString());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/theme"), m_themeName);
}

int runGui(QApplication &app)
{
    const Cli::GuiRequest request = Cli::parseGuiArguments(app.arguments());
    MainWindow window;
    window.show();
    if (request.openSample)
        window.openSampleStory();
    if (!request.files.isEmpty())
        window.openFiles(request.files);
    return app.exec();
}

} // namespace Crossread
