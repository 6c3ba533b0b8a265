// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// Every limit on input that enters Crossread, in one place. Each refusal names the limit.
namespace Crossread::Limits {

/// Saved news pages are rarely above 5 MB; 50 MB leaves room for pages with inline images
/// while keeping a wrong file (a video, a disk image) from being read into memory.
inline constexpr qint64 maxImportBytes = 50 * 1024 * 1024;
/// A PDF of more pages than this is a book or a bundle of filings, not one document a story
/// reports on; it is refused before any page is read (reading takes about 10 ms a page).
inline constexpr int maxPdfPages = 2000;
/// Deeper HTML nesting than this is not a page but an attack on the parser's stack.
inline constexpr int maxHtmlDepth = 400;
/// A story of more articles than a newsroom's day of wire copy is refused with a message.
inline constexpr int maxArticles = 5000;
/// Longest quotation the fact engine follows before giving up on an unmatched mark.
inline constexpr int maxQuoteChars = 4000;
/// How far either side of a figure the fact engine reads for what the figure is about (tier,
/// subject): about 50 words, where the words that name it are (a tier within a dozen words, the
/// noun of an amount in its clause). A megabyte "sentence" of figures is then read in linear,
/// not quadratic, time.
inline constexpr qsizetype maxFactContextChars = 300;
/// Most figures in one aligned passage that the fact engine compares pairwise there. A passage
/// is a sentence or two per article, with a handful of figures each; beyond this many the
/// passage is not prose, and its figures are grouped by the story-wide rounds alone.
inline constexpr int maxMentionsPerPassage = 200;
/// Work budget for Qt's Markdown reader (QTextDocument::setMarkdown, md4c inside). Its time
/// grows with the square of the inline items (line breaks, emphasis, code and link marks) in one
/// block and of the items in one list: 64 KB of backticks in one paragraph takes over two minutes.
/// The importer sums those squares before parsing; above this budget (about 1-3 s of parsing,
/// measured on Qt 6.4) the file is read as plain text with a notice. An article's paragraphs
/// hold tens of such items, thousands of times below it.
inline constexpr qint64 maxMarkdownParseCost = 10'000'000;
/// Longest run of digits read as one number; longer runs are not facts.
inline constexpr int maxNumberDigits = 24;
/// Largest figure the fact engine believes: a quadrillion is beyond any amount or count a news
/// story reports (world GDP is about 1e14 dollars); bigger values are typos or nonsense.
inline constexpr double maxFactValue = 1e15;
/// A session file is read whole into memory. 1 GiB holds thousands of typical articles with
/// their original bytes; anything larger is not a session Crossread wrote for a person to read.
inline constexpr qint64 maxSessionBytes = qint64(1024) * 1024 * 1024;

} // namespace Crossread::Limits
