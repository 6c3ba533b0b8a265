// SPDX-License-Identifier: GPL-3.0-or-later
// The one export job that File ▸ Export and `crossread export` both run: real files in a
// temporary folder, the real PDF writer.
#include "common/exportfixture.h"
#include "export/dataexport.h"
#include "export/exportjob.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ExportFiles allFiles(const QString &base)
{
    return ExportFiles{base + u".pdf"_s, base + u".claims.csv"_s, base + u".facts.csv"_s, base + u".json"_s, base + u".md"_s};
}

} // namespace

class TestExportJob : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesEveryFileAskedFor();
    void writesOnlyWhatWasAskedFor();
    void aFailedFile_doesNotStopTheOthers();
    void cancel_stopsBeforeTheNextFile();
    void progress_runsOnceFromStartToEnd();

private:
    QTemporaryDir m_dir;
    ExportFixture::Story m_sample;
};

void TestExportJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = ExportFixture::sampleSession();
}

void TestExportJob::writesEveryFileAskedFor()
{
    const ExportFiles files = allFiles(m_dir.filePath(u"all"_s));
    ReportOptions options;
    options.reportDate = QDateTime(QDate(2026, 2, 1), QTime(10, 0));
    const ExportOutcome outcome = runExport(files, options, m_sample.session, m_sample.analysis);
    QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.join(u'\n')));
    QVERIFY(!outcome.canceled);
    QCOMPARE(outcome.written, files.paths());
    QVERIFY(contents(files.pdf).startsWith("%PDF-"));
    QCOMPARE(contents(files.claimsCsv), claimsCsv(m_sample.session, m_sample.analysis.articles));
    QCOMPARE(contents(files.factsCsv), factsCsv(m_sample.analysis));
    QCOMPARE(contents(files.json), reviewJson(m_sample.session, m_sample.analysis));
    QCOMPARE(QString::fromUtf8(contents(files.markdown)), markdownReport(m_sample.session, m_sample.analysis, options));
}

void TestExportJob::writesOnlyWhatWasAskedFor()
{
    ExportFiles files;
    files.json = m_dir.filePath(u"only.json"_s);
    const ExportOutcome outcome = runExport(files, ReportOptions{}, m_sample.session, m_sample.analysis);
    QCOMPARE(outcome.written, QStringList{files.json});
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"only.pdf"_s)));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"only.md"_s)));
}

void TestExportJob::aFailedFile_doesNotStopTheOthers()
{
    ExportFiles files = allFiles(m_dir.filePath(u"partly"_s));
    files.pdf = m_dir.filePath(u"no/such/folder/report.pdf"_s);
    const ExportOutcome outcome = runExport(files, ReportOptions{}, m_sample.session, m_sample.analysis);
    QCOMPARE(outcome.errors.size(), 1);
    QVERIFY2(outcome.errors.first().contains(files.pdf), qPrintable(outcome.errors.first()));
    QCOMPARE(outcome.written, files.paths().mid(1));
}

void TestExportJob::cancel_stopsBeforeTheNextFile()
{
    const ExportFiles files = allFiles(m_dir.filePath(u"canceled"_s));
    QFile previous(files.markdown);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("an earlier report");
    previous.close();
    // The reader cancels while the facts CSV is being written.
    bool canceled = false;
    TaskControl control;
    control.isCanceled = [&canceled] { return canceled; };
    control.progress = [&](int, const QString &stage) {
        if (stage == QFileInfo(files.factsCsv).fileName())
            canceled = true;
    };
    const ExportOutcome outcome = runExport(files, ReportOptions{}, m_sample.session, m_sample.analysis, control);
    QVERIFY(outcome.canceled);
    QVERIFY(outcome.errors.isEmpty());   // a cancel is no error
    QVERIFY(outcome.written.contains(files.pdf));
    QVERIFY(!outcome.written.contains(files.json));
    QVERIFY(!QFileInfo::exists(files.json));
    QCOMPARE(contents(files.markdown), QByteArray("an earlier report"));   // untouched
}

void TestExportJob::progress_runsOnceFromStartToEnd()
{
    const ExportFiles files = allFiles(m_dir.filePath(u"progress"_s));
    QList<int> percents;
    QStringList stages;
    TaskControl control;
    control.progress = [&](int percent, const QString &stage) {
        percents.append(percent);
        if (!stage.isEmpty() && !stages.contains(stage))
            stages.append(stage);
    };
    const ExportOutcome outcome = runExport(files, ReportOptions{}, m_sample.session, m_sample.analysis, control);
    QVERIFY(outcome.errors.isEmpty());
    QVERIFY(!percents.isEmpty());
    QCOMPARE(percents.last(), 100);
    QVERIFY(std::is_sorted(percents.begin(), percents.end()));
    QStringList names;
    for (const QString &path : files.paths())
        names.append(QFileInfo(path).fileName());
    QCOMPARE(stages, names);
}

QTEST_MAIN(TestExportJob)
#include "tst_exportjob.moc"
