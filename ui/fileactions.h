// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/storydocument.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QMimeData;
class QStatusBar;
class QWidget;

namespace Crossread {

class WebImport;

/// What the reader does with files: open articles, folders, web pages and sessions, paste or
/// drop an article, open the sample, save, close and recover. Each action works on the window's
/// StoryDocument and talks to the reader through the window (dialogs, the status bar); the
/// document itself never asks anything.
///
/// The actions are children of this object and carry stable object names ("open", "openUrl",
/// "saveSession", ...), so MainWindow::action() finds them; MainWindow places them in its menus.
class FileActions : public QObject {
    Q_OBJECT
public:
    /// `window` parents the dialogs and shows `status` messages; `web` fetches pages.
    FileActions(StoryDocument *document, QWidget *window, QStatusBar *status, WebImport *web);

    [[nodiscard]] QAction *open() const { return m_open; }
    [[nodiscard]] QAction *openUrl() const { return m_openUrl; }
    [[nodiscard]] QMenu *recentFilesMenu() const { return m_recentFiles; }
    [[nodiscard]] QAction *newSession() const { return m_newSession; }
    [[nodiscard]] QMenu *recentSessionsMenu() const { return m_recentSessions; }
    [[nodiscard]] QAction *save() const { return m_save; }
    [[nodiscard]] QAction *saveAs() const { return m_saveAs; }
    [[nodiscard]] QAction *closeSessionAction() const { return m_close; }
    [[nodiscard]] QAction *pasteAsArticleAction() const { return m_paste; }
    [[nodiscard]] QAction *openSampleAction() const { return m_sample; }

    /// Imports the files (folders bring what they hold, a session replaces the story, web
    /// addresses are fetched); failures are reported per file and do not stop the others.
    void openFiles(const QStringList &paths);
    /// Fetches the web pages (as typed: one address each) and imports them like files.
    void openWebAddresses(const QStringList &addresses);
    /// What a drop opens: files and folders, links (their pages), else the dropped HTML or text
    /// as an article. False when it holds none of these.
    bool openDropped(const QMimeData *mime);
    void openSampleStory();
    void pasteAsArticle();

    /// Opens a `.crossread` file in place of the current story (no prompt: callers ask first).
    /// False, after telling the reader why, on error.
    bool openSession(const QString &path);
    /// Asks to save unsaved changes first, then opens the session.
    void openSessionInteractively(const QString &path);
    /// Writes the session to `path` (Save As) or to its own file (empty path); asks for a name
    /// when it has none or is read-only. False on error or when the reader cancelled.
    bool saveSession(const QString &path = {});
    void saveSessionAs();
    /// Closes the story without asking; the recovery journal is removed.
    void closeSession();
    /// Asks to save unsaved changes; false when the reader cancelled.
    bool maybeSave();
    /// Offers to recover journals left by a Crossread that did not close properly.
    void offerRecovery();
    /// Restores a journal found by SessionJournal::recoverableJournals() as the open story.
    bool recoverJournal(const QString &journalPath);
    /// Disables what would change a read-only session.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    /// A load finished; `errors` holds one message per source that could not be imported.
    void loadFinished(const QStringList &errors);
    /// A journal commit failed; `message` names the file and the reason.
    void journalError(const QString &message);
    /// A session was opened, saved, closed or recovered: the window's title may change.
    void sessionChanged();
    /// A session with claims was opened: a review session opens on its review.
    void reviewOpened();

private:
    void startLoad(const QList<LoadRequest> &requests, const QString &storyTitle = {});
    void importFinished(int imported, const QStringList &errors, bool canceled);
    void reportJournalError(const QString &message);
    void addRecentFiles(const QStringList &paths);
    void updateRecentFiles();
    void addRecentSession(const QString &path);
    void updateRecentSessions();
    /// Lists the recent entries stored under `key` in `menu`, with "Clear List" (then `refill`).
    void fillRecentMenu(QMenu *menu, QLatin1StringView key, const std::function<void(const QString &)> &open,
                        const std::function<void()> &refill);
    [[nodiscard]] bool refuseWhenReadOnly();

    StoryDocument *m_document;
    QWidget *m_window;
    QStatusBar *m_status;
    WebImport *m_web;
    QAction *m_open = nullptr;
    QAction *m_openUrl = nullptr;
    QMenu *m_recentFiles = nullptr;
    QAction *m_newSession = nullptr;
    QMenu *m_recentSessions = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_sample = nullptr;
    QString m_journalProblem;   ///< the last journal error, shown once
};

} // namespace Crossread
