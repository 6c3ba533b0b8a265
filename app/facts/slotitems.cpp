// SPDX-License-Identifier: GPL-3.0-or-later
// The figure mentions of a story as fact grouping sees them: for each, the passages holding
// it, the words around it that say what it measures (subject, unit, tier), whose it is (the
// names opening its clause), when (other dates, time-of-day words), whether it is a reading of
// a moving quantity, and an IDF-weighted vector of its context words.
#include "facts/slotitems_p.h"

#include "facts/factcompare.h"
#include "facts/factlexicon.h"
#include "facts/factscan.h"
#include "core/inputlimits.h"
#include "core/paragraphs.h"
#include "core/workpool.h"

namespace Crossread::FactSlots {
namespace {

using FactScan::Bounds;
using L = QLatin1StringView;

bool isTierNoun(QStringView word)
{
    for (L noun : {L("plan"), L("plans"), L("tier"), L("tiers"), L("version"), L("package"), L("subscription"),
                   L("level"), L("edition"), L("account"), L("accounts"), L("membership"), L("option"),
                   L("contract"), L("contracts"), L("licence"), L("license"), L("class")}) {
        if (Bounds::equalsIgnoringCase(word, noun))
            return true;
    }
    return false;
}

bool isMoneyNoun(QStringView word)
{
    static constexpr std::array nouns = {
        L("aid"), L("award"), L("bailout"), L("bid"), L("bill"), L("bond"), L("bonus"), L("budget"),
        L("charge"), L("charges"), L("compensation"), L("contract"), L("cost"), L("costs"), L("damages"), L("deal"),
        L("debt"), L("deficit"), L("donation"), L("earnings"), L("fare"), L("fee"), L("fees"), L("fine"),
        L("fines"), L("fund"), L("funding"), L("grant"), L("grants"), L("income"), L("investment"), L("loan"), L("loss"),
        L("offer"), L("payment"), L("payout"), L("penalty"), L("pension"), L("price"), L("prices"),
        L("prize"), L("profit"), L("purchase"), L("ransom"), L("rent"), L("revenue"), L("reward"),
        L("salary"), L("sales"), L("settlement"), L("spending"), L("stake"), L("subscription"),
        L("subsidy"), L("surplus"), L("takeover"), L("tariff"), L("tax"), L("valuation"), L("wage"),
        L("wages"),
    };
    return std::any_of(nouns.begin(), nouns.end(), [&](L noun) { return Bounds::equalsIgnoringCase(word, noun); });
}

bool isEventNoun(QStringView word)
{
    static constexpr std::array nouns = {
        L("announcement"), L("auction"), L("ballot"), L("ceremony"), L("closure"), L("conference"),
        L("deadline"), L("debate"), L("election"), L("festival"), L("groundbreaking"), L("hearing"),
        L("inspection"), L("launch"), L("meeting"), L("opening"), L("protest"), L("rally"),
        L("referendum"), L("release"), L("session"), L("strike"), L("summit"), L("trial"), L("visit"),
        L("vote"),
    };
    return std::any_of(nouns.begin(), nouns.end(), [&](L noun) { return Bounds::equalsIgnoringCase(word, noun); });
}

/// See Item::frameBefore: the three words of `words` from index `first`, folded and hashed
/// (FNV-1a), or 0 when the sentence has fewer there or none of them is a content word.
quint32 frameOf(const Bounds &window, const QList<std::pair<qsizetype, qsizetype>> &words, qsizetype first)
{
    constexpr qsizetype frameWords = 3;
    if (first < 0 || first + frameWords > words.size())
        return 0;
    constexpr quint64 prime = 1099511628211ULL;
    quint64 hash = 14695981039346656037ULL;
    bool content = false;
    for (qsizetype i = first; i < first + frameWords; ++i) {
        const QStringView word = window.slice(words.at(i).first, words.at(i).second);
        const FactLexicon::Info info = FactLexicon::classify(word);
        content = content || (word.size() >= 3 && !info.stop && info.entry.kind == FactLexicon::Kind::None);
        for (QChar c : FactLexicon::contextForm(word))
            hash = (hash ^ c.unicode()) * prime;
        hash = (hash ^ u' ') * prime;
    }
    return content ? quint32(hash ^ (hash >> 32)) | 1u : 0u;
}

/// A 16-bit hash of the folded word at `index` of `words`, never 0; 0 when there is none.
quint16 wordHashAt(const Bounds &window, const QList<std::pair<qsizetype, qsizetype>> &words, qsizetype index)
{
    if (index < 0 || index >= words.size())
        return 0;
    const QString form = FactLexicon::contextForm(window.slice(words.at(index).first, words.at(index).second));
    const size_t hash = qHash(form);
    return quint16((hash ^ (hash >> 16) ^ (hash >> 32)) | 1u);
}

/// The words of `window` with their spans.
QList<std::pair<qsizetype, qsizetype>> wordsOf(const Bounds &window)
{
    QList<std::pair<qsizetype, qsizetype>> words;
    for (qsizetype p = window.begin; p < window.end;) {
        if (!window.isLetterAt(p)) {
            ++p;
            continue;
        }
        const qsizetype we = window.wordEnd(p);
        words.append({p, we});
        p = we;
    }
    return words;
}

/// Conjunctions that open a clause of their own after a comma.
constexpr std::array clauseConjunctions = {L("while"), L("whereas"), L("but"), L("although"), L("though"),
                                           L("and"), L("or"), L("yet")};

/// Whether a new clause starts at word `i` of `words`: after a semicolon, or after a comma that
/// a conjunction follows ("..., while custom Enterprise contracts run ...").
bool clauseStartsAt(const Bounds &window, const QList<std::pair<qsizetype, qsizetype>> &words, qsizetype i)
{
    const QStringView between = window.slice(words[i - 1].second, words[i].first);
    if (between.contains(u';'))
        return true;
    if (!between.contains(u','))
        return false;
    const QStringView word = window.slice(words[i].first, words[i].second);
    return std::any_of(clauseConjunctions.begin(), clauseConjunctions.end(),
                       [&](L conjunction) { return Bounds::equalsIgnoringCase(word, conjunction); });
}

/// The tier named near a figure: the word before "plan", "tier", "contracts"..., nearest first,
/// within the figure's clause: a dozen words after it, or up to twenty before it, where the
/// clause's subject stands ("A Basic plan for students and hobby projects costs $100 a month and
/// is capped at 5,000 requests a day, while ..."). Another clause's tier is another plan's.
QString tierNear(const Bounds &window, const QList<std::pair<qsizetype, qsizetype>> &words, TextSpan span)
{
    constexpr qsizetype wordsAfter = 12;
    constexpr qsizetype wordsBefore = 20;
    QString best;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    // The index of the first word at or after the figure, to count words in between.
    const qsizetype figureWord = std::lower_bound(words.cbegin(), words.cend(), span.start,
                                                  [](const auto &word, qsizetype pos) { return word.first < pos; })
        - words.cbegin();
    // Only the words either side within the clause can name the tier: looking at those alone
    // keeps a sentence of thousands of figures linear.
    if (words.isEmpty())
        return best;
    qsizetype first = std::min(figureWord, words.size() - 1);
    while (first > 1 && figureWord - first < wordsBefore && !clauseStartsAt(window, words, first))
        --first;
    qsizetype last = std::min(words.size() - 1, figureWord);
    while (last + 1 < words.size() && last - figureWord < wordsAfter && !clauseStartsAt(window, words, last + 1))
        ++last;
    for (qsizetype i = std::max<qsizetype>(1, first); i <= last; ++i) {
        if (!isTierNoun(window.slice(words[i].first, words[i].second)))
            continue;
        const QStringView tier = window.slice(words[i - 1].first, words[i - 1].second);
        // Only punctuation (a closing quote mark) may sit between: '"City" plan'.
        const QStringView between = window.slice(words[i - 1].second, words[i].first);
        if (std::any_of(between.begin(), between.end(), [](QChar c) { return c.isLetterOrNumber() || c == u',' || c == u'.'; }))
            continue;
        if (FactLexicon::isStopWord(tier) || tier.size() < 3 || FactLexicon::lookup(tier).kind != FactLexicon::Kind::None
            || FactScan::isApostrophe(tier.at(tier.size() - 2)) || FactScan::isApostrophe(tier.back()))
            continue;   // "Lumenfold's plans" names the owner, not a tier
        const qsizetype position = words[i - 1].first;
        const qsizetype distance = position < span.start ? span.start - position : std::max<qsizetype>(0, position - span.end);
        if (i - 1 < first || distance >= bestDistance)
            continue;   // the tier word itself opens the clause's span, not the word before it
        best = tier.toString().toLower();
        bestDistance = distance;
    }
    return best;
}

/// What a figure is about, by kind (see Item::subject); empty when the sentence does not say
/// it in a way this recognises.
QString subjectNear(const Bounds &window, const QList<std::pair<qsizetype, qsizetype>> &words, const Mention &mention)
{
    const FactValue &value = mention.value;
    // A span of time says what it measures after "of": "10 years of tax returns".
    static constexpr std::array timeUnits = {L("minutes"), L("hours"), L("days"), L("weeks"), L("months"), L("years"), L("decades")};
    const bool span = value.kind == FactKind::Number
        && std::any_of(timeUnits.begin(), timeUnits.end(), [&](L unit) { return value.unit == unit; });
    if (value.kind == FactKind::Number && !value.unit.isEmpty() && !span)
        return value.unit;
    if (value.kind == FactKind::Percent || span) {
        // "80 percent of the authority's bus fleet" -> "bus fleet"
        qsizetype i = 0;
        while (i < words.size() && words[i].first < mention.span.end)
            ++i;
        if (i < words.size() && Bounds::equalsIgnoringCase(window.slice(words[i].first, words[i].second), L("of"))
            && window.skipBlanks(mention.span.end) == words[i].first) {
            // The noun phrase after "of", up to punctuation or a function word; its head is at
            // the end, after any possessive: "the Calloway Regional Transit Authority's fleet".
            QStringList phrase;
            for (++i; i < words.size(); ++i) {
                const QStringView word = window.slice(words[i].first, words[i].second);
                const QStringView gap = window.slice(words[i - 1].second, words[i].first);
                if (std::any_of(gap.begin(), gap.end(), [](QChar c) { return c == u',' || c == u'.' || c == u';'; }))
                    break;
                if (FactLexicon::isStopWord(word) && !phrase.isEmpty())
                    break;
                if (FactLexicon::isStopWord(word))
                    continue;
                if (word.size() > 2 && FactScan::isApostrophe(word.at(word.size() - 2)) && word.back() == u's') {
                    phrase.clear();   // a possessive: the head follows
                    continue;
                }
                phrase.append(word.toString().toLower());
            }
            if (phrase.size() > 2)
                phrase = phrase.mid(phrase.size() - 2);
            if (!phrase.isEmpty())
                return phrase.join(u' ');
        }
        if (span)
            return value.unit;
    }
    if (value.kind == FactKind::Money || value.kind == FactKind::Date) {
        qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
        QString best;
        for (const auto &[ws, we] : words) {
            const QStringView word = window.slice(ws, we);
            if (!(value.kind == FactKind::Money ? isMoneyNoun(word) : isEventNoun(word)))
                continue;
            const qsizetype distance = ws < mention.span.start ? mention.span.start - we : ws - mention.span.end;
            if (distance >= 0 && distance < bestDistance) {
                bestDistance = distance;
                best = FactLexicon::contextForm(word);
            }
        }
        if (!best.isEmpty())
            return best;
    }
    return {};
}

/// Verbs and adverbs by which a sentence reports a quantity as it moves or stands at a moment
/// (a market level, a running toll): any inflection of the verbs of change in value, and the
/// level words of market reports.
bool isChangeWord(QStringView word)
{
    static constexpr std::array stems = {
        L("rise"), L("rose"), L("risen"), L("ris"), L("fall"), L("fell"), L("gain"), L("lose"), L("lost"), L("los"),
        L("drop"), L("jump"), L("climb"), L("declin"), L("slip"), L("slid"), L("sank"), L("sink"), L("sunk"),
        L("plung"), L("soar"), L("surg"), L("tumbl"), L("advanc"), L("shed"), L("dip"), L("edg"), L("eas"),
        L("rall"), L("clos"), L("end"), L("settl"), L("trad"), L("shot"), L("added"), L("slump"), L("rebound"),
        L("retreat"), L("crest"), L("peak"), L("hover"), L("grew"), L("grow"), L("shrank"), L("shrink"),
        L("chang"),
    };
    static constexpr std::array levels = {
        L("up"), L("down"), L("off"), L("higher"), L("lower"), L("unchanged"), L("steady"), L("flat"),
        L("below"), L("above"),
    };
    if (std::any_of(levels.begin(), levels.end(), [&](L level) { return Bounds::equalsIgnoringCase(word, level); }))
        return true;
    // The stem with an inflection at most: "rose", "rises", "rising", "declined".
    static constexpr std::array inflections = {
        L("s"), L("es"), L("ed"), L("d"), L("ing"), L("e"), L("en"), L("ied"), L("ies"), L("y"), L("ped"), L("ping"),
    };
    for (L stem : stems) {
        if (!word.startsWith(stem, Qt::CaseInsensitive))
            continue;
        const QStringView rest = word.sliced(stem.size());
        if (rest.isEmpty()
            || std::any_of(inflections.begin(), inflections.end(), [&](L inflection) { return Bounds::equalsIgnoringCase(rest, inflection); }))
            return true;
    }
    return false;
}

/// Whether a word makes the word after it a noun: a determiner or preposition ("the trade",
/// "with trade volume") or a hyphenated modifier ("two-way trade"). A word of change so
/// placed names a thing, not a movement.
bool opensNoun(QStringView word)
{
    static constexpr std::array words = {
        L("the"), L("a"), L("an"), L("its"), L("their"), L("his"), L("her"), L("our"), L("with"), L("of"),
        L("for"), L("in"), L("on"), L("by"), L("from"),
    };
    return word.contains(u'-') || std::any_of(words.begin(), words.end(), [&](L w) { return Bounds::equalsIgnoringCase(word, w); });
}

/// Words by which a sentence gives someone's expectation rather than a fact: "analysts
/// expected 22 cents", "forecast a profit of $1.69". Two outlets may cite two forecasts.
bool isEstimateWord(QStringView word)
{
    // Not "project": far more often the noun.
    for (L stem : {L("expect"), L("predict"), L("forecast"), L("estimat"), L("anticipat")}) {
        if (word.startsWith(stem, Qt::CaseInsensitive) && word.size() <= stem.size() + 3)
            return true;
    }
    return false;
}

/// Words that say which statistic or share of a whole a figure is: "an average of 46 months"
/// is not "median survival was 41 months"; "each boy weighed" is not "combined".
bool isMeasureWord(QStringView word)
{
    static constexpr std::array words = {
        L("average"), L("median"), L("mean"), L("total"), L("combined"), L("each"), L("apiece"),
        L("minimum"), L("maximum"), L("base"), L("gross"), L("net"), L("cumulative"),
    };
    return std::any_of(words.begin(), words.end(), [&](L w) { return Bounds::equalsIgnoringCase(word, w); });
}

/// Words that place a figure at a time of day or in a trading session.
bool isTimeOfDayWord(QStringView word)
{
    static constexpr std::array words = {
        L("morning"), L("afternoon"), L("midday"), L("noon"), L("evening"), L("night"), L("tonight"),
        L("overnight"), L("intraday"), L("close"), L("closing"), L("opening"), L("late"), L("early"),
        L("earlier"), L("ago"), L("previous"), L("prior"), L("yesterday"), L("today"), L("latest"), L("recent"),
    };
    return std::any_of(words.begin(), words.end(), [&](L w) { return Bounds::equalsIgnoringCase(word, w); });
}

/// Whether a figure reads a moving quantity (see Item::reading): a verb of change among the
/// few words before it, or a comparative right after it ("74 cents lower").
bool isReading(const Bounds &window, const QList<std::pair<qsizetype, qsizetype>> &words, TextSpan span)
{
    constexpr int lookBack = 6;
    static constexpr L comparatives[] = {L("higher"), L("lower"), L("below"), L("above")};
    const qsizetype first = std::lower_bound(words.cbegin(), words.cend(), span.start,
                                             [](const auto &word, qsizetype pos) { return word.first < pos; })
        - words.cbegin();
    bool clauseEnded = false;
    for (qsizetype i = first - 1; i >= 0 && i >= first - lookBack; --i) {
        const QStringView gap = window.slice(words[i].second, i + 1 < first ? words[i + 1].first : span.start);
        // A sentence or quote ends here; a decimal point ("$2.21") does not end anything.
        bool stop = false;
        for (qsizetype k = 0; k < gap.size() && !stop; ++k) {
            const QChar c = gap[k];
            stop = c == u';' || c == u'"' || c == QChar(0x201D) || (c == u'.' && !(k + 1 < gap.size() && gap[k + 1].isDigit()));
        }
        if (stop)
            break;
        clauseEnded = clauseEnded || gap.contains(u',');
        const QStringView word = window.slice(words[i].first, words[i].second);
        if (isChangeWord(word) && !(i > 0 && opensNoun(window.slice(words[i - 1].first, words[i - 1].second))))
            return true;
        // The adverb "last" before the figure's "at" ("was last at 1.2998", "last traded at
        // $13"): the latest of readings taken through the day. "last year at 4 %" is a time.
        if (Bounds::equalsIgnoringCase(word, L("last")) && i + 1 < first) {
            const QStringView next = window.slice(words[i + 1].first, words[i + 1].second);
            const bool participle = next.endsWith(u"ed", Qt::CaseInsensitive) && i + 2 < first
                && Bounds::equalsIgnoringCase(window.slice(words[i + 2].first, words[i + 2].second), L("at"))
                && i + 3 == first;
            if ((Bounds::equalsIgnoringCase(next, L("at")) && i + 2 == first) || participle)
                return true;
        }
        // An expectation is told in the figure's own clause, and so is a running toll ("the
        // death toll was at least 767"): a count that climbs as reports come in.
        if (clauseEnded)
            continue;
        if (isEstimateWord(word) || Bounds::equalsIgnoringCase(word, L("toll")))
            return true;
    }
    qsizetype after = first;
    while (after < words.size() && words[after].first < span.end)
        ++after;
    if (after >= words.size() || window.skipBlanks(span.end) != words[after].first)
        return false;
    const QStringView next = window.slice(words[after].first, words[after].second);
    return std::any_of(std::begin(comparatives), std::end(comparatives), [&](L w) { return Bounds::equalsIgnoringCase(next, w); });
}

/// The time-of-day and measure part of Item::when, from the sentence's words.
void placeOf(const Bounds &window, const QList<std::pair<qsizetype, qsizetype>> &words, Item &item)
{
    for (const auto &[ws, we] : words) {
        const QStringView word = window.slice(ws, we);
        if (isTimeOfDayWord(word))
            item.when.insert(QStringLiteral("time:") + word.toString().toLower());
        else if (isMeasureWord(word))
            item.when.insert(QStringLiteral("measure:") + word.toString().toLower());
    }
}

/// The words an article writes capitalised inside a sentence, folded: names ("singapore" for
/// "trade with Singapore"), which a sentence's capitalised first word may also be. Headings
/// and boilerplate are left out (a headline capitalises every word). Linear in the text.
QSet<QString> namesInSentences(const Article &article)
{
    QSet<QString> names;
    const QList<Paragraph> fallback = article.paragraphs.isEmpty() ? splitParagraphs(article.text) : QList<Paragraph>();
    for (const Paragraph &paragraph : article.paragraphs.isEmpty() ? fallback : article.paragraphs) {
        if (paragraph.heading || paragraph.isBoilerplate())
            continue;
        const Bounds bounds{article.text, paragraph.span.start, paragraph.span.end};
        bool opening = true;
        for (qsizetype p = bounds.begin; p < bounds.end;) {
            if (!bounds.isLetterAt(p)) {
                const QChar c = article.text.at(p);
                // A sentence, a quotation or a bracket opens after these.
                if (c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == u'(' || c == QChar(0x201C)
                    || c == QChar(0x2018) || c == QChar(0x2014) || c.isDigit())
                    opening = true;
                ++p;
                continue;
            }
            const qsizetype end = bounds.wordEnd(p);
            const QStringView word = bounds.slice(p, end);
            if (!opening && word.front().isUpper() && word.size() > 1)
                names.insert(FactLexicon::contextForm(word));
            opening = false;
            p = end;
        }
    }
    return names;
}

/// Item::subjects: the first run of capitalised words before the figure in its sentence
/// (a name such as "Steny Hoyer"), leaving out function words, attribution verbs and the
/// keywords of dates. A capitalised first word counts when `names` has it.
WordSet subjectNames(const Bounds &window, const QList<std::pair<qsizetype, qsizetype>> &words, TextSpan span,
                     const QSet<QString> &names)
{
    WordSet subjects;
    for (qsizetype i = 0; i < words.size() && words[i].second <= span.start; ++i) {
        const QStringView word = window.slice(words[i].first, words[i].second);
        const FactLexicon::Info info = FactLexicon::classify(word);
        const bool name = word.front().isUpper() && word.size() > 1 && !info.stop && !info.attribution
            && info.entry.kind == FactLexicon::Kind::None;
        // The sentence's first word is capitalised anyway: a name only when another
        // capitalised word follows it ("Steny Hoyer", not "Subscribers to").
        const bool opening = i == 0 || window.skipBlanksBack(words[i].first) <= window.begin;
        if (name && opening && !(i + 1 < words.size() && window.text[words[i + 1].first].isUpper())
            && !names.contains(FactLexicon::contextForm(word)))
            continue;
        if (name) {
            subjects.insert(FactLexicon::contextForm(word));
        } else if (!subjects.isEmpty()) {
            break;
        }
    }
    return subjects;
}

/// Item::remark of a figure at `figure` inside the quotation `quote` of `text`.
quint64 remarkOf(const QString &text, const Mention &quote, TextSpan figure)
{
    QString folded;
    bool gap = false;
    for (const TextSpan &part : quote.parts) {
        for (qsizetype i = std::max<qsizetype>(part.start, 0); i < part.end && i < text.size(); ++i) {
            if (i >= figure.start && i < figure.end) {
                gap = true;
                continue;
            }
            const QChar c = text.at(i);
            if (c.isLetter()) {
                if (gap && !folded.isEmpty())
                    folded.append(u' ');
                gap = false;
                folded.append(c.toLower());
            } else {
                gap = true;
            }
        }
        gap = true;
    }
    return folded.isEmpty() ? 0 : std::max<quint64>(1, qHash(folded));
}

QString amountKeyOf(const FactValue &value)
{
    return factKindName(value.kind) + u'|' + value.currency + u'|' + value.unit + u'|'
        + QString::number(value.low, 'g', 4) + u'|' + QString::number(value.high, 'g', 4);
}

/// The figures of one article for collectItems(), built on a worker thread: the article's
/// items are written in place at `items` (all but Item::amount and Item::vector, which need
/// the whole story), with their amount keys and context words numbered in the order the
/// article first uses them. The merge then numbers them story-wide in the same order a single
/// pass over the articles would, so the ids do not depend on the threads.
struct ArticleItems {
    QStringList amountKeys;         ///< local amount id -> key
    QStringList words;              ///< local word id -> context word
    QList<Mention> quotes;          ///< set aside for FactQuotes::groupQuotes()
};

void collectArticle(const QList<Article> &articles, const QList<Segmentation> &segmentations,
                    const QList<QList<MemberSpan>> &members, const QSet<QString> &names,
                    const QList<QList<Mention>> &mentionsPerArticle, qsizetype a, Item *items,
                    QList<int> *itemWords, ArticleItems &out)
{
    // Reserved: growing these hashes one rehash at a time was a fifth of the work.
    const qsizetype mentions = mentionsPerArticle.at(a).size();
    QHash<QString, int> amountIds;
    amountIds.reserve(mentions);
    QHash<QString, int> keyCounts;
    keyCounts.reserve(mentions);
    QHash<QString, int> vocabulary;
    vocabulary.reserve(mentions * 4);
    qsizetype next = 0;
    const Article &article = articles.at(a);
    const Segmentation *segmentation = a < segmentations.size() ? &segmentations.at(a) : nullptr;
    const QList<Paragraph> fallbackParagraphs = article.paragraphs.isEmpty() ? splitParagraphs(article.text) : QList<Paragraph>();
    const QList<Paragraph> &paragraphs = article.paragraphs.isEmpty() ? fallbackParagraphs : article.paragraphs;
    const auto leadParagraph = std::find_if(paragraphs.cbegin(), paragraphs.cend(),
                                            [](const Paragraph &p) { return !p.heading && !p.isBoilerplate(); })
        - paragraphs.cbegin();
    // The dates each sentence states, for Item::when, in text order.
    QHash<qsizetype, QList<std::pair<qsizetype, QString>>> datesBySentence;
    // "today" or "tonight" without a publication date to resolve it names no day: against
    // another outlet's "Sunday" it sets nothing apart (it may be that Sunday).
    const auto namesNoDay = [](const FactValue &value) {
        if (!value.relative || value.date.isValid())
            return false;
        for (QLatin1StringView word : {QLatin1StringView("today"), QLatin1StringView("tonight"),
                                       QLatin1StringView("yesterday"), QLatin1StringView("tomorrow")}) {
            if (value.unit.compare(word, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    for (const Mention &mention : mentionsPerArticle.at(a)) {
        if (mention.value.kind == FactKind::Date && mention.sentence >= 0 && !namesNoDay(mention.value))
            datesBySentence[mention.sentence].append({mention.span.start, FactCompare::valueKey(mention.value)});
    }
    for (auto &dates : datesBySentence)
        std::sort(dates.begin(), dates.end());
    // The article's quotations in text order, for Item::remark.
    QList<const Mention *> quotations;
    for (const Mention &mention : mentionsPerArticle.at(a)) {
        if (mention.value.kind == FactKind::Quote)
            quotations.append(&mention);
    }
    std::sort(quotations.begin(), quotations.end(),
              [](const Mention *x, const Mention *y) { return x->span.start < y->span.start; });
    for (const Mention &mention : mentionsPerArticle.at(a)) {
        if (mention.value.kind == FactKind::Quote) {
            out.quotes.append(mention);
            continue;
        }
        Item &item = items[next++];
        item.article = int(a);
        item.mention = &mention;
        item.key = FactCompare::valueKey(mention.value);
        {
            // One id per amount: QHash::insert() would renumber a repeated key.
            const QString amountKey = amountKeyOf(mention.value);
            auto it = amountIds.constFind(amountKey);
            if (it == amountIds.cend())
                it = amountIds.insert(amountKey, int(amountIds.size()));
            item.amount = it.value();
        }
        ++keyCounts[item.key];
        const QList<MemberSpan> &spans = members.at(a);
        for (const MemberSpan &member : spans) {
            if (member.span.start > mention.span.start)
                break;
            if (member.span.intersects(mention.span) && !item.passages.contains(member.passage))
                item.passages.append(member.passage);
        }
        // The window for tiers and label heads: the sentence, else the paragraph.
        TextSpan window = mention.span;
        if (segmentation && mention.sentence >= 0 && mention.sentence < segmentation->sentences.size()) {
            const Sentence &sentence = segmentation->sentences.at(mention.sentence);
            window = sentence.span;
            item.paragraph = sentence.paragraph;
        } else {
            const auto it = std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), mention.span.start,
                                             [](qsizetype pos, const Paragraph &p) { return pos < p.span.start; });
            if (it != paragraphs.cbegin()) {
                window = (it - 1)->span;
                item.paragraph = (it - 1) - paragraphs.cbegin();
            }
        }
        item.lead = item.paragraph >= 0 && item.paragraph == leadParagraph;
        // What a figure is about is written near it; bounding the window keeps a megabyte-long
        // "sentence" of figures linear rather than quadratic (tests/hardening/tst_inputlimits).
        window.start = std::max(window.start, mention.span.start - Limits::maxFactContextChars);
        window.end = std::min(window.end, mention.span.end + Limits::maxFactContextChars);
        window.start = std::clamp<qsizetype>(std::min(window.start, mention.span.start), 0, article.text.size());
        window.end = std::clamp<qsizetype>(std::max(window.end, mention.span.end), 0, article.text.size());
        const Bounds bounds{article.text, window.start, window.end};
        const auto words = wordsOf(bounds);
        item.tier = tierNear(bounds, words, mention.span);
        item.subject = subjectNear(bounds, words, mention);
        item.reading = mention.value.kind != FactKind::Date && isReading(bounds, words, mention.span);
        placeOf(bounds, words, item);
        item.subjects = subjectNames(bounds, words, mention.span, names);
        {
            const auto after = std::lower_bound(words.cbegin(), words.cend(), mention.span.end,
                                                [](const auto &w, qsizetype pos) { return w.first < pos; });
            const auto before = std::lower_bound(words.cbegin(), words.cend(), mention.span.start,
                                                 [](const auto &w, qsizetype pos) { return w.first < pos; });
            item.frameBefore = frameOf(bounds, words, (before - words.cbegin()) - 3);
            item.frameAfter = frameOf(bounds, words, after - words.cbegin());
            item.wordBefore = wordHashAt(bounds, words, (before - words.cbegin()) - 1);
            item.wordAfter = wordHashAt(bounds, words, after - words.cbegin());
        }
        // The quotation holding the figure, if any: the last one opening before it.
        const auto after = std::upper_bound(quotations.cbegin(), quotations.cend(), mention.span.start,
                                            [](qsizetype pos, const Mention *q) { return pos < q->span.start; });
        if (after != quotations.cbegin()) {
            const Mention &quote = **(after - 1);
            const bool inside = std::any_of(quote.parts.cbegin(), quote.parts.cend(),
                                            [&](TextSpan part) { return part.contains(mention.span); });
            if (inside)
                item.remark = remarkOf(article.text, quote, mention.span);
        }
        if (mention.sentence >= 0) {
            // The sentence's other dates within the figure's bounded window: a megabyte
            // "sentence" of dates would otherwise give each of them all the others
            // (quadratic; tests/hardening/tst_inputlimits).
            const QString &own = item.key;
            const auto found = datesBySentence.constFind(mention.sentence);
            if (found != datesBySentence.cend()) {
                const QList<std::pair<qsizetype, QString>> &dates = found.value();
                auto it = std::lower_bound(dates.cbegin(), dates.cend(), window.start,
                                           [](const std::pair<qsizetype, QString> &d, qsizetype pos) { return d.first < pos; });
                for (; it != dates.cend() && it->first < window.end; ++it) {
                    if (it->second != own)
                        item.when.insert(it->second);
                }
            }
        }
        item.measure = measureNear(bounds, words, mention);
        // A date's clause names what the date is of more surely than an event noun nearby.
        if (!item.measure.subject.isEmpty())
            item.subject = item.measure.subject;
        if (item.measure.isEmpty())
            item.place = quotedPlace(bounds, words, mention.span);
        // A unit of measure stands for its dimension: "90 miles" and "150 kilometres" count
        // the same thing (FactCompare converts the values).
        if (mention.value.kind == FactKind::Number && !mention.value.unit.isEmpty()) {
            if (const std::optional<FactCompare::Measure> measure = FactCompare::measureOf(mention.value.unit))
                item.unitHead = QString(measure->dimension);
            else
                item.unitHead = FactLexicon::contextForm(QStringView(mention.value.unit).split(u' ').constLast());
        }

        // The label's head ("subscription revenue", "public comments") counts as the
        // nearest context: it names what the figure is about.
        QStringList features;
        for (QStringView word : QStringView(item.subject).split(u' ', Qt::SkipEmptyParts))
            features.append(u'@' + FactLexicon::contextForm(word));
        for (const QString &word : mention.context)
            features.append(FactLexicon::matchingForm(word));
        QList<int> ids;
        for (const QString &word : std::as_const(features)) {
            auto it = vocabulary.constFind(word);
            if (it == vocabulary.cend())
                it = vocabulary.insert(word, int(vocabulary.size()));
            ids.append(it.value());
        }
        itemWords[next - 1] = std::move(ids);
    }
    for (qsizetype i = 0; i < next; ++i)
        items[i].singular = keyCounts.value(items[i].key) == 1;
    out.amountKeys.resize(amountIds.size());
    for (auto it = amountIds.cbegin(); it != amountIds.cend(); ++it)
        out.amountKeys[it.value()] = it.key();
    out.words.resize(vocabulary.size());
    for (auto it = vocabulary.cbegin(); it != vocabulary.cend(); ++it)
        out.words[it.value()] = it.key();
}

} // namespace

bool collectItems(const QList<Article> &articles, const QList<Segmentation> &segmentations,
                  const PassageExtents &passages, const QList<QList<Mention>> &mentionsPerArticle,
                  const std::function<bool()> &canceled, StoryItems &out)
{
    const qsizetype articleCount = std::min(mentionsPerArticle.size(), articles.size());

    // Passage members of each article, to find the passages that hold a mention.
    QList<QList<MemberSpan>> members(articles.size());
    for (qsizetype p = 0; p < passages.size(); ++p) {
        for (const PassageExtent &member : passages.at(p)) {
            if (member.article >= 0 && member.article < members.size())
                members[member.article].append({member.span, int(p)});
        }
    }
    QList<QSet<QString>> namesPerArticle(articleCount);
    if (!forEachOnPool(articleCount, canceled, [&](int a) {
            namesPerArticle[a] = namesInSentences(articles.at(a));
            std::sort(members[a].begin(), members[a].end(),
                      [](const MemberSpan &x, const MemberSpan &y) { return x.span.start < y.span.start; });
        }))
        return false;
    QSet<QString> names;
    for (const QSet<QString> &set : std::as_const(namesPerArticle))
        names.unite(set);
    namesPerArticle = {};

    // Items, with vocabulary ids and document frequencies of their context words. Reserved
    // once: the items are grouping's largest block, and growing them by doubling left up to
    // half of it unused (and both copies alive while it grew).
    QList<Item> &items = out.items;
    QList<qsizetype> firstItem(articleCount + 1, 0);
    for (qsizetype a = 0; a < articleCount; ++a) {
        const QList<Mention> &list = mentionsPerArticle.at(a);
        firstItem[a + 1] = firstItem[a]
            + std::count_if(list.cbegin(), list.cend(), [](const Mention &m) { return m.value.kind != FactKind::Quote; });
    }
    items.resize(firstItem.constLast());
    QList<QList<int>> itemWords(items.size());
    // Raw pointers: each thread writes only its article's range, and no QList detaches.
    Item *const itemData = items.data();
    QList<int> *const wordData = itemWords.data();

    // The articles in batches, each built on the pool and then numbered story-wide in the
    // order of a single pass over the articles. A batch bounds the articles' own word lists
    // held at once: at 2,000 articles, all of them added 27 MiB to grouping's peak.
    constexpr qsizetype batchSize = 64;
    QHash<QString, int> amountIds;
    QHash<QString, int> &vocabulary = out.vocabulary;
    QList<int> documentFrequency;
    QList<ArticleItems> perArticle(std::min(batchSize, articleCount));
    ArticleItems *const partData = perArticle.data();
    for (qsizetype batch = 0; batch < articleCount; batch += batchSize) {
        const qsizetype batchEnd = std::min(batch + batchSize, articleCount);
        if (!forEachOnPool(batchEnd - batch, canceled, [&](int i) {
                const qsizetype a = batch + i;
                collectArticle(articles, segmentations, members, names, mentionsPerArticle, a, itemData + firstItem.at(a),
                               wordData + firstItem.at(a), partData[i]);
            }))
            return false;
        for (qsizetype a = batch; a < batchEnd; ++a) {
            ArticleItems &part = perArticle[a - batch];
            QList<int> amounts;
            amounts.reserve(part.amountKeys.size());
            for (const QString &key : std::as_const(part.amountKeys)) {
                auto it = amountIds.constFind(key);
                if (it == amountIds.cend())
                    it = amountIds.insert(key, int(amountIds.size()));
                amounts.append(it.value());
            }
            QList<int> words;
            words.reserve(part.words.size());
            for (const QString &word : std::as_const(part.words)) {
                auto it = vocabulary.constFind(word);
                if (it == vocabulary.cend()) {
                    it = vocabulary.insert(word, int(vocabulary.size()));
                    documentFrequency.append(0);
                }
                words.append(it.value());
            }
            for (qsizetype i = firstItem.at(a); i < firstItem.at(a + 1); ++i) {
                items[i].amount = amounts.at(items.at(i).amount);
                for (int &id : itemWords[i]) {
                    id = words.at(id);
                    ++documentFrequency[id];
                }
            }
            out.quotes.append(std::move(part.quotes));
            part = {};
        }
    }

    // Context vectors: IDF over the story's mentions, nearer words weighing more. Built here on
    // the calling thread: grouping frees them before it copies every mention into the slots,
    // and memory freed in a worker's malloc arena is no use to this thread.
    const double documents = double(std::max<qsizetype>(items.size(), 1));
    for (qsizetype i = 0; i < items.size(); ++i) {
        Vector &vector = items[i].vector;
        QList<int> &ids = itemWords[i];
        vector.entries.reserve(ids.size());
        for (qsizetype rank = 0; rank < ids.size(); ++rank) {
            const double idf = std::log(1.0 + documents / documentFrequency.at(ids[rank]));
            vector.entries.append({ids[rank], float(idf / (1.0 + double(rank) / 4.0))});
        }
        std::sort(vector.entries.begin(), vector.entries.end());
        vector.normalise();
        ids = {};   // in the vector now
    }
    return true;
}

} // namespace Crossread::FactSlots
