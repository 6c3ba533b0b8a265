// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the fact engine: the English words the grammars react to.
#pragma once

#include <QString>
#include <QStringView>

namespace Crossread::FactLexicon {

enum class Kind : quint8 {
    None,
    NumberWord,   ///< "two" .. "ninety"; value is the number
    Magnitude,    ///< "hundred", "thousand", "million", "billion", "trillion", "dozen"; value is log10 (dozen: 0 with special case)
    Vague,        ///< "dozens", "hundreds", ... "billions"; value is log10 of the unit (dozens: 1);
                  ///< 0 for the words of an unstated count ("several", "many", "a couple of")
    Fraction,     ///< "half", "third", "quarter", "fifth"...; value is the denominator
    Month,        ///< value 1..12
    Weekday,      ///< value 1 (Monday) .. 7 (Sunday), as QDate::dayOfWeek
    Relative,     ///< value is a RelativeWord
    Clock,        ///< "midnight", "noon", "midday"; value is the minutes after midnight
};

/// Ago: "a year ago"; Previous: "previous", "prior", "past" before "year" or "month";
/// Before: "the year before", "a month before".
enum RelativeWord : int { Today, Yesterday, Tomorrow, Tonight, Earlier, Last, This, Next, Ago, Previous, Before };

struct Entry {
    Kind kind = Kind::None;
    int value = 0;
};

/// Everything the lexicon knows about one word, in one lookup.
struct Info {
    Entry entry;
    bool stop = false;          ///< isStopWord()
    bool label = false;         ///< isLabelNoun()
    bool attribution = false;   ///< isAttributionVerb()
};

/// All of a word's classes at once, matched case-insensitively; for the hot paths.
[[nodiscard]] Info classify(QStringView word);

/// The keyword for one word, matched case-insensitively; Kind::None for all other words.
/// Month and weekday names match only when capitalised (the caller checks: "may", "march").
[[nodiscard]] Entry lookup(QStringView word);

/// Function words that end a unit ("1,500 tweets *were*") and carry no context.
[[nodiscard]] bool isStopWord(QStringView word);

/// Words naming what precedes a number that is a label, not a quantity: "page 12", "flight 370".
[[nodiscard]] bool isLabelNoun(QStringView word);

/// The verbs and phrases that attribute a quote: "said", "told", "according".
[[nodiscard]] bool isAttributionVerb(QStringView word);

/// A determiner that opens a noun phrase a figure can belong to: "the", "a", "an", "its",
/// "his", "her", "their", "our", "this", "that" ("the 2016 election", "a BMI of 50").
[[nodiscard]] bool opensNounPhrase(QStringView word);

/// The form a context word is compared in: lower-case, without a possessive "'s" and with a
/// plain plural folded ("papers" -> "paper", "companies" -> "company"). Deliberately lighter
/// than a stemmer, so labels made from these forms still read as words.
[[nodiscard]] QString contextForm(QStringView word);

/// A context form folded further for matching only: "-ed", "-ing" and a final "e" dropped, so
/// "offered" matches "offer" and "announced" matches "announce". Never shown.
[[nodiscard]] QString matchingForm(const QString &contextForm);

} // namespace Crossread::FactLexicon
