// SPDX-License-Identifier: GPL-3.0-or-later
// Byline and dateline recognition. A line is read as a short sequence of lexemes (words,
// numbers, single punctuation marks) and matched against a small grammar:
//   line     := segment (separator segment)*          separators: | · • — – -
//   segment  := dateline | byline | source | name | role
//   dateline := label? weekday? date (time | zone | "at" | ",")*
//   date     := y-m-d | d/m/y | month day year | day month year | month year | year (labelled)
//   byline   := ("By" | "Written by" | "Author:" ...) names ("," (names | role | outlet))*
// The whole line must match: anything left over means it is article text.
#include "import/bylines.h"

#include <QList>

#include <algorithm>
#include <array>

namespace Crossread {
namespace {

/// Metadata lines are short; longer lines are article text and not worth parsing.
constexpr qsizetype maxMetadataLineLength = 160;

// ---------------------------------------------------------------------------------------------
// Lexemes

struct Lexeme {
    enum Kind : quint8 { Word, Number, Punct };
    Kind kind = Word;
    QStringView text;
    qsizetype start = 0;        ///< offset in the line
    bool spaceBefore = false;   ///< whitespace separates it from the previous lexeme
};

QList<Lexeme> lex(QStringView line)
{
    QList<Lexeme> lexemes;
    qsizetype i = 0;
    bool space = false;
    while (i < line.size()) {
        const QChar c = line[i];
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        Lexeme::Kind kind = Lexeme::Punct;
        if (c.isLetter()) {
            kind = Lexeme::Word;
            while (end < line.size() && (line[end].isLetter() || line[end].isMark()))
                ++end;
        } else if (c.isDigit()) {
            kind = Lexeme::Number;
            while (end < line.size() && line[end].isDigit())
                ++end;
        }
        lexemes.append(Lexeme{kind, line.mid(i, end - i), i, space});
        space = false;
        i = end;
    }
    return lexemes;
}

bool equalsAny(QStringView word, std::initializer_list<QStringView> choices)
{
    return std::any_of(choices.begin(), choices.end(),
                       [&](QStringView choice) { return word.compare(choice, Qt::CaseInsensitive) == 0; });
}

/// 1-12 for an English month name or its abbreviation, else 0.
int monthNumber(QStringView word)
{
    static constexpr std::array<std::array<QStringView, 2>, 12> months = {{
        {u"january", u"jan"}, {u"february", u"feb"}, {u"march", u"mar"}, {u"april", u"apr"},
        {u"may", u"may"}, {u"june", u"jun"}, {u"july", u"jul"}, {u"august", u"aug"},
        {u"september", u"sep"}, {u"october", u"oct"}, {u"november", u"nov"}, {u"december", u"dec"},
    }};
    for (int m = 0; m < 12; ++m) {
        if (word.compare(months[m][0], Qt::CaseInsensitive) == 0 || word.compare(months[m][1], Qt::CaseInsensitive) == 0)
            return m + 1;
    }
    return word.compare(u"sept", Qt::CaseInsensitive) == 0 ? 9 : 0;
}

bool isWeekday(QStringView word)
{
    return equalsAny(word, {u"monday", u"mon", u"tuesday", u"tue", u"tues", u"wednesday", u"wed", u"thursday",
                            u"thu", u"thur", u"thurs", u"friday", u"fri", u"saturday", u"sat", u"sunday", u"sun"});
}

/// Time zones newsrooms print; North American ones make d/m/y dates month-first.
bool isTimeZone(QStringView word, bool *northAmerican = nullptr)
{
    static constexpr std::array<QStringView, 15> american = {u"EDT", u"EST", u"CDT", u"CST", u"MDT", u"MST",
                                                             u"PDT", u"PST", u"AKDT", u"AKST", u"HST", u"ET",
                                                             u"CT", u"MT", u"PT"};
    if (std::find(american.begin(), american.end(), word) != american.end()) {
        if (northAmerican)
            *northAmerican = true;
        return true;
    }
    static constexpr std::array<QStringView, 18> others = {u"Z", u"GMT", u"UTC", u"BST", u"IST", u"CET", u"CEST",
                                                           u"EET", u"EEST", u"WET", u"WEST", u"AEST", u"AEDT",
                                                           u"JST", u"HKT", u"SGT", u"NZST", u"NZDT"};
    return std::find(others.begin(), others.end(), word) != others.end();
}

// ---------------------------------------------------------------------------------------------
// Dates

class DateParser {
public:
    explicit DateParser(QStringView line) : m_line(line), m_lex(lex(line)) {}

    PublishedDate parse(bool *updated)
    {
        // A dash or bullet before a stamp: "- Nov. 18th 2019 8:54 am PT".
        while (isPunct(m_i, u"-\u2013\u2014\u2022\u00B7"))
            ++m_i;
        const bool labelled = skipLabel(updated);
        // A stamp may give its time first: "Published 11:34 PM EST Nov 19, 2019",
        // "PUBLISHED: 10:48, Tue, Nov 19, 2019".
        QTime leadingTime;
        bool northAmerican = false;
        if (time(leadingTime)) {
            while (isPunct(m_i, u",") || (at(m_i, Lexeme::Word) && isTimeZone(m_lex[m_i].text, &northAmerican)))
                ++m_i;
        }
        skipWeekday();
        const qsizetype dateStart = m_i < m_lex.size() ? m_lex[m_i].start : m_line.size();
        int year = 0, month = 0, day = 0;
        DatePrecision precision = DatePrecision::Unknown;
        qsizetype numericAt = -1;   // set for d/m/y forms, resolved once time zones are known
        int first = 0, second = 0;
        if (numericDate(year, month, day)) {
            precision = DatePrecision::Day;
        } else if (ambiguousNumericDate(first, second, year)) {
            numericAt = m_i;
            precision = DatePrecision::Day;
        } else if (wordDate(year, month, day, precision)) {
        } else if (labelled && isNumber(m_i, 4)) {
            year = number(m_i++);
            precision = DatePrecision::Year;
        } else {
            return {};
        }
        QTime time = leadingTime;
        if (!rest(time, northAmerican))
            return {};
        if (numericAt >= 0) {
            // 21/04/2023 is day-first; 04/21/2023 can only be month-first; 04/05/2023 is
            // day-first except in a line stamped with a North American zone.
            const bool monthFirst = second > 12 || (first <= 12 && northAmerican);
            day = monthFirst ? second : first;
            month = monthFirst ? first : second;
        }
        PublishedDate result;
        result.date = QDate(year, precision == DatePrecision::Day ? month : qMax(month, 1),
                            precision == DatePrecision::Day ? day : 1);
        if (!result.date.isValid() || year < 1900 || year > 2100)
            return {};
        result.precision = precision;
        result.time = time;
        result.text = m_line.mid(dateStart).trimmed().toString();
        return result;
    }

    /// A time of day alone, with its zones: the part of a stamp after a separator ("19 November
    /// 2019 • 1:16pm"). Invalid when the line is anything else.
    QTime timeOnly()
    {
        QTime parsed;
        bool northAmerican = false;
        if (!time(parsed) || !rest(parsed, northAmerican))
            return {};
        return parsed;
    }

private:
    [[nodiscard]] bool at(qsizetype i, Lexeme::Kind kind) const { return i < m_lex.size() && m_lex[i].kind == kind; }
    [[nodiscard]] bool isPunct(qsizetype i, QStringView marks) const
    {
        return at(i, Lexeme::Punct) && marks.contains(m_lex[i].text[0]);
    }
    [[nodiscard]] bool isNumber(qsizetype i, int minDigits, int maxDigits = 0) const
    {
        if (!at(i, Lexeme::Number))
            return false;
        const qsizetype n = m_lex[i].text.size();
        return n >= minDigits && n <= (maxDigits ? maxDigits : minDigits);
    }
    [[nodiscard]] bool isWord(qsizetype i, std::initializer_list<QStringView> words) const
    {
        return at(i, Lexeme::Word) && equalsAny(m_lex[i].text, words);
    }
    [[nodiscard]] int number(qsizetype i) const { return m_lex[i].text.toInt(); }

    /// "Published", "Updated:", "Last updated on", "First published:", "Posted:", "Date:".
    bool skipLabel(bool *updated)
    {
        qsizetype i = m_i;
        if (isWord(i, {u"first", u"last", u"originally"}))
            ++i;
        if (!isWord(i, {u"published", u"updated", u"posted", u"modified", u"date", u"dated", u"issued"}))
            return false;
        if (updated)
            *updated = isWord(i, {u"updated", u"modified"});
        ++i;
        if (isWord(i, {u"on", u"at"}))
            ++i;
        if (isPunct(i, u":"))
            ++i;
        m_i = i;
        return true;
    }

    void skipWeekday()
    {
        if (at(m_i, Lexeme::Word) && isWeekday(m_lex[m_i].text)) {
            ++m_i;
            if (isPunct(m_i, u",."))
                ++m_i;
        }
    }

    /// 2023-04-19, 2023/04/21, 2023.04.21
    bool numericDate(int &year, int &month, int &day)
    {
        const qsizetype i = m_i;
        if (!isNumber(i, 4) || !isPunct(i + 1, u"-/.") || !isNumber(i + 2, 1, 2)
            || !at(i + 3, Lexeme::Punct) || m_lex[i + 3].text != m_lex[i + 1].text || !isNumber(i + 4, 1, 2))
            return false;
        year = number(i);
        month = number(i + 2);
        day = number(i + 4);
        m_i = i + 5;
        return true;
    }

    /// 21/04/2023, 04.21.23
    bool ambiguousNumericDate(int &first, int &second, int &year)
    {
        const qsizetype i = m_i;
        if (!isNumber(i, 1, 2) || !isPunct(i + 1, u"-/.") || !isNumber(i + 2, 1, 2)
            || !at(i + 3, Lexeme::Punct) || m_lex[i + 3].text != m_lex[i + 1].text || !isNumber(i + 4, 2, 4)
            || m_lex[i + 4].text.size() == 3)
            return false;
        first = number(i);
        second = number(i + 2);
        year = number(i + 4);
        if (m_lex[i + 4].text.size() == 2)
            year += 2000;
        m_i = i + 5;
        return true;
    }

    /// Skips "st"/"nd"/"rd"/"th" glued to a day number.
    void skipOrdinal()
    {
        if (at(m_i, Lexeme::Word) && !m_lex[m_i].spaceBefore && isWord(m_i, {u"st", u"nd", u"rd", u"th"}))
            ++m_i;
    }

    void skipAbbreviationDot()
    {
        if (isPunct(m_i, u".") && !m_lex[m_i].spaceBefore)
            ++m_i;
    }

    /// April 20, 2023 · Apr 19th, 2023 · 19 April 2023 · 19th of April, 2023 · October 2022
    bool wordDate(int &year, int &month, int &day, DatePrecision &precision)
    {
        const qsizetype start = m_i;
        if (at(m_i, Lexeme::Word) && (month = monthNumber(m_lex[m_i].text)) > 0) {
            ++m_i;
            skipAbbreviationDot();
            if (isNumber(m_i, 1, 2)) {
                day = number(m_i++);
                skipOrdinal();
                if (isPunct(m_i, u","))
                    ++m_i;
                if (isNumber(m_i, 4)) {
                    year = number(m_i++);
                    precision = DatePrecision::Day;
                    return true;
                }
            } else {
                if (isPunct(m_i, u","))
                    ++m_i;
                if (isNumber(m_i, 4)) {
                    year = number(m_i++);
                    precision = DatePrecision::Month;
                    return true;
                }
            }
        } else if (isNumber(m_i, 1, 2)) {
            day = number(m_i++);
            skipOrdinal();
            if (isWord(m_i, {u"of"}))
                ++m_i;
            if (at(m_i, Lexeme::Word) && (month = monthNumber(m_lex[m_i].text)) > 0) {
                ++m_i;
                skipAbbreviationDot();
                if (isPunct(m_i, u","))
                    ++m_i;
                if (isNumber(m_i, 4)) {
                    year = number(m_i++);
                    precision = DatePrecision::Day;
                    return true;
                }
            }
        }
        m_i = start;
        return false;
    }

    /// A time of day: 5:07PM, 12:21 PM, 09.15, 10:00:00, 10:00:00.000, 9 a.m.
    bool time(QTime &result)
    {
        qsizetype i = m_i;
        if (!isNumber(i, 1, 2))
            return false;
        int hours = number(i);
        int minutes = 0, seconds = 0;
        bool hasMinutes = false;
        if (isPunct(i + 1, u":.") && isNumber(i + 2, 2)) {
            minutes = number(i + 2);
            hasMinutes = true;
            i += 3;
            if (isPunct(i, u":") && isNumber(i + 1, 2)) {
                seconds = number(i + 1);
                i += 2;
                if (isPunct(i, u".,") && at(i + 1, Lexeme::Number))
                    i += 2;   // fractions of a second
            }
        } else {
            ++i;
        }
        bool meridiem = false;
        if (isWord(i, {u"am", u"pm"})) {
            meridiem = true;
            if (hours > 12 || hours == 0)
                return false;
            hours = hours % 12 + (isWord(i, {u"pm"}) ? 12 : 0);
            ++i;
        } else if (isWord(i, {u"a", u"p"}) && isPunct(i + 1, u".") && isWord(i + 2, {u"m"})) {
            meridiem = true;
            if (hours > 12 || hours == 0)
                return false;
            hours = hours % 12 + (isWord(i, {u"p"}) ? 12 : 0);
            i += 3;
            if (isPunct(i, u"."))
                ++i;
        }
        if (!hasMinutes && !meridiem)
            return false;
        const QTime parsed(hours, minutes, seconds);
        if (!parsed.isValid())
            return false;
        result = parsed;
        m_i = i;
        return true;
    }

    /// +02:00, -0400
    bool zoneOffset()
    {
        const qsizetype i = m_i;
        if (!isPunct(i, u"+-\u2212"))
            return false;
        if (isNumber(i + 1, 2) && isPunct(i + 2, u":") && isNumber(i + 3, 2)) {
            m_i = i + 4;
            return true;
        }
        if (isNumber(i + 1, 4) || isNumber(i + 1, 2)) {
            m_i = i + 2;
            return true;
        }
        return false;
    }

    /// After the date only times, zones and small connectors may follow.
    bool rest(QTime &parsedTime, bool &northAmerican)
    {
        while (m_i < m_lex.size()) {
            const Lexeme &l = m_lex[m_i];
            if (l.kind == Lexeme::Word && l.text == u"T" && !l.spaceBefore) {
                ++m_i;   // ISO 8601 date-time separator
                continue;
            }
            if (l.kind == Lexeme::Word && (isTimeZone(l.text, &northAmerican) || equalsAny(l.text, {u"at", u"local", u"time"}))) {
                ++m_i;
                continue;
            }
            // "November 19, 2019 / 10:07 AM".
            if (l.kind == Lexeme::Punct && QStringView(u",()@/").contains(l.text[0])) {
                ++m_i;
                continue;
            }
            if (zoneOffset())
                continue;
            if (!parsedTime.isValid() && time(parsedTime))
                continue;
            // The same moment in a second zone: "04:05 pm PT (07:05 pm ET)".
            if (QTime other; parsedTime.isValid() && time(other))
                continue;
            return false;
        }
        return true;
    }

    QStringView m_line;
    QList<Lexeme> m_lex;
    qsizetype m_i = 0;
};

// ---------------------------------------------------------------------------------------------
// Names, roles and outlets

QList<QStringView> words(QStringView text)
{
    QList<QStringView> result;
    for (QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts))
        result.append(word);
    return result;
}

bool isNameParticle(QStringView word)
{
    return equalsAny(word, {u"de", u"da", u"van", u"von", u"der", u"den", u"la", u"le", u"bin", u"al", u"di",
                            u"du", u"del", u"dos", u"ter", u"ten", u"y"});
}

/// Common capitalised words that start sentences but never names.
bool isCommonOpener(QStringView word)
{
    return equalsAny(word, {u"the", u"a", u"an", u"this", u"that", u"these", u"those", u"then", u"now",
                            u"today", u"tomorrow", u"yesterday", u"tonight", u"noon", u"midnight", u"law",
                            u"order", u"far", u"contrast", u"comparison", u"default", u"design", u"night", u"day"});
}

/// "Jane Doe", "J. R. Okafor", "Eleanor Vance-Reddick", "Ana de la Cruz", "JANE DOE".
bool isPersonName(QStringView text, int minWords = 2)
{
    const QList<QStringView> parts = words(text);
    if (parts.size() < minWords || parts.size() > 5 || text.size() > 60)
        return false;
    int capitalised = 0;
    for (qsizetype k = 0; k < parts.size(); ++k) {
        QStringView word = parts[k];
        if (isNameParticle(word) && k > 0 && k + 1 < parts.size())
            continue;
        if (!word.front().isUpper())
            return false;
        if (k == 0 && (isCommonOpener(word) || isWeekday(word) || monthNumber(word) > 0))
            return false;
        for (QChar c : word) {
            if (!(c.isLetter() || c.isMark() || c == u'-' || c == u'\'' || c == u'\u2019' || c == u'.'))
                return false;
        }
        ++capitalised;
    }
    return capitalised >= minWords;
}

/// One or more names joined by "and" / "&": "Jane Doe and John Roe".
QStringList personNames(QStringView text)
{
    QStringList names;
    QString normalised = text.toString();
    normalised.replace(QLatin1String(" & "), QLatin1String(" and "));
    const QStringList parts = normalised.split(QLatin1String(" and "), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.simplified();
        if (!isPersonName(name))
            return {};
        names.append(name);
    }
    return names;
}

bool isRoleKeyword(QStringView word)
{
    return equalsAny(word, {u"writer", u"reporter", u"correspondent", u"editor", u"columnist", u"contributor",
                            u"staff", u"producer", u"journalist", u"analyst", u"critic", u"bureau", u"desk",
                            u"freelance", u"photographer", u"intern", u"reporters", u"writers", u"editors",
                            u"correspondents", u"contributors", u"chief"});
}

bool isRoleConnector(QStringView word)
{
    return equalsAny(word, {u"of", u"for", u"at", u"the", u"and", u"&", u"to", u"in"});
}

/// "Staff Writer", "Senior Reporter", "Political Editor", "Editor at Large".
bool isRole(QStringView text)
{
    const QList<QStringView> parts = words(text);
    if (parts.isEmpty() || parts.size() > 6 || text.contains(u','))
        return false;
    qsizetype lastKeyword = -1;
    for (qsizetype k = 0; k < parts.size(); ++k) {
        const QStringView word = parts[k];
        if (isRoleKeyword(word)) {
            lastKeyword = k;
            continue;
        }
        if (isRoleConnector(word) || word.front().isUpper())
            continue;
        return false;
    }
    // The title ends the phrase or is followed by where it is held ("Editor at Large",
    // "Correspondent for The Times"); "Political Editor Quits" is a headline.
    return lastKeyword >= 0 && (lastKeyword + 1 == parts.size() || isRoleConnector(parts[lastKeyword + 1]));
}

/// "Reuters", "The Harbourline Gazette", "Associated Press", "for Calloway Bay Public Radio".
QString outletName(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u"for ", Qt::CaseInsensitive))
        text = text.sliced(4).trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    const QList<QStringView> parts = words(text);
    if (parts.isEmpty() || parts.size() > 7 || text.size() > 80)
        return {};
    for (QStringView word : parts) {
        if (!word.front().isUpper() && !word.front().isDigit() && !equalsAny(word, {u"of", u"the", u"and", u"&", u"for", u"de", u"la"}))
            return {};
    }
    static constexpr std::array<QStringView, 14> agencies = {
        u"Reuters", u"AP", u"AFP", u"Associated Press", u"Agence France-Presse", u"Bloomberg", u"PA",
        u"PA Media", u"dpa", u"UPI", u"EFE", u"ANSA", u"Kyodo", u"Xinhua"};
    const bool agency = std::any_of(agencies.begin(), agencies.end(),
                                    [&](QStringView a) { return text.compare(a, Qt::CaseInsensitive) == 0; });
    const bool outletWord = std::any_of(parts.begin(), parts.end(), [](QStringView word) {
        return equalsAny(word, {u"news", u"press", u"times", u"post", u"gazette", u"herald", u"journal", u"tribune",
                                u"courier", u"dispatch", u"wire", u"radio", u"media", u"agency", u"chronicle",
                                u"observer", u"telegraph", u"standard", u"review", u"daily", u"weekly",
                                u"television", u"tv", u"magazine", u"network", u"broadcasting", u"online"});
    });
    const bool article = parts.size() >= 2 && parts.front() == u"The";
    return agency || outletWord || article ? text.toString() : QString();
}

/// One to six words, each capitalised (or a connector such as "of", "the"): "HuffPost", "The
/// New York Times".
bool isTitleCaseName(QStringView text)
{
    const QList<QStringView> parts = words(text);
    if (parts.isEmpty() || parts.size() > 6 || text.size() > 60)
        return false;
    return std::all_of(parts.begin(), parts.end(), [](QStringView word) {
        return word.front().isUpper() || equalsAny(word, {u"of", u"the", u"and", u"&", u"for", u"de", u"la"});
    });
}

/// The rest of a byline after "By": names, then optional ", role" and ", outlet" parts.
bool parseBylineBody(QStringView body, MetadataLine &result)
{
    QStringList authors;
    bool first = true;
    bool role = false;
    for (QStringView part : body.tokenize(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (part.startsWith(u"and ", Qt::CaseInsensitive))
            part = part.sliced(4).trimmed();
        // After the first part, a role ("Staff Writer") or an outlet ("Coastline Wire") is
        // likelier than another author, although both look like two capitalised words.
        const QString outlet = outletName(part);
        if (isRole(part)) {
            role = true;   // "By Staff Reporter", "By Jane Doe, Political Editor"
        } else if (!first && !outlet.isEmpty() && result.outlet.isEmpty()) {
            result.outlet = outlet;
        } else if (const QStringList names = personNames(part); !names.isEmpty() && result.outlet.isEmpty()) {
            authors.append(names);
        } else if (first && !outlet.isEmpty()) {
            result.outlet = outlet;   // "By Reuters"
        } else {
            return false;
        }
        first = false;
    }
    result.author = authors.join(QLatin1String(", "));
    return !authors.isEmpty() || !result.outlet.isEmpty() || role;
}

/// Strips a case-insensitive label such as "By" or "Source:" from the start of a segment.
bool stripLabel(QStringView &segment, std::initializer_list<QStringView> labels)
{
    for (QStringView label : labels) {
        if (segment.size() > label.size() && segment.startsWith(label, Qt::CaseInsensitive)) {
            const QChar next = segment[label.size()];
            if (!label.endsWith(u':') && !next.isSpace())
                continue;
            segment = segment.sliced(label.size()).trimmed();
            return !segment.isEmpty();
        }
    }
    return false;
}

enum class SegmentKind : quint8 { None, Name, Role, Strong };

SegmentKind parseSegment(QStringView segment, MetadataLine &result)
{
    segment = segment.trimmed();
    if (segment.isEmpty())
        return SegmentKind::None;
    bool updated = false;
    if (PublishedDate date = parseDateLine(segment, &updated); date.isValid()) {
        if (!result.date.isValid() || (result.updated && !updated)) {
            result.date = date;
            result.updated = updated;
        }
        return SegmentKind::Strong;
    }
    // The time of the date before it: "19 November 2019 • 1:16pm".
    if (result.date.isValid() && segment.size() <= maxMetadataLineLength) {
        if (const QTime time = DateParser(segment).timeOnly(); time.isValid()) {
            if (!result.date.time.isValid())
                result.date.time = time;
            return SegmentKind::Strong;
        }
    }
    QStringView body = segment;
    if (stripLabel(body, {u"Written by", u"Words by", u"Reporting by", u"Story by", u"Text by", u"By",
                          u"Authors:", u"Author:", u"Byline:"})) {
        MetadataLine byline;
        if (!parseBylineBody(body, byline))
            return SegmentKind::None;
        if (result.author.isEmpty())
            result.author = byline.author;
        if (result.outlet.isEmpty())
            result.outlet = byline.outlet;
        return SegmentKind::Strong;
    }
    body = segment;
    if (stripLabel(body, {u"Source:", u"Publication:", u"Publisher:", u"Outlet:", u"Published by",
                          u"Originally published by", u"Originally published in"})) {
        const QString outlet = outletName(body);
        const QString plain = body.toString();
        if (outlet.isEmpty() && !isPersonName(body, 1))
            return SegmentKind::None;
        result.outlet = outlet.isEmpty() ? plain : outlet;
        return SegmentKind::Strong;
    }
    if (isRole(segment))
        return SegmentKind::Role;
    // "Jane Doe, Staff Writer": a name with a role after a comma.
    const qsizetype comma = segment.indexOf(u',');
    if (comma > 0 && isPersonName(segment.first(comma)) && isRole(segment.sliced(comma + 1).trimmed())) {
        if (result.author.isEmpty())
            result.author = segment.first(comma).toString();
        return SegmentKind::Strong;
    }
    const QStringList names = personNames(segment);
    if (!names.isEmpty()) {
        if (result.author.isEmpty())
            result.author = names.join(QLatin1String(", "));
        return SegmentKind::Name;
    }
    return SegmentKind::None;
}

/// Splits a line at the separators bylines use between their parts.
QList<QStringView> segments(QStringView line)
{
    QList<QStringView> result;
    qsizetype start = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        const bool spacedBefore = i > 0 && line[i - 1].isSpace();
        const bool spacedAfter = i + 1 < line.size() && line[i + 1].isSpace();
        const bool separator = c == u'|' || c == u'\u00B7' || c == u'\u2022'
            || ((c == u'\u2014' || c == u'\u2013' || c == u'-') && spacedBefore && spacedAfter);
        if (separator) {
            result.append(line.mid(start, i - start));
            start = i + 1;
        }
    }
    result.append(line.mid(start));
    return result;
}

/// How sure a line is metadata: Strong on its own; a role alone ("Staff Writer") or a name
/// alone ("Jane Doe") only beside other metadata lines.
enum class LineKind : quint8 { Text, NameOnly, RoleOnly, Strong };

struct Line {
    TextSpan span;           ///< trimmed, in the article text
    MetadataLine meta;
    LineKind kind = LineKind::Text;
};

LineKind parseLine(QStringView line, MetadataLine &result)
{
    result = {};
    line = line.trimmed();
    if (line.isEmpty() || line.size() > maxMetadataLineLength)
        return LineKind::Text;
    bool hasStrong = false, hasRole = false;
    const QList<QStringView> parts = segments(line);
    // "HuffPost — April 7, 2011", "The New York Times — April 7, 2011": beside a date, a short
    // title-case name that is no person's is the outlet.
    const bool dated = parts.size() > 1 && std::any_of(parts.begin(), parts.end(), [](QStringView part) {
        bool updated = false;
        return parseDateLine(part.trimmed(), &updated).isValid();
    });
    for (QStringView segment : parts) {
        if (dated && result.outlet.isEmpty()) {
            MetadataLine probe;
            const SegmentKind kind = parseSegment(segment, probe);
            const QString outlet = outletName(segment);
            if ((kind == SegmentKind::None || kind == SegmentKind::Name) && isTitleCaseName(segment.trimmed())
                && (!outlet.isEmpty() || kind == SegmentKind::None)) {
                result.outlet = outlet.isEmpty() ? segment.trimmed().toString() : outlet;
                hasStrong = true;
                continue;
            }
        }
        switch (parseSegment(segment, result)) {
        case SegmentKind::None:
            result = {};
            return LineKind::Text;
        case SegmentKind::Name:
            break;
        case SegmentKind::Role:
            hasRole = true;
            break;
        case SegmentKind::Strong:
            hasStrong = true;
            break;
        }
    }
    if (hasStrong || (hasRole && !result.author.isEmpty()))
        return LineKind::Strong;
    if (hasRole)
        return LineKind::RoleOnly;
    return LineKind::NameOnly;   // the name stays in `result`, for a role line below it
}

/// A name line followed by a role line ("Jane Doe" / "Staff Writer") is a byline; a role line
/// beside a byline or date line belongs to it. Weak lines anywhere else are article text.
void resolveWeakLines(QList<Line> &lines, bool protectFirst)
{
    // The first line of an article is its headline unless it is metadata on its own.
    const qsizetype first = protectFirst ? 1 : 0;
    for (qsizetype k = first; k + 1 < lines.size(); ++k) {
        if (lines[k].kind == LineKind::NameOnly && lines[k + 1].kind == LineKind::RoleOnly) {
            lines[k].kind = LineKind::Strong;
            lines[k + 1].kind = LineKind::Strong;
        }
    }
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (lines[k].kind != LineKind::RoleOnly)
            continue;
        if (k < first) {
            lines[k].kind = LineKind::Text;
            continue;
        }
        const bool beside = (k > 0 && lines[k - 1].kind == LineKind::Strong)
            || (k + 1 < lines.size() && lines[k + 1].kind == LineKind::Strong);
        lines[k].kind = beside ? LineKind::Strong : LineKind::Text;
    }
    for (Line &line : lines) {
        if (line.kind == LineKind::NameOnly)
            line.kind = LineKind::Text;
    }
}

TextSpan trimmedSpan(const QString &text, TextSpan span)
{
    while (span.start < span.end && text.at(span.start).isSpace())
        ++span.start;
    while (span.end > span.start && text.at(span.end - 1).isSpace())
        --span.end;
    return span;
}

/// The trimmed, non-empty lines of a paragraph span.
QList<TextSpan> linesOf(const QString &text, TextSpan span)
{
    QList<TextSpan> lines;
    qsizetype start = span.start;
    for (qsizetype i = span.start; i <= span.end; ++i) {
        const bool end = i == span.end;
        const QChar c = end ? QChar() : text.at(i);
        if (end || c == u'\n' || c == u'\r' || c == QChar::LineSeparator) {
            const TextSpan line = trimmedSpan(text, {start, i});
            if (!line.isEmpty())
                lines.append(line);
            start = i + 1;
        }
    }
    return lines;
}

} // namespace

PublishedDate parseDateLine(QStringView text, bool *updated)
{
    if (updated)
        *updated = false;
    text = text.trimmed();
    if (text.isEmpty() || text.size() > maxMetadataLineLength)
        return {};
    return DateParser(text).parse(updated);
}

MetadataLine parseMetadataLine(QStringView line)
{
    MetadataLine result;
    return parseLine(line, result) == LineKind::Strong ? result : MetadataLine{};
}

void recogniseMetadataLines(Article &article, int maxLines)
{
    const QString &text = article.text;
    // Read the first lines of the top paragraphs, across paragraph breaks, so that a role line
    // finds the byline it belongs to whether or not a blank line separates them.
    QList<Line> lines;
    QList<qsizetype> firstLineOf(article.paragraphs.size(), -1);
    for (qsizetype p = 0; p < article.paragraphs.size() && lines.size() < maxLines; ++p) {
        const Paragraph &paragraph = article.paragraphs.at(p);
        if (paragraph.userDecided)
            continue;
        firstLineOf[p] = lines.size();
        for (TextSpan span : linesOf(text, paragraph.span)) {
            if (lines.size() >= maxLines)
                break;
            Line line{span, {}, LineKind::Text};
            line.kind = parseLine(span.in(text), line.meta);
            lines.append(line);
        }
    }
    resolveWeakLines(lines, firstLineOf.value(0, -1) == 0);

    QList<Paragraph> result;
    result.reserve(article.paragraphs.size() + 4);
    MetadataLine found;
    bool foundPublished = false;
    for (qsizetype p = 0; p < article.paragraphs.size(); ++p) {
        const Paragraph &paragraph = article.paragraphs.at(p);
        const qsizetype from = firstLineOf.at(p);
        qsizetype to = from;
        while (from >= 0 && to < lines.size() && paragraph.span.contains(lines.at(to).span))
            ++to;
        const bool anyMetadata = from >= 0 && std::any_of(lines.cbegin() + from, lines.cbegin() + to,
                                                          [](const Line &l) { return l.kind == LineKind::Strong; });
        if (!anyMetadata) {
            result.append(paragraph);
            continue;
        }
        // Each metadata line becomes a paragraph of its own; runs of other lines stay together,
        // and so do the lines past the scanned window.
        qsizetype runStart = -1;
        auto flushRun = [&](qsizetype end) {
            if (runStart < 0)
                return;
            Paragraph body = paragraph;
            body.span = trimmedSpan(text, {runStart, end});
            if (!body.span.isEmpty())
                result.append(body);
            runStart = -1;
        };
        for (qsizetype k = from; k < to; ++k) {
            const Line &line = lines.at(k);
            if (line.kind != LineKind::Strong) {
                if (runStart < 0)
                    runStart = line.span.start;
                continue;
            }
            flushRun(line.span.start);
            Paragraph meta;
            meta.span = line.span;
            meta.boilerplate = BoilerplateKind::Byline;
            result.append(meta);
            if (found.author.isEmpty())
                found.author = line.meta.author;
            if (found.outlet.isEmpty())
                found.outlet = line.meta.outlet;
            if (line.meta.date.isValid() && (!found.date.isValid() || (!foundPublished && !line.meta.updated))) {
                found.date = line.meta.date;
                foundPublished = !line.meta.updated;
            }
        }
        if (runStart < 0 && lines.at(to - 1).span.end < paragraph.span.end)
            runStart = lines.at(to - 1).span.end;
        flushRun(paragraph.span.end);
    }
    article.paragraphs = result;
    if (article.meta.author.isEmpty())
        article.meta.author = found.author;
    if (article.meta.outlet.isEmpty())
        article.meta.outlet = found.outlet;
    if (!article.meta.published.isValid() && found.date.isValid())
        article.meta.published = found.date;
}

} // namespace Crossread
