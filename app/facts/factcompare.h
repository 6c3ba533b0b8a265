// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the fact engine: how two values relate, whatever their format.
#pragma once

#include "facts/facts.h"

#include <optional>
#include <utility>

namespace Crossread::FactCompare {

enum class Relation : quint8 {
    Equal,         ///< the same figure or date ("$42K" and "around $42,000 a month")
    Compatible,    ///< both can be true ("up to $210,000" and "$42,000"; "billions" and "$10bn")
    Conflict,      ///< both cannot be true ("$3.2 million" and "$2.3 million")
    Incomparable,  ///< different currencies, periods or kinds: nothing can be said
};

/// A unit of measure a count may be given in: its dimension and the factor and offset that
/// take a value in it to the dimension's base unit (metres, kilograms, square metres, degrees
/// Celsius): base = value * factor + offset.
struct Measure {
    QLatin1StringView dimension;   ///< "length", "weight", "area", "temperature"
    double factor = 0;
    double offset = 0;             ///< only temperature scales have one
};

/// The measure a count's whole unit names ("miles", "kilometres", "km", "pounds", "acres",
/// "fahrenheit", "degrees celsius");
/// nullopt for anything else ("square miles" included: only whole units are read).
[[nodiscard]] std::optional<Measure> measureOf(QStringView unit);

/// A time zone written after a time of day ("GMT", "EDT", "AEST"), with its offset from UTC in
/// minutes; none for a zone named without its season ("ET" is EST or EDT, "PT" PST or PDT).
struct TimeZone {
    QLatin1StringView name;
    std::optional<int> offsetMinutes;
};

/// The time zone an abbreviation names, exactly as written (capitals); nullopt for any other word.
[[nodiscard]] std::optional<TimeZone> timeZoneNamed(QStringView name);

/// The days a date covers, its first to its last, with the day either side of a week (outlets
/// start weeks on Sunday or on Monday). A date without a known year covers only what is written.
[[nodiscard]] std::pair<QDate, QDate> daysCovered(const FactValue &date);

/// How two values of mentions relate. Symmetric.
[[nodiscard]] Relation relate(const FactValue &a, const FactValue &b);

/// A key equal for values that are the same figure as written, ignoring approximation and
/// format: "42000 USD/month". Values with equal keys always relate as Equal.
[[nodiscard]] QString valueKey(const FactValue &value);

} // namespace Crossread::FactCompare
