// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/factstorygenerator.h"

#include "facts/factcompare.h"
#include "core/paragraphs.h"
#include "import/importer.h"

#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace Crossread::FactSynth {
namespace {

enum class Kind { Money, Count, Percent, Date, Price, Demand };

// Fictional places, bodies and things; every sentence below is written for this generator.
const QStringList things = {
    QStringLiteral("ferry terminal"), QStringLiteral("tram depot"), QStringLiteral("harbour crane"),
    QStringLiteral("water tower"), QStringLiteral("bike lanes"), QStringLiteral("flood barrier"),
    QStringLiteral("river bridge"), QStringLiteral("bus shelters"), QStringLiteral("library annex"),
    QStringLiteral("sports hall"), QStringLiteral("wind farm"), QStringLiteral("sea wall"),
    QStringLiteral("cable car"), QStringLiteral("fish market"), QStringLiteral("signal system"),
    QStringLiteral("night trains"),
};
const QStringList orgs = {
    QStringLiteral("harbour authority"), QStringLiteral("water board"), QStringLiteral("transit agency"),
    QStringLiteral("county council"), QStringLiteral("port trust"), QStringLiteral("energy office"),
    QStringLiteral("city treasury"), QStringLiteral("parks department"),
};
const QStringList moneyNouns = {QStringLiteral("grant"), QStringLiteral("loan"), QStringLiteral("subsidy"),
                                QStringLiteral("budget"), QStringLiteral("settlement")};
const QStringList countUnits = {QStringLiteral("public comments"), QStringLiteral("complaints"), QStringLiteral("signatures"),
                                QStringLiteral("applications"), QStringLiteral("objections"), QStringLiteral("volunteers")};
const QStringList wholes = {QStringLiteral("fleet"), QStringLiteral("budget"), QStringLiteral("workforce"),
                            QStringLiteral("network"), QStringLiteral("district"), QStringLiteral("households")};
const QStringList events = {QStringLiteral("public hearing"), QStringLiteral("council vote"), QStringLiteral("board meeting"),
                            QStringLiteral("groundbreaking"), QStringLiteral("final inspection"), QStringLiteral("ribbon cutting")};
const QStringList tiers = {QStringLiteral("Basic"), QStringLiteral("Standard"), QStringLiteral("Premium")};

const QHash<int, QStringList> templates = {
    {int(Kind::Money), {
        QStringLiteral("The {thing} was paid for with a {v} {noun} from the {org}."),
        QStringLiteral("A {noun} of {v} from the {org} covered the {thing}."),
        QStringLiteral("The {org} said its {noun} for the {thing} came to {v}."),
        QStringLiteral("Officials at the {org} approved a {v} {noun} for the {thing}."),
        QStringLiteral("The {thing} will be funded by a {noun} worth {v}, according to the {org}."),
    }},
    {int(Kind::Count), {
        QStringLiteral("The {org} received {v} {noun} about the {thing}."),
        QStringLiteral("The {thing} has drawn {v} {noun}, the {org} said."),
        QStringLiteral("In all, {v} {noun} about the {thing} reached the {org}."),
        QStringLiteral("The {org} counted {v} {noun} over the {thing}."),
    }},
    {int(Kind::Percent), {
        QStringLiteral("The {thing} now serves {v} of the {org}'s {noun}."),
        QStringLiteral("Under the plan, {v} of the {noun} will rely on the {thing}, the {org} said."),
        QStringLiteral("The {org} says {v} of its {noun} depends on the {thing}."),
    }},
    {int(Kind::Date), {
        QStringLiteral("A {noun} on the {thing} is scheduled for {v}."),
        QStringLiteral("The {org} will hold a {noun} about the {thing} on {v}."),
        QStringLiteral("The {noun} for the {thing} takes place on {v}, the {org} said."),
    }},
    {int(Kind::Demand), {
        QStringLiteral("The {org} says demand for the {thing} has reached {v}."),
        QStringLiteral("Orders linked to the {thing} total {v}, according to the {org}."),
        QStringLiteral("The {org} put the {noun} for the {thing} at {v}."),
    }},
    {int(Kind::Price), {
        QStringLiteral("The {noun} plan for the {thing} costs {v}."),
        QStringLiteral("Subscribers to the {noun} plan for the {thing} pay {v}."),
        QStringLiteral("A {noun} plan for the {thing} is priced at {v}."),
    }},
};

const QStringList fillers = {
    QStringLiteral("Riders on Route {n} waited in the rain for a late bus."),
    QStringLiteral("The {thing}, built in {year}, needs repairs."),
    QStringLiteral("Readers can call 555-01{nn} with questions."),
    QStringLiteral("The {org} moved its office to Pier {n} last spring."),
    QStringLiteral("A dashboard for Windows 11 is planned as well."),
    QStringLiteral("Local shops stayed open late as crowds gathered near the water."),
    QStringLiteral("Critics say the {org} has not explained its plans in public."),
    QStringLiteral("Several residents said they had not heard about the {thing} at all."),
    QStringLiteral("The mayor declined to comment on the {thing} when asked."),
    QStringLiteral("Engineers from the {org} inspected the site twice."),
};

const QStringList demandNouns = {QStringLiteral("backlog"), QStringLiteral("order book"), QStringLiteral("pipeline")};

/// Quotations written for this generator: two sentences, a shorter part of the first for a cut
/// quote with the words that lead into it, and a change of words for an altered rendering.
struct QuoteText {
    QString first;
    QString second;
    QString lead;                     ///< "{name} said the {org} would" before the cut
    QString cut;                      ///< words of `first`, in order
    QString from;                     ///< words of `second` ...
    QString to;                       ///< ... an altered rendering puts in their place
};

const QList<QuoteText> quoteTexts = {
    {QStringLiteral("We will open the {thing} before the winter storms arrive."),
     QStringLiteral("Nobody in this town should pay more for it than they do today."),
     QStringLiteral("{name} said the {org} would"), QStringLiteral("open the {thing} before the winter storms arrive"),
     QStringLiteral("pay more for it"), QStringLiteral("pay extra for it")},
    {QStringLiteral("The {org} has listened to every complaint it received this year."),
     QStringLiteral("We owe the people who wrote to us a straight answer."),
     QStringLiteral("{name} said the {org} had"), QStringLiteral("listened to every complaint it received this year"),
     QStringLiteral("a straight answer"), QStringLiteral("an honest answer")},
    {QStringLiteral("This is the biggest job the {org} has taken on in a generation."),
     QStringLiteral("If we get it wrong, our children will be paying for it."),
     QStringLiteral("{name} called the {thing}"), QStringLiteral("the biggest job the {org} has taken on in a generation"),
     QStringLiteral("our children will be paying"), QStringLiteral("our kids will be paying")},
    {QStringLiteral("I have walked past the {thing} every morning for twenty years."),
     QStringLiteral("It was falling apart long before anyone at city hall noticed."),
     QStringLiteral("{name} said she had"), QStringLiteral("walked past the {thing} every morning for twenty years"),
     QStringLiteral("falling apart"), QStringLiteral("crumbling")},
    {QStringLiteral("Our engineers checked the {thing} twice and found nothing that worries them."),
     QStringLiteral("The work can start as soon as the money is in the bank."),
     QStringLiteral("{name} said engineers had"), QStringLiteral("found nothing that worries them"),
     QStringLiteral("as soon as"), QStringLiteral("the moment")},
    {QStringLiteral("Nobody asked the fishermen what they thought about the {thing}."),
     QStringLiteral("They found out from a notice taped to the harbour gate."),
     QStringLiteral("{name} said the {org} never asked"), QStringLiteral("what they thought about the {thing}"),
     QStringLiteral("taped to"), QStringLiteral("pinned to")},
};

/// Fictional speakers: full name, family name, role.
const QList<std::array<QString, 3>> speakers = {
    {QStringLiteral("Mara Quint"), QStringLiteral("Quint"), QStringLiteral("the {org}'s chief engineer")},
    {QStringLiteral("Tobias Renn"), QStringLiteral("Renn"), QStringLiteral("who chairs the {org}")},
    {QStringLiteral("Ilse Varga"), QStringLiteral("Varga"), QStringLiteral("a spokeswoman for the {org}")},
    {QStringLiteral("Dev Oakes"), QStringLiteral("Oakes"), QStringLiteral("the director of the {org}")},
    {QStringLiteral("Ruth Pellow"), QStringLiteral("Pellow"), QStringLiteral("a ferry pilot")},
    {QStringLiteral("Anton Brisk"), QStringLiteral("Brisk"), QStringLiteral("a member of the {org}")},
};

const QStringList headlines = {
    QStringLiteral("Plans for the {thing} move ahead despite objections"),
    QStringLiteral("What the new {thing} will cost residents"),
    QStringLiteral("Residents split over the {thing}"),
    QStringLiteral("The {thing} plan, explained"),
    QStringLiteral("Money for the {thing} approved after long night of debate"),
};

/// Page furniture as a browser copies it from a news page: each block one paragraph, its
/// lines separated by line breaks, and an empty line a paragraph break (kicker cards, whose
/// parts are elements of their own). Written for this generator; the figures are traps.
const QList<QStringList> furnitureBlocks = {
    {QStringLiteral("Advertisement")},
    {QStringLiteral("Story continues below advertisement")},
    {QStringLiteral("Sign up for The Morning Tide, our free daily newsletter."), QStringLiteral("Thanks for signing up!"),
     QStringLiteral("By signing up, you agree to our Terms of Use and Privacy Policy.")},
    {QStringLiteral("Local reporting needs your support. Give $1 a week to keep it going."), QStringLiteral("Donate now")},
    {QStringLiteral("Photo: {name} / {outlet}")},
    {QStringLiteral("Read more:"), QStringLiteral("Tram fares to rise 8% in March"),
     QStringLiteral("Council names 3 finalists for harbour design")},
    {QStringLiteral("Keep reading {outlet}")},
    {QStringLiteral("Share this article")},
    {QStringLiteral("Most read in local news"), QStringLiteral("Harbour town votes to ban jet skis after summer of complaints"),
     QStringLiteral("Lighthouse keeper's diary found in attic after 80 years")},
    {QStringLiteral("{name}, left, and a harbour pilot, right, at the pier on the day the 12 new buoys were laid.")},
    {QStringLiteral("Get the day's 5 biggest stories in your inbox. No spam, we promise. You can unsubscribe at any time.")},
    {QStringLiteral("Published 11:34 PM EST {published}")},
    {QStringLiteral("You have been successfully subscribed!")},
    {QStringLiteral("Image 2 of 5")},
};
/// Furniture that closes a page, after the story: kicker-led teaser cards, a sources list.
const QList<QStringList> closingBlocks = {
    {QStringLiteral("HARBOUR LIFE"), QString(), QStringLiteral("Why Farmers On The Marsh Paint 40 Gates White"), QString(),
     QStringLiteral("holtpost.example Country Life"), QString(),
     QStringLiteral("Some thought it was a joke, but the paint keeps the cattle off the road at night."), QString(),
     QStringLiteral("'A LONG NIGHT'"), QString(), QStringLiteral("Lifeboat Crew Honoured For A Rescue In 9-Metre Seas"), QString(),
     QStringLiteral("14"), QString(), QStringLiteral("votes Sea News"), QString(),
     QStringLiteral("The crew of the Holt lifeboat received a medal from the mayor on Friday."), QString(),
     QStringLiteral("PICKS | SPONSORED"), QString(), QStringLiteral("These Waterproof Boots Are Only $25 This Week"), QString(),
     QStringLiteral("shop.example Deals"), QString(),
     QStringLiteral("Over 1,000 walkers gave them five stars, and they come in four colours.")},
    {QStringLiteral("Sources:"), QString(), QStringLiteral("Harbour Gazette, \u201CFerry refit runs over budget,\u201D March 2, 2021"),
     QStringLiteral("Email interview with {name}, March 8, 2021"),
     QStringLiteral("Orlin Borough Council, \u201CHarbour accounts 2020,\u201D accessed March 11, 2021")},
};
const QStringList adPrompts = {QStringLiteral("Advertisement"), QStringLiteral("Skip to main content"),
                               QStringLiteral("Video ad: the story continues after this message")};

const QStringList tensWords = {QString(), QStringLiteral("ten"), QStringLiteral("twenty"), QStringLiteral("thirty"),
                               QStringLiteral("forty"), QStringLiteral("fifty"), QStringLiteral("sixty"),
                               QStringLiteral("seventy"), QStringLiteral("eighty"), QStringLiteral("ninety")};

class Random {
public:
    explicit Random(quint64 seed) : m_generator(seed) {}
    int below(int n) { return n <= 1 ? 0 : int(m_generator.bounded(n)); }
    double uniform(double low, double high) { return low + (high - low) * m_generator.generateDouble(); }
    bool chance(double p) { return m_generator.generateDouble() < p; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }

private:
    QRandomGenerator m_generator;
};

QString grouped(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

struct Fact {
    Kind kind = Kind::Money;
    QString thing;
    QString org;
    QString noun;
    QList<double> values;   ///< [0] right; [1] wrong
    QSet<int> wrongArticles;
};

QString formatValue(const Fact &fact, double value, Random &random, bool approximate)
{
    QString text;
    switch (fact.kind) {
    case Kind::Money:
        if (value >= 1e6) {
            const QString m = QString::number(value / 1e6, 'f', 1);
            const QStringList forms = {u'$' + m + QStringLiteral(" million"), u'$' + m + u'm',
                                       QStringLiteral("US$") + m + QStringLiteral(" million"),
                                       m + QStringLiteral(" million dollars"), u'$' + grouped(qint64(std::llround(value)))};
            text = random.pick(forms);
        } else {
            const qint64 v = std::llround(value);
            QStringList forms = {u'$' + grouped(v), grouped(v) + QStringLiteral(" dollars"), QStringLiteral("US$") + grouped(v)};
            if (v % 1000 == 0)
                forms.append(u'$' + QString::number(v / 1000) + u'K');
            text = random.pick(forms);
        }
        break;
    case Kind::Price: {
        const qint64 v = std::llround(value);
        QStringList forms = {u'$' + grouped(v) + QStringLiteral(" a month"), u'$' + grouped(v) + QStringLiteral(" per month"),
                             u'$' + grouped(v) + QStringLiteral(" monthly"), QStringLiteral("US$") + grouped(v) + QStringLiteral(" a month")};
        if (v % 1000 == 0)
            forms.append(u'$' + QString::number(v / 1000) + QStringLiteral("K per month"));
        text = random.pick(forms);
        break;
    }
    case Kind::Count:
        text = grouped(std::llround(value));
        break;
    case Kind::Demand: {
        const QString b = QString::number(value / 1e9, 'f', 1);
        const QStringList forms = {u'$' + b + QStringLiteral(" billion"), u'$' + b + QStringLiteral("bn"),
                                   b + QStringLiteral(" billion dollars"), QStringLiteral("US$") + b + QStringLiteral(" billion")};
        text = random.pick(forms);
        break;
    }
    case Kind::Percent: {
        const int p = int(std::lround(value));
        QStringList forms = {QString::number(p) + u'%', QString::number(p) + QStringLiteral(" percent"),
                             QString::number(p) + QStringLiteral(" per cent")};
        if (p % 10 == 0)
            forms.append(tensWords.at(p / 10) + QStringLiteral(" per cent"));
        text = random.pick(forms);
        break;
    }
    case Kind::Date: {
        const QDate date = QDate(2023, 1, 1).addDays(qint64(value));
        const QString month = QLocale::c().monthName(date.month());
        const QString day = QString::number(date.day());
        const QString ordinal = day + (date.day() % 10 == 1 && date.day() != 11 ? QStringLiteral("st")
                                       : date.day() % 10 == 2 && date.day() != 12 ? QStringLiteral("nd")
                                       : date.day() % 10 == 3 && date.day() != 13 ? QStringLiteral("rd")
                                                                                  : QStringLiteral("th"));
        const QStringList forms = {month + u' ' + day, day + u' ' + month, month + u' ' + ordinal,
                                   month + u' ' + day + QStringLiteral(", 2023"), date.toString(Qt::ISODate)};
        text = random.pick(forms);
        approximate = false;
        break;
    }
    }
    if (approximate) {
        static const QStringList qualifiers = {QStringLiteral("around"), QStringLiteral("about"), QStringLiteral("nearly")};
        text = random.pick(qualifiers) + u' ' + text;
    }
    return text;
}

double wrongValue(const Fact &fact, Random &random)
{
    const double value = fact.values.constFirst();
    switch (fact.kind) {
    case Kind::Money:
        if (value >= 1e6) {
            const int tenths = int(std::lround(value / 1e5));
            const int units = tenths / 10;
            const int decimal = tenths % 10;
            if (units < 10 && decimal != 0 && units != decimal && random.chance(0.5))
                return (decimal * 10 + units) * 1e5;   // "$3.2 million" misread as "$2.3 million"
            return std::round(value * random.uniform(1.3, 1.8) / 1e5) * 1e5;
        }
        return std::round(value * random.uniform(1.2, 1.6) / 1e4) * 1e4;
    case Kind::Price:
        return value >= 1000 ? std::round(value * random.uniform(1.2, 1.6) / 1e3) * 1e3
                             : std::round(value * random.uniform(1.2, 1.6) / 10) * 10;
    case Kind::Count:
        return std::round(value * random.uniform(1.15, 1.5) / 10) * 10;
    case Kind::Demand: {
        // A tenth or three off, never a whole number of billions ("more than $3 billion" must
        // admit it): "$3.4 billion" against "$3.5 billion".
        const int tenths = int(std::lround(value / 1e8));
        int wrong = tenths + (random.chance(0.5) ? 1 : -1) * (1 + random.below(3));
        if (wrong % 10 == 0)
            wrong += 1;
        return wrong * 1e8;
    }
    case Kind::Percent: {
        // Two draws in a fixed order (operands of * are unsequenced; this is the order GCC took
        // when the accuracy figures were set), so every compiler generates the same stories.
        const int points = 5 + 5 * random.below(3);
        const int sign = random.chance(0.5) ? 1 : -1;
        const double shifted = value + sign * points;
        return shifted < 5 || shifted > 95 ? value + (value > 50 ? -10 : 10) : shifted;
    }
    case Kind::Date:
        return value + 1 + random.below(14);
    }
    return value;
}

QString fill(QString pattern, const Fact &fact, const QString &value)
{
    pattern.replace(QStringLiteral("{thing}"), fact.thing);
    pattern.replace(QStringLiteral("{org}"), fact.org);
    pattern.replace(QStringLiteral("{noun}"), fact.noun);
    const qsizetype at = pattern.indexOf(QStringLiteral("{v}"));
    if (at == 0 && !value.isEmpty() && value.front().isLetter())
        return pattern.replace(at, 3, value.front().toUpper() + value.mid(1));
    return pattern.replace(at, 3, value);
}

struct Sentence {
    QString text;
    QList<TrueMention> mentions;   ///< spans relative to the sentence
    QList<TrueQuote> quotes;       ///< spans relative to the sentence
};

QString upperFirst(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

/// A dateline as outlets write it, for the day the outlet published.
QString dateline(const QDate &date, Random &random)
{
    const QLocale c = QLocale::c();
    const QString day = QString::number(date.day());
    const QString month = c.monthName(date.month());
    const QString year = QString::number(date.year());
    switch (random.below(5)) {
    case 0:
        return QStringLiteral("By staff \u2014 ") + day + u' ' + month + u' ' + year;
    case 1:
        return QStringLiteral("Updated ") + c.monthName(date.month(), QLocale::ShortFormat) + QStringLiteral(". ") + day + QStringLiteral(", ") + year;
    case 2:
        return QStringLiteral("Published ") + day + u' ' + month + u' ' + year;
    case 3:
        return month + u' ' + day + QStringLiteral(", ") + year + QStringLiteral(" 5:40 PM EDT");
    default:
        return QStringLiteral("Posted ") + c.dayName(date.dayOfWeek()) + QStringLiteral(", ") + month + u' ' + day + QStringLiteral(", ") + year;
    }
}

/// One rendering of a quotation: whole, split by its attribution, cut, or with words changed.
Sentence renderQuote(const QuoteText &quote, int quoteIndex, const std::array<QString, 3> &speaker, const Options &options,
                     Random &random)
{
    const QString &name = speaker.at(0);
    const QString &family = speaker.at(1);
    const QString &role = speaker.at(2);
    TrueQuote truth;
    truth.quote = quoteIndex;
    truth.speaker = family;
    QString second = quote.second;
    QString text;
    qsizetype open = 0;
    if (random.chance(options.cutQuoteRate)) {
        truth.cut = random.chance(0.5) ? 1 : 2;
        if (truth.cut == 1) {
            // The first sentence alone: "Mara Quint, ..., said: “We will open ...”"
            text = name + QStringLiteral(", ") + role + QStringLiteral(", said: ");
            open = text.size();
            text += u'\u201C' + quote.first + u'\u201D';
        } else {
            // A part of it inside the outlet's own sentence: "Quint said the board would “open ...”"
            QString lead = quote.lead;
            lead.replace(QStringLiteral("{name}"), family);
            text = lead + u' ';
            open = text.size();
            text += u'\u201C' + quote.cut + QStringLiteral(".\u201D");
        }
        truth.span = {open, text.size()};
    } else {
        truth.altered = random.chance(options.alteredQuoteRate);
        if (truth.altered)
            second.replace(quote.from, quote.to);
        QString firstComma = quote.first;
        firstComma.back() = u',';
        QString secondComma = second;
        secondComma.back() = u',';
        truth.split = random.chance(options.splitQuoteRate);
        if (truth.split)
            text = u'\u201C' + firstComma + QStringLiteral("\u201D ") + family + QStringLiteral(" said. \u201C") + second + u'\u201D';
        else
            text = u'\u201C' + quote.first + u' ' + secondComma + QStringLiteral("\u201D said ") + name + QStringLiteral(", ") + role + u'.';
        truth.span = {0, text.lastIndexOf(u'\u201D') + 1};
    }
    Sentence sentence;
    sentence.text = text;
    sentence.quotes.append(truth);
    return sentence;
}

/// The text of one article laid out from its sentences, with the truth moved to its offsets.
struct Layout {
    QString text;
    QList<TrueMention> mentions;
    QList<TrueQuote> quotes;
    TruePage page;
};

Layout layOut(const QList<Sentence> &sentences, int article, const QString &headline, const QDate &published,
              const Options &options, Random &extra)
{
    Layout layout;
    auto addFurniture = [&](const QStringList &lines) {
        for (qsizetype l = 0; l < lines.size(); ++l) {
            if (lines.at(l).isEmpty()) {
                layout.text += QStringLiteral("\n\n");
                continue;
            }
            if (l > 0 && !lines.at(l - 1).isEmpty())
                layout.text += u'\n';
            const qsizetype start = layout.text.size();
            layout.text += lines.at(l);
            layout.page.furniture.append({start, layout.text.size()});
        }
    };
    auto furnitureBlock = [&](bool closing) {
        const int count = int(furnitureBlocks.size() + (closing ? closingBlocks.size() : 0));
        const int pick = extra.below(count);
        QStringList lines = pick < furnitureBlocks.size() ? furnitureBlocks.at(pick) : closingBlocks.at(pick - furnitureBlocks.size());
        for (QString &line : lines) {
            line.replace(QStringLiteral("{name}"), speakers.at(extra.below(int(speakers.size()))).at(0));
            line.replace(QStringLiteral("{outlet}"), QStringLiteral("Outlet %1").arg(article + 1));
            // A publication stamp repeated inside the story: the outlet's own date, a trap.
            line.replace(QStringLiteral("{published}"), QLocale::c().toString(published, QStringLiteral("MMM d, yyyy")));
        }
        return lines;
    };
    if (options.plainText) {
        if (extra.chance(options.furnitureRate)) {
            addFurniture({extra.pick(adPrompts)});
            layout.text += QStringLiteral("\n\n");
        }
        layout.page.headline = headline;
        layout.page.sentences.append({layout.text.size(), layout.text.size() + headline.size()});
        layout.text += headline + u'\n';
        addFurniture({dateline(published, extra)});
    }
    for (qsizetype k = 0; k < sentences.size(); ++k) {
        const Sentence &sentence = sentences.at(k);
        if (!layout.text.isEmpty()) {
            // A quotation opens a paragraph, as newspapers set a new speaker: a quote after
            // another speaker's attribution in the same paragraph reads as that speaker's.
            const bool paragraphBreak = k % 2 == 0 || !sentence.quotes.isEmpty();
            if (paragraphBreak && options.plainText && k > 0 && extra.chance(options.furnitureRate)) {
                layout.text += QStringLiteral("\n\n");
                addFurniture(furnitureBlock(false));
            }
            layout.text += paragraphBreak ? QStringLiteral("\n\n") : QStringLiteral(" ");
        }
        const qsizetype offset = layout.text.size();
        layout.text += sentence.text;
        if (options.plainText)
            layout.page.sentences.append({offset, layout.text.size()});
        for (TrueMention mention : sentence.mentions) {
            mention.article = article;
            mention.span = {mention.span.start + offset, mention.span.end + offset};
            layout.mentions.append(mention);
        }
        for (TrueQuote quote : sentence.quotes) {
            quote.article = article;
            quote.span = {quote.span.start + offset, quote.span.end + offset};
            layout.quotes.append(quote);
        }
    }
    if (options.plainText && extra.chance(options.furnitureRate)) {
        layout.text += QStringLiteral("\n\n");
        addFurniture(furnitureBlock(true));
    }
    return layout;
}

} // namespace

GeneratedStory generateStory(const Options &options)
{
    Random random(options.seed);
    // The phenomena added for issue #16 draw from here, so that the stories of the first
    // version stay the same when they are off.
    Random extra(options.seed * 2654435761ULL + 17);
    QList<Fact> facts;
    const Kind kinds[] = {Kind::Money, Kind::Count, Kind::Percent, Kind::Date};
    for (int f = 0; f < options.facts; ++f) {
        Fact fact;
        fact.kind = kinds[f % 4];
        fact.thing = random.pick(things);
        fact.org = random.pick(orgs);
        switch (fact.kind) {
        case Kind::Money:
            fact.noun = random.pick(moneyNouns);
            fact.values = {random.chance(0.7) ? (11 + random.below(88)) * 1e5 : (12 + random.below(80)) * 1e4};
            break;
        case Kind::Count:
            fact.noun = random.pick(countUnits);
            fact.values = {double((12 + random.below(980)) * 10)};
            break;
        case Kind::Percent:
            fact.noun = random.pick(wholes);
            fact.values = {double(5 * (2 + random.below(17)))};
            break;
        case Kind::Date:
            fact.noun = random.pick(events);
            fact.values = {double(120 + random.below(60))};   // May and June 2023
            break;
        case Kind::Price:
        case Kind::Demand:
            break;
        }
        facts.append(fact);
    }
    for (int f = 0; f < options.demandFacts; ++f) {
        Fact fact;
        fact.kind = Kind::Demand;
        fact.thing = extra.pick(things);
        fact.org = extra.pick(orgs);
        fact.noun = demandNouns.at(f % demandNouns.size());
        int tenths = 15 + extra.below(75);
        if (tenths % 10 == 0)
            ++tenths;
        fact.values = {tenths * 1e8};
        facts.append(fact);
    }
    // Three price tiers of one service: legitimately different values of one subject.
    const qsizetype firstTier = facts.size();
    const QString service = random.pick(things);
    const double tierPrices[] = {double(50 + 10 * random.below(10)), double(200 + 50 * random.below(10)), double(1000 * (10 + random.below(40)))};
    for (int t = 0; t < 3; ++t) {
        Fact fact;
        fact.kind = Kind::Price;
        fact.thing = service;
        fact.org = random.pick(orgs);
        fact.noun = tiers.at(t);
        fact.values = {tierPrices[t]};
        facts.append(fact);
    }
    // A wrong value never equals another fact's value of the same kind: "June 1" for one
    // hearing when another hearing is on June 1 cannot be told apart by anyone.
    auto takenByOther = [&facts](const Fact &self, double value) {
        return std::any_of(facts.cbegin(), facts.cend(), [&](const Fact &other) {
            return &other != &self && other.kind == self.kind && other.values.constFirst() == value;
        });
    };
    for (Fact &fact : facts) {
        if (random.chance(options.disagreementRate)) {
            double wrong = wrongValue(fact, random);
            for (int attempt = 0; attempt < 10 && takenByOther(fact, wrong); ++attempt)
                wrong = wrongValue(fact, random);
            if (takenByOther(fact, wrong))
                continue;
            fact.values.append(wrong);
            fact.wrongArticles.insert(random.below(options.articles));
            if (options.articles > 4 && random.chance(0.3))
                fact.wrongArticles.insert(random.below(options.articles));
        }
    }
    // The quotations of the story: what is quoted, about what, by whom.
    QList<QuoteText> storyQuotes;
    for (int q = 0; q < options.quotes; ++q) {
        QuoteText quote = quoteTexts.at(q % quoteTexts.size());
        const QString thing = extra.pick(things);
        const QString org = extra.pick(orgs);
        for (QString *part : {&quote.first, &quote.second, &quote.lead, &quote.cut}) {
            part->replace(QStringLiteral("{thing}"), thing);
            part->replace(QStringLiteral("{org}"), org);
        }
        storyQuotes.append(quote);
    }
    auto speakerOf = [&](int q) {
        std::array<QString, 3> speaker = speakers.at(q % speakers.size());
        speaker[2].replace(QStringLiteral("{org}"), facts.at(q % facts.size()).org);
        return speaker;
    };

    GeneratedStory story;
    QHash<QString, int> builtIn;      // thing -> the year fillers say it was built
    QList<QList<Sentence>> ordered;   // per article, for syndicated copies
    QStringList articleHeadlines;
    for (int a = 0; a < options.articles; ++a) {
        QList<Sentence> sentences;
        QString headline;
        const int syndicatedFrom = a > 0 && options.syndicatedRate > 0 && extra.chance(options.syndicatedRate) ? extra.below(a) : -1;
        if (syndicatedFrom >= 0) {
            sentences = ordered.at(syndicatedFrom);
            headline = articleHeadlines.at(syndicatedFrom);
        } else {
            const bool listing = random.chance(options.listingRate);
            const bool tierPhrases = !listing && options.tierPhraseRate > 0 && extra.chance(options.tierPhraseRate);
            const bool tierRange = tierPhrases && extra.chance(0.4);
            for (qsizetype f = 0; f < facts.size(); ++f) {
                const Fact &fact = facts.at(f);
                const qsizetype tier = fact.kind == Kind::Price ? f - firstTier : -1;
                if (fact.kind == Kind::Price && listing)
                    continue;
                if (tierRange && (tier == 0 || tier == 2))
                    continue;
                if (!random.chance(options.mentionRate))
                    continue;
                int valueId = fact.wrongArticles.contains(a) ? 1 : 0;
                Sentence sentence;
                QString value;
                QString pattern;
                bool bound = false;
                if (fact.kind == Kind::Demand && extra.chance(options.demandBoundRate)) {
                    // "more than $3 billion": below both values written for the fact.
                    bound = true;
                    valueId = 0;
                    const double floorValue = std::floor(*std::min_element(fact.values.cbegin(), fact.values.cend()) / 1e9);
                    static const QStringList bounds = {QStringLiteral("more than"), QStringLiteral("over"),
                                                       QStringLiteral("upwards of"), QStringLiteral("at least")};
                    value = extra.pick(bounds) + QStringLiteral(" $") + QString::number(qint64(floorValue)) + QStringLiteral(" billion");
                    pattern = extra.pick(templates.value(int(Kind::Demand)));
                } else if (fact.kind == Kind::Demand) {
                    value = formatValue(fact, fact.values.at(valueId), extra, false);
                    pattern = extra.pick(templates.value(int(Kind::Demand)));
                } else if (tierPhrases && tier == 0 && extra.chance(0.5)) {
                    // A bound of the right price admits the higher wrong ones too.
                    bound = true;
                    valueId = 0;
                    value = QStringLiteral("at least ") + formatValue(fact, fact.values.constFirst(), extra, false);
                    pattern = QStringLiteral("Plans for the {thing} start with a fee of {v}.");
                } else if (tierPhrases && tier == 0) {
                    value = formatValue(fact, fact.values.at(valueId), extra, false);
                    pattern = QStringLiteral("A basic plan for the {thing} is offered at {v}.");
                } else if (tierPhrases && tier == 2) {
                    value = formatValue(fact, fact.values.at(valueId), extra, false);
                    pattern = QStringLiteral("The top tier of the {thing} costs {v}.");
                } else {
                    const bool vague = valueId == 0 && fact.kind == Kind::Money && fact.values.constFirst() >= 1e6
                        && random.chance(options.vagueRate);
                    value = vague ? QStringLiteral("millions of dollars")
                                  : formatValue(fact, fact.values.at(valueId), random,
                                                valueId == 0 && random.chance(options.approximationRate));
                    pattern = vague ? QStringLiteral("The {thing} will cost the {org} {v}, officials said.")
                                    : random.pick(templates.value(int(fact.kind)));
                    const QString text = fill(pattern, fact, value);
                    const qsizetype at = text.indexOf(value.front().isLetter() && pattern.startsWith(QStringLiteral("{v}"))
                                                          ? value.front().toUpper() + value.mid(1)
                                                          : value);
                    sentence.text = text;
                    sentence.mentions.append({a, {at, at + value.size()}, int(f), valueId, vague, false, value});
                    sentences.append(sentence);
                    continue;
                }
                sentence.text = fill(pattern, fact, value);
                const qsizetype at = sentence.text.indexOf(value);
                sentence.mentions.append({a, {at, at + value.size()}, int(f), valueId, false, bound, value});
                sentences.append(sentence);
            }
            if (listing) {
                // "Plans for the X cost $80 a month, $450 a month and $23,000 a month."
                Sentence sentence;
                sentence.text = QStringLiteral("Plans for the ") + service + QStringLiteral(" cost ");
                for (int t = 0; t < 3; ++t) {
                    const qsizetype f = firstTier + t;
                    const int valueId = facts.at(f).wrongArticles.contains(a) ? 1 : 0;
                    const QString value = formatValue(facts.at(f), facts.at(f).values.at(valueId), random, false);
                    const qsizetype at = sentence.text.size();
                    sentence.text += value;
                    sentence.mentions.append({a, {at, at + value.size()}, int(f), valueId, false, false, value});
                    sentence.text += t == 0 ? QStringLiteral(", ") : t == 1 ? QStringLiteral(" and ") : QStringLiteral(".");
                }
                sentences.append(sentence);
            }
            if (tierRange) {
                // "Plans for the X run from $80 a month for the Basic plan to upwards of $23,000
                // for the Premium plan": the top tier's bound is the right price.
                const Fact &basic = facts.at(firstTier);
                const Fact &premium = facts.at(firstTier + 2);
                const int basicId = basic.wrongArticles.contains(a) ? 1 : 0;
                const QString low = formatValue(basic, basic.values.at(basicId), extra, false);
                const QString high = QStringLiteral("upwards of $") + grouped(qint64(premium.values.constFirst()));
                Sentence sentence;
                sentence.text = QStringLiteral("Plans for the ") + service + QStringLiteral(" run from ");
                qsizetype at = sentence.text.size();
                sentence.text += low;
                sentence.mentions.append({a, {at, at + low.size()}, int(firstTier), basicId, false, false, low});
                sentence.text += QStringLiteral(" for the Basic plan to ");
                at = sentence.text.size();
                sentence.text += high;
                sentence.mentions.append({a, {at, at + high.size()}, int(firstTier + 2), 0, false, true, high});
                sentence.text += QStringLiteral(" for the Premium plan.");
                sentences.append(sentence);
            }
            for (int q = 0; q < storyQuotes.size(); ++q) {
                if (extra.chance(options.mentionRate))
                    sentences.append(renderQuote(storyQuotes.at(q), q, speakerOf(q), options, extra));
            }
            for (int n = 0; n < options.fillerSentences; ++n) {
                QString text = random.pick(fillers);
                const QString thing = random.pick(things);
                text.replace(QStringLiteral("{thing}"), thing);
                text.replace(QStringLiteral("{org}"), random.pick(orgs));
                text.replace(QStringLiteral("{n}"), QString::number(2 + random.below(60)));
                text.replace(QStringLiteral("{nn}"), QString::number(10 + random.below(90)));
                // One building year per thing for the whole story: at a hundred articles the same
            // thing comes up in several articles' fillers, and other years would be a true
            // disagreement the truth does not know of.
            const int year = 1950 + random.below(66);
            text.replace(QStringLiteral("{year}"), QString::number(builtIn.contains(thing) ? builtIn.value(thing) : builtIn.insert(thing, year).value()));
                sentences.append({text, {}, {}});
            }
            // A loose order: each sentence moves a few places from a shared order.
            QList<std::pair<double, int>> order;
            for (qsizetype s = 0; s < sentences.size(); ++s)
                order.append({double(s) + random.uniform(0, 6), int(s)});
            std::sort(order.begin(), order.end());
            QList<Sentence> inOrder;
            for (const auto &entry : std::as_const(order))
                inOrder.append(sentences.at(entry.second));
            sentences = inOrder;
            if (options.plainText) {
                QString pattern = extra.pick(headlines);
                headline = upperFirst(pattern.replace(QStringLiteral("{thing}"), service));
            }
        }
        ordered.append(sentences);
        articleHeadlines.append(headline);

        const QDate published = options.plainText ? QDate(2023, 8, 2).addDays(-extra.below(4)) : QDate(2023, 4, 19);
        Layout layout = layOut(sentences, a, headline, published, options, extra);
        Article article;
        if (options.plainText) {
            // Read back as the reader would read the saved page; the importer keeps the text.
            ImportSource source;
            source.bytes = layout.text.toUtf8();
            source.name = QStringLiteral("outlet-%1.txt").arg(a + 1);
            source.hint = FormatHint::PlainText;
            ImportResult imported = importSource(source);
            if (!imported || imported->text != layout.text)
                qFatal("FactSynth: the plain-text importer did not keep the generated text of article %d", a);
            article = std::move(imported).value();
            story.pages.append(layout.page);
        } else {
            article.text = layout.text;
            article.meta.published.date = published;
            article.meta.published.precision = DatePrecision::Day;
            article.paragraphs = splitParagraphs(article.text);
        }
        article.meta.outlet = QStringLiteral("Outlet %1").arg(a + 1);
        story.mentions += layout.mentions;
        story.quotes += layout.quotes;
        story.articles.append(article);
    }
    for (const Fact &fact : std::as_const(facts)) {
        // The noun's last word names the measure: "public comments" -> "comments",
        // "council vote" -> "vote"; a demand is also named by its own words.
        QStringList words{fact.noun.split(u' ').constLast().toLower()};
        if (fact.kind == Kind::Demand)
            words += {QStringLiteral("demand"), QStringLiteral("orders")};
        story.measures.append(words);
    }
    return story;
}

double LabelScore::share() const
{
    return slots == 0 ? 1.0 : double(right) / double(slots);
}

LabelScore &LabelScore::operator+=(const LabelScore &other)
{
    slots += other.slots;
    right += other.right;
    if (wrong.size() < 20)
        wrong += other.wrong.mid(0, 20 - wrong.size());
    return *this;
}

LabelScore scoreLabels(const GeneratedStory &story, const FactTable &table)
{
    LabelScore score;
    for (const FactSlot &slot : table.slots) {
        if (slot.kind == FactKind::Quote)
            continue;
        const TrueMention *truth = nullptr;
        for (const Mention &mention : slot.mentions) {
            for (const TrueMention &t : story.mentions) {
                if (t.article == mention.article.value() && t.span.intersects(mention.span)) {
                    truth = &t;
                    break;
                }
            }
            if (truth)
                break;
        }
        if (!truth || truth->fact < 0 || truth->fact >= story.measures.size())
            continue;
        ++score.slots;
        const QString label = slot.label.english().toLower();
        const QStringList &words = story.measures.at(truth->fact);
        if (std::any_of(words.cbegin(), words.cend(), [&](const QString &word) { return label.contains(word); }))
            ++score.right;
        else if (score.wrong.size() < 20)
            score.wrong.append(QStringLiteral("'%1' for '%2' (%3)").arg(slot.label.english(), truth->text, words.join(u'/')));
    }
    return score;
}

double ConflictScore::precision() const
{
    return truePositives + falsePositives == 0 ? 1.0 : double(truePositives) / double(truePositives + falsePositives);
}

double ConflictScore::recall() const
{
    return truePositives + falseNegatives == 0 ? 1.0 : double(truePositives) / double(truePositives + falseNegatives);
}

double ConflictScore::gathered() const
{
    return agreements == 0 ? 1.0 : double(agreementsGathered) / double(agreements);
}

ConflictScore &ConflictScore::operator+=(const ConflictScore &other)
{
    agreements += other.agreements;
    agreementsGathered += other.agreementsGathered;
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    falseNegatives += other.falseNegatives;
    falseAlarms += other.falseAlarms;
    misses += other.misses;
    return *this;
}

ConflictScore scoreConflicts(const GeneratedStory &story, const FactTable &table)
{
    // Each extracted mention to the generated one it overlaps, if any.
    auto truthOf = [&](const Mention &mention) -> const TrueMention * {
        for (const TrueMention &truth : story.mentions) {
            if (truth.article == mention.article.value() && truth.span.intersects(mention.span))
                return &truth;
        }
        return nullptr;
    };
    auto pairKey = [](const TrueMention *a, const TrueMention *b) {
        return std::pair(std::min(a, b), std::max(a, b));
    };
    QSet<std::pair<const TrueMention *, const TrueMention *>> flagged;
    ConflictScore score;
    QHash<const TrueMention *, int> slotOf;
    for (const FactSlot &slot : table.slots) {
        for (const Mention &mention : slot.mentions) {
            if (const TrueMention *truth = truthOf(mention))
                slotOf.insert(truth, slot.id);
        }
    }
    QHash<int, QList<const TrueMention *>> byFact;
    for (const TrueMention &truth : story.mentions) {
        if (!truth.vague)
            byFact[truth.fact].append(&truth);
    }
    for (const QList<const TrueMention *> &mentions : std::as_const(byFact)) {
        for (qsizetype i = 0; i < mentions.size(); ++i) {
            for (qsizetype j = i + 1; j < mentions.size(); ++j) {
                const TrueMention *a = mentions.at(i);
                const TrueMention *b = mentions.at(j);
                if (a->article == b->article || (a->valueId != b->valueId && !a->bound && !b->bound))
                    continue;
                ++score.agreements;
                const int slot = slotOf.value(a, -1);
                if (slot >= 0 && slot == slotOf.value(b, -1))
                    ++score.agreementsGathered;
            }
        }
    }
    for (const FactSlot &slot : table.slots) {
        if (slot.status != SlotStatus::Conflict)
            continue;
        for (qsizetype i = 0; i < slot.mentions.size(); ++i) {
            for (qsizetype j = i + 1; j < slot.mentions.size(); ++j) {
                const Mention &x = slot.mentions.at(i);
                const Mention &y = slot.mentions.at(j);
                if (x.article == y.article || FactCompare::relate(x.value, y.value) != FactCompare::Relation::Conflict)
                    continue;
                const TrueMention *a = truthOf(x);
                const TrueMention *b = truthOf(y);
                const bool right = a && b && a->fact == b->fact && a->valueId != b->valueId && !a->vague && !b->vague
                    && !a->bound && !b->bound;
                if (right) {
                    if (!flagged.contains(pairKey(a, b))) {
                        flagged.insert(pairKey(a, b));
                        ++score.truePositives;
                    }
                } else {
                    ++score.falsePositives;
                    if (score.falseAlarms.size() < 10)
                        score.falseAlarms.append(QStringLiteral("'%1' (%2) vs '%3' (%4)").arg(x.surface, x.value.toString(), y.surface, y.value.toString()));
                }
            }
        }
    }
    for (qsizetype i = 0; i < story.mentions.size(); ++i) {
        for (qsizetype j = i + 1; j < story.mentions.size(); ++j) {
            const TrueMention &a = story.mentions.at(i);
            const TrueMention &b = story.mentions.at(j);
            if (a.article == b.article || a.fact != b.fact || a.valueId == b.valueId || a.vague || b.vague || a.bound || b.bound)
                continue;
            if (!flagged.contains(pairKey(&a, &b))) {
                ++score.falseNegatives;
                if (score.misses.size() < 10)
                    score.misses.append(QStringLiteral("'%1' (article %2) vs '%3' (article %4)").arg(a.text).arg(a.article).arg(b.text).arg(b.article));
            }
        }
    }
    return score;
}

namespace {

double share(qint64 part, qint64 whole)
{
    return whole == 0 ? 1.0 : double(part) / double(whole);
}

bool overlapsAny(const TextSpan &span, const QList<TextSpan> &spans)
{
    return std::any_of(spans.cbegin(), spans.cend(), [&](const TextSpan &other) { return other.intersects(span); });
}

} // namespace

double QuoteScore::foundShare() const { return share(found, groups); }
double QuoteScore::variantShare() const { return share(variantRight, groups); }
double QuoteScore::excerptShare() const { return share(excerptRight, groups); }
double QuoteScore::speakerShare() const { return share(speakerRight, groups); }

QuoteScore &QuoteScore::operator+=(const QuoteScore &other)
{
    groups += other.groups;
    found += other.found;
    variantRight += other.variantRight;
    excerptRight += other.excerptRight;
    speakerRight += other.speakerRight;
    mistakes += other.mistakes;
    return *this;
}

QuoteScore scoreQuotes(const GeneratedStory &story, const FactTable &table)
{
    // Each rendering to the quote slot that holds it, and each quote mention to its rendering.
    auto renderingOf = [&](const Mention &mention) -> const TrueQuote * {
        for (const TrueQuote &truth : story.quotes) {
            if (truth.article == mention.article.value() && truth.span.intersects(mention.span))
                return &truth;
        }
        return nullptr;
    };
    QHash<const TrueQuote *, int> slotOf;
    for (const FactSlot &slot : table.slots) {
        if (slot.kind != FactKind::Quote)
            continue;
        for (const Mention &mention : slot.mentions) {
            if (const TrueQuote *truth = renderingOf(mention))
                slotOf.insert(truth, slot.id);
        }
    }
    QHash<int, QList<const TrueQuote *>> renderings;
    for (const TrueQuote &truth : story.quotes)
        renderings[truth.quote].append(&truth);

    QuoteScore score;
    for (auto it = renderings.cbegin(); it != renderings.cend(); ++it) {
        const QList<const TrueQuote *> &group = it.value();
        QSet<int> articles;
        QSet<int> extents;            // TrueQuote::cut
        bool altered = false;
        for (const TrueQuote *truth : group) {
            articles.insert(truth->article);
            altered = altered || truth->altered;
            extents.insert(truth->cut);
        }
        if (articles.size() < 2)
            continue;
        ++score.groups;
        const int slotId = slotOf.value(group.constFirst(), -1);
        bool found = slotId >= 0;
        for (const TrueQuote *truth : group)
            found = found && slotOf.value(truth, -1) == slotId;
        if (found) {
            for (const Mention &mention : table.slots.at(slotId).mentions) {
                const TrueQuote *truth = renderingOf(mention);
                found = found && truth && truth->quote == it.key();
            }
        }
        const QString what = QStringLiteral("quote %1 (%2 renderings)").arg(it.key()).arg(group.size());
        if (!found) {
            if (score.mistakes.size() < 10)
                score.mistakes.append(what + QStringLiteral(": not one group"));
            continue;
        }
        ++score.found;
        const FactSlot &slot = table.slots.at(slotId);
        if (slot.quoteVariant == altered)
            ++score.variantRight;
        else if (score.mistakes.size() < 10)
            score.mistakes.append(what + QStringLiteral(": variant flag %1, truth %2").arg(int(slot.quoteVariant)).arg(int(altered)));
        if (slot.quoteExcerpt == (extents.size() > 1))
            ++score.excerptRight;
        else if (score.mistakes.size() < 10)
            score.mistakes.append(what + QStringLiteral(": excerpt flag %1, truth %2").arg(int(slot.quoteExcerpt)).arg(int(extents.size() > 1)));
        const QString &speaker = group.constFirst()->speaker;
        if (std::all_of(slot.mentions.cbegin(), slot.mentions.cend(),
                        [&](const Mention &mention) { return mention.value.speaker.contains(speaker); }))
            ++score.speakerRight;
    }
    return score;
}

double PageScore::furnitureShare() const { return share(furnitureMarked, furnitureLines); }
double PageScore::headlineShare() const { return share(headlinesRight, headlines); }

PageScore &PageScore::operator+=(const PageScore &other)
{
    furnitureLines += other.furnitureLines;
    furnitureMarked += other.furnitureMarked;
    articleLines += other.articleLines;
    articleLinesMarked += other.articleLinesMarked;
    headlines += other.headlines;
    headlinesRight += other.headlinesRight;
    furnitureFacts += other.furnitureFacts;
    furnitureKept += other.furnitureKept;
    articleLinesDimmed += other.articleLinesDimmed;
    wrongHeadlines += other.wrongHeadlines;
    factsFromFurniture += other.factsFromFurniture;
    return *this;
}

PageScore scorePages(const GeneratedStory &story, const QList<Article> &articles, const FactTable &table)
{
    PageScore score;
    for (qsizetype a = 0; a < story.pages.size() && a < articles.size(); ++a) {
        const TruePage &page = story.pages.at(a);
        const Article &article = articles.at(a);
        const QList<TextSpan> marked = article.boilerplateSpans();
        for (const TextSpan &line : page.furniture) {
            ++score.furnitureLines;
            if (overlapsAny(line, marked))
                ++score.furnitureMarked;
            else if (score.furnitureKept.size() < 10)
                score.furnitureKept.append(QStringLiteral("furniture kept in article %1: '%2'").arg(a).arg(line.in(article.text)));
        }
        for (const TextSpan &line : page.sentences) {
            ++score.articleLines;
            if (overlapsAny(line, marked)) {
                ++score.articleLinesMarked;
                if (score.articleLinesDimmed.size() < 10)
                    score.articleLinesDimmed.append(QStringLiteral("article line marked in article %1: '%2'").arg(a).arg(line.in(article.text)));
            }
        }
        ++score.headlines;
        if (article.meta.headline == page.headline)
            ++score.headlinesRight;
        else if (score.wrongHeadlines.size() < 10)
            score.wrongHeadlines.append(QStringLiteral("headline of article %1: '%2', not '%3'").arg(a).arg(article.meta.headline, page.headline));
    }
    for (const FactSlot &slot : table.slots) {
        for (const Mention &mention : slot.mentions) {
            const int a = mention.article.value();
            if (a < story.pages.size() && overlapsAny(mention.span, story.pages.at(a).furniture)) {
                ++score.furnitureFacts;
                if (score.factsFromFurniture.size() < 10)
                    score.factsFromFurniture.append(QStringLiteral("fact from furniture in article %1: '%2'").arg(a).arg(mention.surface));
            }
        }
    }
    return score;
}

} // namespace Crossread::FactSynth
