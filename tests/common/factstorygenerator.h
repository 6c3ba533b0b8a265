// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic story clusters for measuring the fact engine: fictional articles that report the
// same facts in different words and formats, with injected disagreements and the ground truth
// of which figure renders which fact with which value.
#pragma once

#include "core/article.h"
#include "facts/facts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Crossread::FactSynth {

struct Options {
    quint64 seed = 1;
    int articles = 5;
    int facts = 16;                   ///< one-off facts (money, counts, percentages, dates)
    double mentionRate = 0.8;         ///< an article reports a fact
    double disagreementRate = 0.35;   ///< a fact gets a wrong value in one or two articles
    double approximationRate = 0.15;  ///< "around", "about", "nearly" before the right value
    double vagueRate = 0.05;          ///< "millions of dollars" instead of the figure
    double listingRate = 0.3;         ///< an article lists the price tiers in one sentence
    int fillerSentences = 8;          ///< sentences without facts, traps included

    // What real coverage does that the first version did not (issue #16). All off by default,
    // so the stories of the first version stay as they were; their draws come from a second
    // random generator, so turning one on does not reshuffle the rest.
    /// Each article is a saved plain-text page read back through the plain-text importer: a
    /// headline line, then a dateline with the outlet's own publication date ("By staff —
    /// 2 August 2023", "Updated Aug. 1, 2023"), then the text. The outlets' dates differ by a
    /// few days; they are metadata, never a fact, and so never a conflict.
    bool plainText = false;
    /// Plain text only: per gap between paragraphs, a block of page furniture as a browser
    /// copies it (ad markers, a newsletter sign-up with its confirmation and consent lines, a
    /// donation appeal with its button, an image credit, a "Read more" list of other headlines,
    /// a "Keep reading" line); with the same rate an ad prompt above the headline. Their figures
    /// ("give $1 a week") must not become facts, and no such line the headline.
    double furnitureRate = 0;
    /// An article gives the price tiers as tier phrases: a range ("from $80 a month for the
    /// Basic plan to upwards of $23,000 for the Premium plan"), the top tier by its rank alone
    /// ("the top tier ... costs $23,000 a month") and a bound ("a fee of at least $80 a month").
    /// A bound states the right value and admits every value written for its tier: it agrees.
    double tierPhraseRate = 0;
    /// Facts of demand in billions ("$3.4 billion"); an article states one as a lower bound
    /// ("more than $3 billion") with this rate: a bound, never a conflict with "$3.4 billion",
    /// while "$3.5 billion" against "$3.4 billion" is one.
    int demandFacts = 0;
    double demandBoundRate = 0.3;
    /// Quotations by named speakers. An article renders one whole, split by its attribution
    /// ("…," Quint said. "…"), cut to a shorter part of the same words (an excerpt, not a
    /// variant) or, with `alteredQuoteRate`, with words changed (a variant).
    int quotes = 0;
    double splitQuoteRate = 0.3;
    double cutQuoteRate = 0.2;
    double alteredQuoteRate = 0.1;
    /// An article republishes an earlier outlet's article word for word under its own dateline
    /// and furniture (wire copy, syndication): shared copy, still compared.
    double syndicatedRate = 0;
};

/// One figure the generator wrote: which fact it renders and whether its value is the right
/// one. Two mentions of a fact disagree when their `valueId`s differ and neither is vague.
struct TrueMention {
    int article = -1;
    TextSpan span;                    ///< the value as written, qualifiers included
    int fact = -1;
    int valueId = 0;                  ///< 0: the fact's value; 1, 2: a wrong value
    bool vague = false;
    /// A bound ("at least $80 a month", "more than $3 billion") of the right value that admits
    /// every value written for the fact: it is never in a conflict.
    bool bound = false;
    QString text;
};

/// One rendering of a generated quotation in one article.
struct TrueQuote {
    int article = -1;
    TextSpan span;                    ///< first opening mark to last closing mark
    int quote = -1;
    bool split = false;               ///< split by its attribution; every word kept
    int cut = 0;                      ///< 0: every word; 1: the first sentence; 2: a part of it
    bool altered = false;             ///< words changed
    QString speaker;                  ///< the speaker's family name
};

/// Page furniture and the headline of one generated plain-text article.
struct TruePage {
    QString headline;
    QList<TextSpan> furniture;        ///< one span per furniture or dateline line
    QList<TextSpan> sentences;        ///< the headline, then the article's own sentences
};

struct GeneratedStory {
    QList<Article> articles;
    QList<TrueMention> mentions;
    QList<TrueQuote> quotes;
    QList<TruePage> pages;            ///< per article when Options::plainText, else empty
    /// Per fact (TrueMention::fact), the words that name what it measures, lower-case: the
    /// money noun ("grant"), the counted noun ("complaints"), a share's whole ("fleet"), the
    /// event of a date ("hearing"), a price's tier ("basic"). A label naming one is right.
    QList<QStringList> measures;
};

/// Generates a cluster; the same options always give the same story.
[[nodiscard]] GeneratedStory generateStory(const Options &options);

/// Conflict detection over pairs of mentions in different articles. A pair is a true conflict
/// when both render the same fact with different values; it is flagged when a slot in
/// conflict holds both and their values conflict. Also counts how many agreeing pairs are
/// gathered into one slot.
struct ConflictScore {
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 falseNegatives = 0;
    QStringList falseAlarms;          ///< a few, for a failing test's message
    QStringList misses;
    /// Pairs of mentions in different articles that render one fact alike (the same value, or
    /// a bound that admits it), and of those the pairs that one slot holds.
    qint64 agreements = 0;
    qint64 agreementsGathered = 0;

    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
    [[nodiscard]] double gathered() const;
    ConflictScore &operator+=(const ConflictScore &other);
};

[[nodiscard]] ConflictScore scoreConflicts(const GeneratedStory &story, const FactTable &table);

/// Slot labels over the slots that hold a generated figure: a label is right when it names
/// what the slot's first generated figure measures (GeneratedStory::measures).
struct LabelScore {
    int slots = 0;
    int right = 0;
    QStringList wrong;                ///< a few, for a failing test's message

    [[nodiscard]] double share() const;
    LabelScore &operator+=(const LabelScore &other);
};

[[nodiscard]] LabelScore scoreLabels(const GeneratedStory &story, const FactTable &table);

/// Quote groups over the quotations that two or more articles render. A group is found when
/// one quote slot holds every rendering and no rendering of another quotation; its variant
/// flag is right when FactSlot::quoteVariant says whether some rendering changed words, its
/// excerpt flag when FactSlot::quoteExcerpt says whether the renderings quote different
/// lengths; its speaker is right when every mention names the speaker.
struct QuoteScore {
    int groups = 0;
    int found = 0;
    int variantRight = 0;
    int excerptRight = 0;
    int speakerRight = 0;
    QStringList mistakes;             ///< a few, for a failing test's message

    [[nodiscard]] double foundShare() const;
    [[nodiscard]] double variantShare() const;
    [[nodiscard]] double excerptShare() const;
    [[nodiscard]] double speakerShare() const;
    QuoteScore &operator+=(const QuoteScore &other);
};

[[nodiscard]] QuoteScore scoreQuotes(const GeneratedStory &story, const FactTable &table);

/// Plain-text pages after import and analysis: furniture lines kept out of the compared text,
/// article lines left in, headlines read right, and no fact taken from furniture.
struct PageScore {
    qint64 furnitureLines = 0;
    qint64 furnitureMarked = 0;       ///< furniture lines inside a boilerplate paragraph
    qint64 articleLines = 0;
    qint64 articleLinesMarked = 0;    ///< article sentences or headlines marked boilerplate
    qint64 headlines = 0;
    qint64 headlinesRight = 0;
    qint64 furnitureFacts = 0;        ///< slot mentions overlapping a furniture line
    // A few of each, for a failing test's message.
    QStringList furnitureKept;
    QStringList articleLinesDimmed;
    QStringList wrongHeadlines;
    QStringList factsFromFurniture;

    [[nodiscard]] double furnitureShare() const;
    [[nodiscard]] double headlineShare() const;
    PageScore &operator+=(const PageScore &other);
};

/// `articles` are the analysed articles (boilerplate marked by the story-level pass too).
[[nodiscard]] PageScore scorePages(const GeneratedStory &story, const QList<Article> &articles,
                                   const FactTable &table);

} // namespace Crossread::FactSynth
