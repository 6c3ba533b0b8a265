// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "crossread_version.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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
    void analyseWritesSessionInfoReadsIt();
    void infoRefuses_data();
    void infoRefuses();
};

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    Run result;
    QTextStream outStream(&result.out), errStream(&result.err);
    result.exitCode = Cli::runHeadless(QStringList{u"crossread"_s} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return result;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

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
    QTest::newRow("info") << QStringList{u"crossread"_s, u"info"_s, u"a.crossread"_s} << true;
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
    QVERIFY(out.contains(u"info"));
    QVERIFY(out.contains(u"--sample"));
    QVERIFY2(!out.contains(u"analyze"), "the alias is not listed twice");
}

void TestCommandLine::analyseWritesSessionInfoReadsIt()
{
    QTemporaryDir dir;
    const QByteArray first = "# Ferry fares rise\n\nThe Northbay ferry will charge 4.50 from May, the operator said.\n";
    const QByteArray second = "Ferry fares up\n\nFares on the Northbay ferry rise to 4.80 in May, according to the council.\n";
    QVERIFY(writeFile(dir.filePath(u"first.md"_s), first));
    QVERIFY(writeFile(dir.filePath(u"second.txt"_s), second));
    const QString session = dir.filePath(u"ferry fares.crossread"_s);

    const Run analyse = run({u"analyse"_s, u"--session"_s, session, u"--json"_s, dir.filePath(u"out.json"_s),
                             dir.filePath(u"first.md"_s), dir.filePath(u"second.txt"_s)});
    QVERIFY2(analyse.exitCode == 0, qPrintable(analyse.err));
    QVERIFY(QFile::exists(dir.filePath(u"out.json"_s)));
    QVERIFY(QFile::exists(session));

    const Run text = run({u"info"_s, session});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"Title: ferry fares"), qPrintable(text.out));
    QVERIFY(text.out.contains(u"Articles: 2"));
    QVERIFY(text.out.contains(u"file: first.md"));
    QVERIFY(text.out.contains(u"file: second.txt"));
    QVERIFY2(!text.out.contains(dir.path()), "sessions keep file names, not folders");
    const QString firstHash = QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex());
    QVERIFY(text.out.contains(u"sha256: " + firstHash));
    QVERIFY(text.out.contains(u"Annotations: 0"));
    QVERIFY(text.out.contains(u"Claims: 0"));
    QVERIFY(text.out.contains(u"Unreviewed"));

    const Run json = run({u"info"_s, u"--json"_s, session});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(u"title").toString(), u"ferry fares"_s);
    const QJsonArray articles = object.value(u"articles").toArray();
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles.at(0).toObject().value(u"sha256").toString(), firstHash);
    QCOMPARE(articles.at(1).toObject().value(u"file").toString(), u"second.txt"_s);
    QCOMPARE(object.value(u"annotations").toInt(), 0);
    QCOMPARE(object.value(u"verdicts").toArray().size(), 6);
    QCOMPARE(object.value(u"verdicts").toArray().at(0).toObject().value(u"claims").toInt(), 0);
}

void TestCommandLine::infoRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a session") << QStringList{u"info"_s, u"FILE"_s} << QByteArray("The council met on Tuesday.\n") << 1
                                   << u"FILE: this is not a Crossread session"_s;
    QTest::newRow("truncated session") << QStringList{u"info"_s, u"--json"_s, u"FILE"_s} << QByteArray("SQLite format 3") << 1
                                       << u"FILE: the file is cut short"_s;
    QTest::newRow("missing file") << QStringList{u"info"_s, u"MISSING"_s} << QByteArray() << 1 << u"MISSING: there is no such file"_s;
    QTest::newRow("no file") << QStringList{u"info"_s} << QByteArray() << 2 << u"exactly one session file"_s;
    QTest::newRow("two files") << QStringList{u"info"_s, u"FILE"_s, u"FILE"_s} << QByteArray("x") << 2 << u"exactly one session file"_s;
}

void TestCommandLine::infoRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"corrupt.crossread"_s);
    const QString missing = dir.filePath(u"missing.crossread"_s);
    if (!content.isEmpty())
        QVERIFY(writeFile(file, content));
    arguments.replaceInStrings(u"MISSING"_s, missing);
    arguments.replaceInStrings(u"FILE"_s, file);
    message.replace(u"MISSING"_s, missing).replace(u"FILE"_s, file);

    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.startsWith(u"crossread info: "), qPrintable(result.err));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
