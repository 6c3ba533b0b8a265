// SPDX-License-Identifier: GPL-3.0-or-later
// The report's content as data: what buildReportDocument() composes for the sample review, and
// that the Markdown is that document rendered (the PDF's side is in tst_report).
#include "common/exportfixture.h"
#include "export/dataexport.h"
#include "export/reportdocument.h"

#include <QTest>

using namespace Crossread;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<ReportPart::Kind> kinds(const ReportDocument &document)
{
    QList<ReportPart::Kind> result;
    for (const ReportPart &part : document.parts)
        result.append(part.kind);
    return result;
}

template<typename Block>
QList<const Block *> blocksOf(const ReportDocument &document, ReportPart::Kind kind)
{
    QList<const Block *> result;
    for (const ReportPart &part : document.parts) {
        if (part.kind != kind)
            continue;
        for (const ReportBlock &block : part.blocks) {
            if (const auto *found = std::get_if<Block>(&block))
                result.append(found);
        }
    }
    return result;
}

QStringList texts(const ReportCell &cell)
{
    QStringList result;
    for (const ReportParagraph &paragraph : cell.paragraphs)
        result.append(paragraph.text);
    return result;
}

} // namespace

class TestReportDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sample_hasEveryPartInOrder();
    void sources_carryTheHashAndTheWarning();
    void passages_numberEveryNoteOnce();
    void passages_everyArticleWholeAndInOrder_data();
    void passages_everyArticleWholeAndInOrder();
    void factMatrix_oneTableWithEveryOutlet();
    void sections_leftOutListTheAnnotations();
    void markdown_isTheDocumentRendered();
    void cancel_stopsTheBuild();

private:
    ExportFixture::Story m_sample;
};

void TestReportDocument::initTestCase()
{
    m_sample = ExportFixture::sampleSession();
}

void TestReportDocument::sample_hasEveryPartInOrder()
{
    const ReportDocument document = buildReportDocument(m_sample.session, m_sample.analysis, ReportOptions{});
    QCOMPARE(kinds(document), (QList<ReportPart::Kind>{ReportPart::Kind::Cover, ReportPart::Kind::Summary,
                                                      ReportPart::Kind::Claims, ReportPart::Kind::Facts,
                                                      ReportPart::Kind::Passages}));
    QCOMPARE(document.title, m_sample.session.title);
    QVERIFY(!document.canceled);
    QVERIFY(document.rowCount > 0);
    // The claims table: one row per claim, the verdict in its own cell.
    const QList<const ReportTable *> tables = blocksOf<ReportTable>(document, ReportPart::Kind::Claims);
    QCOMPARE(tables.size(), 2);   // claims, scorecard
    QCOMPARE(tables.first()->rows.size(), m_sample.session.review.claims.size());
    QCOMPARE(texts(tables.first()->rows.at(0).at(1)).first(), m_sample.session.review.claims.at(0).statement);
    // Every mark of every paragraph lies inside its text.
    for (const ReportPart &part : document.parts) {
        for (const ReportBlock &block : part.blocks) {
            if (const auto *passages = std::get_if<ReportPassages>(&block)) {
                for (const ReportPassageRow &row : passages->rows) {
                    for (const ReportCell &cell : row.cells) {
                        for (const ReportParagraph &paragraph : cell.paragraphs) {
                            for (const ReportMark &mark : paragraph.marks)
                                QVERIFY(mark.span.start >= 0 && mark.span.end <= paragraph.text.size() && mark.span.start < mark.span.end);
                        }
                    }
                }
            }
        }
    }
}

void TestReportDocument::sources_carryTheHashAndTheWarning()
{
    SessionData session = m_sample.session;
    session.unverifiedTexts.append(1);
    const ReportDocument document = buildReportDocument(session, m_sample.analysis, ReportOptions{});
    const QList<const ReportTable *> tables = blocksOf<ReportTable>(document, ReportPart::Kind::Cover);
    QCOMPARE(tables.size(), 1);
    const ReportTable &sources = *tables.first();
    QCOMPARE(sources.rows.size(), m_sample.analysis.articles.size());
    for (qsizetype i = 0; i < sources.rows.size(); ++i) {
        const QStringList source = texts(sources.rows.at(i).at(2));
        const Article &article = m_sample.analysis.articles.at(i);
        QVERIFY(source.contains(u"SHA-256: "_s + QString::fromLatin1(article.contentHash)));
        QCOMPARE(source.contains(unverifiedTextWarning()), i == 1);
        QCOMPARE(texts(sources.rows.at(i).at(1)).first(), article.displayName());
    }
}

void TestReportDocument::passages_numberEveryNoteOnce()
{
    const ReportDocument document = buildReportDocument(m_sample.session, m_sample.analysis, ReportOptions{});
    QCOMPARE(document.footnotes.size(), 3);
    QCOMPARE(document.listedAnnotations, 0);
    QList<int> marked;
    for (const ReportPassages *passages : blocksOf<ReportPassages>(document, ReportPart::Kind::Passages)) {
        for (const ReportPassageRow &row : passages->rows) {
            for (const ReportCell &cell : row.cells) {
                for (const ReportParagraph &paragraph : cell.paragraphs) {
                    for (const ReportMark &mark : paragraph.marks) {
                        if (mark.kind != ReportMark::Kind::Footnote)
                            continue;
                        QCOMPARE(mark.span.in(paragraph.text), u"[%1]"_s.arg(mark.footnote));
                        marked.append(mark.footnote);
                    }
                }
            }
        }
    }
    QCOMPARE(marked, (QList<int>{1, 2, 3}));
    QVERIFY(document.footnotes.value(1).contains(u" \u2014 "_s));   // the quote, then the note
}

void TestReportDocument::passages_everyArticleWholeAndInOrder_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("two") << 2;
    QTest::newRow("three") << 3;
}

void TestReportDocument::passages_everyArticleWholeAndInOrder()
{
    QFETCH(int, columns);
    ReportOptions options;
    options.columns = columns;
    options.sections = ReportSection::Passages;
    const Analysis &analysis = m_sample.analysis;
    const ReportDocument document = buildReportDocument(m_sample.session, analysis, options);
    const QList<const ReportPassages *> groups = blocksOf<ReportPassages>(document, ReportPart::Kind::Passages);
    QCOMPARE(groups.size(), (analysis.articles.size() + columns - 1) / columns);
    for (const ReportPassages *group : groups) {
        for (qsizetype c = 0; c < group->outlets.size(); ++c) {
            const auto named = std::find_if(analysis.articles.begin(), analysis.articles.end(),
                                            [&](const Article &a) { return a.displayName() == group->outlets.at(c); });
            QVERIFY(named != analysis.articles.end());
            const int article = int(named - analysis.articles.begin());
            // The column's text, labels taken out, is the article's passages in text order.
            QString column;
            for (const ReportPassageRow &row : group->rows) {
                if (!row.shown.at(c))
                    continue;
                const ReportParagraph &text = row.cells.at(c).paragraphs.last();
                QString plain = text.text;
                for (qsizetype m = text.marks.size() - 1; m >= 0; --m) {
                    if (text.marks.at(m).kind == ReportMark::Kind::Footnote)
                        plain.remove(text.marks.at(m).span.start, text.marks.at(m).span.length());
                }
                column += plain;
            }
            QString expected;
            QList<TextSpan> spans;
            for (const Passage &passage : analysis.alignment.passages) {
                const PassageMember *member = passage.member(ArticleId(article));
                if (member && member->primary)
                    spans.append(member->span);
            }
            std::sort(spans.begin(), spans.end(), [](TextSpan a, TextSpan b) { return a.start < b.start; });
            for (TextSpan span : std::as_const(spans))
                expected += span.in(analysis.articles.at(article).text);
            QCOMPARE(column, expected);
        }
    }
}

void TestReportDocument::factMatrix_oneTableWithEveryOutlet()
{
    const ReportDocument document = buildReportDocument(m_sample.session, m_sample.analysis, ReportOptions{});
    const QList<const ReportTable *> tables = blocksOf<ReportTable>(document, ReportPart::Kind::Facts);
    QVERIFY(!tables.isEmpty());
    const ReportTable &matrix = *tables.first();
    QCOMPARE(matrix.fixedColumns, 1);
    QCOMPARE(matrix.header.size(), 1 + m_sample.analysis.articles.size());
    qreal total = 0;
    for (qreal width : matrix.widths)
        total += width;
    QVERIFY(qAbs(total - 1) < 1e-9);
    for (const QList<ReportCell> &row : matrix.rows)
        QVERIFY(row.size() == 1 || row.size() == matrix.header.size());
}

void TestReportDocument::sections_leftOutListTheAnnotations()
{
    ReportOptions options;
    options.sections = ReportSection::Claims;
    const ReportDocument document = buildReportDocument(m_sample.session, m_sample.analysis, options);
    QCOMPARE(kinds(document), (QList<ReportPart::Kind>{ReportPart::Kind::Claims, ReportPart::Kind::Annotations}));
    QCOMPARE(document.listedAnnotations, 3);
    QVERIFY(document.footnotes.isEmpty());
}

void TestReportDocument::markdown_isTheDocumentRendered()
{
    ReportOptions options;
    options.reportDate = QDateTime(QDate(2026, 3, 1), QTime(9, 0));
    const QString md = markdownReport(m_sample.session, m_sample.analysis, options);
    QCOMPARE(md, reportMarkdown(buildReportDocument(m_sample.session, m_sample.analysis, options)));
    // What the PDF shows is in the Markdown too: the cover's counts, the notes, every source.
    QVERIFY(md.contains(u"Articles compared: 5 of 5"_s));
    QVERIFY(md.contains(u"Claims reviewed: "_s));
    for (const Article &article : m_sample.analysis.articles)
        QVERIFY(md.contains(QString::fromLatin1(article.contentHash)));
    QVERIFY(md.contains(u"#### Passage 1 ("_s));
    QVERIFY(md.contains(u"\\[1\\]"_s));
}

void TestReportDocument::cancel_stopsTheBuild()
{
    int asked = 0;
    TaskControl control;
    control.isCanceled = [&asked] { return ++asked > 2; };
    const ReportDocument document = buildReportDocument(m_sample.session, m_sample.analysis, ReportOptions{}, control);
    QVERIFY(document.canceled);
    QVERIFY(asked < 10);
}

QTEST_GUILESS_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
