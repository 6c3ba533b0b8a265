// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a process that is exporting a PDF report over an existing good report, with SIGKILL at
// random moments, and proves that the target is then either the old file byte for byte or a
// complete new PDF (pdfinfo reads it and counts its pages): never a half-written file. Also:
// exporting into a vanished folder or over a read-only file fails with a message naming the
// file, and leaves nothing behind.
#include "exportcrashinput.h"
#include "export/report.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace Crossread;

namespace {

constexpr int killRounds = 24;

struct PdfInfo {
    bool ok = false;
    int pages = 0;
    QString title;
    QString problem;   ///< why pdfinfo refused the file
};

PdfInfo pdfInfo(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    PdfInfo info;
    if (!process.waitForFinished(30000)) {
        info.problem = QStringLiteral("pdfinfo did not finish");
        return info;
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    info.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    info.problem = QString::fromUtf8(process.readAllStandardError());
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(u"Pages:"))
            info.pages = line.mid(6).trimmed().toInt();
        else if (line.startsWith(u"Title:"))
            info.title = line.mid(6).trimmed();
    }
    return info;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// What the child printed before it died: the last write it began and the last it finished.
struct Progress {
    int begun = 0;
    int finished = 0;
};

Progress progressOf(const QByteArray &output)
{
    Progress progress;
    const QList<QByteArray> lines = output.split('\n');
    // The final element follows the last newline: empty, or a line cut by the kill.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith("writing "))
            progress.begun = line.mid(8).toInt();
        else if (line.startsWith("wrote "))
            progress.finished = line.mid(6).toInt();
    }
    return progress;
}

quint32 seed()
{
    const QByteArray fixed = qgetenv("CROSSREAD_CRASH_SEED");
    return fixed.isEmpty() ? QRandomGenerator::global()->generate() : fixed.toUInt();
}

} // namespace

class TestExportCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killDuringExport();
    void unwritableTarget_data();
    void unwritableTarget();

private:
    QRandomGenerator m_random;
    ExportCrash::Input m_input;
    QTemporaryDir m_dir;
    QString m_goodPdf;    ///< the report every round's target starts as
};

void TestExportCrash::initTestCase()
{
    const quint32 value = seed();
    qInfo("random seed %u (set CROSSREAD_CRASH_SEED to repeat)", value);
    m_random.seed(value);
    QVERIFY(m_dir.isValid());
    m_input = ExportCrash::sampleInput(QStringLiteral("Good old report"));
    QVERIFY2(m_input.error.isEmpty(), qPrintable(m_input.error));
    m_goodPdf = m_dir.filePath(QStringLiteral("good.pdf"));
    const auto written = writePdfReport(m_goodPdf, m_input.session, m_input.analysis, ReportOptions{});
    QVERIFY2(written, written ? "" : qPrintable(written.error()));
}

void TestExportCrash::killDuringExport()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed: a new PDF cannot be checked");
    const PdfInfo good = pdfInfo(m_goodPdf);
    QVERIFY2(good.ok && good.pages > 0, qPrintable(good.problem));
    const QByteArray goodBytes = contents(m_goodPdf);

    int replaced = 0;
    int midWrite = 0;
    for (int round = 0; round < killRounds; ++round) {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(QFile::copy(m_goodPdf, target));

        QProcess child;
        child.start(QStringLiteral(CROSSREAD_EXPORT_CRASH_CHILD), {target});
        QVERIFY(child.waitForStarted(10000));
        // "start" comes once the story is analysed, right before the first write. A write takes
        // about 0.1 s (Debug build) and the child does little else, so the kills land inside
        // the first write or a later one, in any of its stages.
        QVERIFY2(child.waitForReadyRead(60000), "the child printed nothing");
        const int delay = int(m_random.bounded(1500));
        QThread::usleep(ulong(delay) * 1000);
        child.kill();   // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        // A child that stopped on its own (a failed write) was not killed mid-export.
        QVERIFY2(child.exitStatus() == QProcess::CrashExit, child.readAllStandardError().constData());

        const Progress progress = progressOf(child.readAllStandardOutput());
        const QString where = QStringLiteral("round %1 (delay %2 ms, write %3 begun, %4 finished)")
                                  .arg(round).arg(delay).arg(progress.begun).arg(progress.finished);
        const QByteArray found = contents(target);
        if (found == goodBytes) {
            // The old file survives only until the first write has been committed.
            QVERIFY2(progress.finished == 0, qPrintable(where + QStringLiteral(": a finished write left no trace")));
        } else {
            const PdfInfo info = pdfInfo(target);
            QVERIFY2(info.ok && info.pages > 0,
                     qPrintable(where + QStringLiteral(": a %1-byte file that is not a complete PDF: %2")
                                           .arg(found.size()).arg(info.problem)));
            // The file is the last finished write, or the one in progress if its rename landed
            // before the kill.
            const int written = info.title.startsWith(u"Export crash ") ? info.title.mid(13).toInt() : -1;
            QVERIFY2(written >= qMax(1, progress.finished) && written <= progress.begun,
                     qPrintable(where + QStringLiteral(": the file is from write \"%1\"").arg(info.title)));
            ++replaced;
        }
        if (progress.begun > progress.finished)
            ++midWrite;
    }
    qInfo("%d of %d kills landed in the middle of a write; %d found a new report", midWrite, killRounds, replaced);
    // Without kills inside writes, the test would prove nothing about them.
    QVERIFY(midWrite >= killRounds / 3);
}

void TestExportCrash::unwritableTarget_data()
{
    QTest::addColumn<bool>("vanishedFolder");
    QTest::newRow("vanished folder") << true;
    QTest::newRow("read-only file") << false;
}

void TestExportCrash::unwritableTarget()
{
    QFETCH(bool, vanishedFolder);
    QTemporaryDir dir;
    QString target;
    if (vanishedFolder) {
        const QString folder = dir.filePath(QStringLiteral("gone"));
        QVERIFY(QDir().mkpath(folder));
        target = folder + QStringLiteral("/report.pdf");
        QVERIFY(QDir(folder).removeRecursively());
    } else {
        if (::geteuid() == 0)
            QSKIP("running as root, where a read-only file can still be written");
        target = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(QFile::copy(m_goodPdf, target));
        QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    }
    const QByteArray before = contents(target);

    const auto written = writePdfReport(target, m_input.session, m_input.analysis, ReportOptions{});
    QVERIFY(!written);
    QVERIFY2(written.error().contains(target), qPrintable(written.error()));
    QVERIFY2(written.error().size() > target.size() + 2, "no reason given");
    if (vanishedFolder) {
        QVERIFY(!QFileInfo::exists(target));
    } else {
        QCOMPARE(contents(target), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
}

QTEST_MAIN(TestExportCrash)
#include "tst_exportcrash.moc"
