// SPDX-License-Identifier: GPL-3.0-or-later
// `crossread extract`: body and JSON output, several files, errors that name the file.
#include "cli/cli.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace Crossread;

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(CROSSREAD_TEST_DATA_DIR "/html/") + name;
}

struct Run {
    int code = 0;
    QString out;
    QString err;
};

Run extract(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = Cli::runExtract(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestExtractCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void help();
    void body();
    void severalFiles();
    void json();
    void codePointOffsets();
    void failures_data();
    void failures();
};

void TestExtractCommand::help()
{
    const Run run = extract({QStringLiteral("--help")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(u"crossread extract [--body|--json] FILE|URL..."));
}

void TestExtractCommand::body()
{
    const Run run = extract({fixturePath(QStringLiteral("wordpress.html"))});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.startsWith(u"Millbrook\u2019s town council voted"));
    QVERIFY(run.out.contains(u"\n\nFishermen split over the plan\n\n"));
    QVERIFY(!run.out.contains(u"Waves break over"));   // a caption: boilerplate
    QVERIFY(!run.out.contains(u"Share this"));
    QVERIFY(!run.out.contains(u"==>"));
    QVERIFY(run.out.endsWith(u"end of 2025.\n"));
}

void TestExtractCommand::severalFiles()
{
    const QString first = fixturePath(QStringLiteral("amp.html"));
    const QString second = fixturePath(QStringLiteral("splitbyads.html"));
    const Run run = extract({QStringLiteral("--body"), first, second});
    QCOMPARE(run.code, 0);
    const qsizetype a = run.out.indexOf(QStringLiteral("==> %1 <==\n").arg(first));
    const qsizetype b = run.out.indexOf(QStringLiteral("\n==> %1 <==\n").arg(second));
    QVERIFY(a == 0);
    QVERIFY(b > a);
    QVERIFY(run.out.indexOf(u"sleeper train") < b);
    QVERIFY(run.out.indexOf(u"lending something other than books") > b);
}

void TestExtractCommand::json()
{
    const QString file = fixturePath(QStringLiteral("newspaper.html"));
    const Run run = extract({QStringLiteral("--json"), file});
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object().value(u"crossread").toInt(), 1);
    const QJsonArray articles = document.object().value(u"articles").toArray();
    QCOMPARE(articles.size(), 1);
    const QJsonObject article = articles.first().toObject();
    QCOMPARE(article.value(u"id").toInt(-1), 0);
    QCOMPARE(article.value(u"file").toString(), file);
    QCOMPARE(article.value(u"outlet").toString(), u"The Continental Courier");
    QCOMPARE(article.value(u"headline").toString(), u"Rail freight strike halts grain exports at two ports");
    QCOMPARE(article.value(u"author").toString(), u"Mateo Lindqvist, Aiyana Brooks");
    QCOMPARE(article.value(u"published").toString(), u"2023-10-03");
    QCOMPARE(article.value(u"url").toString(),
             u"https://www.continentalcourier.example/business/2023/10/rail-freight-strike-grain-ports");
    const QString text = article.value(u"text").toString();
    QVERIFY(text.contains(u"came to a standstill on Monday"));
    QStringList marked;
    for (const QJsonValue &span : article.value(u"boilerplate").toArray()) {
        const int start = span.toArray().at(0).toInt();
        const int end = span.toArray().at(1).toInt();
        QVERIFY(start < end);
        marked.append(text.mid(start, end - start));
    }
    QVERIFY(marked.contains(u"Advertisement"));
    QVERIFY(marked.contains(u"Photograph: Lena Okafor for The Continental Courier"));

    const Run noDate = extract({QStringLiteral("--json"), fixturePath(QStringLiteral("unterminated.html"))});
    const QJsonObject second = QJsonDocument::fromJson(noDate.out.toUtf8()).object().value(u"articles").toArray().first().toObject();
    QVERIFY(second.value(u"published").isNull());
}

void TestExtractCommand::codePointOffsets()
{
    // A character outside the BMP before the boilerplate: offsets count it once.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("emoji.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><head><meta charset=\"utf-8\"></head><body><article>"
               "<p>The lighthouse museum \xF0\x9F\x8F\xA0 opens in May, the trust said on Friday, after two years of work.</p>"
               "<div class=\"ad-slot\">Advertisement</div>"
               "<p>Tickets will cost five pounds for adults, and children will get in free on weekdays.</p>"
               "</article></body></html>");
    file.close();
    const Run run = extract({QStringLiteral("--json"), path});
    QCOMPARE(run.code, 0);
    const QJsonObject article = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"articles").toArray().first().toObject();
    const QList<uint> codePoints = article.value(u"text").toString().toUcs4();
    const QJsonArray span = article.value(u"boilerplate").toArray().first().toArray();
    const QList<uint> piece = codePoints.mid(span.at(0).toInt(), span.at(1).toInt() - span.at(0).toInt());
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(piece.constData()), piece.size()), u"Advertisement");
}

void TestExtractCommand::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");      ///< in stderr
    QTest::addColumn<QString>("printed");    ///< still in stdout

    const QString good = fixturePath(QStringLiteral("amp.html"));
    const QString missing = fixturePath(QStringLiteral("no-such-page.html"));
    const QString home = fixturePath(QStringLiteral("homepage.html"));
    QTest::newRow("missing file among good ones") << QStringList{missing, good} << 1 << missing << "sleeper train";
    QTest::newRow("not an article") << QStringList{good, home} << 1 << home << "sleeper train";
    QTest::newRow("json still lists the good file") << QStringList{QStringLiteral("--json"), missing, good} << 1 << missing
                                                    << "Night trains return";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--html"), good} << 2 << "--html" << "";
    QTest::newRow("no file") << QStringList{QStringLiteral("--json")} << 2 << "no file" << "";
}

void TestExtractCommand::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, error);
    QFETCH(QString, printed);
    const Run run = extract(arguments);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    QVERIFY2(run.out.contains(printed), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestExtractCommand)
#include "tst_extractcommand.moc"
