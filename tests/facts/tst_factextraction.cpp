// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction, one row per format and one row per trap: the span as written and the normalised
// value of every kind of figure, date and quote, and no fact from anything that only looks
// like one.
#include "facts/facts.h"
#include "common/testarticles.h"
#include "core/paragraphs.h"
#include "core/segmentation.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Crossread;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<Mention> extract(const Article &article)
{
    return extractFacts(article, ArticleId(0), segment(article));
}

QString describe(const QList<Mention> &mentions)
{
    QStringList parts;
    for (const Mention &mention : mentions)
        parts.append(u'[' + factKindName(mention.value.kind) + QStringLiteral("] '") + mention.surface
                     + QStringLiteral("' = ") + mention.value.toString());
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestFactExtraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures_data();
    void figures();
    void withoutPublicationDate_data();
    void withoutPublicationDate();
    void dateSequences_data();
    void dateSequences();
    void figureSequences_data();
    void figureSequences();
    void notFacts_data();
    void notFacts();
    void quotes_data();
    void quotes();
    void notQuotes_data();
    void notQuotes();
    void quotations_data();
    void quotations();
    void boilerplateEndsAQuotation();
    void boilerplateIsSkipped();
    void spansAreExact();
    void contextWords();
    void pathologicalInputIsBounded_data();
    void pathologicalInputIsBounded();
};

void TestFactExtraction::figures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("value");

    auto row = [](const char *name, const QString &text, const char *kind, const QString &surface, const QString &value) {
        QTest::newRow(name) << text << QString::fromLatin1(kind) << surface << value;
    };
    // Money: symbols, codes, words, magnitudes
    row("dollar", u"The feed will cost $42,000 a month."_s, "money", u"$42,000 a month"_s, u"42000 USD/month"_s);
    row("K suffix", u"The City plan is $42K per month."_s, "money", u"$42K per month"_s, u"42000 USD/month"_s);
    row("dollars word", u"It costs 42,000 dollars."_s, "money", u"42,000 dollars"_s, u"42000 USD"_s);
    row("US$ monthly", u"It charges US$42,000 monthly for access."_s, "money", u"US$42,000 monthly"_s, u"42000 USD/month"_s);
    row("pound billion", u"The bid was £38 billion."_s, "money", u"£38 billion"_s, u"38000000000 GBP"_s);
    row("euro m", u"They raised €3.5m last year."_s, "money", u"€3.5m"_s, u"3500000 EUR"_s);
    row("yen", u"Tickets cost ¥500."_s, "money", u"¥500"_s, u"500 JPY"_s);
    row("USD before", u"The fee is USD 42,000."_s, "money", u"USD 42,000"_s, u"42000 USD"_s);
    row("USD after", u"The fee is 42,000 USD."_s, "money", u"42,000 USD"_s, u"42000 USD"_s);
    row("EUR code", u"A fine of EUR 2 million was imposed."_s, "money", u"EUR 2 million"_s, u"2000000 EUR"_s);
    row("bn glued", u"The deal values it at $1.5bn."_s, "money", u"$1.5bn"_s, u"1500000000 USD"_s);
    row("pounds word", u"He paid 3 million pounds for it."_s, "money", u"3 million pounds"_s, u"3000000 GBP"_s);
    row("pounds lost in money", u"The club lost 3 million pounds last season."_s, "money", u"3 million pounds"_s, u"3000000 GBP"_s);
    row("US after dollar", u"The trust paid $US1.5 million for the boat."_s, "money", u"$US1.5 million"_s, u"1500000 USD"_s);
    row("hyphenated million", u"The city set aside $54.9-million for the pier."_s, "money", u"$54.9-million"_s, u"54900000 USD"_s);
    row("hyphenated million euros", u"It cost around 38-million euros to build."_s, "money", u"around 38-million euros"_s,
        u"~38000000 EUR"_s);
    row("decimal comma", u"The line carried 1,2 million riders in May."_s, "number", u"1,2 million riders"_s,
        u"1200000 riders"_s);
    row("euros word", u"The city spent 12,000 euros."_s, "money", u"12,000 euros"_s, u"12000 EUR"_s);
    row("trillion", u"Debt reached $2 trillion."_s, "money", u"$2 trillion"_s, u"2000000000000 USD"_s);
    row("M suffix", u"It sold for $10M in cash."_s, "money", u"$10M"_s, u"10000000 USD"_s);
    row("thousand word", u"Each seat costs $5 thousand."_s, "money", u"$5 thousand"_s, u"5000 USD"_s);
    row("a million dollars", u"She won a million dollars."_s, "money", u"a million dollars"_s, u"1000000 USD"_s);
    // Approximations
    row("around", u"It will charge around $42,000 a month."_s, "money", u"around $42,000 a month"_s, u"~42000 USD/month"_s);
    row("about", u"The repairs cost about $10 million."_s, "money", u"about $10 million"_s, u"~10000000 USD"_s);
    row("at least", u"Damage is at least $5,000."_s, "money", u"at least $5,000"_s, u">=5000 USD"_s);
    row("more than", u"It lost more than $1 billion."_s, "money", u"more than $1 billion"_s, u">1000000000 USD"_s);
    row("upwards of", u"Bids went upwards of $300,000."_s, "money", u"upwards of $300,000"_s, u">300000 USD"_s);
    row("nearly", u"The fund holds nearly $2 million."_s, "money", u"nearly $2 million"_s, u"nearly 2000000 USD"_s);
    row("up to", u"Contracts run up to $210,000 a month."_s, "money", u"up to $210,000 a month"_s, u"<=210000 USD/month"_s);
    row("or more", u"Fines of $500 or more apply."_s, "money", u"$500 or more"_s, u">=500 USD"_s);
    // Ranges
    row("from to", u"Prices range from $42,000 to $210,000."_s, "money", u"from $42,000 to $210,000"_s, u"42000-210000 USD"_s);
    row("dash range magnitude", u"It would cost $10–20 million."_s, "money", u"$10–20 million"_s, u"10000000-20000000 USD"_s);
    row("between and", u"Tickets cost between $5 and $10."_s, "money", u"between $5 and $10"_s, u"5-10 USD"_s);
    row("range with periods", u"Plans go from $100 a month to $900 a month."_s, "money", u"from $100 a month to $900 a month"_s, u"100-900 USD/month"_s);
    // Periods
    row("per month", u"Access is $100 per month."_s, "money", u"$100 per month"_s, u"100 USD/month"_s);
    row("a year", u"Membership is $1,200 a year."_s, "money", u"$1,200 a year"_s, u"1200 USD/year"_s);
    row("annually", u"It earns $1,200 annually."_s, "money", u"$1,200 annually"_s, u"1200 USD/year"_s);
    row("slash mo", u"Pro costs $15/mo."_s, "money", u"$15/mo"_s, u"15 USD/month"_s);
    row("per hour", u"Nurses earn $50 per hour."_s, "money", u"$50 per hour"_s, u"50 USD/hour"_s);
    row("a year ago is no period", u"It cost $50 a year ago."_s, "money", u"$50"_s, u"50 USD"_s);
    // Conversions
    row("conversion", u"The $44 billion (£38 billion) deal closed."_s, "money", u"$44 billion (£38 billion)"_s, u"44000000000 USD (38000000000 GBP)"_s);
    row("conversion approx", u"It costs $42,000\u00a0per month (roughly £33,800) for the plan."_s, "money",
        u"$42,000\u00a0per month (roughly £33,800)"_s, u"42000 USD/month (33800 GBP)"_s);
    row("vague money", u"They lost hundreds of millions of dollars."_s, "money", u"hundreds of millions of dollars"_s, u"vague: hundreds of millions USD"_s);

    // Counts with their unit
    row("count", u"The account posted 1,500 tweets."_s, "number", u"1,500 tweets"_s, u"1500 tweets"_s);
    row("count adjective", u"They reviewed 17,500 academic papers in all."_s, "number", u"17,500 academic papers"_s, u"17500 academic papers"_s);
    row("count magnitude", u"About 200 million tweets were sent."_s, "number", u"About 200 million tweets"_s, u"~200000000 tweets"_s);
    row("count more than", u"It drew more than 1,100 people to the hall."_s, "number", u"more than 1,100 people"_s, u">1100 people"_s);
    row("count per month", u"Free accounts may read 1,500 tweets a month."_s, "number", u"1,500 tweets a month"_s, u"1500 tweets/month"_s);
    row("count words", u"The app has two million users."_s, "number", u"two million users"_s, u"2000000 users"_s);
    row("count small words", u"Police arrested twelve people."_s, "number", u"twelve people"_s, u"12 people"_s);
    row("count decimal", u"Each bus reports every 1.5 seconds."_s, "number", u"1.5 seconds"_s, u"1.5 seconds"_s);
    row("count K", u"The page has 42K followers."_s, "number", u"42K followers"_s, u"42000 followers"_s);
    row("count plus", u"Over the weekend 1,000+ people signed."_s, "number", u"1,000+ people"_s, u">=1000 people"_s);
    row("count stops at verb", u"The firm employs 23 people in a loft."_s, "number", u"23 people"_s, u"23 people"_s);
    row("count bare grouped", u"The total rose to 1,500."_s, "number", u"1,500"_s, u"1500"_s);
    row("vague billions", u"Users sent billions of messages."_s, "number", u"billions of messages"_s, u"vague: billions messages"_s);
    row("vague dozens", u"Dozens of riders waited."_s, "number", u"Dozens of riders"_s, u"vague: dozens riders"_s);
    // A preposition of place ends what is counted, as "in" does.
    // A number after a name is the name's ("Windows 11"), unless a span of time follows it.
    row("span after a name", u"It takes Velkara 165 years to circle its star."_s, "number", u"165 years"_s, u"165 years"_s);
    // A bare number that a toll is said to be counts the toll; "approached" is "nearly".
    row("toll stated", u"The storm's death toll in the valley was at least 212, officials said."_s, "number",
        u"at least 212"_s, u">=212 toll"_s);
    row("toll approached", u"The regional death toll approached 230 on Sunday."_s, "number", u"approached 230"_s,
        u"nearly 230 toll"_s);
    row("approached a sum", u"Repairs approached $3 million."_s, "money", u"approached $3 million"_s, u"nearly 3000000 USD"_s);
    row("counted phrase ends at across", u"A ferry sank and dozens injured across the bay were treated."_s, "number",
        u"dozens injured"_s, u"vague: dozens injured"_s);
    row("vague compound", u"It reached hundreds of millions of users."_s, "number", u"hundreds of millions of users"_s, u"vague: hundreds of millions users"_s);
    row("vague tens of thousands", u"Tens of thousands of people marched."_s, "number", u"Tens of thousands of people"_s, u"vague: tens of thousands people"_s);

    // Percentages
    row("percent word", u"GPS units sit on 80 percent of the fleet."_s, "percent", u"80 percent"_s, u"80%"_s);
    row("percent sign", u"GPS units sit on 80% of the fleet."_s, "percent", u"80%"_s, u"80%"_s);
    row("percent spaced sign", u"Turnout was 80 % this year."_s, "percent", u"80 %"_s, u"80%"_s);
    row("per cent words", u"It covers eighty per cent of the fleet."_s, "percent", u"eighty per cent"_s, u"80%"_s);
    row("per cent hyphenated", u"About seventy-five per cent agreed."_s, "percent", u"About seventy-five per cent"_s, u"~75%"_s);
    row("a fifth", u"A fifth of the buses are old."_s, "percent", u"A fifth"_s, u"20%"_s);
    row("two-thirds", u"Two-thirds of riders approve."_s, "percent", u"Two-thirds"_s, u"66.666667%"_s);
    row("half of", u"Half of the board objected."_s, "percent", u"Half"_s, u"50%"_s);
    row("one in five", u"One in five riders pays cash."_s, "percent", u"One in five"_s, u"20%"_s);
    row("decimal percent", u"Inflation hit 12.5% in May."_s, "percent", u"12.5%"_s, u"12.5%"_s);
    row("percent range", u"Fares rose 10-20% last year."_s, "percent", u"10-20%"_s, u"10-20%"_s);
    row("percentage points", u"Support fell 5 percentage points."_s, "percent", u"5 percentage points"_s, u"5 percentage points"_s);
    row("nearly a third", u"Nearly a third of stops lack shelters."_s, "percent", u"Nearly a third"_s, u"nearly 33.333333%"_s);

    // Dates, against a publication date of Wednesday 19 April 2023
    row("month day", u"The deal was announced April 19."_s, "date", u"April 19"_s, u"2023-04-19"_s);
    row("abbreviation full stop", u"It opens Apr. 19 at noon."_s, "date", u"Apr. 19"_s, u"2023-04-19"_s);
    row("abbreviated ordinal year", u"It launched on Apr 19th, 2023."_s, "date", u"Apr 19th, 2023"_s, u"2023-04-19"_s);
    row("day month year", u"It launched on 19 April 2023."_s, "date", u"19 April 2023"_s, u"2023-04-19"_s);
    row("iso", u"Filed 2023-04-19 by the clerk."_s, "date", u"2023-04-19"_s, u"2023-04-19"_s);
    // Decades and quarters; a quarter keeps the year written after it and no other.
    row("decade", u"The pier was rebuilt in the 1980s."_s, "date", u"1980s"_s, u"1980s"_s);
    row("decade with apostrophe", u"The pier was rebuilt in the 1980's."_s, "date", u"1980's"_s, u"1980s"_s);
    row("quarter of a year", u"Ferry fares rose in the second quarter of 2022."_s, "date", u"second quarter of 2022"_s,
        u"2022-Q2"_s);
    row("quarter without a year", u"Second-quarter fares rose sharply."_s, "date", u"Second-quarter"_s, u"--Q2"_s);
    row("quarter abbreviated", u"Fares rose in Q3 2022."_s, "date", u"Q3 2022"_s, u"2022-Q3"_s);
    row("iso slashes", u"Updated 2023/04/21 at noon."_s, "date", u"2023/04/21"_s, u"2023-04-21"_s);
    row("day first slashes", u"Signed on 21/04/2023 in town."_s, "date", u"21/04/2023"_s, u"2023-04-21"_s);
    row("month first slashes", u"Signed on 04/21/2023 in town."_s, "date", u"04/21/2023"_s, u"2023-04-21"_s);
    row("in month", u"The comment period closed in February."_s, "date", u"February"_s, u"2023-02"_s);
    row("month year", u"Talks began in October 2022."_s, "date", u"October 2022"_s, u"2022-10"_s);
    row("ordinal of month", u"The vote is on the 3rd of May."_s, "date", u"3rd of May"_s, u"2023-05-03"_s);
    row("weekday", u"Minutes were released on Wednesday."_s, "date", u"Wednesday"_s, u"2023-04-19"_s);
    row("weekday past", u"The board met on Monday."_s, "date", u"Monday"_s, u"2023-04-17"_s);
    row("last weekday", u"It was signed last Thursday."_s, "date", u"last Thursday"_s, u"2023-04-13"_s);
    row("weekday with date", u"The hearing is on Wednesday, May 3."_s, "date", u"Wednesday, May 3"_s, u"2023-05-03"_s);
    row("earlier today", u"The mayor spoke earlier today."_s, "date", u"earlier today"_s, u"2023-04-19"_s);
    row("yesterday", u"The board voted yesterday."_s, "date", u"yesterday"_s, u"2023-04-18"_s);
    row("tomorrow", u"Voting opens tomorrow."_s, "date", u"tomorrow"_s, u"2023-04-20"_s);
    row("last month", u"Ridership fell last month."_s, "date", u"last month"_s, u"2023-03"_s);
    row("last year", u"Ridership fell last year."_s, "date", u"last year"_s, u"2022"_s);
    // A week is dated by ISO 8601's week: published Wednesday 2023-04-19, in week 16.
    row("last week", u"Ridership fell last week."_s, "date", u"last week"_s, u"2023-W15"_s);
    row("earlier this week", u"The board met earlier this week."_s, "date", u"earlier this week"_s, u"2023-W16"_s);
    row("next week", u"Service resumes next week, the board said."_s, "date", u"next week"_s, u"2023-W17"_s);
    row("next month", u"Service starts next month."_s, "date", u"next month"_s, u"2023-05"_s);
    row("last october", u"The plan was drafted last October."_s, "date", u"last October"_s, u"2022-10"_s);
    row("mid month", u"Work resumes in mid-February."_s, "date", u"mid-February"_s, u"2023-02"_s);
    // A month or day without a year is its latest occurrence before publication; only the
    // coming weeks read as ahead.
    row("later month is last year's", u"The ferry line first closed in October."_s, "date", u"October"_s, u"2022-10"_s);
    row("later day is last year's", u"The harbour board met on Sept. 30 to vote."_s, "date", u"Sept. 30"_s, u"2022-09-30"_s);
    row("december in april", u"Dredging began December 2 off the pier."_s, "date", u"December 2"_s, u"2022-12-02"_s);
    // A year that says when something happened is a date; in a name it is not (notFacts).
    row("year after in", u"Lumenfold was founded in 2019 by engineers."_s, "date", u"2019"_s, u"2019"_s);
    row("year since", u"The timetable has been free since 2014."_s, "date", u"2014"_s, u"2014"_s);
    row("year of a noun", u"Turnout fell sharply in the 2016 harbour ballot."_s, "date", u"2016"_s, u"2016"_s);
    row("year of a proper noun", u"She joined the race for the 2016 Harbour Party nomination."_s, "date", u"2016"_s, u"2016"_s);
    row("year of a proper noun after the", u"She won the 2016 Harbour Party primary."_s, "date", u"2016"_s, u"2016"_s);
    // A weekday after a capitalised word dates the verb's event; only the calendar's named
    // days ("Black Friday", notFacts) are names.
    row("weekday after a name", u"Two towns sued the ferry line in the Harbour Court Thursday."_s, "date", u"Thursday"_s,
        u"2023-04-13"_s);
    row("weekday after a person", u"The union endorsed Mara Olsen Wednesday at the dock hall."_s, "date", u"Wednesday"_s,
        u"2023-04-19"_s);
    // After a cardinal, an -s word that is also an attribution verb is the plural noun.
    row("count of states", u"Officials said 23 states have similar ferry laws."_s, "number", u"23 states"_s, u"23 states"_s);
    row("count of claims", u"The insurer rejected 140 claims from dock workers."_s, "number", u"140 claims"_s, u"140 claims"_s);
    // Capitalised words may modify what is counted; a capitalised plural may be it.
    row("count with a proper modifier", u"The harbour hired 62 Norwegian divers for the salvage."_s, "number",
        u"62 Norwegian divers"_s, u"62 norwegian divers"_s);
    row("count of a capitalised plural", u"The motion passed with 24 Republicans in favour."_s, "number",
        u"24 Republicans"_s, u"24 republicans"_s);
    row("count after a possessive", u"Harbourline's 500 properties were valued at once."_s, "number",
        u"500 properties"_s, u"500 properties"_s);
    row("year after an article", u"The diver is suspected in a 1997 salvage fraud."_s, "date", u"1997"_s, u"1997"_s);
    row("count of other things", u"In all, 19 other states have similar ferry laws."_s, "number", u"19 other states"_s,
        u"19 other states"_s);
    // A number hyphenated to a unit of time or length counts it.
    row("day compound", u"The board approved a 60-day suspension for the pilot."_s, "number", u"60-day"_s, u"60 days"_s);
    row("page compound", u"The inspectors filed a 225-page report on the pier."_s, "number", u"225-page"_s, u"225 pages"_s);
    row("age compound", u"A 6-year-old boy rode the first ferry."_s, "number", u"6-year-old"_s, u"6 years old"_s);
    row("word compound", u"The dockers held a three-day conference at the pier."_s, "number", u"three-day"_s, u"3 days"_s);
    row("long compound", u"It ended a nearly two-year-long inquiry into the ferry."_s, "number", u"nearly two-year-long"_s,
        u"nearly 2 years"_s);
    row("appositive age", u"Mara Olsen, 58, has led the dock union since spring."_s, "number", u"58"_s, u"58 years old"_s);
    row("age turned", u"Even after she turned 91, Olsen rowed to work."_s, "number", u"91"_s, u"91 years old"_s);
    row("decade of a life", u"Even into his 90s, Brann rowed to work."_s, "number", u"90s"_s, u"90-99 years old"_s);
    // Two counts joined by a dash or "to" next to a vote or score word are one tally, the
    // larger count first; without such a word they are no fact (notFacts).
    row("vote tally", u"The board approved it 5–2 in private."_s, "number", u"5–2"_s, u"5-2 tally"_s);
    row("score", u"They won 3-2 at home."_s, "number", u"3-2"_s, u"3-2 tally"_s);
    row("tally with to", u"The guild re-elected its chair by a vote of 41 to 17."_s, "number", u"41 to 17"_s, u"41-17 tally"_s);
    row("tally hyphenated", u"She kept the chair by a 12-to-5 vote."_s, "number", u"12-to-5"_s, u"12-5 tally"_s);
    row("tally after a comma", u"Ms. Lund won, 134 to 63, after a long count."_s, "number", u"134 to 63"_s, u"134-63 tally"_s);
    row("tally before its noun", u"The court issued a 6-3 decision on the pier."_s, "number", u"6-3"_s, u"6-3 tally"_s);
    row("record after a name", u"Harwick (41-12) meets Orlin on Friday."_s, "number", u"41-12"_s, u"41-12 tally"_s);
    row("temperature scale", u"The gauge read 104 Fahrenheit in the shade."_s, "number", u"104 Fahrenheit"_s, u"104 fahrenheit"_s);
    row("degrees and scale", u"The gauge read 40 degrees Celsius in the shade."_s, "number", u"40 degrees Celsius"_s,
        u"40 degrees celsius"_s);
    // Measures: "pounds" of weight is not sterling; glued units and conversions in brackets.
    row("pounds of weight", u"The crate weighed 220 pounds when it was lifted."_s, "number", u"220 pounds"_s, u"220 pounds"_s);
    row("pounds lost", u"Riders lost an average of 5.5 pounds in the trial."_s, "number", u"5.5 pounds"_s, u"5.5 pounds"_s);
    row("pounds weight after", u"Half the crew are 30 pounds over a healthy weight."_s, "number", u"30 pounds"_s,
        u"30 pounds"_s);
    row("pounds of something", u"Crews seized 1,200 pounds of salt at the pier."_s, "number", u"1,200 pounds"_s, u"1200 pounds"_s);
    row("weight converted", u"The anchor is 440 pounds (200 kg) of iron."_s, "number", u"440 pounds (200 kg)"_s, u"440 pounds"_s);
    row("distance converted", u"The ferry sails 50 km (32 miles) to the island."_s, "number", u"50 km (32 miles)"_s, u"50 km"_s);
    row("glued km", u"The ferry sails about 3km to the island."_s, "number", u"about 3km"_s, u"~3 km"_s);
    row("glued kg", u"Each crate holds 117kg of salt."_s, "number", u"117kg"_s, u"117 kg"_s);
    // An offset in time places an event; it is not a duration.
    row("years later", u"She left the dock union six years later."_s, "number", u"six years later"_s, u"6 years later"_s);
    row("days ago", u"The ferry sank 12 days ago off the point."_s, "number", u"12 days ago"_s, u"12 days ago"_s);
    // Times of day place events: minutes after midnight, one value however written, with the
    // time zone in the unit when one is given.
    row("time pm", u"The new fares take effect at 7 p.m. on the quay."_s, "number", u"7 p.m."_s, u"19:00 time of day"_s);
    row("time glued pm", u"The ferry left at 7pm with the mail."_s, "number", u"7pm"_s, u"19:00 time of day"_s);
    row("time minutes pm", u"The harbour master was told at 2:05 p.m. by radio."_s, "number", u"2:05 p.m."_s,
        u"14:05 time of day"_s);
    row("time 24-hour", u"The meeting starts at 19:00 in the hall."_s, "number", u"19:00"_s, u"19:00 time of day"_s);
    row("time after midnight", u"The tug sailed at 12:15 a.m. from the pier."_s, "number", u"12:15 a.m."_s,
        u"00:15 time of day"_s);
    row("time with zone", u"The capsule landed at 0240 GMT near the coast."_s, "number", u"0240 GMT"_s,
        u"02:40 time of day GMT"_s);
    row("time am with zone", u"The capsule landed at 2:40 a.m. GMT near the coast."_s, "number", u"2:40 a.m. GMT"_s,
        u"02:40 time of day GMT"_s);
    row("time about", u"At about 3 p.m. a neighbour called the harbour office."_s, "number", u"about 3 p.m."_s,
        u"~15:00 time of day"_s);
    row("hours", u"The ticket office opens from 8 a.m. to 5 p.m. on weekdays."_s, "number", u"8 a.m. to 5 p.m."_s,
        u"08:00-17:00 time of day"_s);
    // A count of a named set, a bound before the counted noun, an age after its noun, a share
    // of a half, an initialism modifying what is counted.
    row("partitive count", u"Two of his crew members were arrested on the quay."_s, "number", u"Two of his crew members"_s,
        u"2 crew members"_s);
    row("partitive count with a qualifier", u"She wrote to about 100 of their customers last week."_s, "number",
        u"about 100 of their customers"_s, u"~100 customers"_s);
    row("partitive one with a qualifier", u"Riders named at least one of the faults in the survey."_s, "number",
        u"at least one of the faults"_s, u">=1 faults"_s);
    row("bound before the noun", u"Each crate holds 30 or more pounds of salt."_s, "number", u"30 or more pounds"_s,
        u">=30 pounds"_s);
    row("age after its noun", u"At age 15 she had crossed the strait twice."_s, "number", u"15"_s, u"15 years old"_s);
    row("age of", u"At the age of 15 she had crossed the strait twice."_s, "number", u"15"_s, u"15 years old"_s);
    row("aged", u"A pilot aged 58 steered the ferry home."_s, "number", u"58"_s, u"58 years old"_s);
    row("more than half", u"More than half said the fares were too high."_s, "percent", u"More than half"_s, u">50%"_s);
    row("initialism in a count", u"The strike kept 32 U.S. sailors in port."_s, "number", u"32 U.S. sailors"_s,
        u"32 u.s. sailors"_s);
    row("year after for", u"The ferry line will restate its earnings for 2002."_s, "date", u"2002"_s, u"2002"_s);
    // Issue #16: ages of a person at a moment, a noun measured "of" a number, cents in a compound.
    row("age before a person", u"At 12, Ilse Varga was charged with arson at the boathouse."_s, "number", u"12"_s,
        u"12 years old"_s);
    row("age when", u"Varga was 12 when she was charged with arson."_s, "number", u"12"_s, u"12 years old"_s);
    row("a noun measured of a number", u"Divers with a BMI of 50 or above were turned away."_s, "number", u"50"_s,
        u"50 BMI"_s);
    row("a factor of a number word", u"Crossings rose by a factor of five after the strike."_s, "number", u"five"_s,
        u"5 factor"_s);
    row("a modified noun measured", u"The eels were kept at a water temperature of 65, the keeper said."_s, "number",
        u"65"_s, u"65 temperature"_s);
    row("cents in a compound", u"The board weighed the 50-cent fare hike."_s, "number", u"50-cent"_s, u"50 cents"_s);
    row("an age bound after the number", u"Anyone 21 or older may ride the night ferry."_s, "number", u"21 or older"_s,
        u">=21 years old"_s);
    row("an age bound after people", u"The pier is open to adults over 21 after dark."_s, "number", u"over 21"_s,
        u">21 years old"_s);
    row("over a number without people is no age", u"The tide rose over 21 marks on the gauge."_s, "number",
        u"over 21 marks"_s, u">21 marks"_s);
    row("a span left unstated", u"Ferry crews have asked for a new pier for years."_s, "number", u"years"_s,
        u"vague: several years"_s);
    row("decades to come", u"The seawall will stand for decades to come."_s, "number", u"decades"_s, u"vague: several decades"_s);
    row("midnight", u"The ferry tariffs end at midnight, the board said."_s, "number", u"midnight"_s, u"00:00 time of day"_s);
    row("noon with a zone", u"Bids close at noon GMT on the quay."_s, "number", u"noon GMT"_s, u"12:00 time of day GMT"_s);
    row("bits in a compound", u"The depot scanners run a 64-bit system."_s, "number", u"64-bit"_s, u"64 bits"_s);
    row("a count said to be a noun", u"Of those who signed the petition, 57 are pilots, the union said."_s, "number",
        u"57 are pilots"_s, u"57 pilots"_s);
    // A change and the level it reached are two figures, not a range.
    row("percent then level", u"Fares rose 2.1 percent to $30.6 million."_s, "percent", u"2.1 percent"_s, u"2.1%"_s);
    row("level after percent", u"Fares rose 2.1 percent to $30.6 million."_s, "money", u"$30.6 million"_s, u"30600000 USD"_s);
    row("percent then bare level", u"The index fell 1.23 percent to 981.73 points."_s, "percent", u"1.23 percent"_s, u"1.23%"_s);
    row("weeks ahead stay ahead", u"The hearing is set for May 10."_s, "date", u"May 10"_s, u"2023-05-10"_s);
    // Issue #16: dates with a possessive, a month that can only be one before a noun, months
    // joined, and the other ways of saying last year or last month.
    row("weekday possessive", u"Harbourline shares fell during Tuesday's trading."_s, "date", u"Tuesday"_s, u"2023-04-18"_s);
    row("month possessive", u"Stock stays below the level before February's restatement."_s, "date", u"February"_s,
        u"2023-02"_s);
    row("month before a noun", u"The ferry board matched the July figure."_s, "date", u"July"_s, u"2022-07"_s);
    row("month opening a noun phrase", u"October diesel settled lower at the pier."_s, "date", u"October"_s, u"2022-10"_s);
    row("month after to", u"The dispute traces back to January at the docks."_s, "date", u"January"_s, u"2023-01"_s);
    row("last year's", u"Crews recalled last year's strike at the pier."_s, "date", u"last year"_s, u"2022"_s);
    row("earlier this month's", u"Riders remember earlier this month's closure."_s, "date", u"earlier this month"_s,
        u"2023-04"_s);
    row("a year ago", u"Fares were lower a year ago, the board said."_s, "date", u"a year ago"_s, u"2022"_s);
    row("a year earlier", u"The line earned 14 cents a share a year earlier."_s, "date", u"a year earlier"_s, u"2022"_s);
    row("the year before", u"Fares rose to $3 from $2.50 the year before, the board said."_s, "date", u"the year before"_s,
        u"2022"_s);
    row("year-earlier", u"Fares were lower in the year-earlier period."_s, "date", u"year-earlier"_s, u"2022"_s);
    row("year-ago", u"The line lost money in the year-ago quarter."_s, "date", u"year-ago"_s, u"2022"_s);
    row("the previous year", u"Ferry use rose from the previous year."_s, "date", u"previous year"_s, u"2022"_s);
    row("the past month", u"Three crews quit over the past month."_s, "date", u"past month"_s, u"2023-03"_s);
    row("count compound", u"The guild faces a seven-count complaint at the port."_s, "number", u"seven-count"_s,
        u"7 counts"_s);
    row("ounce compound", u"Riders buy a 20-ounce coffee at the kiosk."_s, "number", u"20-ounce"_s, u"20 ounces"_s);
    // Issue #16: counts left unstated, compared only by their words and unit.
    row("many times", u"The skipper said the gate failed many times last winter."_s, "number", u"many times"_s,
        u"vague: several times"_s);
    row("multiple rounds", u"Crews sat through multiple rounds of talks at the pier."_s, "number",
        u"multiple rounds"_s, u"vague: several rounds"_s);
    row("several people", u"Several people waited at the kiosk."_s, "number", u"Several people"_s,
        u"vague: several people"_s);
    row("a couple of weeks", u"The repairs take a couple of weeks at most."_s, "number", u"couple of weeks"_s,
        u"vague: a couple weeks"_s);
    row("couple before a plural", u"The ferry returns in the next couple weeks."_s, "number", u"couple weeks"_s,
        u"vague: a couple weeks"_s);
    row("a handful of", u"Only a handful of Harbour Board members objected."_s, "number",
        u"handful of Harbour Board members"_s, u"vague: several harbour board members"_s);
    row("hundreds are not dozens", u"Hundreds of riders signed the letter."_s, "number", u"Hundreds of riders"_s,
        u"vague: hundreds riders"_s);
    // A currency joined to its amount as one adjective; a hyphenated adjective and "such"
    // inside what is counted; a number in words after a name.
    row("million-dollar", u"She did not start with a million-dollar loan from the port."_s, "money",
        u"a million-dollar"_s, u"1000000 USD"_s);
    row("hyphenated adjective in unit", u"The guild filed two other abuse-related complaints."_s, "number",
        u"two other abuse-related complaints"_s, u"2 other abuse-related complaints"_s);
    row("such in unit", u"Three such ferry-style crossings closed the bay."_s, "number",
        u"Three such ferry-style crossings"_s, u"3 such ferry-style crossings"_s);
    row("range after by", u"The board cut staff costs by 2 to 3 percent."_s, "percent", u"2 to 3 percent"_s,
        u"2-3%"_s);
    // A span of time given with the article after a bound or an approximation.
    row("more than a decade", u"The pier has stood empty for more than a decade."_s, "number", u"more than a decade"_s,
        u">1 decade"_s);
    row("nearly a year", u"The ferry strike lasted nearly a year in all."_s, "number", u"nearly a year"_s,
        u"nearly 1 year"_s);
    row("year before the level reached", u"Median ferry fares fell between 2021 and 2022 to $2,409."_s, "money",
        u"$2,409"_s, u"2409 USD"_s);
    row("level a change reached", u"The harbour confidence index had fallen to 53 by spring."_s, "number", u"53"_s,
        u"53"_s);
    row("level hit", u"The harbour confidence index hit 60 in June."_s, "number", u"60"_s, u"60"_s);
    row("bare level with decimals", u"The harbour index slipped to 981.73 at the close."_s, "number", u"981.73"_s,
        u"981.73"_s);
    row("number words after a name", u"The board began auditing Halvorsen two years ago."_s, "number",
        u"two years ago"_s, u"2 years ago"_s);
}

void TestFactExtraction::figures()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, surface);
    QFETCH(QString, value);
    const QList<Mention> mentions = extract(Test::articleFromText(text));
    QList<Mention> ofKind;
    for (const Mention &mention : mentions) {
        if (factKindName(mention.value.kind) == kind)
            ofKind.append(mention);
    }
    QVERIFY2(ofKind.size() == 1, qPrintable(describe(mentions)));
    QCOMPARE(ofKind.constFirst().surface, surface);
    QCOMPARE(ofKind.constFirst().value.toString(), value);
}

void TestFactExtraction::withoutPublicationDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("month day") << u"The hearing is on April 19."_s << u"--04-19"_s;
    QTest::newRow("month") << u"It closed in February."_s << u"--02"_s;
    QTest::newRow("explicit year") << u"It opened on 19 April 2023."_s << u"2023-04-19"_s;
    QTest::newRow("yesterday") << u"The board voted yesterday."_s << u"yesterday (unresolved)"_s;
    QTest::newRow("weekday") << u"They met on Wednesday."_s << u"wednesday (unresolved)"_s;
    // Without a date to resolve them, the ways of saying last year are written alike, so that
    // two outlets' "a year ago" and "the previous year" still match.
    QTest::newRow("a year ago") << u"Fares were lower a year ago."_s << u"last year (unresolved)"_s;
    QTest::newRow("the prior year") << u"Fares were lower in the prior year."_s << u"last year (unresolved)"_s;
    QTest::newRow("last year's") << u"Fares were lower than last year's."_s << u"last year (unresolved)"_s;
    QTest::newRow("last week") << u"Fares were lower last week."_s << u"last week (unresolved)"_s;
}

void TestFactExtraction::withoutPublicationDate()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    const QList<Mention> mentions = extract(Test::articleFromText(text, QDate()));
    QVERIFY2(mentions.size() == 1, qPrintable(describe(mentions)));
    QCOMPARE(mentions.constFirst().value.kind, FactKind::Date);
    QCOMPARE(mentions.constFirst().value.toString(), value);
}

void TestFactExtraction::dateSequences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dates");   ///< every date read, as describe() writes them
    QTest::newRow("month taking the year of the next")
        << u"The dispute ran between June and July 2016 at the docks."_s
        << u"[date] 'June' = 2016-06; [date] 'July 2016' = 2016-07"_s;
    QTest::newRow("months joined without a year")
        << u"Five fires broke out between December and February on the pier."_s
        << u"[date] 'December' = 2022-12; [date] 'February' = 2023-02"_s;
    // Issue #16: a year listed after one that places an event places one too.
    QTest::newRow("years in a list")
        << u"The ferry line will restate its earnings for 2002, 2001 and perhaps 2000."_s
        << u"[date] '2002' = 2002; [date] '2001' = 2001; [date] '2000' = 2000"_s;
    QTest::newRow("a list of years in a name stays a name")
        << u"The depot still runs Lumen 2000, 2003 and 2008 scanners."_s << QString();
    QTest::newRow("between two years is one period")
        << u"Fares rose between 2005 and 2008 on the north line."_s << u"[date] '2005' = 2005"_s;
}

void TestFactExtraction::dateSequences()
{
    QFETCH(QString, text);
    QFETCH(QString, dates);
    QList<Mention> mentions = extract(Test::articleFromText(text));
    mentions.removeIf([](const Mention &m) { return m.value.kind != FactKind::Date; });
    QCOMPARE(describe(mentions), dates);
}

void TestFactExtraction::figureSequences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("figures");   ///< every figure other than a date, as describe() writes them
    QTest::newRow("change by, then the level reached")
        << u"Ferry fares will rise by $300 to $2,800 at the pier."_s
        << u"[money] '$300' = 300 USD; [money] '$2,800' = 2800 USD"_s;
    QTest::newRow("market change and level with two decimals")
        << u"The harbour index declined 6.11, or 0.6 per cent, to 1003.27."_s
        << u"[number] '6.11' = 6.11; [percent] '0.6 per cent' = 0.6%; [number] '1003.27' = 1003.27"_s;
    // Counts in a list whose noun only the first gives, each followed by the same preposition.
    QTest::newRow("counts in a list share the first's noun")
        << u"Inspectors found 18 cracked hulls in Velmora, 10 in Orlin and five in Harwick."_s
        << u"[number] '18 cracked hulls' = 18 cracked hulls; [number] '10' = 10 cracked hulls; "
           "[number] 'five' = 5 cracked hulls"_s;
    QTest::newRow("the first count's phrase gives the preposition")
        << u"Inspectors said 18 cracked hulls had been found in Velmora, 10 in Orlin."_s
        << u"[number] '18 cracked hulls' = 18 cracked hulls; [number] '10' = 10 cracked hulls"_s;
    QTest::newRow("the level a change left")
        << u"The count of idle barges dropped to 64 on Tuesday from 66 on Monday."_s
        << u"[number] '64' = 64; [number] '66' = 66"_s;
    QTest::newRow("a number after the list is not in it")
        << u"Inspectors found 18 cracked hulls in Velmora, and Pier 10 in Orlin closed."_s
        << u"[number] '18 cracked hulls' = 18 cracked hulls"_s;
}

void TestFactExtraction::figureSequences()
{
    QFETCH(QString, text);
    QFETCH(QString, figures);
    QList<Mention> mentions = extract(Test::articleFromText(text));
    mentions.removeIf([](const Mention &m) { return m.value.kind == FactKind::Date; });
    QCOMPARE(describe(mentions), figures);
}

void TestFactExtraction::notFacts_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("phone dashes") << u"Reach her at 555-0134 after noon."_s;
    QTest::newRow("phone brackets") << u"Call the comment line at (555) 555-0187 today's way."_s;
    QTest::newRow("phone international") << u"Dial +44 20 7946 0958 to listen."_s;
    QTest::newRow("phone dots") << u"Fax it to 555.123.4567 please."_s;
    QTest::newRow("a bare number after to") << u"The board walked to 14 Harbour Street."_s;
    QTest::newRow("a rate of once a year") << u"The harbour board meets once a year."_s;
    QTest::newRow("an article without a bound") << u"The ferry strike lasted a decade."_s;
    QTest::newRow("a year-long strike") << u"The pier saw more than a year-long strike."_s;
    QTest::newRow("year in a name") << u"The Harbour Vision 2030 plan was shelved."_s;
    QTest::newRow("a week in a name") << u"The mayor told This Week that the pier would stay."_s;
    QTest::newRow("year as a model number") << u"Crews still use a Lumen 2000 scanner."_s;
    QTest::newRow("year range") << u"It ran in the 2019-2020 season."_s;
    QTest::newRow("no decade") << u"The Lumen 1995s scanners still run."_s;
    QTest::newRow("ordinal in name") << u"The 3rd Battalion marched past."_s;
    QTest::newRow("ordinal") << u"It was the 14th attempt."_s;
    QTest::newRow("windows 11") << u"A dashboard for Windows 11 will ship."_s;
    QTest::newRow("covid-19") << u"Ridership fell with COVID-19 lockdowns."_s;
    QTest::newRow("f-35") << u"The F-35 jets flew over."_s;
    QTest::newRow("g7") << u"The G7 summit opened in town."_s;
    QTest::newRow("4g") << u"Buses use a 4G network."_s;
    QTest::newRow("boeing") << u"They flew a Boeing 737 to the coast."_s;
    QTest::newRow("route") << u"The Route 14 bus reaches Cannery Row."_s;
    QTest::newRow("pier") << u"Its office is on Pier 9 by the water."_s;
    QTest::newRow("page") << u"The privacy section is on page 14 of the agreement."_s;
    QTest::newRow("page abbreviation") << u"See p. 12 for the table."_s;
    QTest::newRow("section") << u"Section 230 protects platforms."_s;
    QTest::newRow("number sign") << u"It ranked #3 in the list."_s;
    QTest::newRow("version") << u"Install version 3.5.1 first."_s;
    QTest::newRow("version short") << u"The app needs iOS 17.2 or later."_s;
    QTest::newRow("hour without a.m. or p.m.") << u"The meeting starts at 10 in the hall."_s;
    QTest::newRow("four digits without a zone") << u"The crew logged 1430 on the chart."_s;
    QTest::newRow("hour out of range") << u"It closes at 13 p.m. they say."_s;
    QTest::newRow("timestamp") << u"The log reads 10:30:15 at the gate."_s;
    QTest::newRow("count of an unnamed part") << u"Ten of the best were chosen."_s;
    QTest::newRow("age without a person") << u"At 9, the harbour gates open for the day."_s;
    QTest::newRow("a span of years as a name") << u"The pier hosted the Voices for Years festival."_s;
    QTest::newRow("midnight as a word") << u"Clerks burned the midnight oil at the pier."_s;
    QTest::newRow("before midnight is no moment") << u"The crowd left shortly before midnight."_s;
    QTest::newRow("a count said to be no noun") << u"Of the riders, 12 are safe, the pilot said."_s;
    QTest::newRow("a number after from without a change") << u"The ferry came from 66 in the end."_s;
    QTest::newRow("a total of a bare number") << u"A total of 60, the clerk said, was enough."_s;
    QTest::newRow("a number after of without a determiner") << u"Sales of 40 were noted."_s;
    QTest::newRow("half without a qualifier") << u"The second half began late."_s;
    QTest::newRow("for a count") << u"The pier has berths for 2000 boats."_s;
    // Two counts with no vote or score word near them say too little to be a tally.
    QTest::newRow("dash pair without a vote") << u"Crews swapped shifts 5–2 on the rota."_s;
    QTest::newRow("tally word in another sentence") << u"The board voted. Crews swapped 5-2 on the rota."_s;
    QTest::newRow("compound adjective") << u"We asked whether the 5,000-request cap would rise."_s;
    QTest::newRow("other compound") << u"Crews lifted the 40-tonne crane off the barge."_s;
    QTest::newRow("bare small number") << u"There were 14 in the room."_s;
    QTest::newRow("bare number with one decimal") << u"The ratio stood at 1.5 in the room."_s;
    QTest::newRow("number after a comma, no name") << u"Of the riders, 14, all students, waited."_s;
    QTest::newRow("leading zero code") << u"Use code 007 at checkout."_s;
    QTest::newRow("absurd magnitude") << u"Fans owe a trillion trillion dollars."_s;
    QTest::newRow("absurd digits") << u"The bill was $999,999,999,999,999,999 in total."_s;
    QTest::newRow("digit run") << (u"Serial "_s + QString(100000, u'7') + u" ends."_s);
    QTest::newRow("decimal glued") << u"The ratio .5 is odd."_s;
    QTest::newRow("metres not millions") << u"The bus is 12m long."_s;
    QTest::newRow("today's") << u"Today's internet is different."_s;
    QTest::newRow("may verb") << u"May I ask a question? It may rain."_s;
    QTest::newRow("march verb") << u"They will march to the hall."_s;
    QTest::newRow("black friday") << u"Shoppers queued for Black Friday deals."_s;
    QTest::newRow("capitalised word that ends nothing") << u"Crews met at 5 Harbour Road at dawn."_s;
    QTest::newRow("super tuesday") << u"Candidates campaigned hard before Super Tuesday in the harbour towns."_s;
    QTest::newRow("year in the name of an act") << u"The ferry line was sold under the 1996 Act to a trust."_s;
    QTest::newRow("sun newspaper") << u"The Sun reported the story."_s;
    QTest::newRow("third party") << u"A third party will audit it."_s;
    QTest::newRow("first quarter-final") << u"Crowds filled the first quarter-final."_s;
    QTest::newRow("a month before an event") << u"The pier closed a month before the vote."_s;
    QTest::newRow("ages of a group") << u"The pier's trustees are all in their 70s."_s;
    QTest::newRow("thousands in digits") << u"1000s of riders crossed the pier."_s;
    QTest::newRow("a span before") << u"The pier had closed more than a month before."_s;
    QTest::newRow("one of") << u"One of the riders objected."_s;
    QTest::newRow("tens alone") << u"Scores in the tens are common."_s;
    QTest::newRow("may as a name before a verb") << u"Ms. May spoke to the dockers."_s;
    QTest::newRow("june as a name") << u"June said the ferry was late."_s;
    QTest::newRow("to may the name") << u"The letter went to May and her cabinet."_s;
    QTest::newRow("previous without a time") << u"The previous owner sold the pier."_s;
    QTest::newRow("ago without a unit") << u"Long ago the pier was wooden."_s;
    QTest::newRow("millions alone") << u"He made millions."_s;
    QTest::newRow("plus sign") << u"Shares rose +0.3% in early trading."_s;
    QTest::newRow("the couple") << u"The couple opened a kiosk on the pier."_s;
    QTest::newRow("many alone") << u"Many agreed with the harbour master."_s;
    QTest::newRow("multiple before a singular noun") << u"The test was multiple choice."_s;
    QTest::newRow("several of them") << u"Several of them left early."_s;
    QTest::newRow("pound compound is a weight") << u"He carried a 10-pound bag."_s;
}

void TestFactExtraction::notFacts()
{
    QFETCH(QString, text);
    const QList<Mention> mentions = extract(Test::articleFromText(text));
    QVERIFY2(mentions.isEmpty(), qPrintable(describe(mentions)));
}

void TestFactExtraction::quotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<int>("parts");

    QTest::newRow("straight") << u"Tenney arrived. \"We will not back down,\" said Marisol Tenney."_s
                              << u"We will not back down,"_s << u"Marisol Tenney"_s << 1;
    QTest::newRow("curly with title") << u"“We are charging what it costs,” said Dr. Jane Okafor, the director."_s
                                      << u"We are charging what it costs,"_s << u"Jane Okafor"_s << 1;
    QTest::newRow("single curly") << u"‘This is public data,’ Okafor said."_s << u"This is public data,"_s << u"Okafor"_s << 1;
    QTest::newRow("guillemets") << u"«Nous ne céderons pas», a déclaré Okafor."_s << u"Nous ne céderons pas"_s << QString() << 1;
    QTest::newRow("low-9 opening") << u"„Wir geben nicht nach“, sagte Okafor."_s << u"Wir geben nicht nach"_s << QString() << 1;
    QTest::newRow("split by attribution") << u"“This is public data, and the public paid for it,” Brandvold said. “Anyone can still see where their bus is.”"_s
                                          << u"This is public data, and the public paid for it, Anyone can still see where their bus is."_s
                                          << u"Brandvold"_s << 2;
    QTest::newRow("split mid-sentence") << u"\"We are,\" she said, \"not selling anyone's location.\""_s
                                        << u"We are, not selling anyone's location."_s << u"she"_s << 2;
    QTest::newRow("partial") << u"J. R. Halloran, director of the Calloway Digital Rights Project, called the plan \"a toll booth on a public road.\""_s
                             << u"a toll booth on a public road."_s << u"J. R. Halloran"_s << 1;
    QTest::newRow("partial with of") << u"J. R. Halloran of the Calloway Digital Rights Project called the arrangement “a toll booth on a public road.”"_s
                                     << u"a toll booth on a public road."_s << u"J. R. Halloran"_s << 1;
    QTest::newRow("nested") << u"“He told me ‘never again’ and left,” she said."_s
                            << u"He told me ‘never again’ and left,"_s << u"she"_s << 1;
    QTest::newRow("according to") << u"“The deal is done,” according to Maria Lopez."_s << u"The deal is done,"_s << u"Maria Lopez"_s << 1;
    QTest::newRow("name before colon") << u"Tenney said: “We are charging what it costs.”"_s << u"We are charging what it costs."_s << u"Tenney"_s << 1;
    QTest::newRow("told earlier sentence") << u"Marisol Tenney, the chief executive, told the station that critics are wrong. \"We are not selling anyone's location.\""_s
                                           << u"We are not selling anyone's location."_s << u"Marisol Tenney"_s << 1;
    QTest::newRow("British full stop outside") << u"Halloran described the scheme as “a toll booth on a public road”."_s
                                               << u"a toll booth on a public road"_s << u"Halloran"_s << 1;
    QTest::newRow("apostrophes inside single") << u"‘But I don’t want some company knowing my commute,’ said Gil Marchand."_s
                                               << u"But I don’t want some company knowing my commute,"_s << u"Gil Marchand"_s << 1;
    // A scare-quoted word is found; groupQuotes() keeps it only when another article quotes it.
    QTest::newRow("scare-quoted word") << u"Gil Marchand called the audit “misleading” on Monday."_s
                                       << u"misleading"_s << u"Gil Marchand"_s << 1;
    QTest::newRow("question split by attribution") << u"“Is this a harbour? A toll booth?” she asked, laughing. “The pier belongs to the town.”"_s
                                                   << u"Is this a harbour? A toll booth? The pier belongs to the town."_s << u"she"_s << 2;
}

void TestFactExtraction::quotes()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, speaker);
    QFETCH(int, parts);
    const QList<Mention> mentions = extract(Test::articleFromText(text));
    QList<Mention> quotes;
    for (const Mention &mention : mentions) {
        if (mention.value.kind == FactKind::Quote)
            quotes.append(mention);
    }
    QVERIFY2(quotes.size() == 1, qPrintable(describe(mentions)));
    const Mention &mention = quotes.constFirst();
    QCOMPARE(mention.value.quote, quote);
    QCOMPARE(mention.value.speaker, speaker);
    QCOMPARE(mention.parts.size(), parts);
    for (const TextSpan &part : mention.parts)
        QVERIFY(mention.span.contains(part));
    QCOMPARE(mention.surface, mention.span.in(text).toString());
}

void TestFactExtraction::notQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("scare quote") << u"It is the \"City\" plan, with unlimited calls."_s;
    QTest::newRow("single word capitalised") << u"Tune in to “Harbourwatch” on Sunday."_s;
    QTest::newRow("single function word") << u"He stressed the “and” in the title."_s;
    QTest::newRow("apostrophes") << u"The authority's board can't agree on riders' fares."_s;
    QTest::newRow("unmatched opening") << u"“We are not selling anything, she said, and left the room."_s;
    QTest::newRow("unmatched closing") << u"We are not selling anything,” she said."_s;
    QTest::newRow("inches") << u"The screen is 12\" wide and 8\" tall."_s;
}

void TestFactExtraction::notQuotes()
{
    QFETCH(QString, text);
    const QList<Mention> mentions = extract(Test::articleFromText(text));
    for (const Mention &mention : mentions)
        QVERIFY2(mention.value.kind != FactKind::Quote, qPrintable(describe(mentions)));
}

void TestFactExtraction::quotations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("quotes");     // each quotation's text, in order
    QTest::addColumn<QStringList>("speakers");

    QTest::newRow("a second verb starts a new quotation")
        << u"“The ferry will run all winter,” said Ines Okafor, who added that “the fares will not rise this year.”"_s
        << QStringList{u"The ferry will run all winter,"_s, u"the fares will not rise this year."_s}
        << QStringList{u"Ines Okafor"_s, u"Ines Okafor"_s};
    QTest::newRow("over paragraphs, each reopened")
        << u"Ines Okafor wrote to the board on Friday.\n\n“The ferry has served the island for forty years.\n\n“It should not be sold to pay for a car park,” Okafor wrote."_s
        << QStringList{u"The ferry has served the island for forty years. It should not be sold to pay for a car park,"_s}
        << QStringList{u"Okafor"_s};
    QTest::newRow("over paragraphs, inner marks dropped")
        << u"Okafor wrote: “The ferry has served the island for forty years.\n\nIt should not be sold to pay for a car park.”\n\nThe board meets in May."_s
        << QStringList{u"The ferry has served the island for forty years. It should not be sold to pay for a car park."_s}
        << QStringList{u"Okafor"_s};
    QTest::newRow("unclosed, then narration, then a quotation")
        << u"Okafor spoke first. “The ferry has served the island for forty years.\n\nThe board listened in silence.\n\n“It should not be sold,” Okafor said."_s
        << QStringList{u"It should not be sold,"_s}
        << QStringList{u"Okafor"_s};
    QTest::newRow("unclosed at the end of the article")
        << u"Okafor spoke first. “The ferry has served the island for forty years.\n\nThe board listened in silence."_s
        << QStringList() << QStringList();
}

void TestFactExtraction::quotations()
{
    QFETCH(QString, text);
    QFETCH(QStringList, quotes);
    QFETCH(QStringList, speakers);
    const QList<Mention> mentions = extract(Test::articleFromText(text));
    QStringList foundQuotes;
    QStringList foundSpeakers;
    for (const Mention &mention : mentions) {
        if (mention.value.kind != FactKind::Quote)
            continue;
        foundQuotes.append(mention.value.quote);
        foundSpeakers.append(mention.value.speaker);
        QCOMPARE(mention.surface, mention.span.in(text).toString());
        for (const TextSpan &part : mention.parts)
            QVERIFY(mention.span.contains(part));
    }
    QCOMPARE(foundQuotes, quotes);
    QCOMPARE(foundSpeakers, speakers);
}

void TestFactExtraction::boilerplateEndsAQuotation()
{
    // A sign-up box between two paragraphs of a quotation is not part of it: the quotation
    // left open before it is none.
    Article article = Test::articleFromText(u"Okafor wrote: “The ferry has served the island for forty years.\n\nSign up for our island newsletter\n\nIt should not be sold to pay for a car park.”"_s);
    QCOMPARE(article.paragraphs.size(), 3);
    auto quotesOf = [](const QList<Mention> &mentions) {
        QList<Mention> quotes;
        std::copy_if(mentions.cbegin(), mentions.cend(), std::back_inserter(quotes), [](const Mention &m) { return m.value.kind == FactKind::Quote; });
        return quotes;
    };
    const QList<Mention> before = quotesOf(extract(article));
    QVERIFY2(before.size() == 1 && before.constFirst().parts.size() == 3, qPrintable(describe(before)));
    article.paragraphs[1].boilerplate = BoilerplateKind::SignUp;
    const QList<Mention> after = quotesOf(extract(article));
    QVERIFY2(after.isEmpty(), qPrintable(describe(after)));
}

void TestFactExtraction::boilerplateIsSkipped()
{
    Article article = Test::articleFromText(u"The grant was $3.2 million.\n\nRelated: Airline loses $1.4 billion\n\n\"Subscribe for just $1 today and never miss a story,\" the box says."_s);
    QCOMPARE(article.paragraphs.size(), 3);
    article.paragraphs[1].boilerplate = BoilerplateKind::RelatedLinks;
    article.paragraphs[2].boilerplate = BoilerplateKind::SignUp;
    const QList<Mention> mentions = extract(article);
    QVERIFY2(mentions.size() == 1, qPrintable(describe(mentions)));
    QCOMPARE(mentions.constFirst().surface, u"$3.2 million"_s);
}

void TestFactExtraction::spansAreExact()
{
    // Text with a surrogate pair before the figures: spans stay UTF-16, surfaces exact.
    const QString text = u"😀 Lumenfold will charge around $42,000 a month, said “the company” on April 19. "
                         u"\"We are charging what it costs,\" Tenney said."_s;
    const Article article = Test::articleFromText(text);
    const QList<Mention> mentions = extract(article);
    QVERIFY(mentions.size() >= 3);
    for (const Mention &mention : mentions) {
        QCOMPARE(mention.surface, mention.span.in(text).toString());
        QVERIFY(mention.sentence >= 0);
    }
    QVERIFY(std::is_sorted(mentions.cbegin(), mentions.cend(),
                           [](const Mention &a, const Mention &b) { return a.span.start < b.span.start; }));
}

void TestFactExtraction::contextWords()
{
    const QList<Mention> mentions = extract(Test::articleFromText(u"The project is paid for by a $3.2 million grant from the state's Coastal Mobility Fund."_s));
    QCOMPARE(mentions.size(), 1);
    const QStringList &context = mentions.constFirst().context;
    QVERIFY2(context.contains(u"grant"_s), qPrintable(context.join(u',')));
    QVERIFY2(context.contains(u"state"_s), qPrintable(context.join(u',')));
    QVERIFY2(!context.contains(u"the"_s), qPrintable(context.join(u',')));
    // Nearest first.
    QCOMPARE(context.constFirst(), u"grant"_s);
}

void TestFactExtraction::pathologicalInputIsBounded_data()
{
    QTest::addColumn<QString>("text");
    QString unmatched;
    for (int i = 0; i < 20000; ++i)
        unmatched += u"“Open quote with no end and some words "_s;
    QTest::newRow("unmatched curly marks") << unmatched;
    QString paragraphs;
    for (int i = 0; i < 20000; ++i)
        paragraphs += u"“Open quote with no end and some words\n\n"_s;
    QTest::newRow("paragraphs of unmatched marks") << paragraphs;
    QString straight;
    for (int i = 0; i < 20000; ++i)
        straight += u"He said \"one two three and so on "_s;
    QTest::newRow("odd straight marks") << straight;
    QTest::newRow("digits") << QString(1'000'000, u'9');
    QString digitsAndCommas;
    for (int i = 0; i < 100000; ++i)
        digitsAndCommas += u"1,000,"_s;
    QTest::newRow("endless groups") << digitsAndCommas;
    QString dashes;
    for (int i = 0; i < 100000; ++i)
        dashes += u"12-"_s;
    QTest::newRow("endless phone") << dashes;
    QString words;
    for (int i = 0; i < 100000; ++i)
        words += u"hundreds of "_s;
    QTest::newRow("endless vague") << words;
}

void TestFactExtraction::pathologicalInputIsBounded()
{
    QFETCH(QString, text);
    Article article;
    article.text = text;
    article.paragraphs = splitParagraphs(text);
    QElapsedTimer timer;
    timer.start();
    const QList<Mention> mentions = extractFacts(article, ArticleId(0), Segmentation());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    for (const Mention &mention : mentions) {
        QVERIFY(mention.span.length() <= 8000);
        QVERIFY(mention.value.kind != FactKind::Quote || mention.span.length() <= 4002);
    }
}

QTEST_GUILESS_MAIN(TestFactExtraction)
#include "tst_factextraction.moc"
