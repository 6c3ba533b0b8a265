// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "crossread_version.h"
#include "core/inputlimits.h"
#include "core/outputfile.h"
#include "cli/terminaloutput.h"
#include "common/clirun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/stat.h>

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
    void outputsNeverDestroyInputs_data();
    void outputsNeverDestroyInputs();
    void fifoIsWrittenInPlace();
    void devZeroIsTooLarge();
    void tooLargeWording_data();
    void tooLargeWording();
    void articleLimitWritesNoSession();
    void sameFileTwiceIsDropped();
    void terminalSafe_data();
    void terminalSafe();
};

namespace {

using Run = Test::CliRun;

Run run(const QStringList &arguments)
{
    return Test::runCli(arguments);
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

// Issue 17, case 10: an output that is an input (by any name) or the other output is refused
// before anything is read or written, and the input stays as it was.
void TestCommandLine::outputsNeverDestroyInputs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("-o an input") << QStringList{u"analyse"_s, u"-o"_s, u"IN"_s, u"IN"_s, u"OTHER"_s} << u"same file as"_s;
    QTest::newRow("--session an input") << QStringList{u"analyse"_s, u"--session"_s, u"IN"_s, u"IN"_s, u"OTHER"_s}
                                        << u"same file as"_s;
    QTest::newRow("-o a link to an input") << QStringList{u"analyse"_s, u"-o"_s, u"LINK"_s, u"IN"_s, u"OTHER"_s}
                                           << u"same file as"_s;
    QTest::newRow("--session X -o X") << QStringList{u"analyse"_s, u"--session"_s, u"NEW"_s, u"-o"_s, u"NEW"_s, u"IN"_s, u"OTHER"_s}
                                      << u"same file as"_s;
    QTest::newRow("-o a folder") << QStringList{u"analyse"_s, u"-o"_s, u"DIR"_s, u"IN"_s, u"OTHER"_s} << u"folder"_s;
}

void TestCommandLine::outputsNeverDestroyInputs()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QByteArray text = "Ferry fares rise\n\nThe Northbay ferry will charge 4.50 from May.\n";
    QVERIFY(writeFile(dir.filePath(u"in.txt"_s), text));
    QVERIFY(writeFile(dir.filePath(u"other.txt"_s), "Fares up\n\nThe ferry charges 4.80 in May.\n"));
    QVERIFY(QFile::link(dir.filePath(u"in.txt"_s), dir.filePath(u"link.json"_s)));
    arguments.replaceInStrings(u"LINK"_s, dir.filePath(u"link.json"_s));
    arguments.replaceInStrings(u"OTHER"_s, dir.filePath(u"other.txt"_s));
    arguments.replaceInStrings(u"IN"_s, dir.filePath(u"in.txt"_s));
    arguments.replaceInStrings(u"NEW"_s, dir.filePath(u"new.crossread"_s));
    arguments.replaceInStrings(u"DIR"_s, dir.path());
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QFile input(dir.filePath(u"in.txt"_s));
    QVERIFY(input.open(QIODevice::ReadOnly));
    QCOMPARE(input.readAll(), text);
    QVERIFY(!QFile::exists(dir.filePath(u"new.crossread"_s)));
}

// Issue 17, case 8: a FIFO (like a device) is written in place, never replaced by a file.
void TestCommandLine::fifoIsWrittenInPlace()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"in.txt"_s), "Ferry fares rise\n\nThe Northbay ferry will charge 4.50 from May.\n"));
    for (const QString &option : {u"-o"_s, u"--session"_s}) {
        const QString fifo = dir.filePath(u"fifo"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QProcess reader;
        reader.start(u"cat"_s, {fifo});
        QVERIFY(reader.waitForStarted());
        const Run result = run({u"analyse"_s, option, fifo, dir.filePath(u"in.txt"_s)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(reader.waitForFinished());
        const QByteArray received = reader.readAllStandardOutput();
        QVERIFY2(option == u"-o" ? received.contains("\"passages\"") : received.startsWith("SQLite format 3"), received.left(80));
        struct stat info {};
        QVERIFY(::stat(QFile::encodeName(fifo).constData(), &info) == 0);
        QVERIFY2(S_ISFIFO(info.st_mode), "the FIFO was replaced");
        QVERIFY(QFile::remove(fifo));
    }
}

// Issue 17, case 9: a device without end is read to the limit + 1 byte, then refused.
void TestCommandLine::devZeroIsTooLarge()
{
    const auto bytes = readBounded(u"/dev/zero"_s, 1000);
    QVERIFY(bytes);
    QCOMPARE(bytes->size(), 1001);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"in.txt"_s), "Ferry fares rise\n\nThe Northbay ferry will charge 4.50 from May.\n"));
    const Run result = run({u"analyse"_s, dir.filePath(u"in.txt"_s), u"/dev/zero"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"/dev/zero: the file is larger than the"), qPrintable(result.err));
}

void TestCommandLine::tooLargeWording_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("expected");
    const QLocale locale;
    const qint64 limit = Limits::maxImportBytes;
    QTest::newRow("one byte over") << limit + 1
                                   << u"the file is %1 bytes, larger than the %2 bytes"_s.arg(locale.toString(limit + 1), locale.toString(limit));
    QTest::newRow("twice the limit") << 2 * limit
                                     << u"the file is %1, larger than the %2"_s.arg(locale.formattedDataSize(2 * limit),
                                                                                   locale.formattedDataSize(limit));
    QTest::newRow("unknown size") << qint64(-1) << u"the file is larger than the %1"_s.arg(locale.formattedDataSize(limit));
}

void TestCommandLine::tooLargeWording()
{
    QFETCH(qint64, size);
    QFETCH(QString, expected);
    const QString reason = tooLargeReason(size, Limits::maxImportBytes);
    QVERIFY2(reason.startsWith(expected), qPrintable(reason));
}

// Issue 17, case 14.
void TestCommandLine::articleLimitWritesNoSession()
{
    QTemporaryDir dir;
    QStringList arguments{u"analyse"_s, u"--session"_s, dir.filePath(u"s.crossread"_s)};
    for (int i = 0; i <= Limits::maxArticles; ++i)
        arguments.append(dir.filePath(u"missing-%1.txt"_s.arg(i)));
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"at most %1 articles"_s.arg(Limits::maxArticles)), qPrintable(result.err));
    QVERIFY(!QFile::exists(dir.filePath(u"s.crossread"_s)));
}

// Issue 17, case 16.
void TestCommandLine::sameFileTwiceIsDropped()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"in.txt"_s);
    QVERIFY(writeFile(file, "Ferry fares rise\n\nThe Northbay ferry will charge 4.50 from May.\n"));
    QVERIFY(QFile::copy(file, dir.filePath(u"copy.txt"_s)));
    const Run result = run({u"analyse"_s, file, file, dir.filePath(u"copy.txt"_s)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.err.count(u"not added twice"), 2);
    QVERIFY2(result.err.contains(dir.filePath(u"copy.txt"_s) + u": the same bytes as " + file), qPrintable(result.err));
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(u"articles").toArray().size(), 1);
}

// Issue 17, case 15.
void TestCommandLine::terminalSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << u"Outlet é 你\tcolumn\n"_s << u"Outlet é 你\tcolumn\n"_s;
    QTest::newRow("window title (OSC ... BEL)") << u"Evil\x1b]0;pwned\x07 Post"_s << u"Evil Post"_s;
    QTest::newRow("OSC ended by ST") << u"a\x1b]2;t\x1b\\b"_s << u"ab"_s;
    QTest::newRow("clear screen (CSI)") << u"x\x1b[2Jy"_s << u"xy"_s;
    QTest::newRow("C1 CSI") << u"x\u009b31my"_s << u"xy"_s;
    QTest::newRow("other C0, DEL and C1") << u"a\rb\bc\x7f\u0085d\x07"_s << u"abcd"_s;
    QTest::newRow("lone ESC at the end") << u"end\x1b"_s << u"end"_s;
}

void TestCommandLine::terminalSafe()
{
    QFETCH(QString, text);
    QFETCH(QString, safe);
    QCOMPARE(Cli::terminalSafe(text), safe);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
