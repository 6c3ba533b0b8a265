// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "review/sessiondata.h"

#include <QDateTime>
#include <QString>

#include <variant>

namespace Crossread {

/// A `.crossread` file is an SQLite 3 database marked with this application id ("CRSD"); the
/// MIME type in packaging/ recognises sessions by it.
inline constexpr qint32 sessionApplicationId = 1129468740;
/// The schema version this build writes (PRAGMA user_version). Older files are upgraded through
/// sessionSchemaSteps() (sessionschema.h); newer ones open read-only.
inline constexpr int sessionSchemaVersion = 4;   // 2: corrections of the analysis; 3: article origins; 4: article roles

/// Why a session (or a recovery journal) could not be read or written. `message()` names the
/// file and the reason, ready for the user; the file on disk is never left half-changed.
struct SessionError {
    enum class Kind : quint8 {
        NotFound,          ///< no such file
        Unreadable,        ///< exists but cannot be opened (permissions, a directory, ...)
        TooLarge,          ///< above Limits::maxSessionBytes
        NotASession,       ///< not SQLite, or SQLite of another application
        Corrupt,           ///< ours, but damaged: truncated, a table missing, impossible values
        Tampered,          ///< an article's bytes do not match its content hash
        Unsafe,            ///< holds what no session holds (a view, a trigger) or stalls the reader
        NewerVersion,      ///< written by a newer Crossread and not readable by this one
        UpgradeFailed,     ///< an older file could not be brought to the current schema
        CannotWrite,       ///< the target or its folder cannot be written
        DiskFull,          ///< no space left (or the configured size limit was reached)
        Locked,            ///< a recovery journal in use by a running Crossread
    };
    Kind kind = Kind::Corrupt;
    QString file;          ///< the path as the caller gave it
    QString reason;        ///< translated, without the file name

    [[nodiscard]] QString message() const;   ///< "FILE: REASON"
};

struct SessionWriteOptions {
    /// Sessions travel between colleagues, so by default an article keeps only its source
    /// file's name, not the absolute path on this machine (issue #10's privacy rule).
    bool keepSourcePaths = false;
    /// When the session was first created (LoadedSession::created); invalid means now.
    QDateTime created;
    /// Caps the new file at this many SQLite pages (PRAGMA max_page_count); 0 means no cap.
    /// Lets tests simulate a full disk.
    int maxPageCount = 0;
};

/// A session as read from disk.
struct LoadedSession {
    SessionData data;
    /// The file was written by a newer Crossread: shown, but Save must go to a new file
    /// (Save As writes this version's format).
    bool readOnly = false;
    /// Something the reader should know (read-only, upgraded from an older version); translated.
    QString notice;
    int fileVersion = 0;        ///< the schema version found in the file
    QString appVersion;         ///< the Crossread version that wrote it
    QDateTime created;          ///< pass back through SessionWriteOptions::created when saving
};

/// Reads a session file completely into memory; the file is opened read-only and never changed
/// (an older version is upgraded in a temporary copy). The file is untrusted input: it is opened
/// with SQLite's defences, and files that are not sessions, damaged ones, ones whose schema holds
/// anything the format does not define (views, triggers, other tables) and ones whose articles
/// do not match their content hashes are refused. Each article's text is checked against what
/// its original bytes import to; a mismatch opens the session read-only, the notice names the
/// articles and SessionData::unverifiedTexts lists them.
[[nodiscard]] Expected<LoadedSession, SessionError> readSession(const QString &path);

/// Writes `data` as a complete new session at `path`: into a temporary file in the same folder,
/// synced to disk, then renamed over the target, so `path` holds either its previous content
/// or the whole new session, never a mix. On failure nothing at `path` has changed.
[[nodiscard]] Expected<std::monostate, SessionError> writeSession(const QString &path, const SessionData &data,
                                                                  const SessionWriteOptions &options = {});

} // namespace Crossread
