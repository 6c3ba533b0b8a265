// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/alignment.h"
#include "common/testarticles.h"
#include "analysis/analysis.h"
#include "common/storygenerator.h"
#include "core/workpool.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThreadPool>

using namespace Crossread;

namespace QTest {
template<>
char *toString(const PassageStatus &status)
{
    return qstrdup(passageStatusName(status).toUtf8().constData());
}
} // namespace QTest

namespace {

/// An article from paragraphs; a paragraph starting with "[ad] " is boilerplate.
struct Aligned {
    QList<Article> articles;
    QList<Segmentation> segmentations;
    Alignment alignment;
};

Aligned align(const QList<Article> &articles)
{
    Aligned result;
    result.articles = articles;
    for (const Article &article : articles)
        result.segmentations.append(segment(article));
    result.alignment = alignStory(result.articles, result.segmentations);
    return result;
}

/// The passage holding the sentence of `article` that contains `needle`.
const Passage *passageWith(const Aligned &aligned, int article, const QString &needle)
{
    const qsizetype at = aligned.articles.at(article).text.indexOf(needle);
    if (at < 0)
        return nullptr;
    const int p = aligned.alignment.passageAt(ArticleId(article), aligned.segmentations.at(article), at);
    return p >= 0 ? &aligned.alignment.passages.at(p) : nullptr;
}

/// Invariants every alignment keeps: each non-boilerplate sentence is in exactly one passage
/// as a primary member, at most one member per article, ids equal indices, members ordered.
void checkInvariants(const Aligned &aligned)
{
    const Alignment &alignment = aligned.alignment;
    QCOMPARE(alignment.passageBySentence.size(), aligned.articles.size());
    QList<QList<int>> seen;
    for (const Segmentation &segmentation : aligned.segmentations)
        seen.append(QList<int>(segmentation.sentences.size(), 0));
    for (qsizetype p = 0; p < alignment.passages.size(); ++p) {
        const Passage &passage = alignment.passages.at(p);
        QCOMPARE(passage.id, int(p));
        QVERIFY(!passage.members.isEmpty());
        QVERIFY(passage.primaryCount() >= 1);
        QVERIFY(passage.referenceMember().primary);
        for (qsizetype m = 0; m < passage.members.size(); ++m) {
            const PassageMember &member = passage.members.at(m);
            if (m > 0)
                QVERIFY(passage.members.at(m - 1).article < member.article);
            QVERIFY(member.confidence >= 0.0 && member.confidence <= 1.0);
            const QList<Sentence> &sentences = aligned.segmentations.at(member.article.value()).sentences;
            QVERIFY(member.sentenceCount >= 1);
            QVERIFY(member.firstSentence + member.sentenceCount <= sentences.size());
            QCOMPARE(member.span.start, sentences.at(member.firstSentence).span.start);
            QCOMPARE(member.span.end, sentences.at(member.firstSentence + member.sentenceCount - 1).span.end);
            if (!member.primary)
                continue;
            for (qsizetype s = member.firstSentence; s < member.firstSentence + member.sentenceCount; ++s) {
                QVERIFY(!sentences.at(s).boilerplate);
                ++seen[member.article.value()][s];
                QCOMPARE(alignment.passageOfSentence(member.article, s), int(p));
            }
        }
    }
    for (qsizetype a = 0; a < aligned.articles.size(); ++a) {
        const QList<Sentence> &sentences = aligned.segmentations.at(a).sentences;
        for (qsizetype s = 0; s < sentences.size(); ++s)
            QCOMPARE(seen.at(a).at(s), sentences.at(s).boilerplate ? 0 : 1);
    }
}

const QStringList storyA = {
    QStringLiteral("The Velmora Transit Authority will spend $42 million on a new tidal depot in Drelsby, officials said on Tuesday."),
    QStringLiteral("Marta Quenby, the authority's chief executive, said the depot would create 1,200 jobs. Construction begins in March."),
    QStringLiteral("Residents of Drelsby packed a hearing to object to the plan. Several said they learned of it from the papers."),
    QStringLiteral("A survey of 3,400 residents found that 38 percent support the depot."),
};

} // namespace

class TestAlignment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyAndMismatched();
    void oneArticle();
    void identicalArticles();
    void reorderedParagraphs();
    void paraphraseAligns();
    void commonWordsDoNotAlign();
    void smallStoriesAlign();
    void oneSharedWordDoesNotAlign();
    void splitSentenceMakesOneSpan();
    void mergedSentenceAcrossMany();
    void mergedSentenceConfidence();
    void boilerplateNeverTakesPart();
    void allBoilerplateArticle();
    void differentLanguages();
    void tenThousandOneWordSentences();
    void deterministicAcrossThreadCounts();
    void cancelStopsTheWork();
    void passageAtPositions();
    void figureAnchors_data();
    void figureAnchors();
    void figuresOfOneScaleAreTwoStatements();
};

void TestAlignment::emptyAndMismatched()
{
    QVERIFY(alignStory({}, {}).isEmpty());
    const QList<Article> one = {Test::articleFromParagraphs(storyA)};
    QVERIFY(alignStory(one, {}).isEmpty());
}

void TestAlignment::oneArticle()
{
    const Aligned aligned = align({Test::articleFromParagraphs(storyA)});
    checkInvariants(aligned);
    QVERIFY(!aligned.alignment.isEmpty());
    for (const Passage &passage : aligned.alignment.passages) {
        QCOMPARE(passage.status, PassageStatus::Unique);
        QCOMPARE(passage.members.size(), 1);
        QCOMPARE(passage.members.first().confidence, 1.0);
    }
    // The snapshot says why nothing is compared, and still holds the article.
    const Analysis analysis = analyseStory({Test::articleFromParagraphs(storyA)});
    QCOMPARE(analysis.articles.size(), 1);
    QVERIFY(!analysis.alignment.isEmpty());
    QVERIFY(englishTexts(analysis.messages).join(u'\n').contains(QLatin1StringView("Only one article")));
}

void TestAlignment::identicalArticles()
{
    const Aligned aligned = align({Test::articleFromParagraphs(storyA, QStringLiteral("One")), Test::articleFromParagraphs(storyA, QStringLiteral("Two"))});
    checkInvariants(aligned);
    QCOMPARE(aligned.alignment.passages.size(), aligned.segmentations.at(0).sentences.size());
    for (const Passage &passage : aligned.alignment.passages) {
        QCOMPARE(passage.status, PassageStatus::Identical);
        QCOMPARE(passage.members.size(), 2);
        QCOMPARE(passage.members.at(0).span, passage.members.at(1).span);
        QVERIFY(passage.members.at(1).confidence > 0.99);
        for (const PassageMember &member : passage.members) {
            for (const DiffOp &op : member.diff)
                QCOMPARE(op.kind, DiffOp::Kind::Equal);
        }
    }
}

void TestAlignment::reorderedParagraphs()
{
    QStringList reversed = storyA;
    std::reverse(reversed.begin(), reversed.end());
    const Aligned aligned = align({Test::articleFromParagraphs(storyA), Test::articleFromParagraphs(reversed)});
    checkInvariants(aligned);
    for (const Passage &passage : aligned.alignment.passages)
        QCOMPARE(passage.members.size(), 2);
    // Reading order follows the first article.
    const Passage *first = passageWith(aligned, 0, QStringLiteral("Velmora Transit Authority"));
    QVERIFY(first);
    QCOMPARE(first->id, 0);
}

void TestAlignment::paraphraseAligns()
{
    const Aligned aligned = align({
        Test::articleFromParagraphs({QStringLiteral("Marta Quenby, the authority's chief executive, said the depot would create 1,200 jobs."),
                     QStringLiteral("The weather in Drelsby was mild all week.")}),
        Test::articleFromParagraphs({QStringLiteral("The tidal depot will bring 1,200 positions, according to chief executive Marta Quenby."),
                     QStringLiteral("Shares in a fishing company rose sharply.")}),
    });
    checkInvariants(aligned);
    const Passage *passage = passageWith(aligned, 0, QStringLiteral("Marta Quenby"));
    QVERIFY(passage);
    QCOMPARE(passage->members.size(), 2);
    QCOMPARE(passage->status, PassageStatus::Reworded);
    QVERIFY(passage->member(ArticleId(1)));
    QVERIFY(passage->member(ArticleId(1))->span.in(aligned.articles.at(1).text).contains(QLatin1StringView("1,200 positions")));
    // The reworded member carries a diff with real edits.
    const PassageMember &other = passage->members.at(passage->reference == 0 ? 1 : 0);
    QVERIFY(std::any_of(other.diff.cbegin(), other.diff.cend(), [](const DiffOp &op) { return op.kind != DiffOp::Kind::Equal; }));
}

void TestAlignment::commonWordsDoNotAlign()
{
    // Both sentences say "the city said on Tuesday that the plan would ..." but tell different things.
    const Aligned aligned = align({
        Test::articleFromParagraphs({QStringLiteral("The city said on Tuesday that the plan would close the Harwick library."),
                     QStringLiteral("Velmora's harbour will be dredged for $9 million.")}),
        Test::articleFromParagraphs({QStringLiteral("The city said on Tuesday that the plan would raise parking fees for Orlin visitors."),
                     QStringLiteral("Dredging Velmora's harbour will cost $9 million.")}),
    });
    checkInvariants(aligned);
    const Passage *library = passageWith(aligned, 0, QStringLiteral("Harwick"));
    QVERIFY(library);
    QCOMPARE(library->members.size(), 1);
    QCOMPARE(library->status, PassageStatus::Unique);
    const Passage *harbour = passageWith(aligned, 0, QStringLiteral("dredged"));
    QVERIFY(harbour);
    QCOMPARE(harbour->members.size(), 2);
}

void TestAlignment::smallStoriesAlign()
{
    // Issue #16: two outlets' one-sentence renderings of one statement. Every word they share
    // is in every sentence of so small a story; weighed by the story's own counts alone those
    // words would weigh next to nothing and the renderings look unrelated.
    const Aligned aligned = align({
        Test::articleFromParagraphs({QStringLiteral("That means the Velmora harbour party can block any pier nominee through "
                                                    "a filibuster if it can get 40 of its members to agree.")}),
        Test::articleFromParagraphs({QStringLiteral("But the Velmora harbour party can block any potential nominee through a "
                                                    "filibuster if it can get 41 votes.")}),
    });
    checkInvariants(aligned);
    const Passage *passage = passageWith(aligned, 0, QStringLiteral("filibuster"));
    QVERIFY(passage);
    QCOMPARE(passage->members.size(), 2);
}

void TestAlignment::oneSharedWordDoesNotAlign()
{
    // Sentences of unrelated stories sharing one word: "three" in a sports report and a case
    // report, "wait" in "still waiting for" and "Wait, there's more." Filler articles make the
    // sentences' other words common, so the shared word alone carries the weight, as in a
    // story of many outlets.
    QList<Article> articles{
        Test::articleFromParagraphs({QStringLiteral("The Tarn Owls beat Corby 27-24 in overtime on Saturday."),
                     QStringLiteral("The three previous games between these programs went to overtime."),
                     QStringLiteral("Kessler is still waiting for his first interception of the year.")}),
        Test::articleFromParagraphs({QStringLiteral("A man's breathlessness was traced to his new feather pillows."),
                     QStringLiteral("His health continued to decline over the next three months."),
                     QStringLiteral("Wait, there's more.")}),
    };
    for (int i = 1; i <= 4; ++i) {
        articles.append(Test::articleFromParagraphs(
            {QStringLiteral("The first year of the plan is still under way, officials said on day %1.").arg(i),
             QStringLiteral("Health officials continued to track the decline over the next months of the year."),
             QStringLiteral("The council's first report of the year is still expected next month.")}));
    }
    const Aligned aligned = align(articles);
    checkInvariants(aligned);
    for (const QString &words : {QStringLiteral("previous games"), QStringLiteral("interception")}) {
        const Passage *passage = passageWith(aligned, 0, words);
        QVERIFY(passage);
        QVERIFY2(passage->members.size() == 1, qPrintable(words));
    }
    // Sentences with several words in common still align.
    const Passage *decline = passageWith(aligned, 1, QStringLiteral("decline"));
    QVERIFY(decline);
    QVERIFY(decline->members.size() >= 2);
}

void TestAlignment::splitSentenceMakesOneSpan()
{
    const Aligned aligned = align({
        Test::articleFromParagraphs({QStringLiteral("The Velmora council approved the Drelsby bridge on Tuesday, and the bridge will cost $48 million over six years."),
                     QStringLiteral("Quenby thanked the engineers.")}),
        Test::articleFromParagraphs({QStringLiteral("The Velmora council approved the Drelsby bridge on Tuesday. The bridge will cost $48 million over six years."),
                     QStringLiteral("Quenby thanked the engineers.")}),
    });
    checkInvariants(aligned);
    const Passage *passage = passageWith(aligned, 0, QStringLiteral("approved"));
    QVERIFY(passage);
    QCOMPARE(passage->members.size(), 2);
    QCOMPARE(passage->member(ArticleId(0))->sentenceCount, 1);
    QCOMPARE(passage->member(ArticleId(1))->sentenceCount, 2);
    QVERIFY(passage->member(ArticleId(0))->primary);
    QVERIFY(passage->member(ArticleId(1))->primary);
}

void TestAlignment::mergedSentenceAcrossMany()
{
    // Three outlets keep two statements apart; one merges them. The merging sentence is primary
    // in one passage and a secondary member of the other, so neither passage loses it.
    const QStringList apart = {
        QStringLiteral("The Velmora council approved the Drelsby bridge on Tuesday. The contract went to Orrin Steelworks for $48 million. Quenby thanked the engineers."),
    };
    const QStringList merged = {
        QStringLiteral("The Velmora council approved the Drelsby bridge on Tuesday, giving the $48 million contract to Orrin Steelworks. Quenby thanked the engineers."),
    };
    const Aligned aligned = align({Test::articleFromParagraphs(apart), Test::articleFromParagraphs(apart), Test::articleFromParagraphs(merged), Test::articleFromParagraphs(apart)});
    checkInvariants(aligned);
    const Passage *bridge = passageWith(aligned, 0, QStringLiteral("approved"));
    const Passage *contract = passageWith(aligned, 0, QStringLiteral("contract went"));
    QVERIFY(bridge && contract);
    QVERIFY(bridge != contract);
    QCOMPARE(bridge->members.size(), 4);
    QCOMPARE(contract->members.size(), 4);
    const PassageMember *inBridge = bridge->member(ArticleId(2));
    const PassageMember *inContract = contract->member(ArticleId(2));
    QVERIFY(inBridge && inContract);
    QCOMPARE(inBridge->span, inContract->span);
    QVERIFY(inBridge->primary != inContract->primary);
}

void TestAlignment::mergedSentenceConfidence()
{
    // One outlet tells two statements apart (not even side by side), the other merges them:
    // one of the two passages has one primary member and the merging sentence as a secondary
    // one. Each
    // member's confidence is its likeness to the rest of the passage, which for the lone
    // primary member is the secondary one (it was 0: nothing left of the primaries' sum).
    const Aligned aligned = align({
        Test::articleFromParagraphs({QStringLiteral("The Velmora council approved the Drelsby bridge on Tuesday."),
                                     QStringLiteral("Quenby thanked the engineers."),
                                     QStringLiteral("The contract went to Orrin Steelworks for $48 million.")}),
        Test::articleFromParagraphs({QStringLiteral("The Velmora council approved the Drelsby bridge on Tuesday, giving the $48 million contract to Orrin Steelworks."),
                                     QStringLiteral("Quenby thanked the engineers.")}),
    });
    checkInvariants(aligned);
    const Passage *bridge = passageWith(aligned, 0, QStringLiteral("approved"));
    const Passage *contract = passageWith(aligned, 0, QStringLiteral("contract went"));
    QVERIFY(bridge && contract && bridge != contract);
    const Passage *merged = bridge->primaryCount() == 1 ? bridge : contract;
    QCOMPARE(merged->primaryCount(), 1);
    QCOMPARE(merged->members.size(), 2);
    const PassageMember &primary = merged->members.at(merged->members.at(0).primary ? 0 : 1);
    const PassageMember &secondary = merged->members.at(merged->members.at(0).primary ? 1 : 0);
    QVERIFY(!secondary.primary);
    QVERIFY2(primary.confidence > 0.2, qPrintable(QString::number(primary.confidence)));
    // Two members: each one's likeness to the other.
    QVERIFY(qAbs(primary.confidence - secondary.confidence) < 1e-6);
    QVERIFY(merged->referenceMember().primary);
}

void TestAlignment::boilerplateNeverTakesPart()
{
    const QString ad = QStringLiteral("[ad] Sign up for the Velmora Daily newsletter for $1 a week.");
    const Aligned aligned = align({Test::articleFromParagraphs(QStringList{storyA.at(0), ad}), Test::articleFromParagraphs(QStringList{ad, storyA.at(0)})});
    checkInvariants(aligned);
    QCOMPARE(aligned.alignment.passages.size(), 1);
    const qsizetype at = aligned.articles.at(0).text.indexOf(QLatin1StringView("Sign up"));
    QCOMPARE(aligned.alignment.passageAt(ArticleId(0), aligned.segmentations.at(0), at), -1);
}

void TestAlignment::allBoilerplateArticle()
{
    const QList<Article> articles = {
        Test::articleFromParagraphs(storyA, QStringLiteral("Real")),
        Test::articleFromParagraphs({QStringLiteral("[ad] Subscribe today."), QStringLiteral("[ad] Share this story.")}, QStringLiteral("Furniture")),
    };
    const Aligned aligned = align(articles);
    checkInvariants(aligned);
    for (const Passage &passage : aligned.alignment.passages)
        QVERIFY(!passage.member(ArticleId(1)));
    const Analysis analysis = analyseStory(articles);
    QVERIFY(englishTexts(analysis.messages).join(u'\n').contains(QLatin1StringView("Furniture has no article text")));
}

void TestAlignment::differentLanguages()
{
    const QList<Article> articles = {
        Test::articleFromParagraphs(storyA, QStringLiteral("English")),
        Test::articleFromParagraphs({QStringLiteral("L'autorité des transports de Velmora dépensera 42 millions de dollars pour un nouveau dépôt à Drelsby, ont annoncé mardi les responsables."),
                     QStringLiteral("Marta Quenby, directrice générale de l'autorité, a déclaré que le dépôt créerait 1 200 emplois. Les travaux commencent en mars."),
                     QStringLiteral("Les habitants de Drelsby ont rempli une salle pour s'opposer au projet.")},
                    QStringLiteral("Français")),
    };
    const Aligned aligned = align(articles);
    checkInvariants(aligned);
    // Names and figures alone do not make a French sentence an English one.
    for (const Passage &passage : aligned.alignment.passages)
        QCOMPARE(passage.members.size(), 1);
    const Analysis analysis = analyseStory(articles);
    QVERIFY(englishTexts(analysis.messages).join(u'\n').contains(QLatin1StringView("shares no passage")));
}

void TestAlignment::tenThousandOneWordSentences()
{
    // Every sentence is the same word: the worst case for an inverted index. The work must
    // stay bounded (candidates are capped), and the result must still be a valid alignment.
    QStringList words;
    QString repeated;
    QString numbered;
    for (int i = 0; i < 10000; ++i) {
        repeated += QStringLiteral("Yes. ");
        numbered += QStringLiteral("Item%1. ").arg(i);
    }
    QElapsedTimer timer;
    timer.start();
    const Aligned aligned = align({Test::articleFromParagraphs({repeated}), Test::articleFromParagraphs({repeated}), Test::articleFromParagraphs({numbered})});
    const qint64 elapsed = timer.elapsed();
    qInfo("3 articles of 10,000 one-word sentences: %lld ms", elapsed);
    checkInvariants(aligned);
    QCOMPARE(aligned.segmentations.at(0).sentences.size(), 10000);
    QVERIFY2(elapsed < 20000, "alignment of 30,000 one-word sentences took too long");
}

void TestAlignment::deterministicAcrossThreadCounts()
{
    Synth::GeneratorOptions options;
    options.articles = 12;
    options.seed = 5;
    const QList<Article> articles = Synth::generateStory(options).articleList();
    QList<Segmentation> segmentations;
    for (const Article &article : articles)
        segmentations.append(segment(article));
    // The engine's work runs on workPool(); vary its size.
    const int threads = workPool()->maxThreadCount();
    workPool()->setMaxThreadCount(1);
    const Alignment single = alignStory(articles, segmentations);
    workPool()->setMaxThreadCount(8);
    const Alignment many = alignStory(articles, segmentations);
    workPool()->setMaxThreadCount(threads);
    QVERIFY(!single.isEmpty());
    QVERIFY(single == many);
}

void TestAlignment::cancelStopsTheWork()
{
    Synth::GeneratorOptions options;
    options.articles = 30;
    const QList<Article> articles = Synth::generateStory(options).articleList();
    QList<Segmentation> segmentations;
    for (const Article &article : articles)
        segmentations.append(segment(article));
    std::atomic<int> asked = 0;
    const Alignment alignment = alignStory(articles, segmentations, {}, [&] { return ++asked > 20; });
    QVERIFY(asked > 20);
    QVERIFY(alignment.isEmpty());

    const Analysis analysis = analyseStory(articles, {[] { return true; }, {}});
    QVERIFY(analysis.canceled);
    QVERIFY(analysis.alignment.isEmpty());
}

void TestAlignment::passageAtPositions()
{
    const Aligned aligned = align({Test::articleFromParagraphs(storyA), Test::articleFromParagraphs(storyA)});
    const Segmentation &segmentation = aligned.segmentations.at(0);
    const Sentence &second = segmentation.sentences.at(1);
    const int p = aligned.alignment.passageOfSentence(ArticleId(0), 1);
    QVERIFY(p >= 0);
    QCOMPARE(aligned.alignment.passageAt(ArticleId(0), segmentation, second.span.start), p);
    QCOMPARE(aligned.alignment.passageAt(ArticleId(0), segmentation, second.span.end - 1), p);
    QCOMPARE(aligned.alignment.passageAt(ArticleId(0), segmentation, -5), -1);
    QCOMPARE(aligned.alignment.passageAt(ArticleId(0), segmentation, aligned.articles.at(0).text.size() + 10), -1);
    QCOMPARE(aligned.alignment.passageOfSentence(ArticleId(7), 0), -1);
    QCOMPARE(aligned.alignment.passageOfSentence(ArticleId(), 0), -1);
}

void TestAlignment::figureAnchors_data()
{
    // Two outlets' articles: the same three background sentences, then each outlet's own
    // sentences. `anchored` lists "surface=key": every occurrence of the surface in either
    // article states the figure `key` (as the fact engine reads "$4.2 million" and
    // "$4,200,000" alike). The sentences holding `first` (first article) and `second` (second
    // article) must share a passage as `together` says, and without the anchors as
    // `togetherWithout` says.
    QTest::addColumn<QStringList>("ownFirst");
    QTest::addColumn<QStringList>("ownSecond");
    QTest::addColumn<QStringList>("anchored");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("together");
    QTest::addColumn<bool>("togetherWithout");

    const QString plan = QStringLiteral("The Orlin water board will spend $4.2 million replacing the lead pipes under Harwick Street.");
    // Reworded so that the words alone fall just short of joining (similarity 0.27 against a
    // threshold of 0.30; a figure in common joins at 0.25).
    const QString reworded = QStringLiteral("Crews of the board will dig up Harwick Street this summer to swap its ageing lead pipes in a $4,200,000 project.");
    const QStringList money = {QStringLiteral("$4.2 million=7"), QStringLiteral("$4,200,000=7")};
    QTest::newRow("a figure both state anchors a rewording")
        << QStringList{plan} << QStringList{reworded} << money << QStringLiteral("lead pipes")
        << QStringLiteral("dig up") << true << false;
    QTest::newRow("without a figure in common the rewording stays apart")
        << QStringList{plan} << QStringList{reworded} << QStringList{QStringLiteral("$4.2 million=7"), QStringLiteral("$4,200,000=8")}
        << QStringLiteral("lead pipes") << QStringLiteral("dig up") << false << false;
    QTest::newRow("a shared figure alone is no statement")
        << QStringList{QStringLiteral("Velmora's library fund reached $4.2 million in March.")}
        << QStringList{QStringLiteral("The Drelsby ferry repairs came to $4,200,000, a council report found.")} << money
        << QStringLiteral("library fund") << QStringLiteral("ferry repairs") << false << false;
    // One outlet repeats the figure all through its article: it no longer tells which of its
    // sentences is the one the other outlet rewords. (The pair's words match as closely as in
    // the first row: an anchor kept would join them.)
    QTest::newRow("a figure repeated all through an article anchors nothing")
        << QStringList{plan, QStringLiteral("Critics said $4.2 million was too much for one street."),
                       QStringLiteral("The $4.2 million comes from the Drelsby reserve."),
                       QStringLiteral("Residents learned of the $4.2 million plan on Monday.")}
        << QStringList{reworded}
        << money << QStringLiteral("lead pipes") << QStringLiteral("dig up") << false << false;
}

void TestAlignment::figureAnchors()
{
    QFETCH(QStringList, ownFirst);
    QFETCH(QStringList, ownSecond);
    QFETCH(QStringList, anchored);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, together);
    QFETCH(bool, togetherWithout);

    const QStringList background = {
        QStringLiteral("The Velmora council approved the Drelsby bridge on Tuesday after a long debate."),
        QStringLiteral("Marta Quenby, the authority's chief executive, thanked the engineers for their patience."),
        QStringLiteral("Ferry passengers waited two hours in the rain on Saturday."),
    };
    const Aligned plain = align({Test::articleFromParagraphs(background + ownFirst, QStringLiteral("One")),
                                 Test::articleFromParagraphs(background + ownSecond, QStringLiteral("Two"))});
    AlignmentOptions options;
    for (const Article &article : plain.articles) {
        QList<SentenceAnchor> anchors;
        for (const QString &entry : std::as_const(anchored)) {
            const qsizetype equals = entry.lastIndexOf(u'=');
            const QString surface = entry.left(equals);
            const quint64 key = entry.mid(equals + 1).toULongLong();
            for (qsizetype at = article.text.indexOf(surface); at >= 0; at = article.text.indexOf(surface, at + 1))
                anchors.append({at, key});
        }
        options.anchors.append(anchors);
    }
    Aligned anchoredAlignment = plain;
    anchoredAlignment.alignment = alignStory(plain.articles, plain.segmentations, options);
    checkInvariants(anchoredAlignment);

    const auto share = [&](const Aligned &aligned) {
        const Passage *a = passageWith(aligned, 0, first);
        const Passage *b = passageWith(aligned, 1, second);
        return a && a == b;
    };
    QCOMPARE(share(anchoredAlignment), together);
    QCOMPARE(share(plain), togetherWithout);
    // The background sentences align either way.
    const Passage *bridge = passageWith(anchoredAlignment, 0, QStringLiteral("Drelsby bridge"));
    QVERIFY(bridge && bridge->members.size() == 2);
}

void TestAlignment::figuresOfOneScaleAreTwoStatements()
{
    // One outlet tells two statements in two sentences, each with its own percentage; the
    // other tells both in one sentence. The first outlet's sentences together match that one
    // sentence best, but two sentences that each state a percentage of their own are two
    // statements, never the halves of one: the sentence the merge covers best is its member,
    // not the pair.
    const QString first = QStringLiteral("Tourism in Stetrox rose 7 percent at the Stopuzax unit once the market hall opened.");
    const QString second = QStringLiteral("Under the old plan, visitor numbers climbed 6 percent in the harbour district.");
    const QString merged = QStringLiteral("Tourism in Stetrox rose 7 percent at the Stopuzax unit once the market hall opened, "
                                          "while under the old plan visitor numbers climbed 6 percent in the harbour district.");
    const Aligned plain = align({Test::articleFromParagraphs({merged}, QStringLiteral("One")),
                                 Test::articleFromParagraphs({first + u' ' + second}, QStringLiteral("Two"))});
    const auto withScales = [&](quint64 scale) {
        AlignmentOptions options;
        for (const Article &article : plain.articles) {
            QList<SentenceAnchor> anchors;
            for (const auto &[surface, key] : {std::pair(QStringLiteral("7 percent"), 7ULL), std::pair(QStringLiteral("6 percent"), 6ULL)}) {
                if (const qsizetype at = article.text.indexOf(surface); at >= 0)
                    anchors.append({at, key, scale});
            }
            options.anchors.append(anchors);
        }
        Aligned aligned = plain;
        aligned.alignment = alignStory(plain.articles, plain.segmentations, options);
        checkInvariants(aligned);
        const Passage *passage = passageWith(aligned, 0, QStringLiteral("Tourism"));
        return passage && passage->member(ArticleId(1)) ? passage->member(ArticleId(1))->sentenceCount : 0;
    };
    QCOMPARE(withScales(0), 2);   // scale unknown: the pair is taken as one statement split in two
    QCOMPARE(withScales(42), 1);
}

QTEST_GUILESS_MAIN(TestAlignment)
#include "tst_alignment.moc"
