// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace Crossread {

/// What the page structure says about one paragraph; the HTML importer knows these, text and
/// Markdown importers leave them at their defaults.
struct ParagraphHints {
    double linkDensity = 0.0;   ///< share of the paragraph's characters inside links, 0-1
    bool inList = false;        ///< the paragraph is a list item (<li>, a Markdown bullet)
    /// Evidence from class and id names of the paragraph and its ancestors: each furniture word
    /// ("share", "social", "promo", "newsletter", "related", "ad", "sponsor", "cookie",
    /// "subscribe", "footer", "credit") counts -1, each content word ("article", "body",
    /// "content", "story", "entry", "text") +1. Zero when unknown.
    int classScore = 0;
    bool caption = false;       ///< inside <figcaption>, or a <figure>'s text
};

/// What the phrase patterns alone say about a paragraph's text: a kind, and whether the
/// phrase settles it ("Advertisement", "© 2023 ...", "Sign up for our newsletter") or only
/// hints at it ("subscribe", "follow us", "is a reporter at"). None when no pattern matches.
struct BoilerplatePattern {
    BoilerplateKind kind = BoilerplateKind::None;   ///< of the first settling phrase, else of a hint
    bool strong = false;
    int strongMatches = 0;                          ///< settling phrases found, of any kind
};
[[nodiscard]] BoilerplatePattern matchBoilerplatePattern(QStringView paragraph);

/// A stretch of paragraphs, first to last inclusive; empty when last < first.
struct ParagraphRun {
    qsizetype first = 0;
    qsizetype last = -1;
    [[nodiscard]] bool isEmpty() const { return last < first; }
};

/// The main text of text copied from a whole page (menus, teasers, comments and the footer
/// around the story, and no markup to tell them apart): the stretch of paragraphs where prose
/// outweighs everything else. Each paragraph of prose (sentence punctuation at its end and at
/// least ten words) counts its words, every other paragraph not yet marked counts against, and
/// the stretch with the greatest sum is the main text (the maximum-sum subarray: one linear
/// pass). Empty when no paragraph is prose.
[[nodiscard]] ParagraphRun mainTextRun(const QString &text, const QList<Paragraph> &paragraphs);

/// Where the readers' comments under a story begin in text copied from a whole page, or -1.
/// A comment thread is a rhythm of headers, each a line naming who wrote and when ("jdoe says:",
/// "Ana on May 3, 2024 at 4:12 pm said:", or a handle over "2 days ago at 07:52 am") over the
/// comment's text: at least three headers, each within a few paragraphs of the last. Time
/// stamps alone also head a live blog's entries, which are the story, so a thread needs a
/// cue that readers wrote it: headers that say who "says" or "wrote", or a short line naming
/// comments, responses or replies just above the first header. The thread starts at that line,
/// else at the first header's handle; it must follow some prose (the story comes first).
/// Linear in the text.
[[nodiscard]] qsizetype commentThreadStart(const QString &text, const QList<Paragraph> &paragraphs);

/// Marks the lists of teasers in text copied from a whole page: a rhythm of records, each a
/// title, perhaps its author, a date or byline line ("Tuesday November 19, 2019", "by Ana
/// Ruiz", "3 hours ago") and perhaps a line of teaser, repeated with the same shape at least
/// three times. A story has one such header over many paragraphs, so a header followed by more
/// prose than the records hold ends the list there. Records in another order ("title / date /
/// section / summary", "title / summary / 32M ago") count when the lines between one header and
/// the next repeat one shape, with short summaries, beside a story at least twice as long.
/// Marked BoilerplateKind::RelatedLinks. Linear in the text.
void markTeaserLists(const QString &text, QList<Paragraph> &paragraphs);

/// Marks the paragraphs of one article that are page furniture. Several signals add up to a
/// score: phrase patterns, link density, class/id hints, captions, runs of short lines, short
/// paragraphs without sentence punctuation, position near the start or end; prose signals
/// (length, a quotation with its attribution) count against. Only paragraphs still marked None
/// are considered, and never one the user decided; the first heading (the headline) is never
/// furniture. `hints`, when given, runs parallel to `paragraphs`.
void classifyBoilerplate(const QString &text, QList<Paragraph> &paragraphs,
                         const QList<ParagraphHints> &hints = {});

/// The story-level signal: a short paragraph shaped like furniture (no quotation, no sentence
/// of prose, near the start or end of the article) whose normalised text appears in two or more
/// articles of different outlets is marked BoilerplateKind::Other in each, e.g. a syndication
/// footer or a "Most read" label. Shared sentences and shared quotes are never marked: outlets
/// repeating each other's words is what Crossread compares.
/// `isCanceled` is asked every few articles; when it returns true the articles are left as they
/// were.
void markRepeatedBoilerplate(QList<Article> &articles, const std::function<bool()> &isCanceled = {});

} // namespace Crossread
