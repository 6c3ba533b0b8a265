// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report, checked the way a reader would: poppler's pdftotext, pdfinfo and pdffonts
// read the file Crossread wrote. Set CROSSREAD_EXPORT_KEEP to a folder to keep the PDFs.
#include "analysis/analysis.h"
#include "common/exportfixture.h"
#include "common/factstorygenerator.h"
#include "common/testarticles.h"
#include "export/report.h"

#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;

namespace {

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// Text with every kind of white space removed, so a phrase is found however it was wrapped.
QString squeezed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

/// The PDF's text in the order it was drawn (pdftotext -raw), squeezed. Reading order would
/// depend on the fonts the machine has: with other glyph widths a headline wrapped in the cell
/// beside a content hash came out between the hash's two lines.
QString pdfText(const QString &path)
{
    return squeezed(runTool(QStringLiteral("pdftotext"),
                            {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
}

int pdfPages(const QString &path)
{
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto match = pages.match(runTool(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleReport_showsSourcesClaimsNotesAndConflicts();
    void sampleReport_metadataFontsAndPages();
    void userText_isNeverMarkup_data();
    void userText_isNeverMarkup();
    void sections_canBeLeftOut();
    void greyscaleAndThreeColumns_stayInsideThePage();
    void largeStory_paginatesWithoutOverflow();
    void pageSize_fromLocaleAndChoice_data();
    void pageSize_fromLocaleAndChoice();
    void unwritableOutput_failsWithTheFileName();
    void cancel_writesNothing();
    void factMatrix_keepsItsOutletsOnOneWidth_data();
    void factMatrix_keepsItsOutletsOnOneWidth();
    void shortArticle_leavesNoHalfEmptyPage_data();
    void shortArticle_leavesNoHalfEmptyPage();

private:
    QString output(const QString &name);
    QTemporaryDir m_dir;
    ExportFixture::Story m_sample;
};

void TestReport::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is needed; packaging/install-deps.sh installs it");
    QVERIFY(m_dir.isValid());
    m_sample = ExportFixture::sampleSession();
    QCOMPARE(m_sample.session.review.annotations.size(), 3);
    QCOMPARE(m_sample.session.review.claims.size(), 2);
}

QString TestReport::output(const QString &name)
{
    const QString keep = qEnvironmentVariable("CROSSREAD_EXPORT_KEEP");
    return (keep.isEmpty() ? m_dir.path() : keep) + QLatin1Char('/') + name;
}

void TestReport::sampleReport_showsSourcesClaimsNotesAndConflicts()
{
    const QString path = output(QStringLiteral("sample.pdf"));
    ReportOptions options;
    options.pageSize = ReportPageSize::A4;
    const auto written = writePdfReport(path, m_sample.session, m_sample.analysis, options);
    QVERIFY2(written.hasValue(), qPrintable(written.hasValue() ? QString() : written.error()));
    QVERIFY2(written->overflows.isEmpty(), qPrintable(written->overflows.join(u'\n')));
    QCOMPARE(written->footnotes, 3);            // every annotation sits in a shared passage
    QCOMPARE(written->listedAnnotations, 0);

    const QString text = pdfText(path);
    QVERIFY(!text.isEmpty());
    // Cover: every source with its outlet and content hash.
    for (const Article &article : m_sample.analysis.articles) {
        QVERIFY2(text.contains(squeezed(article.displayName())), qPrintable(article.displayName()));
        QVERIFY2(text.contains(QString::fromLatin1(article.contentHash)), article.contentHash.constData());
    }
    QVERIFY(text.contains(squeezed(m_sample.session.title)));
    QVERIFY(text.contains(QStringLiteral("DanaOkafor")));
    // Claims, verdicts, rationale and evidence.
    QVERIFY(text.contains(squeezed(QStringLiteral("The state grant for the GPS units was $3.2 million."))));
    QVERIFY(text.contains(squeezed(QStringLiteral("The public hearing is on May 10."))));
    QVERIFY(text.contains(QStringLiteral("Supported")));
    QVERIFY(text.contains(QStringLiteral("False")));
    QVERIFY(text.contains(squeezed(QStringLiteral("the Courier transposed digits"))));
    QVERIFY(text.contains(squeezed(QStringLiteral("likely a typo"))));
    // Annotation notes as footnotes.
    QVERIFY(text.contains(squeezed(QStringLiteral("Courier's grant figure differs from every other outlet."))));
    QVERIFY(text.contains(squeezed(QStringLiteral("Hearing date: radio says May 10, others May 3."))));
    // The planted conflicts (resources/sample/findings.json).
    QVERIFY(text.contains(squeezed(QStringLiteral("$3.2 million"))));
    QVERIFY(text.contains(squeezed(QStringLiteral("$2.3 million"))));
    QVERIFY(text.contains(squeezed(QStringLiteral("May 3"))));
    QVERIFY(text.contains(squeezed(QStringLiteral("May 10"))));
    // The summary lists the grant conflict with both values and who says which.
    QVERIFY(text.contains(squeezed(QStringLiteral("$2.3 million (Port Calloway Courier)"))));
    // Section headings.
    for (const char *heading : {"Sources", "Summary", "Claims and verdicts", "Scorecard by outlet", "Fact matrix", "Side by side"})
        QVERIFY2(text.contains(squeezed(QString::fromLatin1(heading))), heading);
}

void TestReport::sampleReport_metadataFontsAndPages()
{
    const QString path = output(QStringLiteral("sample-meta.pdf"));
    ReportOptions options;
    options.pageSize = ReportPageSize::Letter;
    const auto written = writePdfReport(path, m_sample.session, m_sample.analysis, options);
    QVERIFY(written.hasValue());
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QStringLiteral("Title:") ) && info.contains(m_sample.session.title), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Crossread"))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("612 x 792 pts")), qPrintable(info));   // Letter
    QCOMPARE(pdfPages(path), written->pages);
    QVERIFY(written->pages >= 5);   // cover, summary, claims, facts, side by side

    // Every font is embedded (a subset), so the report reads the same on any machine.
    const QStringList fonts = runTool(QStringLiteral("pdffonts"), {path}).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(fonts.size() > 2);
    for (const QString &line : fonts.mid(2)) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 5, qPrintable(line));
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));   // emb
    }
}

void TestReport::userText_isNeverMarkup_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("title") << QStringLiteral("title");
    QTest::newRow("outlet") << QStringLiteral("outlet");
    QTest::newRow("claim") << QStringLiteral("claim");
    QTest::newRow("note") << QStringLiteral("note");
}

void TestReport::userText_isNeverMarkup()
{
    QFETCH(QString, where);
    ExportFixture::Story story = m_sample;
    const QString &evil = ExportFixture::injection;
    if (where == u"title")
        story.session.title = evil;
    else if (where == u"outlet")
        story.analysis.articles[0].meta.outlet = evil;
    else if (where == u"claim")
        story.session.review.claims[0].statement = evil;
    // "note": the fixture's third annotation carries it already.
    const QString path = output(QStringLiteral("injection-%1.pdf").arg(where));
    const auto written = writePdfReport(path, story.session, story.analysis, ReportOptions{});
    QVERIFY(written.hasValue());
    const QString text = pdfText(path);
    // Literally, tags and entity included: nothing became bold text, an image or a "&".
    QVERIFY2(text.contains(squeezed(evil)), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("&amp;")));
    // No image was embedded (a fetched <img> would be one).
    const QString images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    if (!images.isEmpty())
        QCOMPARE(images.split(u'\n', Qt::SkipEmptyParts).size(), 2);   // the header lines only
}

void TestReport::sections_canBeLeftOut()
{
    const QString path = output(QStringLiteral("claims-only.pdf"));
    ReportOptions options;
    options.sections = ReportSection::Claims;
    const auto written = writePdfReport(path, m_sample.session, m_sample.analysis, options);
    QVERIFY(written.hasValue());
    const QString text = pdfText(path);
    QVERIFY(text.contains(squeezed(QStringLiteral("Claims and verdicts"))));
    QVERIFY(!text.contains(squeezed(QStringLiteral("Fact matrix"))));
    QVERIFY(!text.contains(QStringLiteral("Sidebyside")));
    // Without the side-by-side pages, the annotations are listed instead of lost.
    QCOMPARE(written->listedAnnotations, 3);
    QVERIFY(text.contains(squeezed(QStringLiteral("Courier's grant figure differs from every other outlet."))));
}

void TestReport::greyscaleAndThreeColumns_stayInsideThePage()
{
    for (int columns : {2, 3}) {
        ReportOptions options;
        options.greyscale = true;
        options.columns = columns;
        options.articles = {4, 2, 0};
        const auto written = writePdfReport(output(QStringLiteral("grey-%1.pdf").arg(columns)), m_sample.session,
                                            m_sample.analysis, options);
        QVERIFY(written.hasValue());
        QVERIFY2(written->overflows.isEmpty(), qPrintable(written->overflows.join(u'\n')));
    }
}

void TestReport::largeStory_paginatesWithoutOverflow()
{
    // Page count grows with the story, roughly linearly, and nothing is drawn off a page.
    int previousPages = 0;
    double previousPerArticle = 0;
    for (int articles : {20, 200}) {
        const ExportFixture::Story story = ExportFixture::generatedSession(articles, articles * 5);
        const QString path = output(QStringLiteral("large-%1.pdf").arg(articles));
        const auto written = writePdfReport(path, story.session, story.analysis, ReportOptions{});
        QVERIFY(written.hasValue());
        QVERIFY2(written->overflows.isEmpty(), qPrintable(written->overflows.join(u'\n')));
        QCOMPARE(pdfPages(path), written->pages);
        QVERIFY(written->continuedCells > 0 || articles == 20);
        const double perArticle = double(written->pages) / articles;
        qInfo("%d articles: %d pages (%.2f per article), %lld lines, %lld continued cells", articles, written->pages,
              perArticle, qlonglong(written->textLines), qlonglong(written->continuedCells));
        if (previousPages > 0) {
            QVERIFY(written->pages > previousPages * 5);
            QVERIFY(perArticle < previousPerArticle * 2);   // no blow-up
        }
        previousPages = written->pages;
        previousPerArticle = perArticle;
    }
}

void TestReport::pageSize_fromLocaleAndChoice_data()
{
    QTest::addColumn<ReportPageSize>("choice");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QPageSize::PageSizeId>("expected");
    QTest::newRow("auto, US") << ReportPageSize::Auto << QStringLiteral("en_US") << QPageSize::Letter;
    QTest::newRow("auto, UK") << ReportPageSize::Auto << QStringLiteral("en_GB") << QPageSize::A4;
    QTest::newRow("auto, Germany") << ReportPageSize::Auto << QStringLiteral("de_DE") << QPageSize::A4;
    QTest::newRow("A4 in the US") << ReportPageSize::A4 << QStringLiteral("en_US") << QPageSize::A4;
    QTest::newRow("Letter in France") << ReportPageSize::Letter << QStringLiteral("fr_FR") << QPageSize::Letter;
}

void TestReport::pageSize_fromLocaleAndChoice()
{
    QFETCH(ReportPageSize, choice);
    QFETCH(QString, locale);
    QFETCH(QPageSize::PageSizeId, expected);
    QCOMPARE(resolvePageSize(choice, QLocale(locale)), expected);
}

void TestReport::unwritableOutput_failsWithTheFileName()
{
    const QString path = m_dir.path() + QStringLiteral("/no/such/folder/report.pdf");
    const auto written = writePdfReport(path, m_sample.session, m_sample.analysis, ReportOptions{});
    QVERIFY(!written.hasValue());
    QVERIFY2(written.error().contains(path), qPrintable(written.error()));
}

void TestReport::cancel_writesNothing()
{
    const QString path = m_dir.path() + QStringLiteral("/canceled.pdf");
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("a good old report");
    previous.close();
    ReportControl control;
    int asked = 0;
    control.isCanceled = [&asked] { return ++asked > 5; };
    const auto written = writePdfReport(path, m_sample.session, m_sample.analysis, ReportOptions{}, control);
    QVERIFY(!written.hasValue());
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("a good old report"));   // the good file is untouched
}

void TestReport::factMatrix_keepsItsOutletsOnOneWidth_data()
{
    QTest::addColumn<int>("outlets");
    QTest::addColumn<QList<int>>("tables");
    QTest::addColumn<bool>("landscape");
    // Up to five outlets fit a portrait page; up to twelve (the documented maximum) a
    // landscape one; more split into tables of even size, never a table of one outlet.
    QTest::newRow("5 outlets") << 5 << QList<int>{5} << false;
    QTest::newRow("12 outlets") << 12 << QList<int>{12} << true;
    QTest::newRow("13 outlets") << 13 << QList<int>{7, 6} << true;
    QTest::newRow("20 outlets") << 20 << QList<int>{10, 10} << true;
}

void TestReport::factMatrix_keepsItsOutletsOnOneWidth()
{
    QFETCH(int, outlets);
    QFETCH(QList<int>, tables);
    QFETCH(bool, landscape);
    FactSynth::Options generator;
    generator.articles = outlets;
    generator.seed = 11;
    SessionData session;
    session.title = QStringLiteral("Fact matrix of %1 outlets").arg(outlets);
    session.articles = FactSynth::generateStory(generator).articles;
    const Analysis analysis = analyseStory(session.articles);
    QVERIFY(!analysis.facts.slots.isEmpty());
    for (const ReportPageSize size : {ReportPageSize::A4, ReportPageSize::Letter}) {
        for (const ReportSections sections : {ReportSections(ReportSection::Facts), allReportSections}) {
            ReportOptions options;
            options.pageSize = size;
            options.sections = sections;
            const QString path = output(QStringLiteral("matrix-%1-%2-%3.pdf").arg(outlets).arg(int(size)).arg(int(sections)));
            const auto written = writePdfReport(path, session, analysis, options);
            QVERIFY2(written.hasValue(), qPrintable(written.hasValue() ? QString() : written.error()));
            QVERIFY2(written->overflows.isEmpty(), qPrintable(written->overflows.join(u'\n')));
            QCOMPARE(written->matrixOutlets, tables);
            QCOMPARE(written->pageOrientations.contains(QPageLayout::Landscape), landscape);
            // The PDF says so too: pdfinfo's size of the matrix's first page.
            const QString info = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                                      QString::number(written->pages), path});
            const int turned = int(info.count(QRegularExpression(QStringLiteral("Page +\\d+ size: +([\\d.]+) x ([\\d.]+)"))));
            QCOMPARE(turned, written->pages);
            int landscapePages = 0;
            QRegularExpressionMatchIterator pages = QRegularExpression(QStringLiteral("Page +\\d+ size: +([\\d.]+) x ([\\d.]+)")).globalMatch(info);
            while (pages.hasNext()) {
                const QRegularExpressionMatch page = pages.next();
                landscapePages += page.captured(1).toDouble() > page.captured(2).toDouble() ? 1 : 0;
            }
            QCOMPARE(landscapePages, int(written->pageOrientations.count(QPageLayout::Landscape)));
            // The report goes on in portrait after the matrix.
            if (sections & ReportSection::Passages)
                QCOMPARE(written->pageOrientations.last(), QPageLayout::Portrait);
        }
    }
}

void TestReport::shortArticle_leavesNoHalfEmptyPage_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("two columns") << 2;
    QTest::newRow("three columns") << 3;
}

void TestReport::shortArticle_leavesNoHalfEmptyPage()
{
    QFETCH(int, columns);
    // The sample's five outlets and a sixth that tells the story in two short paragraphs.
    ExportFixture::Story story = m_sample;
    story.session.articles.append(Test::hashedArticle(
        QStringLiteral("Calloway Morning Brief"),
        QStringLiteral("Grant for buses\n\nThe county will buy GPS units for its buses with a state grant.\n\n"
                       "A public hearing on the plan is due in May.\n")));
    story.analysis = analyseStory(story.session.articles);
    ReportOptions options;
    options.sections = ReportSection::Passages;
    options.columns = columns;
    options.pageSize = ReportPageSize::A4;
    const auto written = writePdfReport(output(QStringLiteral("short-article-%1.pdf").arg(columns)), story.session,
                                        story.analysis, options);
    QVERIFY(written.hasValue());
    QVERIFY2(written->overflows.isEmpty(), qPrintable(written->overflows.join(u'\n')));
    QCOMPARE(written->pageFill.size(), written->pages);
    // Every page but the last is at least half full: a short group follows the one before it.
    for (int page = 0; page + 1 < written->pages; ++page)
        QVERIFY2(written->pageFill.at(page) >= 0.5,
                 qPrintable(QStringLiteral("page %1 of %2 is %3 % full").arg(page + 1).arg(written->pages)
                                .arg(qRound(written->pageFill.at(page) * 100))));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
