// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input at every door: each case is either imported and analysed in time linear in its
// size, or refused with a message that names the file and the limit. The time budgets are several
// times what linear code needs on one core (inputs are halved under ASan), and far below what
// quadratic code needs: 1 MB at n^2 is 10^12 steps.
#include "analysis/analysis.h"
#include "hostileinput.h"
#include "import/importer.h"
#include "core/inputlimits.h"
#include "common/sanitizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace Crossread;
using Crossread::Hostile::numbered;

namespace {

QByteArray repeated(QByteArrayView unit, qsizetype totalBytes)
{
    QByteArray bytes;
    bytes.reserve(totalBytes + unit.size());
    while (bytes.size() < totalBytes)
        bytes.append(unit);
    return bytes;
}

QByteArray htmlPage(const QByteArray &body)
{
    return "<!doctype html><html><head><meta charset=utf-8><title>Test page</title></head><body><article>"
           + body + "</article></body></html>";
}

/// A short ordinary article to analyse the hostile one against, as a story would.
Article ordinaryArticle()
{
    const QByteArray text = "Harbour fares rise\n\n"
                            "The Hallenvik harbour board raised ferry fares by 12% on Monday, "
                            "the first rise since 2019. \"We had no choice,\" said chair Ines Varga.\n\n"
                            "A season ticket now costs $420, up from $375.\n";
    ImportResult result = importSource(ImportSource{text, QStringLiteral("ordinary.txt")});
    return result ? result.value() : Article{};
}

} // namespace

class TestInputLimits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hostileInputStaysLinear_data();
    void hostileInputStaysLinear();
    void denseMarkdownIsReadAsPlainText_data();
    void denseMarkdownIsReadAsPlainText();
    void manyQuotationsInTwoArticles();
    void oversizedFileIsRefused();
    void tooManyArticlesAreRefused();
};

void TestInputLimits::hostileInputStaysLinear_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("refusal");   // empty: must import; else a part of the message
    QTest::addColumn<int>("seconds");       // budget for import + analysis

    // Under AddressSanitizer every row is half its size and keeps its budget: its checks on each
    // access cost five to seven times the normal build's time, and the fact stage on the densest
    // row (190,000 figures in 1 MB) took 68 s there, more than the budget, while a release build
    // needs 10 s. Half the input still tells linear from quadratic (a quarter of the steps at
    // n^2), and release builds check the growth ratio itself (bench_hostile).
    const qsizetype mb = (Test::underAddressSanitizer() ? 512 : 1024) * 1024;
    // Text
    QTest::newRow("30 MB single line of words")
        << repeated("harbour fares rise again ", 30 * mb) << QStringLiteral("oneline.txt") << QString() << 120;
    QTest::newRow("5 MB word without spaces")
        << repeated("a", 5 * mb) << QStringLiteral("noblanks.txt") << QString() << 60;
    QTest::newRow("1 MB of straight quotes")
        << repeated("\"", mb) << QStringLiteral("quotes.txt") << QString() << 60;
    QTest::newRow("1 MB of curly quotes and guillemets")
        << repeated("\u201C\u201D\u2018\u2019\u00AB\u00BB", mb) << QStringLiteral("curly.txt") << QString() << 60;
    QTest::newRow("1 MB of quoted words")
        << repeated("\"fares\" ", mb) << QStringLiteral("quotedwords.txt") << QString() << 60;
    QTest::newRow("1 MB of digits")
        << repeated("7", mb) << QStringLiteral("digits.txt") << QString() << 60;
    QTest::newRow("1 MB of grouped digits")
        << repeated("1,000", mb) << QStringLiteral("groups.txt") << QString() << 60;
    // 190,000 figures in one sentence: the fact engine reads a bounded window around each and
    // deduplicates through sets (it once searched lists, and took minutes).
    QTest::newRow("1 MB of money and percentages")
        << repeated("$4.2bn 12% ", mb) << QStringLiteral("money.txt") << QString() << 60;
    QTest::newRow("1 MB of abbreviations")
        << repeated("Mr. Dr. U.S. ", mb) << QStringLiteral("abbreviations.txt") << QString() << 60;
    QTest::newRow("1 MB of carriage returns")
        << ("Title\r" + repeated("\r", mb)) << QStringLiteral("returns.txt") << QString() << 60;
    QTest::newRow("1 MB of one-word lines")
        << repeated("fares\n", mb) << QStringLiteral("lines.txt") << QString() << 60;
    QTest::newRow("1 MB of dates")
        << repeated("on April 19, 2023 yesterday ", mb) << QStringLiteral("dates.txt") << QString() << 60;
    // Markdown
    QTest::newRow("Markdown: 1 MB of emphasis marks")
        << repeated("*_", mb) << QStringLiteral("stars.md") << QString() << 60;
    QTest::newRow("Markdown: 1 MB of open brackets")
        << repeated("[", mb) << QStringLiteral("brackets.md") << QString() << 60;
    QTest::newRow("Markdown: 100k nested quotes")
        << (repeated(">", 100000) + " deep") << QStringLiteral("nested.md") << QString() << 60;
    QTest::newRow("Markdown: 1 MB of backticks")
        << repeated("`a", mb) << QStringLiteral("ticks.md") << QString() << 60;
    QTest::newRow("Markdown: unterminated front matter")
        << ("---\n" + repeated("key: value\n", mb)) << QStringLiteral("front.md") << QString() << 60;
    // HTML
    QTest::newRow("HTML: 100k nested divs")
        << htmlPage(repeated("<div>", 100000)) << QStringLiteral("divs.html")
        << QStringLiteral("levels deep") << 60;
    QTest::newRow("HTML: 100k nested bold")
        << htmlPage(repeated("<b>", 100000)) << QStringLiteral("bold.html")
        << QStringLiteral("levels deep") << 60;
    QTest::newRow("HTML: 100k misnested formatting")
        << htmlPage(repeated("<b><i></b></i>", 2 * mb)) << QStringLiteral("misnested.html") << QString() << 60;
    QTest::newRow("HTML: 100k unclosed anchors")
        << htmlPage(repeated("<a href=x>link ", mb)) << QStringLiteral("anchors.html") << QString() << 60;
    QTest::newRow("HTML: 100k unclosed paragraphs")
        << htmlPage(repeated("<p>Fares rise again. ", 2 * mb)) << QStringLiteral("paragraphs.html") << QString() << 60;
    QTest::newRow("HTML: 5 MB text node")
        << htmlPage("<p>" + repeated("x", 5 * mb) + "</p>") << QStringLiteral("textnode.html") << QString() << 60;
    QTest::newRow("HTML: 200k attributes on one element")
        << htmlPage("<p " + repeated("a=1 ", mb) + ">Fares rise.</p>") << QStringLiteral("attributes.html")
        << QString() << 60;
    QTest::newRow("HTML: 1 MB of <")
        << htmlPage(repeated("<", mb)) << QStringLiteral("lt.html") << QString() << 60;
    QTest::newRow("HTML: 1 MB of entities")
        << htmlPage("<p>" + repeated("&amp;&#x1F600;&notanentity", mb) + "</p>") << QStringLiteral("entities.html")
        << QString() << 60;
    QTest::newRow("HTML: 100k table cells nested in tables")
        << htmlPage(repeated("<table><tr><td>", 100000)) << QStringLiteral("tables.html")
        << QStringLiteral("levels deep") << 60;
    // Each <b> left open is re-created by the tree builder inside every later block: 8,000 of
    // them (231 KB) once built a tree of 32 million nodes and ran out of memory.
    QTest::newRow("HTML: 8,000 blocks reopening distinct formatting")
        << htmlPage(numbered("<div><b id=%1>Fares rise again.</div>", 8000)) << QStringLiteral("reopened.html")
        << QString() << 60;
    // Inside SVG no element is void: 64,000 <source> nest, and each stray end tag searched the
    // whole stack (99 s).
    QTest::newRow("HTML: 64,000 SVG sources and stray end tags")
        << htmlPage("<svg>" + repeated("<source>", 64000 * 8) + repeated("</x>", 64000 * 4) + "</svg>")
        << QStringLiteral("svgsources.html") << QStringLiteral("levels deep") << 60;
    // Distinct names: each new attribute was compared with every earlier one (20 s at 80,000).
    QTest::newRow("HTML: 80,000 distinct attributes on one element")
        << htmlPage("<p " + numbered("a%1=1 ", 80000) + ">Fares rise.</p>") << QStringLiteral("distinct.html")
        << QString() << 60;
    // A stretch of figures without a word between them: each figure's context was read back to
    // the start of the stretch (43 s at 40,000).
    QTest::newRow("40,000 money figures in one stretch")
        << repeated("$42,000 ", 40000 * 8) << QStringLiteral("figures.txt") << QString() << 60;
    QTest::newRow("HTML: 1 MB JSON-LD nesting")
        << ("<html><head><script type=application/ld+json>" + repeated("[", mb)
            + "</script></head><body><p>Fares rise.</p></body></html>")
        << QStringLiteral("jsonld.html") << QString() << 60;
}

namespace {

/// Processor time of the whole process, all threads: the bounds below are about the work done,
/// and ctest runs two suites at once on two cores (the wall time of one depends on the other).
qint64 cpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

} // namespace

void TestInputLimits::hostileInputStaysLinear()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, refusal);
    QFETCH(int, seconds);

    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStarted = cpuMilliseconds();
    const ImportResult result = importSource(ImportSource{bytes, name});
    const qint64 importMs = timer.elapsed();
    if (!refusal.isEmpty()) {
        QVERIFY2(!result, "hostile input was imported instead of refused");
        QVERIFY2(result.error().message().startsWith(name), qPrintable(result.error().message()));
        QVERIFY2(result.error().message().contains(refusal), qPrintable(result.error().message()));
    } else if (!result) {
        // Refusing is allowed when the message names the file and the reason.
        QVERIFY2(result.error().message().startsWith(name + QStringLiteral(": ")),
                 qPrintable(result.error().message()));
        QVERIFY(result.error().reason.size() > 10);
        qInfo("refused in %lld ms: %s", importMs, qPrintable(result.error().message()));
    } else {
        const Analysis analysis = analyseStory({result.value(), ordinaryArticle()});
        QVERIFY(!analysis.canceled);
        QCOMPARE(analysis.segmentations.size(), 2);
        qInfo("imported %lld chars in %lld ms, analysed in %lld ms (%lld sentences, %lld passages, %lld fact slots)",
              static_cast<long long>(result.value().text.size()), importMs, timer.elapsed() - importMs,
              static_cast<long long>(analysis.segmentations.first().sentences.size()),
              static_cast<long long>(analysis.alignment.passages.size()),
              static_cast<long long>(analysis.facts.slots.size()));
    }
    const qint64 spent = cpuMilliseconds() - cpuStarted;
    QVERIFY2(spent < seconds * 1000,
             qPrintable(QStringLiteral("took %1 ms of processor time (%2 ms of wall time), budget %3 s")
                            .arg(spent).arg(timer.elapsed()).arg(seconds)));
}

void TestInputLimits::denseMarkdownIsReadAsPlainText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("plain");   // read as plain text, with a notice

    const QByteArray paragraph = "The *harbour* board raised `ferry` fares by 12% on Monday,\n"
                                 "the first rise since 2019, said [the chair](https://example.org).\n\n";
    QTest::newRow("an ordinary long article") << ("# Fares rise\n\n" + repeated(paragraph, 64 * 1024)) << false;
    QTest::newRow("a list of 500 items") << ("# Fares\n\n" + repeated("- a *fare* of $4\n", 500 * 17)) << false;
    // Qt's reader is quadratic in each of these (see Limits::maxMarkdownParseCost).
    QTest::newRow("16 KB of backticks in one paragraph") << repeated("`a", 16 * 1024) << true;
    QTest::newRow("8,000 lines in one paragraph") << repeated("a\n", 16 * 1024) << true;
    QTest::newRow("a loose list of 8,000 items") << repeated("- item\n\n", 64 * 1024) << true;
}

void TestInputLimits::denseMarkdownIsReadAsPlainText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, plain);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = importSource(ImportSource{bytes, QStringLiteral("dense.md")});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result.value().format, SourceFormat::Markdown);
    const bool noticed = std::any_of(result.value().notices.cbegin(), result.value().notices.cend(),
                                     [](const QString &notice) { return notice.contains(QStringLiteral("plain text")); });
    QCOMPARE(noticed, plain);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
}

void TestInputLimits::manyQuotationsInTwoArticles()
{
    // Two articles of 16,000 distinct quotations each (1.3 MB): every pair of quotations sharing
    // a word pair was compared (67 s), and each "she said" read its paragraph from the start.
    // Timed in processor time, not wall time: the bound is about the work, and ctest runs two
    // suites at once on two cores (36 s of work in Debug took over 60 s of wall time beside
    // another suite).
    static const char *const words[] = {"harbour", "fares", "council", "ferry", "winter", "repairs",
                                        "budget", "crossing", "season", "tickets"};
    QList<Article> story;
    const qint64 started = cpuMilliseconds();
    for (int side = 0; side < 2; ++side) {
        QByteArray bytes = "Quotations\n\n";
        for (int k = 0; k < 16000; ++k) {
            bytes += "\xE2\x80\x9C";
            for (int d = 0, v = k * 7919 + side; d < 6; ++d, v /= 10)
                bytes += QByteArray(words[v % 10]) + ' ';
            bytes += QByteArray::number(k) + "\xE2\x80\x9D she said. ";
        }
        const ImportResult result = importSource(ImportSource{bytes, QStringLiteral("quotes%1.txt").arg(side)});
        QVERIFY(result);
        story.append(result.value());
    }
    const Analysis analysis = analyseStory(story);
    QVERIFY(!analysis.canceled);
    const qint64 spent = cpuMilliseconds() - started;
    qInfo("analysed in %lld ms of processor time: %lld fact slots", spent, static_cast<long long>(analysis.facts.slots.size()));
    // The quadratic comparison this guards against took minutes; AddressSanitizer's checks alone
    // double the honest cost.
    const qint64 budget = (Test::underAddressSanitizer() ? 120 : 60) * 1000;
    QVERIFY2(spent < budget, qPrintable(QStringLiteral("took %1 ms of processor time, budget %2 ms").arg(spent).arg(budget)));
}

void TestInputLimits::oversizedFileIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(Limits::maxImportBytes + 1));   // sparse: costs no disk
    file.close();
    const ImportResult fromDisk = importFile(path);
    QVERIFY(!fromDisk);
    QVERIFY2(fromDisk.error().message().startsWith(path), qPrintable(fromDisk.error().message()));
    QVERIFY2(fromDisk.error().reason.contains(QStringLiteral("larger than")), qPrintable(fromDisk.error().reason));

    const ImportResult fromBytes = importSource(ImportSource{QByteArray(Limits::maxImportBytes + 1, 'a'),
                                                             QStringLiteral("Clipboard")});
    QVERIFY(!fromBytes);
    QVERIFY2(fromBytes.error().message().startsWith(QStringLiteral("Clipboard: ")),
             qPrintable(fromBytes.error().message()));
}

void TestInputLimits::tooManyArticlesAreRefused()
{
    Article tiny;
    tiny.text = QStringLiteral("Fares rise.");
    const QList<Article> many(Limits::maxArticles + 1, tiny);
    const Analysis analysis = analyseStory(many);
    QVERIFY(analysis.articles.isEmpty());
    QCOMPARE(analysis.messages.size(), 1);
    QVERIFY2(analysis.messages.first().english().contains(QString::number(Limits::maxArticles)),
             qPrintable(analysis.messages.first().english()));
}

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
