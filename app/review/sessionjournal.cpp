// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery journals. Durability comes from SQLite: in WAL mode with synchronous=FULL a
// transaction is on disk (the WAL fsynced) when COMMIT returns, and an interrupted one is
// ignored on the next open (https://www.sqlite.org/wal.html, https://www.sqlite.org/atomiccommit.html).
#include "review/sessionjournal.h"

#include "review/sessionschema.h"
#include "review/sessionstore_p.h"
#include "review/sqlitedefences_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Crossread {

using namespace SessionStore;

namespace {

using namespace Qt::Literals::StringLiterals;

// lupdate files tr() calls under the enclosing class or namespace; this one context keeps
// the catalog and the run-time lookup the same for every string in the file.
struct SessionText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Session)
};

const QLatin1StringView journalSuffix(".crossread-journal");

QString lockPath(const QString &journalPath)
{
    return journalPath + u".lock";
}

/// A lock whose only staleness is a dead owner. QLockFile's default also calls a lock stale
/// after 30 s, which would let a second Crossread take a journal that is open all day.
std::unique_ptr<QLockFile> journalLock(const QString &journalPath)
{
    auto lock = std::make_unique<QLockFile>(lockPath(journalPath));
    lock->setStaleLockTime(0);
    return lock;
}

void removeJournalFiles(const QString &journalPath)
{
    for (QStringView suffix : {QStringView(), QStringView(u"-wal"), QStringView(u"-shm"), QStringView(u"-journal")})
        QFile::remove(journalPath + suffix);
}

bool sameExceptBytes(const Article &a, const Article &b)
{
    return a.contentHash == b.contentHash && a.meta == b.meta && a.text == b.text && a.paragraphs == b.paragraphs
        && a.format == b.format && a.encoding == b.encoding && a.replacedBytes == b.replacedBytes
        && a.notices == b.notices;
}

int countRows(QSqlDatabase &db, QLatin1StringView table)
{
    QSqlQuery query(db);
    if (query.exec(u"SELECT COUNT(*) FROM " + table) && query.next())
        return query.value(0).toInt();
    return 0;
}

/// Opens a journal of a process that is gone and brings it to this version's schema. The
/// journal is private to this machine, so it is upgraded in place.
Expected<std::monostate, SessionError> openForRecovery(Connection &connection, const QString &journalPath)
{
    if (!connection.open(journalPath, false))
        return sqlError(SessionError::Kind::Unreadable, journalPath, SqlFailure{QStringLiteral("open"), connection.lastError()});
    const Expected<qint64, SqlFailure> id = pragmaValue(connection.db(), QStringLiteral("application_id"));
    if (!id)
        return sqlError(SessionError::Kind::Corrupt, journalPath, id.error());
    if (id.value() != sessionApplicationId)
        return fileError(SessionError::Kind::NotASession, journalPath, SessionText::tr("this is not a Crossread recovery journal"));
    const Expected<qint64, SqlFailure> version = pragmaValue(connection.db(), QStringLiteral("user_version"));
    if (!version)
        return sqlError(SessionError::Kind::Corrupt, journalPath, version.error());
    if (version.value() > sessionSchemaVersion) {
        return fileError(SessionError::Kind::NewerVersion, journalPath,
                         SessionText::tr("it was written by a newer version of Crossread (format %1)").arg(version.value()));
    }
    // A journal is this machine's own file, but it sits in a folder other programs can write.
    if (const auto schema = checkSchema(connection.db(), journalPath, int(version.value())); !schema)
        return schema.error();
    if (const auto upgraded = upgradeSchema(connection.db(), journalPath, sessionSchemaVersion, sessionSchemaSteps()); !upgraded)
        return upgraded.error();
    return std::monostate{};
}

} // namespace

class SessionJournalPrivate {
public:
    QString path;
    QString sessionPath;
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<Connection> connection;
    QList<Article> articles;   ///< as last committed, to rewrite only what changed

    /// Runs `work` and the "unsaved changes" stamp in one transaction.
    template<typename Work>
    Expected<std::monostate, SessionError> commit(Work &&work)
    {
        if (!connection)
            return fileError(SessionError::Kind::CannotWrite, path, SessionText::tr("the recovery journal was discarded"));
        QSqlDatabase &db = connection->db();
        const SqlResult result = inTransaction(db, [&]() -> SqlResult {
            if (auto done = work(db); !done)
                return done;
            if (auto stamped = writeMeta(db, QStringLiteral("changed"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                !stamped) {
                return stamped;
            }
            return writeMeta(db, QStringLiteral("saved"), QStringLiteral("0"));
        });
        if (!result)
            return sqlError(SessionError::Kind::CannotWrite, path, result.error());
        return std::monostate{};
    }
};

SessionJournal::SessionJournal(std::unique_ptr<SessionJournalPrivate> d) : d(std::move(d)) {}

SessionJournal::~SessionJournal()
{
    // Closing checkpoints the WAL into the journal file; the file itself stays for recovery.
    d->connection.reset();
}

Expected<std::unique_ptr<SessionJournal>, SessionError>
SessionJournal::create(const QString &directory, const SessionData &data, const QString &sessionPath, bool saved)
{
    if (!QDir().mkpath(directory))
        return fileError(SessionError::Kind::CannotWrite, directory, SessionText::tr("the recovery folder cannot be created"));
    auto d = std::make_unique<SessionJournalPrivate>();
    d->path = QDir(directory).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + journalSuffix);
    d->sessionPath = sessionPath;
    // Lock before the file exists, so no other Crossread ever sees this journal unlocked.
    d->lock = journalLock(d->path);
    if (!d->lock->tryLock(0))
        return fileError(SessionError::Kind::Locked, d->path, SessionText::tr("the recovery journal cannot be locked"));
    d->connection = std::make_unique<Connection>();
    const auto failed = [&d](const SessionError &error) {
        d->connection.reset();
        removeJournalFiles(d->path);
        return error;
    };
    if (!d->connection->open(d->path, false))
        return failed(sqlError(SessionError::Kind::CannotWrite, d->path, SqlFailure{QStringLiteral("open"), d->connection->lastError()}));
    QSqlDatabase &db = d->connection->db();
    SqlResult written = initialiseFile(db, true, 0);
    if (written) {
        written = inTransaction(db, [&]() -> SqlResult {
            if (auto schema = createSchema(db); !schema)
                return schema;
            // The journal is a private copy on this machine: it keeps source paths as they are,
            // so a recovered session is exactly the one that was open.
            if (auto all = writeAll(db, data, true); !all)
                return all;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const std::pair<QString, QString> meta[] = {
                {QStringLiteral("session_path"), sessionPath},
                {QStringLiteral("process_id"), QString::number(QCoreApplication::applicationPid())},
                {QStringLiteral("created"), now.toString(Qt::ISODateWithMs)},
                {QStringLiteral("changed"), now.toString(Qt::ISODateWithMs)},
                {QStringLiteral("saved"), saved ? QStringLiteral("1") : QStringLiteral("0")},
            };
            for (const auto &[key, value] : meta) {
                if (auto row = writeMeta(db, key, value); !row)
                    return row;
            }
            return std::monostate{};
        });
    }
    if (!written)
        return failed(sqlError(SessionError::Kind::CannotWrite, d->path, written.error()));
    d->articles = data.articles;
    return std::unique_ptr<SessionJournal>(new SessionJournal(std::move(d)));
}

QString SessionJournal::path() const
{
    return d->path;
}

QString SessionJournal::sessionPath() const
{
    return d->sessionPath;
}

Expected<std::monostate, SessionError> SessionJournal::commitReview(const ReviewState &review)
{
    return d->commit([&review](QSqlDatabase &db) { return writeReview(db, review); });
}

Expected<std::monostate, SessionError> SessionJournal::commitArticles(const QList<Article> &articles)
{
    const auto result = d->commit([this, &articles](QSqlDatabase &db) -> SqlResult {
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const Article &article = articles.at(i);
            const bool stored = i < d->articles.size() && d->articles.at(i).contentHash == article.contentHash;
            if (stored && sameExceptBytes(d->articles.at(i), article))
                continue;
            if (auto row = writeArticle(db, int(i), article, true, !stored); !row)
                return row;
        }
        return truncateArticles(db, int(articles.size()));
    });
    if (result)
        d->articles = articles;
    return result;
}

Expected<std::monostate, SessionError> SessionJournal::commitView(const ViewState &view)
{
    return d->commit([&view](QSqlDatabase &db) { return writeView(db, view); });
}

Expected<std::monostate, SessionError> SessionJournal::commitTitle(const QString &title)
{
    return d->commit([&title](QSqlDatabase &db) { return writeMeta(db, QStringLiteral("title"), title); });
}

Expected<std::monostate, SessionError> SessionJournal::markSaved(const QString &sessionPath)
{
    if (!d->connection)
        return fileError(SessionError::Kind::CannotWrite, d->path, SessionText::tr("the recovery journal was discarded"));
    QSqlDatabase &db = d->connection->db();
    const SqlResult result = inTransaction(db, [&]() -> SqlResult {
        if (auto row = writeMeta(db, QStringLiteral("session_path"), sessionPath); !row)
            return row;
        return writeMeta(db, QStringLiteral("saved"), QStringLiteral("1"));
    });
    if (!result)
        return sqlError(SessionError::Kind::CannotWrite, d->path, result.error());
    d->sessionPath = sessionPath;
    return std::monostate{};
}

void SessionJournal::discard()
{
    d->connection.reset();
    removeJournalFiles(d->path);
    d->lock->unlock();
}

QList<RecoverableJournal> SessionJournal::recoverableJournals(const QString &directory)
{
    QList<RecoverableJournal> journals;
    const QFileInfoList files = QDir(directory).entryInfoList({u'*' + journalSuffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QString path = file.absoluteFilePath();
        const std::unique_ptr<QLockFile> lock = journalLock(path);
        if (!lock->tryLock(0))
            continue;   // its Crossread is running
        RecoverableJournal journal;
        journal.path = path;
        bool keep = true;
        {
            Connection connection;
            const auto opened = openForRecovery(connection, path);
            QSqlDatabase &db = connection.db();
            if (!opened) {
                // A journal killed before its first commit has no tables: nothing to recover.
                const auto version = pragmaValue(db, QStringLiteral("user_version"));
                keep = !(version && version.value() == 0 && countRows(db, "sqlite_master"_L1) == 0);
                journal.problem = opened.error().message();
            } else {
                const auto meta = [&db](const QString &key) {
                    const auto value = readMeta(db, key);
                    return value ? value.value() : QString();
                };
                keep = meta(QStringLiteral("saved")) != u"1";
                journal.title = meta(QStringLiteral("title"));
                journal.sessionPath = meta(QStringLiteral("session_path"));
                journal.lastChange = QDateTime::fromString(meta(QStringLiteral("changed")), Qt::ISODateWithMs);
                journal.processId = meta(QStringLiteral("process_id")).toLongLong();
                journal.articleCount = countRows(db, "articles"_L1);
                journal.annotationCount = countRows(db, "annotations"_L1);
                journal.claimCount = countRows(db, "claims"_L1);
            }
        }
        if (keep)
            journals.append(journal);
        else
            removeJournalFiles(path);
        lock->unlock();
    }
    std::sort(journals.begin(), journals.end(),
              [](const RecoverableJournal &a, const RecoverableJournal &b) { return a.lastChange > b.lastChange; });
    return journals;
}

Expected<SessionData, SessionError> SessionJournal::loadJournal(const QString &journalPath)
{
    if (!QFileInfo::exists(journalPath))
        return fileError(SessionError::Kind::NotFound, journalPath, SessionText::tr("there is no such file"));
    const std::unique_ptr<QLockFile> lock = journalLock(journalPath);
    if (!lock->tryLock(0))
        return fileError(SessionError::Kind::Locked, journalPath, SessionText::tr("a running Crossread is using this recovery journal"));
    Connection connection;
    if (const auto opened = openForRecovery(connection, journalPath); !opened)
        return opened.error();
    const StepBudget budget(connection.db(), readStepBudget(QFileInfo(journalPath).size()));
    Expected<SessionData, SessionError> data = readAll(connection.db(), journalPath);
    if (budget.exhausted()) {
        return fileError(SessionError::Kind::Unsafe, journalPath,
                         SessionText::tr("reading it takes far more work than a journal of its size needs"));
    }
    return data;
}

bool SessionJournal::removeJournal(const QString &journalPath)
{
    const std::unique_ptr<QLockFile> lock = journalLock(journalPath);
    if (!lock->tryLock(0))
        return false;
    removeJournalFiles(journalPath);
    return !QFileInfo::exists(journalPath);
}

} // namespace Crossread
