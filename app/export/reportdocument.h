// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysis.h"
#include "core/task.h"
#include "core/textspan.h"
#include "export/report.h"
#include "review/sessiondata.h"

#include <QList>
#include <QMap>
#include <QString>

#include <variant>

namespace Crossread {

/// The report's content as plain data: what it says, in which order, with which emphasis, and
/// nothing about pages, fonts or pixels. buildReportDocument() composes it once; the PDF and
/// print renderer (report.h) and the Markdown writer (markdownReport()) only render it, so the
/// two cannot say different things. Every text is already translated into the application's
/// language when the document is built; article text, notes and names are carried as they are
/// and are never markup.

/// How a text is set: the renderer picks the font (PDF) or the markup (Markdown).
enum class ReportTextStyle : quint8 {
    Body,
    Strong,        ///< an outlet's name in the sources, a verdict, a fact's label
    Small,
    Note,          ///< small italic: "not in this article", "Only in …"
    SmallStrong,   ///< a topic row
    Code,          ///< a SHA-256
};

/// The colour of a text.
enum class ReportInk : quint8 { Normal, Muted, Title, Warning };

/// What a colour means. The renderer maps it to its palette (colour or greyscale); Markdown
/// shows the meaning through the text that always comes with it.
enum class ReportColour : quint8 {
    None,
    Identical,
    Reworded,
    Unique,
    Agree,
    Conflict,
    QuoteVariant,
    TableHeader,
    Highlight,     ///< an annotation's colour, ReportShade::highlight
};

/// A colour at full strength (strength 1, stripes) or as a light tint behind text.
struct ReportShade {
    ReportColour colour = ReportColour::None;
    qreal strength = 1.0;   ///< 1: the colour itself; less: ReportPalette::tint(colour, strength)
    int highlight = 0;      ///< HighlightColour, for ReportColour::Highlight

    [[nodiscard]] bool isNone() const { return colour == ReportColour::None; }
    friend bool operator==(const ReportShade &, const ReportShade &) = default;
};

/// A range of a paragraph's text with a meaning the PDF shows by format.
struct ReportMark {
    enum class Kind : quint8 {
        Changed,     ///< words this rendering has and the reference lacks
        Lacking,     ///< words of the reference other renderings lack
        Highlight,   ///< an annotation's highlight, `highlight` its colour
        Footnote,    ///< a footnote's "[n]" label, inserted into the text
    };
    TextSpan span;   ///< in the paragraph's text
    Kind kind = Kind::Changed;
    int highlight = 0;
    int footnote = 0;   ///< for Kind::Footnote: the note's number

    friend bool operator==(const ReportMark &, const ReportMark &) = default;
};

struct ReportParagraph {
    QString text;
    ReportTextStyle style = ReportTextStyle::Body;
    ReportInk ink = ReportInk::Normal;
    QList<ReportMark> marks;

    friend bool operator==(const ReportParagraph &, const ReportParagraph &) = default;
};

struct ReportCell {
    QList<ReportParagraph> paragraphs;
    ReportShade background;
    ReportShade stripe;     ///< a bar down the cell's left edge (a passage's or a fact's status)

    friend bool operator==(const ReportCell &, const ReportCell &) = default;
};

/// A section or sub-section title. Level 0 is the story's title on the cover, 1 a section,
/// 2 a part of one.
struct ReportHeading {
    QString text;
    int level = 1;
};

/// Running text. `listItem` paragraphs are items of a list (an indent in the PDF).
struct ReportText {
    ReportParagraph paragraph;
    bool listItem = false;
    bool title = false;      ///< the cover's subtitle: larger, in the PDF
};

/// Vertical space in points, for the PDF's rhythm (Markdown ignores it).
struct ReportSpace {
    qreal points = 0;
};

/// A table. `widths` are the columns' shares of the width (summing to 1); a row of one cell in
/// a table of several columns is a row that spans them (a topic's name in the fact matrix).
struct ReportTable {
    QList<qreal> widths;
    QStringList header;
    QList<QList<ReportCell>> rows;
    /// Columns from `fixedColumns` on are outlets that belong on one width (the fact matrix):
    /// the PDF turns its pages to landscape or narrows the columns before it splits them.
    int fixedColumns = -1;
};

/// One row of a side-by-side group: a passage, and each article's cell for it.
struct ReportPassageRow {
    int number = 0;          ///< the passage's number in the group, from 1
    QString status;          ///< "reworded", "identical, corrected by Ana Ruiz"
    QString correctedBy;     ///< "corrected by Ana Ruiz" when a reviewer changed the passage
    QList<ReportCell> cells; ///< per article of the group
    QList<bool> shown;       ///< per article: its cell holds its text (not a placeholder)
};

/// Articles side by side, one column each, rows in every article's own reading order.
struct ReportPassages {
    QStringList outlets;
    QList<ReportPassageRow> rows;
};

using ReportBlock = std::variant<ReportHeading, ReportText, ReportSpace, ReportTable, ReportPassages>;

/// One part of the report: the PDF starts each on a new page.
struct ReportPart {
    enum class Kind : quint8 { Cover, Summary, Claims, Facts, Passages, Annotations };
    Kind kind = Kind::Cover;
    QList<ReportBlock> blocks;
};

struct ReportDocument {
    QString title;                    ///< reportTitle()
    QString subtitle;                 ///< "Review report"
    QList<ReportPart> parts;
    QMap<int, QString> footnotes;     ///< annotation notes by number, for the marks in the passages
    int listedAnnotations = 0;        ///< annotations listed in the Annotations part, not as notes
    qsizetype rowCount = 0;           ///< table and passage rows, for progress
    bool canceled = false;
};

/// Composes the report of `session` over `analysis` (the corrected analysis of the session's
/// articles) with `options`' sections, articles and columns. Pure: no painting, no files.
/// Asks `control` once per row; a canceled build returns with `canceled` set.
[[nodiscard]] ReportDocument buildReportDocument(const SessionData &session, const Analysis &analysis,
                                                 const ReportOptions &options, const TaskControl &control = {});

/// The document as Markdown: every part a "##" section, tables as pipe tables, the side-by-side
/// rows one block per passage with the outlets' renderings in turn and the notes after it.
[[nodiscard]] QString reportMarkdown(const ReportDocument &document);

} // namespace Crossread
