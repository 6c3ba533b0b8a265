// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/task.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTextLayout>

#include <memory>
#include <unordered_map>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace Crossread {

/// What a paginated layout did: the page count and its own bookkeeping of every piece of text
/// it drew, so tests can prove that nothing left its page or its cell.
struct ReportLayoutInfo {
    int pages = 0;
    qsizetype textLines = 0;          ///< lines of text drawn
    qsizetype continuedCells = 0;     ///< cells that did not fit on a page and continue on the next
    int footnotes = 0;                ///< notes printed at the foot of a page
    int listedAnnotations = 0;        ///< annotations outside the side-by-side pages, listed instead
    /// One line per piece of text drawn outside its page's printable rectangle or wider than
    /// the box it was laid out for (at most 20); empty when everything is inside.
    QStringList overflows;
    QRectF pageRect;                  ///< the first page's printable rectangle, device units
    /// Per page, the share (0-1) of its content height that text, tables and notes took.
    QList<qreal> pageFill;
    /// Per page, its orientation (pages turn to landscape for a table that needs the width).
    QList<QPageLayout::Orientation> pageOrientations;
    /// The number of outlet columns of each fact matrix table, in order (the report's own
    /// bookkeeping; the paginator leaves it alone).
    QList<int> matrixOutlets;
    bool canceled = false;
    QString error;                    ///< the device could not be painted on; translated
};

/// How the page furniture of a paginated layout looks and reads. The texts are already
/// translated.
struct PageStyle {
    QFont body;                       ///< the measure of "a few lines" (keep-together rules)
    QFont small;                      ///< running header, page number, footnotes
    QFont smallItalic;                ///< continuation marks
    QFont smallBold;                  ///< table headers
    QColor text;
    QColor mutedText;
    QColor headerText;
    QColor rule;                      ///< table borders and the footnote separator
    QColor tableHeader;               ///< background of table header rows
    QColor markText;                  ///< footnote numbers
    QString runningTitle;             ///< left of the running header
    QString runningLabel;             ///< right of the running header
    QString pageNumber;               ///< "Page %1"
    QString continued;                ///< at the top of a cell that continues from the last page
    QString continuesNext;            ///< at the foot of a cell that continues on the next page
};

/// One paragraph of a cell: plain text (line breaks as QChar::LineSeparator), one font, format
/// ranges over it, and the footnotes its characters carry.
struct PagePara {
    QString text;
    QFont font;
    QColor colour;                    ///< invalid: the style's text colour
    QList<QTextLayout::FormatRange> formats;
    QList<std::pair<qsizetype, int>> footnotes;   ///< (position in text, footnote number)
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct PageCell {
    QList<PagePara> paras;
    QColor background;                ///< invalid: none
    QColor stripe;                    ///< invalid: none
};

/// A cell laid out for a width: its text layouts and their lines, relative to the cell's top.
struct LaidCell {
    struct Line {
        int para = 0;
        int line = 0;
        qreal top = 0;
        qreal height = 0;
        QList<int> footnotes;
        [[nodiscard]] qreal bottom() const { return top + height; }
    };
    std::vector<std::unique_ptr<QTextLayout>> layouts;
    std::vector<QColor> colours;
    QList<Line> lines;
    QColor background;
    QColor stripe;
    qreal x = 0;
    qreal width = 0;
    qreal textWidth = 0;
    qreal padding = 0;   ///< around the text, inside the box
};

/// Places text on the pages of a paged device (a QPdfWriter or a QPrinter) from the top down:
/// a running header and a page number on each page, paragraphs split between pages by line,
/// table rows that keep whole when short and otherwise continue on the next page with a mark
/// at both ends, and footnotes whose space at the page's foot is reserved before a line that
/// carries their number is placed. Text is laid out with QTextLayout as plain text, so nothing
/// in it is ever read as markup. Knows nothing of reports: it is told what to place.
class Paginator {
public:
    enum class RowStyle : quint8 { Flow, Table, Header };

    /// Starts the first page. `painter` is active on `device`.
    Paginator(QPainter &painter, QPagedPaintDevice *device, PageStyle style, ReportLayoutInfo &info,
              TaskControl control = {});
    ~Paginator();
    Paginator(const Paginator &) = delete;
    Paginator &operator=(const Paginator &) = delete;

    [[nodiscard]] qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    /// The current page's content rectangle: inside the margins, below the running header.
    [[nodiscard]] const QRectF &content() const { return m_content; }
    [[nodiscard]] qreal y() const { return m_y; }
    [[nodiscard]] bool atPageTop() const { return m_y <= m_freshY; }
    [[nodiscard]] qreal bottom() const { return m_content.bottom() - m_footnoteReserve; }
    [[nodiscard]] bool canceled() const;
    [[nodiscard]] const PageStyle &style() const { return m_style; }
    [[nodiscard]] QPageLayout::Orientation orientation() const { return m_orientation; }
    [[nodiscard]] qreal lineHeight(const QFont &font) const;

    void setFootnoteText(int number, QString text) { m_footnoteTexts.insert(number, std::move(text)); }
    void setPageHeaderShown(bool shown) { m_headerShown = shown; }
    /// A table's header row, drawn again at the top of every page the table continues on.
    void setRepeatedHeader(std::vector<LaidCell> *header) { m_repeatedHeader = header; }

    void newPage();
    /// A new page in `orientation`; false (and a page as before) when the device cannot turn.
    /// A table running when the page turns ends there: its header is not repeated.
    bool newPage(QPageLayout::Orientation orientation);
    /// Ends the last page.
    void finish();

    void addSpace(qreal points);
    /// Starts a new page unless `height` is left on this one.
    void keepSpace(qreal height);

    [[nodiscard]] LaidCell layoutCell(const PageCell &spec, qreal x, qreal width, bool padded = true) const;
    /// A paragraph across the content width (or from `indent`), split between pages by line.
    void paragraph(const PagePara &para, qreal indent = 0);
    /// A paragraph kept with a few lines of what follows it.
    void heading(const PagePara &para);
    /// Places a row of cells at the current position (see the class comment).
    void drawRow(std::vector<LaidCell> &cells, RowStyle style);

private:
    [[nodiscard]] qreal padding() const { return pt(3); }
    [[nodiscard]] qreal stripeWidth(const QColor &stripe) const { return stripe.isValid() ? pt(3) : 0; }
    static qreal rowHeight(const std::vector<LaidCell> &cells, const std::vector<int> &next);
    struct Footnote {
        std::unique_ptr<QTextLayout> layout;
        qreal height = 0;
    };
    const Footnote &footnote(int number);
    qreal footnotesHeight(const std::vector<LaidCell> &cells, const std::vector<int> &next, qreal cut);
    void drawFragment(std::vector<LaidCell> &cells, std::vector<int> &next, qreal cut, qreal topPad, qreal pad,
                      bool continuation, bool split, RowStyle style);
    void drawLine(QTextLayout &layout, int index, QPointF topLeft, qreal boxWidth, const QColor &colour);
    void drawSingleLine(const QString &text, const QFont &font, const QRectF &box, Qt::Alignment alignment,
                        const QColor &colour);
    void measurePage();
    void startPage();
    void endPage();

    QPainter &m_painter;
    QPagedPaintDevice *m_device;
    PageStyle m_style;
    ReportLayoutInfo &m_info;
    TaskControl m_control;
    mutable bool m_canceled = false;
    qreal m_dpi = 72;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QRectF m_pageRect;
    QRectF m_content;
    qreal m_y = 0;
    qreal m_freshY = 0;
    qreal m_footnoteReserve = 0;
    bool m_headerShown = false;
    std::vector<LaidCell> *m_repeatedHeader = nullptr;
    QList<int> m_pageFootnotes;
    QHash<int, QString> m_footnoteTexts;
    std::unordered_map<int, Footnote> m_footnoteCache;
};

/// A table on a Paginator: relative column widths across the content, a header row repeated on
/// every page the table continues on. A row of one cell in a table of several columns spans
/// them all.
class PageTable {
public:
    PageTable(Paginator &paginator, const QList<qreal> &fractions);
    ~PageTable();
    PageTable(const PageTable &) = delete;
    PageTable &operator=(const PageTable &) = delete;

    void header(const QStringList &labels);
    void row(const QList<PageCell> &cells);

private:
    std::vector<LaidCell> layout(const QList<PageCell> &specs) const;

    Paginator &m_paginator;
    QList<std::pair<qreal, qreal>> m_columns;
    std::vector<LaidCell> m_header;
};

/// Text as QTextLayout should show it, literally: line breaks become line separators (same
/// length, so spans stay valid) and other control characters spaces.
[[nodiscard]] QString plainLayoutText(QStringView text);

} // namespace Crossread
