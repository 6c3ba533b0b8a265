// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "export/exportjob.h"
#include "export/report.h"
#include "review/sessiondata.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPrinter;

namespace Crossread {

/// File ▸ Export: what the report includes (sections, articles, colour or greyscale, page size,
/// columns) and which files to write next to each other (PDF, claims CSV, facts CSV, JSON,
/// Markdown). Defaults come from and go back to AppSettings (export/pageSize, export/greyscale,
/// export/includeSections).
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum Format { Pdf = 0x1, ClaimsCsv = 0x2, FactsCsv = 0x4, Json = 0x8, Markdown = 0x10 };

    ExportDialog(const QStringList &articleNames, const QString &suggestedPath, QWidget *parent = nullptr);

    [[nodiscard]] ReportOptions options() const;
    [[nodiscard]] int formats() const;
    /// The chosen file name without its extension; each format adds its own.
    [[nodiscard]] QString basePath() const;
    /// What a format adds to the base path: ".pdf", ".claims.csv", ".facts.csv", ".json", ".md".
    [[nodiscard]] static QString suffix(Format format);
    /// The files the export writes, one per chosen format.
    [[nodiscard]] QStringList files() const;
    /// The same files as the export job takes them.
    [[nodiscard]] ExportFiles exportFiles() const;

    void accept() override;

private:
    QList<QCheckBox *> m_sections;
    QListWidget *m_articles = nullptr;
    QCheckBox *m_greyscale = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_columns = nullptr;
    QList<QCheckBox *> m_formats;
    QLineEdit *m_path = nullptr;
    QString m_confirmedFile;   ///< the file Browse… chose; its dialog already asked to replace it
};

/// Asks what to export, then writes the files in the background on workPool() with a progress
/// dialog that can cancel; reports the outcome in a message box.
void exportReport(QWidget *parent, const SessionData &session, std::shared_ptr<const Analysis> analysis,
                  const QString &suggestedPath);

/// Paints the report on a printer already set up, with the sections and greyscale of the export
/// settings (greyscale also when the printer prints in grey): what File ▸ Print does after the
/// print dialog. Must run on the GUI thread (QPrinter belongs to it).
[[nodiscard]] ReportLayoutInfo printReportOn(QPrinter *printer, const SessionData &session, const Analysis &analysis);

/// File ▸ Print: the system print dialog, then printReportOn().
void printReport(QWidget *parent, const SessionData &session, std::shared_ptr<const Analysis> analysis);

} // namespace Crossread
