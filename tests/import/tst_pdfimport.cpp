// SPDX-License-Identifier: GPL-3.0-or-later
// PDF import: real PDF files written by QPdfWriter (see pdffixture.h) read back through
// Poppler. Reading order across columns, hyphens, running headers and page numbers, metadata,
// pages of passages, and the refusals: scanned, encrypted, too many pages, damaged, and, in a
// build without Poppler, every PDF.
#include "common/sanitizer.h"
#include "pdffixture.h"

#include "analysis/analysis.h"
#include "json/analysisjson.h"
#include "core/inputlimits.h"
#include "import/importer.h"
#include "common/sessionroundtrip.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Crossread;
using namespace Qt::StringLiterals;
using PdfFixture::Line;
using PdfFixture::Page;

class TestPdfImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readingOrderAcrossColumns();
    void hyphenatedWordsAreJoined_data();
    void hyphenatedWordsAreJoined();
    void runningHeadersAndPageNumbersAreFurniture();
    void metadataFromTheDocument();
    void refusals_data();
    void refusals();
    void fiveThousandPagesAreRefusedAtOnce();
    void longImportIsCanceledMidDocument();
    void damagedBytesNeverCrash();
    void pdfIsNeverReadAsText();
    void sessionKeepsPagesAndVerifiesText();
    void jsonGivesPages();
    void withoutPopplerEveryPdfIsRefused();

private:
    static ImportResult import(const QByteArray &bytes, const QString &name = QStringLiteral("report.pdf"))
    {
        return importSource(ImportSource{bytes, name});
    }
    static QString body(const Article &article)
    {
        QStringList parts;
        for (const Paragraph &paragraph : article.paragraphs) {
            if (!paragraph.isBoilerplate())
                parts.append(paragraph.span.in(article.text).toString());
        }
        return parts.join(u'\n');
    }
    static QList<Page> threePageReport();
};

void TestPdfImport::init()
{
    if (!pdfSupported() && QString::fromLatin1(QTest::currentTestFunction()) != u"withoutPopplerEveryPdfIsRefused")
        QSKIP("this build has no Poppler: PDF files are refused (tested in withoutPopplerEveryPdfIsRefused)");
}

void TestPdfImport::readingOrderAcrossColumns()
{
    // A headline across the page, then two columns whose lines sit at the same heights: read
    // as printed, the left column ends before the right one begins.
    Page page{Line{60, 70, QStringLiteral("Harbour traffic rose in the autumn"), 20}};
    qreal left = 110, right = 110;
    for (int p = 0; p < 3; ++p) {
        QString leftText, rightText;
        for (int s = 0; s < 3; ++s) {
            leftText += QStringLiteral("Left %1: ").arg(p) + PdfFixture::sentence(p * 3 + s) + u' ';
            rightText += QStringLiteral("Right %1: ").arg(p) + PdfFixture::sentence(20 + p * 3 + s) + u' ';
        }
        left = PdfFixture::wrap(page, leftText, 60, left, 225) + 10;
        right = PdfFixture::wrap(page, rightText, 310, right, 225) + 10;
    }
    const ImportResult result = import(PdfFixture::write({page}));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    const QString text = result->text;
    QVERIFY2(text.startsWith(u"Harbour traffic rose in the autumn"), qPrintable(text));
    const qsizetype lastLeft = text.lastIndexOf(u"Left 2:");
    const qsizetype firstRight = text.indexOf(u"Right 0:");
    QVERIFY2(lastLeft >= 0 && firstRight > lastLeft, qPrintable(text));
    QVERIFY(text.indexOf(u"Left 0:") < text.indexOf(u"Left 1:"));
    QVERIFY(text.indexOf(u"Right 1:") < text.indexOf(u"Right 2:"));
    // One paragraph per block of the columns, and the headline as the article's headline.
    int prose = 0;
    for (const Paragraph &paragraph : result->paragraphs)
        prose += paragraph.isBoilerplate() ? 0 : 1;
    QCOMPARE(prose, 7);
    QCOMPARE(result->meta.headline, u"Harbour traffic rose in the autumn"_s);
    QCOMPARE(result->format, SourceFormat::Pdf);
}

void TestPdfImport::hyphenatedWordsAreJoined_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("expected");
    QTest::newRow("broken word") << QStringList{u"The council announced its deci-"_s, u"sion after a long meeting."_s}
                                 << u"The council announced its decision after a long meeting."_s;
    QTest::newRow("compound keeps its hyphen")
        << QStringList{u"The talks were an Anglo-"_s, u"Norwegian effort to end the strike."_s}
        << u"The talks were an Anglo-Norwegian effort to end the strike."_s;
    QTest::newRow("plain line end") << QStringList{u"The ferry sailed at noon"_s, u"with forty passengers."_s}
                                    << u"The ferry sailed at noon with forty passengers."_s;
}

void TestPdfImport::hyphenatedWordsAreJoined()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, expected);
    Page page{Line{60, 70, QStringLiteral("Council notes"), 18}};
    for (qsizetype i = 0; i < lines.size(); ++i)
        page.append(Line{60, 110 + 13.0 * i, lines.at(i), 10});
    const ImportResult result = import(PdfFixture::write({page}));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QVERIFY2(result->text.contains(expected), qPrintable(result->text));
}

QList<Page> TestPdfImport::threePageReport()
{
    QList<Page> pages;
    for (int p = 0; p < 3; ++p) {
        Page page{Line{60, 40, QStringLiteral("Hallenvik Port Authority \u00b7 Annual Report 2026"), 9},
                  Line{280, 810, QStringLiteral("Page %1 of 3").arg(p + 1), 9}};
        qreal y = p == 0 ? 110 : 100;
        if (p == 0)
            page.append(Line{60, 80, QStringLiteral("The year at the port"), 18});
        for (int s = 0; s < 4; ++s)
            y = PdfFixture::wrap(page, PdfFixture::sentence(p * 10 + s) + QStringLiteral(" Marker of page %1.").arg(p + 1), 60, y, 470) + 12;
        if (p == 0) {
            // A sentence broken by the page turn: it goes on at the top of page 2.
            page.append(Line{60, y, QStringLiteral("On the last day of the year the harbour master said that the"), 10});
        }
        if (p == 1)
            page.insert(2, Line{60, 72, QStringLiteral("cranes stood idle for the holiday."), 10});
        pages.append(page);
    }
    return pages;
}

void TestPdfImport::runningHeadersAndPageNumbersAreFurniture()
{
    const ImportResult result = import(PdfFixture::write(threePageReport()));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    const Article &article = result.value();
    int headers = 0, numbers = 0;
    for (const Paragraph &paragraph : article.paragraphs) {
        const QString text = paragraph.span.in(article.text).toString();
        if (text.contains(u"Annual Report 2026")) {
            QCOMPARE(paragraph.boilerplate, BoilerplateKind::PageFurniture);
            ++headers;
        }
        if (text.startsWith(u"Page ") && text.endsWith(u" of 3")) {
            QCOMPARE(paragraph.boilerplate, BoilerplateKind::PageFurniture);
            ++numbers;
        }
    }
    QCOMPARE(headers, 3);
    QCOMPARE(numbers, 3);
    // The sentence broken by the page turn is one paragraph again; the furniture comes after it.
    QVERIFY2(body(article).contains(u"the harbour master said that the cranes stood idle for the holiday."), qPrintable(article.text));
    // Every passage knows its page.
    QCOMPARE(article.pages.size(), 3);
    QCOMPARE(article.pages.first().start, 0);
    QCOMPARE(article.pages.last().end, article.text.size());
    for (int p = 1; p <= 3; ++p) {
        const qsizetype marker = article.text.indexOf(QStringLiteral("Marker of page %1.").arg(p));
        QVERIFY(marker >= 0);
        QCOMPARE(article.pageAt(marker), p);
        QCOMPARE(pageLabel(article, marker), QStringLiteral("p. %1").arg(p));
    }
}

void TestPdfImport::metadataFromTheDocument()
{
    const ImportResult result = import(PdfFixture::write(threePageReport(), QStringLiteral("Hallenvik port: the year 2026 in figures")));
    QVERIFY(result);
    QCOMPARE(result->meta.headline, u"Hallenvik port: the year 2026 in figures"_s);
    QVERIFY(result->meta.published.isValid());
    QCOMPARE(result->meta.published.precision, DatePrecision::Day);
    QVERIFY(qAbs(result->meta.published.date.daysTo(QDate::currentDate())) <= 1);
    QCOMPARE(result->encoding, u"PDF"_s);
    // A title that only names the file it came from is no headline: the first heading is.
    const ImportResult word = import(PdfFixture::write(threePageReport(), QStringLiteral("Microsoft Word - report-final3.docx")));
    QVERIFY(word);
    QCOMPARE(word->meta.headline, u"The year at the port"_s);
}

void TestPdfImport::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("scanned") << PdfFixture::writeImageOnly() << u"no text layer"_s;
    QTest::newRow("encrypted") << PdfFixture::writeEncrypted() << u"encrypted"_s;
    QTest::newRow("blank pages") << PdfFixture::write({Page{}, Page{}}) << u"no text layer"_s;
    QTest::newRow("not a pdf at all") << QByteArray("%PDF-1.7\nthis is not a document\n%%EOF\n") << u"cannot be read"_s;
}

void TestPdfImport::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const ImportResult result = import(bytes);
    QVERIFY2(!result, "a PDF without readable text must not become an empty article");
    QVERIFY2(result.error().reason.contains(reason), qPrintable(result.error().message()));
    QVERIFY(result.error().message().startsWith(u"report.pdf: "));
}

void TestPdfImport::fiveThousandPagesAreRefusedAtOnce()
{
    const QList<Page> pages(5000, Page{Line{60, 100, QStringLiteral("A page of the bundle."), 10}});
    const QByteArray bytes = PdfFixture::write(pages);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = import(bytes);
    QVERIFY(!result);
    QVERIFY2(result.error().reason.contains(u"5000 pages") && result.error().reason.contains(QString::number(Limits::maxPdfPages)),
             qPrintable(result.error().reason));
    QVERIFY2(timer.elapsed() < 5000, "the page count is checked before any page is read");
}

void TestPdfImport::longImportIsCanceledMidDocument()
{
    // 300 full pages of two columns: reading them all takes seconds in a Debug build.
    QList<Page> pages;
    for (int p = 0; p < 300; ++p) {
        Page page;
        qreal left = 60, right = 60;
        for (int s = 0; s < 14; ++s) {
            left = PdfFixture::wrap(page, PdfFixture::sentence(p * 28 + s), 50, left + 80, 230);
            right = PdfFixture::wrap(page, PdfFixture::sentence(p * 28 + 14 + s), 315, right + 80, 230);
        }
        pages.append(page);
    }
    const QByteArray bytes = PdfFixture::write(pages, QStringLiteral("Harbour traffic, every quarter"));

    std::atomic<bool> cancel = false;
    std::atomic<int> asked = 0;
    ImportSource source{bytes, QStringLiteral("traffic.pdf")};
    source.isCanceled = [&] {
        ++asked;
        return cancel.load();
    };
    QFuture<ImportResult> future = QtConcurrent::run([source] { return importSource(source); });
    // Cancel once the import is well into the document.
    QElapsedTimer started;
    started.start();
    while (asked.load() < 40 && !future.isFinished() && started.elapsed() < 60000)
        QThread::msleep(1);
    QVERIFY2(!future.isFinished(), "the document must be long enough to cancel in its middle");
    QElapsedTimer timer;
    timer.start();
    cancel = true;
    future.waitForFinished();
    const qint64 latency = timer.elapsed();
    qInfo("canceled after %d of 300 pages; the import returned %lld ms after the cancel", asked.load() - 1, latency);
    // 100 ms in a normal build; AddressSanitizer's instrumentation slows each page several times.
    const qint64 bound = Test::underAddressSanitizer() ? 500 : 100;
    QVERIFY2(latency < bound, qPrintable(QStringLiteral("%1 ms").arg(latency)));
    const ImportResult result = future.result();
    QVERIFY(!result);
    QVERIFY(result.error().canceled);
    QVERIFY2(result.error().message().startsWith(u"traffic.pdf: ") && result.error().reason.contains(u"canceled"),
             qPrintable(result.error().message()));
    QVERIFY(asked.load() < 300);

    // The same file from disk, through importFile(), stops as well.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("traffic.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();
    const ImportResult fromFile = importFile(path, FormatHint::Auto, [] { return true; });
    QVERIFY(!fromFile && fromFile.error().canceled);
}

void TestPdfImport::damagedBytesNeverCrash()
{
    const QByteArray good = PdfFixture::write(threePageReport());
    // Cut short, bytes flipped in the middle, the cross-reference table gone: each is an
    // error or an article, never a crash or a hang.
    const QList<QByteArray> damaged{
        good.left(good.size() / 2),
        good.left(good.size() / 3) + QByteArray(200, '\xff') + good.mid(good.size() / 3 + 200),
        good.left(good.lastIndexOf("xref")),
        QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"),
    };
    for (const QByteArray &bytes : damaged) {
        const ImportResult result = import(bytes);
        if (!result)
            QVERIFY(!result.error().reason.isEmpty());
        else
            QVERIFY(!result->text.trimmed().isEmpty());
    }
}

void TestPdfImport::pdfIsNeverReadAsText()
{
    QTemporaryDir dir;
    const QByteArray bytes = PdfFixture::write(threePageReport());
    // Known by its extension, and by its signature under any other name.
    for (const QString &name : {u"report.pdf"_s, u"report.txt"_s, u"download"_s}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const ImportResult result = importFile(file.fileName());
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QCOMPARE(result->format, SourceFormat::Pdf);
        QVERIFY(!result->text.contains(u"endobj"));
        QVERIFY(!result->text.contains(u" Tj"));
    }
}

void TestPdfImport::sessionKeepsPagesAndVerifiesText()
{
    ImportResult result = import(PdfFixture::write(threePageReport()));
    QVERIFY(result);
    const auto loaded = SessionRoundTrip::saveAndReopen({result.value()});
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message()));
    const Article &article = loaded->data.articles.first();
    QCOMPARE(article.format, SourceFormat::Pdf);
    QCOMPARE(article.pages, result->pages);
    QCOMPARE(article.text, result->text);
    // Importing the stored bytes again gives the same text: the session opens writable.
    QVERIFY(loaded->data.unverifiedTexts.isEmpty());
    QVERIFY(!loaded->readOnly);
}

void TestPdfImport::jsonGivesPages()
{
    ImportResult pdf = import(PdfFixture::write(threePageReport()));
    QVERIFY(pdf);
    // A second outlet that repeats two of the report's sentences, one from page 3.
    const QString copied = u"Harbour report retold\n\n"_s + PdfFixture::sentence(0) + u"\n\n"_s + PdfFixture::sentence(22)
        + u" The figures were published on Monday."_s;
    ImportResult text = importSource(ImportSource{copied.toUtf8(), u"retold.txt"_s});
    QVERIFY(text);
    const Analysis analysis = analyseStory({pdf.value(), text.value()});
    const QJsonObject json = analysisToJson(analysis, false);
    QCOMPARE(json.value(u"articles").toArray().at(0).toObject().value(u"pages").toInt(), 3);
    QVERIFY(!json.value(u"articles").toArray().at(1).toObject().contains(u"pages"));
    QSet<int> pages;
    for (const QJsonValue &passage : json.value(u"passages").toArray()) {
        for (const QJsonValue &member : passage.toObject().value(u"members").toArray()) {
            const QJsonObject object = member.toObject();
            if (object.value(u"article").toInt() == 0)
                pages.insert(object.value(u"page").toInt());
            else
                QVERIFY(!object.contains(u"page"));
        }
    }
    QVERIFY2(pages.contains(1) && pages.contains(3), qPrintable(QString::number(pages.size())));
}

void TestPdfImport::withoutPopplerEveryPdfIsRefused()
{
    if (pdfSupported())
        QSKIP("this build reads PDF files (tested by the other functions)");
    const ImportResult result = import(PdfFixture::write(threePageReport()));
    QVERIFY(!result);
    QVERIFY2(result.error().reason.contains(u"without PDF support"), qPrintable(result.error().reason));
}

QTEST_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
