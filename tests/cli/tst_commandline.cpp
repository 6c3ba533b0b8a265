// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "crossread_version.h"

#include <QTest>
#include <QTextStream>

using namespace Crossread;
using namespace Qt::StringLiterals;

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void headless_data();
    void headless();
    void guiArguments_data();
    void guiArguments();
    void version();
    void help();
};

void TestCommandLine::headless_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("headless");
    QTest::newRow("no arguments") << QStringList{u"crossread"_s} << false;
    QTest::newRow("files") << QStringList{u"crossread"_s, u"a.txt"_s, u"b.html"_s} << false;
    QTest::newRow("--version") << QStringList{u"crossread"_s, u"--version"_s} << true;
    QTest::newRow("-v") << QStringList{u"crossread"_s, u"-v"_s} << true;
    QTest::newRow("--help") << QStringList{u"crossread"_s, u"--help"_s} << true;
    QTest::newRow("-h after a file") << QStringList{u"crossread"_s, u"a.txt"_s, u"-h"_s} << true;
    QTest::newRow("analyse") << QStringList{u"crossread"_s, u"analyse"_s, u"a.txt"_s} << true;
    QTest::newRow("analyze") << QStringList{u"crossread"_s, u"analyze"_s, u"a.txt"_s} << true;
    QTest::newRow("extract") << QStringList{u"crossread"_s, u"extract"_s, u"a.html"_s} << true;
    QTest::newRow("--version after --") << QStringList{u"crossread"_s, u"--"_s, u"--version"_s} << false;
    QTest::newRow("command name as second file") << QStringList{u"crossread"_s, u"a.txt"_s, u"analyse"_s} << false;
}

void TestCommandLine::headless()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, headless);
    QCOMPARE(Cli::isHeadless(arguments), headless);
}

void TestCommandLine::guiArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("sample");
    QTest::newRow("none") << QStringList{u"crossread"_s} << QStringList{} << false;
    QTest::newRow("files in order") << QStringList{u"crossread"_s, u"b.txt"_s, u"a.md"_s}
                                    << QStringList{u"b.txt"_s, u"a.md"_s} << false;
    QTest::newRow("sample") << QStringList{u"crossread"_s, u"--sample"_s} << QStringList{} << true;
    QTest::newRow("dash file after --") << QStringList{u"crossread"_s, u"--"_s, u"-odd.txt"_s}
                                        << QStringList{u"-odd.txt"_s} << false;
    QTest::newRow("unknown option is not a file") << QStringList{u"crossread"_s, u"--frobnicate"_s, u"a.txt"_s}
                                                  << QStringList{u"a.txt"_s} << false;
    QTest::newRow("lone dash is a file name") << QStringList{u"crossread"_s, u"-"_s} << QStringList{u"-"_s} << false;
}

void TestCommandLine::guiArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, files);
    QFETCH(bool, sample);
    const Cli::GuiRequest request = Cli::parseGuiArguments(arguments);
    QCOMPARE(request.files, files);
    QCOMPARE(request.openSample, sample);
}

void TestCommandLine::version()
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(Cli::runHeadless({u"crossread"_s, u"--version"_s}, outStream, errStream), 0);
    outStream.flush();
    QCOMPARE(out, QStringLiteral("crossread " CROSSREAD_VERSION_STRING "\n"));
    QVERIFY(err.isEmpty());
}

void TestCommandLine::help()
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(Cli::runHeadless({u"crossread"_s, u"--help"_s}, outStream, errStream), 0);
    outStream.flush();
    QVERIFY2(out.contains(u"Usage: crossread"), qPrintable(out));
    QVERIFY(out.contains(u"analyse"));
    QVERIFY(out.contains(u"extract"));
    QVERIFY(out.contains(u"--sample"));
    QVERIFY2(!out.contains(u"analyze"), "the alias is not listed twice");
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
