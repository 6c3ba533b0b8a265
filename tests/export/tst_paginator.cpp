// SPDX-License-Identifier: GPL-3.0-or-later
// The paginator on its own, on a real QPdfWriter: text flows onto pages without leaving them,
// long rows continue with marks, notes sit on the page of their mark, pages turn to landscape.
#include "export/paginator.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace Crossread;
using namespace Qt::Literals::StringLiterals;

namespace {

PageStyle style()
{
    QFont base(u"Sans Serif"_s);
    base.setPointSizeF(9);
    PageStyle style;
    style.body = base;
    style.small = base;
    style.small.setPointSizeF(7.5);
    style.smallItalic = style.small;
    style.smallItalic.setItalic(true);
    style.smallBold = style.small;
    style.smallBold.setBold(true);
    style.text = Qt::black;
    style.mutedText = Qt::darkGray;
    style.headerText = Qt::black;
    style.rule = Qt::gray;
    style.tableHeader = Qt::lightGray;
    style.markText = Qt::darkBlue;
    style.runningTitle = u"A story"_s;
    style.runningLabel = u"Test"_s;
    style.pageNumber = u"Page %1"_s;
    style.continued = u"(continued)"_s;
    style.continuesNext = u"continued on the next page"_s;
    return style;
}

/// A page of A5 in a PDF in memory, painted by `paint`.
template<typename Paint>
ReportLayoutInfo paginate(const Paint &paint, const TaskControl &control = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    ReportLayoutInfo info;
    QPainter painter(&writer);
    {
        Paginator paginator(painter, &writer, style(), info, control);
        paint(paginator);
        paginator.finish();
    }
    painter.end();
    return info;
}

PagePara para(const QString &text, const PageStyle &style)
{
    return PagePara{text, style.body, {}, {}, {}, Qt::AlignLeft};
}

QString sentence(int n)
{
    return u"Sentence %1 of a fictional harbour report, long enough to wrap once or twice in a narrow column."_s.arg(n);
}

} // namespace

class TestPaginator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void paragraphs_fillPagesInOrder_data();
    void paragraphs_fillPagesInOrder();
    void longRow_continuesWithMarks();
    void footnotes_printedOncePerMark();
    void orientation_turnsForAPageAndBack();
    void cancel_stopsPlacing();
};

void TestPaginator::paragraphs_fillPagesInOrder_data()
{
    QTest::addColumn<int>("paragraphs");
    QTest::newRow("one") << 1;
    QTest::newRow("a page") << 20;
    QTest::newRow("many pages") << 300;
}

void TestPaginator::paragraphs_fillPagesInOrder()
{
    QFETCH(int, paragraphs);
    const ReportLayoutInfo info = paginate([&](Paginator &paginator) {
        for (int i = 0; i < paragraphs; ++i)
            paginator.paragraph(para(sentence(i), paginator.style()));
    });
    QVERIFY2(info.overflows.isEmpty(), qPrintable(info.overflows.join(u'\n')));
    QCOMPARE(info.pageFill.size(), info.pages);
    QVERIFY(info.pages >= 1);
    if (paragraphs >= 300)
        QVERIFY(info.pages > 5);
    // Flowing text leaves no page half empty except the last.
    for (int page = 0; page + 1 < info.pages; ++page)
        QVERIFY2(info.pageFill.at(page) > 0.9, qPrintable(u"page %1 is %2 full"_s.arg(page + 1).arg(info.pageFill.at(page))));
}

void TestPaginator::longRow_continuesWithMarks()
{
    const ReportLayoutInfo info = paginate([&](Paginator &paginator) {
        PageTable table(paginator, {0.5, 0.5});
        table.header({u"Left"_s, u"Right"_s});
        QString longText;
        for (int i = 0; i < 60; ++i)
            longText += sentence(i) + u' ';
        table.row({PageCell{{para(longText, paginator.style())}, {}, QColor(Qt::blue)},
                   PageCell{{para(sentence(0), paginator.style())}, {}, {}}});
    });
    QVERIFY2(info.overflows.isEmpty(), qPrintable(info.overflows.join(u'\n')));
    QVERIFY(info.pages >= 2);
    QCOMPARE(info.continuedCells, qsizetype(info.pages - 1));   // the long cell, once per page after the first
}

void TestPaginator::footnotes_printedOncePerMark()
{
    const ReportLayoutInfo info = paginate([&](Paginator &paginator) {
        PageTable table(paginator, {1.0});
        table.header({u"Text"_s});
        for (int i = 1; i <= 40; ++i) {
            paginator.setFootnoteText(i, u"Note %1 on the sentence before it."_s.arg(i));
            PagePara marked = para(sentence(i) + u"[%1]"_s.arg(i), paginator.style());
            marked.footnotes.append({sentence(i).size(), i});
            table.row({PageCell{{marked}, {}, {}}});
        }
    });
    QVERIFY2(info.overflows.isEmpty(), qPrintable(info.overflows.join(u'\n')));
    QCOMPARE(info.footnotes, 40);
    QVERIFY(info.pages >= 2);
}

void TestPaginator::orientation_turnsForAPageAndBack()
{
    qreal portraitWidth = 0;
    qreal landscapeWidth = 0;
    const ReportLayoutInfo info = paginate([&](Paginator &paginator) {
        portraitWidth = paginator.content().width();
        paginator.paragraph(para(sentence(1), paginator.style()));
        QVERIFY(paginator.newPage(QPageLayout::Landscape));
        landscapeWidth = paginator.content().width();
        PageTable table(paginator, {0.25, 0.25, 0.25, 0.25});
        table.header({u"A"_s, u"B"_s, u"C"_s, u"D"_s});
        for (int i = 0; i < 30; ++i)
            table.row({PageCell{{para(sentence(i), paginator.style())}, {}, {}}, PageCell{}, PageCell{}, PageCell{}});
        QVERIFY(paginator.newPage(QPageLayout::Portrait));
        paginator.paragraph(para(sentence(2), paginator.style()));
    });
    QVERIFY2(info.overflows.isEmpty(), qPrintable(info.overflows.join(u'\n')));
    QVERIFY(landscapeWidth > portraitWidth * 1.3);
    QCOMPARE(info.pageOrientations.first(), QPageLayout::Portrait);
    QCOMPARE(info.pageOrientations.at(1), QPageLayout::Landscape);
    QCOMPARE(info.pageOrientations.last(), QPageLayout::Portrait);
    QVERIFY(info.pages >= 4);   // the table takes more than one landscape page
    for (int page = 1; page + 1 < info.pages; ++page)
        QCOMPARE(info.pageOrientations.at(page), QPageLayout::Landscape);
}

void TestPaginator::cancel_stopsPlacing()
{
    int asked = 0;
    TaskControl control;
    control.isCanceled = [&asked] { return ++asked > 3; };
    const ReportLayoutInfo info = paginate(
        [&](Paginator &paginator) {
            PageTable table(paginator, {1.0});
            table.header({u"Text"_s});
            QString longText;
            for (int i = 0; i < 400; ++i)
                longText += sentence(i) + u' ';
            table.row({PageCell{{para(longText, paginator.style())}, {}, {}}});
            QVERIFY(paginator.canceled());
        },
        control);
    QVERIFY(info.pages <= 5);
}

QTEST_MAIN(TestPaginator)
#include "tst_paginator.moc"
