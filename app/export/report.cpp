// SPDX-License-Identifier: GPL-3.0-or-later
// The printed review report. Text is laid out with QTextLayout, one plain-text string per
// paragraph with QTextLayout::FormatRange for highlights, so article text, notes and metadata
// can never become markup. A small paginator places table rows line by line: a row that does
// not fit continues on the next page with a mark at both ends, and the notes of the annotation
// numbers on a page are reserved at that page's foot before a line carrying them is placed.
#include "export/report.h"

#include "review/annotationmodel.h"
#include "review/claimmodel.h"
#include "crossread_version.h"
#include "core/outputfile.h"
#include "export/reportpalette.h"
#include "export/storysummary_p.h"
#include "export/correctedanalysis.h"
#include "export/sidebyside.h"
#include "export/sourcecoverage.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Crossread {
namespace {

// lupdate files tr() calls under the enclosing class or namespace; this one context keeps
// the catalog and the run-time lookup the same for every string in the file.
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Export)
};

/// Text as QTextLayout should show it, literally: line breaks become line separators (same
/// length, so spans stay valid) and other control characters spaces.
QString plain(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c == u'\n' || c == QChar::ParagraphSeparator)
            c = QChar::LineSeparator;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return out;
}

/// At most `limit` characters of `text` on one line, with an ellipsis when cut.
QString shortened(QStringView text, qsizetype limit)
{
    QString simple = text.toString().simplified();
    if (simple.size() <= limit)
        return simple;
    qsizetype cut = limit;
    if (simple.at(cut - 1).isHighSurrogate())
        --cut;
    return simple.left(cut).trimmed() + QChar(0x2026);
}

QString quoted(QStringView text, qsizetype limit)
{
    return QChar(0x201c) + shortened(text, limit) + QChar(0x201d);
}

struct Fonts {
    QFont body;
    QFont bold;
    QFont small;
    QFont smallItalic;
    QFont smallBold;
    QFont mono;
    QFont title;
    QFont subtitle;
    QFont heading;
    QFont subheading;
};

Fonts makeFonts()
{
    QFont base(QStringLiteral("Sans Serif"));
    // No shaping for simple scripts means no "fi"/"ff" ligature glyphs, so text copied from the
    // PDF (and pdftotext) gives the letters that were written.
    base.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    base.setPointSizeF(9);
    Fonts fonts;
    fonts.body = base;
    fonts.bold = base;
    fonts.bold.setBold(true);
    fonts.small = base;
    fonts.small.setPointSizeF(7.5);
    fonts.smallItalic = fonts.small;
    fonts.smallItalic.setItalic(true);
    fonts.smallBold = fonts.small;
    fonts.smallBold.setBold(true);
    fonts.mono = QFont(QStringLiteral("Monospace"));
    fonts.mono.setStyleHint(QFont::Monospace, QFont::PreferNoShaping);
    fonts.mono.setPointSizeF(7);
    fonts.title = base;
    fonts.title.setPointSizeF(22);
    fonts.title.setBold(true);
    fonts.subtitle = base;
    fonts.subtitle.setPointSizeF(12);
    fonts.heading = base;
    fonts.heading.setPointSizeF(15);
    fonts.heading.setBold(true);
    fonts.subheading = base;
    fonts.subheading.setPointSizeF(11);
    fonts.subheading.setBold(true);
    return fonts;
}

/// One paragraph of a cell: plain text, one font, and format ranges over it.
struct Para {
    QString text;
    QFont font;
    QColor colour;
    QList<QTextLayout::FormatRange> formats;
    QList<std::pair<qsizetype, int>> marks;   ///< (position in text, footnote number)
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct CellSpec {
    QList<Para> paras;
    QColor background;   ///< invalid: none
    QColor stripe;       ///< invalid: none
};

struct CellLine {
    int para = 0;
    int line = 0;
    qreal top = 0;       ///< relative to the cell's first line
    qreal height = 0;
    QList<int> footnotes;
    [[nodiscard]] qreal bottom() const { return top + height; }
};

struct LaidCell {
    std::vector<std::unique_ptr<QTextLayout>> layouts;
    std::vector<QColor> colours;
    QList<CellLine> lines;
    QColor background;
    QColor stripe;
    qreal x = 0;
    qreal width = 0;
    qreal textWidth = 0;
    qreal padding = 0;   ///< around the text, inside the box
};

struct Footnote {
    std::unique_ptr<QTextLayout> layout;
    qreal height = 0;
};

/// Paints pages: running header and page number, rows that paginate, footnotes.
class Pager {
public:
    Pager(QPainter &painter, QPagedPaintDevice *device, const ReportPalette &palette, const Fonts &fonts,
          QString title, ReportLayoutInfo &info, const ReportControl &control)
        : m_painter(painter), m_device(device), m_palette(palette), m_fonts(fonts), m_title(std::move(title)),
          m_info(info), m_control(control)
    {
        m_dpi = device->logicalDpiY() > 0 ? device->logicalDpiY() : 72;
        m_pageRect = QRectF(0, 0, device->width(), device->height());
        m_info.pageRect = m_pageRect;
        const qreal band = pt(18);
        m_content = m_pageRect.adjusted(0, band, 0, -band);
        m_info.pages = 1;
        startPage();
    }

    [[nodiscard]] qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    [[nodiscard]] const QRectF &content() const { return m_content; }
    [[nodiscard]] qreal y() const { return m_y; }
    [[nodiscard]] qreal bottom() const { return m_content.bottom() - m_footnoteReserve; }
    [[nodiscard]] bool canceled() const
    {
        if (!m_canceled && m_control.isCanceled && m_control.isCanceled())
            m_canceled = true;
        return m_canceled;
    }
    [[nodiscard]] const ReportPalette &palette() const { return m_palette; }
    [[nodiscard]] const Fonts &fonts() const { return m_fonts; }

    void setFootnoteText(int number, QString text) { m_footnoteTexts.insert(number, std::move(text)); }
    void setPageHeaderShown(bool shown) { m_headerShown = shown; }
    /// A table's header row, drawn again at the top of every page the table continues on.
    void setRepeatedHeader(std::vector<LaidCell> *header) { m_repeatedHeader = header; }

    void newPage()
    {
        endPage();
        m_device->newPage();
        ++m_info.pages;
        startPage();
    }

    void finish() { endPage(); }

    void addSpace(qreal points)
    {
        m_y += pt(points);
        if (m_y > bottom())
            newPage();
    }

    /// Starts a new page unless `points` of height are left on this one.
    void keepSpace(qreal height)
    {
        if (m_y + height > bottom() && m_y > m_freshY)
            newPage();
    }

    [[nodiscard]] qreal lineHeight(const QFont &font) const { return QFontMetricsF(font, m_device).lineSpacing(); }

    LaidCell layoutCell(const CellSpec &spec, qreal x, qreal width, bool padded = true) const
    {
        LaidCell cell;
        cell.padding = padded ? padding() : 0;
        cell.x = x;
        cell.width = width;
        cell.background = spec.background;
        cell.stripe = spec.stripe;
        cell.textWidth = std::max<qreal>(pt(10), width - 2 * cell.padding - stripeWidth(spec.stripe));
        qreal top = 0;
        for (int p = 0; p < spec.paras.size(); ++p) {
            const Para &para = spec.paras.at(p);
            auto layout = std::make_unique<QTextLayout>(para.text, para.font, m_device);
            QTextOption option(para.alignment);
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout->setTextOption(option);
            layout->setFormats(para.formats);
            layout->setCacheEnabled(true);
            if (p > 0)
                top += pt(1.5);
            layout->beginLayout();
            int index = 0;
            for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine(), ++index) {
                line.setLineWidth(cell.textWidth);
                line.setPosition(QPointF(0, 0));
                CellLine cellLine{p, index, top, line.height(), {}};
                const qsizetype from = line.textStart();
                const qsizetype to = from + line.textLength();
                for (const auto &[position, number] : para.marks) {
                    if (position >= from && (position < to || (position == to && to == para.text.size())))
                        cellLine.footnotes.append(number);
                }
                cell.lines.append(cellLine);
                top += line.height();
            }
            layout->endLayout();
            cell.layouts.push_back(std::move(layout));
            cell.colours.push_back(para.colour.isValid() ? para.colour : m_palette.text);
        }
        return cell;
    }

    /// A paragraph across the content width (or from `indent`), split between pages by line.
    void paragraph(const Para &para, qreal indent = 0)
    {
        std::vector<LaidCell> cells;
        cells.push_back(layoutCell(CellSpec{{para}, {}, {}}, m_content.left() + indent, m_content.width() - indent, false));
        drawRow(cells, RowStyle::Flow);
    }

    void heading(const QString &text, const QFont &font)
    {
        keepSpace(lineHeight(font) * 1.5 + lineHeight(m_fonts.body) * 4);
        if (m_y > m_freshY)
            addSpace(6);
        paragraph(Para{plain(text), font, m_palette.headerText, {}, {}, Qt::AlignLeft});
        addSpace(3);
    }

    enum class RowStyle : quint8 { Flow, Table, Header };

    /// Places a row of cells at the current position. Table rows that do not fit are split
    /// between pages by whole lines, with "continued" marks; footnotes for the annotation
    /// numbers in the placed lines are reserved at the page's foot first.
    void drawRow(std::vector<LaidCell> &cells, RowStyle style)
    {
        const qreal pad = style == RowStyle::Flow ? 0 : padding();
        const qreal labelHeight = lineHeight(m_fonts.smallItalic);
        std::vector<int> next(cells.size(), 0);
        bool continuation = false;

        // Short rows are kept whole: moved to the next page rather than split near the foot.
        const qreal whole = rowHeight(cells, next) + 2 * pad;
        const qreal minimumPiece = lineHeight(m_fonts.body) * 3;
        if (style != RowStyle::Flow && m_y + whole + footnotesHeight(cells, next, 1e12) > bottom()
            && m_y > m_freshY && (whole < m_content.height() / 3 || bottom() - m_y < minimumPiece))
            newPage();

        for (;;) {
            const qreal topPad = pad + (continuation ? labelHeight : 0);
            const qreal available = bottom() - m_y;
            const qreal all = rowHeight(cells, next);
            if (topPad + all + pad + footnotesHeight(cells, next, 1e12) <= available) {
                drawFragment(cells, next, all, topPad, pad, continuation, false, style);
                return;
            }
            // Split: the cut heights are the bottoms of the remaining lines.
            QList<qreal> cuts;
            for (size_t c = 0; c < cells.size(); ++c) {
                const LaidCell &cell = cells.at(c);
                for (qsizetype l = next[c]; l < cell.lines.size(); ++l)
                    cuts.append(cell.lines.at(l).bottom() - cell.lines.at(next[c]).top);
            }
            std::sort(cuts.begin(), cuts.end());
            qreal best = -1;
            const qreal endMark = style == RowStyle::Flow ? 0 : labelHeight;
            for (qreal cut : std::as_const(cuts)) {
                if (topPad + cut + endMark + pad + footnotesHeight(cells, next, cut) > available)
                    break;
                best = cut;
            }
            if (best < 0 || (best < minimumPiece && m_y > m_freshY && style != RowStyle::Flow)) {
                if (m_y > m_freshY) {
                    newPage();
                    continue;
                }
                // Not even one line with its notes fits on an empty page: place one line anyway.
                best = cuts.isEmpty() ? 0 : cuts.first();
            }
            if (canceled())
                return;
            drawFragment(cells, next, best, topPad, pad, continuation, true, style);
            bool remaining = false;
            for (size_t c = 0; c < cells.size(); ++c)
                remaining = remaining || next[c] < cells.at(c).lines.size();
            if (!remaining)
                return;
            newPage();
            continuation = style != RowStyle::Flow;
        }
    }

    /// One line of text in a box, elided to fit; for page furniture and labels.
    void drawSingleLine(const QString &text, const QFont &font, const QRectF &box, Qt::Alignment alignment,
                        const QColor &colour)
    {
        const QFontMetricsF metrics(font, m_device);
        const QString elided = metrics.elidedText(plain(text), Qt::ElideRight, box.width());
        QTextLayout layout(elided, font, m_device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (line.isValid()) {
            line.setLineWidth(box.width());
            line.setPosition(QPointF(0, 0));
        }
        layout.endLayout();
        if (line.isValid())
            drawLine(layout, 0, box.topLeft(), box.width(), colour);
    }

private:
    [[nodiscard]] qreal padding() const { return pt(3); }
    [[nodiscard]] qreal stripeWidth(const QColor &stripe) const { return stripe.isValid() ? pt(3) : 0; }

    static qreal rowHeight(const std::vector<LaidCell> &cells, const std::vector<int> &next)
    {
        qreal height = 0;
        for (size_t c = 0; c < cells.size(); ++c) {
            const LaidCell &cell = cells.at(c);
            if (next[c] < cell.lines.size())
                height = std::max(height, cell.lines.last().bottom() - cell.lines.at(next[c]).top);
        }
        return height;
    }

    const Footnote &footnote(int number)
    {
        auto found = m_footnoteCache.find(number);
        if (found != m_footnoteCache.end())
            return found->second;
        Footnote note;
        const QString text = QString::number(number) + QStringLiteral("  ") + plain(m_footnoteTexts.value(number));
        note.layout = std::make_unique<QTextLayout>(text, m_fonts.small, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        note.layout->setTextOption(option);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        bold.setForeground(m_palette.markText);
        note.layout->setFormats({QTextLayout::FormatRange{0, int(QString::number(number).size()), bold}});
        note.layout->beginLayout();
        for (QTextLine line = note.layout->createLine(); line.isValid(); line = note.layout->createLine()) {
            line.setLineWidth(m_content.width());
            line.setPosition(QPointF(0, note.height));
            note.height += line.height();
        }
        note.layout->endLayout();
        return m_footnoteCache.emplace(number, std::move(note)).first->second;
    }

    /// The extra page-foot height the notes of the remaining lines down to `cut` need.
    qreal footnotesHeight(const std::vector<LaidCell> &cells, const std::vector<int> &next, qreal cut)
    {
        qreal height = 0;
        QSet<int> counted;
        for (size_t c = 0; c < cells.size(); ++c) {
            const LaidCell &cell = cells.at(c);
            for (qsizetype l = next[c]; l < cell.lines.size(); ++l) {
                const CellLine &line = cell.lines.at(l);
                if (line.bottom() - cell.lines.at(next[c]).top > cut)
                    break;
                for (int number : line.footnotes) {
                    if (m_pageFootnotes.contains(number) || counted.contains(number))
                        continue;
                    counted.insert(number);
                    height += footnote(number).height + pt(1);
                }
            }
        }
        if (height > 0 && m_pageFootnotes.isEmpty())
            height += pt(8);   // the separator rule above the notes
        return height;
    }

    void drawFragment(std::vector<LaidCell> &cells, std::vector<int> &next, qreal cut, qreal topPad, qreal pad,
                      bool continuation, bool split, RowStyle style)
    {
        const qreal labelHeight = lineHeight(m_fonts.smallItalic);
        const qreal endMark = split && style != RowStyle::Flow ? labelHeight : 0;
        const qreal height = topPad + cut + endMark + pad;
        for (size_t c = 0; c < cells.size(); ++c) {
            LaidCell &cell = cells[c];
            const QRectF box(cell.x, m_y, cell.width, height);
            if (cell.background.isValid())
                m_painter.fillRect(box, cell.background);
            if (cell.stripe.isValid())
                m_painter.fillRect(QRectF(box.left(), box.top(), stripeWidth(cell.stripe), box.height()), cell.stripe);
            if (style != RowStyle::Flow) {
                m_painter.setPen(QPen(m_palette.rule, pt(0.5)));
                m_painter.setBrush(Qt::NoBrush);
                m_painter.drawRect(box);
            }
            const qreal textX = cell.x + cell.padding + stripeWidth(cell.stripe);
            const bool continues = next[c] < cell.lines.size();
            if (continuation && continues) {
                drawSingleLine(ExportText::tr("(continued)"), m_fonts.smallItalic, QRectF(textX, m_y + pad, cell.textWidth, labelHeight),
                               Qt::AlignLeft, m_palette.mutedText);
                ++m_info.continuedCells;
            }
            if (!continues)
                continue;
            const qreal origin = cell.lines.at(next[c]).top;
            qsizetype l = next[c];
            for (; l < cell.lines.size(); ++l) {
                const CellLine &line = cell.lines.at(l);
                if (line.bottom() - origin > cut + 0.01)
                    break;
                drawLine(*cell.layouts.at(line.para), line.line, QPointF(textX, m_y + topPad + line.top - origin),
                         cell.textWidth, cell.colours.at(line.para));
                for (int number : line.footnotes) {
                    if (!m_pageFootnotes.contains(number)) {
                        m_pageFootnotes.append(number);
                        m_footnoteReserve += footnote(number).height + pt(1) + (m_pageFootnotes.size() == 1 ? pt(8) : 0);
                    }
                }
            }
            next[c] = int(l);
            if (split && style != RowStyle::Flow && next[c] < cell.lines.size()) {
                drawSingleLine(ExportText::tr("continued on the next page \u2192"), m_fonts.smallItalic,
                               QRectF(textX, m_y + topPad + cut, cell.textWidth, labelHeight), Qt::AlignRight,
                               m_palette.mutedText);
            }
        }
        m_y += height;
    }

    void drawLine(QTextLayout &layout, int index, QPointF topLeft, qreal boxWidth, const QColor &colour)
    {
        const QTextLine line = layout.lineAt(index);
        m_painter.setPen(colour);
        line.draw(&m_painter, topLeft);
        ++m_info.textLines;
        // Where the line's glyphs went: QTextLine::draw() adds the line's own position.
        const QRectF drawn = line.naturalTextRect().translated(topLeft);
        const qreal tolerance = pt(0.5);
        const bool outside = !m_pageRect.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(drawn);
        const bool tooWide = line.naturalTextWidth() > boxWidth + tolerance;
        if ((outside || tooWide) && m_info.overflows.size() < 20) {
            m_info.overflows.append(QStringLiteral("page %1: \"%2\" at (%3, %4, %5 x %6)%7")
                                        .arg(m_info.pages)
                                        .arg(layout.text().mid(line.textStart(), std::min(line.textLength(), 40)))
                                        .arg(drawn.x())
                                        .arg(drawn.y())
                                        .arg(drawn.width())
                                        .arg(drawn.height())
                                        .arg(tooWide ? QStringLiteral(" wider than its box") : QString()));
        }
    }

    void startPage()
    {
        m_y = m_content.top();
        m_footnoteReserve = 0;
        m_pageFootnotes.clear();
        if (m_headerShown) {
            const qreal height = lineHeight(m_fonts.small);
            const QRectF band(m_pageRect.left(), m_pageRect.top(), m_pageRect.width(), height);
            drawSingleLine(m_title, m_fonts.small, band.adjusted(0, 0, -band.width() * 0.35, 0), Qt::AlignLeft,
                           m_palette.mutedText);
            drawSingleLine(ExportText::tr("Crossread review report"), m_fonts.small, band.adjusted(band.width() * 0.7, 0, 0, 0),
                           Qt::AlignRight, m_palette.mutedText);
            m_painter.setPen(QPen(m_palette.rule, pt(0.5)));
            m_painter.drawLine(QPointF(band.left(), band.bottom() + pt(2)), QPointF(band.right(), band.bottom() + pt(2)));
        }
        if (m_repeatedHeader) {
            std::vector<int> next(m_repeatedHeader->size(), 0);
            drawFragment(*m_repeatedHeader, next, rowHeight(*m_repeatedHeader, next), padding(), padding(), false, false,
                         RowStyle::Header);
        }
        m_freshY = m_y;
    }

    void endPage()
    {
        const qreal height = lineHeight(m_fonts.small);
        drawSingleLine(ExportText::tr("Page %1").arg(m_info.pages), m_fonts.small,
                       QRectF(m_pageRect.left(), m_pageRect.bottom() - height, m_pageRect.width(), height),
                       Qt::AlignHCenter, m_palette.mutedText);
        if (m_pageFootnotes.isEmpty())
            return;
        qreal y = m_content.bottom() - m_footnoteReserve + pt(8);
        m_painter.setPen(QPen(m_palette.rule, pt(0.5)));
        m_painter.drawLine(QPointF(m_content.left(), y - pt(4)), QPointF(m_content.left() + m_content.width() / 3, y - pt(4)));
        for (int number : std::as_const(m_pageFootnotes)) {
            const Footnote &note = footnote(number);
            for (int i = 0; i < note.layout->lineCount(); ++i) {
                drawLine(*note.layout, i, QPointF(m_content.left(), y), m_content.width(), m_palette.text);
            }
            y += note.height + pt(1);
            ++m_info.footnotes;
        }
    }

    QPainter &m_painter;
    QPagedPaintDevice *m_device;
    const ReportPalette &m_palette;
    const Fonts &m_fonts;
    QString m_title;
    ReportLayoutInfo &m_info;
    const ReportControl &m_control;
    mutable bool m_canceled = false;
    qreal m_dpi = 72;
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

/// A table: relative column widths across the content, a header repeated on every page.
class Table {
public:
    Table(Pager &pager, const QList<qreal> &fractions) : m_pager(pager)
    {
        qreal x = pager.content().left();
        for (qreal fraction : fractions) {
            const qreal width = pager.content().width() * fraction;
            m_columns.append({x, width});
            x += width;
        }
    }
    ~Table() { m_pager.setRepeatedHeader(nullptr); }
    Table(const Table &) = delete;
    Table &operator=(const Table &) = delete;

    void header(const QStringList &labels)
    {
        const ReportPalette &palette = m_pager.palette();
        QList<CellSpec> specs;
        for (const QString &label : labels)
            specs.append(CellSpec{{Para{plain(label), m_pager.fonts().smallBold, palette.headerText, {}, {}, Qt::AlignLeft}},
                                  palette.tableHeader, {}});
        m_header = layout(specs);
        m_pager.keepSpace(m_pager.lineHeight(m_pager.fonts().body) * 5);
        m_pager.drawRow(m_header, Pager::RowStyle::Header);
        m_pager.setRepeatedHeader(&m_header);
    }

    void row(const QList<CellSpec> &specs)
    {
        std::vector<LaidCell> cells = layout(specs);
        m_pager.drawRow(cells, Pager::RowStyle::Table);
    }

    [[nodiscard]] qreal columnWidth(int column) const { return m_columns.at(column).second; }

private:
    std::vector<LaidCell> layout(const QList<CellSpec> &specs) const
    {
        std::vector<LaidCell> cells;
        qsizetype column = 0;
        for (const CellSpec &spec : specs) {
            // A single spec spanning every column (topic rows) takes the full width.
            const bool spanning = specs.size() == 1 && m_columns.size() > 1;
            const qreal x = m_columns.at(column).first;
            const qreal width = spanning ? m_pager.content().width() : m_columns.at(column).second;
            cells.push_back(m_pager.layoutCell(spec, x, width));
            column = std::min(column + 1, m_columns.size() - 1);
        }
        return cells;
    }

    Pager &m_pager;
    QList<std::pair<qreal, qreal>> m_columns;
    std::vector<LaidCell> m_header;
};

/// The report for one story: the sections, built from the session and the analysis.
class ReportBuilder {
public:
    ReportBuilder(Pager &pager, const SessionData &session, const Analysis &analysis, const ReportOptions &options)
        : m_pager(pager), m_session(session), m_analysis(analysis), m_options(options),
          m_palette(pager.palette()), m_fonts(pager.fonts())
    {
        m_story.setArticles(analysis.articles);
        m_chosen = chosenArticles(options.articles, analysis.articles.size());
    }

    void build()
    {
        const ReportSections sections = m_options.sections;
        bool first = true;
        const auto startSection = [&] {
            if (!first)
                m_pager.newPage();
            first = false;
            m_pager.setPageHeaderShown(true);
        };
        if (sections & ReportSection::Cover) {
            first = false;
            cover();
        }
        m_pager.setPageHeaderShown(true);
        if (sections & ReportSection::Summary) {
            startSection();
            summary();
        }
        if (sections & ReportSection::Claims && !m_pager.canceled()) {
            startSection();
            claims();
        }
        if (sections & ReportSection::Facts && !m_pager.canceled()) {
            startSection();
            factMatrix();
            corrections();
        }
        if (sections & ReportSection::Passages && !m_pager.canceled()) {
            passages(startSection);
        }
        if (!m_pager.canceled())
            otherAnnotations(startSection);
    }

private:
    Para para(const QString &text, const QFont &font, const QColor &colour = {}) const
    {
        return Para{plain(text), font, colour, {}, {}, Qt::AlignLeft};
    }

    [[nodiscard]] QString articleName(int index) const { return m_analysis.articles.at(index).displayName(); }

    void progress(int done, int total)
    {
        if (total > 0)
            m_control.report(int(qint64(done) * 100 / total));
    }

    void cover()
    {
        const QList<Article> &articles = m_analysis.articles;
        m_pager.addSpace(40);
        m_pager.paragraph(para(reportTitle(m_session, articles), m_fonts.title, m_palette.headerText));
        m_pager.addSpace(4);
        m_pager.paragraph(para(ExportText::tr("Review report"), m_fonts.subtitle, m_palette.mutedText));
        m_pager.addSpace(14);
        const QDateTime when = m_options.reportDate.isValid() ? m_options.reportDate : QDateTime::currentDateTime();
        m_pager.paragraph(para(ExportText::tr("Report date: %1").arg(QLocale().toString(when.date(), QLocale::LongFormat)), m_fonts.body));
        const QStringList &reviewers = m_session.review.reviewers;
        m_pager.paragraph(para(ExportText::tr("Reviewers: %1").arg(reviewers.isEmpty() ? ExportText::tr("none recorded") : reviewers.join(QStringLiteral(", "))),
                               m_fonts.body));
        m_pager.paragraph(para(ExportText::tr("Articles compared: %1 of %2").arg(m_chosen.size()).arg(articles.size()), m_fonts.body));
        m_pager.paragraph(para(ExportText::tr("Annotations: %1 \u00b7 Claims: %2").arg(m_session.review.annotations.size())
                                   .arg(m_session.review.claims.size()),
                               m_fonts.body));
        m_pager.addSpace(10);
        m_pager.heading(ExportText::tr("Sources"), m_fonts.subheading);
        Table table(m_pager, {0.06, 0.44, 0.50});
        table.header({ExportText::tr("#"), ExportText::tr("Outlet and article"), ExportText::tr("Source")});
        for (int index : std::as_const(m_chosen)) {
            const ArticleMetadata &meta = articles.at(index).meta;
            const auto unknown = [](const QString &text) { return text.isEmpty() ? ExportText::tr("not given") : text; };
            QString published = meta.published.text.isEmpty() ? meta.published.isoString() : meta.published.text;
            CellSpec what{{para(articleName(index), m_fonts.bold),
                           para(unknown(meta.headline), m_fonts.body),
                           para(ExportText::tr("Author: %1").arg(unknown(meta.author)), m_fonts.small),
                           para(ExportText::tr("Published: %1").arg(unknown(published)), m_fonts.small)},
                          {}, {}};
            CellSpec source{{para(ExportText::tr("URL: %1").arg(unknown(meta.url)), m_fonts.small),
                             para(ExportText::tr("File: %1").arg(unknown(meta.sourceFile)), m_fonts.small),
                             para(ExportText::tr("SHA-256: %1").arg(QString::fromLatin1(articles.at(index).contentHash)), m_fonts.mono)},
                            {}, {}};
            if (const QString fetched = fetchedLabel(meta); !fetched.isEmpty())
                source.paras.insert(2, para(fetched, m_fonts.small));
            if (m_session.unverifiedTexts.contains(index))
                source.paras.append(para(unverifiedTextWarning(), m_fonts.bold));
            table.row({CellSpec{{para(QString::number(index + 1), m_fonts.body)}, {}, {}}, what, source});
            if (m_pager.canceled())
                return;
        }
    }

    void summary()
    {
        const Alignment &alignment = m_analysis.alignment;
        m_pager.heading(ExportText::tr("Summary"), m_fonts.heading);
        const StorySummary story = summarizeStory(m_analysis, m_chosen);
        m_pager.paragraph(para(ExportText::tr("Articles compared: %1. Passages in the story: %2.").arg(m_chosen.size()).arg(alignment.passages.size()),
                               m_fonts.body));
        m_pager.paragraph(para(ExportText::tr("Passages told by all compared articles: %1 (%2 identical, %3 reworded).")
                                   .arg(story.sharedByAll)
                                   .arg(story.identical)
                                   .arg(story.reworded),
                               m_fonts.body));
        m_pager.paragraph(para(ExportText::tr("Facts in conflict: %1 of %2 fact slots.").arg(story.conflicts).arg(m_analysis.facts.slots.size()),
                               m_fonts.body));
        for (const Phrase &message : m_analysis.messages)
            m_pager.paragraph(para(message.translated(), m_fonts.small, m_palette.mutedText));
        if (!story.conflictList.isEmpty()) {
            m_pager.addSpace(6);
            m_pager.heading(ExportText::tr("Conflicting facts"), m_fonts.subheading);
            for (const ConflictSummary &conflict : story.conflictList) {
                QStringList parts;
                for (const auto &[value, outlets] : conflict.values)
                    parts.append(ExportText::tr("%1 (%2)").arg(shortened(value, 80), outlets.join(QStringLiteral(", "))));
                m_pager.paragraph(para(QStringLiteral("\u2260 ") + conflict.label + QStringLiteral(": ")
                                           + parts.join(QStringLiteral(" \u00b7 ")),
                                       m_fonts.body),
                                  m_pager.pt(6));
            }
        }
        m_pager.addSpace(8);
        m_pager.heading(ExportText::tr("By outlet"), m_fonts.subheading);
        Table table(m_pager, {0.40, 0.20, 0.20, 0.20});
        table.header({ExportText::tr("Outlet"), ExportText::tr("Passages told"), ExportText::tr("Only in this outlet"), ExportText::tr("Figures in conflict")});
        for (int index : std::as_const(m_chosen)) {
            const auto number = [&](int value) { return CellSpec{{para(QString::number(value), m_fonts.body)}, {}, {}}; };
            table.row({CellSpec{{para(articleName(index), m_fonts.body)}, {}, {}}, number(story.told.at(index)),
                       number(story.unique.at(index)),
                       CellSpec{{para(QString::number(story.conflicting.at(index)), m_fonts.body)},
                                story.conflicting.at(index) > 0 ? ReportPalette::tint(m_palette.conflict) : QColor(), {}}});
            if (m_pager.canceled())
                return;
        }
        againstSource();
    }

    /// "Coverage against the source" (sourceCoverage()): for each outlet of the report, what of
    /// the source it carries, then a row per departure. Nothing when the story has no source.
    void againstSource()
    {
        const SourceCoverage coverage = sourceCoverage(m_analysis, m_session.review);
        if (coverage.isEmpty())
            return;
        m_pager.addSpace(8);
        m_pager.heading(sourceCoverageTitle(), m_fonts.subheading);
        m_pager.paragraph(para(sourceCoverageIntroduction(coverage), m_fonts.small, m_palette.mutedText));
        for (const SourceCoverage::Outlet &outlet : coverage.outlets) {
            if (!m_chosen.contains(outlet.article))
                continue;
            m_pager.addSpace(4);
            m_pager.paragraph(para(outlet.name, m_fonts.bold));
            m_pager.paragraph(para(sourceCoverageLine(outlet), m_fonts.small));
            const QList<SourceCoverageRow> rows = sourceCoverageRows(outlet);
            if (rows.isEmpty())
                continue;
            Table table(m_pager, {0.30, 0.35, 0.35});
            table.header({ExportText::tr("Departure"), ExportText::tr("%1 says").arg(outlet.name),
                          ExportText::tr("The source says")});
            for (const SourceCoverageRow &row : rows) {
                const auto text = [&](const QString &value) {
                    return value.isEmpty() ? para(QStringLiteral("—"), m_fonts.small, m_palette.mutedText) : para(value, m_fonts.small);
                };
                table.row({CellSpec{{para(row.departure, m_fonts.small)}, row.differs ? ReportPalette::tint(m_palette.conflict, 0.35) : QColor(), {}},
                           CellSpec{{text(row.outletSays)}, {}, {}}, CellSpec{{text(row.sourceSays)}, {}, {}}});
                if (m_pager.canceled())
                    return;
            }
        }
    }

    [[nodiscard]] QColor verdictColour(const QString &verdict) const
    {
        if (verdict == u"Supported")
            return ReportPalette::tint(m_palette.agree, 0.8);
        if (verdict == u"Disputed" || verdict == u"False" || verdict == u"Misleading")
            return ReportPalette::tint(m_palette.conflict, 0.8);
        return {};
    }

    void claims()
    {
        const ReviewState &review = m_session.review;
        m_pager.heading(ExportText::tr("Claims and verdicts"), m_fonts.heading);
        if (review.claims.isEmpty()) {
            m_pager.paragraph(para(ExportText::tr("No claims were recorded in this review."), m_fonts.body, m_palette.mutedText));
        } else {
            int reviewed = 0;
            for (const Claim &claim : review.claims)
                reviewed += (!review.verdicts.isEmpty() && claim.verdict != review.verdicts.first()) ? 1 : 0;
            m_pager.paragraph(para(ExportText::tr("Claims reviewed: %1 of %2.").arg(reviewed).arg(review.claims.size()), m_fonts.body));
            m_pager.addSpace(4);
            Table table(m_pager, {0.05, 0.30, 0.13, 0.24, 0.28});
            table.header({ExportText::tr("#"), ExportText::tr("Claim"), ExportText::tr("Verdict"), ExportText::tr("Rationale"), ExportText::tr("Evidence")});
            for (const Claim &claim : review.claims) {
                CellSpec statement{{para(claim.statement, m_fonts.body)}, {}, {}};
                const QStringList outlets = carriedBy(claim, m_story);
                if (!outlets.isEmpty())
                    statement.paras.append(para(ExportText::tr("Carried by: %1").arg(outlets.join(QStringLiteral(", "))), m_fonts.small,
                                                m_palette.mutedText));
                CellSpec verdict{{para(verdictLabel(claim.verdict), m_fonts.bold)}, verdictColour(claim.verdict), {}};
                if (!claim.reviewer.isEmpty())
                    verdict.paras.append(para(ExportText::tr("by %1").arg(claim.reviewer), m_fonts.small, m_palette.mutedText));
                CellSpec rationale{{para(claim.notes.isEmpty() ? ExportText::tr("no rationale given") : shortened(claim.notes, 400),
                                         m_fonts.small, claim.notes.isEmpty() ? m_palette.mutedText : QColor())},
                                   {}, {}};
                CellSpec evidence;
                for (const Evidence &item : claim.evidence) {
                    QString text = ExportText::tr("E%1 %2 \u00b7 %3: %4")
                                       .arg(item.id)
                                       .arg(evidenceRoleName(item.role), m_story.label(item.anchor.articleHash),
                                            quoted(item.anchor.quote, 160));
                    if (!item.note.isEmpty())
                        text += QStringLiteral(" \u2014 ") + shortened(item.note, 200);
                    evidence.paras.append(para(text, m_fonts.small));
                }
                if (evidence.paras.isEmpty())
                    evidence.paras.append(para(ExportText::tr("no evidence linked"), m_fonts.small, m_palette.mutedText));
                table.row({CellSpec{{para(QString::number(claim.id), m_fonts.body)}, {}, {}}, statement, verdict, rationale,
                           evidence});
                if (m_pager.canceled())
                    return;
            }
        }
        m_pager.addSpace(10);
        scorecard();
    }

    void scorecard()
    {
        const ReviewState &review = m_session.review;
        if (review.claims.isEmpty())
            return;
        m_pager.heading(ExportText::tr("Scorecard by outlet"), m_fonts.subheading);
        const QList<OutletScore> scores = outletScorecard(review, m_analysis.articles);
        QList<qreal> widths{0.22, 0.08};
        const qreal rest = 0.70 / std::max<qsizetype>(1, review.verdicts.size());
        QStringList labels{ExportText::tr("Outlet"), ExportText::tr("Claims")};
        for (const QString &verdict : review.verdicts) {
            widths.append(rest);
            labels.append(verdictLabel(verdict));
        }
        Table table(m_pager, widths);
        table.header(labels);
        for (int index : std::as_const(m_chosen)) {
            const QByteArray &hash = m_analysis.articles.at(index).contentHash;
            const auto score = std::find_if(scores.begin(), scores.end(), [&](const OutletScore &s) {
                return s.articleHash == hash;
            });
            if (score == scores.end())
                continue;
            QList<CellSpec> cells{CellSpec{{para(articleName(index), m_fonts.body)}, {}, {}},
                                  CellSpec{{para(QString::number(score->claims), m_fonts.body)}, {}, {}}};
            for (qsizetype v = 0; v < review.verdicts.size(); ++v) {
                const int count = score->counts.value(v);
                cells.append(CellSpec{{para(QString::number(count), m_fonts.body)},
                                      count > 0 ? verdictColour(review.verdicts.at(v)) : QColor(), {}});
            }
            table.row(cells);
        }
    }

    [[nodiscard]] QColor slotColour(const FactSlot &slot) const
    {
        if (slot.isConflict())
            return m_palette.conflict;
        if (slot.quoteVariant)
            return m_palette.quoteVariant;
        return slot.status == SlotStatus::Agree ? m_palette.agree : m_palette.unique;
    }

    [[nodiscard]] static QString slotMark(const FactSlot &slot)
    {
        if (slot.isConflict())
            return QStringLiteral("\u2260");
        if (slot.quoteVariant)
            return QStringLiteral("~");
        return slot.status == SlotStatus::Agree ? QStringLiteral("\u2713") : QStringLiteral("\u25c6");
    }

    /// The reviewers' corrections of the analysis, those that still apply and those that no
    /// longer do, so a reader of the report sees what was decided by hand.
    void corrections()
    {
        if (m_analysis.corrections.isEmpty())
            return;
        m_pager.addSpace(8);
        m_pager.heading(ExportText::tr("Corrections by reviewers"), m_fonts.subheading);
        Table table(m_pager, {0.06, 0.54, 0.2, 0.2});
        table.header({ExportText::tr("#"), ExportText::tr("Correction"), ExportText::tr("Reviewer"), ExportText::tr("Applied")});
        for (const AppliedCorrection &correction : m_analysis.corrections) {
            QList<Para> what{para(correction.description, m_fonts.small)};
            if (!correction.note.isEmpty())
                what.append(para(correction.note, m_fonts.small, m_palette.mutedText));
            table.row({CellSpec{{para(QString::number(correction.id), m_fonts.small)}, {}, {}},
                       CellSpec{what, {}, {}},
                       CellSpec{{para(correction.reviewer, m_fonts.small)}, {}, {}},
                       CellSpec{{para(correction.applied ? ExportText::tr("yes") : ExportText::tr("no: %1").arg(correction.reason),
                                      m_fonts.small)},
                                correction.applied ? QColor() : ReportPalette::tint(m_palette.conflict, 0.4), {}}});
        }
    }

    void factMatrix()
    {
        const FactTable &facts = m_analysis.facts;
        m_pager.heading(ExportText::tr("Fact matrix"), m_fonts.heading);
        m_pager.paragraph(para(ExportText::tr("One row per fact, one column per outlet; topics with a conflict first. "
                                  "\u2260 the outlets conflict, \u2713 they agree, \u25c6 one outlet only, "
                                  "~ a quote worded differently."),
                               m_fonts.small, m_palette.mutedText));
        m_pager.addSpace(4);
        QList<int> topics;
        for (const Topic &topic : facts.topics) {
            bool conflict = false;
            for (int slot : topic.slots)
                conflict = conflict || facts.slots.at(slot).isConflict();
            if (conflict)
                topics.append(topic.id);
        }
        for (const Topic &topic : facts.topics) {
            if (!topics.contains(topic.id))
                topics.append(topic.id);
        }
        const QSet<int> chosen(m_chosen.begin(), m_chosen.end());
        const auto shown = [&](const FactSlot &slot) {
            return std::any_of(slot.mentions.begin(), slot.mentions.end(),
                               [&](const Mention &m) { return chosen.contains(m.article.value()); });
        };
        if (std::none_of(facts.slots.begin(), facts.slots.end(), shown)) {
            m_pager.paragraph(para(ExportText::tr("No figures or quotes were found in the compared articles."), m_fonts.body,
                                   m_palette.mutedText));
            return;
        }
        // Outlets in groups that fit across the page: a fact column of 30 % and at least
        // about 64 points per outlet; groups of even size, so no table holds a lone outlet.
        const qreal labelFraction = 0.30;
        const int fit = std::max(1, int(m_pager.content().width() * (1 - labelFraction) / m_pager.pt(64)));
        const int groupCount = int((m_chosen.size() + fit - 1) / fit);
        const int perGroup = std::max(1, int((m_chosen.size() + groupCount - 1) / std::max(1, groupCount)));
        for (qsizetype from = 0; from < m_chosen.size(); from += perGroup) {
            const QList<int> group = m_chosen.mid(from, perGroup);
            if (m_chosen.size() > perGroup) {
                if (from > 0)
                    m_pager.addSpace(8);
                m_pager.heading(ExportText::tr("Outlets %1\u2013%2 of %3").arg(from + 1).arg(from + group.size()).arg(m_chosen.size()),
                                m_fonts.subheading);
            }
            QList<qreal> widths{labelFraction};
            QStringList labels{ExportText::tr("Fact")};
            for (int index : group) {
                widths.append((1 - labelFraction) / group.size());
                labels.append(articleName(index));
            }
            Table table(m_pager, widths);
            table.header(labels);
            for (int topicId : std::as_const(topics)) {
                const Topic &topic = facts.topics.at(topicId);
                QList<const FactSlot *> slots;
                for (int slotId : topic.slots) {
                    const FactSlot &slot = facts.slots.at(slotId);
                    const bool inGroup = std::any_of(slot.mentions.begin(), slot.mentions.end(), [&](const Mention &m) {
                        return group.contains(m.article.value());
                    });
                    if (inGroup)
                        slots.append(&slot);
                }
                if (slots.isEmpty())
                    continue;
                if (topic.slots.size() > 1)
                    table.row({CellSpec{{para(ExportText::tr("Topic: %1").arg(topic.label.translated()), m_fonts.smallBold)}, m_palette.tableHeader, {}}});
                for (const FactSlot *slot : std::as_const(slots)) {
                    const QColor colour = slotColour(*slot);
                    QString status = factKindName(slot->kind) + QStringLiteral(" \u00b7 ")
                        + (slot->comparable ? slotStatusName(slot->status) : ExportText::tr("not comparable"));
                    if (slot->corrected)
                        status += QStringLiteral(" \u00b7 ") + correctedByText(slot->correctedBy);
                    if (!slot->note.isEmpty())
                        status += QStringLiteral(": ") + slot->note;
                    QList<CellSpec> cells{CellSpec{{para(slotMark(*slot) + QLatin1Char(' ') + slot->label.translated(), m_fonts.bold),
                                                    para(status, m_fonts.small, m_palette.mutedText)},
                                                   {}, colour}};
                    for (int index : group) {
                        QStringList surfaces;
                        for (const Mention &mention : slot->mentions) {
                            if (mention.article.value() == index)
                                surfaces.append(withPageLabel(shortened(mention.surface, slot->kind == FactKind::Quote ? 200 : 80),
                                                              m_analysis.articles.at(index), mention.span.start));
                        }
                        if (surfaces.isEmpty())
                            cells.append(CellSpec{{para(QStringLiteral("\u2014"), m_fonts.small, m_palette.mutedText)}, {}, {}});
                        else
                            cells.append(CellSpec{{para(surfaces.join(QStringLiteral("; ")), m_fonts.small)},
                                                  ReportPalette::tint(colour, slot->isConflict() ? 0.75 : 0.4),
                                                  {}});
                    }
                    table.row(cells);
                    if (m_pager.canceled())
                        return;
                }
            }
        }
    }

    /// The annotations of an article in the story, by article index.
    void indexAnnotations()
    {
        m_annotationsByArticle.clear();
        for (qsizetype i = 0; i < m_session.review.annotations.size(); ++i) {
            const Annotation &annotation = m_session.review.annotations.at(i);
            const int article = m_story.indexOf(annotation.anchor.articleHash);
            if (article >= 0)
                m_annotationsByArticle[article].append(int(i));
        }
    }

    QString footnoteText(const Annotation &annotation) const
    {
        QString text = m_story.label(annotation.anchor.articleHash) + QStringLiteral(": ") + quoted(annotation.anchor.quote, 120);
        if (!annotation.note.isEmpty())
            text += QStringLiteral(" \u2014 ") + shortened(annotation.note, 500);
        if (!annotation.tags.isEmpty())
            text += QStringLiteral(" [") + ExportText::tr("tags: %1").arg(annotation.tags.join(QStringLiteral(", "))) + QLatin1Char(']');
        text += QStringLiteral(" (") + highlightColourName(annotation.colour) + QLatin1Char(')');
        return text;
    }

    /// The cell of one article's rendering of a passage: its text with changed words marked,
    /// annotations highlighted and numbered.
    CellSpec memberCell(const Passage &passage, const PassageMember &member, const QList<int> &group)
    {
        const Article &article = m_analysis.articles.at(member.article.value());
        const TextSpan span = member.span;
        const QString text = plain(span.in(article.text));
        QList<QTextLayout::FormatRange> formats;
        const auto add = [&](TextSpan range, const QTextCharFormat &format) {
            const qsizetype start = std::max(range.start, span.start);
            const qsizetype end = std::min(range.end, span.end);
            if (end > start)
                formats.append(QTextLayout::FormatRange{int(start - span.start), int(end - start), format});
        };
        // Changed words: this rendering's words the reference lacks; in the reference, the
        // words the group's other renderings lack.
        QTextCharFormat changed;
        changed.setBackground(ReportPalette::tint(m_palette.changedWords, 0.7));
        changed.setFontUnderline(true);
        changed.setUnderlineColor(m_palette.text);
        if (&member != &passage.referenceMember()) {
            for (const DiffOp &op : member.diff) {
                if (op.kind == DiffOp::Kind::Insert)
                    add(op.memberSpan, changed);
            }
        } else {
            QTextCharFormat lacking;
            lacking.setUnderlineStyle(QTextCharFormat::DotLine);
            lacking.setUnderlineColor(m_palette.text);
            for (int index : group) {
                const PassageMember *other = passage.member(ArticleId(index));
                if (!other || other == &member || !other->primary)
                    continue;
                for (const DiffOp &op : other->diff) {
                    if (op.kind == DiffOp::Kind::Delete)
                        add(op.referenceSpan, lacking);
                }
            }
        }
        // Annotations: highlighted; numbered where they end.
        QList<std::pair<qsizetype, int>> marks;   // (article position, number)
        for (int i : m_annotationsByArticle.value(member.article.value())) {
            const Annotation &annotation = m_session.review.annotations.at(i);
            if (!annotation.anchor.span.intersects(span))
                continue;
            QTextCharFormat highlight;
            highlight.setBackground(m_palette.highlights.at(int(annotation.colour) % highlightColourCount));
            add(annotation.anchor.span, highlight);
            if (annotation.anchor.span.end > span.start && annotation.anchor.span.end <= span.end
                && !m_footnoteNumbers.contains(i)) {
                const int number = int(m_footnoteNumbers.size()) + 1;
                m_footnoteNumbers.insert(i, number);
                m_pager.setFootnoteText(number, footnoteText(annotation));
                marks.append({annotation.anchor.span.end, number});
            }
        }
        std::sort(marks.begin(), marks.end());
        // Insert the marks "[n]" into the text. A format range [s, e) of `text` moves right by
        // the labels inserted before s, and stretches over labels inserted inside it.
        QString marked;
        QList<std::pair<qsizetype, int>> positions;   // (position in `marked`, number)
        QList<QTextLayout::FormatRange> markFormats;
        QTextCharFormat markFormat;
        markFormat.setFontWeight(QFont::Bold);
        markFormat.setForeground(m_palette.markText);
        qsizetype from = 0;
        for (const auto &[position, number] : std::as_const(marks)) {
            const qsizetype at = position - span.start;
            marked += QStringView(text).mid(from, at - from);
            const QString label = QLatin1Char('[') + QString::number(number) + QLatin1Char(']');
            markFormats.append(QTextLayout::FormatRange{int(marked.size()), int(label.size()), markFormat});
            positions.append({marked.size(), number});
            marked += label;
            from = at;
        }
        marked += QStringView(text).mid(from);
        const auto moved = [&](qsizetype position, bool isEnd) {
            qsizetype offset = 0;
            for (const auto &[markPosition, number] : std::as_const(marks)) {
                const qsizetype at = markPosition - span.start;
                if (at < position || (at == position && !isEnd))
                    offset += QString::number(number).size() + 2;
            }
            return position + offset;
        };
        QList<QTextLayout::FormatRange> shifted;
        for (const QTextLayout::FormatRange &range : std::as_const(formats)) {
            const qsizetype start = moved(range.start, false);
            const qsizetype end = moved(range.start + range.length, true);
            shifted.append(QTextLayout::FormatRange{int(start), int(end - start), range.format});
        }
        shifted += markFormats;

        CellSpec cell;
        if (passage.status == PassageStatus::Unique)
            cell.paras.append(para(ExportText::tr("Only in %1").arg(articleName(member.article.value())), m_fonts.smallItalic,
                                   m_palette.mutedText));
        cell.paras.append(Para{marked, m_fonts.body, {}, shifted, positions, Qt::AlignLeft});
        cell.stripe = passage.status == PassageStatus::Identical ? m_palette.identical
                    : passage.status == PassageStatus::Reworded  ? m_palette.reworded
                                                                 : m_palette.unique;
        return cell;
    }

    template<typename StartSection>
    void passages(const StartSection &startSection)
    {
        indexAnnotations();
        const int columns = std::clamp(m_options.columns, 2, 3);
        const Alignment &alignment = m_analysis.alignment;
        const qsizetype groups = (m_chosen.size() + columns - 1) / columns;
        qsizetype done = 0;
        const qsizetype total = std::max<qsizetype>(1, groups * alignment.passages.size());
        for (qsizetype from = 0; from < m_chosen.size(); from += columns) {
            QList<int> group = m_chosen.mid(from, columns);
            // A lone last article is read beside its neighbour rather than on its own.
            if (group.size() == 1 && from > 0)
                group.prepend(m_chosen.at(from - 1));
            // The first group opens the section; the next ones follow on the same page when
            // it has room, so a short group leaves no half-empty page behind.
            if (from == 0)
                startSection();
            else
                m_pager.addSpace(16);
            QStringList names;
            for (int index : group)
                names.append(articleName(index));
            m_pager.heading(ExportText::tr("Side by side: %1").arg(names.join(QStringLiteral(" \u00b7 "))), m_fonts.heading);
            if (from == 0) {
                m_pager.paragraph(para(ExportText::tr("Stripes: blue identical, amber reworded, purple only in one outlet. "
                                          "Underlined on a shaded ground: words that differ from the reference "
                                          "rendering; dotted: words other outlets left out or replaced. "
                                          "[n] marks an annotation; its note is at the foot of the page."),
                                       m_fonts.small, m_palette.mutedText));
                m_pager.addSpace(4);
            }
            QList<qreal> widths;
            for (qsizetype i = 0; i < group.size(); ++i)
                widths.append(1.0 / columns);
            Table table(m_pager, widths);
            table.header(names);
            // Rows that keep every article's own reading order (sidebyside.h).
            const QList<SideBySideRow> rows = sideBySideRows(alignment, group);
            done += std::max<qsizetype>(0, alignment.passages.size() - rows.size());
            for (const SideBySideRow &row : rows) {
                ++done;
                if (m_pager.canceled())
                    return;
                if (done % 64 == 0)
                    progress(int(done), int(total));
                const Passage &passage = alignment.passages.at(row.passage);
                QList<CellSpec> cells;
                for (qsizetype c = 0; c < group.size(); ++c) {
                    const PassageMember *member = passage.member(ArticleId(group.at(c)));
                    if (row.shown.at(c))
                        cells.append(memberCell(passage, *member, group));
                    else if (member && member->primary)
                        cells.append(CellSpec{{para(ExportText::tr("told at another place in this article"), m_fonts.smallItalic,
                                                    m_palette.mutedText)},
                                              {}, {}});
                    else
                        cells.append(CellSpec{{para(ExportText::tr("not in this article"), m_fonts.smallItalic, m_palette.mutedText)},
                                              {}, {}});
                }
                table.row(cells);
            }
        }
    }

    template<typename StartSection>
    void otherAnnotations(const StartSection &startSection)
    {
        const QSet<int> chosen(m_chosen.begin(), m_chosen.end());
        QList<int> listed;
        for (qsizetype i = 0; i < m_session.review.annotations.size(); ++i) {
            const Annotation &annotation = m_session.review.annotations.at(i);
            const int article = m_story.indexOf(annotation.anchor.articleHash);
            if (!m_footnoteNumbers.contains(int(i)) && (article < 0 || chosen.contains(article)))
                listed.append(int(i));
        }
        if (listed.isEmpty())
            return;
        startSection();
        m_pager.heading(ExportText::tr("Annotations"), m_fonts.heading);
        m_pager.paragraph(para(m_options.sections & ReportSection::Passages
                                   ? ExportText::tr("Annotations on text outside the side-by-side passages (page furniture, or "
                                        "sentences that repeat another passage).")
                                   : ExportText::tr("Every annotation of the compared articles."),
                               m_fonts.small, m_palette.mutedText));
        m_pager.addSpace(4);
        Table table(m_pager, {0.22, 0.34, 0.44});
        table.header({ExportText::tr("Article"), ExportText::tr("Highlighted text"), ExportText::tr("Note and tags")});
        for (int i : std::as_const(listed)) {
            const Annotation &annotation = m_session.review.annotations.at(i);
            CellSpec note{{para(annotation.note.isEmpty() ? ExportText::tr("no note") : annotation.note, m_fonts.small,
                                annotation.note.isEmpty() ? m_palette.mutedText : QColor())},
                          {}, {}};
            if (!annotation.tags.isEmpty())
                note.paras.append(para(ExportText::tr("tags: %1").arg(annotation.tags.join(QStringLiteral(", "))), m_fonts.small,
                                       m_palette.mutedText));
            table.row({CellSpec{{para(m_story.label(annotation.anchor.articleHash), m_fonts.small)}, {}, {}},
                       CellSpec{{para(quoted(annotation.anchor.quote, 600), m_fonts.small)},
                                m_palette.highlights.at(int(annotation.colour) % highlightColourCount), {}},
                       note});
            ++m_listedAnnotations;
            if (m_pager.canceled())
                return;
        }
    }

public:
    ReportControl m_control;
    int m_listedAnnotations = 0;

private:
    Pager &m_pager;
    const SessionData &m_session;
    const Analysis &m_analysis;
    const ReportOptions &m_options;
    const ReportPalette &m_palette;
    const Fonts &m_fonts;
    StoryIndex m_story;
    QList<int> m_chosen;
    QHash<int, QList<int>> m_annotationsByArticle;
    QHash<int, int> m_footnoteNumbers;     ///< annotation index -> footnote number
};

} // namespace

namespace {

constexpr std::pair<ReportSection, QLatin1StringView> sectionIds[] = {
    {ReportSection::Cover, QLatin1StringView("cover")},   {ReportSection::Summary, QLatin1StringView("summary")},
    {ReportSection::Claims, QLatin1StringView("claims")}, {ReportSection::Facts, QLatin1StringView("facts")},
    {ReportSection::Passages, QLatin1StringView("passages")},
};

} // namespace

QStringList reportSectionIds(ReportSections sections)
{
    QStringList ids;
    for (const auto &[section, id] : sectionIds) {
        if (sections & section)
            ids.append(id);
    }
    return ids;
}

ReportSections reportSectionsFromIds(const QStringList &ids)
{
    ReportSections sections;
    for (const auto &[section, id] : sectionIds) {
        if (ids.contains(id))
            sections |= section;
    }
    return sections;
}

ReportPageSize reportPageSizeFromName(QStringView name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name.compare(u"a4", Qt::CaseInsensitive) == 0)
        return ReportPageSize::A4;
    if (name.compare(u"letter", Qt::CaseInsensitive) == 0)
        return ReportPageSize::Letter;
    if (ok)
        *ok = name.compare(u"auto", Qt::CaseInsensitive) == 0;
    return ReportPageSize::Auto;
}

QPageSize::PageSizeId resolvePageSize(ReportPageSize size, const QLocale &locale)
{
    switch (size) {
    case ReportPageSize::A4: return QPageSize::A4;
    case ReportPageSize::Letter: return QPageSize::Letter;
    case ReportPageSize::Auto: break;
    }
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

QString unverifiedTextWarning()
{
    return ExportText::tr("Warning: the text below is not what these bytes give when imported again "
                          "(edited after import, or read by another version of Crossread); "
                          "the SHA-256 certifies the original bytes only.");
}

QString reportTitle(const SessionData &session, const QList<Article> &articles)
{
    if (!session.title.trimmed().isEmpty())
        return session.title.simplified();
    for (const Article &article : articles) {
        if (!article.meta.headline.trimmed().isEmpty())
            return article.meta.headline.simplified();
    }
    return ExportText::tr("Untitled story");
}

ReportLayoutInfo paintReport(QPagedPaintDevice *device, const SessionData &session, const Analysis &analysis,
                             const ReportOptions &options, const ReportControl &control)
{
    ReportLayoutInfo info;
    QPainter painter;
    if (!device || !painter.begin(device)) {
        info.error = ExportText::tr("cannot paint on the output device");
        return info;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const ReportPalette palette = options.greyscale ? ReportPalette::greyscale() : ReportPalette::colour();
    const Fonts fonts = makeFonts();
    Pager pager(painter, device, palette, fonts, reportTitle(session, analysis.articles), info, control);
    ReportBuilder builder(pager, session, analysis, options);
    builder.m_control = control;
    builder.build();
    pager.finish();
    info.listedAnnotations = builder.m_listedAnnotations;
    info.canceled = pager.canceled();
    painter.end();
    if (!info.canceled)
        control.report(100);
    return info;
}

Expected<ReportLayoutInfo, QString> writePdfReport(const QString &path, const SessionData &session,
                                                   const Analysis &analysis, const ReportOptions &options,
                                                   const ReportControl &control)
{
    const Expected<OutputKind, QString> kind = checkOutputPath(path);
    if (!kind)
        return ExportText::tr("%1: cannot write the report: %2").arg(path, kind.error());
    // A FIFO or device gets the finished PDF in one write (a rename would replace the device);
    // a file is written through QSaveFile, complete or not at all.
    QBuffer buffer;
    QSaveFile file(path);
    QIODevice *device = &file;
    if (kind.value() == OutputKind::Stream) {
        buffer.open(QIODevice::WriteOnly);
        device = &buffer;
    } else if (!file.open(QIODevice::WriteOnly)) {
        return ExportText::tr("%1: cannot write the report: %2").arg(path, file.errorString());
    }
    ReportLayoutInfo info;
    {
        QPdfWriter writer(device);
        writer.setPageSize(QPageSize(resolvePageSize(options.pageSize)));
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setTitle(reportTitle(session, analysis.articles));
        writer.setCreator(QStringLiteral("Crossread %1").arg(QLatin1String(CROSSREAD_VERSION_STRING)));
        info = paintReport(&writer, session, analysis, options, control);
    }
    if (!info.error.isEmpty()) {
        file.cancelWriting();
        return ExportText::tr("%1: %2").arg(path, info.error);
    }
    if (info.canceled) {
        file.cancelWriting();
        return ExportText::tr("%1: the export was canceled; nothing was written").arg(path);
    }
    if (kind.value() == OutputKind::Stream) {
        if (const auto written = writeOutputFile(path, buffer.data()); !written)
            return written.error();
        return info;
    }
    if (!file.commit())
        return ExportText::tr("%1: cannot write the report: %2").arg(path, file.errorString());
    return info;
}

} // namespace Crossread
