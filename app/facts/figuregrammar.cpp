// SPDX-License-Identifier: GPL-3.0-or-later
// The grammar of figures, as small matchers composed in the order a reader takes a figure in:
//
//   figure     := qualifier? currency? number magnitude? "+"? percent? range? currencyWord?
//                 period? conversion? unit? period? qualifierAfter?
//   number     := digits ("," ddd)* ("." digits)?  |  numberWords
//   magnitude  := "K" | "M" | "bn" | "mn" | "tn" | "thousand" | "million" | "billion" | ...
//   currency   := "$" | "US$" | "£" | "€" | "¥" | "USD" | "GBP" | "EUR" | "JPY"
//   range      := ("–" | "to" | "and" after "between") currency? number magnitude? percent?
//   period     := ("a" | "an" | "per" | "each" | "every") ("month" | "year" | ...)
//               | "monthly" | "annually" | ... | "/mo" | "/yr" | ...
//   conversion := "(" qualifier? currency? number magnitude? currencyWord? ")"
//   unit       := one to three lower-case content words: "academic papers"
//   vague      := ("tens" | "hundreds" | ... | "billions") ("of" vagueWord)* ("of" unit)?
//   fraction   := ("a" | "one" | numberWord) fractionWord "of"  |  "one in" number
//
// Each matcher takes a position and returns where it ended, or nothing; none looks more than a
// few words away, so extraction stays linear in the text. The traps (phone numbers, years,
// names such as "Windows 11", labels such as "page 14", times, versions) are refused where the
// number is read, before any fact is made of it.
#include "facts/figuregrammar.h"

#include "facts/factcompare.h"

#include "core/inputlimits.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace Crossread::FactGrammar {
namespace {

using FactScan::Bounds;
using FactScan::isBlank;
using FactScan::isDash;
using FactLexicon::Kind;
using L = QLatin1StringView;

// ---------------------------------------------------------------------------------------------
// Runs and traps

/// The end of the token run at `pos`: letters, digits and the joiners inside one token
/// ("COVID-19", "3.5.1", "10:30", a 100,000-digit run). The scanner resumes there after a refusal.
qsizetype skipRun(const Bounds &b, qsizetype pos)
{
    while (pos < b.end) {
        const QChar c = b.text[pos];
        if (c.isLetterOrNumber()) {
            ++pos;
        } else if ((c == u',' || c == u'.' || c == u':' || c == u'/' || c == u'_' || isDash(c))
                   && pos + 1 < b.end && b.text[pos + 1].isLetterOrNumber()) {
            pos += 2;
        } else {
            break;
        }
    }
    return pos;
}

/// A telephone number starting at `pos` (possibly after "(" or "+"): two or more groups of
/// digits joined by "-", ".", " " or ")" with seven or more digits in all. Returns its end or -1.
qsizetype phoneEnd(const Bounds &b, qsizetype pos)
{
    int groups = 0;
    int digits = 0;
    qsizetype i = pos;
    while (true) {
        const qsizetype groupStart = i;
        while (b.isDigitAt(i))
            ++i;
        const qsizetype length = i - groupStart;
        if (length == 0 || length > 5)
            return -1;
        // A thousands group ("1,500") is a quantity, not a phone group.
        if (b.at(i) == u',' && b.isDigitAt(i + 1))
            return -1;
        digits += int(length);
        ++groups;
        qsizetype next = i;
        if (b.at(next) == u')')
            ++next;
        if (b.at(next) == u'-' || b.at(next) == u'.' || b.at(next) == u' ' || b.at(next) == QChar(0x2011))
            ++next;
        if (next == i || !b.isDigitAt(next))
            break;
        i = next;
    }
    return groups >= 2 && digits >= 7 ? i : -1;
}

/// True when the capitalised word ending before `pos` starts a sentence (so "About 1,500" or
/// "Only 23" are not names).
bool startsSentence(const Bounds &b, qsizetype wordStart)
{
    const qsizetype p = b.skipBlanksBack(wordStart);
    if (p <= b.begin)
        return true;
    switch (b.text[p - 1].unicode()) {
    case u'.': case u'!': case u'?': case u':': case u';': case u'(': case u'[': case u'"':
    case u'\'': case 0x201C: case 0x2018: case 0x00AB: case 0x2014: case 0x2013: case u'-':
    case u'\n': case u'*': case u'#':
        return true;
    default:
        return false;
    }
}

/// A number that names something rather than counting it: "Windows 11", "Route 14", "page 14",
/// "Pier 9", "No. 5". Looks at the word right before the number.
bool isNameOrLabel(const Bounds &b, qsizetype numberStart)
{
    qsizetype p = b.skipBlanksBack(numberStart);
    if (p > b.begin && (b.text[p - 1] == u'#' || b.text[p - 1] == u'№'))
        return true;
    if (p > b.begin && b.text[p - 1] == u'.')   // "No. 5", "p. 12", "Vol. 3"
        --p;
    if (p <= b.begin || !b.isLetterAt(p - 1))
        return false;
    const qsizetype ws = b.wordStart(p);
    const QStringView word = b.slice(ws, p);
    if (FactLexicon::isLabelNoun(word))
        return true;
    // "Harbourline's 500 properties": a possessive owns what is counted; it names no number.
    if (word.size() > 2 && FactScan::isApostrophe(word.at(word.size() - 2)) && (word.back() == u's' || word.back() == u'S'))
        return false;
    if (std::none_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); }))
        return false;
    // Names carry their numbers in digits ("Windows 11", "Apollo 13"); a number in words after
    // a name is the next phrase's ("investigating Grimm two years ago").
    if (b.isLetterAt(numberStart))
        return false;
    if (FactLexicon::isStopWord(word) || FactLexicon::lookup(word).kind == Kind::NumberWord)
        return false;
    // A name's number is no span of time: "it takes Neptune 165 years", "gave Ruiz 10 days".
    qsizetype numberEnd = numberStart;
    while (b.isDigitAt(numberEnd) || ((b.at(numberEnd) == u',' || b.at(numberEnd) == u'.') && b.isDigitAt(numberEnd + 1)))
        ++numberEnd;
    if (const auto [us, ue] = b.wordAfter(numberEnd); us == numberEnd + 1 && isBlank(b.at(numberEnd))) {
        static constexpr std::array spans = {L("seconds"), L("minutes"), L("hours"), L("days"), L("weeks"),
                                             L("months"), L("years"), L("decades"), L("centuries")};
        const QStringView unit = b.slice(us, ue);
        if (std::any_of(spans.begin(), spans.end(), [&](L span) { return unit == span; }))
            return false;
    }
    return !startsSentence(b, ws);
}

// ---------------------------------------------------------------------------------------------
// Currency

struct Currency {
    qsizetype start = -1;
    qsizetype end = -1;   ///< where the number (or the rest of the figure) starts or ends
    L code;
    [[nodiscard]] bool isValid() const { return start >= 0; }
};

L currencyOfSymbol(QChar c)
{
    switch (c.unicode()) {
    case u'$': return L("USD");
    case 0x00A3: return L("GBP");
    case 0x20AC: return L("EUR");
    case 0x00A5: return L("JPY");
    case 0x20B9: return L("INR");
    default: return {};
    }
}

L currencyOfCode(QStringView word)
{
    for (L code : {L("USD"), L("EUR"), L("GBP"), L("JPY"), L("CHF"), L("CAD"), L("AUD"), L("INR")}) {
        if (word == code)
            return code;
    }
    return {};
}

/// "$" with the letters glued before it: "US$", "A$", "C$", "HK$", "NZ$", "S$".
L dollarOfPrefix(QStringView prefix)
{
    if (prefix.isEmpty() || prefix == u"US")
        return L("USD");
    if (prefix == u"A" || prefix == u"AU")
        return L("AUD");
    if (prefix == u"C" || prefix == u"CA")
        return L("CAD");
    if (prefix == u"HK")
        return L("HKD");
    if (prefix == u"NZ")
        return L("NZD");
    if (prefix == u"S")
        return L("SGD");
    return {};
}

/// A currency symbol or code written right before the number at `pos` ("$42", "US$ 42", "EUR 42").
Currency currencyBefore(const Bounds &b, qsizetype pos)
{
    qsizetype p = pos;
    if (p > b.begin && isBlank(b.text[p - 1]))
        --p;
    if (p <= b.begin)
        return {};
    // "$US1.06 million", "$A30": the country letters after the dollar sign.
    if (p == pos && b.text[p - 1].isUpper()) {
        qsizetype ws = p - 1;
        while (ws > b.begin && p - ws < 2 && b.text[ws - 1].isUpper())
            --ws;
        if (b.at(ws - 1) == u'$' && !b.isLetterAt(ws - 2)) {
            if (const L code = dollarOfPrefix(b.slice(ws, p)); !code.isEmpty())
                return {ws - 1, pos, code};
        }
        return {};
    }
    const QChar c = b.text[p - 1];
    L code = currencyOfSymbol(c);
    if (!code.isEmpty()) {
        qsizetype start = p - 1;
        if (c == u'$') {
            qsizetype ws = start;
            while (ws > b.begin && start - ws < 2 && b.text[ws - 1].isUpper())
                --ws;
            if (ws > b.begin && b.isLetterAt(ws - 1))
                return {};   // glued to a longer word: not a currency prefix
            code = dollarOfPrefix(b.slice(ws, start));
            if (code.isEmpty())
                return {};
            start = ws;
        } else if (b.isLetterAt(start - 1)) {
            return {};
        }
        return {start, pos, code};
    }
    if (p < pos && b.isLetterAt(p - 1)) {
        const qsizetype ws = b.wordStart(p);
        code = currencyOfCode(b.slice(ws, p));
        if (!code.isEmpty())
            return {ws, pos, code};
    }
    return {};
}

/// A currency symbol or code starting at `pos`, with the number after it: for range ends and
/// conversions ("– $20", "(£38 billion)").
Currency currencyAt(const Bounds &b, qsizetype pos)
{
    qsizetype p = pos;
    while (p < b.end && p - pos < 2 && b.text[p].isUpper())
        ++p;
    L code;
    if (b.at(p) == u'$') {
        code = dollarOfPrefix(b.slice(pos, p));
        ++p;
    } else if (p == pos) {
        code = currencyOfSymbol(b.at(p));
        if (!code.isEmpty())
            ++p;
    } else {
        const qsizetype wend = b.wordEnd(pos);
        code = currencyOfCode(b.slice(pos, wend));
        p = wend;
    }
    if (code.isEmpty())
        return {};
    if (isBlank(b.at(p)))
        ++p;
    return {pos, p, code};
}

/// A currency word or code after the figure: "42,000 dollars", "3 million euros", "42,000 USD",
/// "£38 billion pounds sterling" (no), "2 million US dollars".
Currency currencyWordAfter(const Bounds &b, qsizetype pos)
{
    // "a million-dollar check", "a billion-euro deal": the currency joined to the amount as
    // one adjective, always singular. ("a 10-pound bag" is a weight, so not pounds.)
    if (isDash(b.at(pos)) && b.isLetterAt(pos + 1)) {
        const qsizetype we = b.wordEnd(pos + 1);
        for (const auto &[word, code] : {std::pair(L("dollar"), L("USD")), std::pair(L("euro"), L("EUR"))}) {
            if (Bounds::equalsIgnoringCase(b.slice(pos + 1, we), word))
                return {pos, we, code};
        }
        return {};
    }
    auto [ws, we] = b.wordAfter(pos);
    if (ws < 0 || ws == pos)
        return {};
    QStringView word = b.slice(ws, we);
    if (L code = currencyOfCode(word); !code.isEmpty())
        return {ws, we, code};
    if (word == u"US" || word == u"U.S") {
        auto [ws2, we2] = b.wordAfter(we);
        if (ws2 < 0)
            return {};
        we = we2;
        word = b.slice(ws2, we2);
    }
    struct Named { L word; L code; };
    static constexpr std::array names = {
        Named{L("dollars"), L("USD")}, Named{L("dollar"), L("USD")},
        Named{L("euros"), L("EUR")}, Named{L("euro"), L("EUR")},
        Named{L("pounds"), L("GBP")}, Named{L("pound"), L("GBP")}, Named{L("sterling"), L("GBP")},
        Named{L("yen"), L("JPY")},
    };
    for (const Named &named : names) {
        if (Bounds::equalsIgnoringCase(word, named.word)) {
            if (named.code == L("GBP")) {
                if (const qsizetype e = b.matchWords(b.skipBlanks(we), {L("sterling")}); e >= 0 && e > we)
                    we = e;
            }
            return {ws, we, named.code};
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Numbers and magnitudes

struct Number {
    qsizetype start = -1;
    qsizetype end = -1;
    double value = 0;
    double tolerance = 0;
    int digits = 0;              ///< integer digits as written
    int decimals = 0;
    bool grouped = false;        ///< written with thousands separators
    bool scaled = false;         ///< a magnitude applied
    bool needsCurrency = false;  ///< "42m": a million only next to a currency, else metres
    bool word = false;           ///< written in words
    bool leadingZero = false;    ///< "007", "0800": codes, not quantities
};

struct Magnitude {
    qsizetype end = -1;
    double factor = 1;
    bool needsCurrency = false;
    bool ordinal = false;        ///< "19th": for dates, never a quantity
    [[nodiscard]] bool isValid() const { return end >= 0; }
};

double pow10(int exponent)
{
    return std::pow(10.0, exponent);
}

/// Letters glued to the digits: "42K", "$1.5bn", "$10M", "19th".
Magnitude gluedMagnitude(const Bounds &b, qsizetype pos)
{
    if (!b.isLetterAt(pos))
        return {};
    const qsizetype wend = b.wordEnd(pos);
    const QStringView suffix = b.slice(pos, wend);
    if (suffix == u"k" || suffix == u"K")
        return {wend, 1e3};
    if (suffix == u"m" || suffix == u"M" || suffix == u"mn" || suffix == u"mln")
        return {wend, 1e6, true};
    if (suffix == u"bn" || suffix == u"b" || suffix == u"B" || suffix == u"bln")
        return {wend, 1e9, suffix != u"bn"};
    if (suffix == u"tn" || suffix == u"trn")
        return {wend, 1e12};
    if (suffix == u"st" || suffix == u"nd" || suffix == u"rd" || suffix == u"th")
        return {wend, 1, false, true};
    return {};
}

/// A magnitude word after blanks: "42 million", "1.5 bn", "2 dozen".
Magnitude spacedMagnitude(const Bounds &b, qsizetype pos)
{
    auto [ws, we] = b.wordAfter(pos);
    if (ws < 0 || ws == pos)
        return {};
    const QStringView word = b.slice(ws, we);
    const FactLexicon::Entry entry = FactLexicon::lookup(word);
    if (entry.kind == Kind::Magnitude)
        return {we, entry.value == 0 ? 12.0 : pow10(entry.value)};
    if (word == u"mn" || word == u"mln")
        return {we, 1e6};
    if (word == u"bn" || word == u"bln")
        return {we, 1e9};
    if (word == u"tn" || word == u"trn")
        return {we, 1e12};
    return {};
}

void applyMagnitude(Number &number, const Magnitude &magnitude)
{
    number.value *= magnitude.factor;
    // "$44 billion" says 43.5 to 44.5 billion; "$1.5bn" says 1.45 to 1.55 billion.
    if (magnitude.factor >= 1000)
        number.tolerance = 0.5 * pow10(-number.decimals) * magnitude.factor;
    number.scaled = true;
    number.needsCurrency = magnitude.needsCurrency;
    number.end = magnitude.end;
}

/// Digits with optional thousands groups and decimals; nothing when the run is longer than
/// Limits::maxNumberDigits (a serial number or junk, never a fact).
std::optional<Number> readDigits(const Bounds &b, qsizetype pos)
{
    char buffer[2 * Limits::maxNumberDigits + 2];
    int length = 0;
    Number number;
    number.start = pos;
    qsizetype i = pos;
    while (b.isDigitAt(i)) {
        if (length >= Limits::maxNumberDigits)
            return std::nullopt;
        buffer[length++] = char(b.text[i++].unicode());
    }
    number.digits = length;
    if (length <= 3) {
        while (b.at(i) == u',' && b.isDigitAt(i + 1) && b.isDigitAt(i + 2) && b.isDigitAt(i + 3)
               && !b.isDigitAt(i + 4)) {
            if (length + 3 > Limits::maxNumberDigits)
                return std::nullopt;
            for (int k = 1; k <= 3; ++k)
                buffer[length++] = char(b.text[i + k].unicode());
            i += 4;
            number.grouped = true;
        }
        number.digits = length;
    }
    if (b.at(i) == u'.' && b.isDigitAt(i + 1)) {
        buffer[length++] = '.';
        ++i;
        while (b.isDigitAt(i)) {
            if (number.decimals >= Limits::maxNumberDigits)
                return std::nullopt;
            buffer[length++] = char(b.text[i++].unicode());
            ++number.decimals;
        }
    }
    number.leadingZero = number.digits > 1 && buffer[0] == '0';
    number.end = i;
    std::from_chars(buffer, buffer + length, number.value);
    return number;
}

/// Reads a number at the digit at `pos` with its glued or spaced magnitude; nothing when the
/// digits are a code, version, time, ordinal or part of a compound ("45-year-old").
std::optional<Number> readQuantity(const Bounds &b, qsizetype pos)
{
    std::optional<Number> number = readDigits(b, pos);
    if (!number || number->leadingZero)
        return std::nullopt;
    qsizetype end = number->end;
    QChar next = b.at(end);
    // A decimal comma before a magnitude word: "1,2 million", "3,45 billion" (a thousands
    // group has three digits, so one or two digits after the comma are decimals).
    if (next == u',' && !number->grouped && number->decimals == 0 && b.isDigitAt(end + 1)) {
        qsizetype e = end + 1;
        while (b.isDigitAt(e) && e - end <= 3)
            ++e;
        if (e - end <= 3 && !b.isDigitAt(e) && spacedMagnitude(b, e).isValid()) {
            double fraction = 0;
            for (qsizetype i = e - 1; i > end; --i)
                fraction = (fraction + (b.text[i].unicode() - u'0')) / 10;
            number->value += fraction;
            number->decimals = int(e - end - 1);
            number->end = end = e;
            next = b.at(end);
        }
    }
    if ((next == u'.' || next == u':' || next == u'/' || next == u',') && b.isDigitAt(end + 1))
        return std::nullopt;   // "3.5.1", "10:30", "4/19", "1,50"
    if (b.isLetterAt(end)) {
        const Magnitude magnitude = gluedMagnitude(b, end);
        if (!magnitude.isValid() || magnitude.ordinal)
            return std::nullopt;   // "5G", "3D", "10am", "19th"
        applyMagnitude(*number, magnitude);
    } else if (isDash(next) && b.isLetterAt(end + 1)) {
        // "$54.9-million", "38-million euros": a magnitude joined by a hyphen, as some
        // papers write it; any other compound ("45-year-old", "5,000-request cap") is no count.
        const qsizetype we = b.wordEnd(end + 1);
        const FactLexicon::Entry entry = FactLexicon::lookup(b.slice(end + 1, we));
        if (entry.kind != Kind::Magnitude || entry.value < 6 || (isDash(b.at(we)) && b.isLetterAt(we + 1)))
            return std::nullopt;
        applyMagnitude(*number, Magnitude{we, pow10(entry.value)});
    } else if (const Magnitude magnitude = spacedMagnitude(b, end); magnitude.isValid()) {
        applyMagnitude(*number, magnitude);
    }
    return number;
}

/// Number words: "eighty", "eighty-five", "twenty one", "two hundred", with a magnitude
/// after ("two million"). `pos` is the start of the first word.
std::optional<Number> readNumberWords(const Bounds &b, qsizetype pos)
{
    // Letters only, so "eighty-five" reads as two parts.
    auto partEnd = [&](qsizetype p) {
        while (p < b.end && b.text[p].isLetter())
            ++p;
        return p;
    };
    qsizetype end = partEnd(pos);
    const FactLexicon::Entry first = FactLexicon::lookup(b.slice(pos, end));
    if (first.kind != Kind::NumberWord)
        return std::nullopt;
    Number number;
    number.start = pos;
    number.word = true;
    number.value = first.value;
    if (first.value >= 20 && first.value % 10 == 0) {
        qsizetype next = end;
        if (b.at(next) == u'-' || isBlank(b.at(next)))
            ++next;
        if (next > end && b.isLetterAt(next)) {
            const qsizetype unitEnd = partEnd(next);
            const FactLexicon::Entry unit = FactLexicon::lookup(b.slice(next, unitEnd));
            if (unit.kind == Kind::NumberWord && unit.value < 10) {
                number.value += unit.value;
                end = unitEnd;
            }
        }
    }
    if (b.isLetterAt(end))
        return std::nullopt;   // glued to other letters
    if (const qsizetype e = b.matchWords(b.skipBlanks(end), {L("hundred")}); e >= 0 && e > end) {
        number.value *= 100;
        number.scaled = true;
        end = e;
    }
    number.end = end;
    if (const Magnitude magnitude = spacedMagnitude(b, end); magnitude.isValid())
        applyMagnitude(number, magnitude);
    return number;
}

// ---------------------------------------------------------------------------------------------
// Qualifiers, percent, range, period, conversion, unit

struct Qualifier {
    qsizetype start = -1;
    Approximation approximation = Approximation::Exact;
    bool between = false;   ///< "between X and Y"
    bool from = false;      ///< "from X to Y"
    bool change = false;    ///< "rose from X to Y": a change, two values, not a range
    [[nodiscard]] bool isValid() const { return start >= 0; }
};

struct Phrase {
    std::array<L, 3> words;
    qsizetype count = 0;
    Approximation approximation = Approximation::Exact;
};

// Longest first, so "no more than" wins over "more than".
constexpr std::array qualifierPhrases = {
    Phrase{{L("no"), L("more"), L("than")}, 3, Approximation::AtMost},
    Phrase{{L("no"), L("fewer"), L("than")}, 3, Approximation::AtLeast},
    Phrase{{L("no"), L("less"), L("than")}, 3, Approximation::AtLeast},
    Phrase{{L("in"), L("excess"), L("of")}, 3, Approximation::MoreThan},
    Phrase{{L("as"), L("much"), L("as")}, 3, Approximation::AtMost},
    Phrase{{L("as"), L("many"), L("as")}, 3, Approximation::AtMost},
    Phrase{{L("a"), L("little"), L("over")}, 3, Approximation::MoreThan},
    Phrase{{L("more"), L("than")}, 2, Approximation::MoreThan},
    Phrase{{L("greater"), L("than")}, 2, Approximation::MoreThan},
    Phrase{{L("less"), L("than")}, 2, Approximation::LessThan},
    Phrase{{L("fewer"), L("than")}, 2, Approximation::LessThan},
    Phrase{{L("at"), L("least")}, 2, Approximation::AtLeast},
    Phrase{{L("at"), L("most")}, 2, Approximation::AtMost},
    Phrase{{L("up"), L("to")}, 2, Approximation::AtMost},
    Phrase{{L("upwards"), L("of")}, 2, Approximation::MoreThan},
    Phrase{{L("just"), L("over")}, 2, Approximation::MoreThan},
    Phrase{{L("well"), L("over")}, 2, Approximation::MoreThan},
    Phrase{{L("just"), L("under")}, 2, Approximation::LessThan},
    Phrase{{L("close"), L("to")}, 2, Approximation::Nearly},
    Phrase{{L("an"), L("estimated")}, 2, Approximation::About},
    Phrase{{L("around")}, 1, Approximation::About},
    Phrase{{L("about")}, 1, Approximation::About},
    Phrase{{L("approximately")}, 1, Approximation::About},
    Phrase{{L("approx")}, 1, Approximation::About},
    Phrase{{L("roughly")}, 1, Approximation::About},
    Phrase{{L("some")}, 1, Approximation::About},
    Phrase{{L("circa")}, 1, Approximation::About},
    Phrase{{L("estimated")}, 1, Approximation::About},
    Phrase{{L("nearly")}, 1, Approximation::Nearly},
    Phrase{{L("approached")}, 1, Approximation::Nearly},
    Phrase{{L("approaching")}, 1, Approximation::Nearly},
    Phrase{{L("neared")}, 1, Approximation::Nearly},
    Phrase{{L("nearing")}, 1, Approximation::Nearly},
    Phrase{{L("almost")}, 1, Approximation::Nearly},
    Phrase{{L("over")}, 1, Approximation::MoreThan},
    Phrase{{L("above")}, 1, Approximation::MoreThan},
    Phrase{{L("under")}, 1, Approximation::LessThan},
    Phrase{{L("below")}, 1, Approximation::LessThan},
};

/// Verbs that make "from X to Y" a change between two values rather than a range.
bool isChangeVerb(QStringView word)
{
    static constexpr std::array verbs = {
        L("boosted"), L("climbed"), L("cut"), L("declined"), L("decreased"), L("doubled"),
        L("dropped"), L("fell"), L("grew"), L("halved"), L("hiked"), L("increased"),
        L("jumped"), L("lowered"), L("plunged"), L("raised"), L("reduced"), L("rise"),
        L("risen"), L("rises"), L("rose"), L("shrank"), L("slashed"), L("soared"),
        L("surged"), L("tumbled"), L("went"), L("fallen"), L("grown"),
    };
    return std::any_of(verbs.begin(), verbs.end(), [&](L verb) { return Bounds::equalsIgnoringCase(word, verb); });
}

/// Whether the number at `pos` is the level a change reached or left: "hit 60", "improved to
/// 60", "had fallen to 53", "bringing its total to 60", "dropped to 64 from 66". A verb of
/// change, or one of reaching, within five words before "to" or "from" in one clause, or
/// "hit"/"reached"/"topped" right before it.
bool levelReached(const Bounds &b, qsizetype pos)
{
    static constexpr std::array reaching = {L("hit"), L("hits"), L("reached"), L("reaches"), L("topped"), L("tops")};
    static constexpr std::array moving = {
        L("improved"), L("improving"), L("falling"), L("rising"), L("climbing"), L("dropping"), L("bringing"),
        L("brought"), L("brings"), L("pushing"), L("pushed"), L("taking"), L("took"), L("lifting"), L("lifted"),
    };
    const auto [ws, we] = b.wordBefore(pos);
    if (ws < 0)
        return false;
    const QStringView before = b.slice(ws, we);
    if (std::any_of(reaching.begin(), reaching.end(), [&](L w) { return Bounds::equalsIgnoringCase(before, w); }))
        return true;
    // "rose to 60", and the level it left: "dropped to 64 on Tuesday from 66 on Monday".
    if (!Bounds::equalsIgnoringCase(before, L("to")) && !Bounds::equalsIgnoringCase(before, L("from")))
        return false;
    qsizetype p = ws;
    for (int k = 0; k < 5; ++k) {
        const auto [vs, ve] = b.wordBefore(p);
        if (vs < 0) {
            // A number is passed over as a word ("dropped to 64 on Tuesday from 66"); a comma,
            // a period or a quote ends the clause.
            const qsizetype q = b.skipBlanksBack(p);
            qsizetype r = q;
            while (r > b.begin && (b.isDigitAt(r - 1) || (b.text[r - 1] == u'.' && r - 2 >= b.begin && b.isDigitAt(r - 2))))
                --r;
            if (r == q)
                return false;
            p = r;
            continue;
        }
        const QStringView word = b.slice(vs, ve);
        if (isChangeVerb(word)
            || std::any_of(moving.begin(), moving.end(), [&](L w) { return Bounds::equalsIgnoringCase(word, w); }))
            return true;
        p = vs;
    }
    return false;
}

/// Whether the number at `pos` is what a toll is said to be: a verb of being or reaching
/// before it ("was", "stood at", "reached", "approached", "rose to") and the noun "toll" as its
/// subject, a few words back in one clause ("The global death toll from the virus was at least
/// 767", "the toll approached 770").
bool tollStated(const Bounds &b, qsizetype pos)
{
    static constexpr std::array verbs = {
        L("was"), L("is"), L("stood"), L("at"), L("to"), L("reached"), L("approached"), L("neared"), L("hit"),
        L("topped"), L("passed"), L("exceeded"), L("surpassed"),
    };
    constexpr int lookBack = 8;
    bool verb = false;
    qsizetype p = pos;
    for (int k = 0; k < lookBack; ++k) {
        const qsizetype q = b.skipBlanksBack(p);
        if (q > b.begin && !b.isLetterAt(q - 1))
            return false;   // a comma, a full stop, a quote or a number ends the clause
        const auto [ws, we] = b.wordBefore(p);
        if (ws < 0)
            return false;
        const QStringView word = b.slice(ws, we);
        if (Bounds::equalsIgnoringCase(word, L("toll")))
            return verb;
        verb = verb || std::any_of(verbs.begin(), verbs.end(), [&](L v) { return Bounds::equalsIgnoringCase(word, v); });
        p = ws;
    }
    return false;
}

Qualifier qualifierBefore(const Bounds &b, qsizetype pos)
{
    const qsizetype p = b.skipBlanksBack(pos);
    if (p > b.begin && b.text[p - 1] == u'~')
        return {p - 1, Approximation::About};
    const auto [lastStart, lastEnd] = b.wordBefore(pos);
    if (lastStart < 0)
        return {};
    const QStringView last = b.slice(lastStart, lastEnd);
    for (const Phrase &phrase : qualifierPhrases) {
        if (!Bounds::equalsIgnoringCase(last, phrase.words[std::size_t(phrase.count - 1)]))
            continue;
        const qsizetype start = b.matchWordsBefore(pos, phrase.words.data(), phrase.count);
        if (start >= 0)
            return {start, phrase.approximation};
    }
    if (const qsizetype start = b.matchWordsBefore(pos, {L("between")}); start >= 0) {
        // "the gap between $100 and $42K" names two values, not a range.
        auto [ws, we] = b.wordBefore(start);
        if (ws >= 0 && (Bounds::equalsIgnoringCase(b.slice(ws, we), L("gap"))
                        || Bounds::equalsIgnoringCase(b.slice(ws, we), L("difference"))))
            return {};
        Qualifier q{start};
        q.between = true;
        return q;
    }
    if (const qsizetype start = b.matchWordsBefore(pos, {L("from")}); start >= 0) {
        Qualifier q{start};
        q.from = true;
        // "rose from", "has risen sharply from": look two words back for the verb.
        qsizetype back = start;
        for (int i = 0; i < 2 && !q.change; ++i) {
            auto [ws, we] = b.wordBefore(back);
            if (ws < 0)
                break;
            q.change = isChangeVerb(b.slice(ws, we));
            back = ws;
        }
        // "from" is not a qualifier of the value: the figure starts at the number.
        return q;
    }
    return {};
}

/// "%", " percent", " per cent", " pct", " percentage points". Returns the end or -1; sets
/// `points` for percentage points.
qsizetype percentAfter(const Bounds &b, qsizetype pos, bool *points)
{
    const qsizetype p = b.skipBlanks(pos);
    if (b.at(p) == u'%')
        return p + 1;
    if (p == pos)
        return -1;
    if (const qsizetype e = b.matchWord(p, L("percent")); e >= 0)
        return e;
    if (const qsizetype e = b.matchWords(p, {L("per"), L("cent")}); e >= 0)
        return e;
    if (const qsizetype e = b.matchWord(p, L("pct")); e >= 0)
        return e;
    if (qsizetype e = b.matchWords(p, {L("percentage"), L("points")}); e >= 0 || (e = b.matchWords(p, {L("percentage"), L("point")})) >= 0) {
        *points = true;
        return e;
    }
    return -1;
}

struct Range {
    qsizetype end = -1;
    double low = 0;
    double high = 0;
    double tolerance = 0;
    bool percent = false;
    L currency;
    [[nodiscard]] bool isValid() const { return end >= 0; }
};

/// How far apart the ends of a range after "by" may be before the second is read as a level.
constexpr double maxRangeRatioAfterBy = 3.0;

/// The second end of a range after the first number: "–20 million", " to $210,000",
/// " and 20 percent" (after "between").
Range rangeAfter(const Bounds &b, qsizetype pos, const Number &first, const Currency &currency,
                 const Qualifier &qualifier)
{
    const qsizetype p = b.skipBlanks(pos);
    qsizetype afterConnector = -1;
    if (isDash(b.at(p)))
        afterConnector = p + 1;
    else if (qualifier.between)
        afterConnector = b.matchWord(p, L("and"));
    else if (!qualifier.change && p > pos)
        afterConnector = b.matchWord(p, L("to"));
    if (afterConnector < 0)
        return {};
    qsizetype s = b.skipBlanks(afterConnector);
    Range range;
    if (const Currency second = currencyAt(b, s); second.isValid()) {
        if (currency.isValid() && second.code != currency.code)
            return {};
        range.currency = second.code;
        s = second.end;
    }
    if (!b.isDigitAt(s))
        return {};
    const std::optional<Number> second = readQuantity(b, s);
    if (!second)
        return {};
    range.low = first.value;
    range.tolerance = std::max(first.tolerance, second->tolerance);
    range.high = second->value;
    if (!first.scaled && second->scaled) {
        // Recover the second end's factor from its digits: value / written number.
        const std::optional<Number> bare = readDigits(b, second->start);
        if (bare && bare->value > 0) {
            const double factor = second->value / bare->value;
            range.low = first.value * factor;
        }
    }
    if (range.high <= range.low)
        return {};   // "5–2": a vote tally or a score, not a range
    // "rise by $300 to $2,800": after "by" the first figure is a change and the second the
    // level it reaches, unless the two are of one order as a range's ends are ("cut by 2 to 3
    // percent").
    if (const auto [ws, we] = b.wordBefore(currency.isValid() ? currency.start : first.start);
        ws >= 0 && Bounds::equalsIgnoringCase(b.slice(ws, we), L("by")) && range.high > maxRangeRatioAfterBy * range.low)
        return {};
    range.end = second->end;
    bool points = false;
    if (const qsizetype e = percentAfter(b, range.end, &points); e >= 0) {
        range.percent = true;
        range.end = e;
    }
    return range;
}

struct PeriodMatch {
    qsizetype end = -1;
    Period period = Period::None;
    [[nodiscard]] bool isValid() const { return end >= 0; }
};

Period periodOfUnit(QStringView word)
{
    struct Named { L word; Period period; };
    static constexpr std::array units = {
        Named{L("hour"), Period::Hour}, Named{L("hr"), Period::Hour},
        Named{L("day"), Period::Day},
        Named{L("week"), Period::Week}, Named{L("wk"), Period::Week},
        Named{L("month"), Period::Month}, Named{L("mo"), Period::Month}, Named{L("mth"), Period::Month},
        Named{L("year"), Period::Year}, Named{L("yr"), Period::Year}, Named{L("annum"), Period::Year},
    };
    for (const Named &named : units) {
        if (Bounds::equalsIgnoringCase(word, named.word))
            return named.period;
    }
    return Period::None;
}

/// "a month", "per month", "each year", "monthly", "annually", "/mo", "/yr".
PeriodMatch periodAfter(const Bounds &b, qsizetype pos)
{
    const qsizetype p = b.skipBlanks(pos);
    if (b.at(p) == u'/' && b.isLetterAt(p + 1)) {
        const qsizetype we = b.wordEnd(p + 1);
        const Period period = periodOfUnit(b.slice(p + 1, we));
        return period == Period::None ? PeriodMatch{} : PeriodMatch{we, period};
    }
    if (p == pos || !b.isLetterAt(p))
        return {};
    const qsizetype we = b.wordEnd(p);
    const QStringView word = b.slice(p, we);
    struct Named { L word; Period period; };
    static constexpr std::array adverbs = {
        Named{L("hourly"), Period::Hour}, Named{L("daily"), Period::Day},
        Named{L("weekly"), Period::Week}, Named{L("monthly"), Period::Month},
        Named{L("annually"), Period::Year}, Named{L("yearly"), Period::Year},
    };
    for (const Named &named : adverbs) {
        if (Bounds::equalsIgnoringCase(word, named.word))
            return {we, named.period};
    }
    static constexpr std::array introducers = {L("a"), L("an"), L("per"), L("each"), L("every")};
    if (std::none_of(introducers.begin(), introducers.end(), [&](L w) { return Bounds::equalsIgnoringCase(word, w); }))
        return {};
    auto [us, ue] = b.wordAfter(we);
    if (us < 0 || us == we)
        return {};
    const Period period = periodOfUnit(b.slice(us, ue));
    if (period == Period::None)
        return {};
    // "a year ago", "a month earlier": a time, not a rate.
    auto [ns, ne] = b.wordAfter(ue);
    if (ns >= 0) {
        const QStringView after = b.slice(ns, ne);
        for (L w : {L("ago"), L("earlier"), L("later"), L("before"), L("after"), L("old")}) {
            if (Bounds::equalsIgnoringCase(after, w))
                return {};
        }
        if (Bounds::equalsIgnoringCase(after, L("from")) && b.matchWords(b.skipBlanks(ne), {L("now")}) >= 0)
            return {};   // "a year from now"
    }
    return {ue, period};
}

struct Conversion {
    qsizetype end = -1;
    MoneyAmount amount;
    [[nodiscard]] bool isValid() const { return end >= 0; }
};

/// "(£38 billion)", "(roughly £33,800)", "(about 40 billion euros)": the same amount in
/// another currency, part of the one fact.
Conversion conversionAfter(const Bounds &b, qsizetype pos)
{
    const qsizetype open = b.skipBlanks(pos);
    if (b.at(open) != u'(')
        return {};
    qsizetype q = b.skipBlanks(open + 1);
    if (b.isLetterAt(q) && !b.text[q].isUpper()) {
        const qsizetype we = b.wordEnd(q);
        const QStringView word = b.slice(q, we);
        for (L w : {L("about"), L("around"), L("approx"), L("approximately"), L("roughly"), L("some"),
                    L("c"), L("circa"), L("or"), L("nearly"), L("almost"), L("over")}) {
            if (Bounds::equalsIgnoringCase(word, w)) {
                q = we;
                if (b.at(q) == u'.')
                    ++q;
                q = b.skipBlanks(q);
                break;
            }
        }
    }
    const Currency symbol = currencyAt(b, q);
    const qsizetype numberStart = symbol.isValid() ? symbol.end : q;
    if (!b.isDigitAt(numberStart))
        return {};
    const std::optional<Number> number = readQuantity(b, numberStart);
    if (!number)
        return {};
    qsizetype end = number->end;
    L code = symbol.code;
    if (!symbol.isValid()) {
        const Currency word = currencyWordAfter(b, end);
        if (!word.isValid())
            return {};
        code = word.code;
        end = word.end;
    }
    if (const PeriodMatch period = periodAfter(b, end); period.isValid())
        end = period.end;
    end = b.skipBlanks(end);
    if (b.at(end) != u')')
        return {};
    return {end + 1, MoneyAmount{number->value, number->value, QString(code)}};
}

/// "(100 kg)", "(32 miles)" after a measure: the same figure in another unit of its dimension.
/// Returns the end after ")" or -1.
qsizetype measureConversionAfter(const Bounds &b, qsizetype pos, const QString &unit)
{
    const std::optional<FactCompare::Measure> measure = FactCompare::measureOf(unit);
    const qsizetype open = b.skipBlanks(pos);
    if (!measure || b.at(open) != u'(')
        return -1;
    qsizetype q = b.skipBlanks(open + 1);
    if (!b.isDigitAt(q))
        return -1;
    const std::optional<Number> number = readDigits(b, q);
    if (!number)
        return -1;
    q = number->end;
    if (isBlank(b.at(q)))
        ++q;
    if (!b.isLetterAt(q))
        return -1;
    const qsizetype we = b.wordEnd(q);
    const std::optional<FactCompare::Measure> other = FactCompare::measureOf(b.slice(q, we));
    const qsizetype close = b.skipBlanks(we);
    if (!other || other->dimension != measure->dimension || b.at(close) != u')')
        return -1;
    return close + 1;
}

/// Words that make "pounds" after a number a weight: "weighed 220 pounds", "30 pounds over a
/// healthy weight".
bool isWeightWord(QStringView word)
{
    static constexpr std::array words = {
        L("weigh"), L("weighs"), L("weighed"), L("weighing"), L("weight"), L("weights"),
        L("heavy"), L("heavier"), L("lighter"), L("obese"), L("overweight"),
    };
    return std::any_of(words.begin(), words.end(), [&](L w) { return Bounds::equalsIgnoringCase(word, w); });
}

/// Verbs of losing or gaining weight ("lost 14.7 pounds"), which clubs and companies also do
/// with money ("lost 3 million pounds"): a weight only for a figure without a magnitude.
bool isWeightChangeWord(QStringView word)
{
    static constexpr std::array words = {
        L("lose"), L("lost"), L("losing"), L("gain"), L("gained"), L("gaining"), L("shed"),
    };
    return std::any_of(words.begin(), words.end(), [&](L w) { return Bounds::equalsIgnoringCase(word, w); });
}

/// Whether a word satisfying `test` stands among the `count` words before `pos` (or after it,
/// when `forward`) inside one sentence: numbers and commas between are passed over, a full
/// stop, semicolon, question or exclamation mark ends the look.
template<typename Test>
bool wordNear(const Bounds &b, qsizetype pos, int count, bool forward, Test test)
{
    qsizetype p = pos;
    int words = 0;
    while (words < count) {
        if (forward) {
            while (p < b.end && !b.isLetterAt(p) && !b.isDigitAt(p)) {
                const QChar c = b.text[p];
                if (c == u';' || c == u'!' || c == u'?' || (c == u'.' && !b.isDigitAt(p + 1)))
                    return false;
                ++p;
            }
            if (p >= b.end)
                return false;
            const qsizetype start = p;
            p = b.isLetterAt(p) ? b.wordEnd(p) : skipRun(b, p);
            if (p == start)
                ++p;
            if (b.isLetterAt(start) && test(b.slice(start, p)))
                return true;
        } else {
            while (p > b.begin && !b.isLetterAt(p - 1) && !b.isDigitAt(p - 1)) {
                const QChar c = b.text[p - 1];
                if (c == u';' || c == u'!' || c == u'?' || (c == u'.' && !b.isDigitAt(p - 2)))
                    return false;
                --p;
            }
            if (p <= b.begin)
                return false;
            const qsizetype end = p;
            if (b.isLetterAt(p - 1)) {
                p = b.wordStart(p);
            } else {
                while (p > b.begin && (b.isDigitAt(p - 1) || ((b.text[p - 1] == u'.' || b.text[p - 1] == u',') && b.isDigitAt(p - 2))))
                    --p;
            }
            if (p == end)
                --p;
            if (b.isLetterAt(p) && test(b.slice(p, end)))
                return true;
        }
        ++words;
    }
    return false;
}

/// "pounds" after a number is a weight, not sterling, when the sentence says so: a weight word
/// among the eight words before the figure or the four after it (a verb of losing or gaining
/// weight before a figure without a magnitude), "pounds of" something counted
/// by weight ("1,200 pounds of cocaine"; a plain number, as sums of sterling "of" something
/// are written with a magnitude), or a weight in brackets after it ("220 pounds (100 kg)").
bool weighsInPounds(const Bounds &b, const Number &number, const Currency &word)
{
    const QStringView name = b.slice(word.start, word.end);
    if (!Bounds::equalsIgnoringCase(name, L("pounds")) && !Bounds::equalsIgnoringCase(name, L("pound")))
        return false;
    if (wordNear(b, number.start, 8, false, isWeightWord) || wordNear(b, word.end, 4, true, isWeightWord))
        return true;
    if (!number.scaled && wordNear(b, number.start, 8, false, isWeightChangeWord))
        return true;
    if (!number.scaled && b.matchWord(b.skipBlanks(word.end), L("of")) >= 0 && b.skipBlanks(word.end) > word.end)
        return true;
    return measureConversionAfter(b, word.end, QStringLiteral("pounds")) >= 0;
}

struct Unit {
    qsizetype end = -1;
    QString words;
    [[nodiscard]] bool isValid() const { return end >= 0; }
};

bool endsWith(QStringView word, L suffix)
{
    return word.size() > suffix.size() + 1 && word.endsWith(suffix, Qt::CaseInsensitive);
}

/// Whether `word` right after a number is the plural noun an attribution verb's -s form is
/// spelt like: after a cardinal the noun reading is the only one ("23 states", "three claims",
/// "two notes"); "says" has no noun reading.
bool pluralNounAfterNumber(QStringView word)
{
    return FactLexicon::isAttributionVerb(word) && word.endsWith(u's') && !word.endsWith(u"ss")
        && !Bounds::equalsIgnoringCase(word, L("says"));
}

/// Words that pick out part of a counted set, or point back to one, and leave the noun after
/// them to name it: "19 other states", "23 more people", "three such attacks".
bool isPartitiveModifier(QStringView word)
{
    return Bounds::equalsIgnoringCase(word, L("other")) || Bounds::equalsIgnoringCase(word, L("more"))
        || Bounds::equalsIgnoringCase(word, L("such"));
}

/// The end of an initialism written with full stops at `pos` ("U.S.", "U.N.", "E.U."), two or
/// three capitals each followed by a full stop and then by a blank and a lower-case word (so
/// "in the U.S. Officials said" ends the phrase); -1 otherwise.
qsizetype initialismEnd(const Bounds &b, qsizetype pos)
{
    qsizetype p = pos;
    int letters = 0;
    while (letters < 3 && b.at(p).isUpper() && b.at(p + 1) == u'.') {
        p += 2;
        ++letters;
    }
    if (letters < 2 || b.isLetterAt(p) || !isBlank(b.at(p)) || !b.at(p + 1).isLower())
        return -1;
    return p;
}

/// What a count counts: up to three lower-case content words after the number, ending at the
/// first plural noun ("17,500 academic papers"), a verb form ("23 people killed") or a
/// function word ("1,500 tweets *a* month"). "other" or "more" may open the phrase ("19 other
/// states").
/// Prepositions of place the stop list leaves out (as context they tell where): they end a
/// counted phrase as "in" does ("dozens injured across Afghanistan").
bool isPlacePreposition(QStringView word)
{
    static constexpr std::array prepositions = {
        L("across"), L("along"), L("alongside"), L("amid"), L("among"), L("amongst"), L("behind"), L("beside"),
        L("beyond"), L("despite"), L("inside"), L("onto"), L("outside"), L("throughout"), L("toward"), L("towards"),
    };
    return std::any_of(prepositions.begin(), prepositions.end(), [&](L p) { return Bounds::equalsIgnoringCase(word, p); });
}

bool isTemperatureScale(QStringView word)
{
    return Bounds::equalsIgnoringCase(word, L("fahrenheit")) || Bounds::equalsIgnoringCase(word, L("celsius"));
}

Unit unitAfter(const Bounds &b, qsizetype pos)
{
    Unit unit;
    // A capitalised word may modify the counted noun ("62 Spanish peacekeepers", "three NBA
    // titles") but ends the phrase only as a plural itself ("24 Republicans"): "Route 5 Main"
    // counts nothing. `complete` is the phrase up to its last word that may end it.
    Unit complete;
    qsizetype p = pos;
    for (int n = 0; n < 3; ++n) {
        const qsizetype ws = b.skipBlanks(p);
        if (ws == p || !b.isLetterAt(ws))
            break;
        const qsizetype we = b.wordEnd(ws);
        const QStringView word = b.slice(ws, we);
        const bool capitalised = b.text[ws].isUpper();
        // "32 U.S. soldiers", "12 U.N. inspectors": an initialism with full stops modifies
        // the counted noun like any proper adjective.
        if (const qsizetype ie = initialismEnd(b, ws); ie > 0) {
            if (!unit.words.isEmpty())
                unit.words += u' ';
            unit.words += b.slice(ws, ie).toString().toLower();
            unit.end = p = ie;
            continue;
        }
        // "120 Fahrenheit", "50 degrees Celsius": a temperature scale is named with a capital.
        if (isTemperatureScale(word) && (n == 0 || unit.words == u"degrees")) {
            unit.words += (unit.words.isEmpty() ? QString() : QStringLiteral(" ")) + word.toString().toLower();
            unit.end = we;
            return unit;
        }
        if (capitalised && (FactLexicon::classify(word).stop || (n == 0 && startsSentence(b, ws))))
            break;
        if (n == 0 && isPartitiveModifier(word)) {
            const auto [ns, ne] = b.wordAfter(we);
            if (ns >= 0 && b.text[ns].isLower() && !FactLexicon::isStopWord(b.slice(ns, ne))) {
                unit.words = word.toString().toLower();
                unit.end = p = we;
                continue;
            }
        }
        if (word.size() < 2 || FactLexicon::isStopWord(word) || isPlacePreposition(word)
            || (FactLexicon::isAttributionVerb(word) && !pluralNounAfterNumber(word))
            || FactLexicon::lookup(word).kind != Kind::None || word == u"pm"
            || (n > 0 && !word.contains(u'-') && (endsWith(word, L("ed")) || endsWith(word, L("ing")) || endsWith(word, L("ly"))))
            || (n == 0 && endsWith(word, L("ly"))))
            break;
        if (!unit.words.isEmpty())
            unit.words += u' ';
        unit.words += word.toString().toLower();
        unit.end = p = we;
        const bool plural = word.endsWith(u's') && !word.endsWith(u"ss");
        if (!capitalised || plural)
            complete = unit;
        if (plural && !(word == u"degrees" && isTemperatureScale(b.slice(b.skipBlanks(we), b.wordEnd(b.skipBlanks(we))))))
            break;   // a plural noun heads the phrase
    }
    return complete;
}

/// What a count picks out of a named set: "two *of his paintings*", "about 100 *of their
/// contacts*", "three of the victims". "of", a determiner that names the set, then the set's
/// noun phrase, which must end in a plural noun ("one of the best", "ten of the 12" count
/// nothing named).
Unit partitiveUnit(const Bounds &b, qsizetype pos)
{
    const qsizetype ofStart = b.skipBlanks(pos);
    const qsizetype of = b.matchWord(ofStart, L("of"));
    if (of < 0 || ofStart == pos)
        return {};
    const auto [ds, de] = b.wordAfter(of);
    if (ds < 0 || ds == of)
        return {};
    static constexpr std::array determiners = {
        L("the"), L("his"), L("her"), L("its"), L("their"), L("our"), L("your"), L("my"), L("these"), L("those"),
    };
    const QStringView determiner = b.slice(ds, de);
    if (std::none_of(determiners.begin(), determiners.end(), [&](L d) { return Bounds::equalsIgnoringCase(determiner, d); }))
        return {};
    const Unit unit = unitAfter(b, de);
    const QStringView last = QStringView(unit.words).sliced(unit.words.lastIndexOf(u' ') + 1);
    if (!unit.isValid() || !last.endsWith(u's') || last.endsWith(u"ss"))
        return {};
    return unit;
}

bool endsInPlural(const QString &unit);

/// What a count that opens a clause is said to be: "Of those who signed, 57 are senators", "…,
/// three were children". Only after a comma or at the start of the sentence, with "are" or
/// "were" and a plural noun after it.
Unit countNamedByCopula(const Bounds &b, qsizetype start, qsizetype end)
{
    const qsizetype before = b.skipBlanksBack(start);
    if (before > b.begin && b.text[before - 1] != u',')
        return {};
    const auto [vs, ve] = b.wordAfter(end);
    if (vs < 0 || vs != b.skipBlanks(end) || vs == end
        || !(Bounds::equalsIgnoringCase(b.slice(vs, ve), L("are")) || Bounds::equalsIgnoringCase(b.slice(vs, ve), L("were"))))
        return {};
    const Unit unit = unitAfter(b, ve);
    if (!unit.isValid() || !endsInPlural(unit.words))
        return {};
    return unit;
}

/// What a bare number measures when "of" joins it to a noun after a determiner: "a BMI of 50",
/// "a temperature of 65", "increased by a factor of five", "the index's level of 136" (up to
/// two modifiers between the determiner and the noun). Nouns that only say which value of a
/// measure the number is ("a total of", "an average of", "a high of") or that group things
/// ("a group of 12") name no measure; an empty unit then.
QString measuredNounBefore(const Bounds &b, qsizetype pos)
{
    const auto [os, oe] = b.wordBefore(pos);
    if (os < 0 || oe != b.skipBlanksBack(pos) || !Bounds::equalsIgnoringCase(b.slice(os, oe), L("of")))
        return {};
    const auto [ns, ne] = b.wordBefore(os);
    if (ns < 0 || ne != b.skipBlanksBack(os))
        return {};
    const QStringView noun = b.slice(ns, ne);
    static constexpr std::array values = {
        L("total"), L("maximum"), L("minimum"), L("average"), L("median"), L("mean"), L("high"), L("low"),
        L("peak"), L("record"), L("number"), L("group"), L("groups"), L("set"), L("sets"), L("series"),
        L("list"), L("range"), L("sum"), L("amount"), L("handful"), L("couple"), L("dozen"), L("age"), L("ages"),
        L("out"), L("one"), L("each"), L("any"), L("all"), L("some"), L("none"), L("most"), L("part"),
        L("rest"), L("end"), L("top"), L("bottom"), L("class"), L("batch"), L("batches"), L("quantities"),
    };
    if (noun.size() < 2 || FactLexicon::isStopWord(noun) || FactLexicon::lookup(noun).kind != Kind::None
        || std::any_of(values.begin(), values.end(), [&](L v) { return Bounds::equalsIgnoringCase(noun, v); }))
        return {};
    qsizetype p = ns;
    for (int k = 0; k < 3; ++k) {
        const auto [ws, we] = b.wordBefore(p);
        if (ws < 0 || we != b.skipBlanksBack(p))
            return {};
        const QStringView word = b.slice(ws, we);
        if (FactLexicon::opensNounPhrase(word) || (word.size() > 2 && word.endsWith(u"'s")) || (word.size() > 2 && word.endsWith(u"\u2019s")))
            return std::all_of(noun.begin(), noun.end(), [](QChar c) { return c.isUpper(); }) ? noun.toString() : noun.toString().toLower();
        if (FactLexicon::isStopWord(word))
            return {};
        p = ws;
    }
    return {};
}

/// "or more", "or so", "or less", "-plus" after the whole figure.
std::pair<qsizetype, Approximation> qualifierAfter(const Bounds &b, qsizetype pos)
{
    if (const qsizetype e = b.matchWords(b.skipBlanks(pos), {L("or"), L("more")}); e >= 0 && b.skipBlanks(pos) > pos)
        return {e, Approximation::AtLeast};
    if (const qsizetype e = b.matchWords(b.skipBlanks(pos), {L("or"), L("so")}); e >= 0 && b.skipBlanks(pos) > pos)
        return {e, Approximation::About};
    if (const qsizetype e = b.matchWords(b.skipBlanks(pos), {L("or"), L("less")}); e >= 0 && b.skipBlanks(pos) > pos)
        return {e, Approximation::AtMost};
    if (const qsizetype e = b.matchWords(b.skipBlanks(pos), {L("or"), L("fewer")}); e >= 0 && b.skipBlanks(pos) > pos)
        return {e, Approximation::AtMost};
    return {-1, Approximation::Exact};
}

// ---------------------------------------------------------------------------------------------
// Composition

bool isYearLike(const Number &number)
{
    return !number.word && !number.grouped && !number.scaled && number.decimals == 0
        && number.digits == 4 && number.value >= 1000 && number.value <= 2199;
}

/// Builds the figure around a number already read: qualifiers and currency before, percent,
/// range, currency word, period, conversion and unit after. `refuse` is where the scanner
/// resumes when this is no fact.
Step completeFigure(const Bounds &b, Number number, qsizetype refuse)
{
    const Step refused{std::max(refuse, number.start + 1), std::nullopt};
    if (number.scaled && spacedMagnitude(b, number.end).isValid())
        return refused;   // "a million billion": absurd

    FactValue value;
    value.low = value.high = number.value;
    value.tolerance = number.tolerance;
    qsizetype start = number.start;
    qsizetype end = number.end;

    const Currency before = currencyBefore(b, number.start);
    if (before.isValid()) {
        start = before.start;
        value.currency = QString(before.code);
    }
    const Qualifier qualifier = qualifierBefore(b, start);
    if (!before.isValid() && !qualifier.isValid() && isNameOrLabel(b, number.start))
        return refused;
    if (qualifier.isValid() && !qualifier.between && !qualifier.from) {
        start = qualifier.start;
        value.approximation = qualifier.approximation;
    }

    if (b.at(end) == u'+' && !b.isDigitAt(end + 1)) {   // "1,000+ people"
        value.approximation = Approximation::AtLeast;
        ++end;
    }

    bool points = false;
    bool percent = false;
    if (const qsizetype e = percentAfter(b, end, &points); e >= 0) {
        percent = true;
        end = e;
    }

    // A period may sit between the two ends of a range: "$42,000 a month to $210,000 a month".
    PeriodMatch period = periodAfter(b, end);
    Range range = rangeAfter(b, end, number, before, qualifier);
    if (!range.isValid() && period.isValid())
        range = rangeAfter(b, period.end, number, before, qualifier);
    // The ends of a range are of one kind: "rose 2.1 percent to $30.6 billion" and "fell
    // 1.23 percent to 981.73" give a change and the level it reached, two figures.
    if (range.isValid() && ((percent && (!range.percent || !range.currency.isEmpty())) || (before.isValid() && range.percent)))
        range = {};
    // A bare year before "to $42,409" or "to 5 percent" is the time of a change, not a range's
    // first end: "declined between 2001 and 2002 to $42,409".
    if (range.isValid() && !before.isValid() && !percent && isYearLike(number) && (!range.currency.isEmpty() || range.percent))
        range = {};
    if (range.isValid()) {
        if (qualifier.between || (qualifier.from && !qualifier.change))
            start = qualifier.start;
        value.low = range.low;
        value.high = range.high;
        value.tolerance = range.tolerance;
        percent = percent || range.percent;
        if (value.currency.isEmpty() && !range.currency.isEmpty())
            value.currency = QString(range.currency);
        end = range.end;
        period = {};
    }

    if (!percent && value.currency.isEmpty()) {
        if (const Currency after = currencyWordAfter(b, end); after.isValid() && !weighsInPounds(b, number, after)) {
            value.currency = QString(after.code);
            end = after.end;
        }
    }
    if (!percent && value.currency.isEmpty() && number.needsCurrency)
        return refused;   // "5m" without a currency is five metres

    const bool money = !value.currency.isEmpty();
    if (money) {
        if (!period.isValid())
            period = periodAfter(b, end);
        if (period.isValid()) {
            value.period = period.period;
            end = period.end;
        }
        if (const Conversion conversion = conversionAfter(b, end); conversion.isValid()) {
            value.conversions.append(conversion.amount);
            end = conversion.end;
            if (value.period == Period::None) {
                if (const PeriodMatch late = periodAfter(b, end); late.isValid()) {
                    value.period = late.period;
                    end = late.end;
                }
            }
        }
    } else if (percent) {
        value.kind = FactKind::Percent;
        if (points)
            value.unit = QStringLiteral("points");
        if (value.tolerance == 0)
            value.tolerance = 0.5 * pow10(-number.decimals);
    } else {
        if (isYearLike(number))
            return refused;   // "founded in 2019", "the 2019–2020 season"
        bool partitive = false;
        // A time of day is not a count: "6 a.m.", "5 pm".
        if (auto [ws, we] = b.wordAfter(end); ws >= 0) {
            const QStringView word = b.slice(ws, we);
            if (word == u"a" && b.at(we) == u'.' && b.at(we + 1) == u'm')
                return refused;
            if (word == u"am" || word == u"pm" || word == u"AM" || word == u"PM" || word == u"p" || word == u"o'clock")
                return refused;
        }
        if (b.at(end) == u':')
            return refused;
        // "30 or more pounds": the bound after the number, before what it counts.
        qsizetype unitStart = end;
        const auto [boundEnd, bound] = qualifierAfter(b, end);
        if (boundEnd >= 0 && unitAfter(b, boundEnd).isValid()) {
            unitStart = boundEnd;
            value.approximation = bound;
        }
        if (const Unit unit = unitAfter(b, unitStart); unit.isValid()) {
            value.unit = unit.words;
            end = unit.end;
            // "220 pounds (100 kg)": the same measure in another unit, part of the one figure.
            if (const qsizetype e = measureConversionAfter(b, end, value.unit); e >= 0)
                end = e;
        } else if (const Unit part = partitiveUnit(b, end); part.isValid()) {
            value.unit = part.words;
            end = part.end;
            partitive = true;
        } else if (const Unit named = countNamedByCopula(b, number.start, end); named.isValid()) {
            value.unit = named.words;
            end = named.end;
        }
        if (!period.isValid())
            period = periodAfter(b, end);
        if (period.isValid() && (!value.unit.isEmpty() || number.grouped || number.scaled)) {
            value.period = period.period;
            end = period.end;
        }
        // "a BMI of 50", "a factor of five": the noun before "of" is what the number measures.
        if (value.unit.isEmpty() && !range.isValid() && !number.grouped && !number.scaled) {
            if (QString noun = measuredNounBefore(b, number.start); !noun.isEmpty())
                value.unit = std::move(noun);
        }
        // "the death toll was at least 767", "the toll approached 770": the number is the
        // toll's count.
        if (value.unit.isEmpty() && !range.isValid() && !number.word && tollStated(b, number.start))
            value.unit = QStringLiteral("toll");
        // A bare small number ("Route 14", "5–2", "in 3") says too little to check; one with
        // two or more decimals is a measured level or change ("closed at 981.73", "fell
        // 6.11"), precise enough to compare on its own, and so is the level a change reached
        // ("the index hit 60 after falling to 53").
        if (value.unit.isEmpty() && !number.grouped && !number.scaled && !range.isValid() && number.decimals < 2
            && (number.word || !levelReached(b, number.start)))
            return refused;
        // "one" is an article more often than a count; "at least one of the rules" counts.
        if (number.word && !number.scaled && number.value < 2 && !(partitive && value.approximation != Approximation::Exact))
            return refused;
    }
    value.kind = money ? FactKind::Money : percent ? FactKind::Percent : FactKind::Number;

    if (const auto [e, approximation] = qualifierAfter(b, end); e >= 0) {
        end = e;
        value.approximation = approximation;
    }
    if (value.high > Limits::maxFactValue)
        return {std::max(end, refused.resume), std::nullopt};
    return {std::max(end, refused.resume), Found{{start, end}, value}};
}

// ---------------------------------------------------------------------------------------------
// Words

/// "a million", "half a million", "one billion" where the magnitude word is at [start, end).
Step magnitudeWord(const Bounds &b, qsizetype start, qsizetype end, FactLexicon::Entry entry)
{
    const Step refused{end, std::nullopt};
    Number number;
    number.word = true;
    number.scaled = true;
    number.end = end;
    number.value = entry.value == 0 ? 12.0 : pow10(entry.value);
    if (qsizetype s = b.matchWordsBefore(start, {L("half"), L("a")}); s >= 0) {
        number.start = s;
        number.value *= 0.5;
    } else if ((s = b.matchWordsBefore(start, {L("a")})) >= 0 || (s = b.matchWordsBefore(start, {L("an")})) >= 0
               || (s = b.matchWordsBefore(start, {L("one")})) >= 0) {
        number.start = s;
    } else {
        return refused;
    }
    if (entry.value >= 3)
        number.tolerance = 0;
    return completeFigure(b, number, end);
}

/// Whether the last word of a counted phrase is a plural noun: "times", "rounds", "people".
bool endsInPlural(const QString &unit)
{
    const QStringView last = QStringView(unit).sliced(unit.lastIndexOf(u' ') + 1);
    if (last.endsWith(u's') && !last.endsWith(u"ss"))
        return true;
    // The irregular plurals news counts most.
    static constexpr std::array irregular = {L("children"), L("men"), L("people"), L("police"), L("women")};
    return std::any_of(irregular.begin(), irregular.end(), [&](L word) { return last == word; });
}

/// "several times", "many people", "multiple rounds", "a couple of weeks", "a handful of
/// lawmakers": a count left unstated, vague like "dozens". These words also stand alone or
/// before singular nouns ("the couple", "many a year", "multiple choice"), so the counted
/// phrase must end in a plural noun.
Step unstatedCount(const Bounds &b, qsizetype start, qsizetype end)
{
    const Step refused{end, std::nullopt};
    Unit unit;
    if (const qsizetype of = b.matchWord(b.skipBlanks(end), L("of")); of >= 0 && b.skipBlanks(end) > end)
        unit = unitAfter(b, of);
    else
        unit = unitAfter(b, end);
    if (!unit.isValid() || !endsInPlural(unit.words))
        return refused;
    FactValue value;
    value.kind = FactKind::Number;
    value.approximation = Approximation::Vague;
    // "a couple" is two or so, "several" and "a handful" a few; "many", "multiple" and
    // "numerous" have no upper end. A vague value admits the figures in its span only.
    const QStringView word = b.slice(start, end);
    const bool couple = word.compare(L("couple"), Qt::CaseInsensitive) == 0;
    const bool few = couple || word.compare(L("several"), Qt::CaseInsensitive) == 0
        || word.compare(L("handful"), Qt::CaseInsensitive) == 0;
    value.low = couple ? 2 : 3;
    value.high = few ? 9 : Limits::maxFactValue;
    value.unit = unit.words;
    return {unit.end, Found{{start, unit.end}, value}};
}

/// "hundreds of millions of dollars", "billions", "dozens of riders", "tens of thousands".
Step vagueWord(const Bounds &b, qsizetype start, qsizetype end, FactLexicon::Entry entry)
{
    const Step refused{end, std::nullopt};
    if (entry.value == 0)
        return unstatedCount(b, start, end);
    int exponent = entry.value;
    bool dozens = b.slice(start, end).compare(L("dozens"), Qt::CaseInsensitive) == 0;
    const bool tens = b.slice(start, end).compare(L("tens"), Qt::CaseInsensitive) == 0;
    qsizetype p = end;
    while (true) {
        const qsizetype of = b.matchWord(b.skipBlanks(p), L("of"));
        if (of < 0 || b.skipBlanks(p) == p)
            break;
        auto [ws, we] = b.wordAfter(of);
        if (ws < 0)
            break;
        const FactLexicon::Entry next = FactLexicon::lookup(b.slice(ws, we));
        if (next.kind != Kind::Vague || next.value < 3)
            break;
        exponent += next.value;
        dozens = false;
        p = we;
    }
    if (tens && p == end)
        return refused;   // "tens" alone is not a quantity
    FactValue value;
    value.kind = FactKind::Number;
    value.approximation = Approximation::Vague;
    value.low = dozens ? 24 : pow10(exponent);
    value.high = dozens ? 144 : pow10(exponent + (exponent % 3 == 0 ? 3 : 1));
    qsizetype figureEnd = p;
    if (const qsizetype of = b.matchWord(b.skipBlanks(p), L("of")); of >= 0 && b.skipBlanks(p) > p) {
        if (const Currency currency = currencyWordAfter(b, of); currency.isValid()) {
            value.kind = FactKind::Money;
            value.currency = QString(currency.code);
            figureEnd = currency.end;
        } else if (const Unit unit = unitAfter(b, of); unit.isValid()) {
            value.unit = unit.words;
            figureEnd = unit.end;
        }
    } else if (const Unit unit = unitAfter(b, p); unit.isValid()) {
        value.unit = unit.words;
        figureEnd = unit.end;
    }
    if (value.kind == FactKind::Number && value.unit.isEmpty())
        return refused;   // "by the millions", "Billions" the series: nothing counted
    if (value.high > 10 * Limits::maxFactValue)
        return refused;
    return {figureEnd, Found{{start, figureEnd}, value}};
}

/// "a fifth of", "two-thirds of", "half of", "one in five": a share, read as a percentage.
Step fractionWord(const Bounds &b, qsizetype start, qsizetype end, FactLexicon::Entry entry,
                  double numerator, qsizetype numeratorStart)
{
    const Step refused{end, std::nullopt};
    const qsizetype of = b.matchWord(b.skipBlanks(end), L("of"));
    if (of < 0) {
        // "more than half", "nearly half", "about half": a share of what the sentence is
        // about, bounded by its qualifier. Without one, "half" is too often no figure ("the
        // second half", "half-price").
        const Qualifier qualifier = qualifierBefore(b, start);
        if (entry.value != 2 || numeratorStart >= 0 || !qualifier.isValid() || qualifier.between || qualifier.from
            || b.slice(start, end).compare(L("half"), Qt::CaseInsensitive) != 0 || isDash(b.at(end)))
            return refused;
        FactValue value;
        value.kind = FactKind::Percent;
        value.low = value.high = 50;
        value.tolerance = 0.5;
        value.approximation = qualifier.approximation;
        return {end, Found{{qualifier.start, end}, value}};
    }
    qsizetype figureStart = numeratorStart;
    if (figureStart < 0) {
        if (qsizetype s = b.matchWordsBefore(start, {L("a")}); s >= 0 || (s = b.matchWordsBefore(start, {L("one")})) >= 0)
            figureStart = s;
        else if (entry.value == 2)   // "half of the fleet"
            figureStart = start;
        else
            return refused;          // "the fifth of", "a third party" never gets here
    }
    if (entry.value == 2 && b.slice(start, end).compare(L("half"), Qt::CaseInsensitive) != 0)
        return refused;
    const bool plural = b.slice(start, end).endsWith(u's');
    if (plural != (numerator > 1))
        return refused;              // "a thirds", "two third"
    FactValue value;
    value.kind = FactKind::Percent;
    value.low = value.high = 100.0 * numerator / entry.value;
    value.tolerance = 0.5;
    qsizetype figure = figureStart;
    const Qualifier qualifier = qualifierBefore(b, figureStart);
    if (qualifier.isValid() && !qualifier.between && !qualifier.from) {
        figure = qualifier.start;
        value.approximation = qualifier.approximation;
    }
    return {end, Found{{figure, end}, value}};
}

} // namespace

namespace {

/// Where a figure starting at `start` begins with its qualifier ("about", "nearly"), which
/// sets the value's approximation.
qsizetype qualifiedStart(const Bounds &b, qsizetype start, FactValue &value)
{
    const Qualifier qualifier = qualifierBefore(b, start);
    if (!qualifier.isValid() || qualifier.between || qualifier.from)
        return start;
    value.approximation = qualifier.approximation;
    return qualifier.start;
}

/// A number joined by a hyphen to a unit of time or measure or a noun it counts: "a 60-day
/// suspension" is 60 days, "a three-day conference" 3 days, "a 225-page report" 225 pages, "a
/// seven-count indictment" 7 counts, "a 20-ounce bottle" 20 ounces, "a 50-cent hike" 50 cents
/// (as "50 cents" is read), "a 6-year-old boy" an age of 6 years, "a two-year-long inquiry" 2
/// years. Other compounds ("a 5,000-request cap", "COVID-19") stay refused. `number` is read
/// (digits or words) and ends at the hyphen.
Step unitCompound(const Bounds &b, const Number &number)
{
    if (number.leadingZero || number.decimals > 0 || number.scaled || !isDash(b.at(number.end)) || !b.isLetterAt(number.end + 1))
        return {};
    const qsizetype unitStart = number.end + 1;
    qsizetype unitEnd = unitStart;
    while (unitEnd < b.end && b.text[unitEnd].isLetter())
        ++unitEnd;
    static constexpr std::array units = {
        std::pair(L("minute"), L("minutes")), std::pair(L("hour"), L("hours")), std::pair(L("day"), L("days")),
        std::pair(L("week"), L("weeks")), std::pair(L("month"), L("months")), std::pair(L("year"), L("years")),
        std::pair(L("page"), L("pages")), std::pair(L("mile"), L("miles")), std::pair(L("inch"), L("inches")),
        std::pair(L("foot"), L("feet")), std::pair(L("ounce"), L("ounces")), std::pair(L("count"), L("counts")),
        std::pair(L("member"), L("members")), std::pair(L("seat"), L("seats")), std::pair(L("point"), L("points")),
        std::pair(L("cent"), L("cents")), std::pair(L("bit"), L("bits")),
    };
    const QStringView unit = b.slice(unitStart, unitEnd);
    const auto it = std::find_if(units.begin(), units.end(), [&](const auto &u) { return Bounds::equalsIgnoringCase(unit, u.first); });
    if (it == units.end())
        return {};
    FactValue value;
    value.kind = FactKind::Number;
    value.low = value.high = number.value;
    value.unit = QString(it->second);
    qsizetype end = unitEnd;
    // "6-year-old": an age; "two-year-long": a length, the same figure as "two years".
    if (isDash(b.at(end)) && b.matchWord(end + 1, L("old")) >= 0) {
        end = b.matchWord(end + 1, L("old"));
        value.unit += QStringLiteral(" old");
    } else if (isDash(b.at(end)) && b.matchWord(end + 1, L("long")) >= 0) {
        end = b.matchWord(end + 1, L("long"));
    }
    if (b.isLetterAt(end) || (isDash(b.at(end)) && b.isLetterAt(end + 1)))
        return {};   // "5-year-olds'" or another compound
    const qsizetype start = qualifiedStart(b, number.start, value);   // "nearly two-year-long"
    return {end, Found{{start, end}, value}};
}

/// A measure with its unit glued on: "3km", "117kg", "40ft", "about 3km". "12m" stays refused
/// (metres or millions: see readQuantity), as does any other glued word ("5G", "10am").
Step gluedMeasure(const Bounds &b, qsizetype pos)
{
    const std::optional<Number> number = readDigits(b, pos);
    if (!number || number->leadingZero || !b.isLetterAt(number->end) || currencyBefore(b, pos).isValid())
        return {};
    const qsizetype we = b.wordEnd(number->end);
    const QStringView suffix = b.slice(number->end, we);
    if (suffix.size() < 2 || !FactCompare::measureOf(suffix) || b.isDigitAt(we))
        return {};
    FactValue value;
    value.kind = FactKind::Number;
    value.low = value.high = number->value;
    value.unit = suffix.toString().toLower();
    return {we, Found{{qualifiedStart(b, pos, value), we}, value}};
}

/// Words that make two counts joined by a dash or "to" a vote or a score: "voted 234-193",
/// "passed 97 to 1", "a 5-4 decision", "by a 134-to-63 vote", "won 3-2".
bool isTallyWord(QStringView word)
{
    static constexpr std::array words = {
        L("vote"), L("votes"), L("voted"), L("voting"), L("ballot"), L("ballots"), L("tally"),
        L("margin"), L("decision"), L("ruling"), L("verdict"), L("passed"), L("approved"),
        L("rejected"), L("defeated"), L("confirmed"), L("elected"), L("endorsed"), L("adopted"),
        L("won"), L("lost"), L("beat"), L("score"), L("scored"), L("victory"), L("win"),
        L("defeat"), L("split"),
    };
    return std::any_of(words.begin(), words.end(), [&](L w) { return Bounds::equalsIgnoringCase(word, w); });
}

/// Whether a vote or score word stands within a few words of [start, end) in its sentence:
/// up to five words before ("The House voted 234-193", "by a vote of 134 to 63", "won, 134 to
/// 63") or two after ("a 5-4 decision", "by a 134-to-63 vote"). A "vote" in another sentence
/// says nothing about these numbers.
bool hasTallyContext(const Bounds &b, qsizetype start, qsizetype end)
{
    if (wordNear(b, start, 5, false, isTallyWord) || wordNear(b, end, 2, true, isTallyWord))
        return true;
    // A record or a score in brackets right after a name: "Stanford (46-15) plays ...".
    const qsizetype open = b.skipBlanksBack(start);
    if (open <= b.begin || b.text[open - 1] != u'(' || b.at(end) != u')')
        return false;
    const auto [ws, we] = b.wordBefore(open - 1);
    return ws >= 0 && b.skipBlanks(we) == open - 1 && b.text[ws].isUpper() && !FactLexicon::isStopWord(b.slice(ws, we))
        && !FactLexicon::isLabelNoun(b.slice(ws, we)) && FactLexicon::lookup(b.slice(ws, we)).kind == Kind::None;
}

/// A vote tally or a score: two whole counts joined by a dash, "to" or "-to-", the larger
/// first ("234-193", "134 to 63", "134-to-63"), next to a vote or score word. Without that
/// word "5–2" stays no fact (a range is written low to high, so this reading never takes a
/// range). The value keeps both counts: low is the larger, `unit` "tally", `against` the
/// smaller, so "193 to 234" and "234-193" are one tally.
Step voteTally(const Bounds &b, qsizetype pos)
{
    const std::optional<Number> first = readDigits(b, pos);
    if (!first || first->leadingZero || first->decimals > 0)
        return {};
    qsizetype p = first->end;
    qsizetype afterConnector = -1;
    if (isDash(b.at(p)) && b.isDigitAt(p + 1)) {
        afterConnector = p + 1;
    } else if (isDash(b.at(p)) && b.matchWord(p + 1, L("to")) >= 0 && isDash(b.at(p + 3))) {
        afterConnector = p + 4;
    } else if (const qsizetype to = b.matchWord(b.skipBlanks(p), L("to")); to >= 0 && b.skipBlanks(p) > p
               && b.skipBlanks(to) > to) {
        afterConnector = b.skipBlanks(to);
    }
    if (afterConnector < 0 || !b.isDigitAt(afterConnector))
        return {};
    const std::optional<Number> second = readDigits(b, afterConnector);
    if (!second || second->leadingZero || second->decimals > 0 || second->value > first->value)
        return {};
    const QChar after = b.at(second->end);
    if (b.isLetterAt(second->end) || after == u'%' || (isDash(after) && b.isLetterAt(second->end + 1))
        || ((after == u',' || after == u'.') && b.isDigitAt(second->end + 1)))
        return {};   // "5-2nd", "3-2%", a longer number
    bool points = false;
    if (isYearLike(*first) || spacedMagnitude(b, second->end).isValid() || percentAfter(b, second->end, &points) >= 0)
        return {};   // "2019 to 2018", "10 to 5 million", "10 to 5 percent": a range or a change
    if (!hasTallyContext(b, pos, second->end))
        return {};
    FactValue value;
    value.kind = FactKind::Number;
    value.low = value.high = first->value;
    value.against = second->value;
    value.unit = QStringLiteral("tally");
    return {second->end, Found{{pos, second->end}, value}};
}

/// A number that can be an age at `pos`: one to three digits, a whole number of years from 1
/// to 120, written without a leading zero or grouping.
std::optional<Number> ageAt(const Bounds &b, qsizetype pos)
{
    const std::optional<Number> number = readDigits(b, pos);
    if (!number || number->leadingZero || number->decimals > 0 || number->grouped || number->value < 1 || number->value > 120)
        return std::nullopt;
    return number;
}

/// An age in apposition to a name: "Nancy Pelosi, 76, said" is 76 years old. Only a number
/// of one to three digits set off by commas right after a capitalised word.
Step appositiveAge(const Bounds &b, qsizetype pos)
{
    const std::optional<Number> number = ageAt(b, pos);
    if (!number || b.at(number->end) != u',')
        return {};
    const qsizetype comma = b.skipBlanksBack(pos);
    if (comma <= b.begin || b.text[comma - 1] != u',')
        return {};
    const auto [ws, we] = b.wordBefore(comma - 1);
    if (ws < 0 || !b.text[ws].isUpper() || FactLexicon::isStopWord(b.slice(ws, we))
        || FactLexicon::lookup(b.slice(ws, we)).kind != Kind::None)
        return {};   // "In May, 12, ..." or a month: not a name
    FactValue value;
    value.kind = FactKind::Number;
    value.low = value.high = number->value;
    value.unit = QStringLiteral("years old");
    return {number->end, Found{{pos, number->end}, value}};
}

/// "a.m.", "am", "p.m.", "pm", "AM", "PM" at `pos` (after the number, a blank allowed before
/// it): returns the end and sets `afternoon`, or -1.
qsizetype meridiemAt(const Bounds &b, qsizetype pos, bool *afternoon)
{
    qsizetype p = pos;
    if (isBlank(b.at(p)))
        ++p;
    const QChar first = b.at(p).toLower();
    if (first != u'a' && first != u'p')
        return -1;
    qsizetype e = -1;
    if (b.at(p + 1) == u'.' && b.at(p + 2).toLower() == u'm' && b.at(p + 3) == u'.')
        e = p + 4;   // "p.m."
    else if (b.at(p + 1).toLower() == u'm' && !b.isLetterAt(p + 2) && !b.isDigitAt(p + 2))
        e = b.at(p + 2) == u'.' && b.isLetterAt(p + 3) ? -1 : p + 2;   // "pm", not "p.m.x"
    if (e < 0 || b.isLetterAt(e) || b.isDigitAt(e))
        return -1;
    *afternoon = first == u'p';
    return e;
}

/// A time zone written after a time: "GMT", "EDT", "(EST)". Returns its end or `pos`, and
/// the zone in `zone`.
qsizetype timeZoneAfter(const Bounds &b, qsizetype pos, QStringView *zone)
{
    qsizetype p = b.skipBlanks(pos);
    const bool bracket = b.at(p) == u'(';
    if (bracket)
        p = b.skipBlanks(p + 1);
    if (p == pos || !b.isLetterAt(p))
        return pos;
    const qsizetype we = b.wordEnd(p);
    if (!FactCompare::timeZoneNamed(b.slice(p, we)))
        return pos;
    const qsizetype close = b.skipBlanks(we);
    if (bracket && b.at(close) != u')')
        return pos;
    *zone = b.slice(p, we);
    return bracket ? close + 1 : we;
}

/// A time of day: "7 p.m.", "7pm", "2:05 p.m.", "19:00", "0240 GMT", with a time zone after
/// it. Read as minutes after midnight with unit "time of day", so "7 p.m." and "19:00" are one
/// value and "7 p.m." against "8 p.m." is a difference a reader checks ("effective at 5 p.m.").
/// Without "a.m."/"p.m." the form must say it is a time on its own: "hh:mm" with the hour up
/// to 23, or four digits with a time zone ("0240 GMT"); a bare "7" is no time.
/// A time of day `minutes` after midnight. The unit names the zone when one is written ("time
/// of day EDT"): FactCompare::relate() compares times in two different zones only through the
/// zones' offsets.
FactValue timeValue(int minutes, QStringView zone)
{
    FactValue value;
    value.kind = FactKind::Number;
    value.low = value.high = minutes;
    value.unit = QStringLiteral("time of day");
    if (!zone.isEmpty())
        value.unit += u' ' + zone.toString();
    return value;
}

Step timeOfDay(const Bounds &b, qsizetype pos, bool rangeEnd = false)
{
    QStringView zone;
    qsizetype e = pos;
    while (b.isDigitAt(e) && e - pos < 5)
        ++e;
    const qsizetype digits = e - pos;
    if (digits == 0 || digits > 4 || b.isDigitAt(e))
        return {};
    int hour = 0;
    int minute = 0;
    for (qsizetype i = pos; i < e; ++i)
        hour = hour * 10 + (b.text[i].unicode() - u'0');
    bool clock = false;   // written as a time without a.m./p.m.
    if (digits <= 2 && (b.at(e) == u':' || b.at(e) == u'.') && b.isDigitAt(e + 1) && b.isDigitAt(e + 2)
        && !b.isDigitAt(e + 3)) {
        minute = (b.text[e + 1].unicode() - u'0') * 10 + (b.text[e + 2].unicode() - u'0');
        clock = b.at(e) == u':';
        e += 3;
        if ((b.at(e) == u':' || b.at(e) == u'.') && b.isDigitAt(e + 1))
            return {};   // "10:30:15" timestamps and "3.45.1" versions are not read
    } else if (digits == 4) {
        minute = hour % 100;
        hour /= 100;
        const qsizetype zoneEnd = timeZoneAfter(b, e, &zone);
        if (zoneEnd == e)
            return {};   // "1430" alone is a number; "0240 GMT" is a time
        if (hour > 23 || minute > 59)
            return {};
        return {zoneEnd, Found{{pos, zoneEnd}, timeValue(hour * 60 + minute, zone)}};
    } else if (digits > 2) {
        return {};
    }
    if (minute > 59)
        return {};
    bool afternoon = false;
    qsizetype end = meridiemAt(b, e, &afternoon);
    if (end >= 0) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (afternoon ? 12 : 0);
    } else if (clock && hour <= 23 && !b.isLetterAt(e)) {
        end = e;
    } else {
        return {};
    }
    end = timeZoneAfter(b, end, &zone);
    FactValue value = timeValue(hour * 60 + minute, zone);
    // "from 8 a.m. to 5 p.m.", "9am-5pm": hours kept, a span of the day rather than a moment;
    // one value, so that its ends are not each compared with another outlet's hours.
    if (!rangeEnd) {
        const qsizetype p = b.skipBlanks(end);
        qsizetype next = isDash(b.at(p)) ? b.skipBlanks(p + 1) : -1;
        for (L joiner : {L("to"), L("until"), L("till")}) {
            const qsizetype joinerEnd = next < 0 && p > end ? b.matchWord(p, joiner) : -1;
            if (joinerEnd >= 0)
                next = b.skipBlanks(joinerEnd);
        }
        if (next > p && b.isDigitAt(next)) {
            if (const Step second = timeOfDay(b, next, true); second.found) {
                const FactValue &other = second.found->value;
                if (zone.isEmpty() || other.unit == value.unit) {
                    value.unit = other.unit;
                    value.high = other.low + (other.low < value.low ? 24 * 60 : 0);
                    end = second.resume;
                }
            }
        }
    }
    qsizetype start = pos;
    if (const Qualifier qualifier = qualifierBefore(b, pos); qualifier.isValid() && !qualifier.between && !qualifier.from
        && (qualifier.approximation == Approximation::About || qualifier.approximation == Approximation::Nearly)) {
        start = qualifier.start;   // "about 3 p.m."; "after 3 p.m." is no value
        value.approximation = qualifier.approximation;
    }
    return {end, Found{{start, end}, value}};
}

/// Whether [ws, we) names a person: a capitalised word that is no function word, month or
/// weekday ("Tate", "Ruiz"), or "he" / "she".
bool namesPerson(const Bounds &b, qsizetype ws, qsizetype we)
{
    if (ws < 0)
        return false;
    const QStringView word = b.slice(ws, we);
    if (Bounds::equalsIgnoringCase(word, L("he")) || Bounds::equalsIgnoringCase(word, L("she")))
        return true;
    return word.front().isUpper() && !FactLexicon::isStopWord(word) && FactLexicon::lookup(word).kind == Kind::None;
}

/// An age a person is said to have had when something happened: "At 12, Tate was charged"
/// (the number set off by a comma before the person), "Tate was 12 when he was charged".
bool ageOfPersonAt(const Bounds &b, const Number &number)
{
    const auto [ps, pe] = b.wordBefore(number.start);
    if (ps < 0)
        return false;
    const QStringView before = b.slice(ps, pe);
    if (Bounds::equalsIgnoringCase(before, L("at")) && b.at(number.end) == u',') {
        const auto [ns, ne] = b.wordAfter(number.end + 1);
        return ns == b.skipBlanks(number.end + 1) && namesPerson(b, ns, ne);
    }
    if (Bounds::equalsIgnoringCase(before, L("was")) || Bounds::equalsIgnoringCase(before, L("is"))) {
        const auto [ns, ne] = b.wordAfter(number.end);
        if (ns != b.skipBlanks(number.end) || ns == number.end || !Bounds::equalsIgnoringCase(b.slice(ns, ne), L("when")))
            return false;
        const auto [ss, se] = b.wordBefore(ps);
        return namesPerson(b, ss, se);
    }
    // "after he turned 94", "Ruiz, who turns 60 in May": a birthday reached.
    if (Bounds::equalsIgnoringCase(before, L("turned")) || Bounds::equalsIgnoringCase(before, L("turns"))) {
        const auto [ss, se] = b.wordBefore(ps);
        return namesPerson(b, ss, se) || (ss >= 0 && Bounds::equalsIgnoringCase(b.slice(ss, se), L("who")));
    }
    return false;
}

/// A decade of someone's life: "into his 90s", "in her early 60s", "his 30's": the ages from
/// the decade's first year to its last. A possessive pronoun must stand before it (perhaps
/// with "early", "mid" or "late", which the range leaves wide): "the 90s" alone is a decade of
/// years or a temperature.
Step ageDecade(const Bounds &b, qsizetype pos)
{
    const std::optional<Number> number = readDigits(b, pos);
    if (!number || number->decimals > 0 || number->grouped || number->end - pos != 2 || int(number->value) % 10 != 0
        || number->value < 10)
        return {};
    qsizetype end = number->end;
    if (FactScan::isApostrophe(b.at(end)))
        ++end;
    if (b.at(end) != u's' || b.isLetterAt(end + 1) || b.isDigitAt(end + 1))
        return {};
    ++end;
    auto [ws, we] = b.wordBefore(pos);
    if (ws >= 0 && (Bounds::equalsIgnoringCase(b.slice(ws, we), L("early")) || Bounds::equalsIgnoringCase(b.slice(ws, we), L("mid"))
                    || Bounds::equalsIgnoringCase(b.slice(ws, we), L("late"))))
        std::tie(ws, we) = b.wordBefore(ws);
    // One person's: "in their 70s" tells the ages of a group, no one's age.
    static constexpr std::array possessives = {L("his"), L("her"), L("my")};
    if (ws < 0 || std::none_of(possessives.begin(), possessives.end(), [&, s = ws, e = we](L p) { return Bounds::equalsIgnoringCase(b.slice(s, e), p); }))
        return {};
    FactValue value;
    value.kind = FactKind::Number;
    value.low = number->value;
    value.high = number->value + 9;
    value.unit = QStringLiteral("years old");
    return {end, Found{{pos, end}, value}};
}

/// An age bound on who may do something: "21 or older", "65 and over", "18 or younger" (the
/// bound after the number), or "adults over 21", "children under 5" (a word for people
/// before "over" / "under").
Step ageBound(const Bounds &b, qsizetype pos)
{
    const std::optional<Number> number = ageAt(b, pos);
    if (!number || b.isLetterAt(number->end) || b.isDigitAt(number->end))
        return {};
    FactValue value;
    value.kind = FactKind::Number;
    value.low = value.high = number->value;
    value.unit = QStringLiteral("years old");
    const qsizetype after = b.skipBlanks(number->end);
    for (L joiner : {L("or"), L("and")}) {
        const qsizetype j = b.matchWord(after, joiner);
        if (j < 0 || after == number->end)
            continue;
        const qsizetype w = b.skipBlanks(j);
        for (const auto &[word, bound] : {std::pair(L("older"), Approximation::AtLeast), std::pair(L("over"), Approximation::AtLeast),
                                          std::pair(L("up"), Approximation::AtLeast), std::pair(L("younger"), Approximation::AtMost)}) {
            if (const qsizetype e = b.matchWord(w, word); e >= 0 && w > j) {
                value.approximation = bound;
                return {e, Found{{pos, e}, value}};
            }
        }
    }
    static constexpr std::array people = {
        L("adults"), L("anyone"), L("people"), L("those"), L("children"), L("kids"), L("residents"), L("voters"),
        L("women"), L("men"), L("teens"), L("teenagers"), L("students"), L("everyone"), L("drivers"), L("workers"),
        L("patients"), L("youths"), L("minors"), L("players"),
    };
    const auto [qs, qe] = b.wordBefore(pos);
    if (qs < 0)
        return {};
    const QStringView qualifier = b.slice(qs, qe);
    const bool over = Bounds::equalsIgnoringCase(qualifier, L("over"));
    if (!over && !Bounds::equalsIgnoringCase(qualifier, L("under")))
        return {};
    const auto [ps, pe] = b.wordBefore(qs);
    const QStringView who = ps >= 0 ? b.slice(ps, pe) : QStringView();
    if (ps < 0 || std::none_of(people.begin(), people.end(), [&](L w) { return Bounds::equalsIgnoringCase(who, w); }))
        return {};
    value.approximation = over ? Approximation::MoreThan : Approximation::LessThan;
    return {number->end, Found{{qs, number->end}, value}};
}

/// An age given after the word: "at age 15", "at the age of 15", "aged 15"; or of a person at
/// a moment ("At 12, Tate was charged", "Tate was 12 when he was charged"). One to three
/// digits, a whole number of years up to 120, nothing glued after it.
Step statedAge(const Bounds &b, qsizetype pos)
{
    const std::optional<Number> number = ageAt(b, pos);
    if (!number || b.isLetterAt(number->end) || (isDash(b.at(number->end)) && b.isLetterAt(number->end + 1)))
        return {};
    qsizetype start = b.matchWordsBefore(pos, {L("age"), L("of")});
    if (start < 0)
        start = b.matchWordsBefore(pos, {L("age")});
    if (start < 0)
        start = b.matchWordsBefore(pos, {L("aged")});
    if (start < 0 && ageOfPersonAt(b, *number))
        start = pos;
    if (start < 0)
        return {};
    // "aged 15 to 24", "aged 15-24": a range of ages, which the general reading takes.
    const qsizetype next = b.skipBlanks(number->end);
    if ((isDash(b.at(next)) && b.isDigitAt(next + 1)) || b.matchWord(next, L("to")) >= 0 || b.matchWord(next, L("and")) >= 0)
        return {};
    FactValue value;
    value.kind = FactKind::Number;
    value.low = value.high = number->value;
    value.unit = QStringLiteral("years old");
    return {number->end, Found{{pos, number->end}, value}};
}

} // namespace

Step figureAtDigit(const Bounds &b, qsizetype pos)
{
    const qsizetype run = skipRun(b, pos);
    const Step refused{std::max(run, pos + 1), std::nullopt};
    // A digit glued to a word or code is part of a name ("COVID-19", "F-35", "G7"), a handle,
    // a version or a signed market figure ("+0.3%").
    if (pos > b.begin && !currencyBefore(b, pos).isValid()) {
        const QChar prev = b.text[pos - 1];
        if (prev.isLetterOrNumber() || prev == u'#' || prev == u'@' || prev == u'_' || prev == u'/'
            || prev == u'\\' || prev == u':' || prev == u'.' || prev == u'+')
            return refused;
        if (isDash(prev) && pos - 2 >= b.begin && b.text[pos - 2].isLetterOrNumber())
            return refused;
    }
    if (const qsizetype phone = phoneEnd(b, pos); phone >= 0)
        return {phone, std::nullopt};
    if (const std::optional<Number> digits = readDigits(b, pos)) {
        if (Step compound = unitCompound(b, *digits); compound.found)
            return compound;
    }
    if (Step age = appositiveAge(b, pos); age.found)
        return age;
    if (Step age = statedAge(b, pos); age.found)
        return age;
    if (Step age = ageBound(b, pos); age.found)
        return age;
    if (Step age = ageDecade(b, pos); age.found)
        return age;
    if (Step tally = voteTally(b, pos); tally.found)
        return tally;
    if (Step measure = gluedMeasure(b, pos); measure.found)
        return measure;
    if (Step time = timeOfDay(b, pos); time.found)
        return time;
    const std::optional<Number> number = readQuantity(b, pos);
    if (!number)
        return refused;
    return completeFigure(b, *number, number->end);
}

bool isTimeOffsetWord(QStringView word)
{
    static constexpr std::array offsets = {L("later"), L("earlier"), L("ago"), L("before"), L("after"), L("prior")};
    return std::any_of(offsets.begin(), offsets.end(), [&](L offset) { return Bounds::equalsIgnoringCase(word, offset); });
}

Step elidedCount(const Bounds &b, qsizetype pos, const Found &previous)
{
    const Step none{pos + 1, std::nullopt};
    const FactValue &first = previous.value;
    if (first.kind != FactKind::Number || first.unit.isEmpty() || first.isTally() || first.isTimeOfDay()
        || first.isRange() || first.isVague())
        return none;
    // A list is short: the first count's phrase and this number within a line of text.
    constexpr qsizetype maxGap = 80;
    if (pos <= previous.span.end || pos - previous.span.end > maxGap)
        return none;
    static constexpr std::array prepositions = {L("in"), L("at"), L("for"), L("from"), L("on"), L("among"), L("across")};
    const auto prepositionAt = [&](qsizetype at) -> std::optional<L> {
        const auto [ws, we] = b.wordAfter(at);
        if (ws < 0 || ws == at)
            return std::nullopt;
        for (L preposition : prepositions) {
            if (Bounds::equalsIgnoringCase(b.slice(ws, we), preposition))
                return preposition;
        }
        return std::nullopt;
    };
    // Nothing but the first's phrase ("had been reported in Wisconsin"), then a comma or
    // "and"/"or", up to this number.
    const QStringView gap = b.slice(previous.span.end, pos);
    const auto breaksList = [](QChar c) {
        return c == u'.' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'(' || c == u'"' || c.isDigit();
    };
    if (std::any_of(gap.begin(), gap.end(), breaksList))
        return none;
    const auto [ws, we] = b.wordBefore(pos);
    const bool joined = ws >= 0
        && (Bounds::equalsIgnoringCase(b.slice(ws, we), L("and")) || Bounds::equalsIgnoringCase(b.slice(ws, we), L("or")));
    const qsizetype p = b.skipBlanksBack(pos);
    if (!joined && !(p > b.begin && b.text[p - 1] == u','))
        return none;
    std::optional<Number> number = b.isDigitAt(pos) ? readDigits(b, pos) : readNumberWords(b, pos);
    if (!number || number->scaled || number->decimals > 0 || number->leadingZero || isYearLike(*number)
        || (number->word && number->value < 2))
        return none;
    if (b.isLetterAt(number->end) || b.isDigitAt(number->end) || b.at(number->end) == u'%')
        return none;
    // The first's phrase holds the preposition this number is followed by: "... in Wisconsin,
    // 10 in Indiana".
    const std::optional<L> own = prepositionAt(number->end);
    if (!own)
        return none;
    bool shared = false;
    for (qsizetype at = previous.span.end; at < pos && !shared;) {
        const auto [gs, ge] = b.wordAfter(at);
        if (gs < 0 || gs >= pos)
            break;
        shared = Bounds::equalsIgnoringCase(b.slice(gs, ge), *own);
        at = ge;
    }
    if (!shared)
        return none;
    FactValue value;
    value.kind = FactKind::Number;
    value.low = value.high = number->value;
    value.unit = first.unit;
    return {number->end, Found{{number->start, number->end}, value}};
}

Step vagueSpanAfterFor(const Bounds &b, qsizetype start, qsizetype end)
{
    const Step none{end, std::nullopt};
    if (!Bounds::equalsIgnoringCase(b.slice(start, end), L("for")))
        return none;
    const auto [us, ue] = b.wordAfter(end);
    if (us < 0 || us == end)
        return none;
    const QStringView unit = b.slice(us, ue);
    static constexpr std::array spans = {L("weeks"), L("months"), L("years"), L("decades")};
    if (!unit.front().isLower() || std::none_of(spans.begin(), spans.end(), [&](L s) { return Bounds::equalsIgnoringCase(unit, s); }))
        return none;
    // "for years to come" still spans years; "for years ago" or "for years-long" is no span.
    if (b.isLetterAt(ue) || isDash(b.at(ue)))
        return none;
    if (const auto [ns, ne] = b.wordAfter(ue); ns >= 0 && (isTimeOffsetWord(b.slice(ns, ne)) || Bounds::equalsIgnoringCase(b.slice(ns, ne), L("old"))))
        return none;
    FactValue value;
    value.kind = FactKind::Number;
    value.approximation = Approximation::Vague;
    value.low = 3;
    value.high = Limits::maxFactValue;
    value.unit = unit.toString();
    return {ue, Found{{us, ue}, value}};
}

Step clockWordAt(const Bounds &b, qsizetype start, qsizetype end, int minutes)
{
    const Step none{end, std::nullopt};
    // "before midnight" or "after noon" is no moment, as "after 3 p.m." is none.
    static constexpr std::array prepositions = {L("at"), L("until"), L("till"), L("by"), L("from"), L("to")};
    const auto [ws, we] = b.wordBefore(start);
    const QStringView before = ws >= 0 ? b.slice(ws, we) : QStringView();
    if (ws < 0 || std::none_of(prepositions.begin(), prepositions.end(), [&](L p) { return Bounds::equalsIgnoringCase(before, p); }))
        return none;   // "the midnight oil", "a noon deadline" name no moment
    QStringView zone;
    const qsizetype zoneEnd = timeZoneAfter(b, end, &zone);
    return {zoneEnd, Found{{start, zoneEnd}, timeValue(minutes, zone)}};
}

Step timeSpanAtArticle(const Bounds &b, qsizetype start, qsizetype end)
{
    const Step none{end, std::nullopt};
    const QStringView article = b.slice(start, end);
    if (!Bounds::equalsIgnoringCase(article, L("a")) && !Bounds::equalsIgnoringCase(article, L("an")))
        return none;
    const auto [us, ue] = b.wordAfter(end);
    if (us < 0 || us != b.skipBlanks(end) || us == end)
        return none;
    static constexpr std::array units = {L("day"), L("week"), L("month"), L("year"), L("decade"), L("century")};
    const QStringView unit = b.slice(us, ue);
    if (std::none_of(units.begin(), units.end(), [&](L u) { return Bounds::equalsIgnoringCase(unit, u); })
        || b.at(ue) == u'-' || FactScan::isApostrophe(b.at(ue)))
        return none;   // "a year-long inquiry", "a year's pay"
    // An offset places an event ("about a year ago") and belongs to the date grammar.
    if (const auto [ns, ne] = b.wordAfter(ue); ns >= 0 && isTimeOffsetWord(b.slice(ns, ne)))
        return none;
    const Qualifier qualifier = qualifierBefore(b, start);
    if (!qualifier.isValid() || qualifier.between || qualifier.from || qualifier.approximation == Approximation::Exact
        || qualifier.approximation == Approximation::Vague)
        return none;
    FactValue value;
    value.kind = FactKind::Number;
    value.low = value.high = 1;
    value.approximation = qualifier.approximation;
    value.unit = unit.toString().toLower();
    return {ue, Found{{qualifier.start, ue}, value}};
}

Step figureAtWord(const Bounds &b, qsizetype start, qsizetype end, FactLexicon::Entry entry)
{
    switch (entry.kind) {
    case Kind::Magnitude:
        return magnitudeWord(b, start, end, entry);
    case Kind::Vague:
        return vagueWord(b, start, end, entry);
    case Kind::Fraction:
        return fractionWord(b, start, end, entry, 1, -1);
    case Kind::NumberWord: {
        // "two-thirds of", "three quarters of"
        qsizetype partEnd = start;
        while (partEnd < b.end && b.text[partEnd].isLetter())
            ++partEnd;
        qsizetype next = partEnd;
        if (b.at(next) == u'-' || isBlank(b.at(next)))
            ++next;
        if (next > partEnd && b.isLetterAt(next)) {
            qsizetype nextEnd = next;
            while (nextEnd < b.end && b.text[nextEnd].isLetter())
                ++nextEnd;
            const FactLexicon::Entry fraction = FactLexicon::lookup(b.slice(next, nextEnd));
            if (fraction.kind == Kind::Fraction && entry.value < fraction.value)
                return fractionWord(b, next, nextEnd, fraction, entry.value, start);
        }
        // "one in five"
        if (entry.value == 1) {
            if (const qsizetype in = b.matchWords(b.skipBlanks(partEnd), {L("in")}); in >= 0 && b.skipBlanks(partEnd) > partEnd) {
                const qsizetype d = b.skipBlanks(in);
                std::optional<Number> denominator = b.isDigitAt(d) ? readDigits(b, d) : readNumberWords(b, d);
                if (denominator && denominator->value >= 2 && denominator->value <= 1000 && !denominator->scaled) {
                    FactValue value;
                    value.kind = FactKind::Percent;
                    value.low = value.high = 100.0 / denominator->value;
                    value.tolerance = 0.5;
                    return {denominator->end, Found{{start, denominator->end}, value}};
                }
            }
        }
        const std::optional<Number> number = readNumberWords(b, start);
        if (!number)
            return {end, std::nullopt};
        if (Step compound = unitCompound(b, *number); compound.found)
            return compound;
        return completeFigure(b, *number, end);
    }
    default:
        return {end, std::nullopt};
    }
}

} // namespace Crossread::FactGrammar
