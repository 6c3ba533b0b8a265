// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "core/task.h"
#include "export/report.h"
#include "review/sessiondata.h"

#include <QString>
#include <QStringList>

namespace Crossread {

/// The files one export writes; an empty path is a file not asked for.
struct ExportFiles {
    QString pdf;          ///< the report as PDF
    QString claimsCsv;    ///< claimsCsv()
    QString factsCsv;     ///< factsCsv()
    QString json;         ///< reviewJson()
    QString markdown;     ///< the report as Markdown

    /// The paths asked for, in the order the export writes them.
    [[nodiscard]] QStringList paths() const;
};

/// What an export did: the files written and the files that could not be.
struct ExportOutcome {
    QStringList written;  ///< paths, in the order written
    QStringList errors;   ///< one message per file not written, naming the file and the reason
    bool canceled = false;
};

/// The one export, run alike by `crossread export` and by File ▸ Export: writes each file of
/// `files` for `session` over `analysis` (the session's corrected analysis) in the order of
/// ExportFiles::paths(), each complete or not at all (a FIFO or device in place). The report's
/// content is composed once (buildReportDocument()) for both the PDF and the Markdown. A file
/// that fails does not stop the others. `control` hears the progress of the whole export in
/// percent with the file being written as the stage; a cancel stops the file being written
/// (it is not written, and is no error) and the files after it, and sets `canceled`. Call on
/// any thread: the PDF is painted with QPdfWriter.
[[nodiscard]] ExportOutcome runExport(const ExportFiles &files, const ReportOptions &options, const SessionData &session,
                                      const Analysis &analysis, const TaskControl &control = {});

} // namespace Crossread
