// SPDX-License-Identifier: GPL-3.0-or-later
// Session files: read-only reads, upgrades in a copy, and saves through a temporary file that
// is synced and renamed over the target (the rename is atomic on POSIX file systems, so a
// reader or a crash sees the old file or the new one). The header checks follow the SQLite
// file format description, https://www.sqlite.org/fileformat2.html#database_header.
#include "review/session.h"

#include "import/importer.h"
#include "core/inputlimits.h"
#include "core/outputfile.h"
#include "review/sessionschema.h"
#include "review/sessionstore_p.h"
#include "review/sqlitedefences_p.h"
#include "core/workpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtConcurrentMap>
#include <QtEndian>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <numeric>
#include <unistd.h>

namespace Crossread {

using namespace SessionStore;

namespace {

// lupdate files tr() calls under the enclosing class or namespace; this one context keeps
// the catalog and the run-time lookup the same for every string in the file.
struct SessionText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Session)
};

constexpr qsizetype headerSize = 100;
constexpr char sqliteMagic[] = "SQLite format 3";   // followed by a NUL: 16 bytes

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Checks the first 100 bytes before SQLite sees the file, so a file that is not ours or was
/// cut short gets a precise message instead of SQLite's "file is not a database".
Expected<std::monostate, SessionError> readHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(SessionError::Kind::NotFound, path, SessionText::tr("there is no such file"));
    if (info.isDir())
        return fileError(SessionError::Kind::Unreadable, path, SessionText::tr("this is a folder, not a session file"));
    if (info.size() > Limits::maxSessionBytes) {
        return fileError(SessionError::Kind::TooLarge, path,
                         SessionText::tr("the file is larger than %1 MB, the most a session may hold")
                             .arg(Limits::maxSessionBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(SessionError::Kind::Unreadable, path, file.errorString());
    const QByteArray header = file.read(headerSize);
    if (header.isEmpty())
        return fileError(SessionError::Kind::NotASession, path, SessionText::tr("the file is empty"));
    const QByteArray magic(sqliteMagic, sizeof sqliteMagic);
    const qsizetype compared = qMin(header.size(), magic.size());
    if (header.left(compared) != magic.left(compared)) {
        return fileError(SessionError::Kind::NotASession, path,
                         SessionText::tr("this is not a Crossread session (not an SQLite database)"));
    }
    if (header.size() < headerSize)
        return fileError(SessionError::Kind::Corrupt, path, SessionText::tr("the file is cut short (truncated)"));

    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    if (qFromBigEndian<qint32>(bytes + 68) != sessionApplicationId) {
        return fileError(SessionError::Kind::NotASession, path,
                         SessionText::tr("this is an SQLite database of another program, not a Crossread session"));
    }
    // The page count in the header is trustworthy when its "valid for" number equals the
    // change counter; then a shorter file lost its end.
    const quint32 pageSizeField = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const qint64 pageCount = qFromBigEndian<quint32>(bytes + 28);
    if (qFromBigEndian<quint32>(bytes + 92) == qFromBigEndian<quint32>(bytes + 24) && pageCount > 0
        && info.size() < pageCount * pageSize) {
        return fileError(SessionError::Kind::Corrupt, path,
                         SessionText::tr("the file is cut short (truncated): %1 of %2 bytes").arg(info.size()).arg(pageCount * pageSize));
    }
    return std::monostate{};
}

/// SQLite's own structural check of every page; catches damage the header cannot show.
Expected<std::monostate, SessionError> checkIntegrity(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next())
        return sqlError(SessionError::Kind::Corrupt, path, SqlFailure{QStringLiteral("quick_check"), query.lastError()});
    const QString verdict = query.value(0).toString();
    if (verdict != u"ok")
        return fileError(SessionError::Kind::Corrupt, path, SessionText::tr("the file is damaged (%1)").arg(verdict));
    return std::monostate{};
}

/// The error for a read that ran out of its step budget, whatever statement it stopped in.
SessionError stalledError(const QString &path)
{
    return fileError(SessionError::Kind::Unsafe, path,
                     SessionText::tr("reading it takes far more work than a session of its size needs; "
                                     "the file may be built to stall the reader"));
}

FormatHint hintFor(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Markdown:
        return FormatHint::Markdown;
    case SourceFormat::Html:
        return FormatHint::Html;
    case SourceFormat::Mhtml:
        return FormatHint::Mhtml;
    case SourceFormat::Pdf:
        return FormatHint::Pdf;
    case SourceFormat::PlainText:
        break;
    }
    return FormatHint::PlainText;
}

/// The chain of custody: the content hash proves which bytes an article came from, and only a
/// fresh import of those bytes proves the text came from them (a hash of the text stored beside
/// it would be rewritten by whoever rewrote the text). Imports run in parallel on the work pool.
QList<int> unverifiedTexts(const QList<Article> &articles)
{
    QList<int> indices(articles.size());
    std::iota(indices.begin(), indices.end(), 0);
    const QList<bool> matches = QtConcurrent::blockingMapped(workPool(), indices, [&articles](int index) {
        const Article &article = articles.at(index);
        ImportSource source{article.originalBytes, article.meta.sourceFile, hintFor(article.format)};
        source.declaredCharset = article.declaredCharset;
        const ImportResult again = importSource(source);
        return again && again->text == article.text;
    });
    QList<int> unverified;
    for (int index : std::as_const(indices)) {
        if (!matches.at(index))
            unverified.append(index);
    }
    return unverified;
}

QString custodyNotice(const SessionData &data)
{
    QStringList names;
    for (int index : data.unverifiedTexts)
        names.append(SessionText::tr("article %1 (%2)").arg(index + 1).arg(data.articles.at(index).displayName()));
    return SessionText::tr("The text of %1 is not what its original bytes give when imported again: it was edited "
                           "after import, or another version of Crossread read the source differently. Its SHA-256 "
                           "certifies the original bytes, not this text. The session is open read-only.")
        .arg(names.join(QStringLiteral("; ")));
}

/// `notice` followed by what the reader was already told, one paragraph each.
QString withNotice(const QString &notice, const QString &earlier)
{
    return earlier.isEmpty() ? notice : notice + u"\n\n" + earlier;
}

Expected<LoadedSession, SessionError> readOpen(QSqlDatabase &db, const QString &path)
{
    const StepBudget budget(db, readStepBudget(QFileInfo(path).size()));
    Expected<SessionData, SessionError> data = readAll(db, path);
    if (budget.exhausted())
        return stalledError(path);
    if (!data)
        return data.error();
    LoadedSession loaded;
    loaded.data = std::move(data).value();
    loaded.data.unverifiedTexts = unverifiedTexts(loaded.data.articles);
    if (!loaded.data.unverifiedTexts.isEmpty()) {
        loaded.readOnly = true;
        loaded.notice = custodyNotice(loaded.data);
    }
    if (const auto appVersion = readMeta(db, QStringLiteral("app_version")))
        loaded.appVersion = appVersion.value();
    if (const auto created = readMeta(db, QStringLiteral("created")))
        loaded.created = QDateTime::fromString(created.value(), Qt::ISODateWithMs);
    return loaded;
}

/// Reads an older session: copies it to a temporary folder, upgrades the copy and reads that.
/// The original is not touched; it changes only when the reader saves.
Expected<LoadedSession, SessionError> readUpgraded(const QString &path, int fileVersion, const SessionFormat &format)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return fileError(SessionError::Kind::UpgradeFailed, path, SessionText::tr("no temporary folder to upgrade it in: %1").arg(folder.errorString()));
    const QString copy = folder.filePath(QStringLiteral("upgrade.crossread"));
    if (!QFile::copy(path, copy))
        return fileError(SessionError::Kind::UpgradeFailed, path, SessionText::tr("it could not be copied to be upgraded"));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    Connection connection;
    if (!connection.open(copy, false))
        return sqlError(SessionError::Kind::UpgradeFailed, path, SqlFailure{QStringLiteral("open"), connection.lastError()});
    const Expected<int, SessionError> upgraded = upgradeSchema(connection.db(), path, format.version, format.steps);
    if (!upgraded)
        return upgraded.error();
    Expected<LoadedSession, SessionError> loaded = readOpen(connection.db(), path);
    if (!loaded)
        return loaded;
    loaded->fileVersion = fileVersion;
    loaded->notice = withNotice(SessionText::tr("This session was saved in an older format (version %1) and was upgraded. "
                                                "The file itself changes only when you save it.")
                                    .arg(fileVersion),
                                loaded->notice);
    return loaded;
}

/// Removes a temporary file (and SQLite's rollback journal beside it) unless kept.
class TemporaryFileGuard {
public:
    explicit TemporaryFileGuard(QString path) : m_path(std::move(path)) {}
    ~TemporaryFileGuard()
    {
        if (!m_kept) {
            QFile::remove(m_path);
            QFile::remove(m_path + u"-journal");
        }
    }
    TemporaryFileGuard(const TemporaryFileGuard &) = delete;
    TemporaryFileGuard &operator=(const TemporaryFileGuard &) = delete;
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDWR);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QString SessionError::message() const
{
    if (file.isEmpty())
        return reason;
    return QCoreApplication::translate("Crossread::Session", "%1: %2").arg(QDir::toNativeSeparators(file), reason);
}

const QList<SchemaStep> &sessionSchemaSteps()
{
    static const QList<SchemaStep> steps{
        // 1 -> 2: corrections of the analysis. A version 1 session has none.
        {1, [](QSqlDatabase &db) -> QString {
             for (const QString &sql : {QString::fromLatin1(correctionsTableStatement),
                                        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('next_correction_id', '1')")}) {
                 if (const SqlResult done = exec(db, sql); !done) {
                     const QSqlError &error = done.error().error;
                     return error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
                 }
             }
             return {};
         }},
        // 2 -> 3: article origins (fetched pages' address and time, PDF pages). A version 2
        // article has no row there and reads as a file without pages.
        {2, [](QSqlDatabase &db) -> QString {
             const SqlResult created = createArticleOrigins(db);
             return created ? QString() : created.error().error.databaseText();
         }},
        // 3 -> 4: article roles (the story's source). A version 3 article has no row there and
        // reads as coverage: older sessions have no source.
        {3, [](QSqlDatabase &db) -> QString {
             const SqlResult created = createArticleRoles(db);
             return created ? QString() : created.error().error.databaseText();
         }},
    };
    return steps;
}

Expected<int, SessionError> upgradeSchema(QSqlDatabase &db, const QString &file, int targetVersion,
                                          const QList<SchemaStep> &steps)
{
    const Expected<qint64, SqlFailure> current = pragmaValue(db, QStringLiteral("user_version"));
    if (!current)
        return sqlError(SessionError::Kind::UpgradeFailed, file, current.error());
    int version = int(current.value());
    while (version < targetVersion) {
        const auto step = std::find_if(steps.cbegin(), steps.cend(),
                                       [version](const SchemaStep &candidate) { return candidate.fromVersion == version; });
        if (step == steps.cend()) {
            return fileError(SessionError::Kind::UpgradeFailed, file,
                             SessionText::tr("this version of Crossread cannot upgrade format version %1").arg(version));
        }
        const SqlResult applied = inTransaction(db, [&]() -> SqlResult {
            const QString problem = step->apply(db);
            if (!problem.isEmpty())
                return SqlFailure{problem, QSqlError(QString(), problem, QSqlError::StatementError)};
            return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        });
        if (!applied) {
            const QSqlError &error = applied.error().error;
            return fileError(SessionError::Kind::UpgradeFailed, file,
                             SessionText::tr("upgrading from format version %1 to %2 failed: %3")
                                 .arg(version)
                                 .arg(version + 1)
                                 .arg(error.databaseText().isEmpty() ? error.driverText() : error.databaseText()));
        }
        ++version;
    }
    return version;
}

Expected<LoadedSession, SessionError> readSession(const QString &path)
{
    return readSession(path, SessionFormat{});
}

Expected<LoadedSession, SessionError> readSession(const QString &path, const SessionFormat &format)
{
    if (const auto header = readHeader(path); !header)
        return header.error();

    Connection connection;
    if (!connection.open(path, true))
        return sqlError(SessionError::Kind::Unreadable, path, SqlFailure{QStringLiteral("open"), connection.lastError()});
    const Expected<qint64, SqlFailure> version = pragmaValue(connection.db(), QStringLiteral("user_version"));
    if (!version)
        return sqlError(SessionError::Kind::Corrupt, path, version.error());
    const int fileVersion = int(version.value());
    if (fileVersion < 1)
        return fileError(SessionError::Kind::Corrupt, path, SessionText::tr("the file has no format version"));
    if (const auto schema = checkSchema(connection.db(), path, fileVersion); !schema)
        return schema.error();
    if (const auto checked = checkIntegrity(connection.db(), path); !checked)
        return checked.error();

    if (fileVersion < format.version) {
        connection.close();
        return readUpgraded(path, fileVersion, format);
    }
    Expected<LoadedSession, SessionError> loaded = readOpen(connection.db(), path);
    if (fileVersion > format.version) {
        // A newer schema only ever adds to what this version knows, so its tables are usually
        // readable; if they are not, say which version is needed rather than "damaged".
        if (!loaded && loaded.error().kind != SessionError::Kind::Unsafe) {
            return fileError(SessionError::Kind::NewerVersion, path,
                             SessionText::tr("it was saved by a newer version of Crossread (format %1; this version reads up to %2) "
                                "and cannot be read: %3")
                                 .arg(fileVersion)
                                 .arg(format.version)
                                 .arg(loaded.error().reason));
        }
        loaded->readOnly = true;
        loaded->notice = withNotice(SessionText::tr("This session was saved by a newer version of Crossread (format %1; this "
                                                    "version reads up to %2). It is open read-only: what the newer version "
                                                    "added is not shown, and Save As writes a copy in this version's format "
                                                    "without it.")
                                        .arg(fileVersion)
                                        .arg(format.version),
                                    loaded->notice);
    }
    if (loaded)
        loaded->fileVersion = fileVersion;
    return loaded;
}

Expected<std::monostate, SessionError> writeSession(const QString &path, const SessionData &data,
                                                    const SessionWriteOptions &options)
{
    const Expected<OutputKind, QString> kind = checkOutputPath(path);
    if (!kind)
        return fileError(SessionError::Kind::CannotWrite, path, kind.error());
    if (kind.value() == OutputKind::Stream) {
        // SQLite needs a file it can seek in: write one aside, then send its bytes to the
        // FIFO or device, which a rename would have replaced.
        QTemporaryDir folder;
        if (!folder.isValid())
            return fileError(SessionError::Kind::CannotWrite, path, folder.errorString());
        const QString aside = folder.filePath(QStringLiteral("session.crossread"));
        if (const auto written = writeSession(aside, data, options); !written)
            return fileError(written.error().kind, path, written.error().reason);
        QFile file(aside);
        if (!file.open(QIODevice::ReadOnly))
            return fileError(SessionError::Kind::CannotWrite, path, file.errorString());
        if (const auto sent = writeOutputFile(path, file.readAll()); !sent)
            return fileError(SessionError::Kind::CannotWrite, QString(), sent.error());
        return std::monostate{};
    }
    QFileInfo target(path);
    // Saving through a symbolic link replaces the file it points to, not the link.
    if (target.isSymLink())
        target = QFileInfo(target.symLinkTarget());
    if (target.isDir())
        return fileError(SessionError::Kind::CannotWrite, path, SessionText::tr("this is a folder"));
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return fileError(SessionError::Kind::CannotWrite, path, SessionText::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
    if (target.exists() && !target.isWritable())
        return fileError(SessionError::Kind::CannotWrite, path, SessionText::tr("the file is read-only"));

    QString temporaryPath;
    {
        QTemporaryFile temporary(folder + u"/." + target.fileName() + u".saving-XXXXXX");
        temporary.setAutoRemove(false);
        if (!temporary.open()) {
            return fileError(SessionError::Kind::CannotWrite, path,
                             SessionText::tr("cannot create a file in %1: %2").arg(QDir::toNativeSeparators(folder), temporary.errorString()));
        }
        temporaryPath = temporary.fileName();
    }
    TemporaryFileGuard guard(temporaryPath);
    // A new session is private to its author (0600, QTemporaryFile's mode); a replaced one
    // keeps the permissions its owner gave it.
    if (target.exists())
        QFile::setPermissions(temporaryPath, QFile(target.absoluteFilePath()).permissions());

    {
        Connection connection;
        if (!connection.open(temporaryPath, false))
            return sqlError(SessionError::Kind::CannotWrite, path, SqlFailure{QStringLiteral("open"), connection.lastError()});
        QSqlDatabase &db = connection.db();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime created = options.created.isValid() ? options.created : now;
        SqlResult written = initialiseFile(db, false, options.maxPageCount);
        if (written) {
            written = inTransaction(db, [&]() -> SqlResult {
                if (auto schema = createSchema(db); !schema)
                    return schema;
                if (auto meta = writeMeta(db, QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)); !meta)
                    return meta;
                if (auto meta = writeMeta(db, QStringLiteral("saved"), now.toString(Qt::ISODateWithMs)); !meta)
                    return meta;
                return writeAll(db, data, options.keepSourcePaths);
            });
        }
        if (!written)
            return sqlError(SessionError::Kind::CannotWrite, path, written.error());
    }

    if (QFileInfo(temporaryPath).size() > Limits::maxSessionBytes) {
        return fileError(SessionError::Kind::TooLarge, path,
                         SessionText::tr("the session would be larger than %1 MB, the most a session may hold")
                             .arg(Limits::maxSessionBytes / (1024 * 1024)));
    }
    // SQLite synced its commit; sync again through our own descriptor so the rename below can
    // never publish a file whose pages are still in the page cache only.
    if (!syncPath(temporaryPath, false))
        return fileError(SessionError::Kind::CannotWrite, path, SessionText::tr("it could not be written to disk: %1").arg(errnoText(errno)));
    const QByteArray from = QFile::encodeName(temporaryPath);
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (std::rename(from.constData(), to.constData()) != 0) {
        const int error = errno;
        return fileError(error == ENOSPC ? SessionError::Kind::DiskFull : SessionError::Kind::CannotWrite, path,
                         SessionText::tr("it could not be replaced: %1").arg(errnoText(error)));
    }
    guard.keep();
    // Make the rename itself durable; a failure here leaves a complete file either way.
    syncPath(folder, true);
    return std::monostate{};
}

} // namespace Crossread
