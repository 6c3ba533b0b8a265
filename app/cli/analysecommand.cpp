// SPDX-License-Identifier: GPL-3.0-or-later
// crossread analyse [--json OUT] [--with-text] [--session OUT.crossread] [--source FILE|URL] FILE...
//
// Exit status: 0 when every file was imported and the JSON (and session) written; 1 when some
// files could not be imported (each named on stderr; the others are still analysed and the
// JSON and session are still written, holding only the imported files); 2 for a usage error
// or when an output cannot be written, is a folder, or is one of the inputs (checked before
// anything is read), or when more files are given than a story may hold. The same bytes given
// twice are analysed once, with a message.
#include "cli/cli.h"
#include "cli/inputs.h"

#include "analysis/analysis.h"
#include "json/analysisjson.h"
#include "cli/clitext_p.h"
#include "import/importer.h"
#include "core/inputlimits.h"
#include "core/outputfile.h"
#include "review/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace Crossread::Cli {

int runAnalyse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Aligns the passages of the files (articles of one story) and compares their facts; writes JSON.\n"
           "Offsets are Unicode code points into each article's text, end exclusive.\n"
           "Exit status: 0 all files analysed; 1 some files could not be read (named on stderr,\n"
           "the others are analysed); 2 usage error or an output could not be written."));
    const QCommandLineOption jsonOption(QStringList{QStringLiteral("json"), QStringLiteral("o")},
                                        tr("Write the JSON to OUT (atomically) instead of standard output."),
                                        tr("OUT"));
    const QCommandLineOption textOption(QStringLiteral("with-text"),
                                        tr("Add each article's text (what the offsets point into)."));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption sessionOption(QStringLiteral("session"),
                                           tr("Also create the review session OUT.crossread holding the articles, ready "
                                              "to open in the window (only file names are kept, not their folders)."),
                                           tr("OUT.crossread"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          tr("The story's source (a press release, a filing, a report): imported with the "
                                             "other files and marked as the source, so every outlet is compared with it."),
                                          tr("FILE|URL"));
    parser.addOption(jsonOption);
    parser.addOption(textOption);
    parser.addOption(sourceOption);
    parser.addOption(sessionOption);
    parser.addOption(helpOption);
    parser.addPositionalArgument(tr("FILE"), tr("Articles to compare: .txt, .md, .html, .mhtml or .pdf files, or http(s) addresses of web pages."), tr("FILE|URL..."));

    if (!parser.parse(QStringList{QStringLiteral("crossread analyse")} + arguments)) {
        err << "crossread analyse: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return 0;
    }
    // The source is read first, so it keeps its place when the same bytes are also given as coverage.
    const QString source = parser.value(sourceOption);
    if (parser.isSet(sourceOption) && source.isEmpty()) {
        err << "crossread analyse: " << tr("--source needs a file or an address") << '\n';
        return 2;
    }
    const QStringList files = (source.isEmpty() ? QStringList{} : QStringList{source}) + parser.positionalArguments();
    if (files.isEmpty()) {
        err << "crossread analyse: " << tr("no files given; try 'crossread analyse --help'") << '\n';
        return 2;
    }

    if (files.size() > Limits::maxArticles) {
        err << "crossread analyse: "
            << tr("%1 files given; a story holds at most %2 articles").arg(files.size()).arg(Limits::maxArticles) << '\n';
        return 2;
    }
    // Outputs are checked before anything is read or written: none may be an input or the
    // other output, and a folder is no output.
    const QString target = parser.value(jsonOption);
    const QString sessionPath = parser.value(sessionOption);
    QStringList taken = files;
    for (const QString &output : {target, sessionPath}) {
        if (output.isEmpty() || output == u"-")
            continue;
        if (const auto checked = checkOutputPath(output, taken); !checked) {
            err << "crossread analyse: " << tr("cannot write %1: %2").arg(output, checked.error()) << '\n';
            return 2;
        }
        taken.append(output);
    }

    QList<Article> articles;
    bool someFailed = false;
    QList<ImportResult> results = importInputs(files);
    for (qsizetype index = 0; index < files.size(); ++index) {
        const QString &file = files.at(index);
        ImportResult &result = results[index];
        if (!result) {
            err << "crossread analyse: " << result.error().message() << '\n';
            if (index == 0 && !source.isEmpty())
                err << "crossread analyse: " << tr("the source could not be read; the outlets are compared among themselves only") << '\n';
            someFailed = true;
            continue;
        }
        Article article = std::move(result).value();
        article.meta.sourceFile = file;
        if (index == 0 && !source.isEmpty())
            article.meta.role = ArticleRole::Source;
        articles.append(std::move(article));
    }
    for (const QString &message : dropDuplicateArticles(&articles))
        err << "crossread analyse: " << message << '\n';

    if (!sessionPath.isEmpty()) {
        SessionData session;
        session.title = QFileInfo(sessionPath).completeBaseName();
        session.articles = articles;
        session.view.shown = QList<bool>(articles.size(), true);
        if (const auto written = writeSession(sessionPath, session); !written) {
            err << "crossread analyse: " << written.error().message() << '\n';
            return 2;
        }
    }

    const Analysis analysis = analyseStory(std::move(articles));
    for (const Phrase &message : analysis.messages)
        err << "crossread analyse: " << message.translated() << '\n';

    const QByteArray json = QJsonDocument(analysisToJson(analysis, parser.isSet(textOption))).toJson(QJsonDocument::Indented);
    if (target.isEmpty() || target == u"-") {
        out << QString::fromUtf8(json);
        out.flush();
    } else if (const auto written = writeOutputFile(target, json); !written) {
        err << "crossread analyse: " << written.error() << '\n';
        return 2;
    }
    return someFailed ? 1 : 0;
}

} // namespace Crossread::Cli
