// SPDX-License-Identifier: GPL-3.0-or-later
// Every outlet against the story's source: figures, quotes and passages of the fictional
// Eldmoor reservoir story (a press release and three outlets), through analyseStory().
#include "analysis/analysis.h"
#include "common/sourcestory.h"

#include <QTest>

using namespace Crossread;
using namespace Crossread::Test;

Q_DECLARE_METATYPE(Crossread::SourceMatch)

namespace {

/// The slot holding a mention whose surface contains `text` in article `article`, and the
/// mention's index; {-1, -1} when there is none.
std::pair<int, qsizetype> findMention(const Analysis &analysis, int article, const QString &text)
{
    for (const FactSlot &slot : analysis.facts.slots) {
        for (qsizetype m = 0; m < slot.mentions.size(); ++m) {
            const Mention &mention = slot.mentions.at(m);
            if (mention.article.value() == article && mention.surface.contains(text))
                return {slot.id, m};
        }
    }
    return {-1, -1};
}

/// The first passage whose member in `article` contains `text`, or -1.
int passageWith(const Analysis &analysis, int article, const QString &text)
{
    for (const Passage &passage : analysis.alignment.passages) {
        const PassageMember *member = passage.member(ArticleId(article));
        if (member && member->span.in(analysis.articles.at(article).text).contains(text))
            return passage.id;
    }
    return -1;
}

/// The source's texts of the passages `ids`, for failure messages.
QString passageTexts(const Analysis &analysis, const QList<int> &ids)
{
    QStringList texts;
    for (int id : ids) {
        const PassageMember *member = analysis.alignment.passages.at(id).member(ArticleId(analysis.source.source));
        texts.append(member ? member->span.in(analysis.articles.at(analysis.source.source).text).toString() : QString());
    }
    return texts.join(u" | ");
}

} // namespace

namespace QTest {
template<>
char *toString(const SourceMatch &match)
{
    const QString name = sourceMatchName(match);
    return qstrdup(name.isEmpty() ? "none" : name.toUtf8().constData());
}
} // namespace QTest

class TestSourceComparison : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void withoutSourceNothingIsCompared();
    void figuresAgainstTheSource_data();
    void figuresAgainstTheSource();
    void conflictWithSourceIsNotAmongOutlets();
    void quoteChangesAgainstTheSource();
    void passagesCarriedAndLeftOut();
    void countsPerOutlet();
    void anotherSourceMovesTheComparison();

private:
    QList<Article> m_articles;
    Analysis m_analysis;
};

void TestSourceComparison::initTestCase()
{
    m_articles = sourceStory();
    QCOMPARE(m_articles.size(), 4);
    m_analysis = analyseStory(m_articles);
    QVERIFY(m_analysis.source.isValid());
    QCOMPARE(m_analysis.source.source, int(PressRelease));
    QCOMPARE(m_analysis.source.slots.size(), m_analysis.facts.slots.size());
    QCOMPARE(m_analysis.source.articles.size(), m_articles.size());
}

void TestSourceComparison::withoutSourceNothingIsCompared()
{
    const Analysis analysis = analyseStory(sourceStory(false));
    QVERIFY(!analysis.source.isValid());
    QVERIFY(analysis.source.slots.isEmpty());
    QCOMPARE(analysis.source.match(0, 0), SourceMatch::None);
    // The comparison among outlets is the same with or without a source.
    QCOMPARE(analysis.facts.slots.size(), m_analysis.facts.slots.size());
    QCOMPARE(analysis.alignment, m_analysis.alignment);
}

void TestSourceComparison::figuresAgainstTheSource_data()
{
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<SourceMatch>("expected");
    QTest::newRow("Courier's cost is the source's") << int(ValleyCourier) << QStringLiteral("$186 million") << SourceMatch::Matches;
    QTest::newRow("Gazette's cost differs") << int(EldmoorGazette) << QStringLiteral("$168 million") << SourceMatch::Differs;
    QTest::newRow("Ledger's cost is the source's") << int(NorthernLedger) << QStringLiteral("$186 million") << SourceMatch::Matches;
    QTest::newRow("Gazette's households") << int(EldmoorGazette) << QStringLiteral("340") << SourceMatch::Matches;
    QTest::newRow("Courier's water bills rise") << int(ValleyCourier) << QStringLiteral("3%") << SourceMatch::Matches;
    QTest::newRow("Gazette's petition is not in the source") << int(EldmoorGazette) << QStringLiteral("2,600") << SourceMatch::Absent;
    QTest::newRow("Ledger's headline figure is the source's, wherever grouped") << int(NorthernLedger) << QStringLiteral("$186m")
                                                                                << SourceMatch::Matches;
}

void TestSourceComparison::figuresAgainstTheSource()
{
    QFETCH(int, article);
    QFETCH(QString, figure);
    QFETCH(SourceMatch, expected);
    const auto [slot, mention] = findMention(m_analysis, article, figure);
    QVERIFY2(slot >= 0, qPrintable(figure));
    QCOMPARE(m_analysis.source.match(slot, mention), expected);
    // The source's own mention is never compared with itself.
    const SlotAgainstSource *against = m_analysis.source.slot(slot);
    QVERIFY(against);
    if (against->sourceMention >= 0)
        QCOMPARE(against->matches.at(against->sourceMention), SourceMatch::None);
}

void TestSourceComparison::conflictWithSourceIsNotAmongOutlets()
{
    // The cost slot conflicts among the outlets (one says $168m); against the source only the
    // Gazette differs, and the Courier, which agrees with the source, matches it.
    const auto [slot, gazette] = findMention(m_analysis, EldmoorGazette, QStringLiteral("$168 million"));
    QVERIFY(slot >= 0);
    const FactSlot &cost = m_analysis.facts.slots.at(slot);
    QCOMPARE(cost.status, SlotStatus::Conflict);
    int differs = 0;
    for (qsizetype m = 0; m < cost.mentions.size(); ++m)
        differs += m_analysis.source.match(slot, m) == SourceMatch::Differs;
    QCOMPARE(differs, 1);
    const SlotAgainstSource *against = m_analysis.source.slot(slot);
    QCOMPARE(cost.mentions.at(against->sourceMention).surface, QStringLiteral("$186 million"));
}

void TestSourceComparison::quoteChangesAgainstTheSource()
{
    const auto [slot, gazette] = findMention(m_analysis, EldmoorGazette, QStringLiteral("guarantee"));
    QVERIFY(slot >= 0);
    QCOMPARE(m_analysis.facts.slots.at(slot).kind, FactKind::Quote);
    QCOMPARE(m_analysis.source.match(slot, gazette), SourceMatch::Differs);
    const QStringList changes = englishTexts(m_analysis.source.slot(slot)->changes.at(gazette));
    QVERIFY2(!changes.isEmpty(), "the altered words are named");
    QVERIFY2(changes.join(u' ').contains(u"guarantee") && changes.join(u' ').contains(u"secure"), qPrintable(changes.join(u'|')));
    const auto [same, courier] = findMention(m_analysis, ValleyCourier, QStringLiteral("secure"));
    QCOMPARE(same, slot);
    QCOMPARE(m_analysis.source.match(slot, courier), SourceMatch::Matches);
    QVERIFY(m_analysis.source.slot(slot)->changes.at(courier).isEmpty());
}

void TestSourceComparison::passagesCarriedAndLeftOut()
{
    const int meetings = passageWith(m_analysis, PressRelease, QStringLiteral("public meetings"));
    const int bills = passageWith(m_analysis, PressRelease, QStringLiteral("Water bills"));
    const int petition = passageWith(m_analysis, EldmoorGazette, QStringLiteral("petition"));
    QVERIFY(meetings >= 0 && bills >= 0 && petition >= 0);
    const QList<CoverageOfSource> &coverage = m_analysis.source.articles;
    QVERIFY(coverage.at(ValleyCourier).passagesLeftOut.contains(meetings));
    QVERIFY(coverage.at(ValleyCourier).passagesCarried.contains(bills));
    QVERIFY(coverage.at(NorthernLedger).passagesLeftOut.contains(bills));
    QVERIFY(coverage.at(NorthernLedger).passagesCarried.contains(meetings));
    QVERIFY2(coverage.at(EldmoorGazette).passagesLeftOut.isEmpty(),
             qPrintable(passageTexts(m_analysis, coverage.at(EldmoorGazette).passagesLeftOut)));
    QVERIFY(coverage.at(EldmoorGazette).passagesNotInSource.contains(petition));
    QCOMPARE(coverage.at(PressRelease), CoverageOfSource{});
}

void TestSourceComparison::countsPerOutlet()
{
    const CoverageOfSource &gazette = m_analysis.source.articles.at(EldmoorGazette);
    QCOMPARE(gazette.figuresDiffer, 1);
    QCOMPARE(gazette.quotesAltered, 1);
    QVERIFY(gazette.figuresAbsent >= 1);
    const CoverageOfSource &courier = m_analysis.source.articles.at(ValleyCourier);
    QCOMPARE(courier.figuresDiffer, 0);
    QCOMPARE(courier.quotesAltered, 0);
    QCOMPARE(courier.quotesMatch, 1);
    QVERIFY2(courier.passagesLeftOut.size() == 1, qPrintable(passageTexts(m_analysis, courier.passagesLeftOut)));
}

void TestSourceComparison::anotherSourceMovesTheComparison()
{
    // With the Gazette as the source, the release's $186m differs from it and the petition is
    // the source's own passage, which every other article leaves out.
    QList<Article> articles = sourceStory(false);
    articles[EldmoorGazette].meta.role = ArticleRole::Source;
    const Analysis analysis = analyseStory(articles);
    QCOMPARE(analysis.source.source, int(EldmoorGazette));
    const auto [slot, release] = findMention(analysis, PressRelease, QStringLiteral("$186 million"));
    QVERIFY(slot >= 0);
    QCOMPARE(analysis.source.match(slot, release), SourceMatch::Differs);
    const int petition = passageWith(analysis, EldmoorGazette, QStringLiteral("petition"));
    QVERIFY(analysis.source.articles.at(PressRelease).passagesLeftOut.contains(petition));
    QCOMPARE(analysis.source.articles.at(EldmoorGazette), CoverageOfSource{});
}

QTEST_GUILESS_MAIN(TestSourceComparison)
#include "tst_sourcecomparison.moc"
