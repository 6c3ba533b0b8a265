// SPDX-License-Identifier: GPL-3.0-or-later
// The side-by-side pages are a faithful copy: each article reads in its own order. The row
// order on synthetic alignments, then a real PDF read back with pdftotext column by column.
#include "analysis/analysis.h"
#include "export/report.h"
#include "export/sidebyside.h"
#include "common/exportfixture.h"
#include "common/testarticles.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::Literals::StringLiterals;

/// Per passage, its members as (article, first sentence) pairs.
using PassageList = QList<QList<std::pair<int, int>>>;

namespace {

/// An alignment from each passage's members as (article, first sentence) pairs.
Alignment alignmentOf(const PassageList &passages)
{
    Alignment alignment;
    for (qsizetype p = 0; p < passages.size(); ++p) {
        Passage passage;
        passage.id = int(p);
        for (const auto &[article, sentence] : passages.at(p)) {
            PassageMember member;
            member.article = ArticleId(article);
            member.firstSentence = sentence;
            member.sentenceCount = 1;
            passage.members.append(member);
        }
        passage.status = passage.members.size() > 1 ? PassageStatus::Reworded : PassageStatus::Unique;
        alignment.passages.append(passage);
    }
    return alignment;
}

QString folded(const QString &text)
{
    QString out = text;
    out.replace(QRegularExpression(u"\\s+"_s), u" "_s);
    return out;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}


/// A word pdftotext found, with its box in points.
struct PdfWord {
    int page = 0;
    double x = 0;
    double y = 0;
    double height = 0;
    QString text;
};

/// The words of a PDF with their boxes (pdftotext -bbox), in the order of the pages.
QList<PdfWord> pdfWords(const QString &pdf, double *pageWidth)
{
    const QString html = run(u"pdftotext"_s, {u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    static const QRegularExpression pageTag(u"<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"_s);
    static const QRegularExpression wordTag(
        u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    QList<PdfWord> words;
    int page = -1;
    qsizetype at = 0;
    for (;;) {
        const QRegularExpressionMatch nextPage = pageTag.match(html, at);
        const QRegularExpressionMatch nextWord = wordTag.match(html, at);
        if (!nextWord.hasMatch())
            break;
        if (nextPage.hasMatch() && nextPage.capturedStart() < nextWord.capturedStart()) {
            ++page;
            *pageWidth = nextPage.captured(1).toDouble();
            at = nextPage.capturedEnd();
            continue;
        }
        QString text = nextWord.captured(5);
        text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s);
        text.replace(u"&apos;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
        words.append(PdfWord{page, nextWord.captured(1).toDouble(), nextWord.captured(2).toDouble(),
                             nextWord.captured(4).toDouble() - nextWord.captured(2).toDouble(), text});
        at = nextWord.capturedEnd();
    }
    return words;
}

/// The article text of each column of each side-by-side group, read from the PDF the way a
/// reader reads it: down a column, page after page. A group starts at its heading ("Side by
/// side: …"); article text is set in the body size, which no heading, header row, placeholder,
/// continuation mark, page furniture or note uses; footnote labels "[n]" are taken out.
QList<QStringList> columnTexts(const QString &pdf, int columns)
{
    double width = 0;
    const QList<PdfWord> words = pdfWords(pdf, &width);
    // The body size is the most common word height.
    QHash<int, int> heights;
    for (const PdfWord &word : words)
        ++heights[qRound(word.height * 10)];
    int body = 0;
    for (auto it = heights.begin(); it != heights.end(); ++it) {
        if (it.value() > heights.value(body))
            body = it.key();
    }
    const double left = 15 / 25.4 * 72;
    const double columnWidth = (width - 2 * left) / columns;
    QList<QList<QList<PdfWord>>> groups;
    static const QRegularExpression label(u"\\[\\d+\\]"_s);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const PdfWord &word = words.at(i);
        if (word.text == u"Side" && i + 2 < words.size() && words.at(i + 1).text == u"by" && words.at(i + 2).text == u"side:") {
            groups.append(QList<QList<PdfWord>>(columns));
            continue;
        }
        if (groups.isEmpty() || qAbs(qRound(word.height * 10) - body) > 2)
            continue;
        const int column = int((word.x - left) / columnWidth);
        if (column >= 0 && column < columns)
            groups.last()[column].append(word);
    }
    QList<QStringList> result;
    for (QList<QList<PdfWord>> &group : groups) {
        QStringList texts;
        for (QList<PdfWord> &column : group) {
            std::stable_sort(column.begin(), column.end(), [](const PdfWord &a, const PdfWord &b) {
                if (a.page != b.page)
                    return a.page < b.page;
                if (qAbs(a.y - b.y) > 2)
                    return a.y < b.y;
                return a.x < b.x;
            });
            QStringList text;
            for (const PdfWord &word : std::as_const(column)) {
                QString plain = word.text;
                plain.remove(label);
                if (!plain.isEmpty())
                    text.append(plain);
            }
            texts.append(text.join(u' '));
        }
        result.append(texts);
    }
    return result;
}

/// Text without any white space (no-break spaces included), so a line wrapped after a hyphen
/// or at a no-break space compares equal to the text as written.
QString squeezed(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

/// Checks that `column` is the article's text: every paragraph that is not page furniture,
/// whole and in order, and nothing else.
void verifyWholeAndInOrder(const QString &column, const Article &article, const QString &where)
{
    const QString read = squeezed(column);
    qsizetype at = 0;
    qsizetype characters = 0;
    for (const Paragraph &paragraph : article.paragraphs) {
        if (paragraph.isBoilerplate())
            continue;
        const QString text = squeezed(paragraph.span.in(article.text).toString());
        if (text.isEmpty())
            continue;
        characters += text.size();
        const qsizetype found = read.indexOf(text, at);
        QVERIFY2(found == at, qPrintable(u"%1: paragraph missing, cut or out of order: \"%2\"\nread instead: \"%3\""_s
                                             .arg(where, folded(paragraph.span.in(article.text).toString()), read.mid(at, 300))));
        at = found + text.size();
    }
    QCOMPARE(read.size(), characters);   // nothing moved in from elsewhere
}

} // namespace

class TestSideBySide : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rows_data();
    void rows();
    void pdfKeepsEachArticlesOrder();
    void sampleReport_everyArticleWholeAndInOrder_data();
    void sampleReport_everyArticleWholeAndInOrder();
};

void TestSideBySide::rows_data()
{
    QTest::addColumn<PassageList>("passages");
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("rowCount");

    using P = QList<std::pair<int, int>>;
    QTest::newRow("same order") << QList<P>{{{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}, {{0, 2}, {1, 2}}} << 2 << 3;
    QTest::newRow("unique in the middle of the second")
        << QList<P>{{{0, 0}, {1, 0}}, {{1, 1}}, {{0, 1}, {1, 2}}, {{0, 2}}} << 2 << 4;
    // The second article opens with what the first says last, and ends with its headline.
    QTest::newRow("second reorders") << QList<P>{{{0, 0}, {1, 3}}, {{0, 1}, {1, 1}}, {{0, 2}, {1, 2}}, {{0, 3}, {1, 0}}}
                                     << 2 << 6;
    QTest::newRow("three articles crossing")
        << QList<P>{{{0, 0}, {1, 1}, {2, 0}}, {{0, 1}, {1, 0}}, {{1, 2}, {2, 1}}, {{0, 2}, {2, 2}}} << 3 << 5;
    QTest::newRow("an article with nothing") << QList<P>{{{0, 0}}, {{0, 1}}} << 2 << 2;
}

void TestSideBySide::rows()
{
    QFETCH(PassageList, passages);
    QFETCH(int, articles);
    QFETCH(int, rowCount);
    const Alignment alignment = alignmentOf(passages);
    QList<int> group;
    for (int a = 0; a < articles; ++a)
        group.append(a);
    const QList<SideBySideRow> rows = sideBySideRows(alignment, group);
    QCOMPARE(rows.size(), rowCount);
    for (int a = 0; a < articles; ++a) {
        // Down the column: the article's passages, each once, in its own sentence order.
        QList<int> shown;
        for (const SideBySideRow &row : rows) {
            if (row.shown.at(a))
                shown.append(int(alignment.passages.at(row.passage).member(ArticleId(a))->firstSentence));
        }
        QList<int> expected;
        for (const Passage &passage : alignment.passages) {
            if (const PassageMember *member = passage.member(ArticleId(a)))
                expected.append(int(member->firstSentence));
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);
    }
}

void TestSideBySide::pdfKeepsEachArticlesOrder()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("poppler-utils (pdfinfo, pdftotext) are needed");
    // Two fictional articles; the second tells the same events starting from the end and puts
    // a paragraph of its own in the middle.
    const QStringList events{
        u"The ferry Marisol ran aground off Kettle Point on Sunday morning with 140 passengers aboard."_s,
        u"Coastguard boats from Port Alder reached the ferry within forty minutes of the distress call."_s,
        u"All passengers were taken ashore by noon and three were treated for mild hypothermia."_s,
        u"The operator said a steering fault was the most likely cause and suspended the route for a week."_s,
        u"Divers will inspect the hull on Tuesday before the ferry is towed to the Dunmore yard."_s,
    };
    const QString first = u"Ferry runs aground off Kettle Point\n\n"_s + events.join(u"\n\n"_s) + u"\n"_s;
    const QStringList second{
        u"Route suspended after Marisol grounding\n\n"_s,
        u"Divers are due to inspect the damaged hull on Tuesday, before a tow to the Dunmore yard.\n\n"_s,
        u"The ferry operator blamed a probable steering fault and halted the crossing for seven days.\n\n"_s,
        u"Fishermen in the harbour said the channel markers had been moved by the winter storms.\n\n"_s,
        u"The Marisol struck rocks near Kettle Point on Sunday morning carrying 140 passengers.\n\n"_s,
        u"Port Alder coastguard crews were alongside about forty minutes after the alarm was raised.\n\n"_s,
        u"By midday every passenger was ashore; three needed care for mild hypothermia.\n"_s,
    };
    SessionData session;
    session.title = u"Marisol grounding"_s;
    session.articles = {hashedArticle(u"Harbour Post"_s, first), hashedArticle(u"Valley Courier"_s, second.join(QString()))};
    const Analysis analysis = analyseStory(session.articles);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    ReportOptions options;
    options.sections = ReportSection::Passages;
    options.columns = 2;
    options.pageSize = ReportPageSize::A4;
    const auto written = writePdfReport(pdf, session, analysis, options);
    QVERIFY2(written, written ? "" : qPrintable(written.error()));

    // Each article's column, read page after page, holds its whole text in its own order.
    const QList<QStringList> groups = columnTexts(pdf, 2);
    QCOMPARE(groups.size(), 1);
    for (int column = 0; column < 2; ++column)
        verifyWholeAndInOrder(groups.first().at(column), analysis.articles.at(column), u"column %1"_s.arg(column));
}

void TestSideBySide::sampleReport_everyArticleWholeAndInOrder_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("two columns") << 2;
    QTest::newRow("three columns") << 3;
}

void TestSideBySide::sampleReport_everyArticleWholeAndInOrder()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils (pdftotext) is needed; packaging/install-deps.sh installs it");
    QFETCH(int, columns);
    // The bundled sample story: five outlets, with annotations whose notes sit at the pages' feet.
    const ExportFixture::Story sample = ExportFixture::sampleSession();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"sample.pdf"_s);
    ReportOptions options;
    options.sections = ReportSection::Passages;
    options.columns = columns;
    options.pageSize = ReportPageSize::A4;
    const auto written = writePdfReport(pdf, sample.session, sample.analysis, options);
    QVERIFY2(written, written ? "" : qPrintable(written.error()));
    QVERIFY2(written->overflows.isEmpty(), qPrintable(written->overflows.join(u'\n')));

    const qsizetype count = sample.analysis.articles.size();
    const QList<QStringList> groups = columnTexts(pdf, columns);
    QCOMPARE(groups.size(), (count + columns - 1) / columns);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        // The groups as the report makes them: a lone last article beside its neighbour.
        qsizetype from = g * columns;
        const qsizetype size = std::min<qsizetype>(columns, count - from);
        const qsizetype first = size == 1 ? from - 1 : from;
        for (qsizetype c = 0; c < std::max<qsizetype>(2, size); ++c) {
            const Article &article = sample.analysis.articles.at(first + c);
            verifyWholeAndInOrder(groups.at(g).at(c), article, u"group %1, %2"_s.arg(g + 1).arg(article.displayName()));
        }
    }
}

QTEST_MAIN(TestSideBySide)
#include "tst_sidebyside.moc"
