// SPDX-License-Identifier: GPL-3.0-or-later
#include "facts/factcompare.h"

#include "facts/factscan.h"

#include <QCoreApplication>
#include <QTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace Crossread {
namespace {

QString formatAmount(double value)
{
    if (std::abs(value - std::round(value)) < 1e-9 * std::max(1.0, std::abs(value)))
        return QString::number(value, 'f', 0);
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString periodSuffix(Period period)
{
    switch (period) {
    case Period::None: return {};
    case Period::Hour: return QStringLiteral("/hour");
    case Period::Day: return QStringLiteral("/day");
    case Period::Week: return QStringLiteral("/week");
    case Period::Month: return QStringLiteral("/month");
    case Period::Year: return QStringLiteral("/year");
    }
    return {};
}

QString approximationPrefix(Approximation approximation)
{
    switch (approximation) {
    case Approximation::Exact: return {};
    case Approximation::About: return QStringLiteral("~");
    case Approximation::AtLeast: return QStringLiteral(">=");
    case Approximation::MoreThan: return QStringLiteral(">");
    case Approximation::AtMost: return QStringLiteral("<=");
    case Approximation::LessThan: return QStringLiteral("<");
    case Approximation::Nearly: return QStringLiteral("nearly ");
    case Approximation::Vague: return QStringLiteral("vague: ");
    }
    return {};
}

/// "hundreds of millions" for a vague value's lower bound: 2 is "a couple", below ten
/// "several" ("many", "multiple"), 24 "dozens", 100 "hundreds".
QString vagueWords(double low)
{
    if (low < 2.5)
        return QStringLiteral("a couple");
    if (low < 10)
        return QStringLiteral("several");
    if (low > 20 && low < 100)
        return QStringLiteral("dozens");
    const int exponent = int(std::lround(std::log10(std::max(low, 1.0))));
    static const char *const base[] = {"", "thousands", "millions", "billions", "trillions"};
    const int group = exponent / 3;
    const int rest = exponent % 3;
    QString words = group == 0 ? QString() : QString::fromLatin1(base[std::min(group, 4)]);
    if (group == 0)
        return rest == 2 ? QStringLiteral("hundreds") : QStringLiteral("tens");
    if (rest == 1)
        return QStringLiteral("tens of ") + words;
    if (rest == 2)
        return QStringLiteral("hundreds of ") + words;
    return words;
}

/// Minutes after midnight as "HH:mm".
QString clockTime(double minutes)
{
    return QTime(0, 0).addSecs(int(std::lround(minutes)) * 60).toString(u"HH:mm");
}

QString dateString(const FactValue &value)
{
    if (!value.date.isValid())
        return value.unit + QStringLiteral(" (unresolved)");
    const bool noYear = value.yearInferred && value.date.year() == 1;
    switch (value.precision) {
    case DatePrecision::Decade:
        return QString::number(value.date.year()) + u's';
    case DatePrecision::Quarter:
        return (noYear ? QStringLiteral("--") : QString::number(value.date.year()) + u'-') + u'Q'
            + QString::number((value.date.month() - 1) / 3 + 1);
    case DatePrecision::Year:
        return QString::number(value.date.year());
    case DatePrecision::Month:
        return noYear ? value.date.toString(u"'--'MM") : value.date.toString(u"yyyy-MM");
    case DatePrecision::Week: {
        // ISO 8601's week date: "2011-W23" (a week only comes from a publication date, so it
        // always has its year).
        int year = 0;
        const int week = value.date.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case DatePrecision::Day:
        return noYear ? value.date.toString(u"'--'MM-dd") : value.date.toString(Qt::ISODate);
    case DatePrecision::Unknown:
        break;
    }
    return {};
}

} // namespace

QString FactValue::toString() const
{
    switch (kind) {
    case FactKind::Quote:
        return quote;
    case FactKind::Date:
        return dateString(*this);
    case FactKind::Money:
    case FactKind::Number:
    case FactKind::Percent:
        break;
    }
    QString text = approximationPrefix(approximation);
    if (approximation == Approximation::Vague)
        text += vagueWords(low);
    else if (isTally())
        text += formatAmount(low) + u'-' + formatAmount(against);
    else if (isTimeOfDay())
        text += clockTime(low) + (isRange() ? u'-' + clockTime(high) : QString());
    else
        text += isRange() ? formatAmount(low) + u'-' + formatAmount(high) : formatAmount(low);
    if (kind == FactKind::Money) {
        text += u' ' + currency + periodSuffix(period);
        for (const MoneyAmount &amount : conversions)
            text += QStringLiteral(" (") + formatAmount(amount.low) + u' ' + amount.currency + u')';
    } else if (kind == FactKind::Percent) {
        text += unit.isEmpty() ? QStringLiteral("%") : QStringLiteral(" percentage ") + unit;
    } else {
        if (!unit.isEmpty())
            text += u' ' + unit;
        text += periodSuffix(period);
    }
    return text;
}

QString factKindName(FactKind kind)
{
    switch (kind) {
    case FactKind::Money: return QStringLiteral("money");
    case FactKind::Number: return QStringLiteral("number");
    case FactKind::Percent: return QStringLiteral("percent");
    case FactKind::Date: return QStringLiteral("date");
    case FactKind::Quote: return QStringLiteral("quote");
    }
    return {};
}

QString slotStatusName(SlotStatus status)
{
    switch (status) {
    case SlotStatus::Agree: return QStringLiteral("agree");
    case SlotStatus::Conflict: return QStringLiteral("conflict");
    case SlotStatus::Unique: return QStringLiteral("unique");
    }
    return {};
}

namespace FactCompare {
namespace {

struct Interval {
    double low = 0;
    double high = 0;
    bool point = true;   ///< a single figure (exact or approximate), not a bound or a range
};

/// One unit of the last significant digit of a figure: "around 42,000" is about 41,000 to
/// 43,000, "around 8.7 million" 8.6 to 8.8 million.
double lastDigitUnit(double value)
{
    value = std::abs(value);
    if (value <= 0)
        return 0;
    double unit = std::pow(10.0, std::floor(std::log10(value)));
    // Walk down while the figure still has digits below the current unit (to 1e-6 relative).
    while (unit > value * 1e-6 && std::abs(value / unit - std::round(value / unit)) > 1e-6)
        unit /= 10;
    return unit;
}

/// How far an approximate figure reaches: one unit of its last significant digit, at most 10 %.
double approximationSlack(double value)
{
    return std::min(lastDigitUnit(value), 0.1 * std::abs(value));
}

/// The values a figure admits: its tolerance; for "about", one unit of its last significant
/// digit either side (at most 10 %); for "nearly", the same below; open-ended for bounds,
/// from the written threshold.
Interval admitted(const FactValue &value, double low, double high)
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    const double tolerance = value.tolerance;
    switch (value.approximation) {
    case Approximation::Exact:
        return {low - tolerance, high + tolerance, low == high};
    case Approximation::About:
        return {low - std::max(tolerance, approximationSlack(low)), high + std::max(tolerance, approximationSlack(high)), low == high};
    case Approximation::Nearly:
        return {low - std::max(tolerance, approximationSlack(low)), high + tolerance, low == high};
    // A bound is the threshold as written: "over $2 billion" is no rounding of $1.8 billion
    // (that is "nearly $2 billion"), so the written figure's own tolerance does not widen it.
    case Approximation::AtLeast:
    case Approximation::MoreThan:
        return {low, infinity, false};
    case Approximation::AtMost:
    case Approximation::LessThan:
        return {0, high, false};
    case Approximation::Vague:
        return {0, infinity, false};
    }
    return {low, high, false};
}

/// Whether the exact figure `round` is the exact figure `precise` rounded: "in 60,000 years"
/// and "for 59,619 years", "296 people" and "300 people". Only a figure at least a hundred
/// times more precise than the round one is taken for its source: two round figures at
/// neighbouring places ("$42,000" and "$41,500", "$3 billion" and "$3.4 billion") are two
/// statements of the amount and conflict. And a rounding moves a figure by a few percent at
/// most: "100 people" is no rounding of 74, nor "300" of 250.
bool roundsTo(const FactValue &round, double roundLow, double roundHigh, const FactValue &precise, double preciseLow,
              double preciseHigh)
{
    if (round.approximation != Approximation::Exact || precise.approximation != Approximation::Exact
        || roundLow != roundHigh || preciseLow != preciseHigh || roundLow <= 0 || preciseLow <= 0)
        return false;
    // The cheap test first: grouping asks this of every pair of figures that differ.
    constexpr double maxRoundingShare = 0.05;
    if (std::abs(roundLow - preciseLow) > maxRoundingShare * roundLow)
        return false;
    const double place = lastDigitUnit(roundLow);
    if (place < 100 * lastDigitUnit(preciseLow))
        return false;
    return std::abs(std::round(preciseLow / place) * place - roundLow) <= 1e-9 * roundLow;
}

Relation relateAmounts(const FactValue &a, double aLow, double aHigh, const FactValue &b, double bLow, double bHigh)
{
    // "millions of dollars" admits any figure in the millions, and no other: "$130 a month" is
    // another statement, neither the same nor a contradiction of it.
    if (a.isVague() || b.isVague()) {
        const Interval x = a.isVague() ? Interval{aLow, aHigh, false} : admitted(a, aLow, aHigh);
        const Interval y = b.isVague() ? Interval{bLow, bHigh, false} : admitted(b, bLow, bHigh);
        return x.high < y.low || y.high < x.low ? Relation::Incomparable : Relation::Compatible;
    }
    const Interval x = admitted(a, aLow, aHigh);
    const Interval y = admitted(b, bLow, bHigh);
    if (x.high < y.low || y.high < x.low)
        return roundsTo(a, aLow, aHigh, b, bLow, bHigh) || roundsTo(b, bLow, bHigh, a, aLow, aHigh) ? Relation::Compatible
                                                                                                    : Relation::Conflict;
    const double scale = std::max({std::abs(aLow), std::abs(bLow), 1e-9});
    const double tolerance = std::max({a.tolerance, b.tolerance, 1e-9 * scale});
    const bool sameFigures = std::abs(aLow - bLow) <= tolerance && std::abs(aHigh - bHigh) <= tolerance;
    // "around $42,000" and "$42K" are the same figure; "up to $210,000" and "$210,000" are not
    // the same statement, though both can be true. Two bounds on one side at the same figure
    // ("at least $10,000", "more than $10,000") are one statement in news usage.
    const auto side = [](Approximation approximation) {
        switch (approximation) {
        case Approximation::AtLeast:
        case Approximation::MoreThan:
            return 1;
        case Approximation::AtMost:
        case Approximation::LessThan:
            return -1;
        default:
            return 0;
        }
    };
    const bool sameBound = side(a.approximation) != 0 && side(a.approximation) == side(b.approximation);
    if (sameFigures && (a.approximation == b.approximation || (x.point && y.point) || sameBound))
        return Relation::Equal;
    return Relation::Compatible;
}

/// The same distance, weight or area given in two units ("90 miles", "about 150 kilometres";
/// "220 pounds", "100 kilograms"): both in the base unit, each widened by 5 % because a
/// converted figure is rounded in its own unit ("50 km" is written "32 miles" or "30 miles").
std::optional<Relation> relateMeasures(const FactValue &a, const FactValue &b)
{
    const std::optional<Measure> x = measureOf(a.unit);
    const std::optional<Measure> y = measureOf(b.unit);
    if (!x || !y || x->dimension != y->dimension)
        return std::nullopt;
    constexpr double conversionSlack = 0.05;
    // The slack is a share of the figure as written, not of the converted one: 32 °F is 0 °C,
    // and a converted 50 °C is written 120 °F or 122 °F.
    auto converted = [](FactValue value, const Measure &measure) {
        const double written = std::abs(value.high);
        value.low = value.low * measure.factor + measure.offset;
        value.high = value.high * measure.factor + measure.offset;
        value.tolerance = std::max(value.tolerance * measure.factor, conversionSlack * written * measure.factor);
        return value;
    };
    const FactValue p = converted(a, *x);
    const FactValue q = converted(b, *y);
    return relateAmounts(p, p.low, p.high, q, q.low, q.high);
}

/// The offset from UTC, in minutes, of the time zone a time of day's unit names ("time of day
/// EST"), or nothing: no zone, or one without a fixed offset ("ET" is EST or EDT by season).
std::optional<int> zoneOffsetMinutes(QStringView unit)
{
    constexpr QStringView prefix = u"time of day ";
    if (!unit.startsWith(prefix))
        return std::nullopt;
    const std::optional<FactCompare::TimeZone> zone = FactCompare::timeZoneNamed(unit.mid(prefix.size()));
    return zone ? zone->offsetMinutes : std::nullopt;
}

/// Two moments of the day written in two time zones of known offset ("7 p.m. EST", "8am
/// (AEST)"): one event happens at one instant, so its time of day in UTC is one figure whatever
/// the day, and the two compare there. The earlier of two times more than half a day apart
/// moves to the next day, so that "11:50 p.m. GMT" and "about 1 a.m. BST" stay near.
std::optional<Relation> relateZonedTimes(const FactValue &a, const FactValue &b)
{
    const std::optional<int> x = zoneOffsetMinutes(a.unit);
    const std::optional<int> y = zoneOffsetMinutes(b.unit);
    if (!x || !y || a.isRange() || b.isRange())
        return std::nullopt;
    constexpr double day = 24 * 60;
    const auto utc = [](double minutes, int offset) { return std::fmod(std::fmod(minutes - offset, day) + day, day); };
    FactValue p = a;
    FactValue q = b;
    p.low = p.high = utc(a.low, *x);
    q.low = q.high = utc(b.low, *y);
    if (q.low - p.low > day / 2)
        p.low = p.high = p.low + day;
    else if (p.low - q.low > day / 2)
        q.low = q.high = q.low + day;
    return relateAmounts(p, p.low, p.high, q, q.low, q.high);
}

/// A week ("last week", dated by its Monday) against a date of any precision but a quarter's:
/// it admits the days it covers (daysCovered(): "last week" admits Sunday, June 5) and
/// contradicts others (May, or June 20). A date whose year was taken from the publication date
/// counts in either of the week's years.
Relation relateWeek(const FactValue &week, const FactValue &other)
{
    if (other.precision == DatePrecision::Week)
        return week.date == other.date ? Relation::Equal : Relation::Conflict;
    if (other.precision == DatePrecision::Quarter || other.precision == DatePrecision::Unknown
        || (other.yearInferred && other.date.year() == 1))
        return Relation::Incomparable;   // "--06-10": no year to place it in a week
    // Not a structured binding: lambdas may not capture one before C++20's P1091 (clang).
    const std::pair<QDate, QDate> days = daysCovered(week);
    const auto overlaps = [&days](const FactValue &date) {
        const std::pair<QDate, QDate> other = daysCovered(date);
        return !(other.second < days.first || days.second < other.first);
    };
    if (!other.yearInferred)
        return overlaps(other) ? Relation::Compatible : Relation::Conflict;
    for (const int year : {days.first.year(), days.second.year()}) {
        FactValue placed = other;
        placed.date = QDate(year, other.date.month(), other.precision == DatePrecision::Day ? other.date.day() : 1);
        if (placed.date.isValid() && overlaps(placed))
            return Relation::Compatible;
    }
    return Relation::Conflict;
}

Relation relateDates(const FactValue &a, const FactValue &b)
{
    if (!a.date.isValid() || !b.date.isValid()) {
        if (!a.date.isValid() && !b.date.isValid() && a.unit == b.unit)
            return Relation::Equal;
        return Relation::Incomparable;
    }
    const DatePrecision precision = std::min(a.precision, b.precision);
    // A year taken from the publication date is a guess: compare month and day only.
    const bool compareYears = !a.yearInferred && !b.yearInferred;
    // "the 1980s" holds 1985 and contradicts 1993.
    if (precision == DatePrecision::Decade) {
        if (a.date.year() / 10 != b.date.year() / 10)
            return Relation::Conflict;
        return a.precision == b.precision ? Relation::Equal : Relation::Compatible;
    }
    // A quarter compares with a quarter, or with a year: a company's fiscal second quarter
    // need not hold the calendar's June, so against a month or a day nothing is said.
    if (precision == DatePrecision::Quarter && a.precision != b.precision)
        return Relation::Incomparable;
    if (a.precision == DatePrecision::Week || b.precision == DatePrecision::Week)
        return relateWeek(a.precision == DatePrecision::Week ? a : b, a.precision == DatePrecision::Week ? b : a);
    if (compareYears && a.date.year() != b.date.year())
        return Relation::Conflict;
    if (precision == DatePrecision::Quarter)
        return (a.date.month() - 1) / 3 == (b.date.month() - 1) / 3 ? Relation::Equal : Relation::Conflict;
    if (precision >= DatePrecision::Month && a.date.month() != b.date.month())
        return Relation::Conflict;
    if (precision >= DatePrecision::Day && a.date.day() != b.date.day())
        return Relation::Conflict;
    return a.precision == b.precision ? Relation::Equal : Relation::Compatible;
}

} // namespace

std::pair<QDate, QDate> daysCovered(const FactValue &date)
{
    const QDate d = date.date;
    switch (date.precision) {
    case DatePrecision::Decade:
        return {QDate(d.year() - d.year() % 10, 1, 1), QDate(d.year() - d.year() % 10 + 9, 12, 31)};
    case DatePrecision::Year:
        return {QDate(d.year(), 1, 1), QDate(d.year(), 12, 31)};
    case DatePrecision::Quarter: {
        const QDate first(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case DatePrecision::Month:
        return {QDate(d.year(), d.month(), 1), QDate(d.year(), d.month(), 1).addMonths(1).addDays(-1)};
    case DatePrecision::Week:
        return {d.addDays(-1), d.addDays(7)};
    case DatePrecision::Day:
    case DatePrecision::Unknown:
        break;
    }
    return {d, d};
}

std::optional<Measure> measureOf(QStringView unit)
{
    struct Named { QLatin1StringView unit; Measure measure; };
    using L = QLatin1StringView;
    static constexpr std::array units = {
        Named{L("mile"), {L("length"), 1609.344}}, Named{L("miles"), {L("length"), 1609.344}},
        Named{L("km"), {L("length"), 1000}}, Named{L("kilometre"), {L("length"), 1000}},
        Named{L("kilometres"), {L("length"), 1000}}, Named{L("kilometer"), {L("length"), 1000}},
        Named{L("kilometers"), {L("length"), 1000}}, Named{L("metre"), {L("length"), 1}},
        Named{L("metres"), {L("length"), 1}}, Named{L("meter"), {L("length"), 1}},
        Named{L("meters"), {L("length"), 1}}, Named{L("foot"), {L("length"), 0.3048}},
        Named{L("feet"), {L("length"), 0.3048}}, Named{L("ft"), {L("length"), 0.3048}},
        Named{L("yards"), {L("length"), 0.9144}},
        Named{L("pound"), {L("weight"), 0.45359237}}, Named{L("pounds"), {L("weight"), 0.45359237}},
        Named{L("lb"), {L("weight"), 0.45359237}}, Named{L("lbs"), {L("weight"), 0.45359237}},
        Named{L("kg"), {L("weight"), 1}}, Named{L("kilogram"), {L("weight"), 1}},
        Named{L("kilograms"), {L("weight"), 1}}, Named{L("kilos"), {L("weight"), 1}},
        Named{L("tonnes"), {L("weight"), 1000}},
        Named{L("acre"), {L("area"), 4046.8564224}}, Named{L("acres"), {L("area"), 4046.8564224}},
        Named{L("hectare"), {L("area"), 10000}}, Named{L("hectares"), {L("area"), 10000}},
        // Spans of time, in days; a month and a year as their calendar averages.
        Named{L("minutes"), {L("time"), 1.0 / 1440}}, Named{L("hours"), {L("time"), 1.0 / 24}},
        Named{L("days"), {L("time"), 1}}, Named{L("weeks"), {L("time"), 7}},
        Named{L("months"), {L("time"), 30.436875}}, Named{L("years"), {L("time"), 365.2425}},
        Named{L("decades"), {L("time"), 3652.425}}, Named{L("centuries"), {L("time"), 36524.25}},
        Named{L("celsius"), {L("temperature"), 1}}, Named{L("degrees celsius"), {L("temperature"), 1}},
        Named{L("fahrenheit"), {L("temperature"), 5.0 / 9, -32.0 * 5 / 9}},
        Named{L("degrees fahrenheit"), {L("temperature"), 5.0 / 9, -32.0 * 5 / 9}},
    };
    for (const Named &named : units) {
        if (FactScan::Bounds::equalsIgnoringCase(unit, named.unit))
            return named.measure;
    }
    return std::nullopt;
}

std::optional<TimeZone> timeZoneNamed(QStringView name)
{
    using L = QLatin1StringView;
    static constexpr std::array zones = {
        TimeZone{L("GMT"), 0}, TimeZone{L("UTC"), 0}, TimeZone{L("BST"), 60}, TimeZone{L("CET"), 60},
        TimeZone{L("CEST"), 120}, TimeZone{L("EST"), -300}, TimeZone{L("EDT"), -240}, TimeZone{L("ET"), std::nullopt},
        TimeZone{L("CST"), -360}, TimeZone{L("CDT"), -300}, TimeZone{L("MST"), -420}, TimeZone{L("MDT"), -360},
        TimeZone{L("PST"), -480}, TimeZone{L("PDT"), -420}, TimeZone{L("PT"), std::nullopt}, TimeZone{L("AEST"), 600},
        TimeZone{L("AEDT"), 660}, TimeZone{L("JST"), 540},
    };
    for (const TimeZone &zone : zones) {
        if (name == zone.name)
            return zone;
    }
    return std::nullopt;
}

Relation relate(const FactValue &a, const FactValue &b)
{
    if (a.kind != b.kind)
        return Relation::Incomparable;
    switch (a.kind) {
    case FactKind::Quote:
        return a.quote == b.quote ? Relation::Equal : Relation::Conflict;
    case FactKind::Date:
        return relateDates(a, b);
    case FactKind::Percent:
        if (a.unit != b.unit)
            return Relation::Incomparable;
        return relateAmounts(a, a.low, a.high, b, b.low, b.high);
    case FactKind::Number:
        if (a.period != b.period && a.period != Period::None && b.period != Period::None)
            return Relation::Incomparable;
        // A tally compares with a tally only, both counts at once: "234-193" and "234 to 193"
        // are equal, "234-193" and "232-195" conflict; against a single count nothing is said.
        if (a.isTally() != b.isTally())
            return Relation::Incomparable;
        if (a.isTally())
            return a.low == b.low && a.against == b.against ? Relation::Equal : Relation::Conflict;
        // Times of day compare in one written zone, or in two of known offset through UTC
        // ("7 p.m. EST" is "00:00 GMT"); "6 p.m. EDT" against "3 p.m." says nothing. Hours
        // ("8 a.m. to 5 p.m.") compare only with the same hours: two places or services keep
        // different hours without contradicting each other.
        if (a.isTimeOfDay() || b.isTimeOfDay()) {
            if (a.unit != b.unit && a.isTimeOfDay() && b.isTimeOfDay()) {
                if (const std::optional<Relation> relation = relateZonedTimes(a, b))
                    return *relation;
            }
            if (a.unit != b.unit)
                return Relation::Incomparable;
            if (a.isRange() || b.isRange())
                return a.low == b.low && a.high == b.high ? Relation::Equal : Relation::Incomparable;
        }
        if (a.unit != b.unit) {
            if (const std::optional<Relation> relation = relateMeasures(a, b))
                return *relation;
        }
        return relateAmounts(a, a.low, a.high, b, b.low, b.high);
    case FactKind::Money:
        break;
    }
    if (a.period != b.period && a.period != Period::None && b.period != Period::None)
        return Relation::Incomparable;
    if (a.currency == b.currency)
        return relateAmounts(a, a.low, a.high, b, b.low, b.high);
    // Different currencies: compare through a conversion given in brackets, as an approximation.
    auto viaConversion = [](const FactValue &x, const FactValue &y) -> std::optional<Relation> {
        for (const MoneyAmount &amount : x.conversions) {
            if (amount.currency == y.currency) {
                FactValue converted = x;
                converted.approximation = x.approximation == Approximation::Exact ? Approximation::About : x.approximation;
                return relateAmounts(converted, amount.low, amount.high, y, y.low, y.high);
            }
        }
        return std::nullopt;
    };
    if (const auto relation = viaConversion(a, b))
        return *relation;
    if (const auto relation = viaConversion(b, a))
        return *relation;
    return Relation::Incomparable;
}

QString valueKey(const FactValue &value)
{
    FactValue plain = value;
    if (plain.approximation == Approximation::About || plain.approximation == Approximation::Nearly)
        plain.approximation = Approximation::Exact;
    plain.conversions.clear();
    plain.tolerance = 0;
    return factKindName(value.kind) + u':' + plain.toString();
}

} // namespace FactCompare
} // namespace Crossread
