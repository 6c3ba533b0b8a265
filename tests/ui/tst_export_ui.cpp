// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export and File ▸ Print in the main window, end to end: review the sample story, drive
// the Export dialog, let the background export write real files and read them back with
// poppler's pdfinfo/pdftotext; cancel a long export from its progress dialog; print the same
// layout on a QPrinter that writes a PDF. Settings and files stay in a temporary folder.
#include "annotationdialog.h"
#include "core/articlemodel.h"
#include "articlepane.h"
#include "claimspanel.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "readerview.h"
#include "review/review.h"
#include "settings.h"
#include "common/storygenerator.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QAbstractButton>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Crossread;
using namespace Qt::StringLiterals;

class TestExportUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportThroughDialog();
    void printOnGivenPrinter();
    void replaceAsksFirst();
    void cancelLeavesExistingFile();
    void cleanupTestCase();

private:
    /// The sample story, analysed, with one annotation and one claim with a verdict.
    void reviewSample();
    /// Runs `program` and returns its standard output; empty when it failed.
    static QString run(const QString &program, const QStringList &arguments);
    /// Whitespace folded, so text that pdftotext wrapped still compares.
    static QString folded(const QString &text) { return text.simplified(); }
    /// Triggers File ▸ Export and, once its dialog is modal, lets `drive` set it up; `drive`
    /// returns false to reject the dialog instead of accepting it.
    void exportWith(MainWindow &window, const std::function<bool(ExportDialog *)> &drive);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_statement;
    QString m_note = u"Check against the council minutes"_s;
    QStringList m_messages;        ///< texts of the message boxes the window showed
    QTimer m_boxCloser;
    bool m_replace = true;         ///< how m_boxCloser answers "Replace them?"
};

void TestExportUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"CrossreadTests"_s);
    QCoreApplication::setApplicationName(u"tst_export_ui"_s);
    QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
    QSettings().clear();
    AppSettings settings;
    settings.reviewerName = u"Test Reviewer"_s;
    settings.write();
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty() || QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils (pdfinfo, pdftotext) are needed");

    // Any message box the export shows is recorded and closed, so a failure never hangs the test.
    m_boxCloser.setInterval(50);
    connect(&m_boxCloser, &QTimer::timeout, this, [this] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            m_messages.append(box->text());
            // A question is answered as a user would, with its buttons; a notice is closed.
            for (QAbstractButton *button : box->buttons()) {
                const QMessageBox::ButtonRole role = box->buttonRole(button);
                if (m_replace ? role == QMessageBox::AcceptRole : role == QMessageBox::RejectRole) {
                    button->click();
                    return;
                }
            }
            box->accept();
        }
    });
    m_boxCloser.start();
    reviewSample();
}

void TestExportUi::cleanupTestCase()
{
    m_window.reset();
}

QString TestExportUi::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestExportUi::reviewSample()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy analysed(m_window.get(), &MainWindow::analysisFinished);
    m_window->openSampleStory();
    QVERIFY(analysed.wait(30000));
    ArticleModel *articles = m_window->articleModel();
    QVERIFY(articles->rowCount() >= 3);

    const auto selectStart = [&](int row, qsizetype length) {
        const Article &article = articles->article(row);
        for (const Paragraph &p : article.paragraphs) {
            if (p.isBoilerplate() || p.heading || p.span.length() < length)
                continue;
            ArticlePane *pane = m_window->readerView()->paneFor(ArticleId(row));
            QTextCursor cursor(pane->textView()->document());
            cursor.setPosition(int(p.span.start));
            cursor.setPosition(int(p.span.start + length), QTextCursor::KeepAnchor);
            pane->textView()->setTextCursor(cursor);
            pane->textView()->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return false;
    };

    QVERIFY(selectStart(0, 24));
    m_window->action(u"annotateSelection"_s)->trigger();
    auto *annotation = m_window->findChild<AnnotationDialog *>();
    QVERIFY(annotation);
    annotation->noteEdit()->setPlainText(m_note);
    annotation->accept();
    QCOMPARE(m_window->review()->annotations().size(), 1);

    QVERIFY(selectStart(1, 40));
    m_window->action(u"claimFromSelection"_s)->trigger();
    QCOMPARE(m_window->review()->claims().size(), 1);
    const int claimId = m_window->review()->claims().first().id;
    ClaimsPanel *panel = m_window->claimsPanel();
    panel->selectClaim(claimId);
    const int disputed = panel->verdictBox()->findData(u"Disputed"_s);
    QVERIFY(disputed >= 0);
    Q_EMIT panel->verdictBox()->activated(disputed);
    QCOMPARE(m_window->review()->claim(claimId)->verdict, u"Disputed"_s);
    m_statement = m_window->review()->claim(claimId)->statement;
    QVERIFY(!m_statement.isEmpty());
}

void TestExportUi::exportWith(MainWindow &window, const std::function<bool(ExportDialog *)> &drive)
{
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<ExportDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        driven = true;
        if (!drive(dialog)) {
            dialog->reject();
            return;
        }
        // The Export button, as a user presses it.
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        if (dialog->isVisible())   // refused its input: the warning is recorded by m_boxCloser
            dialog->reject();
    });
    QAction *action = window.action(u"exportReport"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    action->trigger();
    QVERIFY(driven);
}

void TestExportUi::exportThroughDialog()
{
    QVERIFY(m_window);
    m_messages.clear();
    const QString base = path(u"out/report"_s);
    QVERIFY(QDir().mkpath(path(u"out"_s)));
    const int articleCount = m_window->articleModel()->rowCount();

    exportWith(*m_window, [&](ExportDialog *dialog) {
        // Defaults before anything was chosen: every section, colour, page size from the locale.
        const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
        QCheckBox *greyscale = nullptr;
        for (QCheckBox *box : boxes) {
            const QString section = box->property("sectionId").toString();
            const QVariant format = box->property("format");
            if (!section.isEmpty()) {
                if (!box->isChecked())
                    return false;
                box->setChecked(section != u"facts"_s);
            } else if (format.isValid()) {
                const int f = format.toInt();
                box->setChecked(f == ExportDialog::Pdf || f == ExportDialog::ClaimsCsv || f == ExportDialog::Markdown);
            } else {
                greyscale = box;
            }
        }
        if (!greyscale || greyscale->isChecked())
            return false;
        greyscale->setChecked(true);
        auto *list = dialog->findChild<QListWidget *>();
        if (!list || list->count() != articleCount)
            return false;
        list->item(list->count() - 1)->setCheckState(Qt::Unchecked);
        for (QComboBox *combo : dialog->findChildren<QComboBox *>()) {
            const int a4 = combo->findData(u"A4"_s);
            if (a4 >= 0)
                combo->setCurrentIndex(a4);
        }
        auto *file = dialog->findChild<QLineEdit *>();
        if (!file)
            return false;
        // Typed with the extension, as users do: it names the report, not "report.pdf.pdf".
        file->setText(base + u".pdf"_s);
        dialog->adjustSize();
        return true;
    });

    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(base + u".pdf"_s) && QFile::exists(base + u".claims.csv"_s)
                                     && QFile::exists(base + u".md"_s),
                             30000);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
    QVERIFY(!QFile::exists(base + u".facts.csv"_s));
    QVERIFY(!QFile::exists(base + u".json"_s));

    const QString title = reportTitle(m_window->sessionData(), m_window->readerView()->analysis()->articles);
    const QString info = run(u"pdfinfo"_s, {base + u".pdf"_s});
    QVERIFY2(!info.isEmpty(), "pdfinfo could not read the PDF");
    const auto infoLine = [&](QStringView key) {
        for (const QString &line : info.split(u'\n')) {
            if (line.startsWith(key))
                return line.mid(key.size()).trimmed();
        }
        return QString();
    };
    QVERIFY(infoLine(u"Pages:").toInt() >= 2);
    QCOMPARE(infoLine(u"Title:"), title);
    // A4 as chosen: 595 x 842 pt.
    QVERIFY2(infoLine(u"Page size:").startsWith(u"595"_s), qPrintable(infoLine(u"Page size:")));

    const QString text = folded(run(u"pdftotext"_s, {u"-layout"_s, base + u".pdf"_s, u"-"_s}));
    const QString plain = folded(run(u"pdftotext"_s, {base + u".pdf"_s, u"-"_s}));
    // The claims table wraps the statement in its cell; its first words stay on one line.
    const QString opening = m_statement.section(u' ', 0, 3);
    QVERIFY2(plain.contains(opening) || text.contains(opening), qPrintable(opening));
    QVERIFY(plain.contains(u"Disputed"_s));
    QVERIFY(plain.contains(title.section(u' ', 0, 2)));
    QVERIFY(plain.contains(m_note));
    // The last article was left out in the dialog.
    QVERIFY(plain.contains(u"Articles compared: %1 of %2"_s.arg(articleCount - 1).arg(articleCount)));

    QFile csv(base + u".claims.csv"_s);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(csvBytes).contains(m_statement));
    QVERIFY(csvBytes.contains("Disputed"));

    QFile md(base + u".md"_s);
    QVERIFY(md.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(md.readAll()).contains(m_note));

    // The choices went back to the settings...
    QSettings settings;
    QCOMPARE(settings.value(SettingsKey::exportPageSize).toString(), u"A4"_s);
    QCOMPARE(settings.value(SettingsKey::exportGreyscale).toBool(), true);
    const QStringList sections = settings.value(SettingsKey::exportSections).toStringList();
    QVERIFY(!sections.contains(u"facts"_s));
    QVERIFY(sections.contains(u"cover"_s) && sections.contains(u"claims"_s) && sections.contains(u"passages"_s));

    // ...and are the defaults the next time the dialog opens.
    exportWith(*m_window, [&](ExportDialog *dialog) {
        const ReportOptions options = dialog->options();
        [&] {
            QVERIFY(options.greyscale);
            QVERIFY(!(options.sections & ReportSection::Facts));
            QVERIFY(options.sections & ReportSection::Claims);
            QCOMPARE(options.pageSize, ReportPageSize::A4);
        }();
        return false;
    });
    QVERIFY(!QTest::currentTestFailed());
}

void TestExportUi::printOnGivenPrinter()
{
    QVERIFY(m_window);
    const auto analysis = m_window->readerView()->analysis();
    QVERIFY(analysis);
    QAction *print = m_window->action(u"printReport"_s);
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));

    const QString file = path(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    const ReportLayoutInfo info = printReportOn(&printer, m_window->sessionData(), *analysis);
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QVERIFY(info.pages >= 2);
    QVERIFY2(info.overflows.isEmpty(), qPrintable(info.overflows.join(u'\n')));
    QVERIFY(QFile::exists(file));
    const QString plain = folded(run(u"pdftotext"_s, {file, u"-"_s}));
    QVERIFY(plain.contains(m_statement.section(u' ', 0, 3)));
    QVERIFY(plain.contains(u"Disputed"_s));
    QVERIFY(run(u"pdfinfo"_s, {file}).contains(u"612 x 792"_s));
}

void TestExportUi::replaceAsksFirst()
{
    QVERIFY(m_window);
    const QString base = path(u"again/report"_s);
    QVERIFY(QDir().mkpath(path(u"again"_s)));
    const QByteArray earlier = "{\"earlier\": \"work\"}\n";
    {
        QFile file(base + u".json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(earlier);
    }
    const auto exportJsonAndMarkdown = [&] {
        exportWith(*m_window, [&](ExportDialog *dialog) {
            for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
                const QVariant format = box->property("format");
                if (format.isValid())
                    box->setChecked(format.toInt() == ExportDialog::Json || format.toInt() == ExportDialog::Markdown);
            }
            dialog->findChild<QLineEdit *>()->setText(base);
            return true;
        });
    };
    const QString question = ExportDialog::tr("%n file(s) already exist. Replace them?", nullptr, 1);

    // Declined: nothing is written, not even the file that did not exist yet.
    m_messages.clear();
    m_replace = false;
    exportJsonAndMarkdown();
    m_replace = true;
    QCOMPARE(m_messages, QStringList{question});
    QFile json(base + u".json"_s);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll(), earlier);
    json.close();
    QVERIFY(!QFile::exists(base + u".md"_s));

    // Replaced: both files are the new export.
    m_messages.clear();
    exportJsonAndMarkdown();
    QCOMPARE(m_messages, QStringList{question});
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(base + u".md"_s), 30000);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray replaced = json.readAll();
    QVERIFY2(replaced.contains("\"claims\""), replaced.left(200).constData());
}

void TestExportUi::cancelLeavesExistingFile()
{
    // A story big enough that writing its report takes well over the progress dialog's half
    // second delay (60 articles of 40 sentences take about 0.5 s in a Debug build: too close).
    Synth::GeneratorOptions options;
    options.seed = 8;
    options.articles = 150;
    options.baseSentences = 60;
    const Synth::GeneratedStory story = Synth::generateStory(options);
    QStringList files;
    QVERIFY(QDir().mkpath(path(u"big"_s)));
    for (qsizetype i = 0; i < story.articles.size(); ++i) {
        QFile file(path(u"big/article-%1.txt"_s.arg(int(i + 1), 2, 10, QChar(u'0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(story.articles.at(i).article.text.toUtf8());
        files.append(file.fileName());
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy analysed(&window, &MainWindow::analysisFinished);
    window.openFiles(files);
    QVERIFY(analysed.wait(180000));
    QCOMPARE(window.articleModel()->rowCount(), options.articles);

    const QString base = path(u"big-out/report"_s);
    QVERIFY(QDir().mkpath(path(u"big-out"_s)));
    const QByteArray existing = "%PDF-1.4 an earlier report that must survive\n";
    {
        QFile file(base + u".pdf"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(existing);
    }

    // Once the export runs, its progress dialog appears: press Cancel as a user would.
    bool canceled = false;
    QTimer canceler;
    canceler.setInterval(20);
    connect(&canceler, &QTimer::timeout, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *progress = qobject_cast<QProgressDialog *>(widget);
            if (progress && progress->isVisible() && !canceled) {
                canceled = true;
                progress->findChild<QPushButton *>()->click();
            }
        }
    });
    m_messages.clear();
    QElapsedTimer elapsed;
    elapsed.start();
    exportWith(window, [&](ExportDialog *dialog) {
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
            const QVariant format = box->property("format");
            if (format.isValid())
                box->setChecked(format.toInt() == ExportDialog::Pdf || format.toInt() == ExportDialog::Markdown);
        }
        dialog->findChild<QLineEdit *>()->setText(base);
        canceler.start();
        return true;
    });
    // The export runs on while the window goes on working: wait for its dialog (or its end,
    // the second message, which would mean the dialog never came).
    QTRY_VERIFY_WITH_TIMEOUT(canceled || m_messages.size() > 1, 60000);
    canceler.stop();
    QVERIFY2(canceled, qPrintable(u"the progress dialog never appeared; after %1 ms, messages: "_s.arg(elapsed.elapsed())
                                  + m_messages.join(u'\n') + u"; files: "_s
                                  + QDir(path(u"big-out"_s)).entryList(QDir::Files).join(u' ')));
    // The earlier report was named and so asked about, then the export canceled.
    QTRY_COMPARE(m_messages, (QStringList{ExportDialog::tr("%n file(s) already exist. Replace them?", nullptr, 1),
                                          ExportDialog::tr("The export was canceled.")}));

    QFile file(base + u".pdf"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), existing);
    // Nothing else was written: no Markdown after the cancel, no temporary files left behind.
    QCOMPARE(QDir(path(u"big-out"_s)).entryList(QDir::Files), QStringList{u"report.pdf"_s});
}

QTEST_MAIN(TestExportUi)
#include "tst_export_ui.moc"
