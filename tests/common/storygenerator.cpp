// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic story clusters for measuring the aligner. A story is a list of base sentences made
// from templates and a small fictional world (people, organisations, places, things, figures);
// each outlet renders it with synonym swaps, moved clauses, trimmed tails, merged and split
// sentences, dropped sentences, moved paragraphs, sentences of its own and page furniture,
// and records which base sentence every sentence came from. All names are made up from
// syllables; every template was written for this file.
#include "common/storygenerator.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Crossread::Synth {
namespace {

/// SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number generators", 2014):
/// tiny, and the same sequence on every platform, unlike std::uniform_int_distribution.
class Random {
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(double p) { return double(next() >> 11) * (1.0 / 9007199254740992.0) < p; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

const QList<QLatin1StringView> onsets = {
    QLatin1StringView("b"), QLatin1StringView("br"), QLatin1StringView("d"), QLatin1StringView("dr"),
    QLatin1StringView("f"), QLatin1StringView("g"), QLatin1StringView("h"), QLatin1StringView("k"),
    QLatin1StringView("l"), QLatin1StringView("m"), QLatin1StringView("n"), QLatin1StringView("p"),
    QLatin1StringView("qu"), QLatin1StringView("r"), QLatin1StringView("s"), QLatin1StringView("st"),
    QLatin1StringView("t"), QLatin1StringView("tr"), QLatin1StringView("v"), QLatin1StringView("z"),
};
const QList<QLatin1StringView> vowels = {
    QLatin1StringView("a"), QLatin1StringView("e"), QLatin1StringView("i"), QLatin1StringView("o"),
    QLatin1StringView("u"), QLatin1StringView("ai"), QLatin1StringView("ea"), QLatin1StringView("ou"),
};
const QList<QLatin1StringView> codas = {
    QLatin1StringView(""), QLatin1StringView("n"), QLatin1StringView("r"), QLatin1StringView("l"),
    QLatin1StringView("s"), QLatin1StringView("th"), QLatin1StringView("m"), QLatin1StringView("x"),
};

QString pseudoWord(Random &random, int syllables)
{
    QString word;
    for (int i = 0; i < syllables; ++i) {
        word += random.pick(onsets);
        word += random.pick(vowels);
        if (i == syllables - 1 || random.chance(0.3))
            word += random.pick(codas);
    }
    return word;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString pseudoName(Random &random)
{
    return capitalised(pseudoWord(random, 2 + random.below(2)));
}

QString personName(Random &random)
{
    // The operands of + are unsequenced: draw in an explicit order (right to left, the order
    // GCC chose when the accuracy thresholds were set), so every compiler makes the same stories.
    const QString family = pseudoName(random);
    const QString given = pseudoName(random);
    return given + u' ' + family;
}

const QStringList orgNouns = {
    QStringLiteral("Transit Authority"), QStringLiteral("Water Board"), QStringLiteral("Housing Trust"),
    QStringLiteral("Port Company"), QStringLiteral("Energy Cooperative"), QStringLiteral("Science Council"),
    QStringLiteral("Rail Consortium"), QStringLiteral("Health Network"), QStringLiteral("Grain Exchange"),
    QStringLiteral("Ferry Service"),
};
const QStringList thingAdjectives = {
    QStringLiteral("tidal"), QStringLiteral("solar"), QStringLiteral("underground"), QStringLiteral("floating"),
    QStringLiteral("automated"), QStringLiteral("regional"), QStringLiteral("coastal"), QStringLiteral("electric"),
    QStringLiteral("modular"), QStringLiteral("northern"), QStringLiteral("riverside"), QStringLiteral("hydrogen"),
};
const QStringList thingNouns = {
    QStringLiteral("pumping station"), QStringLiteral("depot"), QStringLiteral("bridge"), QStringLiteral("tunnel"),
    QStringLiteral("clinic"), QStringLiteral("warehouse"), QStringLiteral("ferry terminal"), QStringLiteral("wind farm"),
    QStringLiteral("data centre"), QStringLiteral("rail link"), QStringLiteral("seawall"), QStringLiteral("market hall"),
};
const QStringList countNouns = {
    QStringLiteral("homes"), QStringLiteral("households"), QStringLiteral("passengers"), QStringLiteral("trucks"),
    QStringLiteral("workers"), QStringLiteral("vessels"), QStringLiteral("patients"), QStringLiteral("students"),
};
const QStringList roles = {
    QStringLiteral("chief executive"), QStringLiteral("finance director"), QStringLiteral("spokeswoman"),
    QStringLiteral("spokesman"), QStringLiteral("chair"), QStringLiteral("chief engineer"), QStringLiteral("deputy mayor"),
};
const QStringList weekdays = {
    QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
    QStringLiteral("Friday"),
};
const QStringList months = {
    QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"), QStringLiteral("April"),
    QStringLiteral("May"), QStringLiteral("June"), QStringLiteral("July"), QStringLiteral("August"),
    QStringLiteral("September"), QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December"),
};

/// A base sentence pattern. `{a|b}` is a word choice an outlet may change, `<SLOT>` a value of
/// the story (the same in every outlet). `lead` may stand before or after the main clause;
/// `tail` follows it after ", and", or stands alone when an outlet splits the sentence.
struct Template {
    const char *lead;
    const char *main;
    const char *tail;
};

const Template baseTemplates[] = {
    {"on <DAY>", "<ORG> {announced|confirmed|said} it would {spend|invest} <MONEY> on a {new|planned} <THING> in <PLACE>",
     "{officials|planners} {expect|hope} the work to {finish|be completed} by <YEAR>"},
    {"", "<PERSON>, the {chief executive|head} of <ORG>, {said|told reporters} the {project|plan|scheme} would {create|bring} <COUNT> {jobs|positions}",
     "the {union|workers' group} {welcomed|praised} the {news|announcement} within hours"},
    {"in <MONTH>", "{residents|locals} of <PLACE> {packed|filled} a {meeting|hearing} to {object to|protest against} the <THING>",
     "{several|many} {complained|said} they had {learned|heard} of it only {from|through} the {papers|local press}"},
    {"", "the <THING> {will|would} {serve|supply} <COUNT> <NOUN> {once|when} it {opens|is running}",
     "{that|this} {is|would be} <PERCENT> more than the {current|existing} {facility|site} {manages|handles}"},
    {"last year", "<ORG> {recorded|reported} a {loss|deficit} of <MONEY>, {according to|based on} its {annual|yearly} {accounts|report}",
     "{critics|opponents} {blamed|faulted} <PERSON> for the {shortfall|gap}"},
    {"", "<PERSON> {said|insisted} the {cost|price} of the <THING> had {risen|climbed} by <PERCENT> since {the|its} {first|original} {estimate|budget}",
     "{she|the official} {pointed to|cited} {higher|rising} {steel|material} {prices|costs}"},
    {"on <DAY>", "the {council|assembly} of <PLACE> {voted|decided} <COUNT> to <SMALL> to {approve|back} the {deal|agreement} with <ORG>",
     "{two|several} {members|councillors} {abstained|did not vote}"},
    {"", "<ORG> {plans|intends} to {borrow|raise} <MONEY> {from|through} a {bond|debt} {sale|issue} in <MONTH>",
     "{investors|lenders} {have been|were} {offered|promised} a {return|yield} of <PERCENT>"},
    {"", "{engineers|inspectors} {found|discovered} {cracks|faults} in <COUNT> {sections|parts} of the <THING> near <PLACE>",
     "{repairs|the fixes} {are expected|should} to take until <MONTH> <YEAR>"},
    {"in a statement", "<ORG> {denied|rejected} {claims|reports} that the <THING> {was|had been} {behind schedule|running late}",
     "it {gave|offered} no {new|fresh} {date|timetable} for the {opening|launch}"},
    {"by <YEAR>", "the {region|district} {will need|is expected to need} <COUNT> more <NOUN>, {a study|a report} by <ORG> {found|concluded}",
     "{demand|need} {grew|rose} <PERCENT> in the {past|last} {decade|ten years}"},
    {"", "<PERSON>, who {chairs|leads} the {committee|panel} on <THING>, {called|described} the {decision|vote} {a mistake|an error}",
     "{he|the chair} {asked|urged} <ORG> to {publish|release} its {figures|numbers}"},
    {"since <MONTH>", "{ticket|fare} {sales|revenue} at <ORG> {have fallen|dropped} by <PERCENT>",
     "{managers|executives} {blame|attribute it to} {strikes|industrial action} {at|in} <PLACE>"},
    {"", "<ORG> {agreed|consented} to {pay|hand over} <MONEY> to <PLACE> {as|in} {compensation|damages} for the <THING>",
     "the {payment|sum} {will be|is to be} {spread|made} over <SMALL> years"},
    {"on <DAY>", "<PERSON> {resigned|stepped down} as <ROLE> of <ORG> after <SMALL> years in the {post|job}",
     "{no|a} {successor|replacement} {has been|was not yet} {named|chosen}"},
    {"", "{a survey|a poll} of <COUNT> {residents|people} in <PLACE> {found|showed} that <PERCENT> {support|favour} the <THING>",
     "{opposition|resistance} was {strongest|highest} among {older|retired} {residents|voters}"},
    {"", "<ORG> {hired|appointed} <PERSON> to {oversee|run} the <THING> {on a|under a} <SMALL>-year {contract|deal}",
     "{her|the} {salary|pay} {was not|has not been} {disclosed|made public}"},
    {"on <DAY>", "{police|officers} {closed|shut} the {road|street} to the <THING> {after|following} a {protest|demonstration} by <COUNT> {people|demonstrators}",
     "<SMALL> {people|protesters} were {arrested|detained}"},
    {"", "the {auditor|inspector} {general|of accounts} {criticised|faulted} <ORG> for {paying|spending} <MONEY> on {consultants|advisers}",
     "<PERSON> {said|replied} the {advice|work} had {saved|spared} the {public|taxpayers} far more"},
    {"", "{construction|building} of the <THING> {began|started} in <MONTH> <YEAR> {on|at} a {former|disused} {quarry|airfield} {outside|north of} <PLACE>",
     "{archaeologists|historians} {asked|want} for the {site|ground} to be {surveyed|checked} first"},
    {"in <MONTH>", "<ORG> {cut|reduced} {fares|prices} for <NOUN> by <PERCENT> to {win back|attract} {customers|users}",
     "the {cut|reduction} {costs|will cost} it <MONEY> a year"},
    {"", "<PERSON> {warned|cautioned} that {floods|storms} {could|might} {damage|harm} the <THING> {unless|if} the {seawall|embankment} {is raised|is not raised}",
     "{raising|lifting} it {would|could} cost <MONEY>"},
    {"", "{documents|papers} {seen by|obtained by} {reporters|this outlet} {show|reveal} that <ORG> {knew|was aware} of the {problem|defect} in <MONTH>",
     "{it|the company} {did not|failed to} {inform|tell} {regulators|inspectors} for <SMALL> weeks"},
    {"since <YEAR>", "{the number of|numbers of} <NOUN> in <PLACE> {has doubled|has grown} to <COUNT>",
     "{schools|classrooms} {struggle|are struggling} to {keep up|cope}"},
    {"", "{a judge|the court} {ordered|told} <ORG> to {halt|stop} {work|construction} on the <THING> {pending|until} a {review|hearing}",
     "the {ruling|order} {can|may} be {appealed|challenged} within <SMALL> days"},
    {"", "<PERSON> {compared|likened} the <THING> to a {cathedral|palace} that <PLACE> {could not|cannot} {afford|pay for}",
     "{supporters|backers} {called|said} the {remark|comment} {unfair|misleading}"},
    {"by <MONTH>", "<ORG> {must|has to} {submit|file} a {plan|proposal} for {cleaning up|removing} {waste|debris} from the <THING>",
     "{fines|penalties} of up to <MONEY> {apply|could follow} {otherwise|if it does not}"},
    {"", "{tourism|visitor numbers} in <PLACE> {rose|climbed} <PERCENT> {after|once} the <THING> {opened|began operating}",
     "{hotels|guesthouses} {reported|saw} {record|unusually high} {bookings|demand}"},
    {"", "{only|just} <SMALL> of the <COUNT> {buses|trains} {ordered|bought} by <ORG> {have arrived|were delivered}",
     "the {maker|supplier} {blamed|cited} a {shortage|lack} of {chips|batteries}"},
    {"at a hearing", "<PERSON> {admitted|conceded} that <ORG> had {underestimated|misjudged} the {cost|expense} of the <THING>",
     "{lawmakers|legislators} {demanded|asked for} a {full|complete} {inquiry|investigation}"},
};

const Template uniqueTemplates[] = {
    {"", "<NPERSON>, who {runs|owns} a <NTHING> {shop|business} in <NPLACE>, said {she|he} had {not heard|learned nothing} of the {plan|decision} until <DAY>", ""},
    {"", "{our|this} {reporter|correspondent} {visited|toured} <NPLACE> {last|this} week and {found|counted} <COUNT> {empty|unused} <NTHING> {sheds|stalls}", ""},
    {"", "<NORG> {said|argued} in a {letter|submission} that <NPLACE> had been {overlooked|ignored} for <SMALL> years", ""},
    {"", "the <NTHING> {festival|fair} in <NPLACE> {drew|attracted} <COUNT> {visitors|guests} {over|during} the {weekend|holiday}", ""},
    {"", "<NPERSON> {recalled|remembered} {how|that} {her|his} {grandfather|grandmother} {built|ran} the {old|first} <NTHING> {mill|yard} at <NPLACE>", ""},
    {"", "{shares|stock} in <NORG> {rose|climbed} <PERCENT> {after|following} {news|word} of a <NTHING> {contract|order}", ""},
    {"", "a {spokesman|spokeswoman} for <NORG> {declined|refused} to {comment|say more} on the <NTHING> {talks|negotiations}", ""},
    {"", "{visitors|tourists} to <NPLACE> can {reach|get to} the <NTHING> {gardens|quarter} by {bus|tram} in <SMALL> minutes", ""},
};

/// Sentences an outlet says of its own people in words other outlets use of theirs: the same
/// template, another person, age and figure. <OUTLET> is the outlet's own name.
const char *const ownVoiceTemplates[] = {
    "<NPERSON>, <AGE>, said {she|he} {spent|waited} <SMALL> hours on hold before anyone {answered|picked up}",
    "<NPERSON>, a <AGE>-year-old {nurse|teacher|driver} from <NPLACE>, said {her|his} {rent|bill} had gone up by <PERCENT>",
    "<OUTLET> first reported the {problem|shortfall} in <MONTH>, citing <SMALL> {former|current} employees",
};

/// Qualifiers that make two otherwise equal sentences two statements.
const char *const qualifierLeads[] = {
    "in <YEAR>", "at its <PLACE> unit", "under the old plan", "in the first quarter", "before the merger",
    "among part-time staff",
};

const QStringList boilerplateTexts = {
    QStringLiteral("Sign up for our morning newsletter to get the day's top stories in your inbox."),
    QStringLiteral("Advertisement"),
    QStringLiteral("Share this article on social media or send it to a friend."),
    QStringLiteral("Read more: the best weekend walks along the coast."),
    QStringLiteral("Support independent journalism with a subscription from one dollar a week."),
};

struct World {
    QStringList people;
    QStringList organisations;
    QStringList places;
    QStringList things;
};

World makeWorld(Random &random)
{
    World world;
    for (int i = 0; i < 4; ++i)
        world.people.append(personName(random));
    for (int i = 0; i < 3; ++i) {
        const QString noun = random.pick(orgNouns);
        world.organisations.append(QStringLiteral("the ") + pseudoName(random) + u' ' + noun);
    }
    for (int i = 0; i < 3; ++i)
        world.places.append(pseudoName(random));
    for (int i = 0; i < 5; ++i) {
        const QString noun = random.pick(thingNouns);
        world.things.append(random.pick(thingAdjectives) + u' ' + noun);
    }
    return world;
}

QString formatCount(int value)
{
    return value >= 1000 ? QStringLiteral("%1,%2").arg(value / 1000).arg(value % 1000, 3, 10, QLatin1Char('0'))
                         : QString::number(value);
}

/// One piece of a sentence pattern after the story's values were chosen.
struct Piece {
    QStringList choices;   ///< one entry: fixed text; several: a word choice
    int chosen = 0;        ///< the base sentence's choice
};

struct Clause {
    QList<Piece> pieces;
    [[nodiscard]] bool isEmpty() const { return pieces.isEmpty(); }
};

/// Parses a pattern, filling slots from the world (story values) or with fresh words.
Clause instantiate(const char *pattern, const World &world, Random &random)
{
    Clause clause;
    const QString text = QString::fromLatin1(pattern);
    qsizetype i = 0;
    QString fixed;
    const auto flush = [&] {
        if (!fixed.isEmpty())
            clause.pieces.append({{fixed}, 0});
        fixed.clear();
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'{') {
            flush();
            const qsizetype end = text.indexOf(u'}', i);
            Piece piece;
            piece.choices = text.mid(i + 1, end - i - 1).split(u'|');
            piece.chosen = random.below(int(piece.choices.size()));
            clause.pieces.append(piece);
            i = end + 1;
        } else if (c == u'<') {
            const qsizetype end = text.indexOf(u'>', i);
            const QString slot = text.mid(i + 1, end - i - 1);
            QString value;
            if (slot == u"PERSON")
                value = random.pick(world.people);
            else if (slot == u"ORG")
                value = random.pick(world.organisations);
            else if (slot == u"PLACE")
                value = random.pick(world.places);
            else if (slot == u"THING")
                value = random.pick(world.things);
            else if (slot == u"NPERSON")
                value = personName(random);
            else if (slot == u"NORG") {   // an outlet's own sentence may still name the story's players
                if (random.chance(0.3)) {
                    value = random.pick(world.organisations);
                } else {
                    const QString noun = random.pick(orgNouns);
                    value = QStringLiteral("the ") + pseudoName(random) + u' ' + noun;
                }
            }
            else if (slot == u"NPLACE")
                value = pseudoName(random);
            else if (slot == u"NTHING")
                value = pseudoWord(random, 2);
            else if (slot == u"MONEY")
                value = QStringLiteral("$%1.%2 million").arg(1 + random.below(90)).arg(1 + random.below(9));
            else if (slot == u"COUNT")
                value = formatCount(120 + random.below(9000));
            else if (slot == u"SMALL")
                value = QString::number(2 + random.below(30));
            else if (slot == u"PERCENT")
                value = QStringLiteral("%1 percent").arg(3 + random.below(60));
            else if (slot == u"YEAR")
                value = QString::number(2024 + random.below(8));
            else if (slot == u"DAY")
                value = random.pick(weekdays);
            else if (slot == u"MONTH")
                value = random.pick(months);
            else if (slot == u"OUTLET")
                value = QStringLiteral("<OUTLET>");   // filled in by the outlet
            else if (slot == u"AGE")
                value = QString::number(19 + random.below(60));
            else if (slot == u"NOUN")
                value = random.pick(countNouns);
            else if (slot == u"ROLE")
                value = random.pick(roles);
            fixed += value;
            i = end + 1;
        } else {
            fixed += c;
            ++i;
        }
    }
    flush();
    return clause;
}

struct BaseSentence {
    Clause lead;
    Clause main;
    Clause tail;
    bool leadFirst = true;
};

/// An outlet's words for a clause: each choice kept, or swapped for another at synonymRate.
QString render(const Clause &clause, const GeneratorOptions &options, Random &random)
{
    QString out;
    for (const Piece &piece : clause.pieces) {
        int choice = piece.chosen;
        if (piece.choices.size() > 1 && random.chance(options.synonymRate))
            choice = (choice + 1 + random.below(int(piece.choices.size()) - 1)) % int(piece.choices.size());
        out += piece.choices.at(choice);
    }
    // An outlet writing "4.5 million dollars" instead of "$4.5 million".
    if (out.contains(u'$') && random.chance(0.2)) {
        const qsizetype dollar = out.indexOf(u'$');
        const qsizetype million = out.indexOf(QLatin1StringView(" million"), dollar);
        if (million > dollar)
            out = out.left(dollar) + out.mid(dollar + 1, million - dollar - 1) + QLatin1StringView(" million dollars")
                + out.mid(million + 8);
    }
    return out;
}

/// A sentence of an article under construction: lowercase-initial text without the final
/// full stop, and the base sentences it renders.
struct Draft {
    QString text;
    QList<int> bases;
    bool continues = false;   ///< the first half of a split sentence: nothing may come between
};

Draft renderBase(const BaseSentence &base, int index, bool withTail, const GeneratorOptions &options, Random &random)
{
    QString main = render(base.main, options, random);
    if (!base.lead.isEmpty()) {
        const QString lead = render(base.lead, options, random);
        const bool first = random.chance(options.moveLeadRate) ? !base.leadFirst : base.leadFirst;
        main = first ? QString(lead + QLatin1StringView(", ") + main) : QString(main + u' ' + lead);
    }
    if (withTail && !base.tail.isEmpty())
        main += QLatin1StringView(", and ") + render(base.tail, options, random);
    return {main, {index}};
}

/// The text with every run of digits replaced by another number of as many digits.
QString redrawDigits(const QString &text, Random &random)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        if (!text.at(i).isDigit()) {
            out += text.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        const QString digits = text.mid(i, end - i);
        QString fresh;
        do {
            fresh.clear();
            for (qsizetype d = 0; d < digits.size(); ++d)
                fresh += QChar(u'0' + (d == 0 && digits.size() > 1 ? 1 + random.below(9) : random.below(10)));
        } while (fresh == digits);
        out += fresh;
        i = end;
    }
    return out;
}

QString asSentence(const QString &draft)
{
    return capitalised(draft) + u'.';
}

} // namespace

QList<Article> GeneratedStory::articleList() const
{
    QList<Article> list;
    list.reserve(articles.size());
    for (const GeneratedArticle &generated : articles)
        list.append(generated.article);
    return list;
}

GeneratedStory generateStory(const GeneratorOptions &options)
{
    Random random(options.seed);
    const World world = makeWorld(random);
    GeneratedStory story;

    QList<BaseSentence> bases;
    // Templates are dealt like cards, so a story repeats one only after using them all: real
    // stories rarely say two different things in the same words.
    const int templateCount = int(std::size(baseTemplates));
    QList<int> deck;
    for (int i = 0; i < options.baseSentences; ++i) {
        if (deck.isEmpty()) {
            for (int t = 0; t < templateCount; ++t)
                deck.insert(random.below(int(deck.size()) + 1), t);
        }
        const Template &pattern = baseTemplates[deck.takeLast()];
        BaseSentence base;
        if (*pattern.lead)
            base.lead = instantiate(pattern.lead, world, random);
        base.main = instantiate(pattern.main, world, random);
        if (*pattern.tail && random.chance(0.6))
            base.tail = instantiate(pattern.tail, world, random);
        base.leadFirst = random.chance(0.5);
        if (options.qualifierTwinRate > 0 && random.chance(options.qualifierTwinRate)) {
            // The twin keeps every word and changes the qualifier and the figures.
            const int first = random.below(int(std::size(qualifierLeads)));
            const int second = (first + 1 + random.below(int(std::size(qualifierLeads)) - 1)) % int(std::size(qualifierLeads));
            BaseSentence twin = base;
            base.lead = instantiate(qualifierLeads[first], world, random);
            twin.lead = instantiate(qualifierLeads[second], world, random);
            base.leadFirst = twin.leadFirst = true;
            for (Piece &piece : twin.main.pieces) {
                for (QString &choice : piece.choices)
                    choice = redrawDigits(choice, random);
            }
            twin.tail = {};
            bases.append(base);
            bases.append(twin);
        } else {
            bases.append(base);
        }
    }
    for (qsizetype i = 0; i < bases.size(); ++i) {
        Random plain(0);
        GeneratorOptions verbatim = options;
        verbatim.synonymRate = 0;
        verbatim.moveLeadRate = 0;
        story.baseSentences.append(asSentence(renderBase(bases.at(i), int(i), true, verbatim, plain).text));
    }
    const int baseCount = int(bases.size());
    // The base story's paragraphs: runs of one to three sentences.
    QList<QList<int>> paragraphs;
    for (int i = 0; i < baseCount;) {
        const int length = std::min(1 + random.below(3), baseCount - i);
        QList<int> paragraph;
        for (int j = 0; j < length; ++j)
            paragraph.append(i + j);
        paragraphs.append(paragraph);
        i += length;
    }

    const QStringList outletNouns = {QStringLiteral("Courier"), QStringLiteral("Herald"), QStringLiteral("Gazette"),
                                     QStringLiteral("Wire"), QStringLiteral("Post"), QStringLiteral("Record")};
    const int uniqueCount = int(std::size(uniqueTemplates));
    int nextCopiedBase = 0;
    for (int a = 0; a < options.articles; ++a) {
        Random outletRandom(options.seed * 1000003ULL + quint64(a) * 7919ULL + 17ULL);
        Random &r = outletRandom;
        QList<QList<Draft>> drafts;   // paragraphs of sentences
        for (const QList<int> &paragraph : std::as_const(paragraphs)) {
            QList<Draft> sentences;
            for (qsizetype k = 0; k < paragraph.size(); ++k) {
                const int index = paragraph.at(k);
                if (r.chance(options.dropRate))
                    continue;
                const BaseSentence &base = bases.at(index);
                const bool split = !base.tail.isEmpty() && r.chance(options.splitRate);
                const bool withTail = !r.chance(options.trimTailRate);
                if (split) {
                    Draft head = renderBase(base, index, false, options, r);
                    head.continues = true;
                    sentences.append(head);
                    sentences.append({render(base.tail, options, r), {index}});
                    continue;
                }
                Draft draft = renderBase(base, index, withTail, options, r);
                if (k + 1 < paragraph.size() && r.chance(options.mergeRate)) {
                    const int nextIndex = paragraph.at(k + 1);
                    const Draft next = renderBase(bases.at(nextIndex), nextIndex, false, options, r);
                    draft.text += QLatin1StringView("; ") + next.text;
                    draft.bases.append(nextIndex);
                    ++k;
                }
                sentences.append(draft);
            }
            if (r.chance(options.uniqueRate * double(std::max<qsizetype>(paragraph.size(), 1)))) {
                const Template &pattern = uniqueTemplates[r.below(uniqueCount)];
                const Clause clause = instantiate(pattern.main, world, r);
                GeneratorOptions plain = options;
                plain.synonymRate = 0;
                int at = r.below(int(sentences.size()) + 1);
                if (at > 0 && sentences.at(at - 1).continues)
                    ++at;
                sentences.insert(at, {render(clause, plain, r), {}, false});
            }
            if (!sentences.isEmpty())
                drafts.append(sentences);
        }
        // Outlets move some paragraphs.
        for (qsizetype p = 0; p < drafts.size(); ++p) {
            if (drafts.size() > 2 && r.chance(options.moveParagraphRate)) {
                const QList<Draft> moved = drafts.takeAt(p);
                drafts.insert(r.below(int(drafts.size()) + 1), moved);
            }
        }

        GeneratedArticle generated;
        Article &article = generated.article;
        const QString outletName = QStringLiteral("The ") + pseudoName(r) + u' ' + r.pick(outletNouns);
        article.meta.outlet = outletName;
        // The new phenomena draw from their own sequence, so stories without them stay the same.
        Random extra(options.seed * 7919ULL + quint64(a) * 1000003ULL + 29ULL);
        if (!drafts.isEmpty() && options.ownVoiceRate > 0 && extra.chance(options.ownVoiceRate)) {
            const char *pattern = ownVoiceTemplates[extra.below(int(std::size(ownVoiceTemplates)))];
            Clause clause = instantiate(pattern, world, extra);
            for (Piece &piece : clause.pieces) {
                for (QString &choice : piece.choices)
                    choice.replace(QLatin1StringView("<OUTLET>"), outletName);
            }
            GeneratorOptions plain = options;
            plain.synonymRate = 0;
            QList<Draft> &paragraph = drafts[extra.below(int(drafts.size()))];
            int at = extra.below(int(paragraph.size()) + 1);
            if (at > 0 && paragraph.at(at - 1).continues)
                ++at;
            paragraph.insert(at, {render(clause, plain, extra), {}, false});
        }

        article.meta.headline = capitalised(render(bases.value(0).main, options, r));
        article.meta.published = {QDate(2023, 4, 19), DatePrecision::Day, {}, QStringLiteral("2023-04-19")};
        article.meta.sourceFile = QStringLiteral("synthetic-%1.txt").arg(a);
        QList<int> boilerplateAt;
        for (int b = 0; b < options.boilerplateParagraphs; ++b)
            boilerplateAt.append(r.below(int(drafts.size()) + 1));
        std::sort(boilerplateAt.begin(), boilerplateAt.end());
        const auto appendParagraph = [&](const QString &text, BoilerplateKind kind) {
            if (!article.text.isEmpty())
                article.text += QLatin1StringView("\n\n");
            Paragraph paragraph;
            paragraph.span = {article.text.size(), article.text.size() + text.size()};
            paragraph.boilerplate = kind;
            article.paragraphs.append(paragraph);
            article.text += text;
        };
        qsizetype nextBoilerplate = 0;
        for (qsizetype p = 0; p <= drafts.size(); ++p) {
            while (nextBoilerplate < boilerplateAt.size() && boilerplateAt.at(nextBoilerplate) == p) {
                appendParagraph(r.pick(boilerplateTexts), BoilerplateKind::Promo);
                ++nextBoilerplate;
            }
            if (p == drafts.size())
                break;
            QString text;
            const qsizetype paragraphStart = article.text.size() + (article.text.isEmpty() ? 0 : 2);
            for (const Draft &draft : std::as_const(drafts.at(p))) {
                if (!text.isEmpty())
                    text += u' ';
                const QString sentence = asSentence(draft.text);
                generated.truth.append({{paragraphStart + text.size(), paragraphStart + text.size() + sentence.size()},
                                        draft.bases});
                text += sentence;
            }
            appendParagraph(text, BoilerplateKind::None);
        }
        article.format = SourceFormat::PlainText;
        article.encoding = QStringLiteral("UTF-8");
        // As an imported file holds them: its bytes and text at their size. toUtf8() reserves
        // three bytes a character and appending doubles capacity; at 2,000 articles that slack
        // was 30 MB of the analysis benchmark's peak that no real import has.
        article.text.squeeze();
        article.originalBytes = article.text.toUtf8();
        article.originalBytes.squeeze();
        if (a > 0 && options.syndicatedRate > 0 && extra.chance(options.syndicatedRate)) {
            // A wire copy: an earlier outlet's text under this outlet's name. The original's
            // own sentences are now told twice: they get a base of their own, beyond the story's.
            GeneratedArticle &original = story.articles[extra.below(int(story.articles.size()))];
            for (SentenceTruth &truth : original.truth) {
                if (truth.bases.isEmpty())
                    truth.bases.append(baseCount + nextCopiedBase++);
            }
            GeneratedArticle copy = original;
            copy.article.meta.outlet = outletName;
            copy.article.meta.sourceFile = article.meta.sourceFile;
            story.articles.append(copy);
            continue;
        }
        story.articles.append(generated);
    }
    return story;
}

double PairScore::precision() const
{
    const qint64 predicted = truePositives + falsePositives;
    return predicted > 0 ? double(truePositives) / double(predicted) : 1.0;
}

double PairScore::recall() const
{
    const qint64 actual = truePositives + falseNegatives;
    return actual > 0 ? double(truePositives) / double(actual) : 1.0;
}

double PairScore::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

namespace {

/// Cross-article sentence pairs, each as a key of two global sentence numbers.
struct PairSets {
    QSet<quint64> truth;
    QSet<quint64> predicted;
    QList<QPair<int, qsizetype>> sentenceOf;   ///< global number -> (article, sentence)
};

quint64 pairKey(qsizetype x, qsizetype y)
{
    return (quint64(std::min(x, y)) << 32) | quint64(std::max(x, y));
}

PairSets pairSets(const GeneratedStory &story, const QList<Segmentation> &segmentations, const Alignment &alignment)
{
    PairSets sets;
    // A global number for every sentence, and its base sentences from the truth.
    QList<qsizetype> offset;
    QList<QList<int>> basesOf;
    for (qsizetype a = 0; a < story.articles.size(); ++a) {
        offset.append(sets.sentenceOf.size());
        const QList<SentenceTruth> &truth = story.articles.at(a).truth;
        const QList<Sentence> &sentences = segmentations.at(a).sentences;
        for (qsizetype s = 0; s < sentences.size(); ++s) {
            const Sentence &sentence = sentences.at(s);
            QList<int> bases;
            qsizetype bestOverlap = 0;
            for (const SentenceTruth &t : truth) {
                const qsizetype overlap = std::min(t.span.end, sentence.span.end) - std::max(t.span.start, sentence.span.start);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    bases = t.bases;
                }
            }
            basesOf.append(sentence.boilerplate ? QList<int>() : bases);
            sets.sentenceOf.append({int(a), s});
        }
    }
    const auto crossArticlePairs = [&](const QList<qsizetype> &sentences, QSet<quint64> &into) {
        for (qsizetype i = 0; i < sentences.size(); ++i) {
            for (qsizetype j = i + 1; j < sentences.size(); ++j) {
                if (sets.sentenceOf.at(sentences.at(i)).first != sets.sentenceOf.at(sentences.at(j)).first)
                    into.insert(pairKey(sentences.at(i), sentences.at(j)));
            }
        }
    };

    QHash<int, QList<qsizetype>> sentencesOfBase;
    for (qsizetype s = 0; s < basesOf.size(); ++s) {
        for (int base : basesOf.at(s))
            sentencesOfBase[base].append(s);
    }
    for (const QList<qsizetype> &sentences : std::as_const(sentencesOfBase))
        crossArticlePairs(sentences, sets.truth);

    for (const Passage &passage : alignment.passages) {
        QList<qsizetype> sentences;
        for (const PassageMember &member : passage.members) {
            for (qsizetype s = 0; s < member.sentenceCount; ++s)
                sentences.append(offset.at(member.article.value()) + member.firstSentence + s);
        }
        crossArticlePairs(sentences, sets.predicted);
    }
    return sets;
}

} // namespace

PairScore scoreAlignment(const GeneratedStory &story, const QList<Segmentation> &segmentations,
                         const Alignment &alignment)
{
    const PairSets sets = pairSets(story, segmentations, alignment);
    PairScore score;
    for (quint64 pair : sets.predicted) {
        if (sets.truth.contains(pair))
            ++score.truePositives;
        else
            ++score.falsePositives;
    }
    score.falseNegatives = qint64(sets.truth.size()) - score.truePositives;
    return score;
}

QStringList describeMistakes(const GeneratedStory &story, const QList<Segmentation> &segmentations,
                             const Alignment &alignment, int limit)
{
    const PairSets sets = pairSets(story, segmentations, alignment);
    const auto describe = [&](const char *what, quint64 pair) {
        const auto [a1, s1] = sets.sentenceOf.at(qsizetype(pair >> 32));
        const auto [a2, s2] = sets.sentenceOf.at(qsizetype(pair & 0xffffffffULL));
        const auto text = [&](int a, qsizetype s) {
            return segmentations.at(a).sentences.at(s).span.in(story.articles.at(a).article.text).toString();
        };
        return QStringLiteral("%1 [%2:%3 passage %4] %5\n    [%6:%7 passage %8] %9")
            .arg(QLatin1StringView(what)).arg(a1).arg(s1).arg(alignment.passageOfSentence(ArticleId(a1), s1))
            .arg(text(a1, s1)).arg(a2).arg(s2).arg(alignment.passageOfSentence(ArticleId(a2), s2)).arg(text(a2, s2));
    };
    QList<quint64> falsePositives;
    QList<quint64> falseNegatives;
    for (quint64 pair : sets.predicted) {
        if (!sets.truth.contains(pair))
            falsePositives.append(pair);
    }
    for (quint64 pair : sets.truth) {
        if (!sets.predicted.contains(pair))
            falseNegatives.append(pair);
    }
    std::sort(falsePositives.begin(), falsePositives.end());
    std::sort(falseNegatives.begin(), falseNegatives.end());
    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, falsePositives.size()); ++i)
        lines.append(describe("wrongly paired", falsePositives.at(i)));
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, falseNegatives.size()); ++i)
        lines.append(describe("missed", falseNegatives.at(i)));
    return lines;
}

} // namespace Crossread::Synth
