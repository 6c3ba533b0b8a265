// SPDX-License-Identifier: GPL-3.0-or-later
// A slot's label: what its figures measure, read from the phrase each figure belongs to, else
// the words of the sentence that states it.
//
// What a figure measures is the noun phrase it attaches to by grammar, read off the words
// either side of it (a shallow chunker, not a parser: the few patterns by which English ties a
// number to its noun, each checked for word class by spelling and by function words):
//   money    "a $42,000 monthly fee", "fees of $42,000", "$2 trillion in spending cuts",
//            "$800 million for border security", "the cost ... would be $500 million";
//   counts   the counted noun ("1,200 jobs", "800,000 Americans"), unless it is a name, a
//            possessive, a verb or the modifier of a longer phrase ("two secret Agency programs");
//   spans    "10 years of tax returns", "a sentence of 46 months", "a 13-minute address";
//   shares   "3% of voters", "a 15 percent raise", "a tax rate of 30 percent";
//   dates    the event noun ("the 2016 election", "a hearing on May 3") or the clause whose
//            verb the date places ("the service stops on May 3").
// Only lower-case words make a measure (a counted people, "Americans", aside): a capitalised
// word is a name, and a name says whose figure it is, not what it is; nor do a person ("his
// rival"), a verb ("three held by") or a word that merely stands nearby. CMU's link grammar would find more attachments, but parses a
// few hundred sentences a second where fact extraction reads tens of megabytes; these patterns
// look at a handful of words per figure.
#include "facts/slotitems_p.h"

#include "facts/factlexicon.h"
#include "facts/factsphrase_p.h"

#include <QMap>

namespace Crossread::FactSlots {
namespace {

using FactScan::Bounds;
using L = QLatin1StringView;

bool isOneOf(QStringView word, std::initializer_list<L> list)
{
    return std::any_of(list.begin(), list.end(), [&](L w) { return Bounds::equalsIgnoringCase(word, w); });
}

bool isDeterminer(QStringView word)
{
    return isOneOf(word, {L("the"), L("a"), L("an"), L("its"), L("his"), L("her"), L("their"), L("our"), L("my"),
                          L("your"), L("this"), L("that"), L("these"), L("those"), L("each"), L("every")});
}

/// Words that look like content words but never head what a figure measures: prepositions
/// the stop list lacks, and adverbs of place and time.
bool isFunctionWord(QStringView word)
{
    return FactLexicon::isStopWord(word) || FactLexicon::lookup(word).kind != FactLexicon::Kind::None
        || isOneOf(word, {L("toward"), L("towards"), L("among"), L("across"), L("amid"), L("despite"), L("including"),
                          L("plus"), L("versus"), L("online"), L("again"), L("back"), L("together"), L("away"),
                          L("abroad"), L("overnight"), L("later"), L("earlier"), L("already"), L("still"),
                          L("instead"), L("also"), L("even"), L("just"), L("roughly"), L("approximately"),
                          L("almost"), L("some"), L("another"), L("every"), L("apiece"), L("each"), L("alone"),
                          L("ago"), L("percent"), L("per"), L("cent"), L("points")});
}

/// A verb form by its spelling: a past tense or participle ("arrested", "held"), or a verb of
/// attribution ("said"). Nouns ending in "-ed" are few ("bed", "need", "speed"; never a
/// measure's head).
bool isVerbForm(QStringView word)
{
    // "states", "claims", "notes" are nouns as often as verbs of attribution.
    if (FactLexicon::isAttributionVerb(word) && !word.endsWith(u's'))
        return true;
    if (word.size() > 4 && word.endsWith(u"ed", Qt::CaseInsensitive) && !word.endsWith(u"eed", Qt::CaseInsensitive))
        return true;
    return isOneOf(word, {L("held"), L("said"), L("told"), L("made"), L("paid"), L("sold"), L("gave"), L("given"),
                          L("took"), L("taken"), L("went"), L("gone"), L("won"), L("lost"), L("left"), L("got"),
                          L("came"), L("become"), L("became"), L("began"), L("begun"), L("spent"), L("sent"),
                          L("brought"), L("bought"), L("kept"), L("met"), L("ran"), L("saw"), L("seen"),
                          L("stood"), L("fell"), L("rose"), L("grew"), L("thought"), L("found"), L("felt"),
                          L("led"), L("built"), L("won"), L("wrote"), L("written"), L("knew"), L("known")});
}

/// Words that place a date within a day or a year; never the event a date is of.
bool isTimeWord(QStringView word)
{
    return isOneOf(word, {L("morning"), L("afternoon"), L("evening"), L("night"), L("noon"), L("midnight"),
                          L("day"), L("days"), L("week"), L("weeks"), L("weekend"), L("month"), L("months"),
                          L("year"), L("years"), L("fall"), L("spring"), L("summer"), L("winter"), L("autumn"),
                          L("end"), L("start"), L("beginning"), L("middle"), L("half"), L("quarter"), L("part"),
                          L("time"), L("date"), L("period"), L("season"), L("term"), L("early"), L("late")});
}

/// Nouns of people and groups by their ending or as a few common words: in a date's phrase
/// they say who acted, not what happened.
bool isPersonNoun(QStringView word)
{
    QStringView w = word;
    if (w.endsWith(u's', Qt::CaseInsensitive) && !w.endsWith(u"ss", Qt::CaseInsensitive))
        w.chop(1);
    for (L suffix : {L("er"), L("or"), L("ist"), L("ian"), L("ant"), L("ent"), L("ee")}) {
        if (w.size() > suffix.size() + 2 && w.endsWith(suffix, Qt::CaseInsensitive))
            return !isOneOf(w, {L("order"), L("transfer"), L("offer"), L("answer"), L("disaster"), L("error"),
                                L("letter"), L("event"), L("agreement"), L("statement"), L("announcement"),
                                L("indictment"), L("settlement"), L("payment"), L("appointment"),
                                L("department"), L("government"), L("movement"), L("document"),
                                L("incident"), L("accident"), L("grant"), L("meeting")});
    }
    return isOneOf(word, {L("rival"), L("rivals"), L("candidate"), L("candidates"), L("friend"), L("friends"),
                          L("wife"), L("husband"), L("son"), L("daughter"), L("victim"), L("victims"), L("suspect"),
                          L("aide"), L("aides"), L("chief"), L("official"), L("officials"), L("senator"),
                          L("people"), L("men"), L("women"), L("children"), L("family"), L("families"), L("police"),
                          L("staff"), L("crowd"), L("crowds"), L("group"), L("groups"), L("team"), L("party"),
                          L("committee"), L("panel"), L("jury")});
}

/// A noun that names something happening, by its derivation ("announcement", "election",
/// "closure", "hearing", "proposal") or as one of the common short event words. A date after
/// any other noun ("sent passwords to her account on May 3") places the clause, not the noun.
bool isEventNoun(QStringView word)
{
    QStringView w = word;
    if (w.endsWith(u's', Qt::CaseInsensitive) && !w.endsWith(u"ss", Qt::CaseInsensitive))
        w.chop(1);
    for (L suffix : {L("tion"), L("sion"), L("ment"), L("ing"), L("ure"), L("ance"), L("ence"), L("ery"), L("ion")}) {
        if (w.size() > suffix.size() + 2 && w.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return isOneOf(w, {L("vote"), L("summit"), L("trial"), L("strike"), L("launch"), L("visit"), L("change"), L("ban"),
                       L("deal"), L("attack"), L("speech"), L("interview"), L("debate"), L("race"), L("primary"),
                       L("rally"), L("campaign"), L("war"), L("crash"), L("storm"), L("fire"), L("game"), L("match"),
                       L("show"), L("event"), L("festival"), L("ceremony"), L("deadline"), L("talk"), L("protest"),
                       L("march"), L("raid"), L("arrest"), L("release"), L("report"), L("order"), L("law"),
                       L("bill"), L("plan"), L("sale"), L("purchase"), L("call"), L("trip"), L("tour"),
                       L("flight"), L("shutdown"), L("walkout"), L("outbreak"), L("breach"), L("leak"), L("verdict"),
                       L("ruling"), L("deadline"), L("auction"), L("inquiry"), L("probe"), L("audit"), L("review"),
                       L("test"), L("exam"), L("concert"), L("party"), L("conference"), L("ballot"), L("approval"),
                       L("arrival"), L("removal"), L("renewal"), L("proposal"), L("refusal"), L("dismissal"),
                       L("denial"), L("burial"), L("rehearsal"), L("withdrawal"), L("reversal"), L("referral"),
                       L("recital"), L("carnival"), L("cutting")});
}

/// The verbs that report speech: a date next to one says when something was said, not what
/// happened ("the spokesman said Friday").
bool isReportingVerb(QStringView word)
{
    return isOneOf(word, {L("said"), L("says"), L("told"), L("tells"), L("added"), L("noted"), L("wrote"),
                          L("tweeted"), L("posted")});
}

/// A plural noun by its spelling: "-s", but not "-ss", "-us" or "-is" ("boss", "bus", "basis").
bool isPluralNoun(QStringView w)
{
    return w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is");
}

/// The words of a figure's sentence and the figure's place among them.
class PhraseReader {
public:
    PhraseReader(const Bounds &window, const WordSpans &words, TextSpan span) : m_window(window), m_words(words)
    {
        m_first = std::lower_bound(words.cbegin(), words.cend(), span.start,
                                   [](const auto &word, qsizetype pos) { return word.first < pos; })
            - words.cbegin();
        m_after = m_first;
        while (m_after < words.size() && words[m_after].first < span.end)
            ++m_after;
        m_insideEnd = m_after;
        m_before = m_first - 1;
        // Neighbours count only when nothing but blanks separates them from the figure:
        // punctuation ends the phrase ("$90, and").
        if (m_after < words.size() && !blankBetween(span.end, words[m_after].first))
            m_after = words.size();
        if (m_before >= 0 && !blankBetween(words[m_before].second, span.start))
            m_before = -1;
    }

    [[nodiscard]] qsizetype size() const { return m_words.size(); }
    /// The first word after the figure, or size() when none follows it directly.
    [[nodiscard]] qsizetype after() const { return m_after; }
    /// The last word before the figure, or -1 when none precedes it directly.
    [[nodiscard]] qsizetype before() const { return m_before; }
    /// The index of the first word at or after the figure's start.
    [[nodiscard]] qsizetype first() const { return m_first; }
    /// The last word inside the figure ("jobs" in "1,200 jobs"), or -1.
    [[nodiscard]] qsizetype lastInside() const { return m_insideEnd > m_first ? m_insideEnd - 1 : -1; }

    [[nodiscard]] QStringView word(qsizetype i) const { return m_window.slice(m_words[i].first, m_words[i].second); }
    [[nodiscard]] bool valid(qsizetype i) const { return i >= 0 && i < m_words.size(); }
    [[nodiscard]] bool is(qsizetype i, L w) const { return valid(i) && Bounds::equalsIgnoringCase(word(i), w); }
    /// Words i and i + 1 are separated by blanks only.
    [[nodiscard]] bool joined(qsizetype i) const
    {
        return valid(i) && valid(i + 1) && blankBetween(m_words[i].second, m_words[i + 1].first);
    }
    [[nodiscard]] bool capitalised(qsizetype i) const { return valid(i) && word(i).front().isUpper(); }
    /// A comma stands between words i and i + 1 (and nothing but blanks besides).
    [[nodiscard]] bool commaAfter(qsizetype i) const
    {
        if (!valid(i) || !valid(i + 1))
            return false;
        const QStringView gap = m_window.slice(m_words[i].second, m_words[i + 1].first).trimmed();
        return gap == u",";
    }
    /// A word a measure's noun phrase may hold: lower-case, no function word, no verb form, no
    /// possessive (a possessive names an owner).
    [[nodiscard]] bool nominal(qsizetype i) const
    {
        if (!valid(i))
            return false;
        const QStringView w = word(i);
        return w.size() > 1 && w.front().isLower() && !isFunctionWord(w) && !isVerbForm(w) && !isPossessive(w);
    }
    [[nodiscard]] static bool isPossessive(QStringView w)
    {
        return w.size() > 2 && FactScan::isApostrophe(w.at(w.size() - 2)) && (w.back() == u's' || w.back() == u'S');
    }

    /// The noun phrase starting at word i: up to three nominal words; its head is the last.
    /// Empty when the phrase runs on (its head lies further) or is a verb with its object
    /// ("implementing the plan").
    [[nodiscard]] QStringList phraseFrom(qsizetype i) const
    {
        QStringList phrase;
        qsizetype k = i;
        for (; nominal(k) && phrase.size() < 3; ++k) {
            phrase.append(word(k).toString().toLower());
            if (!joined(k)) {
                ++k;
                break;
            }
        }
        if (phrase.isEmpty() || (phrase.size() == 3 && joined(k - 1) && nominal(k)))
            return {};
        if (phrase.constLast().endsWith(u"ing") && joined(k - 1) && valid(k) && isDeterminer(word(k)))
            return {};
        return phrase;
    }

    /// The noun phrase ending at word i (its head): up to three nominal words.
    /// A plural noun does not modify another ("tax rate", not "taxes rate"): one before the
    /// head ends the phrase, and the word after it is its verb ("owners face fees").
    [[nodiscard]] QStringList phraseTo(qsizetype i) const
    {
        QStringList phrase;
        for (qsizetype k = i; nominal(k) && phrase.size() < 3; --k) {
            const QStringView w = word(k);
            if (k < i && isPluralNoun(w)) {
                phrase.removeFirst();
                break;
            }
            phrase.prepend(w.toString().toLower());
            if (!joined(k - 1))
                break;
        }
        return phrase;
    }

    /// Whether a determiner opens the phrase of `length` words ending at word i, allowing
    /// capitalised modifiers in between ("the contentious Clarence Thomas hearing").
    [[nodiscard]] bool determined(qsizetype i, qsizetype length) const
    {
        qsizetype k = i - length;
        for (int names = 0; k >= 0 && joined(k) && capitalised(k) && !isDeterminer(word(k)) && names < 4; ++names)
            --k;
        while (k >= 0 && joined(k) && nominal(k) && i - k < 6)
            --k;
        return k >= 0 && joined(k) && isDeterminer(word(k));
    }

    /// The whole a share or span is "of": the noun phrase after "of", past determiners and an
    /// owner's possessive ("of the authority's bus fleet" -> "bus fleet"), and past a
    /// coordination ("of legal and political debate" -> "political debate"). Names count here:
    /// "of Democrats" is a whole.
    [[nodiscard]] QStringList wholeAfterOf(qsizetype of) const
    {
        QStringList phrase;
        for (qsizetype i = of + 1; i < m_words.size() && phrase.size() < 6; ++i) {
            if (!joined(i - 1))
                break;
            const QStringView w = word(i);
            // "of legal and political debate"; not "of the revenue and Lumenfold will ...".
            if (isOneOf(w, {L("and"), L("or")}) && !phrase.isEmpty() && joined(i) && nominal(i + 1)) {
                phrase.clear();
                continue;
            }
            if (isFunctionWord(w) || isVerbForm(w)) {
                if (!phrase.isEmpty() || !isDeterminer(w))
                    break;
                continue;
            }
            if (isPossessive(w)) {
                phrase.clear();
                continue;
            }
            phrase.append(w.toString().toLower());
        }
        if (phrase.isEmpty())
            return {};
        // "of implementing the plan": a verb and its object, not a whole.
        const qsizetype end = of + 1 + phrase.size();
        if (phrase.constLast().endsWith(u"ing") && valid(end) && isDeterminer(word(end)))
            return {};
        return phrase.mid(std::max<qsizetype>(0, phrase.size() - 2));
    }

private:
    [[nodiscard]] bool blankBetween(qsizetype from, qsizetype to) const
    {
        if (to < from)
            return false;
        const QStringView gap = m_window.text.sliced(from, to - from);
        return std::all_of(gap.begin(), gap.end(), [](QChar c) { return c.isSpace(); });
    }

    const Bounds &m_window;
    const WordSpans &m_words;
    qsizetype m_first = 0;
    qsizetype m_after = 0;
    qsizetype m_insideEnd = 0;
    qsizetype m_before = -1;
};

Measure measure(Measure::Form form, const QStringList &words)
{
    return words.isEmpty() ? Measure{} : Measure{form, words.join(u' '), {}};
}

/// The subject a figure is the value of: "the cost of the package, officials estimated, would be
/// $500 million" -> "cost"; "its revenue was $2 million" -> "revenue". Only a subject that a
/// determiner, a possessive or a clause boundary opens.
Measure subjectOfCopula(const PhraseReader &r)
{
    const qsizetype copula = r.before();
    if (copula < 1
        || !isOneOf(r.word(copula), {L("is"), L("was"), L("were"), L("are"), L("be"), L("been"), L("totaled"),
                                     L("totalled"), L("reached"), L("topped"), L("exceeded"), L("hit")}))
        return {};
    // Auxiliaries before it ("would be", "has reached"), each joined to the next word.
    qsizetype k = copula - 1;
    while (k >= 0 && r.joined(k)
           && isOneOf(r.word(k), {L("would"), L("will"), L("could"), L("should"), L("might"), L("has"), L("have"),
                                  L("had"), L("also"), L("now"), L("still"), L("already"), L("be"), L("been")}))
        --k;
    // A parenthetical between commas: "the cost, senior officials estimated, would be".
    if (r.commaAfter(k)) {
        qsizetype comma = k - 1;
        while (comma >= 0 && k - comma < 6 && !r.commaAfter(comma))
            --comma;
        if (comma < 0 || k - comma >= 6)
            return {};
        k = comma;
    } else if (!r.joined(k)) {
        return {};
    }
    for (int hop = 0; hop < 2; ++hop) {
        const QStringList phrase = r.phraseTo(k);
        if (phrase.isEmpty())
            return {};
        const qsizetype start = k - phrase.size() + 1;
        // "the cost of the package": the head stands before "of".
        if (hop == 0 && start >= 3 && isDeterminer(r.word(start - 1)) && r.is(start - 2, L("of")) && r.joined(start - 3)
            && r.joined(start - 2) && r.joined(start - 1)) {
            k = start - 3;
            continue;
        }
        const bool opened = start == 0 || (r.joined(start - 1) && (isDeterminer(r.word(start - 1))
                                                                   || PhraseReader::isPossessive(r.word(start - 1))))
            || r.commaAfter(start - 1);
        if (!opened || isPersonNoun(phrase.constLast()))
            return {};
        return measure(Measure::Form::Noun, phrase);
    }
    return {};
}

/// "$X monthly fee", "fees of $X", "$X in spending cuts", "$X for border security"; shares and
/// spans take the noun and "of" forms too.
Measure nounOfFigure(const PhraseReader &r, bool money)
{
    // "a $42,000 monthly fee", "the 15 percent raise": a determiner makes the figure a
    // modifier; without one the next word is as likely its verb ("$90 buys a week").
    if (r.nominal(r.after()) && r.before() >= 0 && isDeterminer(r.word(r.before()))) {
        if (const QStringList phrase = r.phraseFrom(r.after()); !phrase.isEmpty())
            return measure(Measure::Form::Noun, phrase);
    }
    // "a fine of $5,000", "a bid worth $2 billion", "the debt limit by $2 trillion".
    if (r.before() >= 1 && r.joined(r.before() - 1)
        && (r.is(r.before(), L("of")) || r.is(r.before(), L("worth")) || r.is(r.before(), L("at"))
            || r.is(r.before(), L("by")) || r.is(r.before(), L("totaling")) || r.is(r.before(), L("totalling")))) {
        if (const QStringList phrase = r.phraseTo(r.before() - 1); !phrase.isEmpty())
            return measure(Measure::Form::Noun, phrase);
    }
    // The subject is the figure's whole when a word follows it ("the district is 35 percent
    // Latino"): then it names no measure.
    if (!r.valid(r.after()) || isFunctionWord(r.word(r.after()))) {
        if (Measure subject = subjectOfCopula(r); !subject.isEmpty())
            return subject;
    }
    if (!money)
        return {};
    if (r.is(r.after(), L("in")) && r.joined(r.after())) {
        if (const QStringList phrase = r.phraseFrom(r.after() + 1); !phrase.isEmpty())
            return measure(Measure::Form::Noun, phrase);
    }
    // "costs $100 a month", "charges $42,000", "is priced at", "sells for": a price, whatever
    // follows ("for unlimited access" is what it buys).
    {
        qsizetype verb = r.before();
        if ((r.is(verb, L("at")) || r.is(verb, L("for"))) && verb >= 1 && r.joined(verb - 1))
            --verb;
        if (r.valid(verb)
            && isOneOf(r.word(verb), {L("cost"), L("costs"), L("costing"), L("charge"), L("charges"), L("charged"),
                                      L("charging"), L("priced"), L("sells"), L("sold"), L("sell"), L("selling"),
                                      L("retails"), L("retail")})
            && (verb == r.before() || !isOneOf(r.word(verb), {L("cost"), L("costs"), L("charge"), L("charges")})))
            return {Measure::Form::Price, QString(), {}};
    }
    if (r.is(r.after(), L("for")) && r.joined(r.after())) {
        qsizetype start = r.after() + 1;
        QStringList phrase;
        if (r.valid(start) && isDeterminer(r.word(start)) && r.joined(start)) {
            phrase.append(r.word(start).toString().toLower());
            ++start;
        }
        const QStringList noun = r.phraseFrom(start);
        if (!noun.isEmpty())
            return measure(Measure::Form::Purpose, phrase + noun);
    }
    return {};
}

/// The date's event: "the 2016 election", "his Tuesday announcement", "a hearing on May 3";
/// else the clause it places: "the service stops on May 3", "a video surfaced Tuesday".
Measure eventOfDate(const Bounds &window, const PhraseReader &r, const Mention &mention)
{
    // Attributive: a determiner before the date, a noun after it (names may stand between:
    // "a May 10 American Bar Association meeting"); or "Tuesday's vote".
    const qsizetype end = mention.span.end;
    const bool possessive = end + 1 < window.end && FactScan::isApostrophe(window.text[end])
        && (window.text[end + 1] == u's' || window.text[end + 1] == u'S');
    if ((r.before() >= 0 && isDeterminer(r.word(r.before()))) || possessive) {
        // "Tuesday's" is one word: the noun follows it.
        qsizetype k = possessive ? (r.joined(r.first()) ? r.first() + 1 : r.size()) : r.after();
        for (int names = 0; r.valid(k) && r.capitalised(k) && r.joined(k) && names < 4; ++names)
            ++k;
        while (r.valid(k) && isTimeWord(r.word(k)) && r.joined(k))
            ++k;
        if (r.valid(k) && !isTimeWord(r.word(k))) {
            const QStringList phrase = r.phraseFrom(k);
            // "his 2016 Democratic rival" is a person, not an event.
            if (!phrase.isEmpty() && !isPersonNoun(phrase.constLast()))
                return measure(Measure::Form::Event, phrase);
        }
    }
    const qsizetype before = r.before();
    if (before < 1 || !r.joined(before - 1))
        return {};
    // "a hearing on May 3", "the vote in March": an event noun with its determiner.
    const bool preposition = r.is(before, L("on")) || r.is(before, L("in")) || r.is(before, L("for"))
        || r.is(before, L("at")) || r.is(before, L("of")) || r.is(before, L("until")) || r.is(before, L("by"));
    // The event noun phrase ending at word `head`, with its determiner; or, when that phrase
    // is the object of a preposition ("a hearing about the ferry terminal"), the event it
    // belongs to.
    const auto eventAt = [&r](qsizetype head) -> Measure {
        for (int outer = 0; outer < 2 && head >= 0; ++outer) {
            const QStringList phrase = r.phraseTo(head);
            if (phrase.isEmpty())
                return {};
            // A gerund after a noun is a verb ("the administration coming in January") unless
            // it is one of the events named so ("the ferry hearing"); people are who acts, not
            // what happens ("indicted the officers on Friday").
            const bool gerund = phrase.size() > 1 && phrase.constLast().endsWith(u"ing")
                && !isOneOf(phrase.constLast(), {L("hearing"), L("meeting"), L("briefing"), L("signing"), L("opening"),
                                                 L("ruling"), L("shooting"), L("bombing"), L("screening"),
                                                 L("sentencing"), L("filing"), L("launching"), L("groundbreaking"),
                                                 L("closing"), L("cutting")});
            if (!isTimeWord(r.word(head)) && isEventNoun(r.word(head)) && !isPersonNoun(r.word(head)) && !gerund
                && r.determined(head, phrase.size()))
                return measure(Measure::Form::Event, phrase);
            const qsizetype determiner = head - phrase.size();
            const qsizetype preposition = determiner - 1;
            if (!r.valid(preposition) || !isDeterminer(r.word(determiner)) || !r.joined(preposition) || !r.joined(determiner)
                || !isOneOf(r.word(preposition), {L("on"), L("about"), L("of"), L("for"), L("over"), L("into"), L("at")}))
                return {};
            head = preposition - 1;
            if (!r.joined(head))
                return {};
        }
        return {};
    };
    if (preposition) {
        if (Measure event = eventAt(before - 1); !event.isEmpty())
            return event;
    }
    // "the service stops on May 3": a determined subject, auxiliaries, a verb.
    qsizetype verb = preposition ? before - 1 : before;
    // "takes place on May 3": the verb is the idiom's first word.
    if (r.is(verb, L("place")) && verb >= 1 && r.joined(verb - 1)
        && isOneOf(r.word(verb - 1), {L("takes"), L("took"), L("take"), L("taken"), L("taking")}))
        --verb;
    const QStringView v = r.word(verb);
    const bool verbLike = v.front().isLower() && !isReportingVerb(v) && !isFunctionWord(v)
        && (isVerbForm(v) || (v.endsWith(u's') && !v.endsWith(u"ss") && !v.endsWith(u"us")));
    if (!verbLike || (preposition && !r.joined(verb)))
        return {};
    // A reduced relative clause: "the fish market, built in 1966, needs repairs" dates the
    // building of the noun phrase the participle follows; its passive is written out.
    if (r.commaAfter(verb - 1) && isVerbForm(v) && !v.endsWith(u's') && !FactLexicon::isAttributionVerb(v)) {
        // The noun phrase before the comma, back to its determiner: "the sports hall" (a
        // plural modifier is fine before a comma, which phraseTo() cannot know).
        QStringList subject;
        qsizetype determiner = verb - 1;
        while (subject.size() < 3 && r.nominal(determiner) && (determiner == verb - 1 || r.joined(determiner))) {
            subject.prepend(r.word(determiner).toString().toLower());
            --determiner;
        }
        if (subject.isEmpty() || !r.joined(determiner) || !isDeterminer(r.word(determiner)))
            return {};
        QStringList clause{r.word(determiner).toString().toLower()};
        clause += subject;
        clause << (isPluralNoun(r.word(verb - 1)) ? QStringLiteral("were") : QStringLiteral("was")) << v.toString();
        Measure m = measure(Measure::Form::Clause, clause);
        m.subject = subject.join(u' ');
        return m;
    }
    qsizetype k = verb - 1;
    while (k >= 0 && r.joined(k)
           && isOneOf(r.word(k), {L("was"), L("were"), L("is"), L("are"), L("will"), L("would"), L("be"), L("been"),
                                  L("has"), L("had"), L("have"), L("to")}))
        --k;
    if (k < 1 || !r.joined(k) || !r.nominal(k))
        return {};
    // An event as the subject: "a hearing on the cable car is scheduled for May 3".
    if (Measure event = eventAt(k); !event.isEmpty())
        return event;
    const QStringList subject = r.phraseTo(k);
    if (subject.isEmpty() || !r.joined(k - subject.size()) || !isDeterminer(r.word(k - subject.size())))
        return {};
    // A subject never follows a preposition: "about the bus shelters on May 3" is no clause.
    if (k - subject.size() >= 1 && r.joined(k - subject.size() - 1) && FactLexicon::isStopWord(r.word(k - subject.size() - 1))
        && !isOneOf(r.word(k - subject.size() - 1), {L("and"), L("that"), L("but"), L("when"), L("after"), L("before"), L("while")}))
        return {};
    QStringList clause{r.word(k - subject.size()).toString().toLower()};
    clause += subject;
    for (qsizetype i = k + 1; i <= verb; ++i)
        clause.append(r.word(i).toString().toLower());
    Measure m = measure(Measure::Form::Clause, clause);
    m.subject = subject.join(u' ');
    return m;
}

/// Whether a count's unit, as extraction read it, is what is counted: not a name ("Five
/// Angels"), a possessive, a verb ("three held by"), a preposition ("billions toward
/// construction") or the modifier of a longer phrase ("two secret Agency programs",
/// "two working family farmers").
bool isCountedNoun(const PhraseReader &r, const QString &unit)
{
    if (unit.isEmpty())
        return false;
    const qsizetype head = r.lastInside();
    // A unit the grammar inferred ("Mr. Christie, 52," is an age; "11-2" a tally).
    if (head < 0)
        return true;
    const QStringView w = r.word(head);
    if (PhraseReader::isPossessive(w) || isVerbForm(w) || (isFunctionWord(w) && !r.is(head, L("people"))))
        return false;
    // A capitalised head counts a people or a party ("800,000 Americans", "194 Democrats");
    // one in a title-case run is a name ("Frankie Five Angels", "two secret National ...").
    if (w.front().isUpper()) {
        const bool titleCase = r.first() < head && r.capitalised(r.first()) && r.first() > 0;
        if (titleCase || !w.endsWith(u's') || (r.joined(head) && r.capitalised(head + 1)))
            return false;
    }
    const QStringView firstUnitWord = QStringView(unit).split(u' ').constFirst();
    if (isOneOf(firstUnitWord, {L("toward"), L("towards"), L("of"), L("in"), L("for"), L("to"), L("at"), L("on"),
                                L("by"), L("from"), L("with"), L("into"), L("over"), L("under")}))
        return false;
    // A hyphenated compound is whole ("18-year-old Michael Brown").
    if (!w.contains(u'-') && r.joined(head) && r.valid(head + 1)
        && (r.capitalised(head + 1) || (w.endsWith(u"ing") && r.nominal(head + 1))))
        return false;
    return true;
}

Phrase periodLabel(Period period)
{
    switch (period) {
    case Period::None: return {};
    case Period::Hour: return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "per hour"));
    case Period::Day: return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "per day"));
    case Period::Week: return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "per week"));
    case Period::Month: return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "per month"));
    case Period::Year: return factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "per year"));
    }
    return {};
}

QString mostCommon(const QStringList &values)
{
    QMap<QString, int> counts;
    for (const QString &value : values) {
        if (!value.isEmpty())
            ++counts[value];
    }
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}


} // namespace

Measure measureNear(const Bounds &window, const WordSpans &words, const Mention &mention)
{
    const FactValue &value = mention.value;
    const PhraseReader r(window, words, mention.span);
    switch (value.kind) {
    case FactKind::Money:
        return nounOfFigure(r, true);
    case FactKind::Percent:
        if (r.is(r.after(), L("of")) && r.joined(r.after()))
            return measure(Measure::Form::Whole, r.wholeAfterOf(r.after()));
        return nounOfFigure(r, false);
    case FactKind::Date:
        return eventOfDate(window, r, mention);
    case FactKind::Number: {
        if (value.unit.isEmpty())
            return {};
        static constexpr std::array spans = {L("minutes"), L("hours"), L("days"), L("weeks"), L("months"), L("years"), L("decades"),
                                             L("minute"), L("hour"), L("day"), L("week"), L("month"), L("year")};
        const bool span = std::any_of(spans.begin(), spans.end(), [&](L unit) { return value.unit == unit; });
        if (!span)
            return isCountedNoun(r, value.unit) ? Measure{Measure::Form::Noun, value.unit, {}} : Measure{};
        // A span of time measures what it is "of", or the noun it modifies.
        if (r.is(r.after(), L("of")) && r.joined(r.after())) {
            if (Measure whole = measure(Measure::Form::Whole, r.wholeAfterOf(r.after())); !whole.isEmpty())
                return whole;
        }
        if (Measure noun = nounOfFigure(r, false); !noun.isEmpty())
            return noun;
        return {Measure::Form::Noun, value.unit, {}};
    }
    case FactKind::Quote:
        break;
    }
    return {};
}

namespace {
/// Whether the text between two words ends the quoted stretch: another figure, a bracket, a
/// sentence or clause mark, a quotation mark or a dash.
bool breaksClause(QStringView gap)
{
    return std::any_of(gap.begin(), gap.end(), [](QChar c) {
        return c.isDigit() || c == u'(' || c == u')' || c == u';' || c == u':' || c == u'.' || c == u'"'
            || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x2014);
    });
}
} // namespace

QString quotedPlace(const Bounds &window, const WordSpans &words, TextSpan span)
{
    constexpr qsizetype quoted = 5;
    if (words.isEmpty())
        return {};
    const qsizetype first = std::lower_bound(words.cbegin(), words.cend(), span.start,
                                             [](const auto &word, qsizetype pos) { return word.first < pos; })
        - words.cbegin();
    // Among the first words, the sentence's opening says where; further on, the words that
    // lead up to the figure in its clause do (not across other figures or brackets).
    qsizetype from = first;
    while (from > 0 && first - from < quoted) {
        if (breaksClause(window.slice(words[from - 1].second, from < first ? words[from].first : span.start)))
            break;
        --from;
    }
    // A parenthetical set off by dashes between a subject and its verb ("custom contracts —
    // with archives and a named engineer — run up to $210K"): the words before it say what the
    // figure is about, not the sentence's opening, which may be another clause's subject.
    const auto dashBefore = [&](qsizetype i) {
        return i > 0 && window.slice(words[i - 1].second, words[i].first).contains(QChar(0x2014));
    };
    if (first > quoted && first - from < 3 && dashBefore(from)) {
        constexpr qsizetype maxParenthetical = 40;
        for (qsizetype open = from - 1; open > 0 && from - open < maxParenthetical; --open) {
            if (!dashBefore(open))
                continue;
            qsizetype start = open - 1;
            while (start > 0 && open - start < quoted - (first - from)
                   && !breaksClause(window.slice(words[start - 1].second, words[start].first)))
                --start;
            QString place = QChar(0x2026) + window.slice(words[start].first, words[open - 1].second).toString().simplified();
            if (from < first)
                place += QStringLiteral(" \u2026 ") + window.slice(words[from].first, words[first - 1].second).toString().simplified();
            return place + QChar(0x2026);
        }
    }
    if (first <= quoted || first - from < 3) {
        // Up to the figure, not over it (another outlet's row would show this one's value):
        // the opening when three words or more lead to the figure, else the words after it.
        if (first >= 3) {
            const qsizetype last = std::min(first, quoted) - 1;
            return window.slice(words.constFirst().first, words[last].second).toString().simplified() + QChar(0x2026);
        }
        qsizetype after = first;
        while (after < words.size() && words[after].first < span.end)
            ++after;
        qsizetype to = after;
        while (to < words.size() && to - after < quoted && !breaksClause(window.slice(to > after ? words[to - 1].second : span.end, words[to].first)))
            ++to;
        if (to - after >= 2)
            return QChar(0x2026) + window.slice(words[after].first, words[to - 1].second).toString().simplified() + QChar(0x2026);
        const qsizetype last = std::min(words.size(), quoted) - 1;
        return window.slice(words.constFirst().first, words[last].second).toString().simplified() + QChar(0x2026);
    }
    return QChar(0x2026) + window.slice(words[from].first, words[first - 1].second).toString().simplified()
        + QChar(0x2026);
}

SlotLabel labelOf(const FactSlot &slot, const QList<const Item *> &items)
{
    // The measure most of the mentions give, the first when tied.
    QMap<std::pair<int, QString>, int> counts;
    QList<Measure> order;
    QStringList tiers;
    QList<Period> periods;
    for (const Item *item : items) {
        tiers.append(item->tier);
        if (item->mention->value.period != Period::None)
            periods.append(item->mention->value.period);
        if (item->measure.isEmpty())
            continue;
        if (counts[{int(item->measure.form), item->measure.words}]++ == 0)
            order.append(item->measure);
    }
    // A bare unit ("hours") is what a span says when nothing else does: any phrase wins over it.
    const QString unit = items.constFirst()->mention->value.unit;
    Measure best;
    int bestCount = 0;
    for (const bool bare : {false, true}) {
        for (const Measure &m : std::as_const(order)) {
            const int count = counts.value({int(m.form), m.words});
            if ((m.words == unit || m.words == unit + u's' || m.words + u's' == unit) != bare || count <= bestCount)
                continue;
            best = m;
            bestCount = count;
        }
        if (!best.isEmpty())
            break;
    }
    // Nothing names what is measured: the label quotes where the figure is said rather than a
    // word that merely stands near it ("date of close" would mislead an editor).
    QString where;
    for (const Item *item : items) {
        if (!item->place.isEmpty()) {
            where = item->place;
            break;
        }
    }
    const Phrase words = Phrase::literal(best.words);
    const Phrase place = Phrase::literal(where);
    const bool quoted = best.isEmpty() && !where.isEmpty();
    Phrase label;
    switch (slot.kind) {
    case FactKind::Percent:
        label = quoted                                  ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "share in '%1'"), {place})
                : best.isEmpty()                        ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "share"))
                : best.form == Measure::Form::Whole     ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "share of %1"), {words})
                                                        : words;
        break;
    case FactKind::Date:
        label = quoted                                  ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "date in '%1'"), {place})
                : best.isEmpty()                        ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "date"))
                : best.form == Measure::Form::Clause    ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "date %1"), {words})
                                                        : factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "date of %1"), {words});
        break;
    case FactKind::Money:
        label = quoted                                  ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "amount in '%1'"), {place})
                : best.isEmpty()                        ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "amount"))
                : best.form == Measure::Form::Purpose   ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "amount for %1"), {words})
                : best.form == Measure::Form::Price     ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "price"))
                                                        : words;
        break;
    case FactKind::Number: {
        // A time of day is no count: "time in 'It lands at…'".
        const bool clock = std::any_of(items.cbegin(), items.cend(),
                                       [](const Item *item) { return item->mention->value.isTimeOfDay(); });
        if (clock && (quoted || best.isEmpty())) {
            label = quoted ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "time in '%1'"), {place})
                           : factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "time of day"));
            break;
        }
        // A mention's own unit names the count, even another mention's ("firms" beside "entries"
        // when two outlets count one list with different nouns; never "firms of entries").
        const auto countsIn = [&items](const QString &words) {
            return std::any_of(items.cbegin(), items.cend(), [&words](const Item *item) { return item->mention->value.unit == words; });
        };
        // A span of time measured "of" something: "years of tax returns", "minutes of address".
        label = quoted                                  ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "count in '%1'"), {place})
                : best.isEmpty()                        ? factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "count"))
                : unit.isEmpty() || countsIn(best.words) ? words
                                                        : factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", "%1 of %2"), {Phrase::literal(unit), words});
        break;
    }
    case FactKind::Quote:
        break;
    }
    if (!periods.isEmpty())
        label = Phrase::concatenation({label, Phrase::literal(QStringLiteral(" ")), periodLabel(periods.constFirst())});
    // A tier sets the prices or quotas of a plan apart ("$100 a month for the Basic plan",
    // "tweets per month, free tier"); near a one-off figure the same words are something else
    // ("a Senate version of the plan", "the spending package").
    QString tier = mostCommon(tiers);
    if (tier == best.words || periods.isEmpty())
        tier.clear();
    if (tier.isEmpty())
        return {label, label};
    return {Phrase::concatenation({label, factsPhrase(QT_TRANSLATE_NOOP("Crossread::Facts", ", %1 tier"), {Phrase::literal(tier)})}),
            label};
}


} // namespace Crossread::FactSlots
