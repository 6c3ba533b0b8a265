// SPDX-License-Identifier: GPL-3.0-or-later
// The session loader: the bytes are written as a `.crossread` file and opened with
// readSession(), which must return a session or a SessionError naming the file, never crash.
// A session that loads must be one the reader can show: every article well formed, every
// annotation, claim source and evidence span inside its article's text (when the article is in
// the story), the view naming only articles that exist, and exactly the file's article rows.
#include "fuzzcheck.h"

#include "session.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Crossread;

namespace {

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
    const QString connection = QStringLiteral("fuzz_session_count");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) && query.next())
                rows = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // One folder for the whole run: creating a directory per input would dominate the time.
    static const QTemporaryDir dir;
    Fuzz::require(dir.isValid(), "no temporary folder");
    const QString path = dir.filePath(QStringLiteral("input.crossread"));
    {
        QFile file(path);
        Fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the input file");
        Fuzz::require(file.write(Fuzz::bytesOf(data, size)) == qint64(size), "input file short");
    }

    const auto loaded = readSession(path);
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
    for (int index : session.view.paneOrder)
        Fuzz::require(index >= 0 && index < session.articles.size(), "pane order names no article");
    // readSession() opens the file read-only and never changes it, so the table is as loaded.
    Fuzz::require(articleRows(path) == session.articles.size(), "article count differs from the file's rows");
    QFile::remove(path);
    return 0;
}
