// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysis.h"
#include "align/alignment.h"
#include "facts/factmodel.h"
#include "core/paragraphs.h"
#include "core/segmentation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Crossread;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Story {
    QList<Article> articles;
    QList<Segmentation> segmentations;
    FactTable table;
};

Story makeStory(const QStringList &texts)
{
    Story story;
    for (const QString &text : texts) {
        Article article;
        article.text = text;
        article.paragraphs = splitParagraphs(text);
        article.meta.published.date = QDate(2023, 4, 19);
        article.meta.published.precision = DatePrecision::Day;
        story.articles.append(article);
        story.segmentations.append(segment(article));
    }
    story.table = compareFacts(story.articles, story.segmentations, passageExtents(alignStory(story.articles, story.segmentations)));
    return story;
}

} // namespace

class TestFactModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void cells();
    void topicsAreGrouped();
};

void TestFactModel::passesModelTester()
{
    FactModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Story story = makeStory({u"The grant was $3.2 million, and the feed costs $42,000 a month."_s,
                                   u"The grant was $2.3 million, and the feed costs $42K per month."_s,
                                   u"“We are proud of the work,” said Ana Ruiz on Wednesday."_s});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFacts(story.table, {u"A"_s, u"B"_s, u"C"_s});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), int(story.table.slots.size()));
    QCOMPARE(model.columnCount(), 3);
    model.setFacts(makeStory({u"Only $5 here."_s}).table, {u"A"_s});
    QCOMPARE(model.columnCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestFactModel::cells()
{
    const Story story = makeStory({u"The grant was $3.2 million, the state said."_s,
                                   u"The grant was $2.3 million, the state said."_s,
                                   u"Nothing about money here, only words."_s});
    FactModel model;
    model.setFacts(story.table, {u"Gazette"_s, u"Dispatch"_s, u"Radio"_s});
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(FactModel::KindNameRole) == u"money"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.rowOfSlot(model.index(row, 0).data(FactModel::SlotIdRole).toInt()), row);
    const QModelIndex gazette = model.index(row, 0);
    const QModelIndex dispatch = model.index(row, 1);
    const QModelIndex radio = model.index(row, 2);
    QCOMPARE(gazette.data().toString(), u"$3.2 million"_s);
    QCOMPARE(dispatch.data().toString(), u"$2.3 million"_s);
    QVERIFY(!radio.data().isValid());
    QCOMPARE(gazette.data(FactModel::StatusRole).toInt(), int(SlotStatus::Conflict));
    QCOMPARE(radio.data(FactModel::StatusNameRole).toString(), u"conflict"_s);
    QCOMPARE(gazette.data(FactModel::LabelRole).toString(), u"grant"_s);
    QCOMPARE(gazette.data(FactModel::ValueRole).toStringList(), QStringList{u"3200000 USD"_s});
    QCOMPARE(dispatch.data(Qt::ToolTipRole).toString(), u"2300000 USD"_s);
    QCOMPARE(radio.data(FactModel::ArticleIdRole).toInt(), 2);
    const QList<TextSpan> spans = gazette.data(FactModel::MentionSpansRole).value<QList<TextSpan>>();
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.constFirst().in(story.articles.at(0).text).toString(), u"$3.2 million"_s);
    QVERIFY(!radio.data(FactModel::MentionSpansRole).isValid());
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Dispatch"_s);
    QCOMPARE(model.headerData(row, Qt::Vertical).toString(), u"grant"_s);
    QVERIFY(model.roleNames().contains(FactModel::MentionSpansRole));
}

void TestFactModel::topicsAreGrouped()
{
    const Story story = makeStory({u"The basic plan costs $100 a month and the pro plan costs $900 a month. The grant was $3.2 million."_s,
                                   u"The pro plan costs $900 a month, the company said."_s});
    FactModel model;
    model.setFacts(story.table, {u"A"_s, u"B"_s});
    QSet<int> seenTopics;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int topic = model.index(row, 0).data(FactModel::TopicRole).toInt();
        const bool first = model.index(row, 0).data(FactModel::FirstInTopicRole).toBool();
        // A topic's rows are contiguous: a topic starts exactly once.
        QCOMPARE(first, !seenTopics.contains(topic));
        seenTopics.insert(topic);
    }
    const QModelIndex basic = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString().contains(u"$100"_s))
                return model.index(row, 0);
        }
        return QModelIndex();
    }();
    QVERIFY(basic.isValid());
    QCOMPARE(basic.data(FactModel::TopicSizeRole).toInt(), 2);
    QVERIFY(!basic.data(FactModel::TopicLabelRole).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestFactModel)
#include "tst_factmodel.moc"
