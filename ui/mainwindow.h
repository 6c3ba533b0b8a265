// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "review/annotation.h"
#include "import/importer.h"
#include "review/sessiondata.h"
#include "theme.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPalette>

#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <optional>

class QActionGroup;
class QApplication;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;
class QLineEdit;
class QTreeView;

class QMimeData;

namespace Crossread {

class AnnotationsDock;
class ArticleModel;
class ClaimsPanel;
class CorrectionActions;
class FactMatrix;
class FindBar;
class ReaderView;
class Review;
class SessionJournal;
class SourceActions;
class WebImport;

/// What to import: a file path, or bytes that came from the clipboard, a drop or resources.
struct LoadRequest {
    QString path;
    ImportSource source;
    /// Set when the source is already known to fail (a web page that could not be fetched):
    /// the failure is reported with the other files' so one message names them all.
    std::optional<ImportError> failure{};
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports the files in the background and adds them to the story; failures are reported
    /// per file and do not stop the others.
    void openFiles(const QStringList &paths);
    /// Fetches the web pages (as typed: one address each) and imports them like files.
    void openWebAddresses(const QStringList &addresses);
    /// What a drop on the window opens: files and folders, links (their pages), else the
    /// dropped HTML or text as an article. False when it holds none of these.
    bool openDropped(const QMimeData *mime);
    void openSampleStory();
    void pasteAsArticle();

    [[nodiscard]] ArticleModel *articleModel() const { return m_articles; }
    [[nodiscard]] ReaderView *readerView() const { return m_reader; }
    [[nodiscard]] FactMatrix *factMatrix() const { return m_factMatrix; }
    [[nodiscard]] bool isLoading() const { return m_loader.isRunning() || m_loadUndelivered; }
    [[nodiscard]] bool isAnalysing() const { return m_analyser.isRunning(); }
    /// Starts (or restarts) the background analysis of the story's articles.
    void analyse();
    void cancelAnalysis();
    /// The action with that object name (for tests and the shortcuts overview).
    [[nodiscard]] QAction *action(const QString &objectName) const;
    [[nodiscard]] const ReaderTheme &theme() const { return m_theme; }
    void setThemeName(const QString &name);

    // Review sessions (issue #7): annotations, claims, session files and the recovery journal.
    [[nodiscard]] Review *review() const { return m_review; }
    [[nodiscard]] AnnotationsDock *annotationsDock() const { return m_annotationsDock; }
    [[nodiscard]] ClaimsPanel *claimsPanel() const { return m_claimsPanel; }
    /// The open session's file; empty for an untitled story.
    [[nodiscard]] QString sessionPath() const { return m_sessionPath; }
    /// The session came from a newer Crossread: it can be read and saved under a new name only.
    [[nodiscard]] bool isSessionReadOnly() const { return m_readOnly; }
    /// Something changed since the session was opened or saved.
    [[nodiscard]] bool hasUnsavedChanges() const;
    /// The bundled sample as it was opened: the same articles, no annotations or claims.
    [[nodiscard]] bool isUntouchedSample() const;
    /// The story, review and view as they are now: what Save writes.
    [[nodiscard]] SessionData sessionData() const;
    /// Opens a `.crossread` file in place of the current story (no prompt: callers ask first).
    /// Restores articles, review and view, then analyses again. False (with a message) on error.
    bool openSession(const QString &path);
    /// Writes the session to `path` (Save As) or to its own file (empty path). False on error.
    bool saveSession(const QString &path = {});
    /// Closes the story without asking; the recovery journal is removed.
    void closeSession();
    /// Asks to save unsaved changes; false when the reader cancelled.
    bool maybeSave();
    /// The recovery journal of the open story, empty when there is none.
    [[nodiscard]] QString journalPath() const;
    /// Where recovery journals live: AppDataLocation/recovery.
    [[nodiscard]] static QString recoveryDirectory();
    /// Offers to recover journals left by a Crossread that did not close properly.
    void offerRecovery();
    /// Restores a journal found by SessionJournal::recoverableJournals() as the open story.
    bool recoverJournal(const QString &journalPath);

    /// The text selected in a pane (the focused one first) as an anchor.
    [[nodiscard]] std::optional<Anchor> currentSelection() const;
    /// Opens the annotate dialog for the current selection.
    void annotateSelection();
    /// Create a claim and make it current in the claims panel; each returns the claim id or -1.
    int createClaimFromSlot(int slot);
    int createClaimFromPassage(int passage);
    int createClaimFromSelection();
    /// Scrolls the pane of the anchor's article to its span (showing the article if hidden).
    void revealAnchor(const Anchor &anchor);

Q_SIGNALS:
    /// A load finished; `errors` holds one message per source that could not be imported.
    void loadFinished(const QStringList &errors);
    /// A journal commit failed; `message` names the file and the reason.
    void journalError(const QString &message);
    /// An analysis finished and is shown (not emitted for a cancelled one).
    void analysisFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void startLoad(const QList<LoadRequest> &requests, const QString &storyTitle = {});
    void loadDone();
    void addRecentFiles(const QStringList &paths);
    void updateRecentMenu();
    void showSource();
    void showAbout();
    void showShortcuts();
    void showPreferences();
    void applyReaderFont();
    void analysisDone();
    /// Shows the engine's analysis with the review's corrections applied (after an analysis
    /// and after every correction, undo and redo).
    void showCorrectedAnalysis();
    void showFactPopup(int slot, const QPoint &globalPos);
    void removeSelectedArticles();
    void updateTitle();
    void readSettings();
    void writeSettings() const;

    // Review sessions; in mainwindowsession.cpp.
    void createReviewUi();
    void createReviewActions(QMenu *file, QMenu *edit, QMenu *view);
    void applySession(const SessionData &data);
    [[nodiscard]] ViewState viewState() const;
    void storyChanged();
    void viewChanged();
    void commitJournal();
    void ensureJournal();
    void discardJournal();
    [[nodiscard]] qsizetype journalBatchEnd(qsizetype from) const;
    void reportJournalError(const QString &message);
    /// Hides the annotations dock until the review has an annotation or the user shows it.
    void hideUntilAnnotated(QDockWidget *dock);
    void showDock(const QString &objectName);
    void setReadOnly(bool readOnly, const QString &notice = {});
    void updateReviewActions();
    void updateHighlights();
    void updateRecentSessions();
    void addRecentSession(const QString &path);
    void saveSessionAs();
    void openSessionInteractively(const QString &path);
    void showPaneContextMenu(QMenu *menu, ArticleId article, qsizetype position);
    [[nodiscard]] QString reviewerName();
    [[nodiscard]] int passageAtCursor() const;

    ArticleModel *m_articles = nullptr;
    ReaderView *m_reader = nullptr;
    FactMatrix *m_factMatrix = nullptr;
    FindBar *m_findBar = nullptr;
    QLabel *m_analysisLabel = nullptr;
    QTreeView *m_articleList = nullptr;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    WebImport *m_webImport = nullptr;
    SourceActions *m_sourceActions = nullptr;
    QFutureWatcher<ImportResult> m_loader;
    bool m_loadUndelivered = false;   ///< m_loader's future has not reached loadDone() yet
    /// Set by Cancel: the running load's documents stop between their pages.
    std::shared_ptr<std::atomic<bool>> m_loadCanceled = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<Analysis> m_analyser;
    bool m_analysisQueued = false;
    QList<LoadRequest> m_pending;
    QString m_storyTitle;
    /// SHA-256 of the sample story's files while the sample is what is open: the bundled
    /// sample, untouched, is never worth asking to save.
    QList<QByteArray> m_sampleHashes;
    QString m_themeName;
    ReaderTheme m_theme;
    std::unique_ptr<QPalette> m_systemPalette;   ///< the desktop's palette before any theme was applied

    // Review sessions.
    Review *m_review = nullptr;
    AnnotationsDock *m_annotationsDock = nullptr;
    ClaimsPanel *m_claimsPanel = nullptr;
    CorrectionActions *m_corrections = nullptr;
    /// The analysis as the engine computed it, before the review's corrections.
    std::shared_ptr<const Analysis> m_engineAnalysis;
    QLabel *m_readOnlyBanner = nullptr;
    QMenu *m_recentSessionsMenu = nullptr;
    QString m_sessionPath;
    QDateTime m_sessionCreated;
    bool m_readOnly = false;
    bool m_docksSized = false;      ///< the first show gave the panels their default sizes
    bool m_storyDirty = false;      ///< articles, title or view changed since open/save
    bool m_restoring = false;       ///< applySession() at work: its changes are not edits
    std::unique_ptr<SessionJournal> m_journal;
    QString m_journalProblem;       ///< the last journal error, shown once
    QTimer m_journalTimer;          ///< 0 ms: commits once per event-loop turn
    bool m_journalReview = false;   ///< parts waiting for the next commit
    bool m_journalArticles = false;
    bool m_journalView = false;
    qsizetype m_journalArticleCount = 0;   ///< leading articles the journal holds
    int m_lastPaneRow = -1;         ///< the article row of the pane that last had focus
    bool m_reviewerAsked = false;   ///< the reviewer's name was asked for in this run
};

/// Shows the main window, opens `files` (or the sample story) and runs the event loop.
int runGui(QApplication &app, const QStringList &files, bool openSample);

} // namespace Crossread
