// SPDX-License-Identifier: GPL-3.0-or-later
// The session loader: the bytes are written as a `.crossread` file and opened with
// readSession(), which must return a session or a SessionError naming the file, never crash.
// A session that loads must be one the reader can show: every article well formed, every
// annotation, claim source and evidence span inside its article's text (when the article is in
// the story), the view naming only articles that exist, and exactly the file's article rows.
//
// An input that starts with 'S' mutates the schema instead of the bytes: a valid seed session
// gets the SQL statements the rest of the input picks (views and triggers hiding a table,
// indexes, extra tables and columns, renames, version changes, edited text, and raw SQL).
// Then a file holding a view, a trigger or an index must be refused as Unsafe, and every
// read must end within seconds.
#include "fuzzcheck.h"

#include "import/importer.h"
#include "review/session.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Crossread;

namespace {

const char *const tables[] = {"meta", "articles", "annotations", "annotation_tags", "claims",
                              "claim_sources", "evidence", "verdicts", "reviewers", "view"};
constexpr size_t tableCount = sizeof tables / sizeof *tables;

/// Runs `work` on `path` through a plain QSQLITE connection (none of Crossread's defences), as
/// any SQLite tool would; the connection is closed and removed afterwards.
template<typename Work>
void withPlainConnection(const QString &path, bool readOnly, Work &&work)
{
    const QString connection = QStringLiteral("fuzz_session_plain");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

/// Runs statements on `path`; failures are fine (the fuzzer picks nonsense too), the file is
/// what it is afterwards.
void runSql(const QString &path, const QStringList &statements)
{
    withPlainConnection(path, false, [&statements](QSqlDatabase &db) {
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            query.exec(statement);
        }
    });
}

/// A valid session of two small articles and an annotation, written once per process.
const QByteArray &seedSession(const QString &folder)
{
    static const QByteArray seed = [&folder] {
        SessionData data;
        data.title = QStringLiteral("seed");
        for (const char *page : {"<html><head><title>Port</title></head><body><p>The harbour strike entered its third day "
                                 "on Monday, the union said.</p><p>About 400 workers walked out.</p></body></html>",
                                 "The harbour strike went into a third day.\n\nSome 400 dockworkers are out."}) {
            ImportResult article = importSource(ImportSource{QByteArray(page), QStringLiteral("seed"), FormatHint::Auto});
            Fuzz::require(bool(article), "seed article does not import");
            data.articles.append(article.value());
        }
        Annotation annotation;
        annotation.id = 1;
        annotation.anchor = Anchor{data.articles.first().contentHash, TextSpan{0, 3}, data.articles.first().text.left(3)};
        data.review.annotations.append(annotation);
        data.review.nextAnnotationId = 2;
        data.view.shown = {true, true};
        const QString path = folder + QStringLiteral("/seed.crossread");
        Fuzz::require(bool(writeSession(path, data)), "seed session cannot be written");
        QFile file(path);
        Fuzz::require(file.open(QIODevice::ReadOnly), "seed session cannot be read");
        return file.readAll();
    }();
    return seed;
}

/// The statements the input picks: each byte chooses a mutation, the next ones its operands.
QStringList schemaMutations(const uint8_t *data, size_t size)
{
    QStringList statements;
    size_t at = 0;
    const auto next = [&]() -> uint8_t { return at < size ? data[at++] : 0; };
    const auto table = [&]() { return QString::fromLatin1(tables[next() % tableCount]); };
    while (at < size) {
        const uint8_t operation = next();
        const QString number = QString::number(next());
        switch (operation % 10) {
        case 0:
            statements << u"CREATE VIEW v" + number + u" AS SELECT * FROM " + table();
            break;
        case 1: {
            // A table replaced by a view of a long count (cases 1 and 2 of issue 17).
            const QString name = table();
            statements << u"ALTER TABLE " + name + u" RENAME TO " + name + u"_old"
                       << u"CREATE VIEW " + name + u" AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                              u" WHERE x < 100000000000) SELECT t.* FROM " + name + u"_old t, c";
            break;
        }
        case 2:
            statements << u"CREATE TRIGGER t" + number + u" AFTER INSERT ON " + table() + u" BEGIN DELETE FROM " + table()
                              + u"; END";
            break;
        case 3:
            statements << u"CREATE INDEX i" + number + u" ON " + table() + u" (position)";
            break;
        case 4:
            statements << u"CREATE TABLE extra" + number + u" (x)";
            break;
        case 5:
            statements << u"ALTER TABLE " + table() + u" ADD COLUMN c" + number;
            break;
        case 6:
            statements << u"PRAGMA user_version = " + QString::number(int(next() % 4));
            break;
        case 7:
            statements << u"DROP TABLE " + table();
            break;
        case 8:
            statements << u"UPDATE articles SET text = substr(text, 2) || 'x' WHERE position = " + QString::number(next() % 2);
            break;
        case 9: {
            // The rest of the input as one statement, for what the templates do not think of.
            statements << QString::fromUtf8(reinterpret_cast<const char *>(data + at), qsizetype(size - at));
            at = size;
            break;
        }
        }
    }
    return statements;
}

/// Whether the file's schema holds a view, a trigger or an explicit index, read independently
/// of the loader.
bool holdsForeignObjects(const QString &path)
{
    bool foreign = false;
    withPlainConnection(path, true, [&foreign](QSqlDatabase &db) {
        QSqlQuery query(db);
        foreign = query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type IN ('view', 'trigger')"
                                            " OR (type = 'index' AND sql IS NOT NULL)"))
            && query.next() && query.value(0).toLongLong() > 0;
    });
    return foreign;
}

void checkAnchor(const Anchor &anchor, const QHash<QByteArray, qsizetype> &lengths)
{
    Fuzz::require(anchor.span.start >= 0 && anchor.span.start <= anchor.span.end, "anchor span reversed");
    const auto length = lengths.constFind(anchor.articleHash);
    if (length != lengths.constEnd())
        Fuzz::require(anchor.span.end <= *length, "anchor outside its article's text");
}

/// The rows of the file's articles table, read independently of the loader; -1 when unreadable.
qint64 articleRows(const QString &path)
{
    qint64 rows = -1;
    withPlainConnection(path, true, [&rows](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) && query.next())
            rows = query.value(0).toLongLong();
    });
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // One folder for the whole run: creating a directory per input would dominate the time.
    static const QTemporaryDir dir;
    Fuzz::require(dir.isValid(), "no temporary folder");
    const QString path = dir.filePath(QStringLiteral("input.crossread"));
    const bool schemaMode = size > 0 && data[0] == 'S';
    {
        const QByteArray bytes = schemaMode ? seedSession(dir.path()) : Fuzz::bytesOf(data, size);
        QFile file(path);
        Fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the input file");
        Fuzz::require(file.write(bytes) == bytes.size(), "input file short");
    }
    if (schemaMode)
        runSql(path, schemaMutations(data + 1, size - 1));
    const bool foreign = schemaMode && holdsForeignObjects(path);

    QElapsedTimer timer;
    timer.start();
    const auto loaded = readSession(path);
    Fuzz::require(timer.elapsed() < 10000, "reading the session took more than 10 s");
    // Refused, for that or for an earlier reason: a file without a format version is refused
    // as corrupt before its schema is read, and says so.
    if (foreign)
        Fuzz::require(!loaded, "a view, trigger or index was not refused");
    if (!loaded) {
        const SessionError &error = loaded.error();
        Fuzz::require(error.file == path, "error names another file");
        Fuzz::require(!error.reason.isEmpty(), "error without a reason");
        QFile::remove(path);
        return 0;
    }

    const SessionData &session = loaded->data;
    QHash<QByteArray, qsizetype> lengths;
    for (const Article &article : session.articles) {
        Fuzz::checkArticle(article);
        lengths.insert(article.contentHash, article.text.size());
    }
    for (const Annotation &annotation : session.review.annotations)
        checkAnchor(annotation.anchor, lengths);
    for (const Claim &claim : session.review.claims) {
        for (const Anchor &source : claim.sources)
            checkAnchor(source, lengths);
        for (const Evidence &evidence : claim.evidence)
            checkAnchor(evidence.anchor, lengths);
    }
    for (int index : session.unverifiedTexts)
        Fuzz::require(index >= 0 && index < session.articles.size() && loaded->readOnly, "unverified text not read-only");
    for (int index : session.view.paneOrder)
        Fuzz::require(index >= 0 && index < session.articles.size(), "pane order names no article");
    // readSession() opens the file read-only and never changes it, so the table is as loaded.
    Fuzz::require(articleRows(path) == session.articles.size(), "article count differs from the file's rows");
    QFile::remove(path);
    return 0;
}
