// SPDX-License-Identifier: GPL-3.0-or-later
// Plain-text import: one row per byline/date form, per headline rule and per fixture.
#include "import/bylines.h"
#include "import/importer.h"
#include "core/segmentation.h"

#include <QFile>
#include <QTest>

using namespace Crossread;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CROSSREAD_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

Article importText(const QString &text)
{
    ImportResult result = importSource(ImportSource{text.toUtf8(), QStringLiteral("pasted.txt"), FormatHint::PlainText});
    if (!result)
        qWarning("import failed: %s", qPrintable(result.error().message()));
    return result ? result.value() : Article{};
}

QStringList paragraphTexts(const Article &article, BoilerplateKind kind)
{
    QStringList texts;
    for (const Paragraph &paragraph : article.paragraphs) {
        if (paragraph.boilerplate == kind)
            texts.append(paragraph.span.in(article.text).toString());
    }
    return texts;
}

} // namespace

class TestTextImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void metadataLine_data();
    void metadataLine();
    void articleText_data();
    void articleText();
    void headline_data();
    void headline();
    void fixtures_data();
    void fixtures();
    void offsetsAreFileContent_data();
    void offsetsAreFileContent();
    void publishedWinsOverUpdated_data();
    void publishedWinsOverUpdated();
    void bylinesStayOutOfComparison();
    void wholePageCopyKeepsTheStoryOnly();
    void commentsAndTeaserListsLeftOut();
    void liveBlogEntriesKept();
    void publicationStampsInsideTheStory();
    void userDecidedParagraphsKept();
    void windows1252Notice();
};

void TestTextImport::metadataLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("date");      // ISO cut to precision, empty when none
    QTest::addColumn<QString>("time");      // HH:mm, empty when none
    QTest::addColumn<bool>("updated");

    const QString none;
    auto row = [](const char *name) { return &QTest::newRow(name); };
    *row("Published Apr 19th, 2023 5:07PM EDT") << QStringLiteral("Published Apr 19th, 2023 5:07PM EDT") << none << none
                                                << QStringLiteral("2023-04-19") << QStringLiteral("17:07") << false;
    *row("April 20, 2023") << QStringLiteral("April 20, 2023") << none << none << QStringLiteral("2023-04-20") << none
                           << false;
    *row("time before the date") << QStringLiteral("Published 11:34 PM EST Nov 19, 2019") << none << none
                                 << QStringLiteral("2019-11-19") << QStringLiteral("23:34") << false;
    *row("time, weekday, date") << QStringLiteral("PUBLISHED: 10:48, Tue, Nov 19, 2019") << none << none
                                << QStringLiteral("2019-11-19") << QStringLiteral("10:48") << false;
    *row("time after a slash") << QStringLiteral("First published on November 19, 2019 / 8:16 AM") << none << none
                               << QStringLiteral("2019-11-19") << QStringLiteral("08:16") << false;
    *row("time after a bullet") << QStringLiteral("19 November 2019 \u2022 1:16pm") << none << none
                                << QStringLiteral("2019-11-19") << QStringLiteral("13:16") << false;
    *row("time in two zones") << QStringLiteral("Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)") << none << none
                              << QStringLiteral("2019-11-18") << QStringLiteral("16:05") << false;
    *row("dash before the stamp") << QStringLiteral("- Nov. 18th 2019 8:54 am PT") << none << none
                                  << QStringLiteral("2019-11-18") << QStringLiteral("08:54") << false;
    *row("updated on, time after a slash") << QStringLiteral("Updated on: November 19, 2019 / 10:07 AM") << none << none
                                           << QStringLiteral("2019-11-19") << QStringLiteral("10:07") << true;
    *row("Updated 2023/04/21 at 12:21 PM") << QStringLiteral("Updated 2023/04/21 at 12:21 PM") << none << none
                                           << QStringLiteral("2023-04-21") << QStringLiteral("12:21") << true;
    *row("By Jane Doe") << QStringLiteral("By Jane Doe") << QStringLiteral("Jane Doe") << none << none << none << false;
    *row("By two authors, agency") << QStringLiteral("By Jane Doe and John Roe, Reuters")
                                   << QStringLiteral("Jane Doe, John Roe") << QStringLiteral("Reuters") << none << none
                                   << false;
    *row("name | role") << QStringLiteral("Jane Doe | Staff Writer") << QStringLiteral("Jane Doe") << none << none << none
                        << false;
    *row("name, role") << QStringLiteral("Jane Doe, Political Editor") << QStringLiteral("Jane Doe") << none << none
                       << none << false;
    *row("19 April 2023") << QStringLiteral("19 April 2023") << none << none << QStringLiteral("2023-04-19") << none
                          << false;
    *row("ISO 8601 UTC") << QStringLiteral("2023-04-19T10:00:00Z") << none << none << QStringLiteral("2023-04-19")
                         << QStringLiteral("10:00") << false;
    *row("ISO 8601 offset") << QStringLiteral("2023-04-19T10:00:00+02:00") << none << none
                            << QStringLiteral("2023-04-19") << QStringLiteral("10:00") << false;
    *row("Posted: weekday, dotted time, BST") << QStringLiteral("Posted: Wed 19 Apr 2023 09.15 BST") << none << none
                                              << QStringLiteral("2023-04-19") << QStringLiteral("09:15") << false;
    *row("Last updated: day-first") << QStringLiteral("Last updated: 21/04/2023") << none << none
                                    << QStringLiteral("2023-04-21") << none << true;
    *row("ambiguous numeric: day-first") << QStringLiteral("04/05/2023") << none << none << QStringLiteral("2023-05-04")
                                         << none << false;
    *row("ambiguous numeric with US zone: month-first") << QStringLiteral("04/05/2023 10:30 AM EDT") << none << none
                                                        << QStringLiteral("2023-04-05") << QStringLiteral("10:30")
                                                        << false;
    *row("month-first when day > 12") << QStringLiteral("04/21/2023") << none << none << QStringLiteral("2023-04-21")
                                      << none << false;
    *row("weekday with comma") << QStringLiteral("Thursday, April 20, 2023") << none << none
                               << QStringLiteral("2023-04-20") << none << false;
    *row("abbreviated month with period, a.m.") << QStringLiteral("Apr. 20, 2023 at 9 a.m.") << none << none
                                                << QStringLiteral("2023-04-20") << QStringLiteral("09:00") << false;
    *row("ordinal of month") << QStringLiteral("Published on 3rd of May, 2023") << none << none
                             << QStringLiteral("2023-05-03") << none << false;
    *row("month precision") << QStringLiteral("October 2022") << none << none << QStringLiteral("2022-10") << none
                            << false;
    *row("labelled year precision") << QStringLiteral("Published: 2023") << none << none << QStringLiteral("2023")
                                    << none << false;
    *row("Source: outlet") << QStringLiteral("Source: The Harbourline Gazette") << none
                           << QStringLiteral("The Harbourline Gazette") << none << none << false;
    *row("byline and date on one line") << QStringLiteral("By Jane Doe | April 20, 2023") << QStringLiteral("Jane Doe")
                                        << none << QStringLiteral("2023-04-20") << none << false;
    *row("upper-case byline with role") << QStringLiteral("By JANE DOE, Staff Writer") << QStringLiteral("JANE DOE")
                                        << none << none << none << false;
    *row("written by, particles") << QStringLiteral("Written by Ana de la Cruz") << QStringLiteral("Ana de la Cruz")
                                  << none << none << none << false;
    *row("byline with outlet name") << QStringLiteral("By Jane Doe, The Harbourline Gazette")
                                    << QStringLiteral("Jane Doe") << QStringLiteral("The Harbourline Gazette") << none
                                    << none << false;
    *row("outlet beside a date") << QStringLiteral("Harbour Post — April 7, 2011") << none
                                 << QStringLiteral("Harbour Post") << QStringLiteral("2011-04-07") << none << false;
    *row("one-word outlet beside a date") << QStringLiteral("CoastWire — April 7, 2011") << none
                                          << QStringLiteral("CoastWire") << QStringLiteral("2011-04-07") << none << false;
    *row("outlet with article beside a date") << QStringLiteral("The Calloway Evening Star — April 7, 2011") << none
                                              << QStringLiteral("The Calloway Evening Star") << QStringLiteral("2011-04-07")
                                              << none << false;
    *row("name beside a date stays the author") << QStringLiteral("Jane Doe — April 20, 2023") << QStringLiteral("Jane Doe")
                                                << none << QStringLiteral("2023-04-20") << none << false;
    *row("three authors") << QStringLiteral("By Jane Doe, John Roe and Ama Mensah") << QStringLiteral("Jane Doe, John Roe, Ama Mensah")
                          << none << none << none << false;
    *row("initials and hyphen") << QStringLiteral("By J. R. Vance-Reddick") << QStringLiteral("J. R. Vance-Reddick")
                                << none << none << none << false;

    // Article text that merely looks like metadata: nothing recognised.
    *row("sentence starting with By a weekday") << QStringLiteral("By Tuesday, officials said the bridge would reopen.")
                                                << none << none << none << none << false;
    *row("sentence starting with By the") << QStringLiteral("By the time the ferry arrived, the pier was empty.") << none
                                          << none << none << none << false;
    *row("sentence with a date") << QStringLiteral("On April 20, 2023, the council voted.") << none << none << none << none
                                 << false;
    *row("date then words") << QStringLiteral("April 20, 2023 was a Thursday.") << none << none << none << none << false;
    *row("bare name") << QStringLiteral("Jane Doe") << none << none << none << none << false;
    *row("bare role") << QStringLiteral("Staff Writer") << none << none << none << none << false;
    *row("title-case headline") << QStringLiteral("Port Calloway Sets A Hearing") << none << none << none << none << false;
    *row("headline with a role word") << QStringLiteral("Political Editor Quits | Jane Doe") << none << none << none
                                      << none << false;
    *row("dateline opening a paragraph") << QStringLiteral("PORT CALLOWAY — The authority will sell its data.") << none
                                         << none << none << none << false;
    *row("unlabelled year") << QStringLiteral("2023") << none << none << none << none << false;
    *row("impossible date") << QStringLiteral("31/02/2023") << none << none << none << none << false;
    *row("Published in a sentence") << QStringLiteral("Published in 1987, the report said little.") << none << none
                                    << none << none << false;
    *row("month and day without year") << QStringLiteral("April 20") << none << none << none << none << false;
    *row("source that is a sentence") << QStringLiteral("Source: officials said the deal was done") << none << none
                                      << none << none << false;
}

void TestTextImport::metadataLine()
{
    QFETCH(QString, line);
    QFETCH(QString, author);
    QFETCH(QString, outlet);
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(bool, updated);
    const MetadataLine meta = parseMetadataLine(line);
    QCOMPARE(meta.author, author);
    QCOMPARE(meta.outlet, outlet);
    QCOMPARE(meta.date.isoString(), date);
    QCOMPARE(meta.date.time.isValid() ? meta.date.time.toString(u"HH:mm") : QString(), time);
    QCOMPARE(meta.updated, updated);
    QCOMPARE(meta.isMetadata(), !author.isEmpty() || !outlet.isEmpty() || !date.isEmpty());
}

void TestTextImport::articleText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QStringList>("bylines");

    QTest::newRow("byline and date under the headline")
        << QStringLiteral("Ferry resumes\n\nBy Jane Doe\nApril 20, 2023\n\nThe ferry resumed on Monday.")
        << QStringLiteral("Jane Doe") << QStringList{QStringLiteral("By Jane Doe"), QStringLiteral("April 20, 2023")};
    QTest::newRow("name line above role line")
        << QStringLiteral("Ferry resumes\n\nJane Doe\nStaff Writer\n\nThe ferry resumed on Monday.")
        << QStringLiteral("Jane Doe") << QStringList{QStringLiteral("Jane Doe"), QStringLiteral("Staff Writer")};
    QTest::newRow("role line beside byline across a blank line")
        << QStringLiteral("Ferry resumes\n\nBy Jane Doe\n\nSenior Correspondent\n\nThe ferry resumed.")
        << QStringLiteral("Jane Doe") << QStringList{QStringLiteral("By Jane Doe"), QStringLiteral("Senior Correspondent")};
    QTest::newRow("bare name alone is article text")
        << QStringLiteral("Ferry resumes\n\nJane Doe\n\nThe ferry resumed on Monday.") << QString() << QStringList{};
    QTest::newRow("metadata past the first eight lines is text")
        << QStringLiteral("H\n\nL2\n\nL3\n\nL4\n\nL5\n\nL6\n\nL7\n\nL8\n\nBy Jane Doe\n\nBody.") << QString()
        << QStringList{};
    QTest::newRow("headline and byline in one paragraph, text after")
        << QStringLiteral("Ferry resumes\nBy Jane Doe\nThe ferry resumed\non Monday.\n\nMore.")
        << QStringLiteral("Jane Doe") << QStringList{QStringLiteral("By Jane Doe")};
}

void TestTextImport::articleText()
{
    QFETCH(QString, text);
    QFETCH(QString, author);
    QFETCH(QStringList, bylines);
    const Article article = importText(text);
    QCOMPARE(article.text, text);
    QCOMPARE(article.meta.author, author);
    QCOMPARE(paragraphTexts(article, BoilerplateKind::Byline), bylines);
    // Paragraphs stay ordered, trimmed and disjoint.
    qsizetype previousEnd = 0;
    for (const Paragraph &paragraph : article.paragraphs) {
        QVERIFY(paragraph.span.start >= previousEnd);
        QVERIFY(!paragraph.span.isEmpty());
        QVERIFY(!paragraph.span.in(article.text).front().isSpace());
        QVERIFY(!paragraph.span.in(article.text).back().isSpace());
        previousEnd = paragraph.span.end;
    }
}

void TestTextImport::headline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("headingParagraph");

    QTest::newRow("first line") << QStringLiteral("Ferry resumes\n\nThe ferry resumed.") << QStringLiteral("Ferry resumes")
                                << QStringLiteral("Ferry resumes");
    QTest::newRow("leading blank lines") << QStringLiteral("\n\n  \nFerry resumes\n\nBody.")
                                         << QStringLiteral("Ferry resumes") << QStringLiteral("Ferry resumes");
    QTest::newRow("first line of a wrapped paragraph") << QStringLiteral("Ferry resumes\nafter refit\n\nBody.")
                                                       << QStringLiteral("Ferry resumes") << QStringLiteral("Ferry resumes");
    QTest::newRow("no blank lines at all") << QStringLiteral("Ferry resumes\nThe ferry resumed.\nMore text.")
                                           << QStringLiteral("Ferry resumes") << QStringLiteral("Ferry resumes");
    QTest::newRow("dateline above headline") << QStringLiteral("Updated 2023/04/21 at 12:21 PM\nFerry resumes\n\nBody.")
                                             << QStringLiteral("Ferry resumes") << QStringLiteral("Ferry resumes");
    QTest::newRow("spaces inside simplified") << QStringLiteral("  Ferry \t resumes  \n\nBody.")
                                              << QStringLiteral("Ferry resumes") << QStringLiteral("Ferry \t resumes");
    QTest::newRow("one long line has no headline") << QString(400, u'x') << QString() << QString();
    QTest::newRow("headline that looks like a role") << QStringLiteral("Staff Writer\nBy Jane Doe\n\nBody.")
                                                     << QStringLiteral("Staff Writer") << QStringLiteral("Staff Writer");
    // Copied from a browser, with the page's furniture above the headline.
    QTest::newRow("ad marker above headline") << QStringLiteral("Advertisement\n\nFerry resumes\n\nThe ferry resumed.")
                                              << QStringLiteral("Ferry resumes") << QStringLiteral("Ferry resumes");
    QTest::newRow("video ad prompt above headline")
        << QStringLiteral("The video will play after this ad\nSkip ad\n\nFerry resumes\n\nThe ferry resumed.")
        << QStringLiteral("Ferry resumes") << QStringLiteral("Ferry resumes");
    // A whole page selected and copied: the site's menu comes first, the headline sits right
    // above the story's first paragraph.
    QTest::newRow("menu lines above headline")
        << QStringLiteral("Home\n\nNews\n\nSport\n\nWeather\n\nLocal\n\nFerry resumes after winter refit\n\n"
                          "The harbour ferry carried its first passengers in four months on Tuesday, after a refit that cost the town more than planned.\n\n"
                          "Crews replaced both engines and the passenger deck, the harbour master told the council.")
        << QStringLiteral("Ferry resumes after winter refit") << QStringLiteral("Ferry resumes after winter refit");
    // Above the story only one-word section names: the question that opens the main text is its
    // headline, and the menu above stays out.
    QTest::newRow("question opens the main text")
        << QStringLiteral("Home\n\nNews\n\nSport\n\nWeather\n\nOpinion\n\nCommentary\n\nShare\n\nIs the ferry worth its refit?\n\n"
                          "The harbour ferry carried its first passengers in four months on Tuesday, after a refit that cost the town more than planned.\n\n"
                          "Crews replaced both engines and the passenger deck, the harbour master told the council.")
        << QStringLiteral("Is the ferry worth its refit?") << QStringLiteral("Is the ferry worth its refit?");
}

void TestTextImport::headline()
{
    QFETCH(QString, text);
    QFETCH(QString, headline);
    QFETCH(QString, headingParagraph);
    const Article article = importText(text);
    QCOMPARE(article.meta.headline, headline);
    QStringList headings;
    for (const Paragraph &paragraph : article.paragraphs) {
        if (paragraph.heading)
            headings.append(paragraph.span.in(article.text).toString());
    }
    QCOMPARE(headings, headingParagraph.isEmpty() ? QStringList{} : QStringList{headingParagraph});
}

void TestTextImport::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QStringList>("bylines");
    QTest::addColumn<QStringList>("furniture");   // other boilerplate paragraphs, in order

    QTest::newRow("harbour-ferry.txt")
        << fixture("harbour-ferry.txt") << QStringLiteral("Marston ferry to resume after winter repairs")
        // The outlet from the copyright line at the foot (#19): no byline names it.
        << QStringLiteral("Odile Franck-Mensah") << QStringLiteral("Marston Courier") << QStringLiteral("2024-03-03")
        << QStringList{QStringLiteral("By Odile Franck-Mensah"), QStringLiteral("Published Mar 3rd, 2024 8:15AM GMT")}
        << QStringList{QStringLiteral("Advertisement"),
                       QStringLiteral("Sign up for our free morning newsletter to get the day's headlines delivered to your inbox."),
                       QStringLiteral("Read more: Holt harbour wall to be rebuilt next spring"),
                       QStringLiteral("Odile Franck-Mensah is a senior reporter at the Marston Courier covering transport and the coast."),
                       QStringLiteral("\u00A9 2024 Marston Courier. All rights reserved.")};
    QTest::newRow("holt-wall-crlf.txt")
        << fixture("holt-wall-crlf.txt") << QStringLiteral("Holt council approves harbour wall budget")
        << QStringLiteral("Priya Anand-Kessler, Tomas Lindgren") << QStringLiteral("Coastline Wire")
        << QStringLiteral("2024-03-06")
        << QStringList{QStringLiteral("By Priya Anand-Kessler and Tomas Lindgren, Coastline Wire"),
                       QStringLiteral("Posted: Wed 6 Mar 2024 09.15 GMT")}
        << QStringList{};
    QTest::newRow("quarry-bom.txt")
        << fixture("quarry-bom.txt") << QStringLiteral("Quarry expansion plan withdrawn after protest")
        << QStringLiteral("Ines Varga") << QStringLiteral("The Fenmoor Chronicle") << QStringLiteral("2024-03-21")
        << QStringList{QStringLiteral("Last updated: 21/03/2024"), QStringLiteral("Ines Varga | Staff Writer"),
                       QStringLiteral("Source: The Fenmoor Chronicle")}
        << QStringList{};
}

void TestTextImport::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, headline);
    QFETCH(QString, author);
    QFETCH(QString, outlet);
    QFETCH(QString, published);
    QFETCH(QStringList, bylines);
    QFETCH(QStringList, furniture);

    const ImportResult result = importFile(file);
    QVERIFY2(result.hasValue(), result ? "" : qPrintable(result.error().message()));
    const Article &article = result.value();
    QCOMPARE(article.format, SourceFormat::PlainText);
    QCOMPARE(article.meta.headline, headline);
    QCOMPARE(article.meta.author, author);
    QCOMPARE(article.meta.outlet, outlet);
    QCOMPARE(article.meta.published.isoString(), published);
    QCOMPARE(paragraphTexts(article, BoilerplateKind::Byline), bylines);
    QStringList found;
    for (const Paragraph &paragraph : article.paragraphs) {
        if (paragraph.isBoilerplate() && paragraph.boilerplate != BoilerplateKind::Byline)
            found.append(paragraph.span.in(article.text).toString());
    }
    QCOMPARE(found, furniture);
}

void TestTextImport::offsetsAreFileContent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("bomBytes");
    QTest::newRow("UTF-8") << fixture("harbour-ferry.txt") << 0;
    QTest::newRow("CRLF") << fixture("holt-wall-crlf.txt") << 0;
    QTest::newRow("UTF-8 BOM") << fixture("quarry-bom.txt") << 3;
}

void TestTextImport::offsetsAreFileContent()
{
    QFETCH(QString, file);
    QFETCH(int, bomBytes);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString content = QString::fromUtf8(bytes.mid(bomBytes));
    QVERIFY(!content.startsWith(QChar(0xFEFF)));

    const ImportResult result = importFile(file);
    QVERIFY(result.hasValue());
    const Article &article = result.value();
    QCOMPARE(article.text, content);   // nothing changed: not line endings, not spaces
    QCOMPARE(article.originalBytes, bytes);
    for (const Paragraph &paragraph : article.paragraphs) {
        const QStringView text = paragraph.span.in(article.text);
        QVERIFY(!text.startsWith(u'\r') && !text.endsWith(u'\r'));
    }
    const Segmentation segmentation = segment(article);
    for (const Token &token : segmentation.tokens)
        QVERIFY(!token.span.in(article.text).contains(u'\r'));
}

void TestTextImport::publishedWinsOverUpdated_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("published");
    QTest::newRow("published first") << QStringLiteral("Head\n\nPublished April 19, 2023\nUpdated April 21, 2023\n\nBody.")
                                     << QStringLiteral("2023-04-19");
    QTest::newRow("updated first") << QStringLiteral("Head\n\nUpdated April 21, 2023\nPublished April 19, 2023\n\nBody.")
                                   << QStringLiteral("2023-04-19");
    QTest::newRow("only updated") << QStringLiteral("Head\n\nUpdated April 21, 2023\n\nBody.") << QStringLiteral("2023-04-21");
    QTest::newRow("plain date then updated") << QStringLiteral("Head\n\nApril 19, 2023\nLast updated: 21/04/2023\n\nBody.")
                                             << QStringLiteral("2023-04-19");
}

void TestTextImport::publishedWinsOverUpdated()
{
    QFETCH(QString, text);
    QFETCH(QString, published);
    QCOMPARE(importText(text).meta.published.isoString(), published);
}

void TestTextImport::bylinesStayOutOfComparison()
{
    const ImportResult result = importFile(fixture("harbour-ferry.txt"));
    QVERIFY(result.hasValue());
    const Article &article = result.value();
    const Segmentation segmentation = segment(article);
    bool sawBylineSentence = false;
    for (const Sentence &sentence : segmentation.sentences) {
        const Paragraph &paragraph = article.paragraphs.at(sentence.paragraph);
        QCOMPARE(sentence.boilerplate, paragraph.isBoilerplate());
        if (paragraph.boilerplate == BoilerplateKind::Byline) {
            sawBylineSentence = true;
            QVERIFY(sentence.boilerplate);
        }
    }
    QVERIFY(sawBylineSentence);
}

namespace {

const QStringList ferryStory{
    QStringLiteral("Ferry resumes after winter refit"),
    QStringLiteral("By Lena Marsh"),
    QStringLiteral("The harbour ferry carried its first passengers in four months on Tuesday, after a refit that cost the town more than planned."),
    QStringLiteral("Crews replaced both engines and the passenger deck, the harbour master told the council on Monday evening."),
    QStringLiteral("Crossings will take twelve minutes instead of twenty, and the first boat leaves at six in the morning."),
};

QStringList keptLines(const Article &article)
{
    QStringList kept;
    for (const Paragraph &paragraph : article.paragraphs) {
        if (!paragraph.isBoilerplate())
            kept.append(paragraph.span.in(article.text).toString());
    }
    return kept;
}

} // namespace

void TestTextImport::wholePageCopyKeepsTheStoryOnly()
{
    // A page selected whole in a browser and saved as text: the menu, the teasers and the
    // footer around the story are furniture, while everything of the story stays, including a
    // short last sentence after an ad block, a subheading and the table of figures it ends with.
    const QStringList menu{QStringLiteral("Skip to content"), QStringLiteral("Home"), QStringLiteral("News"),
                           QStringLiteral("Business"), QStringLiteral("Sport"), QStringLiteral("Opinion"),
                           QStringLiteral("Weather")};
    const QStringList story{
        QStringLiteral("Ferry resumes after winter refit"),
        QStringLiteral("By Lena Marsh"),
        QStringLiteral("The harbour ferry carried its first passengers in four months on Tuesday, after a refit that cost the town more than planned."),
        QStringLiteral("Crews replaced both engines and the passenger deck, the harbour master told the council on Monday evening."),
        QStringLiteral("What changes for passengers"),
        QStringLiteral("Crossings will take twelve minutes instead of twenty, and the first boat leaves at six in the morning."),
        QStringLiteral("Advertisement"),
        QStringLiteral("The old timetable ends on Sunday."),
        QStringLiteral("Fares from May"),
        QStringLiteral("Adult single: 4.50"),
        QStringLiteral("Child single: 2.20"),
        QStringLiteral("Season ticket: 180"),
    };
    const QStringList footer{QStringLiteral("More from News"), QStringLiteral("Council votes on bus lanes"),
                             QStringLiteral("School roof repairs delayed again"), QStringLiteral("Market hall to reopen"),
                             QStringLiteral("Contact us"), QStringLiteral("Terms of use"), QStringLiteral("Careers")};
    const Article article = importText((menu + story + footer).join(QStringLiteral("\n\n")));
    QCOMPARE(article.meta.headline, story.first());
    QCOMPARE(article.meta.author, QStringLiteral("Lena Marsh"));
    QStringList kept;
    QStringList marked;
    for (const Paragraph &paragraph : article.paragraphs)
        (paragraph.isBoilerplate() ? marked : kept).append(paragraph.span.in(article.text).toString());
    QStringList storyText = story;
    storyText.removeAll(QStringLiteral("By Lena Marsh"));   // a byline: metadata
    storyText.removeAll(QStringLiteral("Advertisement"));
    QCOMPARE(kept, storyText);
    for (const QString &line : menu + footer)
        QVERIFY2(marked.contains(line), qPrintable(line));

    // The same story saved on its own keeps every line but the byline and the ad marker.
    const Article alone = importText(story.join(QStringLiteral("\n\n")));
    QStringList aloneKept;
    for (const Paragraph &paragraph : alone.paragraphs) {
        if (!paragraph.isBoilerplate())
            aloneKept.append(paragraph.span.in(alone.text).toString());
    }
    QCOMPARE(aloneKept, storyText);

    // A closing table of "label: value" rows without figures is the story's too; headlines
    // with a colon in the footer ("Review: …") are no such rows.
    QStringList calls = story.first(8);
    calls << QStringLiteral("Where the ferry calls") << QStringLiteral("Holt pier: weekdays only")
          << QStringLiteral("North quay (Velmora): every morning") << QStringLiteral("Old harbour: Sundays and holidays")
          << QStringLiteral("Marsh landing: on request");
    const QStringList reviews{QStringLiteral("More from News"),
                              QStringLiteral("Kittiwake II review: the quietest crossing the harbour has had in years"),
                              QStringLiteral("Harbour cafe review: good chips, slow service and a view of the whole estuary"),
                              QStringLiteral("Bus lane plan explained: what changes on the ring road next spring")};
    QStringList callsText = calls;
    callsText.removeAll(QStringLiteral("By Lena Marsh"));
    callsText.removeAll(QStringLiteral("Advertisement"));
    QCOMPARE(keptLines(importText((menu + calls + reviews + footer).join(QStringLiteral("\n\n")))), callsText);
}


void TestTextImport::commentsAndTeaserListsLeftOut()
{
    // Under the story, a list of teasers (title, author, date, a line of text) and the readers'
    // comments, whose text is more prose than the story's: all of it is furniture.
    const QStringList teasers{
        QStringLiteral("More from the Harbour Gazette"),
        QStringLiteral("Council votes on bus lanes"), QStringLiteral("Pia Holm"), QStringLiteral("Tuesday March 12, 2024"),
        QStringLiteral("The council will decide next week whether two new bus lanes are built on the ring road."),
        QStringLiteral("School roof repairs delayed again"), QStringLiteral("Tom Reyes"), QStringLiteral("Monday March 11, 2024"),
        QStringLiteral("Builders found more damage than expected when they lifted the first roof tiles."),
        QStringLiteral("Market hall to reopen in June"), QStringLiteral("Pia Holm"), QStringLiteral("Monday March 11, 2024"),
        QStringLiteral("Traders will move back into the market hall after a two-year renovation."),
    };
    const QStringList comments{
        QStringLiteral("3 responses to \u201CFerry resumes after winter refit\u201D"),
        QStringLiteral("harbourwatcher says:"), QStringLiteral("March 12, 2024 at 6:34 am"),
        QStringLiteral("About time too. The old boat broke down every other week last winter and nobody could plan anything around it."),
        QStringLiteral("islandmum says:"), QStringLiteral("March 12, 2024 at 7:02 am"),
        QStringLiteral("Twelve minutes instead of twenty will make a real difference to the school run. I hope the fares stay where they are."),
        QStringLiteral("Brian K says:"), QStringLiteral("March 12, 2024 at 8:15 am"),
        QStringLiteral("Who is paying for the overrun? The council told us the refit would cost less than a new vessel and now it costs more."),
        QStringLiteral("The council should publish the contract so that we can all see what the engines cost and who approved the extra work."),
        QStringLiteral("Leave a Reply"),
    };
    const Article article = importText((ferryStory + teasers + comments).join(QStringLiteral("\n\n")));
    QCOMPARE(article.meta.headline, ferryStory.first());
    QStringList storyText = ferryStory;
    storyText.removeAll(QStringLiteral("By Lena Marsh"));
    QCOMPARE(keptLines(article), storyText);
    // A thread of one, under a heading that counts it; a WordPress heading that repeats the
    // story's headline ("3 thoughts on “…”").
    const QStringList one{
        QStringLiteral("1 comment"),
        QStringLiteral("Stephanie September 17, 2024 - 1:01 pm"),
        QStringLiteral("We rode it this morning and the crossing really is quicker now. The new deck is much warmer too."),
        QStringLiteral("Reply"),
    };
    QCOMPARE(keptLines(importText((ferryStory + one).join(QStringLiteral("\n\n")))), storyText);
    QStringList thoughts = comments;
    thoughts[0] = QStringLiteral("3 thoughts on \u201CFerry resumes after winter refit as the harbour town counts the cost of a "
                                 "refit that ran over\u201D");
    for (QString &line : thoughts)
        line.remove(QStringLiteral(" says:"));
    QCOMPARE(keptLines(importText((ferryStory + thoughts).join(QStringLiteral("\n\n")))), storyText);
    // Each part alone, under the story, is left out too.
    QCOMPARE(keptLines(importText((ferryStory + comments).join(QStringLiteral("\n\n")))), storyText);
    QCOMPARE(keptLines(importText((ferryStory + teasers).join(QStringLiteral("\n\n")))), storyText);
    // A compact list: each teaser one paragraph, its title over its date.
    const QStringList compact{
        QStringLiteral("Recent"),
        QStringLiteral("Council votes on bus lanes\nMarch 12, 2024"),
        QStringLiteral("School roof repairs delayed again\nMarch 11, 2024"),
        QStringLiteral("Market hall to reopen in June\nMarch 11, 2024"),
        QStringLiteral("Lifeboat crew honoured for winter rescue\nMarch 10, 2024"),
    };
    const QStringList more{
        QStringLiteral("The refit was paid for from the harbour reserve, which the council will top up over the next three years."),
        QStringLiteral("A public meeting on the new timetable is planned for the town hall later this month."),
    };
    QCOMPARE(keptLines(importText((ferryStory + more + compact + ferryStory.mid(2, 1)).join(QStringLiteral("\n\n")))),
             storyText + more + ferryStory.mid(2, 1));
    // Headline links copied with their summaries and no break between them: each title glued to
    // its text ("…Bus LanesThe council will…"). A story line naming an "iPhone" in a headline's
    // words keeps its place: no summary follows the seam.
    const QStringList glued{
        QStringLiteral("Latest Headlines"),
        QStringLiteral("Council Votes On New Bus LanesThe council will decide next week whether two bus lanes are built."),
        QStringLiteral("School Roof Repairs Delayed Again?Builders found more damage than expected under the tiles."),
        QStringLiteral("Market Hall To Reopen In JuneTraders will move back into the hall after a two-year renovation."),
    };
    const QStringList brand{QStringLiteral("Ferry Riders Can Now Pay With An iPhone At The Gate, the operator said on Monday.")};
    QCOMPARE(keptLines(importText((ferryStory + brand + glued).join(QStringLiteral("\n\n")))), storyText + brand);
    // Teasers whose summaries are cut off mid-sentence; a paragraph of the story that trails
    // off with an ellipsis is no list. (Right above the list it would be read as its first
    // teaser: nothing but their shape tells them apart.)
    const QStringList cut{
        QStringLiteral("Council votes on bus lanes ORLIN: The council will decide next week whether two new bus lanes are built on the..."),
        QStringLiteral("School roof repairs delayed VELMORA: Builders found more damage than expected when they lifted the first..."),
        QStringLiteral("Market hall to reopen HARWICK: Traders will move back into the market hall after a renovation that took\u2026"),
    };
    const QStringList trailing{QStringLiteral("The skipper said the crossing felt shorter already, and then, smiling, added that the winter was...")};
    QCOMPARE(keptLines(importText((ferryStory.first(4) + trailing + ferryStory.mid(4) + cut).join(QStringLiteral("\n\n")))),
             storyText.first(3) + trailing + storyText.mid(3));
    // Teasers whose parts come in other orders: title, date, section and summary; title,
    // summary and how long ago. Summaries and titles may end like sentences; the lines between
    // one date and the next repeat one shape.
    const QStringList dated{
        QStringLiteral("Editors' Picks"),
        QStringLiteral("Did the council really spend $2 million on a bus lane?"), QStringLiteral("12 March 2024"),
        QStringLiteral("Fact Check"), QStringLiteral("A routine look at a rumour about the ring road."),
        QStringLiteral("Is the market hall haunted?"), QStringLiteral("11 March 2024"),
        QStringLiteral("Fact Check"), QStringLiteral("Traders say the noises started after the renovation."),
        QStringLiteral("Did the lifeboat crew rescue a cow?"), QStringLiteral("10 March 2024"),
        QStringLiteral("News"), QStringLiteral("The crew pulled a heifer from the estuary last week."),
    };
    const QStringList stamped{
        QStringLiteral("More in Harbour News"),
        QStringLiteral("Why farmers on the marsh paint their gates white"),
        QStringLiteral("Some thought it was a joke, but the paint keeps the cattle off the road"), QStringLiteral("32M ago"),
        QStringLiteral("Bus lanes approved after a long debate"),
        QStringLiteral("Councillors voted nine to four for the ring road plan"), QStringLiteral("1H ago"),
        QStringLiteral("Lifeboat crew honoured for winter rescue"),
        QStringLiteral("The crew of the Holt lifeboat received a medal from the mayor"), QStringLiteral("2H ago"),
    };
    // (A list is taken for teasers beside a story at least twice its length.)
    const QStringList rest{
        QStringLiteral("The harbour master said the new engines use a third less fuel than the old ones, which had been running since 1998 "
                       "and broke down eleven times last winter alone."),
        QStringLiteral("Passengers who bought season tickets before the refit will have them extended by four months, the operator said, "
                       "and the cafe on the upper deck will reopen at Easter with a new tenant."),
    };
    QCOMPARE(keptLines(importText((ferryStory + more + rest + dated).join(QStringLiteral("\n\n")))), storyText + more + rest);
    QCOMPARE(keptLines(importText((ferryStory + more + rest + stamped).join(QStringLiteral("\n\n")))), storyText + more + rest);
    // A section's most-read list: its label, then headlines, some under a kicker.
    const QStringList mostRead{
        QStringLiteral("Most read in world news"),
        QStringLiteral("SEA CHANGE"), QStringLiteral("Harbour town votes to ban jet skis after summer of complaints"),
        QStringLiteral("Lighthouse keeper's diary found in attic after 80 years"),
        QStringLiteral("TOUGH CROSSING"), QStringLiteral("Passengers stranded on island as fog grounds ferries"),
    };
    QCOMPARE(keptLines(importText((ferryStory + more + mostRead + rest).join(QStringLiteral("\n\n")))),
             storyText + more + rest);
    // Teaser cards led by a kicker in capitals: headline, source and section, sometimes a count
    // of votes, then a short summary. No date marks them, the cards differ in length, and the
    // story goes on under them.
    const QStringList cards{
        QStringLiteral("MARSH MYSTERY"), QStringLiteral("Why Farmers On The Marsh Paint Their Gates White"),
        QStringLiteral("holtpost.example Country Life"),
        QStringLiteral("Some thought it was a joke, but the paint keeps the cattle off the road at night."),
        QStringLiteral("'A LONG NIGHT'"), QStringLiteral("Lifeboat Crew Honoured For A Winter Rescue In The Estuary"), QStringLiteral("14"),
        QStringLiteral("votes Sea News"), QStringLiteral("The crew of the Holt lifeboat received a medal from the mayor on Friday."),
        QStringLiteral("PICKS | SPONSORED"), QStringLiteral("These Waterproof Boots Are Only $25 This Week"),
        QStringLiteral("shop.example Deals"), QStringLiteral("Over a thousand walkers gave them five stars, and they come in four colours."),
    };
    QCOMPARE(keptLines(importText((ferryStory + more + cards + rest).join(QStringLiteral("\n\n")))), storyText + more + rest);
    // A team sheet in the story under position labels in capitals: a name, a number, a line of
    // figures. No headline, so no teaser cards.
    const QStringList sheet{
        QStringLiteral("DL"), QStringLiteral("Ada Brenner"), QStringLiteral("57"), QStringLiteral("Two tackles and one sack in the first half."),
        QStringLiteral("LB"), QStringLiteral("Tom Okafor"), QStringLiteral("61"), QStringLiteral("Four tackles and one pass defended."),
        QStringLiteral("CB"), QStringLiteral("Ivo Lund"), QStringLiteral("44"), QStringLiteral("Three tackles and an interception late on."),
    };
    QCOMPARE(keptLines(importText((ferryStory + more + sheet + rest).join(QStringLiteral("\n\n")))), storyText + more + sheet + rest);
    // A fact-check's sources under the story: quoted titles with dates, interviews with dates;
    // one entry per paragraph, or one per line of a paragraph.
    const QStringList sources{
        QStringLiteral("Sources:"),
        QStringLiteral("Harbour Gazette, \u201CFerry refit runs over budget,\u201D March 2, 2024"),
        QStringLiteral("Orlin Borough Council, \u201CHarbour accounts 2023,\u201D accessed March 11, 2024"),
        QStringLiteral("Maritime Safety Office, \"Annual inspection report,\" 2023 edition"),
        QStringLiteral("Email interview with Ines Varga, harbour master, March 8, 2024"),
    };
    QCOMPARE(keptLines(importText((ferryStory + more + rest + sources).join(QStringLiteral("\n\n")))), storyText + more + rest);
    QStringList joined = sources.first(1);
    joined.append(sources.mid(1).join(u'\n'));
    QCOMPARE(keptLines(importText((ferryStory + more + rest + joined).join(QStringLiteral("\n\n")))), storyText + more + rest);
    // The story's own dated list (the ferry's calls, each ending in its date) has no label
    // naming sources and no quoted titles: it stays.
    const QStringList calls{
        QStringLiteral("Holt pier, Orlin, March 18, 2024"),
        QStringLiteral("North quay, Velmora, March 19, 2024"),
        QStringLiteral("Old harbour, Harwick, March 20, 2024"),
    };
    QCOMPARE(keptLines(importText((ferryStory + more + calls + rest).join(QStringLiteral("\n\n")))), storyText + more + calls + rest);
}

void TestTextImport::liveBlogEntriesKept()
{
    // A live blog: each entry is a time stamp over its text. No line says readers wrote them,
    // and they are the story.
    const QStringList blog{
        QStringLiteral("Storm Ada: live updates"),
        QStringLiteral("By Lena Marsh"),
        QStringLiteral("Storm Ada reached the coast on Tuesday morning, and the ferry, trains and schools are closed."),
        QStringLiteral("10:32 am"),
        QStringLiteral("The harbour master has closed the port until at least noon, a spokesman for the council said."),
        QStringLiteral("9:58 am"),
        QStringLiteral("Gusts of 90 mph were measured on the sea wall, the highest reading since the station opened."),
        QStringLiteral("9:15 am"),
        QStringLiteral("All schools in the district will stay closed today, the education office said in a statement."),
        QStringLiteral("8:40 am"),
        QStringLiteral("The first trains of the morning were cancelled after a tree fell across the line near Holt."),
    };
    const Article article = importText(blog.join(QStringLiteral("\n\n")));
    QCOMPARE(article.meta.headline, blog.first());
    QStringList kept = blog;
    kept.removeAll(QStringLiteral("By Lena Marsh"));
    QCOMPARE(keptLines(article), kept);

    // Entries with a title each, under stamps that say how long ago: the shape of a teaser list
    // (stamp, title, a short text), but every entry tells the story the blog opened with.
    const QStringList titled{
        QStringLiteral("Storm Ada: live updates"),
        QStringLiteral("By Lena Marsh"),
        QStringLiteral("Storm Ada reached the coast on Tuesday morning, and the ferry, trains and schools are closed."),
        QStringLiteral("12 min ago"),
        QStringLiteral("Port closed until noon"),
        QStringLiteral("The harbour master has closed the port until at least noon as Storm Ada reaches the coast."),
        QStringLiteral("40 min ago"),
        QStringLiteral("Record gusts on the sea wall"),
        QStringLiteral("Gusts of 90 mph were measured on the sea wall as the storm reached the coast this morning."),
        QStringLiteral("1 hr ago"),
        QStringLiteral("Schools closed"),
        QStringLiteral("All schools in the district are closed today because of the storm, the education office said."),
        QStringLiteral("2 hrs ago"),
        QStringLiteral("Trains cancelled"),
        QStringLiteral("The first trains of the morning were cancelled after the storm blew a tree across the line."),
    };
    kept = titled;
    kept.removeAll(QStringLiteral("By Lena Marsh"));
    QCOMPARE(keptLines(importText(titled.join(QStringLiteral("\n\n")))), kept);
}

void TestTextImport::publicationStampsInsideTheStory()
{
    // A copied page repeats its stamps between and under the story's paragraphs: they are
    // metadata like the ones above it, never dates of the story. A timeline's bare date stays.
    const QStringList page{
        QStringLiteral("Ferry resumes after winter refit"),
        QStringLiteral("The harbour ferry carried its first passengers in four months on Tuesday, after a refit that cost the town more than planned."),
        QStringLiteral("Published 11:34 PM EST Mar 12, 2024"),
        QStringLiteral("Crews replaced both engines and the passenger deck, the harbour master told the council on Monday evening."),
        QStringLiteral("The refit was paid for from the harbour reserve, which the council will top up over the next three years."),
        QStringLiteral("A public meeting on the new timetable is planned for the town hall later this month."),
        QStringLiteral("How the refit went"),
        QStringLiteral("Work began in November, when the ferry was lifted out of the water at the Holt yard."),
        QStringLiteral("March 4, 2024"),
        QStringLiteral("The council approved the last payment for the refit after a long debate about the overrun."),
        QStringLiteral("Crossings will take twelve minutes instead of twenty, and the first boat leaves at six in the morning."),
        QStringLiteral("First published on March 12, 2024 / 8:16 AM"),
    };
    const Article article = importText(page.join(QStringLiteral("\n\n")));
    QCOMPARE(paragraphTexts(article, BoilerplateKind::Byline), (QStringList{page.at(2), page.constLast()}));
    QVERIFY(keptLines(article).contains(QStringLiteral("March 4, 2024")));
}

void TestTextImport::userDecidedParagraphsKept()
{
    Article article;
    article.text = QStringLiteral("Ferry resumes\n\nBy Jane Doe\n\nBody text here.");
    article.paragraphs = {Paragraph{{0, 13}}, Paragraph{{15, 26}}, Paragraph{{28, 43}}};
    article.paragraphs[1].userDecided = true;   // the reader said: this is article text
    recogniseMetadataLines(article);
    QCOMPARE(article.paragraphs.size(), 3);
    QCOMPARE(article.paragraphs.at(1).boilerplate, BoilerplateKind::None);
    QVERIFY(article.meta.author.isEmpty());
}

void TestTextImport::windows1252Notice()
{
    const QByteArray bytes("Caf\xE9 owners protest\n\nBy Jane Doe\n\nThe \x93" "caf\xE9\x94 owners met on Monday.");
    const ImportResult result = importSource(ImportSource{bytes, QStringLiteral("cafe.txt"), FormatHint::Auto});
    QVERIFY(result.hasValue());
    const Article &article = result.value();
    QCOMPARE(article.encoding, QStringLiteral("windows-1252"));
    QCOMPARE(article.meta.headline, QStringLiteral("Caf\u00E9 owners protest"));
    QCOMPARE(article.notices.size(), 1);
    QVERIFY(article.notices.first().contains(QLatin1String("Windows-1252")));
}

QTEST_GUILESS_MAIN(TestTextImport)
#include "tst_textimport.moc"
