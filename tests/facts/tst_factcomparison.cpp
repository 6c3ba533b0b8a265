// SPDX-License-Identifier: GPL-3.0-or-later
// Comparison: values that are equal whatever their format, slots across articles (agree,
// conflict, unique), topics for legitimately different values, quote variants with their
// differences, and the JSON of `crossread analyse`.
#include "analysis/analysis.h"
#include "common/testarticles.h"
#include "align/alignment.h"
#include "json/factjson.h"
#include "facts/factcompare.h"
#include "facts/facts.h"
#include "core/paragraphs.h"
#include "facts/quotevariants.h"
#include "facts/slotitems_p.h"
#include "core/segmentation.h"

#include <QJsonObject>
#include <QTest>

using namespace Crossread;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Story {
    QList<Article> articles;
    QList<Segmentation> segmentations;
    Alignment alignment;
    FactTable table;
};

/// The story of `texts`, each published on `published` when it is valid.
Story analyse(const QStringList &texts, QDate published = {})
{
    Story story;
    for (const QString &text : texts) {
        story.articles.append(published.isValid() ? Test::articleFromText(text, published) : Test::articleFromText(text));
        story.segmentations.append(segment(story.articles.constLast()));
    }
    story.alignment = alignStory(story.articles, story.segmentations);
    story.table = compareFacts(story.articles, story.segmentations, passageExtents(story.alignment));
    return story;
}

/// The slot of the mention of `article` whose surface contains `text`: a figure's slot before
/// that of a quote holding the figure.
const FactSlot *slotOf(const Story &story, int article, const QString &text)
{
    for (const bool quotes : {false, true}) {
        for (const FactSlot &slot : story.table.slots) {
            if ((slot.kind == FactKind::Quote) != quotes)
                continue;
            for (const Mention &mention : slot.mentions) {
                if (mention.article.value() == article && mention.surface.contains(text))
                    return &slot;
            }
        }
    }
    return nullptr;
}

/// Whether the slot of the first article's `text` holds the second article's last `text`.
bool joinsLastOccurrence(const Story &story, const QString &text)
{
    const qsizetype last = story.articles.at(1).text.lastIndexOf(text);
    const FactSlot *slot = slotOf(story, 0, text);
    return slot && std::any_of(slot->mentions.cbegin(), slot->mentions.cend(), [&](const Mention &m) {
        return m.article.value() == 1 && m.span.start == last;
    });
}

QString dump(const FactTable &table)
{
    QString out;
    for (const FactSlot &slot : table.slots) {
        out += QStringLiteral("#%1 t%2 %3 '%4':").arg(slot.id).arg(slot.topic).arg(slotStatusName(slot.status), slot.label.english());
        for (const Mention &mention : slot.mentions)
            out += QStringLiteral(" [%1 '%2' %3]").arg(mention.article.value()).arg(mention.surface, mention.value.toString());
        out += u'\n';
    }
    return out;
}

FactValue valueOf(const QString &text, QDate published = QDate(2023, 4, 19))
{
    const QList<Mention> mentions = extractFacts(Test::articleFromText(text, published), ArticleId(0), Segmentation());
    return mentions.isEmpty() ? FactValue() : mentions.constFirst().value;
}

} // namespace

class TestFactComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relations_data();
    void relations();
    void timeWordsByKind_data();
    void timeWordsByKind();
    void slotGrouping_data();
    void slotGrouping();
    void sameValueJoinsItsOwnStatement_data();
    void sameValueJoinsItsOwnStatement();
    void oneListCountedInTwoNounsIsLabelledByOne();
    void todayWithoutADateSetsNoDayApart();
    void coarseRelativeDateJoinsTheDayItAdmits();
    void weeks_data();
    void weeks();
    void weeksOfTheNewsCycle();
    void figureLeftBesideAnAgreementConflicts();
    void topics();
    void labels_data();
    void labels();
    void quoteDifferences_data();
    void quoteDifferences();
    void quoteGroups();
    void shortQuotesJoinTheirSentence();
    void quoteGroupsOnRealPhenomena_data();
    void quoteGroupsOnRealPhenomena();
    void json();
    void deterministic();
    void itemsNumberEachAmountOnce();
    void canceled();
};

void TestFactComparison::relations_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("relation");
    const int equal = int(FactCompare::Relation::Equal);
    const int compatible = int(FactCompare::Relation::Compatible);
    const int conflict = int(FactCompare::Relation::Conflict);
    const int incomparable = int(FactCompare::Relation::Incomparable);
    QTest::newRow("K and thousands") << u"It is $42K."_s << u"It is $42,000."_s << equal;
    QTest::newRow("dollars word") << u"It is $42,000."_s << u"It is 42,000 dollars."_s << equal;
    QTest::newRow("around is the same figure") << u"It is around $42,000."_s << u"It is $42,000."_s << equal;
    QTest::newRow("period omitted") << u"It is $100 a month."_s << u"It is $100."_s << equal;
    QTest::newRow("different periods") << u"It is $100 a month."_s << u"It is $100 a year."_s << incomparable;
    QTest::newRow("abbreviated rounding") << u"It is $44 billion."_s << u"It is $44.1 billion."_s << equal;
    QTest::newRow("exact digits differ") << u"It is $42,000."_s << u"It is $42,500."_s << conflict;
    QTest::newRow("swapped digits") << u"It is $3.2 million."_s << u"It is $2.3 million."_s << conflict;
    // Issue #16: a round figure admits a precise one it rounds (a hundred times more precise,
    // a few percent away); round figures at neighbouring places, or far apart, still conflict.
    QTest::newRow("a round figure rounds a precise one") << u"It held 300 riders."_s << u"It held 296 riders."_s << compatible;
    QTest::newRow("a round figure of thousands") << u"It last came this close 60,000 years ago."_s
                                                 << u"It last came this close 59,619 years ago."_s << compatible;
    QTest::newRow("round figures at neighbouring places") << u"It is $42,000."_s << u"It is $41,500."_s << conflict;
    QTest::newRow("no rounding moves a figure far") << u"It held 100 riders."_s << u"It held 74 riders."_s << conflict;
    QTest::newRow("a figure rounding elsewhere") << u"It held 300 riders."_s << u"It held 351 riders."_s << conflict;
    QTest::newRow("vague never conflicts") << u"It lost billions of dollars."_s << u"It lost $10 billion."_s << compatible;
    // A vague amount admits figures of its order only: "$10" is another statement.
    QTest::newRow("vague with small") << u"It lost billions of dollars."_s << u"It lost $10."_s << incomparable;
    QTest::newRow("vague with a monthly price") << u"It costs millions of dollars."_s << u"It costs $130 a month."_s << incomparable;
    QTest::newRow("vague count admits its order") << u"Hundreds of people came."_s << u"About 300 people came."_s << compatible;
    QTest::newRow("vague counts of other orders") << u"Dozens of people came."_s << u"Thousands of people came."_s << incomparable;
    QTest::newRow("upper bound admits") << u"It costs up to $210,000."_s << u"It costs $42,000."_s << compatible;
    QTest::newRow("bounds equal") << u"It costs up to $210K."_s << u"It costs up to $210,000."_s << equal;
    QTest::newRow("lower bounds at one figure") << u"She gave at least $10,000."_s << u"She gave more than $10,000."_s << equal;
    QTest::newRow("upper bounds at one figure") << u"It holds up to 400 riders."_s << u"It holds fewer than 400 riders."_s << equal;
    QTest::newRow("bounds on two sides") << u"It holds more than 400 riders."_s << u"It holds fewer than 400 riders."_s << compatible;
    QTest::newRow("lower bound admits") << u"It drew more than 1,100 people."_s << u"It drew 1,150 people."_s << compatible;
    QTest::newRow("lower bound refuses") << u"It drew more than 1,100 people."_s << u"It drew 900 people."_s << conflict;
    // A bound is its written threshold: the rounding of "$2 billion" does not reach below it.
    QTest::newRow("bound refuses a rounded-down figure") << u"The show grossed over $2 billion."_s
                                                         << u"The show grossed $1.8 billion."_s << conflict;
    QTest::newRow("upper bound refuses a rounded-up figure") << u"The show grossed under $2 billion."_s
                                                             << u"The show grossed $2.2 billion."_s << conflict;
    QTest::newRow("bound admits its threshold") << u"The show grossed over $2 billion."_s
                                                << u"The show grossed $2 billion."_s << compatible;
    // Vague figures are compatible with any other; "many" and "multiple" share a valueKey.
    QTest::newRow("unstated counts") << u"The gate failed many times."_s << u"The gate failed multiple times."_s
                                     << compatible;
    QTest::newRow("dozens are not hundreds") << u"Dozens of riders signed."_s << u"Hundreds of riders signed."_s
                                             << compatible;
    QTest::newRow("range holds") << u"Prices range from $100 to $900."_s << u"It costs $900."_s << compatible;
    QTest::newRow("currencies") << u"It is $44 billion."_s << u"It is £38 billion."_s << incomparable;
    QTest::newRow("conversion") << u"It is $44 billion (£38 billion)."_s << u"It is £38 billion."_s << equal;
    QTest::newRow("percent formats") << u"It is 80%."_s << u"It is eighty per cent."_s << equal;
    QTest::newRow("fraction") << u"A fifth of riders pay."_s << u"20% of riders pay."_s << equal;
    QTest::newRow("percent rounding") << u"It is 80%."_s << u"It is 80.3%."_s << equal;
    QTest::newRow("percent conflict") << u"It is 30%."_s << u"It is 35 per cent."_s << conflict;
    QTest::newRow("points are not percent") << u"It fell 5 percentage points."_s << u"It fell 5%."_s << incomparable;
    QTest::newRow("dates") << u"It was on April 19, 2023."_s << u"It was on 19 April 2023."_s << equal;
    QTest::newRow("inferred year") << u"It was on Apr 19th."_s << u"It was on 2023-04-19."_s << equal;
    QTest::newRow("weekday") << u"It was on Wednesday."_s << u"It was on April 19."_s << equal;
    QTest::newRow("month admits day") << u"It was in April."_s << u"It was on April 19."_s << compatible;
    QTest::newRow("date conflict") << u"It is on May 3."_s << u"It is on May 10."_s << conflict;
    QTest::newRow("decade admits year") << u"It was built in the 1980s."_s << u"It was built in 1985."_s << compatible;
    QTest::newRow("decade conflict") << u"It was built in the 1980s."_s << u"It was built in 1993."_s << conflict;
    QTest::newRow("quarter formats") << u"Fares rose in the first quarter."_s << u"Fares rose in Q1 2022."_s << equal;
    QTest::newRow("quarter conflict") << u"Fares rose in the first quarter."_s << u"Fares rose in the third quarter."_s << conflict;
    QTest::newRow("quarter against a year") << u"Fares rose in Q1 2022."_s << u"Fares rose in 2022."_s << compatible;
    QTest::newRow("quarter against another year") << u"Fares rose in Q1 2022."_s << u"Fares rose in 2021."_s << conflict;
    // A fiscal quarter need not hold the calendar's months.
    QTest::newRow("quarter against a day") << u"Fares rose in the first quarter."_s << u"Fares rose on May 3."_s << incomparable;
    // One distance, weight or area in two units agrees within the rounding of a conversion.
    QTest::newRow("miles and kilometres") << u"It sails 90 miles."_s << u"It sails about 150 kilometres."_s << equal;
    QTest::newRow("pounds and kilograms") << u"It weighed 220 pounds."_s << u"It weighed 100 kilograms."_s << equal;
    QTest::newRow("acres and hectares") << u"It burned 200,000 acres."_s << u"It burned 80,900 hectares."_s << equal;
    QTest::newRow("distances that differ") << u"It sails 30 miles."_s << u"It sails 80 km."_s << conflict;
    QTest::newRow("minutes and hours") << u"The crossing took 90 minutes."_s << u"The crossing took 1.5 hours."_s << equal;
    QTest::newRow("weeks and days that differ") << u"The strike lasted two weeks."_s << u"The strike lasted 20 days."_s << conflict;
    QTest::newRow("an age in a decade of life") << u"Even into his 90s, Brann rowed."_s << u"At 94, Brann rowed."_s << compatible;
    QTest::newRow("celsius and fahrenheit") << u"It reached 50 degrees Celsius."_s << u"It reached 120 Fahrenheit."_s << equal;
    QTest::newRow("temperatures that differ") << u"It reached 40 Celsius."_s << u"It reached 120 Fahrenheit."_s << conflict;
    // A tally compares with a tally, both counts at once.
    QTest::newRow("tally formats") << u"It passed 234-193 in the House."_s << u"The vote was 234 to 193."_s << equal;
    QTest::newRow("tally conflict") << u"It passed 234-193 in the House."_s << u"It passed 232-195 in the House."_s << conflict;
    QTest::newRow("tally and a count") << u"It passed 234-193 in the House."_s << u"It won 234 votes."_s << incomparable;
    QTest::newRow("time written two ways") << u"It opens at 7 p.m. on the quay."_s << u"It opens at 19:00 on the quay."_s << equal;
    QTest::newRow("times differ") << u"It opens at 7 p.m. on the quay."_s << u"It opens at 8 p.m. on the quay."_s << conflict;
    QTest::newRow("about a time") << u"It opened at about 3 p.m. on the quay."_s << u"It opened at 3:10 p.m. on the quay."_s << compatible;
    QTest::newRow("time zone and none") << u"It opens at 6 p.m. EDT on the quay."_s << u"It opens at 3 p.m. on the quay."_s << incomparable;
    // Two zones of known offset compare through UTC, across midnight too; "ET" has none.
    QTest::newRow("one moment in two zones") << u"It lands at 6 p.m. EDT on the quay."_s << u"It lands at 2200 GMT on the quay."_s << equal;
    QTest::newRow("two moments in two zones") << u"It closes at 7 p.m. EST on Sunday."_s << u"It closes at 8am (AEST) today."_s << conflict;
    QTest::newRow("zone conversion across midnight") << u"It lands at 11:30 p.m. EST on the quay."_s << u"It lands at 4:30 a.m. GMT on the quay."_s << equal;
    QTest::newRow("near across midnight") << u"It lands at 11:50 p.m. GMT on the quay."_s << u"It lands at about 1 a.m. BST on the quay."_s << compatible;
    QTest::newRow("zone without an offset") << u"It lands at 6 p.m. ET on the quay."_s << u"It lands at 2200 GMT on the quay."_s << incomparable;
    QTest::newRow("other hours") << u"It opens from 8 a.m. to 5 p.m. daily."_s << u"It opens from 7 a.m. to 7 p.m. daily."_s << incomparable;
    QTest::newRow("same hours") << u"It opens from 8 a.m. to 5 p.m. daily."_s << u"It opens 8am-5pm daily."_s << equal;
}

void TestFactComparison::relations()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, relation);
    const FactValue x = valueOf(a);
    const FactValue y = valueOf(b);
    QCOMPARE(int(FactCompare::relate(x, y)), relation);
    QCOMPARE(int(FactCompare::relate(y, x)), relation);
}

void TestFactComparison::timeWordsByKind_data()
{
    // The words that place a figure in time (Item::when) set two figures apart only when both
    // have words of one kind and none in common.
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<bool>("differ");
    QTest::newRow("empty") << QStringList{} << QStringList{u"time:morning"_s} << false;
    QTest::newRow("other kinds say nothing") << QStringList{u"measure:average"_s} << QStringList{u"time:close"_s} << false;
    QTest::newRow("two times of day") << QStringList{u"time:morning"_s} << QStringList{u"time:evening"_s} << true;
    QTest::newRow("a shared time") << QStringList{u"time:close"_s, u"time:morning"_s} << QStringList{u"time:close"_s} << false;
    QTest::newRow("other dates") << QStringList{u"date:2023-03-03"_s, u"time:close"_s}
                                 << QStringList{u"date:2023-03-17"_s, u"measure:average"_s} << true;
    QTest::newRow("one kind shared, another differs")
        << QStringList{u"date:2023-03-03"_s, u"measure:average"_s, u"time:close"_s}
        << QStringList{u"date:2023-03-03"_s, u"measure:median"_s} << true;
    QTest::newRow("every shared kind agrees")
        << QStringList{u"date:2023-03-03"_s, u"measure:average"_s, u"time:close"_s}
        << QStringList{u"date:2023-03-03"_s, u"date:2023-03-09"_s, u"measure:average"_s} << false;
}

void TestFactComparison::timeWordsByKind()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(bool, differ);
    FactSlots::WordSet x;
    FactSlots::WordSet y;
    for (const QString &word : std::as_const(a))
        x.insert(word);
    for (const QString &word : std::as_const(b))
        y.insert(word);
    QCOMPARE(x.differsWithinACategory(y), differ);
    QCOMPARE(y.differsWithinACategory(x), differ);
}

void TestFactComparison::slotGrouping_data()
{
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QString>("first");    ///< surface in article 0
    QTest::addColumn<QString>("second");   ///< surface in article 1
    QTest::addColumn<QString>("expected"); ///< "agree", "conflict", or "apart"

    QTest::newRow("money formats agree")
        << QStringList{u"The transit feed will cost $42,000 a month for unlimited access, the authority said."_s,
                       u"The transit feed will cost $42K per month for unlimited access, officials said."_s}
        << u"$42,000"_s << u"$42K"_s << u"agree"_s;
    QTest::newRow("approximation agrees")
        << QStringList{u"Lumenfold will charge around $42,000 a month for the transit feed."_s,
                       u"Lumenfold will charge $42,000 a month for the transit feed."_s}
        << u"$42,000"_s << u"$42,000"_s << u"agree"_s;
    QTest::newRow("money conflict")
        << QStringList{u"The hardware was bought with a $3.2 million grant from the state fund."_s,
                       u"The hardware was bought with a $2.3 million grant from the state fund."_s}
        << u"$3.2 million"_s << u"$2.3 million"_s << u"conflict"_s;
    QTest::newRow("count conflict reworded")
        << QStringList{u"The authority received 1,100 public comments on the proposal, most about privacy.\n\nRiders queued at dawn."_s,
                       u"The plan drew 1,400 public comments before prices were even announced.\n\nA hearing follows."_s}
        << u"1,100"_s << u"1,400"_s << u"conflict"_s;
    QTest::newRow("date conflict")
        << QStringList{u"A public hearing is scheduled for May 3 at City Hall."_s,
                       u"A public hearing is scheduled for May 10 at City Hall."_s}
        << u"May 3"_s << u"May 10"_s << u"conflict"_s;
    // A level given to two decimals is as specific as a sum of money: repeated in other words
    // it is one fact.
    QTest::newRow("decimal level agrees across rewording")
        << QStringList{u"The harbour freight index rose 13.70, or 0.8 per cent, to 1700.34."_s,
                       u"The freight gauge gained about one percent on the day to finish at 1,700.34."_s}
        << u"1700.34"_s << u"1,700.34"_s << u"agree"_s;
    QTest::newRow("date formats agree")
        << QStringList{u"Officials announced the deal on April 19, 2023, at the harbour."_s,
                       u"Officials announced the deal on Wednesday at the harbour."_s}
        << u"April 19"_s << u"Wednesday"_s << u"agree"_s;
    QTest::newRow("percent formats agree")
        << QStringList{u"The units are fitted to 80% of the authority's bus fleet."_s,
                       u"The units are fitted to eighty per cent of the authority's bus fleet."_s}
        << u"80%"_s << u"eighty"_s << u"agree"_s;
    QTest::newRow("percent conflict")
        << QStringList{u"Under the agreement, the authority will receive 30 percent of the subscription revenue."_s,
                       u"Under the contract, the authority will keep 35 per cent of subscription income."_s}
        << u"30 percent"_s << u"35 per cent"_s << u"conflict"_s;
    QTest::newRow("vague never conflicts")
        << QStringList{u"The company lost billions of dollars on the failed merger last year."_s,
                       u"The company lost $10 billion on the failed merger last year."_s}
        << u"billions"_s << u"$10 billion"_s << u"agree"_s;
    QTest::newRow("conversion agrees")
        << QStringList{u"The $44 billion (£38 billion) takeover closed on Friday after months of talks."_s,
                       u"The £38 billion takeover closed on Friday after months of talks."_s}
        << u"$44 billion"_s << u"£38 billion"_s << u"agree"_s;
    // A value each article states once is one fact, even in other words.
    QTest::newRow("a year each states once agrees")
        << QStringList{u"Ferry workers last struck in 2011, when the harbour froze over.\n\nThe union met on the pier."_s,
                       u"Nobody on the quay has forgotten the walkout of 2011 and its cold.\n\nTalks resume soon."_s}
        << u"2011"_s << u"2011"_s << u"agree"_s;
    QTest::newRow("a count each states once agrees")
        << QStringList{u"Lawyers for two states asked the harbour court to halt the ferry sale.\n\nA ruling is due."_s,
                       u"The ferry sale is opposed by two states along the river, filings show.\n\nBuyers wait."_s}
        << u"two states"_s << u"two states"_s << u"agree"_s;
    QTest::newRow("far apart values are different facts")
        << QStringList{u"Every bus reports its position every 1.5 seconds to the server."_s,
                       u"The basic plan delays every bus position by 60 seconds for subscribers."_s}
        << u"1.5 seconds"_s << u"60 seconds"_s << u"apart"_s;
    QTest::newRow("different units are different facts")
        << QStringList{u"Lumenfold employs 23 people in a converted net loft on the pier."_s,
                       u"Lumenfold says 40 companies have asked for trial access to the feed."_s}
        << u"23 people"_s << u"40 companies"_s << u"apart"_s;
    QTest::newRow("one unit in unrelated contexts is no conflict")
        << QStringList{u"Subscribers can sign up for 4 months of the Tidewave music service for just $1.\n\n"
                       "The offer ends on Sunday."_s,
                       u"Buyers of the console bundle also get three months of the Skyforge game pass.\n\n"
                       "Reviewers praised the controller."_s}
        << u"4 months"_s << u"three months"_s << u"apart"_s;
    QTest::newRow("tiers stated together never conflict")
        << QStringList{u"The basic plan costs $100 a month, while the pro plan costs $900 a month."_s,
                       u"Subscribers pay $900 a month for the plan, the company said."_s}
        << u"$100"_s << u"$900"_s << u"apart"_s;
    QTest::newRow("tier words keep prices apart")
        << QStringList{u"The API costs $42,000 a month, the company announced on Wednesday."_s,
                       u"The API has a basic tier that costs $100 a month, the company announced on Wednesday."_s}
        << u"$42,000"_s << u"$100"_s << u"apart"_s;

    // What a figure belongs to: a reading of a moving quantity, its time, its statistic.
    QTest::newRow("share prices read at other moments never conflict")
        << QStringList{u"Harbourline shares fell 42 cents, or 3 percent, to close at $13.55 on the exchange."_s,
                       u"Harbourline shares were down 61 cents at $13.36 in afternoon trading on the exchange."_s}
        << u"$13.55"_s << u"$13.36"_s << u"apart"_s;
    QTest::newRow("the change beside a level is a reading too")
        << QStringList{u"Harbourline shares fell 42 cents, or 3 percent, to close at $13.55 on the exchange."_s,
                       u"Harbourline shares were down 61 cents at $13.36 in afternoon trading on the exchange."_s}
        << u"42 cents"_s << u"61 cents"_s << u"apart"_s;
    QTest::newRow("a comparative after the figure is a reading")
        << QStringList{u"Ferry tickets on the north route are 12 percent lower than before the strike."_s,
                       u"Ferry tickets on the north route cost 9 percent less than before the strike."_s}
        << u"12 percent"_s << u"9 percent"_s << u"apart"_s;
    QTest::newRow("the last quote of the day is a reading")
        << QStringList{u"The krona rose against the euro and was last at 11.2040 to the single currency."_s,
                       u"The krona rose against the euro and was last at 11.1890 to the single currency."_s}
        << u"11.2040"_s << u"11.1890"_s << u"apart"_s;
    QTest::newRow("forecasts are not facts")
        << QStringList{u"Analysts expected a quarterly profit of $4.1 million for the ferry company."_s,
                       u"The ferry company reported a quarterly profit of $3.6 million for the ferry company."_s}
        << u"$4.1 million"_s << u"$3.6 million"_s << u"apart"_s;
    QTest::newRow("other times set figures apart")
        << QStringList{u"The ferry carried 4,210 passengers in the morning, the port authority said."_s,
                       u"The ferry carried 4,870 passengers by the evening, the port authority said."_s}
        << u"4,210"_s << u"4,870"_s << u"apart"_s;
    QTest::newRow("other dates in the sentence set figures apart")
        << QStringList{u"The harbour fund held $8.4 million on March 3, the treasurer said."_s,
                       u"The harbour fund held $7.9 million on March 17, the treasurer said."_s}
        << u"$8.4 million"_s << u"$7.9 million"_s << u"apart"_s;
    QTest::newRow("average is not median")
        << QStringList{u"Dock crews waited an average of 46 minutes for a berth last winter."_s,
                       u"Dock crews waited a median of 41 minutes for a berth last winter."_s}
        << u"46 minutes"_s << u"41 minutes"_s << u"apart"_s;
    QTest::newRow("spans of different things never conflict")
        << QStringList{u"The dock union won its first majority on the board in eight years."_s,
                       u"The board asked the union to release at least 10 years of board minutes."_s}
        << u"eight years"_s << u"10 years"_s << u"apart"_s;
    QTest::newRow("two people's start years never conflict")
        << QStringList{u"Mara Olsen has led the dockers' union since 2002, her office said."_s,
                       u"Tomas Berg has led the dockers' union since 2003, his office said."_s}
        << u"2002"_s << u"2003"_s << u"apart"_s;
    QTest::newRow("one person's start years conflict")
        << QStringList{u"Mara Olsen has led the dockers' union since 2002, her office said."_s,
                       u"Mara Olsen has led the dockers' union since 2003, her office said."_s}
        << u"2002"_s << u"2003"_s << u"conflict"_s;
    QTest::newRow("a vote tally agrees across outlets")
        << QStringList{u"The harbour board approved the pier plan 34-19 on Friday after a long debate."_s,
                       u"The pier plan, which passed 34-19, was the board's first big decision of the year."_s}
        << u"34-19"_s << u"34-19"_s << u"agree"_s;
    QTest::newRow("one distance in two units agrees")
        << QStringList{u"The ferry was found drifting 90 miles north of the harbour, the coast guard said."_s,
                       u"The ferry was found drifting about 150 kilometres north of the harbour, officials said."_s}
        << u"90 miles"_s << u"about 150 kilometres"_s << u"agree"_s;
    QTest::newRow("the same weekday agrees across passages")
        << QStringList{u"The harbour board voted on Friday to close the north pier for the winter."_s,
                       u"Dockers in the canteen heard about the pier on Friday from a shop steward."_s}
        << u"Friday"_s << u"Friday"_s << u"agree"_s;
    // Issue #16: only a difference of one kind of time tells two figures apart. A statistic
    // word on one side and a time word on the other say nothing against each other.
    QTest::newRow("a statistic and a time of day do not set figures apart")
        << QStringList{u"Dock wages climbed an average of 4.5 percent, the guild reported.\n\nCrews were told first."_s,
                       u"At the close of trading, harbour pay stood 4.5 percent up on the season.\n\nRiders grumbled."_s}
        << u"4.5 percent"_s << u"4.5 percent"_s << u"agree"_s;
    QTest::newRow("two times of day still set figures apart")
        << QStringList{u"The ferry carried an average of 4,210 passengers in the morning, the port authority said."_s,
                       u"The ferry carried 4,870 passengers by the evening, the port authority said."_s}
        << u"4,210"_s << u"4,870"_s << u"apart"_s;
    QTest::newRow("a year ago and last year agree")
        << QStringList{u"The ferry line earned 14 cents a share a year ago, the filing shows."_s,
                       u"Last year, the ferry line posted a profit of 14 cents a share."_s}
        << u"a year ago"_s << u"Last year"_s << u"agree"_s;
    // Two leads giving one weekday tell the story's main event with it, though the words
    // around one of them are nearer another mention of that day.
    QTest::newRow("two leads' weekday agrees")
        << QStringList{u"Dock crews walked out on Friday over overtime, union leaders said.\n\nFerries stayed tied up all weekend."_s,
                       u"LANDFALL — The strike at the port began on Friday when pay talks collapsed.\n\nUnion leaders, who said "
                       "the overtime dispute had simmered since spring and could spread to the canal locks and the grain "
                       "terminal unless the board relented, spoke on Friday."_s}
        << u"Friday"_s << u"Friday"_s << u"agree"_s;
    // Issue #16 item 3: one template, two subjects. The clause says what each year is of.
    QTest::newRow("two things built in different years")
        << QStringList{u"The fish market, built in 1966, needs repairs, the council said."_s,
                       u"The library annex, built in 1965, needs repairs, the council said."_s}
        << u"1966"_s << u"1965"_s << u"apart"_s;
    QTest::newRow("one thing built in different years")
        << QStringList{u"The fish market, built in 1966, needs repairs, the council said."_s,
                       u"The fish market, built in 1965, needs repairs, the council said."_s}
        << u"1966"_s << u"1965"_s << u"conflict"_s;
    QTest::newRow("a noun that looks like a verb is no reading")
        << QStringList{u"The project is paid for by a $3.2 million grant from the harbour fund."_s,
                       u"The project was bought with a $2.3 million grant from the harbour fund."_s}
        << u"$3.2 million"_s << u"$2.3 million"_s << u"conflict"_s;
    // Issue #16: one remark quoted by two outlets with two figures in it is one utterance, so
    // a verb of change inside it ("the loss of", "make up") reads no moving quantity.
    QTest::newRow("one quoted remark with two figures conflicts")
        << QStringList{u"\"A new ferry does not make up for the loss of 1.4 million trips on the canal,\" the councillor said."_s,
                       u"\"A new ferry does not make up for the loss of 1.7 million trips on the canal,\" Odile Brann said."_s}
        << u"1.4 million trips"_s << u"1.7 million trips"_s << u"conflict"_s;
    QTest::newRow("two quoted remarks with readings stay apart")
        << QStringList{u"\"Traffic fell by 1.4 million trips on the canal last spring,\" the councillor said."_s,
                       u"\"Traffic dropped by 1.7 million trips on the canal in the autumn,\" Odile Brann said."_s}
        << u"1.4 million trips"_s << u"1.7 million trips"_s << u"apart"_s;
    // Issue #16: two aligned sentences that each state one sum, in other words near it: the
    // alignment is the evidence. Two sums in one of them are no longer that statement's only one.
    QTest::newRow("the only sums of two aligned sentences conflict")
        << QStringList{u"Ferry cooperative\n\nCrews of the Ardent estuary ferry cooperative, the oldest shipping guild on the northern coast and "
                       "the largest employer in Portvale, moved freight worth more than $34 billion."_s,
                       u"Ferry cooperative\n\nCrews of the Ardent estuary ferry cooperative, the oldest shipping guild on the northern coast and "
                       "the largest employer in Portvale, shifted cargo valued at $33.4 billion last year."_s}
        << u"more than $34 billion"_s << u"$33.4 billion"_s << u"conflict"_s;
    QTest::newRow("two sums in one sentence are no sole figures")
        << QStringList{u"Ferry cooperative\n\nCrews of the Ardent estuary ferry cooperative, the oldest shipping guild on the northern coast and "
                       "the largest employer in Portvale, moved freight worth more than $34 billion and fish worth $2 billion."_s,
                       u"Ferry cooperative\n\nCrews of the Ardent estuary ferry cooperative, the oldest shipping guild on the northern coast and "
                       "the largest employer in Portvale, shifted cargo valued at $33.4 billion last year."_s}
        << u"more than $34 billion"_s << u"$33.4 billion"_s << u"apart"_s;
    // Issue #16: two outlets' figures between the same words fill one place of one statement,
    // whatever noun each counts with; figures in other places of the statement count other things.
    QTest::newRow("counts between the same words conflict")
        << QStringList{u"Shipping registry\n\nThe latest addition to the Velk registry, which to date lists more than 360 firms "
                       "and trusts, is the Corvane shipping line."_s,
                       u"Shipping registry\n\nThe latest addition to the Velk registry, which to date lists 125 entries, is the "
                       "Corvane shipping line."_s}
        << u"more than 360 firms"_s << u"125 entries"_s << u"conflict"_s;
    // Issue #16: a sum written in full and the same sum rounded are as specific as one sum
    // repeated, though the two sentences tell it in other words.
    QTest::newRow("a sum and its rounding agree across passages")
        << QStringList{u"Median harbour pilot income declined 1.1 percent between 2019 and 2020 to $61,409."_s,
                       u"The median harbour pilot earned income that fell $700 over the same period to $61,400."_s}
        << u"$61,409"_s << u"$61,400"_s << u"agree"_s;
    // Issue #16: in one aligned passage, figures between the same words fill one place of one
    // statement: compatible values there join without more shared words.
    QTest::newRow("vague counts between the same words agree in one passage")
        << QStringList{u"At least 14 boats were sunk and dozens damaged across the Velk estuary yesterday in the worst gale for "
                       "a generation."_s,
                       u"Fourteen boats were sunk and dozens battered in storms that swept the Velk estuary over the "
                       "harbour's costliest night in a generation, wardens said Wednesday."_s}
        << u"dozens damaged"_s << u"dozens battered"_s << u"agree"_s;
    QTest::newRow("counts of other things in other places stay apart")
        << QStringList{u"Shipping registry\n\nThe latest addition to the Velk registry is the Corvane shipping line, which runs "
                       "more than 360 barges."_s,
                       u"Shipping registry\n\nThe latest addition to the Velk registry is the Corvane shipping line, named after "
                       "125 complaints."_s}
        << u"more than 360 barges"_s << u"125 complaints"_s << u"apart"_s;
}

void TestFactComparison::slotGrouping()
{
    QFETCH(QStringList, articles);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, expected);
    const Story story = analyse(articles);
    const FactSlot *a = slotOf(story, 0, first);
    const FactSlot *b = slotOf(story, 1, second);
    QVERIFY2(a && b, qPrintable(dump(story.table)));
    if (expected == u"apart") {
        QVERIFY2(a != b, qPrintable(dump(story.table)));
        QVERIFY2(a->status != SlotStatus::Conflict && b->status != SlotStatus::Conflict, qPrintable(dump(story.table)));
    } else {
        QVERIFY2(a == b, qPrintable(dump(story.table)));
        QCOMPARE(slotStatusName(a->status), expected);
    }
}

void TestFactComparison::labels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("label");
    QTest::newRow("money noun") << u"The pier was rebuilt with a $4.5 million grant from the harbour fund."_s
                                << u"$4.5 million"_s << u"grant"_s;
    QTest::newRow("event noun") << u"The harbour board set the ferry hearing for May 3 at the town hall."_s
                                << u"May 3"_s << u"date of ferry hearing"_s;
    QTest::newRow("counted noun") << u"The harbour board received 1,250 letters about the ferry."_s
                                  << u"1,250"_s << u"letters"_s;
    QTest::newRow("span of something") << u"The mayor agreed to release 10 years of tax returns before the vote."_s
                                       << u"10 years"_s << u"years of tax returns"_s;
    // The noun phrase the figure belongs to by grammar (issue #16, item 8).
    QTest::newRow("money: noun after") << u"Harbourline will charge a $42,000 monthly fee for the top tier."_s
                                       << u"$42,000"_s << u"fee per month, top tier"_s;
    QTest::newRow("money: noun of") << u"Ferry owners face fees of $42,000 under the new rules."_s
                                    << u"$42,000"_s << u"fees"_s;
    QTest::newRow("money: in") << u"The council wants $2 million in spending cuts before the summer."_s
                               << u"$2 million"_s << u"spending cuts"_s;
    QTest::newRow("money: a verb of price") << u"A basic harbour pass costs $100 a month for unlimited crossings."_s
                                            << u"$100"_s << u"price per month"_s;
    QTest::newRow("money: priced at") << u"The night ferry ticket is priced at $12, the operator said."_s
                                      << u"$12"_s << u"price"_s;
    QTest::newRow("no subject: the figure opens the sentence") << u"$90 buys a week of crossings for a small operator."_s
                                                                << u"$90"_s << u"amount in '…buys a week of crossings…'"_s;
    QTest::newRow("share: whole, not the next clause") << u"The port will receive 30 percent of the toll revenue and Orvel will keep the rest."_s
                                                       << u"30 percent"_s << u"share of toll revenue"_s;
    QTest::newRow("money: for") << u"The board proposed $800,000 for harbour dredging and a further sum for lights."_s
                                << u"$800,000"_s << u"amount for harbour dredging"_s;
    QTest::newRow("money: subject of was") << u"The cost of the new pier, harbour officials estimated, would be roughly $3 million."_s
                                           << u"roughly $3 million"_s << u"cost"_s;
    QTest::newRow("share: subject of was") << u"Last year its vacancy rate was 4 percent, the port said."_s
                                           << u"4 percent"_s << u"vacancy rate"_s;
    QTest::newRow("count: counted noun") << u"Port Veldt plans to cut 1,200 jobs by the end of the season."_s
                                         << u"1,200"_s << u"jobs"_s;
    QTest::newRow("count: a noun like a verb") << u"Aside from Veldt, 15 other states have introduced harbour tolls this year."_s
                                               << u"15 other states"_s << u"other states"_s;
    QTest::newRow("count: a people") << u"The petition was signed by 8,000 Veldtians before the vote."_s
                                     << u"8,000"_s << u"veldtians"_s;
    QTest::newRow("span: modifies a noun") << u"The harbour master gave a 13-minute address to the crews."_s
                                           << u"13-minute"_s << u"minutes of address"_s;
    QTest::newRow("span: of, coordinated") << u"The archive holds 200 years of legal and maritime records, the clerk said."_s
                                           << u"200 years"_s << u"years of maritime records"_s;
    QTest::newRow("share: of") << u"The proposal won the support of 3% of voters in the harbour ward."_s
                               << u"3%"_s << u"share of voters"_s;
    QTest::newRow("share: noun after") << u"Dock crews will get a 15 percent raise next spring."_s
                                       << u"15 percent"_s << u"raise"_s;
    QTest::newRow("share: noun before") << u"The ferry company paid an effective tax rate of 21 percent last year."_s
                                        << u"21 percent"_s << u"effective tax rate"_s;
    QTest::newRow("date: attributive event") << u"The harbour vote was the first test since the 2019 referendum on tolls."_s
                                             << u"2019"_s << u"date of referendum"_s;
    QTest::newRow("date: clause") << u"Riders were told that the service stops on May 3 for repairs."_s
                                  << u"May 3"_s << u"date the service stops"_s;
    QTest::newRow("date: reduced relative clause") << u"The sports hall, built in 1965, needs a new roof."_s
                                                   << u"1965"_s << u"date the sports hall was built"_s;
    QTest::newRow("date: reduced relative, plural") << u"The bus shelters, installed in 2009, are to be replaced."_s
                                                    << u"2009"_s << u"date the bus shelters were installed"_s;
    QTest::newRow("date: no clause after a reporting verb") << u"The harbour master, said on Monday that the pier would close."_s
                                                            << u"Monday"_s << u"date in 'The harbour master, said on…'"_s;
    // Who, not what: a name, a person, or a verb next to the figure is never the measure.
    QTest::newRow("not a name") << u"Calder Shipping paid Orvel Marine $4.5 million, a filing shows."_s
                                << u"$4.5 million"_s << u"amount in 'Calder Shipping paid Orvel Marine…'"_s;
    QTest::newRow("not a person") << u"The magistrate heard from the ferry pilots and a harbour guard on Tuesday about the crash."_s
                                  << u"Tuesday"_s << u"date in '…and a harbour guard on…'"_s;
    QTest::newRow("not a verb") << u"Of the ten seats, seven are held by the old guard and three held by newcomers."_s
                                << u"three held"_s << u"count in '…by the old guard and…'"_s;
    QTest::newRow("not a stray event word") << u"Mara Quint spoke on Wednesday, a week after the harbour election results."_s
                                            << u"Wednesday"_s << u"date in 'Mara Quint spoke on…'"_s;
    QTest::newRow("not a gerund") << u"Budget papers show 40 percent of implementing the plan falls to the port."_s
                                  << u"40 percent"_s << u"share in 'Budget papers show…'"_s;
    // Nothing names what is measured: the label quotes where the figure is said, never a
    // stray word from around it.
    QTest::newRow("no subject: money") << u"For small ferry operators, the difference between $90 and $12K is everything."_s
                                       << u"$90"_s << u"amount in '…ferry operators, the difference between…'"_s;
    QTest::newRow("no subject: date") << u"Dockers walked out on Friday after the talks collapsed."_s
                                      << u"Friday"_s << u"date in 'Dockers walked out on…'"_s;
    QTest::newRow("no subject, far into the sentence") << u"After weeks of quiet talks behind closed doors the dockers finally walked out on Friday."_s
                                                       << u"Friday"_s << u"date in '…dockers finally walked out on…'"_s;
    // A tier belongs to a plan's prices: near a date or a one-off sum it is something else.
    QTest::newRow("no tier on a one-off sum") << u"The spending package gives the harbour $1.5 million for dredging."_s
                                              << u"$1.5 million"_s << u"amount for dredging"_s;
    QTest::newRow("no subject: past a parenthetical") << u"A day pass costs $9, while custom contracts \u2014 with berths, cranes and a pilot \u2014 run up to $210K a month."_s
                                                     << u"$210K"_s << u"amount in '\u2026while custom contracts \u2026 run\u2026' per month, custom tier"_s;
    // A tier named in the figure's clause, however far before it, not the next clause's.
    QTest::newRow("tier of the figure's clause") << u"A Starter plan for schools and small clubs costs $80 a month and is capped at 2,000 lookups a day, while custom Premium contracts run up to $9K a month."_s
                                                 << u"2,000 lookups"_s << u"lookups per day, starter tier"_s;
    QTest::newRow("not a rival") << u"The mayor mocked his 2019 harbour rival at the dock."_s
                                 << u"2019"_s << u"date in 'The mayor mocked his…'"_s;
    QTest::newRow("a time of day is no count") << u"The night ferry lands at 11:30 p.m. at the quay."_s
                                               << u"11:30 p.m."_s << u"time of day"_s;
    QTest::newRow("no tier on a date") << u"A harbour version of the plan failed in the vote on Thursday."_s
                                       << u"Thursday"_s << u"date of vote"_s;
}

void TestFactComparison::labels()
{
    QFETCH(QString, text);
    QFETCH(QString, surface);
    QFETCH(QString, label);
    const Story story = analyse({text});
    const FactSlot *slot = slotOf(story, 0, surface);
    QVERIFY2(slot, qPrintable(dump(story.table)));
    QCOMPARE(slot->label.english(), label);
}

void TestFactComparison::todayWithoutADateSetsNoDayApart()
{
    // Issue #16: without a publication date "today" names no day, so it does not set the
    // deadline apart from the other outlet's "Sunday" (it may be that Sunday); the two times,
    // in zones of fixed offset, then conflict. With a date, the two days differ and keep them
    // apart.
    const QStringList texts = {
        u"Harbour contest\n\nThree protests forced the organiser of the Velk regatta to extend the contest until "
        "7 p.m. EST Sunday."_s,
        u"Harbour contest\n\nThree protests forced the organiser of the Velk regatta to extend the contest until "
        "8am (AEST) today."_s,
    };
    for (const bool dated : {false, true}) {
        Story story;
        for (const QString &text : texts) {
            story.articles.append(dated ? Test::articleFromText(text) : Test::articleFromText(text, QDate()));
            story.segmentations.append(segment(story.articles.constLast()));
        }
        story.alignment = alignStory(story.articles, story.segmentations);
        story.table = compareFacts(story.articles, story.segmentations, passageExtents(story.alignment));
        const FactSlot *a = slotOf(story, 0, u"7 p.m. EST"_s);
        const FactSlot *b = slotOf(story, 1, u"8am (AEST)"_s);
        QVERIFY2(a && b, qPrintable(dump(story.table)));
        QVERIFY2((a == b && a->status == SlotStatus::Conflict) == !dated, qPrintable(dump(story.table)));
    }
}

void TestFactComparison::oneListCountedInTwoNounsIsLabelledByOne()
{
    // Issue #16, item 8: a slot whose outlets count one list with different nouns is labelled
    // by one of them, never "firms of entries".
    const Story story = analyse({
        u"Shipping registry\n\nThe latest addition to the Velk registry, which to date lists more than 360 firms and trusts, "
        "is the Corvane shipping line."_s,
        u"Shipping registry\n\nThe latest addition to the Velk registry, which to date lists 125 entries, is the Corvane "
        "shipping line."_s,
    });
    const FactSlot *slot = slotOf(story, 0, u"more than 360 firms"_s);
    QVERIFY2(slot && slot == slotOf(story, 1, u"125 entries"_s), qPrintable(dump(story.table)));
    QVERIFY2(slot->label.english() == u"firms"_s || slot->label.english() == u"entries"_s, qPrintable(slot->label.english()));
}

void TestFactComparison::sameValueJoinsItsOwnStatement_data()
{
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QString>("value");
    // Two Fridays in the second article, one in the first: the first article's Friday is the
    // march, told in the second article's second paragraph. Pairs of one value are decided
    // most similar first, so the board's Friday does not take the march's place.
    QTest::newRow("across passages, the most similar first")
        << QStringList{u"Hundreds of dock workers marched through the harbour district on Friday against pension cuts."_s,
                       u"The harbour ferry board met on Friday behind closed doors, a spokeswoman said.\n\n"
                       "Pension cuts brought hundreds of marching dock workers into the harbour district Friday."_s}
        << u"Friday"_s;
    // Issue #16: one aligned passage, the second article states the day twice. The first
    // article's "by June 30" is the deadline, which the second article's "by June 30" states;
    // its "through June 30" ends a period. The words right beside a figure pair the repeats.
    QTest::newRow("in one passage, by the words beside it")
        << QStringList{u"The port will accept as valid any ferry permits that expire June 2 if they are renewed by June 30."_s,
                       u"The port said it would accept as valid any ferry permits that expire from Monday through June 30 if "
                       "they are stamped by June 30."_s}
        << u"June 30"_s;
}

void TestFactComparison::sameValueJoinsItsOwnStatement()
{
    QFETCH(QStringList, articles);
    QFETCH(QString, value);
    const Story story = analyse(articles);
    QVERIFY2(joinsLastOccurrence(story, value), qPrintable(dump(story.table)));
}

void TestFactComparison::coarseRelativeDateJoinsTheDayItAdmits()
{
    // "earlier this year" is how one outlet tells the January another gives: against a date it
    // admits, it joins on the words an equal value needs (0.3), not the stronger evidence two
    // compatible amounts need (0.45); these two sentences' words are 0.43 alike. Without
    // passages, so that only the words decide.
    QList<Article> articles{
        Test::articleFromText(u"Olsen, a former ferry pilot, quit the harbour board earlier this year to run for mayor of the port city."_s),
        Test::articleFromText(u"Olsen quit the board in January to run for office, aides said."_s),
    };
    const QList<Segmentation> segmentations{segment(articles.at(0)), segment(articles.at(1))};
    Story story;
    story.table = compareFacts(articles, segmentations, {});
    const FactSlot *a = slotOf(story, 0, u"earlier this year"_s);
    QVERIFY2(a, qPrintable(dump(story.table)));
    QVERIFY2(a == slotOf(story, 1, u"January"_s), qPrintable(dump(story.table)));
    QCOMPARE(a->status, SlotStatus::Agree);
}

void TestFactComparison::weeks_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("relation");
    const int equal = int(FactCompare::Relation::Equal);
    const int compatible = int(FactCompare::Relation::Compatible);
    const int conflict = int(FactCompare::Relation::Conflict);
    const int incomparable = int(FactCompare::Relation::Incomparable);
    // Published on Friday, 17 June 2011: last week is Monday 6 to Sunday 12 June.
    QTest::newRow("last week, last month") << u"The report came out last week."_s << u"The report came out last month."_s << conflict;
    QTest::newRow("a day in the week") << u"The report came out last week."_s << u"The report came out on June 10."_s << compatible;
    QTest::newRow("the Sunday before") << u"The report came out last week."_s << u"The report came out on June 5."_s << compatible;
    QTest::newRow("a day outside") << u"The report came out last week."_s << u"The report came out on June 1."_s << conflict;
    QTest::newRow("a day with its year") << u"The report came out last week."_s << u"It came out on June 9, 2011."_s << compatible;
    QTest::newRow("a day of another year") << u"The report came out last week."_s << u"It came out on June 9, 2010."_s << conflict;
    QTest::newRow("the month holding it") << u"The report came out last week."_s << u"The report came out in June."_s << compatible;
    QTest::newRow("its year") << u"The report came out last week."_s << u"The report came out in 2011."_s << compatible;
    QTest::newRow("another year") << u"The report came out last week."_s << u"The report came out in 2009."_s << conflict;
    QTest::newRow("one week") << u"The report came out last week."_s << u"Last week, the report came out."_s << equal;
    QTest::newRow("two weeks") << u"The report came out last week."_s << u"The report came out this week."_s << conflict;
    QTest::newRow("a quarter") << u"The report came out last week."_s << u"It came out in the second quarter of 2011."_s << incomparable;
}

void TestFactComparison::weeks()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, relation);
    const QDate published(2011, 6, 17);
    const FactValue x = valueOf(a, published);
    const FactValue y = valueOf(b, published);
    QCOMPARE(x.kind, FactKind::Date);
    QCOMPARE(y.kind, FactKind::Date);
    QCOMPARE(int(FactCompare::relate(x, y)), relation);
    QCOMPARE(int(FactCompare::relate(y, x)), relation);
}

void TestFactComparison::weeksOfTheNewsCycle()
{
    // Published the same Friday. One statement dated last week by one outlet and last month by
    // the other is a conflict; "this week" in two outlets about two events is two facts, since
    // a story's events share its week.
    const Story story = analyse({u"Regulators fined the harbour operator Kestrel Marine last week over the fuel spill at the north pier."_s,
                                 u"Regulators fined the harbour operator Kestrel Marine last month over the fuel spill at the north pier."_s,
                                 u"The mayor opened a new ferry terminal this week."_s,
                                 u"Dockworkers at the container yard went on strike this week over pay."_s},
                                QDate(2011, 6, 17));
    const FactSlot *fined = slotOf(story, 0, u"last week"_s);
    QVERIFY2(fined && fined == slotOf(story, 1, u"last month"_s), qPrintable(dump(story.table)));
    QCOMPARE(fined->status, SlotStatus::Conflict);
    const FactSlot *opened = slotOf(story, 2, u"this week"_s);
    QVERIFY2(opened && opened != slotOf(story, 3, u"this week"_s), qPrintable(dump(story.table)));
}

void TestFactComparison::figureLeftBesideAnAgreementConflicts()
{
    // Issue #16: two aligned sentences that agree on one date ("2036") and differ in their
    // other words around the second date each states. Once the agreeing date is settled, each
    // sentence has one date left: the two outlets' accounts of the same moment, in conflict
    // (last week and last month, in two stories of one Friday). A third date in one sentence
    // leaves two candidates, and no conflict is drawn from the passage alone.
    const QString first = u"Auditors of the Velk harbour pension fund last week warned the fund will be exhausted in 2036 and retired "
                          "pilots would then face a 23 percent cut in payments."_s;
    const QString second = u"The most recent projections from the Velk harbour board, issued last month, indicate that at the "
                           "current rate the pension fund will be exhausted by 2036."_s;
    for (const bool third : {false, true}) {
        const Story story = analyse({first, third ? QString(second).replace(u"by 2036"_s, u"by 2036 and its dock fund by 2041"_s) : second},
                                    QDate(2011, 6, 17));
        const FactSlot *exhausted = slotOf(story, 0, u"2036"_s);
        QVERIFY2(exhausted && exhausted == slotOf(story, 1, u"2036"_s), qPrintable(dump(story.table)));
        QCOMPARE(exhausted->status, SlotStatus::Agree);
        const FactSlot *warned = slotOf(story, 0, u"last week"_s);
        const FactSlot *issued = slotOf(story, 1, u"last month"_s);
        QVERIFY2(warned && issued, qPrintable(dump(story.table)));
        if (third) {
            QVERIFY2(warned != issued, qPrintable(dump(story.table)));
        } else {
            QVERIFY2(warned == issued, qPrintable(dump(story.table)));
            QCOMPARE(warned->status, SlotStatus::Conflict);
        }
    }
}

void TestFactComparison::topics()
{
    // The design's example: one outlet quotes the city plan, one the basic tier, one the cap;
    // a fourth lists the tiers. One price topic, no conflict.
    const Story story = analyse({
        u"Lumenfold will charge $42,000 a month for its City plan, the company said on Wednesday."_s,
        u"A Basic plan for students costs $100 a month, the company said on Wednesday."_s,
        u"Custom Enterprise contracts run up to $210,000 a month, the company said on Wednesday."_s,
        u"Lumenfold's plans cost $100 a month, $42,000 a month and up to $210,000 a month."_s,
    });
    QSet<int> topics;
    for (const QString &figure : {u"$42,000"_s, u"$100"_s, u"$210,000"_s}) {
        for (int article = 0; article < 4; ++article) {
            if (const FactSlot *slot = slotOf(story, article, figure)) {
                QVERIFY2(slot->status != SlotStatus::Conflict, qPrintable(dump(story.table)));
                topics.insert(slot->topic);
            }
        }
    }
    QVERIFY2(topics.size() == 1, qPrintable(dump(story.table)));
    const Topic &topic = story.table.topics.at(*topics.cbegin());
    QVERIFY2(topic.slots.size() == 3, qPrintable(dump(story.table)));
    // Slots of a topic are adjacent and their ids are their positions.
    for (qsizetype i = 0; i < story.table.slots.size(); ++i)
        QCOMPARE(story.table.slots.at(i).id, int(i));
    for (qsizetype i = 1; i < topic.slots.size(); ++i)
        QCOMPARE(topic.slots.at(i), topic.slots.at(i - 1) + 1);
    QVERIFY2(slotOf(story, 0, u"$42,000"_s)->label.english().contains(u"per month"_s), qPrintable(dump(story.table)));
}

void TestFactComparison::quoteDifferences_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("rendering");
    QTest::addColumn<QStringList>("differences");
    QTest::addColumn<bool>("variant");
    QTest::addColumn<bool>("excerpt");

    const QString full = u"“We are not selling anyone’s location, we are selling the timetable the city already owns, and we are charging what it costs to keep it running,” she said."_s;
    QTest::newRow("straight marks are the same wording")
        << full << u"\"We are not selling anyone's location, we are selling the timetable the city already owns, and we are charging what it costs to keep it running.\""_s
        << QStringList() << false << false;
    QTest::newRow("a word more at the start is a longer cut")
        << full << u"“But we are not selling anyone’s location, we are selling the timetable the city already owns, and we are charging what it costs to keep it running,” she said."_s
        << QStringList{u"adds 'But'"_s} << false << true;
    QTest::newRow("word swapped at the end")
        << full << u"‘We are not selling anyone’s location, we are selling the timetable the city already owns, and we are charging what it costs to keep it going,’ said Tenney."_s
        << QStringList{u"'going' for 'running'"_s} << true << false;
    QTest::newRow("dash for comma is punctuation, not wording")
        << full << u"\"We are not selling anyone's location — we are selling the timetable the city already owns, and we are charging what it costs to keep it running.\""_s
        << QStringList{u"a dash instead of a comma after 'location'"_s} << false << false;
    QTest::newRow("trimmed end")
        << full << u"\"We are not selling anyone's location, we are selling the timetable the city already owns,\" said Tenney."_s
        << QStringList{u"omits the end: 'and we are charging what it…'"_s} << false << true;
    QTest::newRow("comma added")
        << u"\"This is public data and the public paid for it.\""_s << u"\"This is public data, and the public paid for it.\""_s
        << QStringList{u"adds a comma after 'data'"_s} << false << false;
    QTest::newRow("word omitted")
        << u"\"It was a very careful deal.\""_s << u"\"It was a careful deal.\""_s
        << QStringList{u"omits 'very'"_s} << true << false;
    QTest::newRow("contraction is a changed word")
        << u"\"It is not enough to be careful here.\""_s << u"\"It's not enough to be careful here.\""_s
        << QStringList{u"'It's' for 'It is'"_s} << true << false;
    QTest::newRow("split by attribution reads as one")
        << u"“This is public data. Anyone can see where their bus is.”"_s
        << u"“This is public data,” Brandvold said. “Anyone can see where their bus is.”"_s
        << QStringList() << false << false;
    QTest::newRow("full stop outside")
        << u"called it “a toll booth on a public road.”"_s << u"called it “a toll booth on a public road”."_s
        << QStringList() << false << false;
    QTest::newRow("a word written apart is spelling")
        << u"\"The new rules will change how the dock work force is hired.\""_s
        << u"\"The new rules will change how the dock workforce is hired.\""_s
        << QStringList{u"'work force' spelt 'workforce'"_s} << false << false;
    QTest::newRow("hyphen is spelling")
        << u"\"We built a city-funded ferry for the whole bay.\""_s << u"\"We built a city funded ferry for the whole bay.\""_s
        << QStringList{u"'city-funded' spelt 'city funded'"_s} << false << false;
    QTest::newRow("capitals are not wording")
        << u"\"Ask the Harbour Board about the new timetable.\""_s << u"\"Ask the harbour board about the new timetable.\""_s
        << QStringList() << false << false;
    QTest::newRow("words left out at an ellipsis are a cut")
        << u"\"We will open the ferry line, every day of the week, before the summer.\""_s
        << u"\"We will open the ferry line ... before the summer.\""_s
        << QStringList{u"leaves out 'every day of the week' at an ellipsis"_s} << false << true;
    // The shared words are one run: "we need" at the end of the first sentence is not matched
    // early, which would leave "we need" dropped in the middle of the other's words.
    QTest::newRow("a cut across a repeated word leaves no gap")
        << u"“The board will be asked for the papers that we need,” she said. “We need to use every power there is to get the papers.”"_s
        << u"“And I think we need to use every power there is to get the papers.”"_s
        << QStringList{u"omits the beginning: 'The board will be asked for…'"_s, u"quotes more at the beginning: 'And I think'"_s} << false << true;
    QTest::newRow("other words where the cut starts in the same sentence")
        << u"“It’s not enough just to beat the other side.”"_s
        << u"“It was a good week. But it is not enough just to beat the other side.”"_s
        << QStringList{u"'But it is' for 'It’s'"_s, u"quotes more at the beginning: 'It was a good week'"_s} << true << true;
    QTest::newRow("a longer cut after a full stop")
        << u"“We will open the ferry line before the summer.”"_s
        << u"“The board has voted. We will open the ferry line before the summer.”"_s
        << QStringList{u"quotes more at the beginning: 'The board has voted'"_s} << false << true;
}

void TestFactComparison::quoteDifferences()
{
    QFETCH(QString, reference);
    QFETCH(QString, rendering);
    QFETCH(QStringList, differences);
    QFETCH(bool, variant);
    QFETCH(bool, excerpt);
    auto tokensOf = [](const QString &text) {
        const QList<Mention> mentions = extractFacts(Test::articleFromText(text), ArticleId(0), Segmentation());
        for (const Mention &mention : mentions) {
            if (mention.value.kind == FactKind::Quote)
                return FactQuotes::quoteTokens(text, mention.parts);
        }
        return QList<FactQuotes::QuoteToken>();
    };
    const auto a = tokensOf(reference);
    const auto b = tokensOf(rendering);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const FactQuotes::QuoteComparison comparison = FactQuotes::compareRenderings(a, b);
    QCOMPARE(englishTexts(comparison.notes), differences);
    QCOMPARE(comparison.variant, variant);
    QCOMPARE(comparison.excerpt, excerpt);
}

void TestFactComparison::quoteGroups()
{
    const Story story = analyse({
        u"“We are not selling anyone’s location, we are selling the timetable,” said Marisol Tenney. Separately, “the weather was fine all week,” said a driver."_s,
        u"“But we are not selling anyone’s location, we are selling the timetable,” Tenney said."_s,
        u"Tenney told reporters: \"We are not selling anyone's location.\""_s,
    });
    QList<const FactSlot *> quotes;
    for (const FactSlot &slot : story.table.slots) {
        if (slot.kind == FactKind::Quote)
            quotes.append(&slot);
    }
    QVERIFY2(quotes.size() == 2, qPrintable(dump(story.table)));
    const FactSlot *tenney = quotes.at(0)->mentions.size() == 3 ? quotes.at(0) : quotes.at(1);
    QCOMPARE(tenney->mentions.size(), 3);
    // "But" more at the start and a shorter cut: excerpts of the same words, not a variant.
    QVERIFY(!tenney->quoteVariant);
    QVERIFY(tenney->quoteExcerpt);
    QCOMPARE(tenney->status, SlotStatus::Agree);
    QCOMPARE(tenney->label.english(), u"quote, Marisol Tenney"_s);
    const FactSlot *driver = tenney == quotes.at(0) ? quotes.at(1) : quotes.at(0);
    QCOMPARE(driver->status, SlotStatus::Unique);
    QVERIFY(!driver->quoteVariant);
}

void TestFactComparison::shortQuotesJoinTheirSentence()
{
    // A two-word phrase one outlet quotes joins the longer quote that carries it; one
    // outlet's excerpt, not a variant.
    const Story story = analyse({
        u"The harbour master said she was “deeply troubled” by the closure."_s,
        u"“We are deeply troubled by this closure of the north pier,” the harbour master said."_s,
    });
    const FactSlot *slot = slotOf(story, 0, u"deeply troubled"_s);
    QVERIFY2(slot && slot->kind == FactKind::Quote && slot->mentions.size() == 2, qPrintable(dump(story.table)));
    QVERIFY(!slot->quoteVariant);
    QVERIFY(slot->quoteExcerpt);
}

void TestFactComparison::quoteGroupsOnRealPhenomena_data()
{
    // Each row: the articles, one quotation picked by its article and a fragment of its
    // surface, then the articles its quote slot covers (0: it is in no quote slot) and the
    // slot's flags. The phenomena are those of real coverage (issue #16 item 6).
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("covers");
    QTest::addColumn<bool>("variant");
    QTest::addColumn<bool>("excerpt");

    QTest::newRow("a scare-quoted word in two outlets")
        << QStringList{u"The mayor called the audit “misleading” on Monday."_s, u"The mayor described the audit as \"misleading\" and left."_s}
        << 0 << u"misleading"_s << 2 << false << false;
    QTest::newRow("a scare-quoted word in one outlet is no fact")
        << QStringList{u"The mayor called the audit “misleading” on Monday."_s, u"The audit of the ferry was published on Monday."_s}
        << 0 << u"misleading"_s << 0 << false << false;
    QTest::newRow("a scare-quoted word echoes the statement that carries it")
        << QStringList{u"Okafor vowed to \"stop\" the toll."_s, u"“No. We will stop the toll before the summer,” Okafor said."_s}
        << 0 << u"stop"_s << 2 << false << true;
    QTest::newRow("a scare-quoted word between two statements stays alone")
        << QStringList{u"Okafor called the plan \"reckless\" on Monday."_s,
                       u"“The plan is reckless and it is late,” Okafor said."_s,
                       u"“Selling the ferry would be reckless for every island family,” said Lund."_s}
        << 0 << u"reckless"_s << 0 << false << false;
    QTest::newRow("a piece of a split quote quoted alone")
        << QStringList{u"“This is not about every driver,” Okafor said. “Drivers should drive.”"_s,
                       u"“Drivers should drive, but those who want to train as marshals will be paid for forty hours,” Okafor said."_s}
        << 0 << u"every driver"_s << 2 << false << true;
    QTest::newRow("pieces that overlap are compared piece by piece")
        << QStringList{u"He added: “The mayor is starving the ferry. That is why this is a fight we want to have, and that is the fight we are going to win.”"_s,
                       u"“This is a fight we want to have,” he said. “We are the ones who are building a ferry for the island.”"_s}
        << 1 << u"fight we want"_s << 2 << false << true;
    QTest::newRow("two cuts of one utterance that overlap")
        << QStringList{u"She said: “...the one thing you never do is close a ferry line in winter, because every town that tried it lost its island trade.”"_s,
                       u"“If he knew the islands at all, would he not know that the one thing you never do is close a ferry line in winter?” Lund asked."_s}
        << 0 << u"every town"_s << 2 << false << true;
    QTest::newRow("a word changed at the edge of a cut")
        << QStringList{u"“It was a good week. But it is not enough just to beat the other side,” he said."_s,
                       u"“It’s not enough just to beat the other side,” he said."_s}
        << 1 << u"beat the other"_s << 2 << true << true;
    QTest::newRow("a short phrase with a word changed is another phrase")
        << QStringList{u"Officials said the cut would “sharply raise the fares” for the island."_s,
                       u"“It will gently raise the fares for the commuters of the island,” Okafor said."_s}
        << 0 << u"sharply"_s << 1 << false << false;
    QTest::newRow("a second reporting verb starts a new quotation")
        << QStringList{u"“Who runs a ferry like a casino? God help us,” said Okafor, who added that “the real cost is the patience of the island.”"_s,
                       u"“The real cost is the patience of the island,” Okafor said on Monday."_s,
                       u"“Who runs a ferry like a casino?” Okafor asked. “God help us.”"_s}
        << 1 << u"real cost"_s << 2 << false << false;
    QTest::newRow("a quotation over paragraphs")
        << QStringList{u"Lund wrote to the board: “The ferry has served the island for forty years.\n\nIt should not be sold to pay for a car park. The island will remember who voted for it.”"_s,
                       u"“It should not be sold to pay for a car park,” Lund wrote."_s}
        << 1 << u"car park"_s << 2 << false << true;
}

void TestFactComparison::quoteGroupsOnRealPhenomena()
{
    QFETCH(QStringList, articles);
    QFETCH(int, article);
    QFETCH(QString, fragment);
    QFETCH(int, covers);
    QFETCH(bool, variant);
    QFETCH(bool, excerpt);
    const Story story = analyse(articles);
    const FactSlot *slot = nullptr;
    for (const FactSlot &candidate : story.table.slots) {
        for (const Mention &mention : candidate.mentions) {
            if (candidate.kind == FactKind::Quote && mention.article.value() == article && mention.surface.contains(fragment))
                slot = &candidate;
        }
    }
    if (covers == 0) {
        QVERIFY2(!slot, qPrintable(dump(story.table)));
        return;
    }
    QVERIFY2(slot, qPrintable(dump(story.table)));
    QSet<int> covered;
    for (const Mention &mention : slot->mentions)
        covered.insert(mention.article.value());
    QVERIFY2(covered.size() == covers, qPrintable(dump(story.table)));
    QCOMPARE(slot->quoteVariant, variant);
    QCOMPARE(slot->quoteExcerpt, excerpt);
}

void TestFactComparison::json()
{
    const Story story = analyse({
        u"😀 The grant was $3.2 million, and “we are proud of the work we did,” said Ana Ruiz."_s,
        u"The grant was $2.3 million, and “we are proud of the work,” said Ana Ruiz."_s,
    });
    QList<CodePointMap> maps;
    for (const Article &article : story.articles)
        maps.append(CodePointMap(article.text));
    const QJsonArray facts = factsToJson(story.table, maps);
    QVERIFY(facts.size() >= 2);
    bool sawQuote = false;
    bool sawConflict = false;
    for (const QJsonValue &value : facts) {
        const QJsonObject fact = value.toObject();
        QStringList keys = fact.keys();
        keys.sort();
        const bool quote = fact.value(u"kind"_s).toString() == u"quote"_s;
        QStringList expected{u"id"_s, u"kind"_s, u"label"_s, u"label_key"_s, u"label_phrase"_s, u"mentions"_s, u"status"_s, u"topic"_s};
        if (quote)
            expected.append({u"variant"_s, u"excerpt"_s});
        expected.sort();
        QCOMPARE(keys, expected);
        QVERIFY(fact.value(u"id"_s).isDouble());
        QVERIFY(fact.value(u"topic"_s).isDouble());
        QVERIFY(QStringList({u"money"_s, u"number"_s, u"percent"_s, u"date"_s, u"quote"_s}).contains(fact.value(u"kind"_s).toString()));
        QVERIFY(QStringList({u"agree"_s, u"conflict"_s, u"unique"_s}).contains(fact.value(u"status"_s).toString()));
        sawQuote = sawQuote || quote;
        sawConflict = sawConflict || fact.value(u"status"_s).toString() == u"conflict"_s;
        for (const QJsonValue &m : fact.value(u"mentions"_s).toArray()) {
            const QJsonObject mention = m.toObject();
            for (const QString &key : {u"article"_s, u"start"_s, u"end"_s, u"text"_s, u"value"_s})
                QVERIFY2(mention.contains(key), qPrintable(key));
            QCOMPARE(mention.contains(u"differences"_s), quote);
            QCOMPARE(mention.contains(u"differences_phrases"_s), quote);
            const int article = mention.value(u"article"_s).toInt();
            // Offsets are code points: the emoji before counts once.
            const QString text = story.articles.at(article).text;
            const QList<uint> codePoints = text.toUcs4();
            const qint64 start = mention.value(u"start"_s).toInteger();
            const qint64 end = mention.value(u"end"_s).toInteger();
            QString between;
            for (qint64 i = start; i < end; ++i)
                between += QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoints[i]), 1);
            QCOMPARE(mention.value(u"text"_s).toString(), between);
        }
    }
    QVERIFY(sawQuote);
    QVERIFY(sawConflict);
}

void TestFactComparison::deterministic()
{
    const QStringList texts{
        u"The feed costs $42,000 a month. The grant was $3.2 million. Some 80% of buses carry units."_s,
        u"The feed costs $42K per month. The grant was $2.3 million. Eighty per cent of buses carry units."_s,
        u"It costs about $42,000 a month, and a $3.2 million grant paid for 80 percent coverage."_s,
    };
    const Story first = analyse(texts);
    for (int run = 0; run < 3; ++run) {
        const Story again = analyse(texts);
        QCOMPARE(dump(again.table), dump(first.table));
    }
}

/// Grouping's items are built per article on the work pool and numbered story-wide after:
/// every mention of one amount gets one id, across articles, and two amounts never share one
/// (QHash::insert() once renumbered a repeated amount onto the next new one's id).
void TestFactComparison::itemsNumberEachAmountOnce()
{
    const Story story = analyse({u"The fund got $5 million. A loan of $7 million followed. The $5 million was spent."_s,
                                 u"A grant of $9 million came first. The fund got $5 million."_s,
                                 u"Officials said the loan was $7 million, and the fund $5 million."_s});
    QList<QList<Mention>> mentions;
    for (qsizetype a = 0; a < story.articles.size(); ++a)
        mentions.append(extractFacts(story.articles.at(a), ArticleId(int(a)), story.segmentations.at(a)));
    FactSlots::StoryItems items;
    QVERIFY(FactSlots::collectItems(story.articles, story.segmentations, passageExtents(story.alignment), mentions, {}, items));
    QHash<QString, int> idOfValue;
    QSet<int> ids;
    for (const FactSlots::Item &item : std::as_const(items.items)) {
        const QString value = item.mention->value.toString();
        if (!idOfValue.contains(value)) {
            QVERIFY2(!ids.contains(item.amount), qPrintable(value));
            idOfValue.insert(value, item.amount);
            ids.insert(item.amount);
        }
        QCOMPARE(item.amount, idOfValue.value(value));
    }
    QCOMPARE(idOfValue.size(), 3);
    QCOMPARE(items.items.size(), 7);
    // Article order, whatever thread built which article.
    for (qsizetype i = 1; i < items.items.size(); ++i)
        QVERIFY(items.items.at(i - 1).article <= items.items.at(i).article);
}

void TestFactComparison::canceled()
{
    const Story story = analyse({u"The grant was $3.2 million."_s, u"The grant was $2.3 million."_s});
    const FactTable table = compareFacts(story.articles, story.segmentations, passageExtents(story.alignment), [] { return true; });
    QVERIFY(table.slots.isEmpty());
    QVERIFY(table.topics.isEmpty());
}

QTEST_GUILESS_MAIN(TestFactComparison)
#include "tst_factcomparison.moc"
