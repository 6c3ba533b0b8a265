// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tables of a session database, shared by session files and recovery journals.

#include "review/session.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <variant>

namespace Crossread::SessionStore {

/// A uniquely named QSqlDatabase connection, closed and removed when it goes out of scope, so
/// any number of stores can be open at once and none leaks into Qt's connection registry.
class Connection {
public:
    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Opens `path` with SQLite's defences for untrusted files (sqlitedefences_p.h) applied;
    /// read-only connections never create or change the file.
    [[nodiscard]] bool open(const QString &path, bool readOnly);
    void close();
    [[nodiscard]] QSqlDatabase &db() { return m_db; }
    [[nodiscard]] QSqlError lastError() const { return m_failure.isValid() ? m_failure : m_db.lastError(); }

private:
    QString m_name;
    QSqlDatabase m_db;
    QSqlError m_failure;
};

/// A failed statement: what was being done and SQLite's error.
struct SqlFailure {
    QString what;
    QSqlError error;
};
using SqlResult = Expected<std::monostate, SqlFailure>;

/// The table schema version 2 added: the reader's corrections of the analysis, one row each,
/// with the two anchors a correction may name (`other_*` empty when it names one).
inline constexpr const char *correctionsTableStatement =
    "CREATE TABLE corrections (id INTEGER PRIMARY KEY NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL,"
    " article_hash TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, quote TEXT,"
    " other_hash TEXT, other_start INTEGER NOT NULL, other_end INTEGER NOT NULL, other_quote TEXT,"
    " label TEXT, status TEXT NOT NULL, note TEXT, reviewer TEXT, created TEXT)";

/// The SQLite result code of an error (SQLITE_FULL, ...), primary part only.
[[nodiscard]] int sqliteCode(const QSqlError &error);
inline constexpr int sqliteFull = 13;
inline constexpr int sqliteNotADatabase = 26;
inline constexpr int sqliteCorrupt = 11;

/// Runs one statement.
[[nodiscard]] SqlResult exec(QSqlDatabase &db, const QString &sql);
/// Reads an integer pragma (application_id, user_version).
[[nodiscard]] Expected<qint64, SqlFailure> pragmaValue(QSqlDatabase &db, const QString &pragma);

/// Settings of a new, still empty database file: UTF-16 text (QString's own encoding, so text
/// with unpaired surrogates survives exactly), the journal mode and full syncs.
[[nodiscard]] SqlResult initialiseFile(QSqlDatabase &db, bool wal, int maxPageCount);
/// Creates every table of the current schema and stamps application_id and user_version.
/// Call inside a transaction.
[[nodiscard]] SqlResult createSchema(QSqlDatabase &db);

/// Metadata rows (title, versions, times; journals add their own keys).
[[nodiscard]] SqlResult writeMeta(QSqlDatabase &db, const QString &key, const QString &value);
[[nodiscard]] Expected<QString, SqlFailure> readMeta(QSqlDatabase &db, const QString &key);

/// Stores `article` at `position`. With `withBytes` false only the row's other columns are
/// updated and the stored original bytes are kept: the row must already hold an article with
/// the same content hash. That is what a journal needs when a boilerplate mark flips.
[[nodiscard]] SqlResult writeArticle(QSqlDatabase &db, int position, const Article &article, bool keepSourcePath,
                                     bool withBytes);
/// Creates the table of schema version 2 that a version 1 file lacks (the upgrade step).
[[nodiscard]] SqlResult createArticleOrigins(QSqlDatabase &db);
/// Creates the table of schema version 4 that older files lack (the upgrade step).
[[nodiscard]] SqlResult createArticleRoles(QSqlDatabase &db);
/// Drops the articles at positions `count` and after.
[[nodiscard]] SqlResult truncateArticles(QSqlDatabase &db, int count);
/// Rewrites the review tables (annotations, tags, claims, sources, evidence, verdicts, reviewers).
[[nodiscard]] SqlResult writeReview(QSqlDatabase &db, const ReviewState &review);
[[nodiscard]] SqlResult writeView(QSqlDatabase &db, const ViewState &view);
/// Everything: meta title, articles, review, view. Call inside a transaction on an empty schema.
[[nodiscard]] SqlResult writeAll(QSqlDatabase &db, const SessionData &data, bool keepSourcePaths);

/// Compares the file's schema (sqlite_master) with the one the format defines; the error says
/// why the file is refused (Unsafe for what a session never holds, Corrupt for a missing
/// table). Views, triggers, virtual tables and
/// indexes are never part of a session. A file of this build's version must hold exactly the
/// tables createSchema() makes, each as it makes it; a file of another version may hold other
/// tables (an upgrade step or a newer Crossread adds them), never other kinds of object.
[[nodiscard]] Expected<std::monostate, SessionError> checkSchema(QSqlDatabase &db, const QString &file, int fileVersion);

/// Reads the whole session and checks it: every table present, values in range, each
/// article's bytes matching its content hash. `file` names the session in errors.
[[nodiscard]] Expected<SessionData, SessionError> readAll(QSqlDatabase &db, const QString &file);

/// Errors for a file, translated.
[[nodiscard]] SessionError fileError(SessionError::Kind kind, const QString &file, const QString &reason);
/// Turns a failed statement into an error: a full disk becomes DiskFull, damage Corrupt.
[[nodiscard]] SessionError sqlError(SessionError::Kind kind, const QString &file, const SqlFailure &failure);

/// Runs `work` inside one transaction, rolling back when it fails.
template<typename Work>
[[nodiscard]] SqlResult inTransaction(QSqlDatabase &db, Work &&work)
{
    if (!db.transaction())
        return SqlFailure{QStringLiteral("begin"), db.lastError()};
    SqlResult result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        SqlFailure failure{QStringLiteral("commit"), db.lastError()};
        db.rollback();
        return failure;
    }
    return std::monostate{};
}

} // namespace Crossread::SessionStore
