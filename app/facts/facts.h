// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/codepointmap.h"
#include "core/segmentation.h"
#include "core/phrase.h"
#include "core/textspan.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Crossread {


/// What a mention is about. The JSON names are "money", "number", "percent", "date", "quote".
enum class FactKind : quint8 { Money, Number, Percent, Date, Quote };

/// How exactly a figure is stated. Approximate and bounded values never conflict with an exact
/// value they admit; Vague ("billions", "dozens") never conflicts with anything.
enum class Approximation : quint8 {
    Exact,
    About,       ///< "around", "about", "roughly", "some", "an estimated"
    AtLeast,     ///< "at least", "no fewer than"
    MoreThan,    ///< "more than", "over", "upwards of"
    AtMost,      ///< "up to", "at most", "no more than"
    LessThan,    ///< "less than", "under", "fewer than"
    Nearly,      ///< "nearly", "almost", "close to"
    Vague,       ///< "hundreds of millions", "billions", "dozens"
};

/// The period a money figure is charged or earned over: "$42,000 a month" is Month.
enum class Period : quint8 { None, Hour, Day, Week, Month, Year };

/// A money amount in one currency; `low == high` unless the figure is a range.
struct MoneyAmount {
    double low = 0;
    double high = 0;
    QString currency;        ///< ISO 4217 code: "USD", "GBP", "EUR", "JPY"; empty when unknown
    friend bool operator==(const MoneyAmount &, const MoneyAmount &) = default;
};

/// The normalised value of a mention, comparable across formats: "$42K", "$42,000" and
/// "42,000 dollars" all have low = high = 42000, currency "USD".
struct FactValue {
    FactKind kind = FactKind::Number;
    Approximation approximation = Approximation::Exact;

    // Money, Number, Percent: a single value has low == high; a range ("$10–20 million",
    // "from $42,000 to $210,000") has low < high. Percent values are in percent (80 for 80 %).
    double low = 0;
    double high = 0;
    /// How far the written figure may be from the true one because of how it is written:
    /// half a unit of the last digit for abbreviated figures ("$44bn": 0.5e9) and percentages
    /// ("80%": 0.5); 0 for figures written in full ("$42,000").
    double tolerance = 0;
    QString currency;                   ///< money: ISO code of the first amount
    QList<MoneyAmount> conversions;     ///< money: further currencies given in brackets
    Period period = Period::None;       ///< money and number: "a month", "annually"
    /// Number with unit "tally" (a vote or a score, "234-193"): the smaller count; `low` and
    /// `high` hold the larger. 0 otherwise.
    double against = 0;
    /// Number: what is counted, lower-case ("academic papers"), "tally" for a vote or a score,
    /// "time of day" for a clock time, or a unit of measure ("miles", "kilograms"); percent: "points" for
    /// percentage points; date: the relative words when there was no publication date to
    /// resolve them against ("yesterday").
    QString unit;

    // Date: the resolved date cut to its precision (the first of the month or year when less
    // precise). yearInferred says the year was not written: it came from the article's
    // publication date ("April 19" in an article of 2023), or, without one, is 1 and toString()
    // writes "--04-19". relative says the date was a word like "yesterday" or "on Wednesday"
    // resolved against the publication date; it stays invalid when that date is unknown.
    QDate date;
    DatePrecision precision = DatePrecision::Unknown;
    bool yearInferred = false;
    bool relative = false;

    // Quote: the quoted words joined across an attribution, and the speaker when named nearby.
    QString quote;
    QString speaker;

    [[nodiscard]] bool isRange() const { return high > low; }
    [[nodiscard]] bool isVague() const { return approximation == Approximation::Vague; }
    /// A vote or a score of two counts ("234-193").
    [[nodiscard]] bool isTally() const { return kind == FactKind::Number && unit == u"tally"; }
    /// A time of day ("7 p.m.", "19:00", "0240 GMT") or hours ("8 a.m. to 5 p.m."): Number
    /// with unit "time of day", followed by the time zone when one is written ("time of day
    /// GMT"); `low` and `high` in minutes after midnight (`high` past 1440 for hours that run
    /// past midnight).
    [[nodiscard]] bool isTimeOfDay() const { return kind == FactKind::Number && unit.startsWith(u"time of day"); }
    /// The canonical form used in JSON and for equality: "42000 USD/month", "~80 %",
    /// ">1100 people", "234-193 tally", "2023-04-19", "2023-04 (year inferred)", "vague: billions".
    [[nodiscard]] QString toString() const;
    friend bool operator==(const FactValue &, const FactValue &) = default;
};

/// One occurrence of a figure or a quote in one article.
struct Mention {
    ArticleId article;
    TextSpan span;               ///< UTF-16 span of the whole mention in Article::text
    QString surface;             ///< exactly span.in(article.text)
    FactValue value;
    qsizetype sentence = -1;     ///< index into the article's Segmentation::sentences, or -1
    /// For quotes: the quoted pieces (a quote split by its attribution has two or more); for
    /// other kinds a single part equal to `span`.
    QList<TextSpan> parts;
    /// Lower-case content words near the mention (what is counted or priced, by whom, per what
    /// period): the evidence for grouping mentions of different articles into one slot. Set by
    /// extractFacts(); empty in a FactTable's slots, which no longer need it.
    QStringList context;
    /// Quotes only: how this rendering differs from the group's reference wording, as short
    /// human-readable notes ("adds 'But'", "adds a comma after 'ads'"), untranslated: views
    /// show Phrase::translated(), the JSON Phrase::english(). Empty when identical.
    QList<Phrase> differences;
};

/// Whether the articles agree about a slot. Quote slots are Agree or Unique; whether their
/// wording differs is FactSlot::quoteVariant.
enum class SlotStatus : quint8 {
    Agree,       ///< the same value in two or more articles
    Conflict,    ///< different values for the same thing
    Unique,      ///< one article only
};

/// How one outlet's mention in a fact slot stands against the story's source (the article whose
/// role is ArticleRole::Source). Distinct from SlotStatus, which compares the outlets among
/// themselves: an outlet can agree with every other outlet and still differ from the source.
enum class SourceMatch : quint8 {
    None,            ///< no source in the story, or the mention is the source's own
    Matches,         ///< the source's figure (equal, or compatible: "about $4m" for "$4.1m"), or its words
    Differs,         ///< the source states this figure otherwise, or the quote's words were changed
    Absent,          ///< the source does not give this figure or quote
    NotComparable,   ///< the values cannot be compared (other currencies or bases; a reader said so)
};

/// Mentions across articles that speak of the same thing, at most a few per article.
struct FactSlot {
    int id = -1;
    FactKind kind = FactKind::Number;
    SlotStatus status = SlotStatus::Unique;
    /// Short, from the context: "price per month". Untranslated (see Phrase): the JSON writes
    /// it in English, views translate it.
    Phrase label;
    int topic = -1;              ///< index into FactTable::topics
    QList<Mention> mentions;     ///< ordered by article, then position; one per article for figures
    /// Quotes: the words or punctuation differ between articles. A rendering that only quotes
    /// less (or more) of the same words is not a variant; its differences still say so.
    bool quoteVariant = false;
    /// Quotes: some article quotes a shorter or longer part of the same words (a different
    /// cut, or words left out at an ellipsis). Independent of quoteVariant: a cut with the
    /// same words is an excerpt and not a variant.
    bool quoteExcerpt = false;
    /// Set by a reader's correction (applyCorrections()): the values cannot be compared (other
    /// bases, other things counted), so the slot is never a conflict whatever its status says.
    bool comparable = true;
    /// The reviewers whose corrections changed this slot, in first-seen order; empty when the
    /// slot is as the engine found it. An unnamed reviewer is the empty string.
    QStringList correctedBy;
    bool corrected = false;      ///< a correction changed this slot
    QString note;                ///< the reviewer's note on a status set by hand

    /// A conflict a reader should look at: status Conflict and not marked not comparable.
    [[nodiscard]] bool isConflict() const { return status == SlotStatus::Conflict && comparable; }
};

/// Slots about one subject with legitimately different values (price tiers, a range's ends).
/// Every slot belongs to exactly one topic; most topics hold one slot.
struct Topic {
    int id = -1;
    Phrase label;                ///< the first slot's label without its tier
    QList<int> slots;            ///< ids into FactTable::slots
};

/// One member of an aligned passage as fact grouping sees it: which article tells the passage,
/// and where. Facts take the alignment as this plain data, so facts/ does not depend on align/.
struct PassageExtent {
    int article = -1;
    TextSpan span;
};
/// [passage id] -> the passage's members. Empty when nothing is aligned.
using PassageExtents = QList<QList<PassageExtent>>;

/// The compared facts of a story: an immutable snapshot built by compareFacts().
struct FactTable {
    QList<FactSlot> slots;       ///< slot ids equal their index; ordered by topic
    QList<Topic> topics;         ///< topic ids equal their index
};

/// Finds every checkable figure and quote in one article, outside boilerplate, in text order.
/// Pure and thread-safe; relative dates resolve against `article.meta.published` when valid.
/// `segmentation` may be empty, in which case sentence indices are -1.
[[nodiscard]] QList<Mention> extractFacts(const Article &article, ArticleId id,
                                          const Segmentation &segmentation);

/// Groups the mentions of all articles (mentionsPerArticle[i] belongs to articles[i]) into
/// slots and topics, and compares values and quote wording. Deterministic; single-threaded.
/// `passages` may be empty (then only the words around the mentions group them). Returns an
/// empty table when `isCanceled` returns true during the work. The mentions are taken by
/// value: a caller that moves them in lets grouping free their context words once read.
[[nodiscard]] FactTable groupFacts(const QList<Article> &articles,
                                   const QList<Segmentation> &segmentations,
                                   const PassageExtents &passages,
                                   QList<QList<Mention>> mentionsPerArticle,
                                   const std::function<bool()> &isCanceled = {});

/// extractFacts() for every article, in workPool(); the result is in article order whatever
/// the threads. Empty when `isCanceled` returns true during the work.
[[nodiscard]] QList<QList<Mention>> extractStoryFacts(const QList<Article> &articles,
                                                      const QList<Segmentation> &segmentations,
                                                      const std::function<bool()> &isCanceled = {});

/// extractStoryFacts(), then groupFacts(). `segmentations[i]` belongs to `articles[i]`. What the analysis calls.
[[nodiscard]] FactTable compareFacts(const QList<Article> &articles,
                                     const QList<Segmentation> &segmentations,
                                     const PassageExtents &passages,
                                     const std::function<bool()> &isCanceled = {});

/// JSON and display names: "money", "agree", ...
[[nodiscard]] QString factKindName(FactKind kind);
[[nodiscard]] QString slotStatusName(SlotStatus status);

} // namespace Crossread
