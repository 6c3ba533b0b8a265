// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportjob.h"

#include "export/dataexport.h"
#include "export/reportdocument.h"

#include <QFileInfo>

#include <optional>

namespace Crossread {

QStringList ExportFiles::paths() const
{
    QStringList result;
    for (const QString *path : {&pdf, &claimsCsv, &factsCsv, &json, &markdown}) {
        if (!path->isEmpty())
            result.append(*path);
    }
    return result;
}

ExportOutcome runExport(const ExportFiles &files, const ReportOptions &options, const SessionData &session,
                        const Analysis &analysis, const TaskControl &control)
{
    ExportOutcome outcome;
    // Shares of the whole: the PDF's layout is most of the work.
    const int pdfShare = files.pdf.isEmpty() ? 0 : 80;
    const int others = int(files.paths().size()) - (files.pdf.isEmpty() ? 0 : 1);
    const int otherShare = others > 0 ? (100 - pdfShare) / others : 0;
    int done = 0;
    const auto stage = [&](const QString &path) { return QFileInfo(path).fileName(); };

    std::optional<ReportDocument> document;
    const auto reportDocument = [&]() -> const ReportDocument * {
        if (!document)
            document = buildReportDocument(session, analysis, options, control);
        return document->canceled ? nullptr : &*document;
    };
    const auto finished = [&](const QString &path, const auto &result, int share) {
        done += share;
        if (control.canceled()) {
            // A file stopped by the cancel is not written and is no error; one finished just
            // before it is written and says so.
            if (result)
                outcome.written.append(path);
            outcome.canceled = true;
            return;
        }
        if (result)
            outcome.written.append(path);
        else
            outcome.errors.append(result.error());
        control.report(done, stage(path));
    };

    if (!files.pdf.isEmpty()) {
        control.report(done, stage(files.pdf));
        // The PDF's own progress (0-100) as its share of the whole.
        const TaskControl pdfControl{control.isCanceled, [&](int percent, const QString &) {
                                         control.report(done + percent * pdfShare / 100, stage(files.pdf));
                                     }};
        if (const ReportDocument *built = reportDocument())
            finished(files.pdf, writePdfReport(files.pdf, *built, options, pdfControl), pdfShare);
        else
            outcome.canceled = true;
    }
    const auto write = [&](const QString &path, const auto &bytes) {
        if (path.isEmpty() || outcome.canceled)
            return;
        if (control.canceled()) {
            outcome.canceled = true;
            return;
        }
        control.report(done, stage(path));
        finished(path, writeExportFile(path, bytes()), otherShare);
    };
    write(files.claimsCsv, [&] { return claimsCsv(session, analysis.articles); });
    write(files.factsCsv, [&] { return factsCsv(analysis); });
    write(files.json, [&] { return reviewJson(session, analysis); });
    if (!files.markdown.isEmpty() && !outcome.canceled) {
        if (const ReportDocument *built = reportDocument())
            write(files.markdown, [&] { return reportMarkdown(*built).toUtf8(); });
        else
            outcome.canceled = true;
    }
    if (!outcome.canceled)
        control.report(100);
    return outcome;
}

} // namespace Crossread
