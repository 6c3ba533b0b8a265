// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "import/importer.h"
#include "review/session.h"
#include "review/sessiondata.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Crossread {

class ArticleModel;
class Review;
class SessionJournal;

/// What to import: a file path, or bytes that came from the clipboard, a drop or resources.
struct LoadRequest {
    QString path;
    ImportSource source;
    /// Set when the source is already known to fail (a web page that could not be fetched):
    /// the failure is reported with the other sources' so one message names them all.
    std::optional<ImportError> failure{};
};

/// The open story: its articles, its review (annotations, claims, undo history), the current
/// analysis and the background run that replaces it, the session file it came from, whether it
/// has unsaved changes or is read-only, and the recovery journal that keeps every change until
/// it is saved. One per window; the views read it and the actions change it. It never talks to
/// the user: failures come back as results and signals, and the window shows them.
///
/// The analysis is restartable: analyse() while a run is going cancels that run and starts
/// again with the articles as they are then; only the last run's result is ever published.
class StoryDocument : public QObject {
    Q_OBJECT
public:
    explicit StoryDocument(QObject *parent = nullptr);
    /// Cancels the background work and waits for it.
    ~StoryDocument() override;

    [[nodiscard]] ArticleModel *articles() const { return m_articles; }
    [[nodiscard]] Review *review() const { return m_review; }
    /// The analysis of the articles as they were when it ran, with the review's corrections
    /// applied; null before the first one ends and after the articles were replaced or removed.
    [[nodiscard]] const std::shared_ptr<const Analysis> &analysis() const { return m_analysis; }
    /// The same analysis as the engine computed it, before the review's corrections.
    [[nodiscard]] const std::shared_ptr<const Analysis> &engineAnalysis() const { return m_engineAnalysis; }
    [[nodiscard]] QString title() const { return m_title; }

    // Import.
    [[nodiscard]] bool isImporting() const { return m_loader.isRunning() || m_loadUndelivered; }
    /// Imports in the background and appends what could be read; a load asked for while one
    /// runs waits for it. False, and nothing starts, when the story would exceed
    /// Limits::maxArticles. A non-empty `storyTitle` names the story.
    bool importSources(const QList<LoadRequest> &requests, const QString &storyTitle = {});
    /// Closes the story and imports the bundled sample in its place; the error says why the
    /// sample could not be read.
    [[nodiscard]] Expected<std::monostate, QString> openSample();
    void cancelImport();

    // Analysis.
    [[nodiscard]] bool isAnalysing() const { return m_analyser.isRunning(); }
    /// Starts (or restarts) the background analysis of the story's articles.
    void analyse();
    void cancelAnalysis();
    /// Removes articles (rows of articles()) with what the review holds on them, as one undoable
    /// step of the review's undo stack, and analyses the rest.
    void removeArticles(const QList<int> &rows);

    // The session.
    /// The open session's file; empty for an untitled story.
    [[nodiscard]] QString sessionPath() const { return m_sessionPath; }
    /// The session came from a newer Crossread (or its texts could not be verified): it can be
    /// read and saved under a new name only.
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// Why the session is read-only, as the session file reader said; may be empty.
    [[nodiscard]] QString readOnlyNotice() const { return m_readOnlyNotice; }
    /// Something changed since the session was opened or saved.
    [[nodiscard]] bool hasUnsavedChanges() const;
    /// Nothing in it: no articles, annotations or claims.
    [[nodiscard]] bool isEmpty() const;
    /// The bundled sample as it was opened: the same articles, no annotations or claims.
    [[nodiscard]] bool isUntouchedSample() const;
    /// The story, review and view as they are now: what Save writes.
    [[nodiscard]] SessionData sessionData() const;
    /// The view part of sessionData(): the view source's when one is set, else the last one
    /// opened, completed so that it covers every article.
    [[nodiscard]] ViewState viewState() const;
    /// Where viewState() comes from while a window shows the story (pane order, theme, ...).
    void setViewSource(std::function<ViewState()> source) { m_viewSource = std::move(source); }
    /// The view (pane order, shown articles, theme, scrolling) changed: a change to save and
    /// to journal.
    void markViewChanged();

    /// Opens a `.crossread` file in place of the current story (callers ask to save first):
    /// restores articles, review and view, then analyses again. Returns the file's notice
    /// (read-only, upgraded), possibly empty.
    [[nodiscard]] Expected<QString, SessionError> openSession(const QString &path);
    /// Writes the session to `path`, or to its own file when `path` is empty (callers ask for
    /// a path when sessionPath() is empty or the session is read-only). The value is a notice
    /// for the reader, usually empty: the journal could not be marked as saved.
    [[nodiscard]] Expected<QString, SessionError> saveSession(const QString &path = {});
    /// Closes the story (stopping an import into it); the recovery journal is removed.
    void closeSession();
    /// Restores a journal found by SessionJournal::recoverableJournals() as the open story:
    /// unsaved, with Save going back to the session it came from when that still exists.
    [[nodiscard]] Expected<std::monostate, SessionError> recoverJournal(const QString &journalPath);

    /// The recovery journal of the open story, empty when there is none.
    [[nodiscard]] QString journalPath() const;
    /// Where recovery journals live: AppDataLocation/recovery.
    [[nodiscard]] static QString recoveryDirectory();
    /// Removes the recovery journal now (a deliberate quit after saving or discarding).
    void discardJournal();

Q_SIGNALS:
    /// An import of `count` sources started; importProgress() counts the finished ones.
    void importStarted(int count);
    void importProgress(int done);
    /// An import ended: `imported` articles were added; `errors` holds one message per source
    /// that could not be read (or was a duplicate).
    void importFinished(int imported, const QStringList &errors, bool canceled);
    /// A run started; progress is a percentage and the stage's translated name.
    void analysisStarted();
    void analysisProgress(int percent, const QString &stage);
    /// The last run was canceled and no new one follows; analysis() is unchanged.
    void analysisCanceled();
    /// analysis() was replaced (possibly by null).
    void analysisChanged(const std::shared_ptr<const Analysis> &analysis);
    /// A run finished and analysis() holds its result (not emitted for a canceled run).
    void analysisFinished();
    /// isImporting() or isAnalysing() changed.
    void busyChanged();
    /// A session, journal or close replaced everything; `view` is the restored view to show.
    /// Emitted while the document restores, so the view changes it causes are not edits.
    void viewRestored(const ViewState &view);
    /// hasUnsavedChanges(), sessionPath(), title() or isReadOnly() may have changed.
    void stateChanged();
    void readOnlyChanged(bool readOnly);
    /// A journal commit failed; `message` names the file and the reason.
    void journalError(const QString &message);

private:
    /// Stops the running import and drops the queued ones: the story they were for is gone.
    void abandonImport();
    void loadDone();
    void analysisDone();
    /// Cancels the analysis and forgets the current one: the articles are about to change.
    void dropAnalysis();
    /// Publishes the engine's analysis with the review's corrections applied (after a run and
    /// after every correction, undo and redo).
    void applyCorrectionsToAnalysis();
    /// Stops the import and the analysis and removes every article (restoring or closing).
    void clearStory();
    void applySession(const SessionData &data);
    void storyChanged();
    void commitJournal();
    void ensureJournal();
    void clearJournalQueue();
    [[nodiscard]] qsizetype journalBatchEnd(qsizetype from) const;
    void reportJournalError(const QString &message);
    void setReadOnly(bool readOnly, const QString &notice = {});

    ArticleModel *m_articles = nullptr;
    Review *m_review = nullptr;
    std::shared_ptr<const Analysis> m_analysis;
    std::shared_ptr<const Analysis> m_engineAnalysis;
    QFutureWatcher<ImportResult> m_loader;
    bool m_loadUndelivered = false;     ///< m_loader's future has not reached loadDone() yet
    /// Set by a cancel: the running load's documents stop between their pages.
    std::shared_ptr<std::atomic<bool>> m_loadCanceled = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<Analysis> m_analyser;
    bool m_analysisQueued = false;
    QList<LoadRequest> m_pending;
    bool m_importAbandoned = false;     ///< the running import's articles are not to be added
    QString m_title;
    /// SHA-256 of the sample story's files while the sample is what is open: the bundled
    /// sample, untouched, is never worth asking to save.
    QList<QByteArray> m_sampleHashes;
    ViewState m_view;                   ///< the view last restored, for a document without a window
    std::function<ViewState()> m_viewSource;

    QString m_sessionPath;
    QDateTime m_sessionCreated;
    bool m_readOnly = false;
    QString m_readOnlyNotice;
    bool m_storyDirty = false;          ///< articles, title or view changed since open/save
    bool m_restoring = false;           ///< applySession() at work: its changes are not edits

    std::unique_ptr<SessionJournal> m_journal;
    QTimer m_journalTimer;              ///< 0 ms: commits once per event-loop turn
    bool m_journalReview = false;       ///< parts waiting for the next commit
    bool m_journalArticles = false;
    bool m_journalView = false;
    qsizetype m_journalArticleCount = 0;   ///< leading articles the journal holds
};

} // namespace Crossread
