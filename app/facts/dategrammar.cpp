// SPDX-License-Identifier: GPL-3.0-or-later
// The grammar of dates:
//
//   date     := month "."? day ordinal? (","? year)?          "April 19", "Apr 19th, 2023"
//             | day ordinal? "of"? month "."? year?            "19 April 2023", "19th of April"
//             | month year                                     "October 2022"
//             | preposition month                              "in February", "last October"
//             | month ("'s" | lowerCaseWord)                   "February's", "October gasoline"
//                                                              (months that are no name or verb)
//             | yyyy ("-" | "/") mm ("-" | "/") dd              "2023-04-19", "2023/04/21"
//             | dd "/" mm "/" yyyy                             only when the day is above 12
//             | ("on" | "last" | "next" | "this")? weekday     "on Wednesday"
//             | relative                                       "earlier today", "yesterday",
//                                                              "last month", "this year",
//                                                              "last year's", "a year ago",
//                                                              "the previous year"
//
// Dates without a year take the article's publication year; weekdays and relative words resolve
// against the publication date (a weekday means the latest such day on or before it, as news
// reports the past). Without a publication date they keep their precision but no year.
#include "facts/figuregrammar.h"

#include <array>

namespace Crossread::FactGrammar {
namespace {

using FactScan::Bounds;
using FactScan::isBlank;
using FactScan::isDash;
using FactLexicon::Kind;
using L = QLatin1StringView;

/// Digits at `pos`, at most `maxDigits`, not followed by another digit; -1 when none.
int readSmall(const Bounds &b, qsizetype pos, int maxDigits, qsizetype *end)
{
    int value = 0;
    qsizetype i = pos;
    while (b.isDigitAt(i) && i - pos < maxDigits)
        value = value * 10 + (b.text[i++].unicode() - u'0');
    if (i == pos || b.isDigitAt(i))
        return -1;
    *end = i;
    return value;
}

/// A four-digit year at `pos` that is not the start of a bigger figure ("2023", not "2,023").
int readYear(const Bounds &b, qsizetype pos, qsizetype *end)
{
    qsizetype e = 0;
    const int year = readSmall(b, pos, 4, &e);
    if (year < 1000 || year > 2199 || e - pos != 4 || b.isLetterAt(e)
        || ((b.at(e) == u',' || b.at(e) == u'.' || b.at(e) == u':') && b.isDigitAt(e + 1)))
        return -1;
    *end = e;
    return year;
}

/// "st", "nd", "rd", "th" glued to a day number.
qsizetype skipOrdinal(const Bounds &b, qsizetype pos)
{
    const qsizetype we = b.wordEnd(pos);
    const QStringView suffix = b.slice(pos, we);
    if (suffix == u"st" || suffix == u"nd" || suffix == u"rd" || suffix == u"th")
        return we;
    return pos;
}

/// The end of the word at `pos` without a possessive "'s" ("February's", "year's").
qsizetype wordEndWithoutPossessive(const Bounds &b, qsizetype pos)
{
    const qsizetype we = b.wordEnd(pos);
    if (we - pos > 2 && FactScan::isApostrophe(b.text[we - 2]) && (b.text[we - 1] == u's' || b.text[we - 1] == u'S'))
        return we - 2;
    return we;
}

/// The word at `pos` if it is `lower`, possibly with a possessive "'s" ("last year's
/// election"); returns the end of `lower` or -1.
qsizetype matchNoun(const Bounds &b, qsizetype pos, L lower)
{
    if (const qsizetype e = b.matchWord(pos, lower); e >= 0)
        return e;
    const qsizetype e = wordEndWithoutPossessive(b, pos);
    return e - pos == lower.size() && Bounds::equalsIgnoringCase(b.slice(pos, e), lower) ? e : -1;
}

/// Months whose name is no common first name, verb or modal: alone before a noun or with a
/// possessive they can only be the month ("the July figure", "October gasoline", "February's
/// report"), where "May", "March", "April", "June" could be a person or a word.
bool isUnambiguousMonth(QStringView word)
{
    static constexpr std::array months = {
        L("january"), L("february"), L("july"), L("august"), L("september"), L("october"), L("november"), L("december"),
    };
    return std::any_of(months.begin(), months.end(), [&](L m) { return Bounds::equalsIgnoringCase(word, m); });
}

/// The month word at `pos` (capitalised, optionally abbreviated with a full stop, or with a
/// possessive "'s", which `end` leaves out), or 0.
int monthAt(const Bounds &b, qsizetype pos, qsizetype *end)
{
    if (!b.isLetterAt(pos) || !b.text[pos].isUpper())
        return 0;
    const qsizetype we = wordEndWithoutPossessive(b, pos);
    const FactLexicon::Entry entry = FactLexicon::lookup(b.slice(pos, we));
    if (entry.kind != Kind::Month)
        return 0;
    // "Apr. 19": the full stop of an abbreviation belongs to the date; "in May." ends a sentence.
    const bool abbreviated = we - pos <= 4 && !Bounds::equalsIgnoringCase(b.slice(pos, we), L("may"))
        && !Bounds::equalsIgnoringCase(b.slice(pos, we), L("june")) && !Bounds::equalsIgnoringCase(b.slice(pos, we), L("july"));
    *end = (abbreviated && b.at(we) == u'.' && isBlank(b.at(we + 1)) && b.isDigitAt(we + 2)) ? we + 1 : we;
    return entry.value;
}

struct Anchor {
    QDate date;                 ///< the publication date, when known
    DatePrecision precision = DatePrecision::Unknown;
    PublishedDate published;
};

Anchor anchorOf(const PublishedDate &published)
{
    if (!published.isValid())
        return {};
    return {published.date, published.precision, published};
}

/// How far after the publication date a date without a year may lie and still be read as
/// coming rather than past.
constexpr qint64 maxDaysAhead = 31;

/// A date with the year given in the text, or taken from the publication date.
std::optional<FactValue> makeDate(int year, int month, int day, DatePrecision precision, const Anchor &anchor)
{
    FactValue value;
    value.kind = FactKind::Date;
    value.precision = precision;
    if (year == 0) {
        value.yearInferred = true;
        // Without a publication date the year stays unknown: year 1 stands for "no year".
        year = anchor.precision != DatePrecision::Unknown ? anchor.date.year() : 1;
        // News reports what has happened: a month or day without a year is its latest
        // occurrence before the publication date ("October" in an article of April 2023 is
        // October 2022). Only the weeks just ahead are read as coming ("the hearing on May 3"
        // in a paper of April 28): a paper announces what is near.
        if (anchor.precision >= DatePrecision::Month) {
            const QDate candidate(year, month, precision == DatePrecision::Day ? day : 1);
            const QDate published = anchor.precision == DatePrecision::Month ? anchor.date.addMonths(1).addDays(-1) : anchor.date;
            if (candidate.isValid() && published.daysTo(candidate) > maxDaysAhead)
                --year;
        }
    }
    const QDate date(year, month, precision == DatePrecision::Day ? day : 1);
    if (!date.isValid())
        return std::nullopt;
    value.date = date;
    return value;
}

/// A date relative to the publication date; unresolved (invalid date, the words in `unit`)
/// when the article's date is not precise enough.
FactValue relativeDate(const Anchor &anchor, DatePrecision precision, int dayOffset, int monthOffset,
                       int yearOffset, QStringView words)
{
    FactValue value;
    value.kind = FactKind::Date;
    value.relative = true;
    value.precision = precision;
    if (anchor.precision >= precision && anchor.precision != DatePrecision::Unknown) {
        QDate date = anchor.date.addDays(dayOffset).addMonths(monthOffset).addYears(yearOffset);
        if (precision == DatePrecision::Week)
            date = date.addDays(1 - date.dayOfWeek());   // a week is dated by its Monday
        else if (precision != DatePrecision::Day)
            date = QDate(date.year(), precision == DatePrecision::Month ? date.month() : 1, 1);
        value.date = date;
    } else {
        value.unit = words.toString().toLower();
    }
    return value;
}

Step found(qsizetype start, qsizetype end, std::optional<FactValue> value)
{
    if (!value)
        return {end, std::nullopt};
    return {end, Found{{start, end}, *value}};
}

/// "April 19", "Apr 19th, 2023", "October 2022", "in February", with the month at [start, end).
Step monthDate(const Bounds &b, qsizetype start, qsizetype monthEnd, int month, const Anchor &anchor)
{
    const qsizetype p = b.skipBlanks(monthEnd);
    if (p > monthEnd && b.isDigitAt(p)) {
        qsizetype e = 0;
        if (const int year = readYear(b, p, &e); year > 0)
            return found(start, e, makeDate(year, month, 1, DatePrecision::Month, anchor));
        const int day = readSmall(b, p, 2, &e);
        if (day >= 1 && day <= 31 && b.at(e) != u':' && !(b.at(e) == u'.' && b.isDigitAt(e + 1))) {
            qsizetype dayEnd = skipOrdinal(b, e);
            if (b.isLetterAt(dayEnd))
                return {-1, std::nullopt};   // "May 3D"
            // ", 2023" or " 2023"
            qsizetype y = dayEnd;
            if (b.at(y) == u',')
                ++y;
            y = b.skipBlanks(y);
            qsizetype yearEnd = 0;
            if (y > dayEnd) {
                if (const int year = readYear(b, y, &yearEnd); year > 0)
                    return found(start, yearEnd, makeDate(year, month, day, DatePrecision::Day, anchor));
            }
            return found(start, dayEnd, makeDate(0, month, day, DatePrecision::Day, anchor));
        }
    }
    // The month alone needs a word that makes it a time: "in February", "last October",
    // "back to June", "between December and February".
    static constexpr std::array prepositions = {
        L("in"), L("since"), L("by"), L("until"), L("till"), L("from"), L("during"), L("through"),
        L("early"), L("late"), L("of"), L("before"), L("after"), L("last"), L("next"), L("this"),
        L("between"), L("to"),
    };
    qsizetype wordStart = -1;
    qsizetype figureStart = start;
    const QStringView monthWord = b.slice(start, monthEnd);
    const auto [nextStart, nextEnd] = b.wordAfter(monthEnd);
    const bool possessive = FactScan::isApostrophe(b.at(monthEnd));
    // A month that is no name or word by itself, with a possessive or before a lower-case
    // content word, is a time: "February's overstatement", "the July figure".
    const bool beforeNoun = !possessive && nextStart > monthEnd && b.text[nextStart].isLower()
        && !FactLexicon::isStopWord(b.slice(nextStart, nextEnd));
    const auto [ws, we] = b.wordBefore(start);
    // "December and February": a month joined to a month before it.
    const bool joined = ws >= 0
        && (Bounds::equalsIgnoringCase(b.slice(ws, we), L("and")) || Bounds::equalsIgnoringCase(b.slice(ws, we), L("or")))
        && [&, wordBeforeStart = ws] {   // clang 14 cannot capture a structured binding
               const auto [ps, pe] = b.wordBefore(wordBeforeStart);
               return ps >= 0 && b.text[ps].isUpper() && FactLexicon::lookup(b.slice(ps, pe)).kind == Kind::Month;
           }();
    if (start - 4 >= b.begin && b.text[start - 1] == u'-'
        && Bounds::equalsIgnoringCase(b.slice(start - 4, start - 1), L("mid"))) {
        wordStart = start - 4;   // "mid-February"
        figureStart = wordStart;
    } else if (joined || (isUnambiguousMonth(monthWord) && (possessive || beforeNoun))) {
        wordStart = start;
    } else if (ws >= 0) {
        const QStringView word = b.slice(ws, we);
        for (L preposition : prepositions) {
            // "to May" is more often the prime minister than the month.
            if (Bounds::equalsIgnoringCase(word, preposition)
                && !(preposition == L("to") && Bounds::equalsIgnoringCase(monthWord, L("may")))) {
                wordStart = ws;
                if (preposition == L("last") || preposition == L("next") || preposition == L("this")) {
                    figureStart = ws;
                    std::optional<FactValue> value = makeDate(0, month, 1, DatePrecision::Month, anchor);
                    if (value && anchor.precision >= DatePrecision::Month) {
                        // "last October" is the latest October before the publication month.
                        const int published = anchor.date.month();
                        int year = anchor.date.year();
                        if (preposition == L("last") && month >= published)
                            --year;
                        else if (preposition == L("next") && month <= published)
                            ++year;
                        value->date = QDate(year, month, 1);
                        value->relative = true;
                    }
                    return found(figureStart, monthEnd, value);
                }
                break;
            }
        }
    }
    if (wordStart < 0)
        return {-1, std::nullopt};
    // "between June and July 2016", "June – July 2016": the year written after the second
    // month is the first one's too.
    int year = 0;
    {
        const qsizetype p = b.skipBlanks(monthEnd);
        qsizetype joinerEnd = isDash(b.at(p)) ? p + 1 : -1;
        for (L joiner : {L("and"), L("or"), L("to"), L("through"), L("until")}) {
            if (joinerEnd < 0 && p > monthEnd)
                joinerEnd = b.matchWord(p, joiner);
        }
        qsizetype otherEnd = 0;
        if (joinerEnd >= 0 && monthAt(b, b.skipBlanks(joinerEnd), &otherEnd) > 0) {
            const qsizetype y = b.skipBlanks(otherEnd);
            qsizetype yearEnd = 0;
            if (y > otherEnd)
                year = std::max(0, readYear(b, y, &yearEnd));
        }
    }
    return found(figureStart, monthEnd, makeDate(year, month, 1, DatePrecision::Month, anchor));
}

/// Whether `word` makes a named day with a weekday after it ("Black Friday", "Super Tuesday",
/// "Palm Sunday"): the holidays and shopping days of the English calendar, a closed set.
bool namesADay(QStringView word)
{
    static constexpr std::array modifiers = {
        L("ash"), L("black"), L("bloody"), L("cyber"), L("easter"), L("fat"), L("giving"), L("good"), L("holy"),
        L("low"), L("maundy"), L("palm"), L("passion"), L("shrove"), L("super"), L("trinity"), L("whit"),
    };
    return word.front().isUpper()
        && std::any_of(modifiers.begin(), modifiers.end(), [&](L m) { return Bounds::equalsIgnoringCase(word, m); });
}

/// The latest `weekday` on or before the publication date, moved by `weeks`.
Step weekdayDate(const Bounds &b, qsizetype start, qsizetype end, int weekday, const Anchor &anchor)
{
    // "Wednesday, April 19": the explicit date wins and the weekday joins its span.
    qsizetype p = end;
    if (b.at(p) == u',')
        ++p;
    p = b.skipBlanks(p);
    qsizetype monthEnd = 0;
    if (p > end) {
        // "Wednesday, April 19" and "Monday 4 September"
        Step step;
        if (const int month = monthAt(b, p, &monthEnd); month > 0)
            step = monthDate(b, p, monthEnd, month, anchor);
        else if (b.isDigitAt(p))
            step = dateAtDigit(b, p, anchor.published);
        if (step.found && step.found->value.precision == DatePrecision::Day)
            return {step.resume, Found{{start, step.found->span.end}, step.found->value}};
    }
    // Abbreviations ("Sun", "Wed") only before a date: alone they are names and words.
    if (end - start < 6 && !b.slice(start, end).endsWith(u"day", Qt::CaseInsensitive))
        return {-1, std::nullopt};
    qsizetype figureStart = start;
    int weeks = 0;
    if (auto [ws, we] = b.wordBefore(start); ws >= 0) {
        const QStringView word = b.slice(ws, we);
        if (Bounds::equalsIgnoringCase(word, L("last"))) {
            weeks = -1;
            figureStart = ws;
        } else if (Bounds::equalsIgnoringCase(word, L("next"))) {
            weeks = 1;
            figureStart = ws;
        } else if (namesADay(word)) {
            // "Black Friday", "Good Friday": a name. Any other capitalised word before the
            // weekday is the subject or object of a news sentence's verb ("sued in the
            // Supreme Court Thursday", "endorsed Clinton Wednesday"): the weekday dates it.
            return {-1, std::nullopt};
        }
    }
    FactValue value;
    value.kind = FactKind::Date;
    value.relative = true;
    value.precision = DatePrecision::Day;
    if (anchor.precision == DatePrecision::Day) {
        // Days since the latest such weekday (0: the publication day itself) and until the next.
        const int back = (anchor.date.dayOfWeek() - weekday + 7) % 7;
        const int ahead = (weekday - anchor.date.dayOfWeek() + 7) % 7;
        QDate date = anchor.date.addDays(-back);
        if (weeks < 0)
            date = anchor.date.addDays(back == 0 ? -7 : -back);
        else if (weeks > 0)
            date = anchor.date.addDays(ahead == 0 ? 7 : ahead);
        value.date = date;
    } else {
        value.unit = b.slice(figureStart, end).toString().toLower();
    }
    return {end, Found{{figureStart, end}, value}};
}

/// Words that make "a month" a span rather than the month before.
constexpr std::array spanQualifiers = {L("than"), L("nearly"), L("almost"), L("about"), L("just"), L("only"), L("over"), L("under")};

/// "today", "earlier today", "yesterday", "tomorrow", "tonight", "this morning", "last month",
/// "next year", "this year".
Step relativeDate(const Bounds &b, qsizetype start, qsizetype end, int word, const Anchor &anchor)
{
    using namespace FactLexicon;
    const auto at = [&](qsizetype e, DatePrecision precision, int days, int months, int years) {
        return Step{e, Found{{start, e}, relativeDate(anchor, precision, days, months, years, b.slice(start, e))}};
    };
    switch (word) {
    case Today:
    case Tonight:
        if (FactScan::isApostrophe(b.at(end)))
            return {-1, std::nullopt};   // "today's internet" is an era, not a date
        return at(end, DatePrecision::Day, 0, 0, 0);
    case Yesterday:
        if (FactScan::isApostrophe(b.at(end)))
            return {-1, std::nullopt};
        return at(end, DatePrecision::Day, -1, 0, 0);
    case Tomorrow:
        if (FactScan::isApostrophe(b.at(end)))
            return {-1, std::nullopt};
        return at(end, DatePrecision::Day, 1, 0, 0);
    case Ago:
        // "a year ago", "a month ago": last year, last month, written as those for a story
        // without a publication date so that they match ("two years ago" is a count of years).
        if (const qsizetype s = b.matchWordsBefore(start, {L("a"), L("year")}); s >= 0)
            return {end, Found{{s, end}, relativeDate(anchor, DatePrecision::Year, 0, 0, -1, u"last year")}};
        if (const qsizetype s = b.matchWordsBefore(start, {L("a"), L("month")}); s >= 0)
            return {end, Found{{s, end}, relativeDate(anchor, DatePrecision::Month, 0, -1, 0, u"last month")}};
        return {-1, std::nullopt};
    case Previous: {
        // "the previous year", "the prior month", "the past year": last year, last month.
        if (b.matchWordsBefore(start, {L("the")}) < 0)
            return {-1, std::nullopt};
        const qsizetype p = b.skipBlanks(end);
        if (const qsizetype e = matchNoun(b, p, L("year")); e >= 0 && p > end)
            return {e, Found{{start, e}, relativeDate(anchor, DatePrecision::Year, 0, 0, -1, u"last year")}};
        if (const qsizetype e = matchNoun(b, p, L("month")); e >= 0 && p > end)
            return {e, Found{{start, e}, relativeDate(anchor, DatePrecision::Month, 0, -1, 0, u"last month")}};
        return {-1, std::nullopt};
    }
    case Before:
        // "up from $600 million the year before.": as "a year ago". With an object ("a month
        // before the vote") it counts back from that event; alone, "before" is no date.
        if (const qsizetype next = b.skipBlanks(end); next < b.end && (b.isLetterAt(next) || b.isDigitAt(next)))
            return {-1, std::nullopt};
        for (L determiner : {L("the"), L("a")}) {
            const auto unqualified = [&](qsizetype s) {
                // "more than a month before", "nearly a year before": a span back from an event.
                const auto [qs, qe] = b.wordBefore(s);
                const QStringView word = qs >= 0 ? b.slice(qs, qe) : QStringView();
                return std::none_of(spanQualifiers.begin(), spanQualifiers.end(), [&](L q) { return Bounds::equalsIgnoringCase(word, q); });
            };
            if (const qsizetype s = b.matchWordsBefore(start, {determiner, L("year")}); s >= 0 && unqualified(s))
                return {end, Found{{s, end}, relativeDate(anchor, DatePrecision::Year, 0, 0, -1, u"last year")}};
            if (const qsizetype s = b.matchWordsBefore(start, {determiner, L("month")}); s >= 0 && unqualified(s))
                return {end, Found{{s, end}, relativeDate(anchor, DatePrecision::Month, 0, -1, 0, u"last month")}};
        }
        return {-1, std::nullopt};
    case Earlier: {
        // "a year earlier": as "a year ago".
        if (const qsizetype s = b.matchWordsBefore(start, {L("a"), L("year")}); s >= 0)
            return {end, Found{{s, end}, relativeDate(anchor, DatePrecision::Year, 0, 0, -1, u"last year")}};
        const qsizetype p = b.skipBlanks(end);
        if (const qsizetype e = b.matchWord(p, L("today")); e >= 0 && p > end)
            return at(e, DatePrecision::Day, 0, 0, 0);
        if (const qsizetype t = b.matchWord(p, L("this")); t >= 0 && p > end && b.skipBlanks(t) > t) {
            if (const qsizetype e = matchNoun(b, b.skipBlanks(t), L("month")); e >= 0)
                return at(e, DatePrecision::Month, 0, 0, 0);
            if (const qsizetype e = matchNoun(b, b.skipBlanks(t), L("week")); e >= 0 && b.at(b.skipBlanks(t)).isLower())
                return at(e, DatePrecision::Week, 0, 0, 0);
            if (const qsizetype e = matchNoun(b, b.skipBlanks(t), L("year")); e >= 0)
                return at(e, DatePrecision::Year, 0, 0, 0);
        }
        return {-1, std::nullopt};
    }
    case Last:
    case This:
    case Next: {
        const qsizetype p = b.skipBlanks(end);
        if (p == end)
            return {-1, std::nullopt};
        const int sign = word == Last ? -1 : word == Next ? 1 : 0;
        // "last year" and "last year's election"
        if (const qsizetype e = matchNoun(b, p, L("month")); e >= 0)
            return at(e, DatePrecision::Month, 0, sign, 0);
        // "This Week", "Fashion Week": a capitalised week is a name.
        if (const qsizetype e = matchNoun(b, p, L("week")); e >= 0 && b.at(p).isLower())
            return at(e, DatePrecision::Week, 7 * sign, 0, 0);
        if (const qsizetype e = matchNoun(b, p, L("year")); e >= 0)
            return at(e, DatePrecision::Year, 0, 0, sign);
        if (word == This) {
            for (L part : {L("morning"), L("afternoon"), L("evening")}) {
                if (const qsizetype e = b.matchWord(p, part); e >= 0)
                    return at(e, DatePrecision::Day, 0, 0, 0);
            }
        }
        return {-1, std::nullopt};
    }
    default:
        return {-1, std::nullopt};
    }
}

/// The start of the year that a list joins to the year at `start` ("2002, 2001 and perhaps
/// 2000", "in 2001 or 2002"): a comma, "and" or "or", and an adverb of doubt between them; -1
/// when no year stands there.
qsizetype listedYearBefore(const Bounds &b, qsizetype start)
{
    qsizetype p = b.skipBlanksBack(start);
    std::pair<qsizetype, qsizetype> word = b.wordBefore(start);
    auto &[ws, we] = word;
    static constexpr std::array doubts = {L("perhaps"), L("possibly"), L("maybe"), L("even"), L("probably")};
    const QStringView doubt = ws >= 0 ? b.slice(ws, we) : QStringView();
    if (ws >= 0 && we == p && std::any_of(doubts.begin(), doubts.end(), [&](L d) { return Bounds::equalsIgnoringCase(doubt, d); })) {
        p = b.skipBlanksBack(ws);
        word = b.wordBefore(ws);
    }
    if (ws >= 0 && we == p && (Bounds::equalsIgnoringCase(b.slice(ws, we), L("and")) || Bounds::equalsIgnoringCase(b.slice(ws, we), L("or"))))
        p = b.skipBlanksBack(ws);
    if (p > b.begin && b.text[p - 1] == u',')
        p = b.skipBlanksBack(p - 1);
    if (p == b.skipBlanksBack(start) || p - 4 < b.begin)
        return -1;   // nothing joins the two
    qsizetype e = 0;
    if ((p - 5 >= b.begin && b.text[p - 5].isLetterOrNumber()) || readYear(b, p - 4, &e) < 0 || e != p)
        return -1;
    return p - 4;
}

/// Whether the year at [start, end) says when something happened: after a preposition of
/// time ("sued in 2016", "since 2002", "by 2007") or as the time of a noun after a determiner
/// ("the 2016 election", "its 2019 report"), or in a list after such a year ("for 2002, 2001
/// and perhaps 2000"; at most `listDepth` years back, so a list of thousands stays linear). A
/// year glued to a name ("Windows 2000", "Vision 2030"), a label or a figure is left alone.
bool yearPlacesEvent(const Bounds &b, qsizetype start, qsizetype end, int listDepth = 4)
{
    if (b.isLetterAt(end) || b.isDigitAt(end) || b.at(end) == u'%' || (isDash(b.at(end)) && b.isDigitAt(end + 1)))
        return false;
    if (listDepth > 0) {
        // "between 2005 and 2008" is one period, not a list of two years.
        if (const qsizetype listed = listedYearBefore(b, start); listed >= 0 && b.matchWordsBefore(listed, {L("between")}) < 0
            && yearPlacesEvent(b, listed, listed + 4, listDepth - 1))
            return true;
    }
    const auto [ws, we] = b.wordBefore(start);
    if (ws < 0)
        return false;
    const QStringView word = b.slice(ws, we);
    static constexpr std::array prepositions = {
        L("in"), L("since"), L("by"), L("until"), L("till"), L("from"), L("during"), L("through"),
        L("before"), L("after"), L("of"), L("early"), L("late"), L("between"), L("around"), L("circa"),
    };
    for (L preposition : prepositions) {
        if (Bounds::equalsIgnoringCase(word, preposition))
            return true;
    }
    // "earnings for 2002", "forecasts for 2004 and 2005": a period, when no noun follows the
    // number ("jobs for 2000 workers" counts workers).
    if (Bounds::equalsIgnoringCase(word, L("for"))) {
        const auto [ns, ne] = b.wordAfter(end);
        return ns < 0 || ns > b.skipBlanks(end) || FactLexicon::isStopWord(b.slice(ns, ne));
    }
    const bool determiner = FactLexicon::opensNounPhrase(word);
    // The noun may be a proper one: "the 2016 Republican field", "the 2012 GOP primary". A
    // label noun after the year makes it part of a name ("the 1996 Act").
    const auto [ns, ne] = b.wordAfter(end);
    return determiner && ns >= 0 && !FactLexicon::isLabelNoun(b.slice(ns, ne));
}

} // namespace

Step relativeCompound(const Bounds &b, qsizetype start, qsizetype hyphen, qsizetype end, const PublishedDate &published)
{
    const Anchor anchor = anchorOf(published);
    const QStringView unit = b.slice(start, hyphen);
    if (Bounds::equalsIgnoringCase(unit, L("year")))
        return {end, Found{{start, end}, relativeDate(anchor, DatePrecision::Year, 0, 0, -1, u"last year")}};
    if (Bounds::equalsIgnoringCase(unit, L("month")))
        return {end, Found{{start, end}, relativeDate(anchor, DatePrecision::Month, 0, -1, 0, u"last month")}};
    return {end, std::nullopt};
}

Step quarterAtWord(const Bounds &b, qsizetype pos)
{
    const Step none{-1, std::nullopt};
    const qsizetype we = b.wordEnd(pos);
    const QStringView word = b.slice(pos, we);
    int quarter = 0;
    qsizetype end = -1;
    if (word == u"Q" && b.at(we) >= u'1' && b.at(we) <= u'4' && !b.isLetterAt(we + 1) && !b.isDigitAt(we + 1)) {
        quarter = b.at(we).digitValue();   // "Q3"
        end = we + 1;
    } else {
        // "second quarter", "first-quarter profit"
        const qsizetype hyphen = word.indexOf(u'-');
        const QStringView ordinal = hyphen > 0 ? word.first(hyphen) : word;
        static constexpr std::array ordinals = {L("first"), L("second"), L("third"), L("fourth")};
        for (qsizetype i = 0; i < qsizetype(ordinals.size()); ++i) {
            if (Bounds::equalsIgnoringCase(ordinal, ordinals[i]))
                quarter = int(i) + 1;
        }
        if (quarter == 0)
            return none;
        if (hyphen > 0) {
            if (!Bounds::equalsIgnoringCase(word.sliced(hyphen + 1), L("quarter")))
                return none;
            end = we;
        } else {
            const auto [qs, qe] = b.wordAfter(we);
            if (qs < 0 || qs != b.skipBlanks(we) || qs == we || !Bounds::equalsIgnoringCase(b.slice(qs, qe), L("quarter")))
                return none;
            end = qe;
        }
    }
    // The year written after it: "the first quarter of 2003", "Q3 2004", "the second quarter
    // of fiscal 2004". Without one the year stays unknown (a company's quarter need not be the
    // calendar's, and "the fourth quarter" of a game has none): "--Q1".
    int year = 0;
    qsizetype p = b.skipBlanks(end);
    if (const qsizetype of = b.matchWord(p, L("of")); of >= 0 && p > end)
        p = b.skipBlanks(of);
    if (const qsizetype fiscal = b.matchWord(p, L("fiscal")); fiscal >= 0)
        p = b.skipBlanks(fiscal);
    if (qsizetype ye = 0; p > end && b.isDigitAt(p)) {
        if (const int y = readYear(b, p, &ye); y > 0) {
            year = y;
            end = ye;
        }
    }
    FactValue value;
    value.kind = FactKind::Date;
    value.precision = DatePrecision::Quarter;
    value.yearInferred = year == 0;
    value.date = QDate(year == 0 ? 1 : year, (quarter - 1) * 3 + 1, 1);
    return {end, Found{{pos, end}, value}};
}

Step dateAtDigit(const Bounds &b, qsizetype pos, const PublishedDate &published)
{
    const Anchor anchor = anchorOf(published);
    if (pos > b.begin && (b.text[pos - 1].isLetterOrNumber() || b.text[pos - 1] == u'/' || b.text[pos - 1] == u'.'))
        return {-1, std::nullopt};
    qsizetype e = 0;
    // A decade: "the 1980s", "the 1990's", "the late 1970s" (not "1000s of fans").
    if (const int decade = readSmall(b, pos, 4, &e); decade >= 1000 && decade <= 2190 && decade % 10 == 0 && e - pos == 4) {
        qsizetype s = e;
        if (FactScan::isApostrophe(b.at(s)))
            ++s;
        if (b.at(s) == u's' && !b.isLetterAt(s + 1) && !b.isDigitAt(s + 1)
            && b.matchWord(b.skipBlanks(s + 1), L("of")) < 0)
            return found(pos, s + 1, makeDate(decade, 1, 1, DatePrecision::Decade, anchor));
    }
    // ISO and its slashed variant: "2023-04-19", "2023/04/21".
    if (const int year = readYear(b, pos, &e); year > 0 && (b.at(e) == u'-' || b.at(e) == u'/')) {
        const QChar separator = b.at(e);
        qsizetype me = 0;
        qsizetype de = 0;
        const int month = readSmall(b, e + 1, 2, &me);
        if (month >= 1 && month <= 12 && b.at(me) == separator) {
            const int day = readSmall(b, me + 1, 2, &de);
            if (day >= 1 && !b.isLetterAt(de) && !(b.at(de) == separator && b.isDigitAt(de + 1)))
                return found(pos, de, makeDate(year, month, day, DatePrecision::Day, anchor));
        }
        return {-1, std::nullopt};
    }
    if (const int year = readYear(b, pos, &e); year > 0 && yearPlacesEvent(b, pos, e))
        return found(pos, e, makeDate(year, 1, 1, DatePrecision::Year, anchor));
    const int first = readSmall(b, pos, 2, &e);
    if (first < 1)
        return {-1, std::nullopt};
    // "19/04/2023" or "04/19/2023", only when the order is unambiguous.
    if (b.at(e) == u'/' || (b.at(e) == u'.' && b.isDigitAt(e + 1) && b.isDigitAt(e + 2) && b.at(e + 3) == u'.')) {
        const QChar separator = b.at(e);
        qsizetype se = 0;
        qsizetype ye = 0;
        const int second = readSmall(b, e + 1, 2, &se);
        if (second < 1 || b.at(se) != separator)
            return {-1, std::nullopt};
        const int year = readYear(b, se + 1, &ye);
        if (year < 0)
            return {-1, std::nullopt};
        if (first > 12 && second <= 12)
            return found(pos, ye, makeDate(year, second, first, DatePrecision::Day, anchor));
        if (second > 12 && first <= 12)
            return found(pos, ye, makeDate(year, first, second, DatePrecision::Day, anchor));
        return {ye, std::nullopt};   // "04/05/2023": day and month cannot be told apart
    }
    // "19 April 2023", "19th of April"
    if (first > 31)
        return {-1, std::nullopt};
    qsizetype p = skipOrdinal(b, e);
    if (b.isLetterAt(p))
        return {-1, std::nullopt};
    const qsizetype afterDay = p;
    p = b.skipBlanks(p);
    if (p == afterDay)
        return {-1, std::nullopt};
    if (const qsizetype of = b.matchWord(p, L("of")); of >= 0)
        p = b.skipBlanks(of);
    qsizetype monthEnd = 0;
    const int month = monthAt(b, p, &monthEnd);
    if (month == 0)
        return {-1, std::nullopt};
    const qsizetype y = b.skipBlanks(b.at(monthEnd) == u',' ? monthEnd + 1 : monthEnd);
    if (y > monthEnd) {
        if (const int year = readYear(b, y, &e); year > 0)
            return found(pos, e, makeDate(year, month, first, DatePrecision::Day, anchor));
    }
    return found(pos, monthEnd, makeDate(0, month, first, DatePrecision::Day, anchor));
}

Step dateAtWord(const Bounds &b, qsizetype start, qsizetype end, FactLexicon::Entry entry,
                const PublishedDate &published)
{
    const Anchor anchor = anchorOf(published);
    switch (entry.kind) {
    case Kind::Month: {
        qsizetype monthEnd = 0;
        const int month = monthAt(b, start, &monthEnd);
        if (month == 0)
            return {-1, std::nullopt};
        return monthDate(b, start, monthEnd, month, anchor);
    }
    case Kind::Weekday:
        if (!b.text[start].isUpper())
            return {-1, std::nullopt};
        return weekdayDate(b, start, end, entry.value, anchor);
    case Kind::Relative:
        return relativeDate(b, start, end, entry.value, anchor);
    default:
        return {-1, std::nullopt};
    }
}

} // namespace Crossread::FactGrammar
