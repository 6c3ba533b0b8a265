// SPDX-License-Identifier: GPL-3.0-or-later
// The fact engine's figures as the aligner's anchors: one key per kind and value whatever the
// format, none for quotes and vague figures, and the analysis joining a rewording they anchor.
#include "analysis/analysis.h"
#include "common/testarticles.h"

#include <QTest>

using namespace Crossread;

namespace {

/// The anchor keys of a one-article story made of `text`, in text order.
QList<quint64> anchorKeys(const QString &text)
{
    const QList<Article> articles = {Test::articleFromText(text)};
    const QList<Segmentation> segmentations = {segment(articles.first())};
    const StoryAnchors anchors = figureAnchors(extractStoryFacts(articles, segmentations));
    QList<quint64> keys;
    if (anchors.size() == 1) {
        for (const SentenceAnchor &anchor : anchors.first())
            keys.append(anchor.key);
    }
    return keys;
}

} // namespace

class TestFigureAnchors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameValueSameKey_data();
    void sameValueSameKey();
    void noAnchor_data();
    void noAnchor();
    void analysisJoinsAnchoredRewording();
};

void TestFigureAnchors::sameValueSameKey_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");
    QTest::newRow("money in two formats") << QStringLiteral("The works cost $4.2 million.")
                                          << QStringLiteral("The works cost $4,200,000.") << true;
    QTest::newRow("two amounts") << QStringLiteral("The works cost $4.2 million.")
                                 << QStringLiteral("The works cost $4.3 million.") << false;
    QTest::newRow("percent and per cent") << QStringLiteral("Turnout fell 40 percent.")
                                          << QStringLiteral("Turnout fell 40 per cent.") << true;
    QTest::newRow("a count and a percentage of one number") << QStringLiteral("Turnout fell 40 percent.")
                                                            << QStringLiteral("The council hired 40 wardens.") << false;
    QTest::newRow("about a figure and the figure") << QStringLiteral("About 300 people marched.")
                                                   << QStringLiteral("Police said 300 people marched.") << true;
    // Articles of Wednesday 19 April 2023: "Friday" is 14 April.
    QTest::newRow("a weekday and its date") << QStringLiteral("The plant closed on Friday.")
                                            << QStringLiteral("The plant closed on April 14.") << true;
}

void TestFigureAnchors::sameValueSameKey()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    const QList<quint64> a = anchorKeys(first);
    const QList<quint64> b = anchorKeys(second);
    QCOMPARE(a.size(), 1);
    QCOMPARE(b.size(), 1);
    QCOMPARE(a.first() == b.first(), same);
}

void TestFigureAnchors::noAnchor_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a quote") << QStringLiteral("\"We will rebuild the pier,\" the mayor said.");
    QTest::newRow("a vague figure") << QStringLiteral("The project will cost billions.");
    QTest::newRow("no figure") << QStringLiteral("The mayor visited the pier.");
}

void TestFigureAnchors::noAnchor()
{
    QFETCH(QString, text);
    QVERIFY(anchorKeys(text).isEmpty());
}

void TestFigureAnchors::analysisJoinsAnchoredRewording()
{
    // The same statement reworded around one figure, written in two formats: too few words in
    // common for the words alone (tests/align: tst_alignment's figureAnchors), joined through
    // the fact engine's reading of the figure.
    const QStringList background = {
        QStringLiteral("The Velmora council approved the Drelsby bridge on Tuesday after a long debate."),
        QStringLiteral("Marta Quenby, the authority's chief executive, thanked the engineers for their patience."),
        QStringLiteral("Ferry passengers waited two hours in the rain on Saturday."),
    };
    const QList<Article> articles = {
        Test::articleFromParagraphs(background + QStringList{QStringLiteral("The Orlin water board will spend $4.2 million replacing the lead pipes under Harwick Street.")}, QStringLiteral("One")),
        Test::articleFromParagraphs(background + QStringList{QStringLiteral("Crews of the board will dig up Harwick Street this summer to replace its lead pipes in a $4,200,000 project.")}, QStringLiteral("Two")),
    };
    const Analysis analysis = analyseStory(articles);
    const auto passageOf = [&](int article, const QString &text) {
        const qsizetype at = analysis.articles.at(article).text.indexOf(text);
        return analysis.alignment.passageAt(ArticleId(article), analysis.segmentations.at(article), at);
    };
    const int plan = passageOf(0, QStringLiteral("lead pipes"));
    QVERIFY(plan >= 0);
    QCOMPARE(passageOf(1, QStringLiteral("dig up")), plan);
    // And the figures of the joined passage agree in one slot.
    bool agreed = false;
    for (const FactSlot &slot : analysis.facts.slots)
        agreed = agreed || (slot.kind == FactKind::Money && slot.status == SlotStatus::Agree && slot.mentions.size() == 2);
    QVERIFY(agreed);
}

QTEST_GUILESS_MAIN(TestFigureAnchors)
#include "tst_figureanchors.moc"
