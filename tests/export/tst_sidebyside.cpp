// SPDX-License-Identifier: GPL-3.0-or-later
// The side-by-side pages are a faithful copy: each article reads in its own order. The row
// order on synthetic alignments, then a real PDF read back with pdftotext column by column.
#include "analysis/analysis.h"
#include "export/report.h"
#include "export/sidebyside.h"
#include "common/testarticles.h"

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

} // namespace

class TestSideBySide : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rows_data();
    void rows();
    void pdfKeepsEachArticlesOrder();
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

    const QString info = run(u"pdfinfo"_s, {pdf});
    const QRegularExpressionMatch size = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+)"_s).match(info);
    QVERIFY(size.hasMatch());
    const int width = int(size.captured(1).toDouble());
    const int height = int(size.captured(2).toDouble());
    // Each article's column, read page after page, holds its sentences in its own order.
    for (int column = 0; column < 2; ++column) {
        const QString text = folded(run(u"pdftotext"_s, {u"-x"_s, QString::number(column * width / 2), u"-y"_s, u"0"_s,
                                                       u"-W"_s, QString::number(width / 2), u"-H"_s, QString::number(height),
                                                       pdf, u"-"_s}));
        const QStringList sentences = column == 0 ? events : second.mid(1);
        qsizetype at = 0;
        for (const QString &sentence : sentences) {
            // The first words of each sentence, which fit on one line of a column.
            const QString start = folded(sentence.trimmed()).section(u' ', 0, 3);
            const qsizetype found = text.indexOf(start, at);
            QVERIFY2(found >= 0, qPrintable(u"column %1: \"%2\" missing or out of order in: %3"_s.arg(column).arg(start, text)));
            at = found + start.size();
        }
    }
}

QTEST_MAIN(TestSideBySide)
#include "tst_sidebyside.moc"
