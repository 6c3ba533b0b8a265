// SPDX-License-Identifier: GPL-3.0-or-later
// crossread export SESSION [--pdf OUT.pdf] [--csv OUT.csv] [--facts-csv OUT.csv] [--json OUT.json]
//                          [--md OUT.md] [--page-size a4|letter|auto] [--greyscale] [--columns 2|3]
//
// Loads the session, analyses its articles (as the window would) and writes each requested
// output atomically (a FIFO or device in place). Exit status: 0 everything written; 1 the
// session could not be read or an output could not be written (the others are still written);
// 2 usage error, or an output that is the session, another output or a folder.
// The PDF needs fonts, so main() starts a QGuiApplication on the offscreen platform for this
// command (needsGuiApplication()).
#include "cli/cli.h"

#include "analysis/analysis.h"
#include "cli/clitext_p.h"
#include "export/correctedanalysis.h"
#include "export/exportjob.h"
#include "core/outputfile.h"
#include "export/report.h"
#include "review/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

namespace Crossread::Cli {

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the review report of a session as PDF, and its claims, facts and report as CSV, JSON\n"
           "and Markdown. Every output is written completely or not at all.\n"
           "Exit status: 0 all outputs written; 1 the session could not be read or an output could not\n"
           "be written (named on stderr); 2 usage error."));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), tr("Write the PDF report to OUT."), tr("OUT.pdf"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Write the claims as CSV (UTF-8 with BOM) to OUT."),
                                       tr("OUT.csv"));
    const QCommandLineOption factsCsvOption(QStringLiteral("facts-csv"), tr("Write the compared facts as CSV to OUT."),
                                            tr("OUT.csv"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Write the claims, annotations and facts as JSON to OUT."),
                                        tr("OUT.json"));
    const QCommandLineOption mdOption(QStringLiteral("md"), tr("Write the report as Markdown to OUT."), tr("OUT.md"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"),
                                        tr("Page size of the PDF: a4, letter or auto (from the locale; the default)."),
                                        tr("SIZE"), QStringLiteral("auto"));
    const QCommandLineOption greyOption(QStringLiteral("greyscale"), tr("Print-friendly greys instead of colours."));
    const QCommandLineOption columnsOption(QStringLiteral("columns"), tr("Articles side by side per page: 2 (default) or 3."),
                                           tr("N"), QStringLiteral("2"));
    const QCommandLineOption sectionsOption(QStringLiteral("sections"),
                                            tr("Comma-separated sections to include: cover, summary, claims, facts, "
                                               "passages (default: all)."),
                                            tr("LIST"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    for (const QCommandLineOption *option : {&pdfOption, &csvOption, &factsCsvOption, &jsonOption, &mdOption, &pageOption,
                                             &greyOption, &columnsOption, &sectionsOption, &helpOption})
        parser.addOption(*option);
    parser.addPositionalArgument(tr("SESSION"), tr("A .crossread session file."));

    if (!parser.parse(QStringList{QStringLiteral("crossread export")} + arguments)) {
        err << "crossread export: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << tr("crossread export: give exactly one session file") << '\n' << parser.helpText();
        return 2;
    }
    if (!parser.isSet(pdfOption) && !parser.isSet(csvOption) && !parser.isSet(factsCsvOption) && !parser.isSet(jsonOption)
        && !parser.isSet(mdOption)) {
        err << tr("crossread export: nothing to write; give --pdf, --csv, --facts-csv, --json or --md") << '\n';
        return 2;
    }
    ReportOptions options;
    bool known = false;
    options.pageSize = reportPageSizeFromName(parser.value(pageOption), &known);
    if (!known) {
        err << tr("crossread export: unknown page size %1 (use a4, letter or auto)").arg(parser.value(pageOption)) << '\n';
        return 2;
    }
    bool number = false;
    options.columns = parser.value(columnsOption).toInt(&number);
    if (!number || (options.columns != 2 && options.columns != 3)) {
        err << tr("crossread export: --columns must be 2 or 3") << '\n';
        return 2;
    }
    options.greyscale = parser.isSet(greyOption);
    if (parser.isSet(sectionsOption)) {
        const QStringList ids = parser.value(sectionsOption).split(u',', Qt::SkipEmptyParts);
        options.sections = reportSectionsFromIds(ids);
        if (!options.sections || reportSectionIds(options.sections).size() != ids.size()) {
            err << tr("crossread export: unknown section in %1 (use cover, summary, claims, facts, passages)")
                       .arg(parser.value(sectionsOption))
                << '\n';
            return 2;
        }
    }
    if (parser.isSet(pdfOption) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err << tr("crossread export: the PDF needs a QGuiApplication (a build without main()'s support)") << '\n';
        return 1;
    }

    // No output may be the session itself or another output: checked before anything is written.
    QStringList taken{positional.first()};
    for (const QCommandLineOption *option : {&pdfOption, &csvOption, &factsCsvOption, &jsonOption, &mdOption}) {
        if (!parser.isSet(*option))
            continue;
        const QString output = parser.value(*option);
        if (const auto checked = checkOutputPath(output, taken); !checked) {
            err << tr("crossread export: cannot write %1: %2").arg(output, checked.error()) << '\n';
            return 2;
        }
        taken.append(output);
    }

    const auto loaded = readSession(positional.first());
    if (!loaded) {
        err << loaded.error().message() << '\n';
        return 1;
    }
    const SessionData &session = loaded->data;
    // The reviewers' corrections are part of the review: the exports show the corrected analysis.
    const Analysis analysis = applyCorrections(analyseStory(session.articles), session.review.corrections);

    // The export job the window runs too (export/exportjob.h).
    ExportFiles files;
    files.pdf = parser.value(pdfOption);
    files.claimsCsv = parser.value(csvOption);
    files.factsCsv = parser.value(factsCsvOption);
    files.json = parser.value(jsonOption);
    files.markdown = parser.value(mdOption);
    const ExportOutcome outcome = runExport(files, options, session, analysis);
    for (const QString &error : outcome.errors)
        err << error << '\n';
    return outcome.errors.isEmpty() ? 0 : 1;
}

bool needsGuiApplication(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"export";
}

} // namespace Crossread::Cli
