// SPDX-License-Identifier: GPL-3.0-or-later
// `crossread export` as a script runs it: a session in, files out, clear errors and exit codes.
#include "common/exportfixture.h"
#include "review/session.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run crossread(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));   // the command must choose offscreen itself
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CROSSREAD_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestExportCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesEveryOutput();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_session;
};

void TestExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = m_dir.filePath(QStringLiteral("sample.crossread"));
    const ExportFixture::Story story = ExportFixture::sampleSession();
    const auto written = writeSession(m_session, story.session);
    QVERIFY2(written.hasValue(), qPrintable(written.hasValue() ? QString() : written.error().message()));
}

void TestExportCommand::writesEveryOutput()
{
    const QStringList outputs{QStringLiteral("r.pdf"), QStringLiteral("c.csv"), QStringLiteral("f.csv"),
                              QStringLiteral("r.json"), QStringLiteral("r.md")};
    const Run run = crossread({QStringLiteral("export"), m_session, QStringLiteral("--pdf"), m_dir.filePath(outputs.at(0)),
                               QStringLiteral("--csv"), m_dir.filePath(outputs.at(1)), QStringLiteral("--facts-csv"),
                               m_dir.filePath(outputs.at(2)), QStringLiteral("--json"), m_dir.filePath(outputs.at(3)),
                               QStringLiteral("--md"), m_dir.filePath(outputs.at(4)), QStringLiteral("--page-size"),
                               QStringLiteral("letter"), QStringLiteral("--greyscale")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &name : outputs) {
        QFile file(m_dir.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly) && file.size() > 100, qPrintable(name));
    }
    QFile pdf(m_dir.filePath(outputs.at(0)));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QFile csv(m_dir.filePath(outputs.at(1)));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains("Dana Okafor"));
}

void TestExportCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString missing = QStringLiteral("/nonexistent/none.crossread");
    const QString unwritable = QStringLiteral("/nonexistent/folder/out.pdf");
    QTest::newRow("missing session") << QStringList{QStringLiteral("export"), missing, QStringLiteral("--md"), QStringLiteral("x.md")}
                                     << 1 << missing;
    QTest::newRow("unwritable output") << QStringList{QStringLiteral("export"), QString(), QStringLiteral("--pdf"), unwritable}
                                       << 1 << unwritable;
    QTest::newRow("nothing to write") << QStringList{QStringLiteral("export"), QString()} << 2 << QStringLiteral("nothing to write");
    QTest::newRow("bad page size") << QStringList{QStringLiteral("export"), QString(), QStringLiteral("--pdf"), QStringLiteral("x.pdf"),
                                                  QStringLiteral("--page-size"), QStringLiteral("a3")}
                                   << 2 << QStringLiteral("a3");
}

void TestExportCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (QString &argument : arguments) {
        if (argument.isEmpty())
            argument = m_session;
    }
    const Run run = crossread(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
