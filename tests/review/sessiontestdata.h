// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sessions for the session tests: the sample story with a review on it, synthetic stories of
// any size, and a field-by-field comparison that says what differs.

#include "import/importer.h"
#include "import/samplestory.h"
#include "review/sessiondata.h"
#include "review/sessionschema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace Crossread::SessionTest {

/// Makes a session file look written by a later Crossread: the same tables, a higher format
/// version, set with a plain QSQLITE connection as that version would.
inline bool markAsNewerVersion(const QString &path)
{
    const QString connection = QStringLiteral("markAsNewerVersion");
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            done = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(sessionSchemaVersion + 1));
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

inline QDateTime at(int minute)
{
    return QDateTime(QDate(2025, 3, 14), QTime(9, 0).addSecs(minute * 60), Qt::UTC).addMSecs(minute * 7);
}

inline Anchor anchorIn(const Article &article, qsizetype start, qsizetype length)
{
    start = qMin(start, article.text.size());
    const TextSpan span{start, qMin(start + length, article.text.size())};
    return Anchor{article.contentHash, span, span.in(article.text).toString()};
}

/// A review touching every field: annotations with tags and notes, claims with sources and
/// evidence of every role, a verdict set, reviewers.
inline ReviewState reviewOf(const QList<Article> &articles, int annotationCount, int claimCount)
{
    ReviewState review;
    if (articles.isEmpty())
        return review;
    for (int i = 0; i < annotationCount; ++i) {
        const Article &article = articles.at(i % articles.size());
        Annotation annotation;
        annotation.id = review.nextAnnotationId++;
        annotation.anchor = anchorIn(article, (i * 37) % qMax<qsizetype>(1, article.text.size() - 40), 12 + i % 20);
        annotation.colour = HighlightColour(i % highlightColourCount);
        annotation.note = i % 3 == 0 ? QString() : QStringLiteral("Note %1: check the figure with the council's papers.").arg(i);
        if (i % 2 == 0)
            annotation.tags = QStringList{QStringLiteral("budget"), QStringLiteral("tag %1").arg(i % 5)};
        annotation.created = at(i);
        annotation.updated = at(i + 1);
        review.annotations.append(annotation);
    }
    review.reviewers = QStringList{QStringLiteral("Ada Reviewer"), QStringLiteral("Bo Checker")};
    for (int i = 0; i < claimCount; ++i) {
        Claim claim;
        claim.id = review.nextClaimId++;
        claim.statement = QStringLiteral("Claim %1: the harbour works cost what the outlets say.").arg(i);
        claim.verdict = review.verdicts.at(i % review.verdicts.size());
        claim.origin = ClaimOrigin(i % 4);
        for (int s = 0; s < 1 + i % 3; ++s)
            claim.sources.append(anchorIn(articles.at((i + s) % articles.size()), 10 * s + i, 25));
        for (int e = 0; e < i % 4; ++e) {
            Evidence evidence;
            evidence.id = e + 1;
            evidence.anchor = anchorIn(articles.at((i + e + 1) % articles.size()), 5 + e * 11, 30);
            evidence.role = EvidenceRole(e % 3);
            evidence.note = e % 2 ? QStringLiteral("Contradicted by the minutes.") : QString();
            claim.evidence.append(evidence);
        }
        claim.notes = i % 2 ? QStringLiteral("Rationale for claim %1.").arg(i) : QString();
        claim.reviewer = i % 2 ? review.reviewers.at(i % 4 / 2) : QString();
        claim.created = at(100 + i);
        claim.updated = at(200 + i);
        review.claims.append(claim);
    }
    // Corrections of the analysis, one of each kind in turn, when there are claims to go with.
    for (int i = 0; i < claimCount && i < 18; ++i) {
        Correction correction;
        correction.id = review.nextCorrectionId++;
        correction.kind = CorrectionKind(i % 9);
        correction.target = anchorIn(articles.at(i % articles.size()), 20 + i * 13, 8);
        if (correction.kind == CorrectionKind::MergeSlots || correction.kind == CorrectionKind::JoinTopic
            || correction.kind == CorrectionKind::JoinPassages)
            correction.other = anchorIn(articles.at((i + 1) % articles.size()), 40 + i * 7, 8);
        if (correction.kind == CorrectionKind::RenameSlot)
            correction.label = QStringLiteral("Harbour works budget %1").arg(i);
        correction.status = CorrectionStatus(i % 3);
        correction.note = i % 2 ? QStringLiteral("Checked against the council minutes.") : QString();
        correction.reviewer = review.reviewers.at(i % 2);
        correction.created = at(300 + i);
        review.corrections.append(correction);
    }
    // Ids are never reused, so the counters run ahead of the highest id in use.
    review.nextAnnotationId += 3;
    review.nextCorrectionId += 2;
    return review;
}

inline QList<Article> sampleArticles()
{
    QList<Article> articles;
    const auto sample = sampleStory();
    if (!sample)
        return articles;
    for (const ImportSource &source : sample->sources) {
        ImportResult result = importSource(source);
        if (result) {
            Article article = std::move(result).value();
            article.meta.sourceFile = QStringLiteral("/home/reporter/stories/") + source.name;
            articles.append(article);
        }
    }
    return articles;
}

inline SessionData sampleSession()
{
    SessionData data;
    data.title = QStringLiteral("Harbour works, five outlets");
    data.articles = sampleArticles();
    data.review = reviewOf(data.articles, 40, 12);
    data.view.shown = QList<bool>(data.articles.size(), true);
    if (!data.view.shown.isEmpty())
        data.view.shown[1] = false;
    for (qsizetype i = data.articles.size() - 1; i >= 0; --i)
        data.view.paneOrder.append(int(i));
    // The third outlet's piece stands in for the story's source, so every round trip carries a role.
    if (data.articles.size() > 2)
        data.articles[2].meta.role = ArticleRole::Source;
    data.view.theme = QStringLiteral("dark");
    data.view.syncScrolling = false;
    data.view.boilerplateCollapsed = true;
    return data;
}

/// The statements that take a file of the current format back to format `version` as that
/// version wrote it: each later format's tables dropped, newest first (4: article roles;
/// 3: article origins; 2: corrections and their id counter). Its articles then hold no source,
/// no origins and, before 2, no corrections.
inline QStringList downgradeStatements(int version)
{
    QStringList statements;
    if (version < 4)
        statements.append(QStringLiteral("DROP TABLE article_roles"));
    if (version < 3)
        statements.append(QStringLiteral("DROP TABLE article_origins"));
    if (version < 2) {
        statements.append(QStringLiteral("DROP TABLE corrections"));
        statements.append(QStringLiteral("DELETE FROM meta WHERE key = 'next_correction_id'"));
    }
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
    return statements;
}

/// `data` as a file of format 3 or older reads: every article coverage (no source).
inline SessionData withoutRoles(SessionData data)
{
    for (Article &article : data.articles)
        article.meta.role = ArticleRole::Coverage;
    return data;
}

/// A story of `count` generated articles (fictional text, a few KB each), the same every time.
inline QList<Article> syntheticArticles(int count)
{
    QList<Article> articles;
    for (int i = 0; i < count; ++i) {
        QByteArray bytes = QByteArrayLiteral("<html><head><title>Harbour update</title></head><body>");
        for (int p = 0; p < 12; ++p) {
            bytes += "<p>Paragraph " + QByteArray::number(p) + " of article " + QByteArray::number(i)
                   + ": the council said the harbour works would cost 4.2 million and take " + QByteArray::number(p + 2)
                   + " years, according to officials who spoke on Tuesday.</p>";
        }
        bytes += "</body></html>";
        ImportResult result = importSource(ImportSource{bytes, QStringLiteral("outlet-%1.html").arg(i), FormatHint::Html});
        if (result) {
            Article article = std::move(result).value();
            article.meta.importedAt = at(i);   // the same story in every process
            articles.append(std::move(article));
        }
    }
    return articles;
}

/// What differs between two sessions, field by field; empty when they are equal.
inline QString sessionDifference(const SessionData &a, const SessionData &b)
{
    if (a.title != b.title)
        return QStringLiteral("title: '%1' vs '%2'").arg(a.title, b.title);
    if (a.articles.size() != b.articles.size())
        return QStringLiteral("article count %1 vs %2").arg(a.articles.size()).arg(b.articles.size());
    for (qsizetype i = 0; i < a.articles.size(); ++i) {
        const Article &x = a.articles.at(i);
        const Article &y = b.articles.at(i);
        const QString where = QStringLiteral("article %1: ").arg(i);
        if (x.originalBytes != y.originalBytes)
            return where + u"originalBytes";
        if (x.contentHash != y.contentHash)
            return where + u"contentHash";
        if (x.text != y.text)
            return where + u"text";
        if (x.paragraphs != y.paragraphs)
            return where + u"paragraphs";
        if (x.format != y.format)
            return where + u"format";
        if (x.encoding != y.encoding)
            return where + u"encoding";
        if (x.replacedBytes != y.replacedBytes)
            return where + u"replacedBytes";
        if (x.notices != y.notices)
            return where + u"notices";
        if (x.meta.published != y.meta.published)
            return where + u"published";
        if (x.meta.importedAt != y.meta.importedAt)
            return where + u"importedAt " + x.meta.importedAt.toString(Qt::ISODateWithMs) + u" vs "
                 + y.meta.importedAt.toString(Qt::ISODateWithMs);
        if (x.meta.sourceFile != y.meta.sourceFile)
            return where + u"sourceFile " + x.meta.sourceFile + u" vs " + y.meta.sourceFile;
        if (x.meta != y.meta)
            return where + u"metadata";
    }
    if (a.review.annotations != b.review.annotations)
        return QStringLiteral("annotations");
    if (a.review.claims != b.review.claims)
        return QStringLiteral("claims");
    if (a.review != b.review)
        return QStringLiteral("review (verdicts, reviewers or id counters)");
    if (a.view != b.view)
        return QStringLiteral("view state");
    return {};
}

} // namespace Crossread::SessionTest
