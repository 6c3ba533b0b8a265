// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/session.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Crossread {

/// A recovery journal left behind by a Crossread that is no longer running.
struct RecoverableJournal {
    QString path;             ///< the journal file, for loadJournal() and removeJournal()
    QString title;
    QString sessionPath;      ///< the session file it belongs to; empty for an untitled session
    QDateTime lastChange;     ///< UTC time of the last committed change
    qint64 processId = 0;     ///< the Crossread that wrote it
    int articleCount = 0;
    int annotationCount = 0;
    int claimCount = 0;
    /// Empty when the journal reads back; else why not (translated). Such a journal can only
    /// be removed.
    QString problem;
};

class SessionJournalPrivate;

/// The never-lose-work copy of an open session: an SQLite file with the session schema in a
/// folder of the caller's choosing (the GUI uses AppDataLocation/recovery), in WAL mode with
/// full syncs, so every commit that returned survives a crash or a kill of the process.
///
/// The owner commits each change as it happens (commitReview() after every Review::changed(),
/// commitArticles() when articles are added, removed or a boilerplate mark flips, commitView()).
/// A QLockFile marks the journal as in use, so a second Crossread never offers a running one's
/// journal for recovery. After a save call markSaved(); on a deliberate close call discard().
/// A journal destroyed without either stays on disk and is offered by recoverableJournals().
///
/// Not thread-safe: use it from the thread that created it.
class SessionJournal {
public:
    /// Creates a journal holding `data`. `sessionPath` is the session's file (empty when
    /// untitled); `saved` says `data` equals that file, so there is nothing yet to recover.
    [[nodiscard]] static Expected<std::unique_ptr<SessionJournal>, SessionError>
    create(const QString &directory, const SessionData &data, const QString &sessionPath = {}, bool saved = false);
    ~SessionJournal();
    SessionJournal(const SessionJournal &) = delete;
    SessionJournal &operator=(const SessionJournal &) = delete;

    [[nodiscard]] QString path() const;
    [[nodiscard]] QString sessionPath() const;

    // Each commit is one transaction, durable when it returns; on failure the journal still
    // holds the previous commit. Errors name the journal file.
    [[nodiscard]] Expected<std::monostate, SessionError> commitReview(const ReviewState &review);
    /// Rewrites only the articles that changed: same content hash at the same position means
    /// only the metadata and paragraph marks are rewritten, not the original bytes.
    [[nodiscard]] Expected<std::monostate, SessionError> commitArticles(const QList<Article> &articles);
    [[nodiscard]] Expected<std::monostate, SessionError> commitView(const ViewState &view);
    [[nodiscard]] Expected<std::monostate, SessionError> commitTitle(const QString &title);
    /// The session was just saved to `sessionPath` (which Save As may have changed): until the
    /// next commit there is nothing to recover.
    [[nodiscard]] Expected<std::monostate, SessionError> markSaved(const QString &sessionPath);

    /// Removes the journal: the session was saved and closed, or the reader chose not to keep
    /// the changes. Commits after discard() fail.
    void discard();

    /// Journals in `directory` whose owner is gone and that hold unsaved work, newest first.
    /// Journals that hold nothing to recover (saved, or killed before their first commit) are
    /// removed on the way.
    [[nodiscard]] static QList<RecoverableJournal> recoverableJournals(const QString &directory);
    /// Reads a journal found by recoverableJournals(). Fails with Locked when a running
    /// Crossread owns it.
    [[nodiscard]] static Expected<SessionData, SessionError> loadJournal(const QString &journalPath);
    /// Deletes a journal whose owner is gone (after recovering it, or when the reader declines).
    /// False when a running Crossread owns it or it could not be removed.
    static bool removeJournal(const QString &journalPath);

private:
    explicit SessionJournal(std::unique_ptr<SessionJournalPrivate> d);
    std::unique_ptr<SessionJournalPrivate> d;
};

} // namespace Crossread
