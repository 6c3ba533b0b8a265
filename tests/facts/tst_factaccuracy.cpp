// SPDX-License-Identifier: GPL-3.0-or-later
// Conflict detection on generated story clusters (factstorygenerator): precision (a false
// alarm costs a fact-checker's time) and recall over pairs of mentions, for several cluster
// sizes, each over several seeds. The figures go into the fact engine's notes.
#include "analysis/analysis.h"
#include "align/alignment.h"
#include "common/factstorygenerator.h"
#include "core/segmentation.h"

#include <QTest>

using namespace Crossread;

class TestFactAccuracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conflicts_data();
    void conflicts();
};

void TestFactAccuracy::conflicts_data()
{
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("seeds");
    QTest::newRow("5 articles") << 5 << 12;
    QTest::newRow("10 articles") << 10 << 8;
    QTest::newRow("20 articles") << 20 << 4;
}

void TestFactAccuracy::conflicts()
{
    QFETCH(int, articles);
    QFETCH(int, seeds);
    FactSynth::ConflictScore total;
    for (int seed = 1; seed <= seeds; ++seed) {
        FactSynth::Options options;
        options.seed = quint64(seed) * 7919 + quint64(articles);
        options.articles = articles;
        const FactSynth::GeneratedStory story = FactSynth::generateStory(options);
        QList<Segmentation> segmentations;
        for (const Article &article : story.articles)
            segmentations.append(segment(article));
        const Alignment alignment = alignStory(story.articles, segmentations);
        const FactTable table = compareFacts(story.articles, segmentations, passageExtents(alignment));
        const FactSynth::ConflictScore score = FactSynth::scoreConflicts(story, table);
        if (qEnvironmentVariableIntValue("CROSSREAD_DUMP_SEED") == seed) {
            for (const FactSlot &slot : table.slots) {
                QString line = QStringLiteral("#%1 %2 %3:").arg(slot.id).arg(slotStatusName(slot.status), slot.label.english());
                for (const Mention &mention : slot.mentions) {
                    QString fact = QStringLiteral("?");
                    for (const FactSynth::TrueMention &truth : story.mentions) {
                        if (truth.article == mention.article.value() && truth.span.intersects(mention.span))
                            fact = QStringLiteral("f%1v%2").arg(truth.fact).arg(truth.valueId);
                    }
                    line += QStringLiteral(" [a%1 %2 '%3']").arg(mention.article.value()).arg(fact, mention.surface);
                }
                qInfo().noquote() << line;
            }
            qInfo().noquote() << score.misses.join(QLatin1Char('\n'));
        }
        total += score;
    }
    qInfo("%d articles x %d seeds: conflict precision %.3f, recall %.3f (TP %lld, FP %lld, FN %lld)", articles, seeds,
          total.precision(), total.recall(), total.truePositives, total.falsePositives, total.falseNegatives);
    QVERIFY2(total.truePositives > 0, "the generator injected no detectable disagreement");
    QVERIFY2(total.precision() >= 0.95 && !qEnvironmentVariableIsSet("CROSSREAD_SHOW_ALARMS"), qPrintable(total.falseAlarms.join(QLatin1Char('\n'))));
    QVERIFY2(total.recall() >= 0.9, qPrintable(total.misses.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFactAccuracy)
#include "tst_factaccuracy.moc"
