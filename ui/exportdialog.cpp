// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/dataexport.h"
#include "settings.h"
#include "core/task.h"
#include "core/workpool.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <bit>

namespace Crossread {

ExportDialog::ExportDialog(const QStringList &articleNames, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Report"));
    const AppSettings settings = AppSettings::read();
    auto *layout = new QVBoxLayout(this);

    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (const QString &id : AppSettings::exportSectionIds()) {
        auto *box = new QCheckBox(AppSettings::exportSectionName(id), sections);
        box->setProperty("sectionId", id);
        box->setChecked(settings.exportSections.contains(id));
        sectionLayout->addWidget(box);
        m_sections.append(box);
    }
    layout->addWidget(sections);

    auto *articles = new QGroupBox(tr("Articles"), this);
    auto *articleLayout = new QVBoxLayout(articles);
    m_articles = new QListWidget(articles);
    m_articles->setAccessibleName(tr("Articles to include"));
    for (const QString &name : articleNames) {
        auto *item = new QListWidgetItem(name, m_articles);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    // Tall enough to show up to six articles without scrolling; longer stories scroll.
    const int rows = std::clamp(int(articleNames.size()), 3, 6);
    const int rowHeight = std::max(m_articles->sizeHintForRow(0), m_articles->fontMetrics().height() + 2);
    m_articles->setFixedHeight(rows * rowHeight + 2 * m_articles->frameWidth() + 4);
    articleLayout->addWidget(m_articles);
    layout->addWidget(articles);

    auto *form = new QFormLayout;
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("From the locale"), QStringLiteral("Auto"));
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("US Letter"), QStringLiteral("Letter"));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(settings.exportPageSize)));
    form->addRow(tr("&Page size:"), m_pageSize);
    m_columns = new QComboBox(this);
    m_columns->addItem(tr("2 articles per page"), 2);
    m_columns->addItem(tr("3 articles per page"), 3);
    form->addRow(tr("&Side by side:"), m_columns);
    m_greyscale = new QCheckBox(tr("Print-friendly &greyscale"), this);
    m_greyscale->setChecked(settings.exportGreyscale);
    form->addRow(QString(), m_greyscale);
    layout->addLayout(form);

    auto *formats = new QGroupBox(tr("Files to write"), this);
    auto *formatLayout = new QVBoxLayout(formats);
    const std::pair<Format, QString> all[] = {{Pdf, tr("PDF report (.pdf)")},
                                              {ClaimsCsv, tr("Claims as CSV (.claims.csv)")},
                                              {FactsCsv, tr("Facts as CSV (.facts.csv)")},
                                              {Json, tr("Claims, annotations and facts as JSON (.json)")},
                                              {Markdown, tr("Markdown report (.md)")}};
    for (const auto &[format, label] : all) {
        auto *box = new QCheckBox(label, formats);
        box->setProperty("format", int(format));
        box->setChecked(format == Pdf);
        formatLayout->addWidget(box);
        m_formats.append(box);
    }
    layout->addWidget(formats);

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(suggestedPath, this);
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 40);
    m_path->setAccessibleName(tr("File name without extension"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), m_path->text() + QStringLiteral(".pdf"),
                                                          tr("PDF report (*.pdf);;All files (*)"));
        if (path.isEmpty())
            return;
        m_path->setText(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path.chopped(4) : path);
        m_confirmedFile = basePath() + suffix(Pdf);
    });
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathForm = new QFormLayout;
    // A row holding a layout gets no buddy from QFormLayout, so the mnemonic needs its own label.
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    pathForm->addRow(pathLabel, pathRow);
    layout->addLayout(pathForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ReportOptions ExportDialog::options() const
{
    ReportOptions options;
    QStringList ids;
    for (const QCheckBox *box : m_sections) {
        if (box->isChecked())
            ids.append(box->property("sectionId").toString());
    }
    options.sections = reportSectionsFromIds(ids);
    for (int i = 0; i < m_articles->count(); ++i) {
        if (m_articles->item(i)->checkState() == Qt::Checked)
            options.articles.append(i);
    }
    options.greyscale = m_greyscale->isChecked();
    options.pageSize = reportPageSizeFromName(m_pageSize->currentData().toString());
    options.columns = m_columns->currentData().toInt();
    return options;
}

int ExportDialog::formats() const
{
    int formats = 0;
    for (const QCheckBox *box : m_formats) {
        if (box->isChecked())
            formats |= box->property("format").toInt();
    }
    return formats;
}

QString ExportDialog::basePath() const
{
    // Typed "report.pdf" means the report, not "report.pdf.pdf" (Browse… strips it the same way).
    const QString path = m_path->text().trimmed();
    return path.endsWith(QLatin1StringView(".pdf"), Qt::CaseInsensitive) ? path.chopped(4) : path;
}

QString ExportDialog::suffix(Format format)
{
    switch (format) {
    case Pdf:
        return QStringLiteral(".pdf");
    case ClaimsCsv:
        return QStringLiteral(".claims.csv");
    case FactsCsv:
        return QStringLiteral(".facts.csv");
    case Json:
        return QStringLiteral(".json");
    case Markdown:
        return QStringLiteral(".md");
    }
    return {};
}

QStringList ExportDialog::files() const
{
    QStringList result;
    const int chosen = formats();
    for (Format format : {Pdf, ClaimsCsv, FactsCsv, Json, Markdown}) {
        if (chosen & format)
            result.append(basePath() + suffix(format));
    }
    return result;
}

void ExportDialog::accept()
{
    const ReportOptions chosen = options();
    if (!chosen.sections || chosen.articles.isEmpty() || formats() == 0 || basePath().isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Choose at least one section, one article, one kind of file and a file name."));
        return;
    }
    // A typed name, or the files written beside the PDF, may replace earlier work: ask first.
    QStringList existing;
    for (const QString &file : files()) {
        if (file != m_confirmedFile && QFileInfo::exists(file))
            existing.append(QDir::toNativeSeparators(file));
    }
    if (!existing.isEmpty()) {
        QMessageBox question(QMessageBox::Question, windowTitle(),
                             tr("%n file(s) already exist. Replace them?", nullptr, int(existing.size())),
                             QMessageBox::Cancel, this);
        question.setInformativeText(existing.join(u'\n'));
        QPushButton *replace = question.addButton(tr("&Replace"), QMessageBox::AcceptRole);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != replace)
            return;
    }
    AppSettings settings = AppSettings::read();
    settings.exportPageSize = m_pageSize->currentData().toString();
    settings.exportGreyscale = chosen.greyscale;
    settings.exportSections = reportSectionIds(chosen.sections);
    settings.write();
    QDialog::accept();
}

namespace {

bool analysisMatches(const SessionData &session, const std::shared_ptr<const Analysis> &analysis)
{
    if (!analysis || analysis->canceled || analysis->articles.size() != session.articles.size())
        return false;
    for (qsizetype i = 0; i < session.articles.size(); ++i) {
        if (analysis->articles.at(i).contentHash != session.articles.at(i).contentHash)
            return false;
    }
    return true;
}

} // namespace

void exportReport(QWidget *parent, const SessionData &session, std::shared_ptr<const Analysis> analysis,
                  const QString &suggestedPath)
{
    if (!analysisMatches(session, analysis)) {
        QMessageBox::information(parent, ExportDialog::tr("Export Report"),
                                 ExportDialog::tr("Open articles and wait for the analysis to finish before exporting."));
        return;
    }
    QStringList names;
    for (const Article &article : session.articles)
        names.append(article.displayName());
    ExportDialog dialog(names, suggestedPath, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportOptions options = dialog.options();
    const int formats = dialog.formats();
    const QString base = dialog.basePath();

    // The export is a task (core/task.h): its future ends canceled when the reader cancels, the
    // one sign of a cancel. What it wrote is kept beside it, since a file finished just as the
    // cancel came is still a file that replaced an earlier one; the future's end publishes it.
    struct Outcome {
        QStringList errors;
        QStringList written;   ///< file names, in the order written
    };
    auto outcome = std::make_shared<Outcome>();
    QFuture<void> future = QtConcurrent::run(workPool(), [=](QPromise<void> &promise) {
        const TaskControl control = taskControl(promise);
        const auto done = [&](ExportDialog::Format format, const auto &result) {
            if (result)
                outcome->written.append(QFileInfo(base + ExportDialog::suffix(format)).fileName());
            else if (!control.canceled())   // a report stopped by the cancel is no error
                outcome->errors.append(result.error());
        };
        if (formats & ExportDialog::Pdf)
            done(ExportDialog::Pdf, writePdfReport(base + ExportDialog::suffix(ExportDialog::Pdf), session, *analysis, options, control));
        const auto write = [&](ExportDialog::Format format, const auto &bytes) {
            if ((formats & format) && !control.canceled())
                done(format, writeExportFile(base + ExportDialog::suffix(format), bytes()));
        };
        write(ExportDialog::ClaimsCsv, [&] { return claimsCsv(session, analysis->articles); });
        write(ExportDialog::FactsCsv, [&] { return factsCsv(*analysis); });
        write(ExportDialog::Json, [&] { return reviewJson(session, *analysis); });
        write(ExportDialog::Markdown, [&] { return markdownReport(session, *analysis, options).toUtf8(); });
    });

    // Shown only when the export takes longer than half a second. The dialog follows the task
    // through a watcher; nothing here waits for it.
    auto *progress = new QProgressDialog(ExportDialog::tr("Writing the report…"), ExportDialog::tr("Cancel"), 0, 100, parent);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto *watcher = new QFutureWatcher<void>(progress);
    QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, progress,
                     [progress](int value) { progress->setValue(std::min(99, value)); });
    QObject::connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    // A window that goes away while the export runs takes the dialog with it; the task stops.
    QObject::connect(progress, &QObject::destroyed, [future]() mutable { future.cancel(); });
    const QPointer<QWidget> owner = parent;
    QObject::connect(watcher, &QFutureWatcherBase::finished, progress, [owner, progress, watcher, formats, outcome] {
        const bool canceled = watcher->future().isCanceled();
        progress->reset();
        progress->close();
        const bool complete = outcome->written.size() == std::popcount(unsigned(formats));
        if (canceled && !complete) {
            // A cancel between two files leaves the first ones written: say which, so nobody
            // takes a replaced file for the earlier one.
            QMessageBox::information(owner, ExportDialog::tr("Export Report"),
                                     outcome->written.isEmpty()
                                         ? ExportDialog::tr("The export was canceled.")
                                         : ExportDialog::tr("The export was canceled after writing %1.")
                                               .arg(QLocale().createSeparatedList(outcome->written)));
        } else if (!outcome->errors.isEmpty()) {
            QMessageBox::warning(owner, ExportDialog::tr("Export Report"), outcome->errors.join(u'\n'));
        }
    });
    watcher->setFuture(future);
}

ReportLayoutInfo printReportOn(QPrinter *printer, const SessionData &session, const Analysis &analysis)
{
    const AppSettings settings = AppSettings::read();
    ReportOptions options;
    options.sections = reportSectionsFromIds(settings.exportSections);
    options.greyscale = settings.exportGreyscale || printer->colorMode() == QPrinter::GrayScale;
    // QPrinter belongs to the GUI thread, so printing paints here; the layout is the PDF's.
    return paintReport(printer, session, analysis, options);
}

void printReport(QWidget *parent, const SessionData &session, std::shared_ptr<const Analysis> analysis)
{
    if (!analysisMatches(session, analysis)) {
        QMessageBox::information(parent, ExportDialog::tr("Print Report"),
                                 ExportDialog::tr("Open articles and wait for the analysis to finish before printing."));
        return;
    }
    const AppSettings settings = AppSettings::read();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(resolvePageSize(reportPageSizeFromName(settings.exportPageSize))));
    printer.setDocName(reportTitle(session, analysis->articles));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(ExportDialog::tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ReportLayoutInfo info = printReportOn(&printer, session, *analysis);
    QApplication::restoreOverrideCursor();
    if (!info.error.isEmpty())
        QMessageBox::warning(parent, ExportDialog::tr("Print Report"), info.error);
}

} // namespace Crossread
