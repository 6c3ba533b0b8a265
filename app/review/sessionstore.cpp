// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of session schema version 2 (version 1 without the corrections table). A row per
// article, annotation, claim, claim source, piece of evidence and correction; small lists that are only ever read whole (paragraphs, notices, view
// lists) are JSON text in one column. Enumerations are stored as stable lowercase keys, never
// as numbers, so a reordered enum cannot change what an old file means.
#include "review/sessionstore_p.h"

#include "crossread_version.h"
#include "core/inputlimits.h"
#include "review/sqlitedefences_p.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSet>

#include <array>

namespace Crossread::SessionStore {
namespace {

// lupdate files tr() calls under the enclosing class or namespace; this one context keeps
// the catalog and the run-time lookup the same for every string in the file.
struct SessionText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Session)
};

// Version 2: where an article came from beyond its file: the page fetched from the web (final
// address, time, the charset its server declared) and a paged source's page spans.
const char *const articleOriginsStatement =
    "CREATE TABLE article_origins (position INTEGER PRIMARY KEY NOT NULL, fetched_url TEXT, fetched_at TEXT,"
    " declared_charset TEXT, pages TEXT NOT NULL)";

// Version 4: what each article is to the story ("coverage" or "source", articleRoleKey()).
const char *const articleRolesStatement =
    "CREATE TABLE article_roles (position INTEGER PRIMARY KEY NOT NULL, role TEXT NOT NULL)";

// The schema, one statement each (QSQLITE runs only the first statement of a string).
const char *const schemaStatements[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    "CREATE TABLE articles (position INTEGER PRIMARY KEY NOT NULL, content_hash TEXT NOT NULL,"
    " original_bytes BLOB, text TEXT, format TEXT NOT NULL, encoding TEXT, replaced_bytes INTEGER NOT NULL,"
    " notices TEXT, paragraphs TEXT NOT NULL, outlet TEXT, headline TEXT, author TEXT,"
    " published_date INTEGER, published_precision TEXT NOT NULL, published_time INTEGER, published_text TEXT,"
    " url TEXT, source_file TEXT, imported_at TEXT)",
    "CREATE TABLE annotations (id INTEGER PRIMARY KEY NOT NULL, position INTEGER NOT NULL,"
    " article_hash TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, quote TEXT,"
    " colour TEXT NOT NULL, note TEXT, created TEXT, updated TEXT)",
    "CREATE TABLE annotation_tags (annotation_id INTEGER NOT NULL, position INTEGER NOT NULL, tag TEXT,"
    " PRIMARY KEY (annotation_id, position))",
    "CREATE TABLE claims (id INTEGER PRIMARY KEY NOT NULL, position INTEGER NOT NULL, statement TEXT,"
    " verdict TEXT, origin TEXT NOT NULL, notes TEXT, reviewer TEXT, created TEXT, updated TEXT)",
    "CREATE TABLE claim_sources (claim_id INTEGER NOT NULL, position INTEGER NOT NULL,"
    " article_hash TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, quote TEXT,"
    " PRIMARY KEY (claim_id, position))",
    "CREATE TABLE evidence (claim_id INTEGER NOT NULL, position INTEGER NOT NULL, id INTEGER NOT NULL,"
    " article_hash TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, quote TEXT,"
    " role TEXT NOT NULL, note TEXT, PRIMARY KEY (claim_id, position))",
    "CREATE TABLE verdicts (position INTEGER PRIMARY KEY NOT NULL, verdict TEXT NOT NULL)",
    "CREATE TABLE reviewers (position INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL)",
    "CREATE TABLE view (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    correctionsTableStatement,
    articleOriginsStatement,
    articleRolesStatement,
};

// ---- stable keys -------------------------------------------------------------------------

template<typename Enum>
struct KeyName {
    Enum value;
    QLatin1StringView key;
};

using namespace Qt::Literals::StringLiterals;

constexpr std::array<KeyName<SourceFormat>, 5> formatKeys{{
    {SourceFormat::PlainText, "text"_L1},
    {SourceFormat::Markdown, "markdown"_L1},
    {SourceFormat::Html, "html"_L1},
    {SourceFormat::Mhtml, "mhtml"_L1},
    {SourceFormat::Pdf, "pdf"_L1},
}};

constexpr std::array<KeyName<DatePrecision>, 7> precisionKeys{{
    {DatePrecision::Unknown, "unknown"_L1},
    {DatePrecision::Decade, "decade"_L1},
    {DatePrecision::Year, "year"_L1},
    {DatePrecision::Quarter, "quarter"_L1},
    {DatePrecision::Month, "month"_L1},
    {DatePrecision::Week, "week"_L1},
    {DatePrecision::Day, "day"_L1},
}};

constexpr std::array<KeyName<BoilerplateKind>, 15> boilerplateKeys{{
    {BoilerplateKind::None, "none"_L1},
    {BoilerplateKind::Advertisement, "advertisement"_L1},
    {BoilerplateKind::SignUp, "signup"_L1},
    {BoilerplateKind::Share, "share"_L1},
    {BoilerplateKind::Notice, "notice"_L1},
    {BoilerplateKind::Affiliate, "affiliate"_L1},
    {BoilerplateKind::Caption, "caption"_L1},
    {BoilerplateKind::RelatedLinks, "related"_L1},
    {BoilerplateKind::Promo, "promo"_L1},
    {BoilerplateKind::AuthorBio, "authorbio"_L1},
    {BoilerplateKind::Copyright, "copyright"_L1},
    {BoilerplateKind::Navigation, "navigation"_L1},
    {BoilerplateKind::Other, "other"_L1},
    {BoilerplateKind::Byline, "byline"_L1},
    {BoilerplateKind::PageFurniture, "pagefurniture"_L1},
}};

template<typename Enum, size_t N>
QString keyOf(const std::array<KeyName<Enum>, N> &keys, Enum value)
{
    for (const KeyName<Enum> &entry : keys) {
        if (entry.value == value)
            return QString(entry.key);
    }
    return QString(keys.front().key);
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<KeyName<Enum>, N> &keys, QStringView key)
{
    for (const KeyName<Enum> &entry : keys) {
        if (key == entry.key)
            return entry.value;
    }
    return std::nullopt;
}

// The review's own key functions fall back to a default for unknown keys; a session must not
// turn a key it does not know into a different decision, so the reader checks the round trip.
template<typename Enum>
std::optional<Enum> strictKey(QStringView key, Enum (*fromKey)(QStringView), QString (*toKey)(Enum))
{
    const Enum value = fromKey(key);
    if (toKey(value) != key)
        return std::nullopt;
    return value;
}

// ---- value conversions -------------------------------------------------------------------

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant hashValue(const QByteArray &hash)
{
    return QString::fromLatin1(hash);
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString paragraphsJson(const QList<Paragraph> &paragraphs)
{
    QJsonArray array;
    for (const Paragraph &paragraph : paragraphs) {
        array.append(QJsonArray{qint64(paragraph.span.start), qint64(paragraph.span.end),
                                keyOf(boilerplateKeys, paragraph.boilerplate), paragraph.userDecided,
                                paragraph.heading});
    }
    return jsonText(array);
}

QString sourceFileFor(const QString &sourceFile, bool keepPath)
{
    if (keepPath || sourceFile.isEmpty())
        return sourceFile;
    return QFileInfo(sourceFile).fileName();
}

SqlResult run(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return SqlFailure{what, query.lastError()};
    return std::monostate{};
}

SqlResult prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return SqlFailure{sql, query.lastError()};
    return std::monostate{};
}

#define CROSSREAD_TRY(expression)                                                                                  \
    do {                                                                                                           \
        if (auto tried = (expression); !tried)                                                                     \
            return tried.error();                                                                                  \
    } while (false)

SqlResult insertAnchorRows(QSqlDatabase &db, const QList<Claim> &claims)
{
    QSqlQuery source(db);
    CROSSREAD_TRY(prepare(source, QStringLiteral("INSERT INTO claim_sources (claim_id, position, article_hash,"
                                                 " span_start, span_end, quote) VALUES (?, ?, ?, ?, ?, ?)")));
    QSqlQuery evidence(db);
    CROSSREAD_TRY(prepare(evidence, QStringLiteral("INSERT INTO evidence (claim_id, position, id, article_hash,"
                                                   " span_start, span_end, quote, role, note)"
                                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (const Claim &claim : claims) {
        for (qsizetype i = 0; i < claim.sources.size(); ++i) {
            const Anchor &anchor = claim.sources.at(i);
            source.addBindValue(claim.id);
            source.addBindValue(qint64(i));
            source.addBindValue(hashValue(anchor.articleHash));
            source.addBindValue(qint64(anchor.span.start));
            source.addBindValue(qint64(anchor.span.end));
            source.addBindValue(anchor.quote);
            CROSSREAD_TRY(run(source, QStringLiteral("claim source")));
        }
        for (qsizetype i = 0; i < claim.evidence.size(); ++i) {
            const Evidence &item = claim.evidence.at(i);
            evidence.addBindValue(claim.id);
            evidence.addBindValue(qint64(i));
            evidence.addBindValue(item.id);
            evidence.addBindValue(hashValue(item.anchor.articleHash));
            evidence.addBindValue(qint64(item.anchor.span.start));
            evidence.addBindValue(qint64(item.anchor.span.end));
            evidence.addBindValue(item.anchor.quote);
            evidence.addBindValue(evidenceRoleKey(item.role));
            evidence.addBindValue(item.note);
            CROSSREAD_TRY(run(evidence, QStringLiteral("evidence")));
        }
    }
    return std::monostate{};
}

SqlResult insertList(QSqlDatabase &db, const QString &table, const QString &column, const QStringList &values)
{
    QSqlQuery query(db);
    CROSSREAD_TRY(prepare(query, u"INSERT INTO " + table + u" (position, " + column + u") VALUES (?, ?)"));
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.addBindValue(qint64(i));
        query.addBindValue(values.at(i).isNull() ? QString(u""_s) : values.at(i));
        CROSSREAD_TRY(run(query, table));
    }
    return std::monostate{};
}

// ---- reading -----------------------------------------------------------------------------

/// Reads typed columns of the current row, remembering the first wrong value so the caller
/// can refuse the file with the table and column named.
class RowReader {
public:
    RowReader(QSqlQuery &query, QString table) : m_query(query), m_table(std::move(table)) {}

    qint64 integer(int column, qint64 min = std::numeric_limits<qint64>::min(),
                   qint64 max = std::numeric_limits<qint64>::max())
    {
        const QVariant value = m_query.value(column);
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || value.isNull() || number < min || number > max)
            fail(column);
        return number;
    }
    std::optional<qint64> optionalInteger(int column)
    {
        if (m_query.value(column).isNull())
            return std::nullopt;
        return integer(column);
    }
    QString text(int column) { return m_query.value(column).toString(); }
    QByteArray bytes(int column) { return m_query.value(column).toByteArray(); }
    QDateTime time(int column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return {};
        QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!time.isValid())
            fail(column);
        return time;
    }
    QJsonArray json(int column)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text(column).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            fail(column);
        return document.array();
    }
    template<typename Enum>
    Enum key(int column, std::optional<Enum> value)
    {
        if (!value) {
            fail(column);
            return Enum{};
        }
        return *value;
    }
    void fail(int column)
    {
        if (m_problem.isEmpty())
            m_problem = SessionText::tr("the table %1 holds an impossible value in column %2").arg(m_table, m_query.record().fieldName(column));
    }
    void failWith(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }
    [[nodiscard]] const QString &problem() const { return m_problem; }

private:
    QSqlQuery &m_query;
    QString m_table;
    QString m_problem;
};

struct ReadFailure {
    SessionError::Kind kind = SessionError::Kind::Corrupt;
    QString reason;
};

template<typename T>
using ReadResult = Expected<T, ReadFailure>;

ReadResult<bool> select(QSqlQuery &query, const QString &table, const QString &sql)
{
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        if (sqliteCode(error) == sqliteCorrupt || sqliteCode(error) == sqliteNotADatabase)
            return ReadFailure{SessionError::Kind::Corrupt, SessionText::tr("the file is damaged (%1)").arg(error.databaseText())};
        return ReadFailure{SessionError::Kind::Corrupt,
                           SessionText::tr("the table %1 is missing or damaged (%2)").arg(table, error.databaseText())};
    }
    return true;
}

// A step over rows that also reports a damaged page met in the middle of a table.
bool nextRow(QSqlQuery &query, ReadFailure *failure)
{
    if (query.next())
        return true;
    if (query.lastError().isValid()) {
        *failure = ReadFailure{SessionError::Kind::Corrupt,
                               SessionText::tr("the file is damaged (%1)").arg(query.lastError().databaseText())};
    }
    return false;
}

bool spanFits(TextSpan span, qsizetype length)
{
    return span.start >= 0 && span.start <= span.end && span.end <= length;
}

/// Page spans must be contiguous from the start of the text to its end, like the importer makes them.
bool pagesFit(const QList<TextSpan> &pages, qsizetype length)
{
    qsizetype next = 0;
    for (const TextSpan &page : pages) {
        if (page.start != next || page.end < page.start || page.end > length)
            return false;
        next = page.end;
    }
    return pages.isEmpty() || next == length;
}

ReadResult<bool> readArticleOrigins(QSqlDatabase &db, QList<Article> &articles)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto selected = select(query, QStringLiteral("article_origins"),
                               QStringLiteral("SELECT position, fetched_url, fetched_at, declared_charset, pages"
                                              " FROM article_origins ORDER BY position"));
        !selected) {
        return selected.error();
    }
    ReadFailure failure;
    RowReader row(query, QStringLiteral("article_origins"));
    while (nextRow(query, &failure)) {
        const qint64 position = row.integer(0, 0, articles.size() - 1);
        if (!row.problem().isEmpty())
            break;
        Article &article = articles[position];
        article.meta.fetchedUrl = row.text(1);
        article.meta.fetchedAt = row.time(2);
        article.declaredCharset = row.text(3).toLatin1();
        QList<TextSpan> pages;
        for (const QJsonValue &value : row.json(4)) {
            const QJsonArray span = value.toArray();
            if (span.size() != 2) {
                row.fail(4);
                break;
            }
            pages.append(TextSpan{qsizetype(span.at(0).toInteger(-1)), qsizetype(span.at(1).toInteger(-1))});
        }
        if (!pagesFit(pages, article.text.size()))
            row.fail(4);
        article.pages = pages;
        if (!row.problem().isEmpty())
            break;
    }
    if (!row.problem().isEmpty())
        return ReadFailure{SessionError::Kind::Corrupt, row.problem()};
    if (!failure.reason.isEmpty())
        return failure;
    return true;
}

ReadResult<bool> readArticleRoles(QSqlDatabase &db, QList<Article> &articles)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto selected = select(query, QStringLiteral("article_roles"),
                               QStringLiteral("SELECT position, role FROM article_roles ORDER BY position"));
        !selected) {
        return selected.error();
    }
    ReadFailure failure;
    RowReader row(query, QStringLiteral("article_roles"));
    bool sourceSeen = false;
    while (nextRow(query, &failure)) {
        const qint64 position = row.integer(0, 0, articles.size() - 1);
        if (!row.problem().isEmpty())
            break;
        const std::optional<ArticleRole> role = articleRoleFromKey(row.text(1));
        // A key this version does not know, or a second source, is not a decision to guess at.
        if (!role || (*role == ArticleRole::Source && sourceSeen)) {
            row.fail(1);
            break;
        }
        sourceSeen = sourceSeen || *role == ArticleRole::Source;
        articles[position].meta.role = *role;
    }
    if (!row.problem().isEmpty())
        return ReadFailure{SessionError::Kind::Corrupt, row.problem()};
    if (!failure.reason.isEmpty())
        return failure;
    return true;
}

ReadResult<QList<Article>> readArticles(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto selected = select(query, QStringLiteral("articles"),
                               QStringLiteral("SELECT position, content_hash, original_bytes, text, format, encoding,"
                                              " replaced_bytes, notices, paragraphs, outlet, headline, author,"
                                              " published_date, published_precision, published_time, published_text,"
                                              " url, source_file, imported_at FROM articles ORDER BY position"));
        !selected) {
        return selected.error();
    }
    QList<Article> articles;
    ReadFailure failure;
    RowReader row(query, QStringLiteral("articles"));
    while (nextRow(query, &failure)) {
        if (articles.size() >= Limits::maxArticles) {
            return ReadFailure{SessionError::Kind::TooLarge,
                               SessionText::tr("the session holds more than %1 articles").arg(Limits::maxArticles)};
        }
        Article article;
        if (row.integer(0) != articles.size())
            row.fail(0);
        article.contentHash = row.text(1).toLatin1();
        article.originalBytes = row.bytes(2);
        article.text = row.text(3);
        article.format = row.key(4, valueOf(formatKeys, row.text(4)));
        article.encoding = row.text(5);
        article.replacedBytes = int(row.integer(6, 0, std::numeric_limits<int>::max()));
        for (const QJsonValue &notice : row.json(7)) {
            if (!notice.isString())
                row.fail(7);
            article.notices.append(notice.toString());
        }
        for (const QJsonValue &value : row.json(8)) {
            const QJsonArray fields = value.toArray();
            Paragraph paragraph;
            paragraph.span = TextSpan{qsizetype(fields.at(0).toInteger(-1)), qsizetype(fields.at(1).toInteger(-1))};
            const std::optional<BoilerplateKind> kind = valueOf(boilerplateKeys, fields.at(2).toString());
            // Paragraphs are in text order without overlap (article.h); the panes and the
            // segmenter rely on it, so a file that breaks it is damaged.
            const bool afterPrevious = article.paragraphs.isEmpty()
                || paragraph.span.start >= article.paragraphs.constLast().span.end;
            if (fields.size() != 5 || !kind || !fields.at(3).isBool() || !fields.at(4).isBool()
                || !spanFits(paragraph.span, article.text.size()) || !afterPrevious) {
                row.fail(8);
                break;
            }
            paragraph.boilerplate = *kind;
            paragraph.userDecided = fields.at(3).toBool();
            paragraph.heading = fields.at(4).toBool();
            article.paragraphs.append(paragraph);
        }
        ArticleMetadata &meta = article.meta;
        meta.outlet = row.text(9);
        meta.headline = row.text(10);
        meta.author = row.text(11);
        if (const std::optional<qint64> day = row.optionalInteger(12))
            meta.published.date = QDate::fromJulianDay(*day);
        meta.published.precision = row.key(13, valueOf(precisionKeys, row.text(13)));
        if (const std::optional<qint64> msecs = row.optionalInteger(14)) {
            if (*msecs < 0 || *msecs >= 24 * 3600 * 1000)
                row.fail(14);
            else
                meta.published.time = QTime::fromMSecsSinceStartOfDay(int(*msecs));
        }
        meta.published.text = row.text(15);
        meta.url = row.text(16);
        meta.sourceFile = row.text(17);
        meta.importedAt = row.time(18);
        if (!row.problem().isEmpty())
            return ReadFailure{SessionError::Kind::Corrupt, row.problem()};
        // The hash is the article's identity and every anchor's key: bytes that do not match
        // it were changed after import, and their text and anchors can no longer be trusted.
        const QByteArray actual = QCryptographicHash::hash(article.originalBytes, QCryptographicHash::Sha256).toHex();
        if (actual != article.contentHash) {
            return ReadFailure{SessionError::Kind::Tampered,
                               SessionText::tr("article %1 (%2) does not match its content hash; the file was changed "
                                  "outside Crossread")
                                   .arg(articles.size() + 1)
                                   .arg(article.displayName())};
        }
        articles.append(std::move(article));
    }
    if (!failure.reason.isEmpty())
        return failure;
    if (auto origins = readArticleOrigins(db, articles); !origins)
        return origins.error();
    if (auto roles = readArticleRoles(db, articles); !roles)
        return roles.error();
    return articles;
}

// Anchors must lie inside their article's text when the article is in the story. An anchor
// may name an article that was removed from the story: that is kept, not an error. `lengths`
// holds, per content hash, the shortest text of the articles with that hash: an anchor names
// its article by hash only, so the views place it in every one of them.
bool anchorFits(const Anchor &anchor, const QHash<QByteArray, qsizetype> &lengths)
{
    if (anchor.span.start < 0 || anchor.span.end < anchor.span.start)
        return false;
    const auto length = lengths.constFind(anchor.articleHash);
    return length == lengths.constEnd() || anchor.span.end <= *length;
}

Anchor readAnchor(RowReader &row, int firstColumn)
{
    Anchor anchor;
    anchor.articleHash = row.text(firstColumn).toLatin1();
    anchor.span.start = row.integer(firstColumn + 1);
    anchor.span.end = row.integer(firstColumn + 2);
    anchor.quote = row.text(firstColumn + 3);
    return anchor;
}

ReadResult<ReviewState> readReview(QSqlDatabase &db, const QList<Article> &articles)
{
    QHash<QByteArray, qsizetype> lengths;
    for (const Article &article : articles) {
        const auto known = lengths.constFind(article.contentHash);
        if (known == lengths.constEnd() || article.text.size() < *known)
            lengths.insert(article.contentHash, article.text.size());
    }

    ReviewState review;
    ReadFailure failure;
    QSqlQuery query(db);
    query.setForwardOnly(true);

    // Tags first, so annotations can take theirs as they are read.
    QHash<qint64, QStringList> tags;
    if (auto selected = select(query, QStringLiteral("annotation_tags"),
                               QStringLiteral("SELECT annotation_id, tag FROM annotation_tags"
                                              " ORDER BY annotation_id, position"));
        !selected) {
        return selected.error();
    }
    while (nextRow(query, &failure))
        tags[query.value(0).toLongLong()].append(query.value(1).toString());

    if (auto selected = select(query, QStringLiteral("annotations"),
                               QStringLiteral("SELECT id, article_hash, span_start, span_end, quote, colour, note,"
                                              " created, updated FROM annotations ORDER BY position"));
        !selected) {
        return selected.error();
    }
    RowReader annotationRow(query, QStringLiteral("annotations"));
    while (nextRow(query, &failure)) {
        Annotation annotation;
        annotation.id = int(annotationRow.integer(0, 1, std::numeric_limits<int>::max()));
        annotation.anchor = readAnchor(annotationRow, 1);
        annotation.colour = annotationRow.key(5, strictKey(annotationRow.text(5), highlightColourFromKey, highlightColourKey));
        annotation.note = annotationRow.text(6);
        annotation.created = annotationRow.time(7);
        annotation.updated = annotationRow.time(8);
        annotation.tags = tags.take(annotation.id);
        if (!anchorFits(annotation.anchor, lengths))
            annotationRow.failWith(SessionText::tr("annotation %1 points outside its article").arg(annotation.id));
        if (!annotationRow.problem().isEmpty())
            return ReadFailure{SessionError::Kind::Corrupt, annotationRow.problem()};
        review.annotations.append(std::move(annotation));
    }
    if (!failure.reason.isEmpty())
        return failure;
    if (!tags.isEmpty())
        return ReadFailure{SessionError::Kind::Corrupt, SessionText::tr("the table annotation_tags names annotations that do not exist")};

    // Sources and evidence, grouped by claim.
    QHash<qint64, QList<Anchor>> sources;
    if (auto selected = select(query, QStringLiteral("claim_sources"),
                               QStringLiteral("SELECT claim_id, article_hash, span_start, span_end, quote"
                                              " FROM claim_sources ORDER BY claim_id, position"));
        !selected) {
        return selected.error();
    }
    RowReader sourceRow(query, QStringLiteral("claim_sources"));
    while (nextRow(query, &failure)) {
        const Anchor anchor = readAnchor(sourceRow, 1);
        if (!anchorFits(anchor, lengths))
            sourceRow.failWith(SessionText::tr("a source of claim %1 points outside its article").arg(query.value(0).toLongLong()));
        sources[sourceRow.integer(0)].append(anchor);
    }
    if (!sourceRow.problem().isEmpty())
        return ReadFailure{SessionError::Kind::Corrupt, sourceRow.problem()};

    QHash<qint64, QList<Evidence>> evidence;
    if (auto selected = select(query, QStringLiteral("evidence"),
                               QStringLiteral("SELECT claim_id, id, article_hash, span_start, span_end, quote, role, note"
                                              " FROM evidence ORDER BY claim_id, position"));
        !selected) {
        return selected.error();
    }
    RowReader evidenceRow(query, QStringLiteral("evidence"));
    while (nextRow(query, &failure)) {
        Evidence item;
        item.id = int(evidenceRow.integer(1, 0, std::numeric_limits<int>::max()));
        item.anchor = readAnchor(evidenceRow, 2);
        item.role = evidenceRow.key(6, strictKey(evidenceRow.text(6), evidenceRoleFromKey, evidenceRoleKey));
        item.note = evidenceRow.text(7);
        QList<Evidence> &list = evidence[evidenceRow.integer(0)];
        for (const Evidence &other : std::as_const(list)) {
            if (other.id == item.id)
                evidenceRow.failWith(SessionText::tr("claim %1 has two pieces of evidence numbered %2").arg(query.value(0).toLongLong()).arg(item.id));
        }
        if (!anchorFits(item.anchor, lengths))
            evidenceRow.failWith(SessionText::tr("evidence of claim %1 points outside its article").arg(query.value(0).toLongLong()));
        list.append(item);
    }
    if (!evidenceRow.problem().isEmpty())
        return ReadFailure{SessionError::Kind::Corrupt, evidenceRow.problem()};

    if (auto selected = select(query, QStringLiteral("claims"),
                               QStringLiteral("SELECT id, statement, verdict, origin, notes, reviewer, created, updated"
                                              " FROM claims ORDER BY position"));
        !selected) {
        return selected.error();
    }
    RowReader claimRow(query, QStringLiteral("claims"));
    while (nextRow(query, &failure)) {
        Claim claim;
        claim.id = int(claimRow.integer(0, 1, std::numeric_limits<int>::max()));
        claim.statement = claimRow.text(1);
        claim.verdict = claimRow.text(2);
        claim.origin = claimRow.key(3, strictKey(claimRow.text(3), claimOriginFromKey, claimOriginKey));
        claim.notes = claimRow.text(4);
        claim.reviewer = claimRow.text(5);
        claim.created = claimRow.time(6);
        claim.updated = claimRow.time(7);
        claim.sources = sources.take(claim.id);
        claim.evidence = evidence.take(claim.id);
        if (!claimRow.problem().isEmpty())
            return ReadFailure{SessionError::Kind::Corrupt, claimRow.problem()};
        review.claims.append(std::move(claim));
    }
    if (!failure.reason.isEmpty())
        return failure;
    if (!sources.isEmpty() || !evidence.isEmpty())
        return ReadFailure{SessionError::Kind::Corrupt, SessionText::tr("sources or evidence name claims that do not exist")};

    review.verdicts.clear();
    if (auto selected = select(query, QStringLiteral("verdicts"),
                               QStringLiteral("SELECT verdict FROM verdicts ORDER BY position"));
        !selected) {
        return selected.error();
    }
    while (nextRow(query, &failure))
        review.verdicts.append(query.value(0).toString());
    if (auto selected = select(query, QStringLiteral("reviewers"),
                               QStringLiteral("SELECT name FROM reviewers ORDER BY position"));
        !selected) {
        return selected.error();
    }
    while (nextRow(query, &failure))
        review.reviewers.append(query.value(0).toString());
    if (!failure.reason.isEmpty())
        return failure;
    if (review.verdicts.isEmpty())
        return ReadFailure{SessionError::Kind::Corrupt, SessionText::tr("the session has no verdicts")};

    if (auto selected = select(query, QStringLiteral("corrections"),
                               QStringLiteral("SELECT id, kind, article_hash, span_start, span_end, quote, other_hash,"
                                              " other_start, other_end, other_quote, label, status, note, reviewer, created"
                                              " FROM corrections ORDER BY position"));
        !selected) {
        return selected.error();
    }
    RowReader correctionRow(query, QStringLiteral("corrections"));
    while (nextRow(query, &failure)) {
        Correction correction;
        correction.id = int(correctionRow.integer(0, 1, std::numeric_limits<int>::max()));
        correction.kind = correctionRow.key(1, correctionKindFromKey(correctionRow.text(1)));
        correction.target = readAnchor(correctionRow, 2);
        correction.other = readAnchor(correctionRow, 6);
        correction.label = correctionRow.text(10);
        correction.status = correctionRow.key(11, correctionStatusFromKey(correctionRow.text(11)));
        correction.note = correctionRow.text(12);
        correction.reviewer = correctionRow.text(13);
        correction.created = correctionRow.time(14);
        const bool needsOther = correction.kind == CorrectionKind::MergeSlots || correction.kind == CorrectionKind::JoinTopic
            || correction.kind == CorrectionKind::JoinPassages;
        if (!anchorFits(correction.target, lengths) || !correction.target.isValid()
            || (needsOther && (!anchorFits(correction.other, lengths) || !correction.other.isValid()))) {
            correctionRow.failWith(SessionText::tr("correction %1 points outside its article").arg(correction.id));
        }
        if (!correctionRow.problem().isEmpty())
            return ReadFailure{SessionError::Kind::Corrupt, correctionRow.problem()};
        review.corrections.append(std::move(correction));
    }
    if (!failure.reason.isEmpty())
        return failure;
    return review;
}

ReadResult<ViewState> readView(QSqlDatabase &db, qsizetype articleCount)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto selected = select(query, QStringLiteral("view"), QStringLiteral("SELECT key, value FROM view")); !selected)
        return selected.error();
    QHash<QString, QString> values;
    ReadFailure failure;
    while (nextRow(query, &failure))
        values.insert(query.value(0).toString(), query.value(1).toString());
    if (!failure.reason.isEmpty())
        return failure;

    const auto array = [&values](const QString &key, QJsonArray *out) {
        const QString text = values.value(key, QStringLiteral("[]"));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        *out = document.array();
        return error.error == QJsonParseError::NoError && document.isArray();
    };
    ViewState view;
    QJsonArray shown, order;
    const bool ok = array(QStringLiteral("shown"), &shown) && array(QStringLiteral("pane_order"), &order);
    for (const QJsonValue &value : std::as_const(shown))
        view.shown.append(value.toBool());
    // The view is how the story was looked at, not what it holds: a pane order that names
    // articles no longer in the story (a journal's articles committed before its view) loses
    // those entries instead of costing the reader the session.
    for (const QJsonValue &value : std::as_const(order)) {
        const qint64 index = value.toInteger(-1);
        if (index >= 0 && index < articleCount && !view.paneOrder.contains(int(index)))
            view.paneOrder.append(int(index));
    }
    view.theme = values.value(QStringLiteral("theme"));
    view.syncScrolling = values.value(QStringLiteral("sync_scrolling"), QStringLiteral("1")) == u"1";
    view.boilerplateCollapsed = values.value(QStringLiteral("boilerplate_collapsed"), QStringLiteral("0")) == u"1";
    if (!ok)
        return ReadFailure{SessionError::Kind::Corrupt, SessionText::tr("the table view holds impossible values")};
    return view;
}

QAtomicInteger<quint64> connectionCounter;

} // namespace

// ---- Connection --------------------------------------------------------------------------

Connection::Connection()
    : m_name(QStringLiteral("crossread-session-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
}

Connection::~Connection()
{
    close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool Connection::open(const QString &path, bool readOnly)
{
    m_failure = QSqlError();
    m_db.setDatabaseName(path);
    // A busy timeout rides out a reader holding a shared lock for a moment; read-only
    // connections must never create, roll back or otherwise touch the file.
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!m_db.open())
        return false;
    // Before any statement touches the file's schema: every file may come from someone else.
    if (const QString problem = applyDefences(m_db); !problem.isEmpty()) {
        m_db.close();
        m_failure = QSqlError(problem, problem, QSqlError::ConnectionError);
        return false;
    }
    return true;
}

void Connection::close()
{
    if (m_db.isOpen())
        m_db.close();
}

// ---- statements --------------------------------------------------------------------------

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

SqlResult exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return SqlFailure{sql, query.lastError()};
    return std::monostate{};
}

Expected<qint64, SqlFailure> pragmaValue(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA " + pragma) || !query.next()) {
        QSqlError error = query.lastError();
        if (!error.isValid())
            error = QSqlError(QString(), SessionText::tr("no value"), QSqlError::StatementError);
        return SqlFailure{pragma, error};
    }
    return query.value(0).toLongLong();
}

SqlResult initialiseFile(QSqlDatabase &db, bool wal, int maxPageCount)
{
    CROSSREAD_TRY(exec(db, QStringLiteral("PRAGMA encoding = 'UTF-16le'")));
    {
        QSqlQuery query(db);
        const QString mode = wal ? QStringLiteral("wal") : QStringLiteral("delete");
        if (!query.exec(u"PRAGMA journal_mode = " + mode) || !query.next()
            || query.value(0).toString().compare(mode, Qt::CaseInsensitive) != 0) {
            return SqlFailure{QStringLiteral("journal_mode"), query.lastError()};
        }
    }
    CROSSREAD_TRY(exec(db, QStringLiteral("PRAGMA synchronous = FULL")));
    if (maxPageCount > 0)
        CROSSREAD_TRY(exec(db, QStringLiteral("PRAGMA max_page_count = %1").arg(maxPageCount)));
    return std::monostate{};
}

Expected<std::monostate, SessionError> checkSchema(QSqlDatabase &db, const QString &file, int fileVersion)
{
    const auto unsafe = [&file](const QString &reason) { return fileError(SessionError::Kind::Unsafe, file, reason); };
    const auto corrupt = [&file](const QString &reason) { return fileError(SessionError::Kind::Corrupt, file, reason); };
    // The tables this build defines, by name, with the statement that made them.
    QHash<QString, QString> expected;
    for (const char *statement : schemaStatements) {
        const QString sql = QString::fromLatin1(statement);
        const qsizetype nameStart = qsizetype(qstrlen("CREATE TABLE "));
        expected.insert(sql.mid(nameStart, sql.indexOf(u' ', nameStart) - nameStart), sql);
    }
    const bool exact = fileVersion == sessionSchemaVersion;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")))
        return corrupt(SessionText::tr("the file is damaged: its schema cannot be read (%1)").arg(query.lastError().databaseText()));
    QSet<QString> tables;
    QList<std::pair<QString, QString>> automaticIndexes;   // name, table
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString();
        const QString table = query.value(2).toString();
        const QVariant sql = query.value(3);
        if (type == u"view")
            return unsafe(SessionText::tr("it holds a view (%1), which a session never does").arg(name));
        if (type == u"trigger")
            return unsafe(SessionText::tr("it holds a trigger (%1), which a session never does").arg(name));
        if (type == u"index") {
            // SQLite's own indexes for PRIMARY KEY and UNIQUE have no SQL; any other index is
            // someone else's addition.
            if (!sql.isNull())
                return unsafe(SessionText::tr("it holds an index (%1) the session format does not define").arg(name));
            automaticIndexes.append({name, table});
            continue;
        }
        if (type != u"table")
            return unsafe(SessionText::tr("it holds an object of type %1 (%2) the session format does not define").arg(type, name));
        if (sql.toString().startsWith(u"CREATE VIRTUAL", Qt::CaseInsensitive))
            return unsafe(SessionText::tr("it holds a virtual table (%1), which a session never does").arg(name));
        const auto known = expected.constFind(name);
        if (exact) {
            if (known == expected.cend())
                return unsafe(SessionText::tr("it holds a table (%1) the session format does not define").arg(name));
            if (sql.toString() != *known)
                return unsafe(SessionText::tr("its table %1 is not defined as the session format defines it").arg(name));
        }
        tables.insert(name);
    }
    if (query.lastError().isValid())
        return corrupt(SessionText::tr("the file is damaged: its schema cannot be read (%1)").arg(query.lastError().databaseText()));
    for (const auto &[name, table] : std::as_const(automaticIndexes)) {
        if (!name.startsWith(u"sqlite_autoindex_" + table + u'_') || !tables.contains(table))
            return unsafe(SessionText::tr("it holds an index (%1) the session format does not define").arg(name));
    }
    if (exact) {
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!tables.contains(it.key()))
                return corrupt(SessionText::tr("the table %1 is missing").arg(it.key()));
        }
    }
    return std::monostate{};
}

SqlResult createSchema(QSqlDatabase &db)
{
    for (const char *statement : schemaStatements)
        CROSSREAD_TRY(exec(db, QString::fromLatin1(statement)));
    CROSSREAD_TRY(exec(db, QStringLiteral("PRAGMA application_id = %1").arg(sessionApplicationId)));
    CROSSREAD_TRY(exec(db, QStringLiteral("PRAGMA user_version = %1").arg(sessionSchemaVersion)));
    return std::monostate{};
}

SqlResult writeMeta(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    CROSSREAD_TRY(prepare(query, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QString(u""_s) : value);
    return run(query, u"meta " + key);
}

Expected<QString, SqlFailure> readMeta(QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?")))
        return SqlFailure{u"meta " + key, query.lastError()};
    query.addBindValue(key);
    if (!query.exec())
        return SqlFailure{u"meta " + key, query.lastError()};
    return query.next() ? query.value(0).toString() : QString();
}

SqlResult writeArticle(QSqlDatabase &db, int position, const Article &article, bool keepSourcePath, bool withBytes)
{
    const ArticleMetadata &meta = article.meta;
    QSqlQuery query(db);
    const QString columns = QStringLiteral(
        "text = ?, format = ?, encoding = ?, replaced_bytes = ?, notices = ?, paragraphs = ?, outlet = ?,"
        " headline = ?, author = ?, published_date = ?, published_precision = ?, published_time = ?,"
        " published_text = ?, url = ?, source_file = ?, imported_at = ?");
    if (withBytes) {
        CROSSREAD_TRY(prepare(query, QStringLiteral("INSERT OR REPLACE INTO articles (position, content_hash, original_bytes,"
                                                    " text, format, encoding, replaced_bytes, notices, paragraphs, outlet,"
                                                    " headline, author, published_date, published_precision, published_time,"
                                                    " published_text, url, source_file, imported_at)"
                                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        query.addBindValue(position);
        query.addBindValue(hashValue(article.contentHash));
        query.addBindValue(article.originalBytes);
    } else {
        CROSSREAD_TRY(prepare(query, u"UPDATE articles SET " + columns + u" WHERE position = ? AND content_hash = ?"));
    }
    query.addBindValue(article.text);
    query.addBindValue(keyOf(formatKeys, article.format));
    query.addBindValue(article.encoding);
    query.addBindValue(article.replacedBytes);
    query.addBindValue(jsonText(QJsonArray::fromStringList(article.notices)));
    query.addBindValue(paragraphsJson(article.paragraphs));
    query.addBindValue(meta.outlet);
    query.addBindValue(meta.headline);
    query.addBindValue(meta.author);
    query.addBindValue(meta.published.date.isValid() ? QVariant(meta.published.date.toJulianDay()) : QVariant());
    query.addBindValue(keyOf(precisionKeys, meta.published.precision));
    query.addBindValue(meta.published.time.isValid() ? QVariant(meta.published.time.msecsSinceStartOfDay()) : QVariant());
    query.addBindValue(meta.published.text);
    query.addBindValue(meta.url);
    // A fetched page's name is its address, which is not a local path to keep private.
    query.addBindValue(meta.fetchedUrl.isEmpty() ? sourceFileFor(meta.sourceFile, keepSourcePath) : meta.sourceFile);
    query.addBindValue(timeText(meta.importedAt));
    if (!withBytes) {
        query.addBindValue(position);
        query.addBindValue(hashValue(article.contentHash));
    }
    CROSSREAD_TRY(run(query, QStringLiteral("article %1").arg(position + 1)));
    if (!withBytes && query.numRowsAffected() != 1) {
        return SqlFailure{QStringLiteral("article %1").arg(position + 1),
                          QSqlError(QString(), SessionText::tr("the stored article differs"), QSqlError::StatementError)};
    }
    QSqlQuery origin(db);
    CROSSREAD_TRY(prepare(origin, QStringLiteral("INSERT OR REPLACE INTO article_origins (position, fetched_url, fetched_at,"
                                                 " declared_charset, pages) VALUES (?, ?, ?, ?, ?)")));
    QJsonArray pages;
    for (const TextSpan &page : article.pages)
        pages.append(QJsonArray{qint64(page.start), qint64(page.end)});
    origin.addBindValue(position);
    origin.addBindValue(meta.fetchedUrl);
    origin.addBindValue(timeText(meta.fetchedAt));
    origin.addBindValue(QString::fromLatin1(article.declaredCharset));
    origin.addBindValue(jsonText(pages));
    CROSSREAD_TRY(run(origin, QStringLiteral("article %1").arg(position + 1)));
    QSqlQuery role(db);
    CROSSREAD_TRY(prepare(role, QStringLiteral("INSERT OR REPLACE INTO article_roles (position, role) VALUES (?, ?)")));
    role.addBindValue(position);
    role.addBindValue(articleRoleKey(meta.role));
    return run(role, QStringLiteral("article %1").arg(position + 1));
}

SqlResult createArticleOrigins(QSqlDatabase &db)
{
    return exec(db, QString::fromLatin1(articleOriginsStatement));
}

SqlResult createArticleRoles(QSqlDatabase &db)
{
    return exec(db, QString::fromLatin1(articleRolesStatement));
}

SqlResult truncateArticles(QSqlDatabase &db, int count)
{
    QSqlQuery query(db);
    CROSSREAD_TRY(prepare(query, QStringLiteral("DELETE FROM articles WHERE position >= ?")));
    query.addBindValue(count);
    CROSSREAD_TRY(run(query, QStringLiteral("articles")));
    QSqlQuery origins(db);
    CROSSREAD_TRY(prepare(origins, QStringLiteral("DELETE FROM article_origins WHERE position >= ?")));
    origins.addBindValue(count);
    CROSSREAD_TRY(run(origins, QStringLiteral("article_origins")));
    QSqlQuery roles(db);
    CROSSREAD_TRY(prepare(roles, QStringLiteral("DELETE FROM article_roles WHERE position >= ?")));
    roles.addBindValue(count);
    return run(roles, QStringLiteral("article_roles"));
}

SqlResult writeCorrections(QSqlDatabase &db, const QList<Correction> &corrections)
{
    QSqlQuery query(db);
    CROSSREAD_TRY(prepare(query, QStringLiteral("INSERT INTO corrections (id, position, kind, article_hash, span_start,"
                                                " span_end, quote, other_hash, other_start, other_end, other_quote, label,"
                                                " status, note, reviewer, created)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (qsizetype i = 0; i < corrections.size(); ++i) {
        const Correction &item = corrections.at(i);
        query.addBindValue(item.id);
        query.addBindValue(qint64(i));
        query.addBindValue(correctionKindKey(item.kind));
        for (const Anchor *anchor : {&item.target, &item.other}) {
            query.addBindValue(hashValue(anchor->articleHash));
            query.addBindValue(qint64(anchor->span.start));
            query.addBindValue(qint64(anchor->span.end));
            query.addBindValue(anchor->quote);
        }
        query.addBindValue(item.label);
        query.addBindValue(correctionStatusKey(item.status));
        query.addBindValue(item.note);
        query.addBindValue(item.reviewer);
        query.addBindValue(timeText(item.created));
        CROSSREAD_TRY(run(query, QStringLiteral("correction %1").arg(item.id)));
    }
    return std::monostate{};
}

SqlResult writeReview(QSqlDatabase &db, const ReviewState &review)
{
    for (const char *table : {"annotations", "annotation_tags", "claims", "claim_sources", "evidence", "verdicts", "reviewers",
                              "corrections"})
        CROSSREAD_TRY(exec(db, u"DELETE FROM " + QLatin1StringView(table)));

    QSqlQuery annotation(db);
    CROSSREAD_TRY(prepare(annotation, QStringLiteral("INSERT INTO annotations (id, position, article_hash, span_start,"
                                                     " span_end, quote, colour, note, created, updated)"
                                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    QSqlQuery tag(db);
    CROSSREAD_TRY(prepare(tag, QStringLiteral("INSERT INTO annotation_tags (annotation_id, position, tag) VALUES (?, ?, ?)")));
    for (qsizetype i = 0; i < review.annotations.size(); ++i) {
        const Annotation &item = review.annotations.at(i);
        annotation.addBindValue(item.id);
        annotation.addBindValue(qint64(i));
        annotation.addBindValue(hashValue(item.anchor.articleHash));
        annotation.addBindValue(qint64(item.anchor.span.start));
        annotation.addBindValue(qint64(item.anchor.span.end));
        annotation.addBindValue(item.anchor.quote);
        annotation.addBindValue(highlightColourKey(item.colour));
        annotation.addBindValue(item.note);
        annotation.addBindValue(timeText(item.created));
        annotation.addBindValue(timeText(item.updated));
        CROSSREAD_TRY(run(annotation, QStringLiteral("annotation %1").arg(item.id)));
        for (qsizetype t = 0; t < item.tags.size(); ++t) {
            tag.addBindValue(item.id);
            tag.addBindValue(qint64(t));
            tag.addBindValue(item.tags.at(t));
            CROSSREAD_TRY(run(tag, QStringLiteral("annotation %1").arg(item.id)));
        }
    }

    QSqlQuery claim(db);
    CROSSREAD_TRY(prepare(claim, QStringLiteral("INSERT INTO claims (id, position, statement, verdict, origin, notes,"
                                                " reviewer, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (qsizetype i = 0; i < review.claims.size(); ++i) {
        const Claim &item = review.claims.at(i);
        claim.addBindValue(item.id);
        claim.addBindValue(qint64(i));
        claim.addBindValue(item.statement);
        claim.addBindValue(item.verdict);
        claim.addBindValue(claimOriginKey(item.origin));
        claim.addBindValue(item.notes);
        claim.addBindValue(item.reviewer);
        claim.addBindValue(timeText(item.created));
        claim.addBindValue(timeText(item.updated));
        CROSSREAD_TRY(run(claim, QStringLiteral("claim %1").arg(item.id)));
    }
    CROSSREAD_TRY(insertAnchorRows(db, review.claims));
    CROSSREAD_TRY(insertList(db, QStringLiteral("verdicts"), QStringLiteral("verdict"), review.verdicts));
    CROSSREAD_TRY(insertList(db, QStringLiteral("reviewers"), QStringLiteral("name"), review.reviewers));
    CROSSREAD_TRY(writeCorrections(db, review.corrections));
    CROSSREAD_TRY(writeMeta(db, QStringLiteral("next_annotation_id"), QString::number(review.nextAnnotationId)));
    CROSSREAD_TRY(writeMeta(db, QStringLiteral("next_correction_id"), QString::number(review.nextCorrectionId)));
    return writeMeta(db, QStringLiteral("next_claim_id"), QString::number(review.nextClaimId));
}

SqlResult writeView(QSqlDatabase &db, const ViewState &view)
{
    QJsonArray shown, order;
    for (bool value : view.shown)
        shown.append(value);
    for (int index : view.paneOrder)
        order.append(index);
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("shown"), jsonText(shown)},
        {QStringLiteral("pane_order"), jsonText(order)},
        {QStringLiteral("theme"), view.theme.isNull() ? QString(u""_s) : view.theme},
        {QStringLiteral("sync_scrolling"), view.syncScrolling ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("boilerplate_collapsed"), view.boilerplateCollapsed ? QStringLiteral("1") : QStringLiteral("0")},
    };
    QSqlQuery query(db);
    CROSSREAD_TRY(prepare(query, QStringLiteral("INSERT OR REPLACE INTO view (key, value) VALUES (?, ?)")));
    for (const auto &[key, value] : values) {
        query.addBindValue(key);
        query.addBindValue(value);
        CROSSREAD_TRY(run(query, u"view " + key));
    }
    return std::monostate{};
}

SqlResult writeAll(QSqlDatabase &db, const SessionData &data, bool keepSourcePaths)
{
    CROSSREAD_TRY(writeMeta(db, QStringLiteral("title"), data.title));
    CROSSREAD_TRY(writeMeta(db, QStringLiteral("app_version"), QStringLiteral(CROSSREAD_VERSION_STRING)));
    for (qsizetype i = 0; i < data.articles.size(); ++i)
        CROSSREAD_TRY(writeArticle(db, int(i), data.articles.at(i), keepSourcePaths, true));
    CROSSREAD_TRY(writeReview(db, data.review));
    return writeView(db, data.view);
}

Expected<SessionData, SessionError> readAll(QSqlDatabase &db, const QString &file)
{
    SessionData data;
    const auto metaValue = [&db](const QString &key) { return readMeta(db, key); };
    const Expected<QString, SqlFailure> title = metaValue(QStringLiteral("title"));
    if (!title)
        return sqlError(SessionError::Kind::Corrupt, file, title.error());
    data.title = title.value();

    ReadResult<QList<Article>> articles = readArticles(db);
    if (!articles)
        return fileError(articles.error().kind, file, articles.error().reason);
    data.articles = std::move(articles).value();

    ReadResult<ReviewState> review = readReview(db, data.articles);
    if (!review)
        return fileError(review.error().kind, file, review.error().reason);
    data.review = std::move(review).value();

    // The next ids must lie beyond every id in use, or a new annotation would take an old one's.
    int maxAnnotation = 0, maxClaim = 0;
    for (const Annotation &annotation : std::as_const(data.review.annotations))
        maxAnnotation = std::max(maxAnnotation, annotation.id);
    for (const Claim &claim : std::as_const(data.review.claims))
        maxClaim = std::max(maxClaim, claim.id);
    const Expected<QString, SqlFailure> nextAnnotation = metaValue(QStringLiteral("next_annotation_id"));
    const Expected<QString, SqlFailure> nextClaim = metaValue(QStringLiteral("next_claim_id"));
    bool annotationOk = false, claimOk = false;
    if (nextAnnotation)
        data.review.nextAnnotationId = nextAnnotation.value().toInt(&annotationOk);
    if (nextClaim)
        data.review.nextClaimId = nextClaim.value().toInt(&claimOk);
    if (!annotationOk || !claimOk || data.review.nextAnnotationId <= maxAnnotation || data.review.nextClaimId <= maxClaim)
        return fileError(SessionError::Kind::Corrupt, file, SessionText::tr("the review's id counters are missing or wrong"));
    int maxCorrection = 0;
    for (const Correction &correction : std::as_const(data.review.corrections))
        maxCorrection = std::max(maxCorrection, correction.id);
    const Expected<QString, SqlFailure> nextCorrection = metaValue(QStringLiteral("next_correction_id"));
    bool correctionOk = false;
    if (nextCorrection)
        data.review.nextCorrectionId = nextCorrection.value().toInt(&correctionOk);
    if (!correctionOk || data.review.nextCorrectionId <= maxCorrection)
        return fileError(SessionError::Kind::Corrupt, file, SessionText::tr("the review's id counters are missing or wrong"));

    ReadResult<ViewState> view = readView(db, data.articles.size());
    if (!view)
        return fileError(view.error().kind, file, view.error().reason);
    data.view = std::move(view).value();
    return data;
}

SessionError fileError(SessionError::Kind kind, const QString &file, const QString &reason)
{
    return SessionError{kind, file, reason};
}

SessionError sqlError(SessionError::Kind kind, const QString &file, const SqlFailure &failure)
{
    const QSqlError &error = failure.error;
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    switch (sqliteCode(error)) {
    case sqliteFull:
        return fileError(SessionError::Kind::DiskFull, file, SessionText::tr("there is not enough space to write it (%1)").arg(detail));
    case sqliteCorrupt:
        return fileError(SessionError::Kind::Corrupt, file, SessionText::tr("the file is damaged (%1)").arg(detail));
    case sqliteNotADatabase:
        return fileError(SessionError::Kind::NotASession, file, SessionText::tr("this is not a Crossread session (%1)").arg(detail));
    default:
        break;
    }
    if (kind == SessionError::Kind::CannotWrite)
        return fileError(kind, file, SessionText::tr("it cannot be written (%1)").arg(detail));
    if (kind == SessionError::Kind::Corrupt)
        return fileError(kind, file, SessionText::tr("the file is damaged (%1)").arg(detail));
    return fileError(kind, file, detail);
}

#undef CROSSREAD_TRY

} // namespace Crossread::SessionStore
