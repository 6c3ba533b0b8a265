// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Crossread {

/// One line of a PDF page as its text layer gives it: words already joined, with the box it
/// covers in points from the page's top-left corner.
struct PdfLine {
    QString text;
    QRectF box;
};

/// A page's lines in whatever order the PDF's text layer gives them; the layout puts them in
/// reading order.
struct PdfPage {
    QSizeF size;
    QList<PdfLine> lines;
};

/// A PDF's text laid out as an article's text.
struct PdfText {
    QString text;
    QList<Paragraph> paragraphs;   ///< running headers, footers and page numbers marked PageFurniture
    QList<TextSpan> pages;         ///< one per page, contiguous, covering `text`
    QList<int> pagesWithoutText;   ///< 1-based
};

/// Turns a PDF's pages into article text:
/// - reading order by recursive X-Y cut (Nagy and Seth, "Hierarchical representation of
///   optically scanned documents", 1984): a page is split at a vertical gutter that runs
///   between two blocks of prose lines, else into horizontal bands, and bands that share a
///   gutter are read as columns, left before right, so two- and three-column pages and a
///   headline across the columns read as printed; a table's short cells stay in rows;
/// - lines become paragraphs at a vertical gap, a column change or a short last line;
/// - a word broken at a line-end hyphen is joined when the next line goes on in lower case
///   ("deci-" + "sion" -> "decision"; "Anglo-" + "American" keeps its hyphen); a soft hyphen
///   is always removed;
/// - a line in the top or bottom eighth of a page whose text, digits aside, repeats on at
///   least half the pages (two at least), or that is only a page number, is marked as page
///   furniture; a paragraph broken by a page turn is joined, its furniture placed after it.
[[nodiscard]] PdfText layoutPdfPages(const QList<PdfPage> &pages);

} // namespace Crossread
