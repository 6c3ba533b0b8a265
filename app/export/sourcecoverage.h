// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "review/sessiondata.h"

#include <QList>
#include <QString>

namespace Crossread {

/// The content of the report's "Coverage against the source": per outlet, the figures that
/// differ from the source, the quotes whose words were altered, the source's passages it leaves
/// out, and what it says that the source does not support. Plain data that the PDF and Markdown
/// writers lay out; texts are the articles' own words, or untranslated Phrases.
struct SourceCoverage {
    struct Figure {
        Phrase label;              ///< the fact slot's label
        QString outletText;        ///< the outlet's figure as written
        QString sourceText;        ///< the source's figure as written
        int outletPage = 0;        ///< 1-based page in a paged article, else 0
        int sourcePage = 0;
        friend bool operator==(const Figure &, const Figure &) = default;
    };
    struct Quote {
        QString outletText;
        QString sourceText;
        QList<Phrase> changes;     ///< the word changes against the source's wording
        int sourcePage = 0;
        friend bool operator==(const Quote &, const Quote &) = default;
    };
    struct LeftOut {
        int passage = -1;          ///< passage id
        QString sourceText;        ///< the source's rendering of the passage
        int sourcePage = 0;
        friend bool operator==(const LeftOut &, const LeftOut &) = default;
    };
    /// Something the outlet says that the source does not back: a figure or quote the source
    /// does not give, or a reviewer's claim carried by this outlet that no evidence in the
    /// source supports (or that evidence in the source contradicts).
    struct Unsupported {
        QString text;
        Phrase reason;
        friend bool operator==(const Unsupported &, const Unsupported &) = default;
    };
    struct Outlet {
        int article = -1;          ///< index into Analysis::articles
        QString name;              ///< Article::displayName()
        int passagesCarried = 0;
        int sourcePassages = 0;    ///< the source's passages: carried + left out
        QList<Figure> figuresDiffer;
        QList<Quote> quotesAltered;
        QList<LeftOut> passagesLeftOut;
        QList<Unsupported> unsupported;
        friend bool operator==(const Outlet &, const Outlet &) = default;
    };

    int source = -1;               ///< index of the source in Analysis::articles; -1 without one
    QString sourceName;
    QList<Outlet> outlets;         ///< every other article, in story order

    [[nodiscard]] bool isEmpty() const { return source < 0; }
    friend bool operator==(const SourceCoverage &, const SourceCoverage &) = default;
};

/// One row of the section's table for an outlet, translated, as both report writers lay it out:
/// what departs from the source, what the outlet says, what the source says (with its page).
struct SourceCoverageRow {
    QString departure;      ///< "Figure differs: cost", "Quote altered: 'guarantee' for 'secure'", ...
    QString outletSays;     ///< empty for a passage left out
    QString sourceSays;     ///< empty for what the source does not support
    bool differs = false;   ///< a figure or quote the source states otherwise (the writers tint it)
    friend bool operator==(const SourceCoverageRow &, const SourceCoverageRow &) = default;
};

/// The outlet's rows in the section's order: figures that differ, quotes altered, passages left
/// out, what the source does not support. Texts longer than `limit` characters are shortened.
[[nodiscard]] QList<SourceCoverageRow> sourceCoverageRows(const SourceCoverage::Outlet &outlet, qsizetype limit = 300);
/// "Carries 7 of the source's 8 passages; 1 figure differs, 1 quote altered, 2 statements the
/// source does not support." Translated.
[[nodiscard]] QString sourceCoverageLine(const SourceCoverage::Outlet &outlet);
/// The section's title, "Coverage against the source", and its one-line introduction naming the
/// source. Translated.
[[nodiscard]] QString sourceCoverageTitle();
[[nodiscard]] QString sourceCoverageIntroduction(const SourceCoverage &coverage);

/// Builds the section's content from an analysis (with its SourceComparison) and the review's
/// claims. Empty (source -1) when the story has no source. Pure.
[[nodiscard]] SourceCoverage sourceCoverage(const Analysis &analysis, const ReviewState &review);

} // namespace Crossread
