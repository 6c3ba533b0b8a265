// SPDX-License-Identifier: GPL-3.0-or-later
// CSV (RFC 4180, BOM, formula neutralising), JSON and Markdown exports of a review.
#include "export/dataexport.h"
#include "common/exportfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;

namespace {

/// A minimal RFC 4180 reader, to prove what a spreadsheet would read back.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestDataExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_sample = ExportFixture::sampleSession(); }
    void csvField_data();
    void csvField();
    void claimsCsv_roundTrips();
    void factsCsv_holdsThePlantedConflicts();
    void csv_bareLineFeedsOnlyInsideQuotes();
    void json_shape();
    void markdownEscaped_data();
    void markdownEscaped();
    void markdownReport_sameSectionsAsThePdf();
    void writeExportFile_isAtomic();

private:
    ExportFixture::Story m_sample;
};

void TestDataExport::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Supported") << QStringLiteral("Supported");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("leading space kept") << QStringLiteral(" x") << QStringLiteral("\" x\"");
    QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("formula +") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
    QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("space before =") << QStringLiteral(" =1+2") << QStringLiteral("' =1+2");
    QTest::newRow("spaces before @") << QStringLiteral("   @SUM(A1)") << QStringLiteral("'   @SUM(A1)");
    QTest::newRow("line feed before -") << QStringLiteral("\n-2+3") << QStringLiteral("\"'\n-2+3\"");
    QTest::newRow("no-break space before +") << QStringLiteral("\u00a0+1") << QStringLiteral("'\u00a0+1");
    QTest::newRow("ideographic space before =") << QStringLiteral("\u3000=1") << QStringLiteral("'\u3000=1");
    QTest::newRow("full-width =") << QStringLiteral("\uff1dHYPERLINK(1)") << QStringLiteral("'\uff1dHYPERLINK(1)");
    QTest::newRow("full-width +") << QStringLiteral("\uff0b1") << QStringLiteral("'\uff0b1");
    QTest::newRow("full-width -") << QStringLiteral("\uff0d1") << QStringLiteral("'\uff0d1");
    QTest::newRow("full-width @") << QStringLiteral("\uff20SUM(A1)") << QStringLiteral("'\uff20SUM(A1)");
    QTest::newRow("small =") << QStringLiteral("\ufe661") << QStringLiteral("'\ufe661");
    QTest::newRow("space then text") << QStringLiteral(" a=b") << QStringLiteral("\" a=b\"");
    QTest::newRow("full-width letter") << QStringLiteral("\uff21=1") << QStringLiteral("\uff21=1");
    QTest::newRow("only spaces") << QStringLiteral("  ") << QStringLiteral("\"  \"");
    QTest::newRow("inner = is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("unicode") << QStringLiteral("Zürich — 3,2 Mio. €") << QStringLiteral("\"Zürich — 3,2 Mio. €\"");
}

void TestDataExport::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Crossread::csvField(text), expected);
}

void TestDataExport::claimsCsv_roundTrips()
{
    ExportFixture::Story story = m_sample;
    story.session.review.claims[1].statement = QStringLiteral("=cmd|' /C calc'!A0, \"quoted\"\nsecond line");
    const QByteArray bytes = claimsCsv(story.session, story.analysis.articles);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).first(), QStringLiteral("id"));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), rows.at(0).size());
    QCOMPARE(rows.at(1).at(1), QStringLiteral("The state grant for the GPS units was $3.2 million."));
    QCOMPARE(rows.at(1).at(2), QStringLiteral("Supported"));
    QVERIFY(rows.at(1).at(3).contains(QStringLiteral("Port Calloway Courier")));
    QVERIFY(rows.at(1).at(6).contains(QStringLiteral("$2.3 million")));
    QVERIFY(rows.at(1).at(6).contains(QStringLiteral("likely a typo")));
    // The formula is neutralised, the rest of the cell kept exactly.
    QCOMPARE(rows.at(2).at(1), QStringLiteral("'=cmd|' /C calc'!A0, \"quoted\"\nsecond line"));
    QCOMPARE(rows.at(2).at(2), QStringLiteral("False"));
}

void TestDataExport::factsCsv_holdsThePlantedConflicts()
{
    const QByteArray bytes = factsCsv(m_sample.analysis);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QVERIFY(rows.size() > 10);
    bool grant23 = false;
    bool may10 = false;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 10);
        grant23 = grant23 || (row.at(7) == u"$2.3 million" && row.at(3) == u"conflict" && row.at(8) == u"2300000 USD");
        may10 = may10 || (row.at(7) == u"May 10" && row.at(3) == u"conflict");
    }
    QVERIFY(grant23);
    QVERIFY(may10);
}

void TestDataExport::csv_bareLineFeedsOnlyInsideQuotes()
{
    // RFC 4180: records end with CRLF; every other line break sits inside a quoted field.
    const QString text = QString::fromUtf8(claimsCsv(m_sample.session, m_sample.analysis.articles).mid(3));
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        else if (text.at(i) == u'\n' && !quoted)
            QVERIFY2(i > 0 && text.at(i - 1) == u'\r', "a record ends without CR");
    }
}

void TestDataExport::json_shape()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reviewJson(m_sample.session, m_sample.analysis), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("crossread-review"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("articles")).toArray().size(), m_sample.analysis.articles.size());
    const QJsonArray claims = root.value(QStringLiteral("claims")).toArray();
    QCOMPARE(claims.size(), 2);
    const QJsonObject grant = claims.at(0).toObject();
    QCOMPARE(grant.value(QStringLiteral("verdict")).toString(), QStringLiteral("Supported"));
    QCOMPARE(grant.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Dana Okafor"));
    const QJsonObject contradicts = grant.value(QStringLiteral("evidence")).toArray().at(1).toObject();
    QCOMPARE(contradicts.value(QStringLiteral("role")).toString(), QStringLiteral("contradicts"));
    const QJsonObject anchor = contradicts.value(QStringLiteral("anchor")).toObject();
    QCOMPARE(anchor.value(QStringLiteral("quote")).toString(), QStringLiteral("$2.3 million"));
    // Offsets are code points of the article's text: the quote is there.
    const int article = anchor.value(QStringLiteral("article")).toInt();
    const QString text = m_sample.analysis.articles.at(article).text;
    const QList<uint> points = text.toUcs4();
    const auto start = anchor.value(QStringLiteral("start")).toInteger();
    const auto end = anchor.value(QStringLiteral("end")).toInteger();
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + start, end - start), QStringLiteral("$2.3 million"));
    QCOMPARE(root.value(QStringLiteral("annotations")).toArray().size(), 3);
    QVERIFY(root.value(QStringLiteral("facts")).toArray().size() > 10);
}

void TestDataExport::markdownEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("The grant") << QStringLiteral("The grant");
    QTest::newRow("html") << QStringLiteral("<img src=x> <b>b</b>") << QStringLiteral("\\<img src=x\\> \\<b\\>b\\</b\\>");
    QTest::newRow("entity") << QStringLiteral("&amp;") << QStringLiteral("\\&amp;");
    QTest::newRow("emphasis") << QStringLiteral("*a* _b_ `c`") << QStringLiteral("\\*a\\* \\_b\\_ \\`c\\`");
    QTest::newRow("link") << QStringLiteral("[x](http://y)") << QStringLiteral("\\[x\\](http://y)");
    QTest::newRow("image") << QStringLiteral("![i](u)") << QStringLiteral("\\!\\[i\\](u)");
    QTest::newRow("table pipe") << QStringLiteral("a | b") << QStringLiteral("a \\| b");
    QTest::newRow("heading") << QStringLiteral("# Title") << QStringLiteral("\\# Title");
    QTest::newRow("list") << QStringLiteral("- item") << QStringLiteral("\\- item");
    QTest::newRow("ordered list") << QStringLiteral("12. item") << QStringLiteral("12\\. item");
    QTest::newRow("inner dot") << QStringLiteral("$3.2 million") << QStringLiteral("$3.2 million");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("newline") << QStringLiteral("a\n# b") << QStringLiteral("a \\# b");
}

void TestDataExport::markdownEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Crossread::markdownEscaped(text), expected);
}

void TestDataExport::markdownReport_sameSectionsAsThePdf()
{
    const QString md = markdownReport(m_sample.session, m_sample.analysis, ReportOptions{});
    for (const char *heading : {"## Sources", "## Summary", "## Claims and verdicts", "### Scorecard by outlet",
                                "## Fact matrix", "## Passages side by side"})
        QVERIFY2(md.contains(QString::fromLatin1(heading)), heading);
    QVERIFY(md.contains(QStringLiteral("$2.3 million")));
    QVERIFY(md.contains(QStringLiteral("May 10")));
    QVERIFY(md.contains(QStringLiteral("Supported")));
    QVERIFY(md.contains(QStringLiteral("Courier's grant figure differs")));
    // The injected note is escaped: no raw tag, no raw entity survives.
    // Every '<' and '&' of user text is escaped.
    QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)[<&]"))));
    QVERIFY(md.contains(QStringLiteral("\\<img src=http://127.0.0.1:9/x.png\\>")));
    QVERIFY(md.contains(QStringLiteral("\\&amp;")));
}

void TestDataExport::writeExportFile_isAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("claims.csv"));
    QVERIFY(writeExportFile(path, "first").hasValue());
    QVERIFY(writeExportFile(path, "second").hasValue());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second"));
    const QString bad = dir.filePath(QStringLiteral("missing/claims.csv"));
    const auto failed = writeExportFile(bad, "x");
    QVERIFY(!failed.hasValue());
    QVERIFY2(failed.error().contains(bad), qPrintable(failed.error()));
}

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
