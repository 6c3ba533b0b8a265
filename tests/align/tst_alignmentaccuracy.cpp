// SPDX-License-Identifier: GPL-3.0-or-later
// Pairwise precision, recall and F1 of the aligner on generated story clusters with known
// truth (see synth/storygenerator.h).
#include "align/alignment.h"
#include "analysis/analysis.h"
#include "common/storygenerator.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace Crossread;

namespace {

struct Measured {
    Synth::PairScore score;
    qint64 milliseconds = 0;
    QStringList mistakes;
};

Measured measure(const Synth::GeneratorOptions &options)
{
    const Synth::GeneratedStory story = Synth::generateStory(options);
    const QList<Article> articles = story.articleList();
    QElapsedTimer timer;
    timer.start();
    const QList<Segmentation> segmentations = QtConcurrent::blockingMapped(articles, [](const Article &a) { return segment(a); });
    AlignmentOptions alignmentOptions;
    alignmentOptions.computeDiffs = false;
    // The figures anchor sentences as in the analysis (qualifier twins and each outlet's own
    // interviewee state figures too, and must stay apart all the same).
    alignmentOptions.anchors = figureAnchors(extractStoryFacts(articles, segmentations));
    const Alignment alignment = alignStory(articles, segmentations, alignmentOptions);
    const qint64 elapsed = timer.elapsed();
    return {Synth::scoreAlignment(story, segmentations, alignment), elapsed,
            Synth::describeMistakes(story, segmentations, alignment, 12)};
}

} // namespace

class TestAlignmentAccuracy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void f1AtLeast95_data();
    void f1AtLeast95();
    void figures_data();
    void figures();
    void realPhenomena_data();
    void realPhenomena();
    void scorerSeesMistakes();
};

void TestAlignmentAccuracy::f1AtLeast95_data()
{
    QTest::addColumn<int>("articles");
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {1ULL, 2ULL, 3ULL}) {
        QTest::addRow("5 articles, seed %llu", seed) << 5 << seed;
        QTest::addRow("20 articles, seed %llu", seed) << 20 << seed;
    }
}

void TestAlignmentAccuracy::f1AtLeast95()
{
    QFETCH(int, articles);
    QFETCH(quint64, seed);
    Synth::GeneratorOptions options;
    options.articles = articles;
    options.seed = seed;
    const Measured measured = measure(options);
    qInfo("%d articles, seed %llu: precision %.3f recall %.3f F1 %.3f (%lld ms)", articles, seed,
          measured.score.precision(), measured.score.recall(), measured.score.f1(), measured.milliseconds);
    if (measured.score.f1() < 0.95 || qEnvironmentVariableIsSet("CROSSREAD_SHOW_MISTAKES")) {
        for (const QString &line : measured.mistakes)
            qInfo().noquote() << line;
    }
    QVERIFY2(measured.score.f1() >= 0.95, qPrintable(QStringLiteral("F1 %1").arg(measured.score.f1())));
}

void TestAlignmentAccuracy::figures_data()
{
    QTest::addColumn<bool>("harder");
    QTest::addColumn<double>("minimumF1");
    QTest::newRow("default rewriting") << false << 0.95;
    // Twice the synonym swaps, trims, merges and splits: closer to how far real outlets drift
    // (the sample story's true pairs score lower than the generated ones).
    QTest::newRow("harder rewriting") << true << 0.85;
}

void TestAlignmentAccuracy::figures()
{
    QFETCH(bool, harder);
    QFETCH(double, minimumF1);
    // Several sizes, three seeds each, for the report.
    for (int articles : {2, 5, 10, 20, 50, 100}) {
        Synth::PairScore total;
        qint64 milliseconds = 0;
        for (quint64 seed : {11ULL, 12ULL, 13ULL}) {
            Synth::GeneratorOptions options;
            options.articles = articles;
            options.seed = seed;
            if (harder) {
                options.synonymRate = 0.7;
                options.trimTailRate = 0.16;
                options.mergeRate = 0.08;
                options.splitRate = 0.1;
                options.uniqueRate = 0.25;
            }
            const Measured measured = measure(options);
            total += measured.score;
            milliseconds += measured.milliseconds;
        }
        qInfo("%3d articles: precision %.3f recall %.3f F1 %.3f (%lld ms per story)", articles,
              total.precision(), total.recall(), total.f1(), milliseconds / 3);
        QVERIFY(total.f1() >= minimumF1);
    }
}

void TestAlignmentAccuracy::realPhenomena_data()
{
    // Issue #16's targets: F1 0.97 at 5 and 20 articles, 0.95 at 100 and 300.
    QTest::addColumn<int>("articles");
    QTest::addColumn<double>("minimumF1");
    QTest::addRow("5 articles") << 5 << 0.97;
    QTest::addRow("20 articles") << 20 << 0.97;
    QTest::addRow("100 articles") << 100 << 0.95;
    QTest::addRow("300 articles") << 300 << 0.95;
}

void TestAlignmentAccuracy::realPhenomena()
{
    // What real coverage does that the first generator did not: statements told twice with
    // another qualifier and other figures, each outlet's own interviewee in a template the
    // others use, and wire copies.
    QFETCH(int, articles);
    QFETCH(double, minimumF1);
    Synth::PairScore total;
    qint64 milliseconds = 0;
    QStringList mistakes;
    const QList<quint64> seeds = articles >= 100 ? QList<quint64>{21} : QList<quint64>{21, 22, 23};
    for (quint64 seed : seeds) {
        Synth::GeneratorOptions options;
        options.articles = articles;
        options.seed = seed;
        options.synonymRate = 0.5;
        options.qualifierTwinRate = 0.15;
        options.ownVoiceRate = 0.5;
        options.syndicatedRate = 0.05;
        const Measured measured = measure(options);
        total += measured.score;
        milliseconds += measured.milliseconds;
        mistakes += measured.mistakes;
    }
    qInfo("%3d articles: precision %.3f recall %.3f F1 %.3f (%lld ms per story)", articles, total.precision(),
          total.recall(), total.f1(), milliseconds / seeds.size());
    if (total.f1() < minimumF1 || qEnvironmentVariableIsSet("CROSSREAD_SHOW_MISTAKES")) {
        for (const QString &line : std::as_const(mistakes).mid(0, 24))
            qInfo().noquote() << line;
    }
    QVERIFY2(total.f1() >= minimumF1, qPrintable(QStringLiteral("F1 %1, target %2").arg(total.f1()).arg(minimumF1)));
}

void TestAlignmentAccuracy::scorerSeesMistakes()
{
    // The scorer must punish an alignment that pairs nothing and one that pairs everything.
    Synth::GeneratorOptions options;
    options.articles = 3;
    const Synth::GeneratedStory story = Synth::generateStory(options);
    const QList<Article> articles = story.articleList();
    QList<Segmentation> segmentations;
    for (const Article &article : articles)
        segmentations.append(segment(article));

    Alignment nothing;
    Passage everything;
    for (qsizetype a = 0; a < articles.size(); ++a) {
        for (qsizetype s = 0; s < segmentations.at(a).sentences.size(); ++s) {
            Passage single;
            single.members.append({ArticleId(int(a)), segmentations.at(a).sentences.at(s).span, s, 1, 1.0, true, {}});
            nothing.passages.append(single);
        }
        everything.members.append({ArticleId(int(a)), {}, 0, segmentations.at(a).sentences.size(), 1.0, true, {}});
    }
    Alignment all;
    all.passages.append(everything);

    const Synth::PairScore none = Synth::scoreAlignment(story, segmentations, nothing);
    QCOMPARE(none.truePositives, 0);
    QVERIFY(none.falseNegatives > 0);
    QCOMPARE(none.recall(), 0.0);
    const Synth::PairScore every = Synth::scoreAlignment(story, segmentations, all);
    QCOMPARE(every.recall(), 1.0);
    QVERIFY(every.precision() < 0.2);
}

QTEST_GUILESS_MAIN(TestAlignmentAccuracy)
#include "tst_alignmentaccuracy.moc"
