// SPDX-License-Identifier: GPL-3.0-or-later
// Conflict detection on generated story clusters (factstorygenerator): precision (a false
// alarm costs a fact-checker's time) and recall over pairs of mentions, for several cluster
// sizes, each over several seeds. The figures go into the fact engine's notes. realPhenomena
// adds what real coverage does (issue #16): saved plain-text pages with datelines and furniture,
// tier phrases and bounds, split, cut and altered quotes, and syndicated copies.
#include "analysis/analysis.h"
#include "align/alignment.h"
#include "common/factstorygenerator.h"
#include "common/sanitizer.h"
#include "core/segmentation.h"

#include <QTest>

using namespace Crossread;

namespace {

/// Prints every slot with the generated fact behind each mention ("f3v1": fact 3, wrong value;
/// "q2": quotation 2; "?": nothing generated there), and the missed conflicts.
void dump(const FactSynth::GeneratedStory &story, const FactTable &table, const FactSynth::ConflictScore &score)
{
    for (const FactSlot &slot : table.slots) {
        QString line = QStringLiteral("#%1 %2 %3:").arg(slot.id).arg(slotStatusName(slot.status), slot.label.english());
        if (slot.kind == FactKind::Quote)
            line += QStringLiteral(" variant %1 excerpt %2").arg(int(slot.quoteVariant)).arg(int(slot.quoteExcerpt));
        for (const Mention &mention : slot.mentions) {
            QString fact = QStringLiteral("?");
            for (const FactSynth::TrueMention &truth : story.mentions) {
                if (truth.article == mention.article.value() && truth.span.intersects(mention.span))
                    fact = QStringLiteral("f%1v%2").arg(truth.fact).arg(truth.valueId);
            }
            for (const FactSynth::TrueQuote &truth : story.quotes) {
                if (truth.article == mention.article.value() && truth.span.intersects(mention.span))
                    fact = QStringLiteral("q%1%2%3%4").arg(truth.quote).arg(truth.altered ? QStringLiteral(" altered") : QString(),
                                                                truth.split ? QStringLiteral(" split") : QString(),
                                                                truth.cut ? QStringLiteral(" cut") : QString());
            }
            line += QStringLiteral(" [a%1 %2 '%3']").arg(mention.article.value()).arg(fact, mention.surface);
        }
        qInfo().noquote() << line;
    }
    qInfo().noquote() << score.misses.join(QLatin1Char('\n'));
}

} // namespace

class TestFactAccuracy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conflicts_data();
    void conflicts();
    void realPhenomena_data();
    void realPhenomena();
};

void TestFactAccuracy::conflicts_data()
{
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("seeds");
    QTest::newRow("5 articles") << 5 << 12;
    QTest::newRow("10 articles") << 10 << 8;
    QTest::newRow("20 articles") << 20 << 4;
    QTest::newRow("100 articles") << 100 << 2;
    QTest::newRow("300 articles") << 300 << 1;
}

void TestFactAccuracy::conflicts()
{
    QFETCH(int, articles);
    QFETCH(int, seeds);
    FactSynth::ConflictScore total;
    FactSynth::LabelScore labels;
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
        if (qEnvironmentVariableIntValue("CROSSREAD_DUMP_SEED") == seed)
            dump(story, table, score);
        total += score;
        labels += FactSynth::scoreLabels(story, table);
    }
    qInfo("%d articles x %d seeds: conflict precision %.3f, recall %.3f (TP %lld, FP %lld, FN %lld); agreements gathered %.3f",
          articles, seeds, total.precision(), total.recall(), total.truePositives, total.falsePositives, total.falseNegatives,
          total.gathered());
    qInfo("labels naming the generated measure: %.3f of %d slots", labels.share(), labels.slots);
    QVERIFY2(total.truePositives > 0, "the generator injected no detectable disagreement");
    // Issue #16 item 8: a label names what the figure measures ("grant", "share of fleet",
    // "date of public hearing"), from the phrase the figure belongs to. Measured 0.95-1.00 per
    // size, as before the grammar (main at 67fa592: the generator's nouns are the ones the old
    // word lists knew); the floor guards the generated phrasings, the hand-judged real sample
    // in the README measures the rest.
    QVERIFY2(labels.share() >= 0.9, qPrintable(labels.wrong.join(u'\n')));
    // Issue #16's targets hold at every size. At 100 and 300 articles the fillers give years
    // for when different things were built ("The tram depot, built in 1975" / "The sea wall,
    // built in 1976"): the date clause's subject keeps them apart (measured 0.648 / 0.609
    // before, main at 0e59a07; 1.000 / 1.000).
    QVERIFY2(total.precision() >= 0.95 && !qEnvironmentVariableIsSet("CROSSREAD_SHOW_ALARMS"), qPrintable(total.falseAlarms.join(QLatin1Char('\n'))));
    QVERIFY2(total.recall() >= 0.9, qPrintable(total.misses.join(QLatin1Char('\n'))));
}

void TestFactAccuracy::realPhenomena_data()
{
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("seeds");
    QTest::newRow("5 articles") << 5 << 12;
    QTest::newRow("20 articles") << 20 << 4;
    QTest::newRow("100 articles") << 100 << 2;
    QTest::newRow("300 articles") << 300 << 1;
}

void TestFactAccuracy::realPhenomena()
{
    // Issue #16's targets at every size: conflict precision 0.95 and recall 0.90, agreements
    // gathered 0.80 (the target on real coverage), quote groups
    // found 0.95 and their variant flags right 0.90 (the excerpt flag held to the same bar), and
    // of the plain-text pages' furniture 90 % marked, no article line marked, no furniture line
    // a headline or a fact.
    QFETCH(int, articles);
    QFETCH(int, seeds);
    // About 10 s in a loaded Debug build; five times that under AddressSanitizer, where the
    // sizes up to 100 articles exercise the same code.
    if (articles >= 300 && Test::underAddressSanitizer())
        QSKIP("300 articles take too long under AddressSanitizer");
    FactSynth::ConflictScore conflicts;
    FactSynth::QuoteScore quotes;
    FactSynth::PageScore pages;
    for (int seed = 1; seed <= seeds; ++seed) {
        FactSynth::Options options;
        options.seed = quint64(seed) * 104729 + quint64(articles);
        options.articles = articles;
        options.plainText = true;
        options.furnitureRate = 0.25;
        options.tierPhraseRate = 0.5;
        options.demandFacts = 2;
        options.quotes = 6;
        options.syndicatedRate = 0.05;
        const FactSynth::GeneratedStory story = FactSynth::generateStory(options);
        const Analysis analysis = analyseStory(story.articles);
        QVERIFY(!analysis.canceled);
        const FactSynth::ConflictScore conflictScore = FactSynth::scoreConflicts(story, analysis.facts);
        if (qEnvironmentVariableIntValue("CROSSREAD_DUMP_SEED") == seed)
            dump(story, analysis.facts, conflictScore);
        conflicts += conflictScore;
        quotes += FactSynth::scoreQuotes(story, analysis.facts);
        pages += FactSynth::scorePages(story, analysis.articles, analysis.facts);
    }
    qInfo("%d articles x %d seeds: conflict precision %.3f, recall %.3f (TP %lld, FP %lld, FN %lld); agreements gathered %.3f",
          articles, seeds, conflicts.precision(), conflicts.recall(), conflicts.truePositives, conflicts.falsePositives,
          conflicts.falseNegatives, conflicts.gathered());
    qInfo("quote groups %d: found %.3f, variant flag right %.3f, excerpt flag right %.3f, speaker right %.3f", quotes.groups,
          quotes.foundShare(), quotes.variantShare(), quotes.excerptShare(), quotes.speakerShare());
    qInfo("furniture lines %lld: marked %.3f; article lines marked %lld of %lld; headlines right %.3f; facts from furniture %lld",
          pages.furnitureLines, pages.furnitureShare(), pages.articleLinesMarked, pages.articleLines, pages.headlineShare(),
          pages.furnitureFacts);
    QVERIFY2(conflicts.truePositives > 0, "the generator injected no detectable disagreement");
    QVERIFY2(quotes.groups > 0, "the generator wrote no quote that two articles share");
    QVERIFY2(pages.furnitureLines > 0, "the generator wrote no furniture");

    // Where the engine misses a target today: the row, the check, and the measured figure.
    // Each is an expected failure, so the gap stays visible and a fix shows up as XPASS.
    // Empty since the date clause's subject keeps two things' building years apart (conflict
    // precision at 100 / 300 articles was 0.794 / 0.912).
    const QHash<QString, QString> knownGaps;
    auto check = [&](const char *name, bool met, const QString &detail) {
        const QString key = QString::fromLatin1(QTest::currentDataTag()) + u'|' + QString::fromLatin1(name);
        if (knownGaps.contains(key))
            QEXPECT_FAIL("", qPrintable(knownGaps.value(key)), Continue);
        QVERIFY2(met, qPrintable(QString::fromLatin1(name) + QStringLiteral(": ") + detail));
    };
    check("conflict precision", conflicts.precision() >= 0.95, conflicts.falseAlarms.join(u'\n'));
    check("conflict recall", conflicts.recall() >= 0.9, conflicts.misses.join(u'\n'));
    // Issue #16 asks 80 % of the figures two outlets state alike gathered into one slot.
    check("agreements gathered", conflicts.gathered() >= 0.8, QStringLiteral("%1 of %2 pairs").arg(conflicts.agreementsGathered).arg(conflicts.agreements));
    check("quote groups found", quotes.foundShare() >= 0.95, quotes.mistakes.join(u'\n'));
    check("quote variant flags", quotes.variantShare() >= 0.9, quotes.mistakes.join(u'\n'));
    check("quote excerpt flags", quotes.excerptShare() >= 0.9, quotes.mistakes.join(u'\n'));
    check("furniture marked", pages.furnitureShare() >= 0.9, pages.furnitureKept.join(u'\n'));
    check("no article line marked", pages.articleLinesMarked == 0, pages.articleLinesDimmed.join(u'\n'));
    check("headlines", pages.headlinesRight == pages.headlines, pages.wrongHeadlines.join(u'\n'));
    check("no fact from furniture", pages.furnitureFacts == 0, pages.factsFromFurniture.join(u'\n'));
}

QTEST_GUILESS_MAIN(TestFactAccuracy)
#include "tst_factaccuracy.moc"
