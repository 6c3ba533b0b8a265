// SPDX-License-Identifier: GPL-3.0-or-later
// crossread info [--json] SESSION
//
// Prints what a review session holds: title (the session's, else the story's headline),
// articles (outlet, headline, file, content hash), the number of annotations, the claims and
// how many claims have each verdict, the reviewers' corrections of the analysis, and a warning
// beside each article whose text is not what its bytes import to. The session is only read. Exit status: 0 printed; 1 the session cannot be read (the reason on stderr);
// 2 usage error.
#include "cli/cli.h"

#include "cli/clitext_p.h"
#include "review/session.h"
#include "export/correctedanalysis.h"
#include "export/report.h"
#include "json/phrasejson.h"
#include "review/correction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Crossread::Cli {
namespace {

/// Verdicts in the session's own order, then any a claim carries that the set no longer has.
QList<std::pair<QString, int>> verdictCounts(const ReviewState &review)
{
    QList<std::pair<QString, int>> counts;
    for (const QString &verdict : review.verdicts)
        counts.append({verdict, 0});
    for (const Claim &claim : review.claims) {
        auto found = std::find_if(counts.begin(), counts.end(), [&claim](const auto &entry) { return entry.first == claim.verdict; });
        if (found == counts.end())
            counts.append({claim.verdict, 1});
        else
            ++found->second;
    }
    return counts;
}

/// The story without its analysis: enough for describeCorrection() to name the outlets.
Analysis storyOnly(const SessionData &data)
{
    Analysis story;
    story.articles = data.articles;
    return story;
}

QJsonObject sessionJson(const LoadedSession &session)
{
    const SessionData &data = session.data;
    QJsonArray articles;
    for (qsizetype i = 0; i < data.articles.size(); ++i) {
        const Article &article = data.articles.at(i);
        articles.append(QJsonObject{
            {QStringLiteral("outlet"), article.meta.outlet},
            {QStringLiteral("headline"), article.meta.headline},
            {QStringLiteral("file"), article.meta.sourceFile},
            {QStringLiteral("sha256"), QString::fromLatin1(article.contentHash)},
            {QStringLiteral("textMatchesBytes"), !data.unverifiedTexts.contains(int(i))},
            {QStringLiteral("role"), articleRoleKey(article.meta.role)},
        });
    }
    QJsonArray claims;
    for (const Claim &claim : data.review.claims) {
        claims.append(QJsonObject{
            {QStringLiteral("id"), claim.id},
            {QStringLiteral("statement"), claim.statement},
            {QStringLiteral("verdict"), claim.verdict},
            {QStringLiteral("reviewer"), claim.reviewer},
            {QStringLiteral("sources"), int(claim.sources.size())},
            {QStringLiteral("evidence"), int(claim.evidence.size())},
        });
    }
    QJsonArray corrections;
    const Analysis story = storyOnly(data);
    for (const Correction &correction : data.review.corrections) {
        corrections.append(QJsonObject{
            {QStringLiteral("id"), correction.id},
            {QStringLiteral("kind"), correctionKindKey(correction.kind)},
            {QStringLiteral("description"), describeCorrection(correction, story).english()},
            {QStringLiteral("description_phrase"), phraseToJson(describeCorrection(correction, story))},
            {QStringLiteral("reviewer"), correction.reviewer},
            {QStringLiteral("note"), correction.note},
        });
    }
    QJsonArray verdicts;
    for (const auto &[verdict, count] : verdictCounts(data.review))
        verdicts.append(QJsonObject{{QStringLiteral("verdict"), verdict}, {QStringLiteral("claims"), count}});
    return QJsonObject{
        {QStringLiteral("title"), data.title},
        {QStringLiteral("formatVersion"), session.fileVersion},
        {QStringLiteral("savedBy"), session.appVersion},
        {QStringLiteral("readOnly"), session.readOnly},
        {QStringLiteral("articles"), articles},
        // The 0-based index of the story's source in "articles", or null.
        {QStringLiteral("source"), sourceIndex(data.articles) >= 0 ? QJsonValue(sourceIndex(data.articles)) : QJsonValue()},
        {QStringLiteral("annotations"), int(data.review.annotations.size())},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("verdicts"), verdicts},
        {QStringLiteral("corrections"), corrections},
        {QStringLiteral("displayTitle"), reportTitle(data, data.articles)},
    };
}

void printText(const LoadedSession &session, QTextStream &out)
{
    const SessionData &data = session.data;
    out << tr("Title: %1").arg(reportTitle(data, data.articles)) << '\n';
    out << tr("Format version %1, saved by Crossread %2").arg(session.fileVersion).arg(session.appVersion) << '\n';
    if (!session.notice.isEmpty())
        out << session.notice << '\n';
    out << '\n' << tr("Articles: %1").arg(data.articles.size()) << '\n';
    if (const int source = sourceIndex(data.articles); source >= 0)
        out << tr("Source: %1. %2").arg(source + 1).arg(data.articles.at(source).displayName()) << '\n';
    for (qsizetype i = 0; i < data.articles.size(); ++i) {
        const ArticleMetadata &meta = data.articles.at(i).meta;
        out << QStringLiteral("  %1. %2 \u2014 %3").arg(i + 1).arg(meta.outlet.isEmpty() ? tr("(no outlet)") : meta.outlet,
                                                          meta.headline.isEmpty() ? tr("(no headline)") : meta.headline)
            << '\n';
        if (meta.role == ArticleRole::Source)
            out << QStringLiteral("     ") << tr("the story's source: every outlet is compared with it") << '\n';
        out << QStringLiteral("     ") << tr("file: %1").arg(meta.sourceFile) << '\n';
        out << QStringLiteral("     ") << tr("sha256: %1").arg(QString::fromLatin1(data.articles.at(i).contentHash)) << '\n';
        if (data.unverifiedTexts.contains(int(i))) {
            out << QStringLiteral("     ")
                << tr("warning: the text is not what these bytes give when imported again; the hash does not certify it")
                << '\n';
        }
    }
    out << '\n' << tr("Annotations: %1").arg(data.review.annotations.size()) << '\n';
    out << tr("Claims: %1").arg(data.review.claims.size()) << '\n';
    for (const Claim &claim : data.review.claims)
        out << QStringLiteral("  %1. [%2] %3").arg(claim.id).arg(verdictLabel(claim.verdict), claim.statement) << '\n';
    out << '\n' << tr("Verdicts:") << '\n';
    for (const auto &[verdict, count] : verdictCounts(data.review))
        out << QStringLiteral("  %1 %2").arg(verdictLabel(verdict).leftJustified(16)).arg(count) << '\n';
    out << '\n' << tr("Corrections of the analysis: %1").arg(data.review.corrections.size()) << '\n';
    const Analysis story = storyOnly(data);
    for (const Correction &correction : data.review.corrections) {
        out << QStringLiteral("  %1. %2").arg(correction.id).arg(describeCorrection(correction, story).translated());
        if (!correction.reviewer.isEmpty())
            out << QStringLiteral(" \u2014 ") << correction.reviewer;
        out << '\n';
        if (!correction.note.isEmpty())
            out << QStringLiteral("     ") << correction.note << '\n';
    }
}

} // namespace

int runInfo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints what a review session holds: its articles (outlet, headline, file, SHA-256 of the\n"
           "original bytes), the number of annotations, the claims and how many claims have each verdict.\n"
           "The session is only read, never changed.\n"
           "Exit status: 0 printed; 1 the session cannot be read; 2 usage error."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of text, for scripts."));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(jsonOption);
    parser.addOption(helpOption);
    parser.addPositionalArgument(tr("SESSION"), tr("A .crossread session file."));

    if (!parser.parse(QStringList{QStringLiteral("crossread info")} + arguments)) {
        err << "crossread info: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << "crossread info: " << tr("give exactly one session file; try 'crossread info --help'") << '\n';
        return 2;
    }
    const Expected<LoadedSession, SessionError> session = readSession(files.first());
    if (!session) {
        err << "crossread info: " << session.error().message() << '\n';
        return 1;
    }
    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(QJsonDocument(sessionJson(session.value())).toJson(QJsonDocument::Indented));
    else
        printText(session.value(), out);
    out.flush();
    return 0;
}

} // namespace Crossread::Cli
