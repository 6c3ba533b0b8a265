// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"

#include "core/articlemodel.h"
#include "core/inputlimits.h"
#include "import/samplestory.h"
#include "recoverydialog.h"
#include "review/review.h"
#include "review/sessionjournal.h"
#include "webimport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

namespace Crossread {
namespace {

constexpr int maxRecentFiles = 10;
constexpr int maxRecentSessions = 10;
const QLatin1StringView recentFilesKey{"recentFiles"};
const QLatin1StringView recentSessionsKey{"recentSessions"};
const QLatin1StringView lastDirectoryKey{"lastDirectory"};

/// Error messages name files and carry their reasons verbatim: plain text, never markup.
void showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
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

/// Puts `paths` first in the recent list stored under `key`, keeping at most `limit` entries.
void rememberRecent(QLatin1StringView key, const QStringList &paths, int limit)
{
    QSettings settings;
    QStringList recent = settings.value(key).toStringList();
    for (const QString &path : paths) {
        recent.removeAll(path);
        recent.prepend(path);
    }
    while (recent.size() > limit)
        recent.removeLast();
    settings.setValue(key, recent);
}

} // namespace

FileActions::FileActions(StoryDocument *document, QWidget *window, QStatusBar *status, WebImport *web)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_status(status)
    , m_web(web)
{
    m_open = new QAction(tr("&Open…"), this);
    m_open->setObjectName(QStringLiteral("open"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            m_window, tr("Open Session or Articles"), QSettings().value(lastDirectoryKey).toString(),
            tr("Sessions and articles (*.crossread *.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;"
               "Crossread sessions (*.crossread);;Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht *.pdf);;"
               "All files (*)"));
        if (!paths.isEmpty()) {
            QSettings().setValue(lastDirectoryKey, QFileInfo(paths.first()).absolutePath());
            openFiles(paths);
        }
    });
    m_openUrl = new QAction(tr("Open &URL…"), this);
    m_openUrl->setObjectName(QStringLiteral("openUrl"));
    m_openUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_openUrl, &QAction::triggered, this, [this] {
        auto *dialog = new OpenUrlDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { openWebAddresses(dialog->addresses()); });
        dialog->open();
    });
    m_recentFiles = new QMenu(tr("Open &Recent"), m_window);
    updateRecentFiles();

    m_newSession = new QAction(tr("&New Session"), this);
    m_newSession->setObjectName(QStringLiteral("newSession"));
    m_newSession->setShortcut(QKeySequence::New);
    m_close = new QAction(tr("&Close Session"), this);
    m_close->setObjectName(QStringLiteral("closeSession"));
    m_close->setShortcut(QKeySequence::Close);
    for (QAction *closing : {m_newSession, m_close}) {
        connect(closing, &QAction::triggered, this, [this] {
            if (maybeSave())
                closeSession();
        });
    }
    m_recentSessions = new QMenu(tr("Recent Sess&ions"), m_window);
    m_recentSessions->menuAction()->setObjectName(QStringLiteral("recentSessions"));
    updateRecentSessions();
    m_save = new QAction(tr("&Save Session"), this);
    m_save->setObjectName(QStringLiteral("saveSession"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] { saveSession(); });
    m_saveAs = new QAction(tr("Save Session &As…"), this);
    m_saveAs->setObjectName(QStringLiteral("saveSessionAs"));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAs, &QAction::triggered, this, &FileActions::saveSessionAs);

    m_paste = new QAction(tr("&Paste as Article"), this);
    m_paste->setObjectName(QStringLiteral("pasteAsArticle"));
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_paste, &QAction::triggered, this, &FileActions::pasteAsArticle);
    m_sample = new QAction(tr("Open &Sample Story"), this);
    connect(m_sample, &QAction::triggered, this, &FileActions::openSampleStory);

    connect(m_web, &WebImport::fetched, this, [this](const QList<FetchResult> &results) {
        QList<LoadRequest> requests;
        for (const FetchResult &result : results)
            requests.append(result ? LoadRequest{{}, result.value(), {}} : LoadRequest{{}, {}, result.error()});
        startLoad(requests);
    });
    connect(m_document, &StoryDocument::importFinished, this, &FileActions::importFinished);
    connect(m_document, &StoryDocument::journalError, this, &FileActions::reportJournalError);
}

bool FileActions::refuseWhenReadOnly()
{
    if (!m_document->isReadOnly())
        return false;
    m_status->showMessage(tr("This session is read-only: save it under a new name before adding articles."), 8000);
    return true;
}

void FileActions::setReadOnly(bool readOnly)
{
    m_save->setEnabled(!readOnly);
    m_paste->setEnabled(!readOnly);
}

void FileActions::openFiles(const QStringList &paths)
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
    if (articles.isEmpty() || refuseWhenReadOnly())
        return;
    QList<LoadRequest> requests;
    for (const QString &path : std::as_const(articles))
        requests.append(LoadRequest{path, {}});
    startLoad(requests);
    addRecentFiles(articles);
}

void FileActions::openWebAddresses(const QStringList &addresses)
{
    if (addresses.isEmpty() || refuseWhenReadOnly())
        return;
    m_web->fetch(addresses);
}

bool FileActions::openDropped(const QMimeData *mime)
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

void FileActions::openSampleStory()
{
    if (!sampleStory()) {
        QMessageBox::warning(m_window, tr("Sample Story"), sampleStory().error());
        return;
    }
    if (!maybeSave())
        return;
    const auto opened = m_document->openSample();
    if (!opened)
        QMessageBox::warning(m_window, tr("Sample Story"), opened.error());
    Q_EMIT sessionChanged();
}

void FileActions::pasteAsArticle()
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
        m_status->showMessage(tr("The clipboard holds no text or HTML to paste as an article."), 8000);
        Q_EMIT loadFinished({tr("The clipboard is empty.")});
        return;
    }
    startLoad({LoadRequest{{}, source}});
}

void FileActions::startLoad(const QList<LoadRequest> &requests, const QString &storyTitle)
{
    if (!m_document->importSources(requests, storyTitle)) {
        QMessageBox::warning(m_window, tr("Too Many Articles"),
                             tr("A story holds at most %1 articles.").arg(Limits::maxArticles));
    }
}

void FileActions::importFinished(int imported, const QStringList &errors, bool canceled)
{
    if (canceled)
        m_status->showMessage(tr("Import cancelled; %n article(s) imported.", nullptr, imported), 8000);
    else
        m_status->showMessage(tr("%n article(s) imported.", nullptr, imported), 5000);

    if (!errors.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Some Files Could Not Be Opened"),
                                    tr("%n file(s) could not be opened:", nullptr, int(errors.size())),
                                    QMessageBox::Ok, m_window);
        box->setInformativeText(errors.join(u'\n'));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT loadFinished(errors);
}

void FileActions::reportJournalError(const QString &message)
{
    if (message != m_journalProblem) {
        m_journalProblem = message;
        m_status->showMessage(tr("Unsaved changes cannot be kept for recovery: %1").arg(message), 15000);
    }
    Q_EMIT journalError(message);
}

bool FileActions::openSession(const QString &path)
{
    if (m_document->isImporting()) {
        QMessageBox::information(m_window, tr("Open Session"),
                                 tr("Articles are being imported. Open the session when the import has finished."));
        return false;
    }
    const auto opened = m_document->openSession(path);
    if (!opened) {
        showError(m_window, tr("Cannot Open Session"), opened.error().message());
        return false;
    }
    if (!m_document->isReadOnly() && !opened->isEmpty())
        m_status->showMessage(opened.value(), 10000);
    addRecentSession(m_document->sessionPath());
    Q_EMIT sessionChanged();
    if (!m_document->review()->claims().isEmpty())
        Q_EMIT reviewOpened();
    return true;
}

void FileActions::openSessionInteractively(const QString &path)
{
    if (maybeSave())
        openSession(path);
}

bool FileActions::saveSession(const QString &path)
{
    if ((path.isEmpty() ? m_document->sessionPath() : path).isEmpty() || (m_document->isReadOnly() && path.isEmpty())) {
        saveSessionAs();
        return !m_document->sessionPath().isEmpty() && !m_document->isReadOnly() && !m_document->hasUnsavedChanges();
    }
    const auto saved = m_document->saveSession(path);
    if (!saved) {
        showError(m_window, tr("Cannot Save Session"), saved.error().message());
        return false;
    }
    addRecentSession(m_document->sessionPath());
    Q_EMIT sessionChanged();
    if (!saved->isEmpty())
        m_status->showMessage(saved.value(), 10000);
    else
        m_status->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->sessionPath())), 5000);
    return true;
}

void FileActions::saveSessionAs()
{
    QString suggestion = m_document->sessionPath();
    if (suggestion.isEmpty()) {
        QString name = m_document->title().isEmpty() ? tr("Untitled") : m_document->title();
        name.replace(u'/', u'-');
        suggestion = QDir(QSettings().value(lastDirectoryKey, QDir::homePath()).toString())
                         .filePath(name + QStringLiteral(".crossread"));
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Session As"), suggestion,
                                                tr("Crossread sessions (*.crossread)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".crossread");
    saveSession(path);
}

void FileActions::closeSession()
{
    m_document->closeSession();
    Q_EMIT sessionChanged();
}

bool FileActions::maybeSave()
{
    if (!m_document->hasUnsavedChanges() || m_document->isEmpty() || m_document->isUntouchedSample())
        return true;
    const QString sessionPath = m_document->sessionPath();
    const QString name = !sessionPath.isEmpty() ? QFileInfo(sessionPath).fileName()
                         : !m_document->title().isEmpty() ? m_document->title()
                                                          : tr("Untitled story");
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), tr("Save the changes to “%1”?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Your annotations, claims and articles are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return saveSession();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void FileActions::offerRecovery()
{
    const QList<RecoverableJournal> journals = SessionJournal::recoverableJournals(StoryDocument::recoveryDirectory());
    if (journals.isEmpty())
        return;
    auto *dialog = new RecoveryDialog(journals, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::restoreRequested, this, [this](const QString &path) {
        if (maybeSave())
            recoverJournal(path);
    });
    dialog->open();
}

bool FileActions::recoverJournal(const QString &journalPath)
{
    const auto recovered = m_document->recoverJournal(journalPath);
    if (!recovered) {
        showError(m_window, tr("Cannot Recover"), recovered.error().message());
        return false;
    }
    Q_EMIT sessionChanged();
    const QString title = m_document->title();
    m_status->showMessage(tr("Recovered unsaved work of %1.").arg(title.isEmpty() ? tr("an untitled story") : title), 8000);
    return true;
}

void FileActions::addRecentFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (QFileInfo(absolute).isFile())
            files.append(absolute);
    }
    rememberRecent(recentFilesKey, files, maxRecentFiles);
    updateRecentFiles();
}

void FileActions::updateRecentFiles()
{
    fillRecentMenu(m_recentFiles, recentFilesKey, [this](const QString &path) { openFiles({path}); },
                   [this] { updateRecentFiles(); });
}

void FileActions::addRecentSession(const QString &path)
{
    rememberRecent(recentSessionsKey, {path}, maxRecentSessions);
    updateRecentSessions();
}

void FileActions::updateRecentSessions()
{
    fillRecentMenu(m_recentSessions, recentSessionsKey, [this](const QString &path) { openSessionInteractively(path); },
                   [this] { updateRecentSessions(); });
}

void FileActions::fillRecentMenu(QMenu *menu, QLatin1StringView key, const std::function<void(const QString &)> &open,
                                 const std::function<void()> &refill)
{
    menu->clear();
    const QStringList recent = QSettings().value(key).toStringList();
    int number = 1;
    for (const QString &path : recent) {
        // "&1 name" for the first nine entries, so each has a key.
        const QString name = QFileInfo(path).fileName();
        QAction *action = menu->addAction(number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(name) : name, this,
                                          [open, path] { open(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        ++number;
    }
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear List"), this, [key, refill] {
        QSettings().remove(key);
        refill();
    });
    clear->setEnabled(!recent.isEmpty());
}

} // namespace Crossread
