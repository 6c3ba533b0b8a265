// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the fact engine: the grammars of figures (money, counts, percentages) and dates.
#pragma once

#include "facts/factlexicon.h"
#include "facts/factscan.h"
#include "facts/facts.h"

#include <optional>

namespace Crossread::FactGrammar {

/// One figure or date found by a grammar: its span (qualifiers included) and its value.
struct Found {
    TextSpan span;
    FactValue value;
};

/// What trying a grammar at a position gives: where the scanner resumes (always past the
/// position, so the scan makes progress) and what was found, if anything.
struct Step {
    qsizetype resume = -1;
    std::optional<Found> found;
};

/// Money, counts and percentages at the digit at `pos`.
[[nodiscard]] Step figureAtDigit(const FactScan::Bounds &bounds, qsizetype pos);

/// Money, counts and percentages written in words at the keyword word [start, end):
/// "eighty per cent", "two million users", "a fifth of", "hundreds of millions of dollars".
[[nodiscard]] Step figureAtWord(const FactScan::Bounds &bounds, qsizetype start, qsizetype end,
                                FactLexicon::Entry entry);

/// A span of time given with the article and a bound or approximation before it: "more than
/// a decade", "nearly a year", "about a month" ([start, end) is "a" or "an"). Nothing for a
/// bare "a year" (a rate, "once a year") or an offset ("about a year ago" is a date).
[[nodiscard]] Step timeSpanAtArticle(const FactScan::Bounds &bounds, qsizetype start, qsizetype end);
/// "for years", "for decades": a span of time left unstated, after "for" ([start, end) is
/// "for"): a vague count of several of the unit. Nothing for "for years of service" read as a
/// count of years of something else, nor for a number or article between.
[[nodiscard]] Step vagueSpanAfterFor(const FactScan::Bounds &bounds, qsizetype start, qsizetype end);

/// "at midnight", "until noon", "by midday (1100 GMT)": a time of day named by the word at
/// [start, end), worth `minutes` after midnight, after a preposition of time.
[[nodiscard]] Step clockWordAt(const FactScan::Bounds &bounds, qsizetype start, qsizetype end, int minutes);

/// A word after a span of time that makes it an offset placing an event ("six years later",
/// "two years ago") rather than a duration.
[[nodiscard]] bool isTimeOffsetWord(QStringView word);

/// A count whose noun is left out because the count before it in a list gave it: "18
/// suspected cases in Wisconsin, 10 in Indiana and five in Illinois" (the number at `pos`,
/// in digits or words). `previous` is the figure read last in the paragraph. Both must be
/// followed by the same preposition, with only a comma or "and"/"or" between the first's
/// phrase and this number.
[[nodiscard]] Step elidedCount(const FactScan::Bounds &bounds, qsizetype pos, const Found &previous);

/// Dates at the digit at `pos` ("19 April 2023", "2023-04-19", "2023/04/21"); `published` is
/// the article's date, used for a missing year. Returns a step with resume == -1 when no
/// date starts there, so the figure grammar can try.
[[nodiscard]] Step dateAtDigit(const FactScan::Bounds &bounds, qsizetype pos, const PublishedDate &published);

/// A quarter of a year at the word at `pos`: "the second quarter", "first-quarter profit",
/// "Q3", with the year written after it ("of 2003", "Q3 2004"); resume == -1 when there is
/// none. Without a written year the quarter's year stays unknown ("--Q2"), whatever the
/// publication date.
[[nodiscard]] Step quarterAtWord(const FactScan::Bounds &bounds, qsizetype pos);

/// "year-earlier", "year-ago", "month-ago" at [start, end) with the hyphen at `hyphen`: last
/// year or last month, as "a year earlier" is. No step found for another unit.
[[nodiscard]] Step relativeCompound(const FactScan::Bounds &bounds, qsizetype start, qsizetype hyphen, qsizetype end,
                                    const PublishedDate &published);

/// Dates at the keyword word [start, end): a month ("April 19", "in February", "October
/// 2022"), a weekday ("on Wednesday") or a relative word ("yesterday", "last month").
/// Returns a step with resume == -1 when no date starts there.
[[nodiscard]] Step dateAtWord(const FactScan::Bounds &bounds, qsizetype start, qsizetype end,
                              FactLexicon::Entry entry, const PublishedDate &published);

} // namespace Crossread::FactGrammar
