// SPDX-License-Identifier: GPL-3.0-or-later
// `crossread extract [--body|--json] FILE...`: a saved page's article text without its page
// furniture, for quoting (--body), or the article with its metadata and boilerplate spans as
// `crossread analyse --with-text` describes it (--json).
#include "cli/cli.h"

#include "json/articlejson.h"
#include "cli/clitext_p.h"
#include "core/codepointmap.h"
#include "import/htmlextractor.h"
#include "import/importer.h"
#include "cli/inputs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Crossread::Cli {
namespace {

QString usage()
{
    return tr("Usage: crossread extract [--body|--json] FILE|URL...\n\n"
              "Prints each file's or web page's article text with page furniture (navigation, ads, sign-up boxes,\n"
              "captions, related links) left out.\n\n"
              "Options:\n"
              "  --body       the article text, paragraphs separated by blank lines (default);\n"
              "               a \"==> FILE <==\" line heads each file when there are several\n"
              "  --json       the articles as JSON: metadata, text and boilerplate spans, offsets\n"
              "               in Unicode code points (as 'crossread analyse --with-text')\n"
              "  -h, --help   show this help\n\n"
              "Files that cannot be read are reported on standard error; the others are still\n"
              "printed, and the exit code is 1.\n");
}

} // namespace

int runExtract(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    bool json = false;
    QStringList files;
    bool optionsEnded = false;
    for (const QString &argument : arguments) {
        if (!optionsEnded && argument == u"--") {
            optionsEnded = true;
        } else if (!optionsEnded && (argument == u"-h" || argument == u"--help")) {
            out << usage();
            return 0;
        } else if (!optionsEnded && argument == u"--json") {
            json = true;
        } else if (!optionsEnded && argument == u"--body") {
            json = false;
        } else if (!optionsEnded && argument.startsWith(u'-') && argument.size() > 1) {
            err << tr("crossread extract: unknown option %1").arg(argument) << '\n' << usage();
            return 2;
        } else {
            files.append(argument);
        }
    }
    if (files.isEmpty()) {
        err << tr("crossread extract: no file given") << '\n' << usage();
        return 2;
    }

    bool failed = false;
    QJsonArray articles;
    bool firstPrinted = true;
    const QList<ImportResult> results = importInputs(files);
    for (qsizetype index = 0; index < files.size(); ++index) {
        const QString &file = files.at(index);
        const ImportResult &result = results.at(index);
        if (!result) {
            err << result.error().message() << '\n';
            failed = true;
            continue;
        }
        const Article &article = result.value();
        for (const QString &notice : article.notices)
            err << QStringLiteral("%1: %2").arg(file, notice) << '\n';
        if (json) {
            articles.append(articleToJson(article, int(articles.size()), CodePointMap(article.text), true));
            continue;
        }
        if (files.size() > 1) {
            if (!firstPrinted)
                out << '\n';
            out << "==> " << file << " <==\n";
        }
        firstPrinted = false;
        const QString body = bodyText(article);
        out << body;
        if (!body.isEmpty())
            out << '\n';
    }
    if (json) {
        const QJsonObject document{{QStringLiteral("crossread"), 1}, {QStringLiteral("articles"), articles}};
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    }
    out.flush();
    return failed ? 1 : 0;
}

} // namespace Crossread::Cli
