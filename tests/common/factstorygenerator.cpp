// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/factstorygenerator.h"

#include "facts/factcompare.h"
#include "core/paragraphs.h"

#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Crossread::FactSynth {
namespace {

enum class Kind { Money, Count, Percent, Date, Price };

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
};

} // namespace

GeneratedStory generateStory(const Options &options)
{
    Random random(options.seed);
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
            break;
        }
        facts.append(fact);
    }
    // Three price tiers of one service: legitimately different values of one subject.
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

    GeneratedStory story;
    for (int a = 0; a < options.articles; ++a) {
        QList<Sentence> sentences;
        const bool listing = random.chance(options.listingRate);
        for (qsizetype f = 0; f < facts.size(); ++f) {
            const Fact &fact = facts.at(f);
            if (fact.kind == Kind::Price && listing)
                continue;
            if (!random.chance(options.mentionRate))
                continue;
            const int valueId = fact.wrongArticles.contains(a) ? 1 : 0;
            const bool vague = valueId == 0 && fact.kind == Kind::Money && fact.values.constFirst() >= 1e6
                && random.chance(options.vagueRate);
            const QString value = vague ? QStringLiteral("millions of dollars")
                                        : formatValue(fact, fact.values.at(valueId), random,
                                                      valueId == 0 && random.chance(options.approximationRate));
            const QString pattern = vague ? QStringLiteral("The {thing} will cost the {org} {v}, officials said.")
                                          : random.pick(templates.value(int(fact.kind)));
            const QString text = fill(pattern, fact, value);
            const qsizetype at = text.indexOf(value.front().isLetter() && pattern.startsWith(QStringLiteral("{v}"))
                                                  ? value.front().toUpper() + value.mid(1)
                                                  : value);
            Sentence sentence;
            sentence.text = text;
            sentence.mentions.append({a, {at, at + value.size()}, int(f), valueId, vague, value});
            sentences.append(sentence);
        }
        if (listing) {
            // "Plans for the X cost $80 a month, $450 a month and $23,000 a month."
            Sentence sentence;
            sentence.text = QStringLiteral("Plans for the ") + service + QStringLiteral(" cost ");
            for (int t = 0; t < 3; ++t) {
                const qsizetype f = facts.size() - 3 + t;
                const int valueId = facts.at(f).wrongArticles.contains(a) ? 1 : 0;
                const QString value = formatValue(facts.at(f), facts.at(f).values.at(valueId), random, false);
                const qsizetype at = sentence.text.size();
                sentence.text += value;
                sentence.mentions.append({a, {at, at + value.size()}, int(f), valueId, false, value});
                sentence.text += t == 0 ? QStringLiteral(", ") : t == 1 ? QStringLiteral(" and ") : QStringLiteral(".");
            }
            sentences.append(sentence);
        }
        for (int n = 0; n < options.fillerSentences; ++n) {
            QString text = random.pick(fillers);
            text.replace(QStringLiteral("{thing}"), random.pick(things));
            text.replace(QStringLiteral("{org}"), random.pick(orgs));
            text.replace(QStringLiteral("{n}"), QString::number(2 + random.below(60)));
            text.replace(QStringLiteral("{nn}"), QString::number(10 + random.below(90)));
            text.replace(QStringLiteral("{year}"), QString::number(1950 + random.below(66)));
            sentences.append({text, {}});
        }
        // A loose order: each sentence moves a few places from a shared order.
        QList<std::pair<double, int>> order;
        for (qsizetype s = 0; s < sentences.size(); ++s)
            order.append({double(s) + random.uniform(0, 6), int(s)});
        std::sort(order.begin(), order.end());

        Article article;
        article.meta.outlet = QStringLiteral("Outlet %1").arg(a + 1);
        article.meta.published.date = QDate(2023, 4, 19);
        article.meta.published.precision = DatePrecision::Day;
        for (qsizetype k = 0; k < order.size(); ++k) {
            const Sentence &sentence = sentences.at(order.at(k).second);
            if (!article.text.isEmpty())
                article.text += k % 2 == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
            const qsizetype offset = article.text.size();
            article.text += sentence.text;
            for (TrueMention mention : sentence.mentions) {
                mention.span = {mention.span.start + offset, mention.span.end + offset};
                story.mentions.append(mention);
            }
        }
        article.paragraphs = splitParagraphs(article.text);
        story.articles.append(article);
    }
    return story;
}

double ConflictScore::precision() const
{
    return truePositives + falsePositives == 0 ? 1.0 : double(truePositives) / double(truePositives + falsePositives);
}

double ConflictScore::recall() const
{
    return truePositives + falseNegatives == 0 ? 1.0 : double(truePositives) / double(truePositives + falseNegatives);
}

ConflictScore &ConflictScore::operator+=(const ConflictScore &other)
{
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
                const bool right = a && b && a->fact == b->fact && a->valueId != b->valueId && !a->vague && !b->vague;
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
            if (a.article == b.article || a.fact != b.fact || a.valueId == b.valueId || a.vague || b.vague)
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

} // namespace Crossread::FactSynth
