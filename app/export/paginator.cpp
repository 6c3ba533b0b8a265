// SPDX-License-Identifier: GPL-3.0-or-later
// The paginator places rows line by line: a row that does not fit continues on the next page
// with a mark at both ends, and the notes of the footnote numbers on a page are reserved at
// that page's foot before a line carrying them is placed.
#include "export/paginator.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace Crossread {

QString plainLayoutText(QStringView text)
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

Paginator::Paginator(QPainter &painter, QPagedPaintDevice *device, PageStyle style, ReportLayoutInfo &info,
                     TaskControl control)
    : m_painter(painter), m_device(device), m_style(std::move(style)), m_info(info), m_control(std::move(control))
{
    m_dpi = device->logicalDpiY() > 0 ? device->logicalDpiY() : 72;
    m_orientation = device->pageLayout().orientation();
    measurePage();
    m_info.pageRect = m_pageRect;
    m_info.pages = 1;
    startPage();
}

Paginator::~Paginator() = default;

bool Paginator::canceled() const
{
    if (!m_canceled && m_control.canceled())
        m_canceled = true;
    return m_canceled;
}

qreal Paginator::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).lineSpacing();
}

void Paginator::measurePage()
{
    m_pageRect = QRectF(0, 0, m_device->width(), m_device->height());
    const qreal band = pt(18);
    m_content = m_pageRect.adjusted(0, band, 0, -band);
}

void Paginator::newPage()
{
    endPage();
    m_device->newPage();
    ++m_info.pages;
    startPage();
}

bool Paginator::newPage(QPageLayout::Orientation orientation)
{
    if (orientation == m_orientation) {
        newPage();
        return true;
    }
    endPage();
    // The device applies a new layout from the next page on; the painter's coordinate system
    // follows the page's new size.
    const bool turned = m_device->setPageOrientation(orientation);
    m_device->newPage();
    ++m_info.pages;
    if (turned) {
        m_orientation = orientation;
        measurePage();
        m_painter.setViewport(m_pageRect.toRect());
        m_painter.setWindow(m_pageRect.toRect());
        // A table's columns were measured on the other width: its header does not repeat here.
        m_repeatedHeader = nullptr;
    }
    startPage();
    return turned;
}

void Paginator::finish()
{
    endPage();
}

void Paginator::addSpace(qreal points)
{
    m_y += pt(points);
    if (m_y > bottom())
        newPage();
}

void Paginator::keepSpace(qreal height)
{
    if (m_y + height > bottom() && m_y > m_freshY)
        newPage();
}

LaidCell Paginator::layoutCell(const PageCell &spec, qreal x, qreal width, bool padded) const
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
        const PagePara &para = spec.paras.at(p);
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
            LaidCell::Line cellLine{p, index, top, line.height(), {}};
            const qsizetype from = line.textStart();
            const qsizetype to = from + line.textLength();
            for (const auto &[position, number] : para.footnotes) {
                if (position >= from && (position < to || (position == to && to == para.text.size())))
                    cellLine.footnotes.append(number);
            }
            cell.lines.append(cellLine);
            top += line.height();
        }
        layout->endLayout();
        cell.layouts.push_back(std::move(layout));
        cell.colours.push_back(para.colour.isValid() ? para.colour : m_style.text);
    }
    return cell;
}

void Paginator::paragraph(const PagePara &para, qreal indent)
{
    std::vector<LaidCell> cells;
    cells.push_back(layoutCell(PageCell{{para}, {}, {}}, m_content.left() + indent, m_content.width() - indent, false));
    drawRow(cells, RowStyle::Flow);
}

void Paginator::heading(const PagePara &para)
{
    keepSpace(lineHeight(para.font) * 1.5 + lineHeight(m_style.body) * 4);
    if (m_y > m_freshY)
        addSpace(6);
    paragraph(para);
    addSpace(3);
}

void Paginator::drawRow(std::vector<LaidCell> &cells, RowStyle style)
{
    const qreal pad = style == RowStyle::Flow ? 0 : padding();
    const qreal labelHeight = lineHeight(m_style.smallItalic);
    std::vector<int> next(cells.size(), 0);
    bool continuation = false;

    // Short rows are kept whole: moved to the next page rather than split near the foot.
    const qreal whole = rowHeight(cells, next) + 2 * pad;
    const qreal minimumPiece = lineHeight(m_style.body) * 3;
    if (style != RowStyle::Flow && m_y + whole + footnotesHeight(cells, next, 1e12) > bottom() && m_y > m_freshY
        && (whole < m_content.height() / 3 || bottom() - m_y < minimumPiece))
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

void Paginator::drawSingleLine(const QString &text, const QFont &font, const QRectF &box, Qt::Alignment alignment,
                               const QColor &colour)
{
    const QFontMetricsF metrics(font, m_device);
    const QString elided = metrics.elidedText(plainLayoutText(text), Qt::ElideRight, box.width());
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

qreal Paginator::rowHeight(const std::vector<LaidCell> &cells, const std::vector<int> &next)
{
    qreal height = 0;
    for (size_t c = 0; c < cells.size(); ++c) {
        const LaidCell &cell = cells.at(c);
        if (next[c] < cell.lines.size())
            height = std::max(height, cell.lines.last().bottom() - cell.lines.at(next[c]).top);
    }
    return height;
}

const Paginator::Footnote &Paginator::footnote(int number)
{
    auto found = m_footnoteCache.find(number);
    if (found != m_footnoteCache.end())
        return found->second;
    Footnote note;
    const QString text = QString::number(number) + QStringLiteral("  ") + plainLayoutText(m_footnoteTexts.value(number));
    note.layout = std::make_unique<QTextLayout>(text, m_style.small, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    note.layout->setTextOption(option);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bold.setForeground(m_style.markText);
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

qreal Paginator::footnotesHeight(const std::vector<LaidCell> &cells, const std::vector<int> &next, qreal cut)
{
    qreal height = 0;
    QSet<int> counted;
    for (size_t c = 0; c < cells.size(); ++c) {
        const LaidCell &cell = cells.at(c);
        for (qsizetype l = next[c]; l < cell.lines.size(); ++l) {
            const LaidCell::Line &line = cell.lines.at(l);
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

void Paginator::drawFragment(std::vector<LaidCell> &cells, std::vector<int> &next, qreal cut, qreal topPad, qreal pad,
                             bool continuation, bool split, RowStyle style)
{
    const qreal labelHeight = lineHeight(m_style.smallItalic);
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
            m_painter.setPen(QPen(m_style.rule, pt(0.5)));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRect(box);
        }
        const qreal textX = cell.x + cell.padding + stripeWidth(cell.stripe);
        const bool continues = next[c] < cell.lines.size();
        if (continuation && continues) {
            drawSingleLine(m_style.continued, m_style.smallItalic, QRectF(textX, m_y + pad, cell.textWidth, labelHeight),
                           Qt::AlignLeft, m_style.mutedText);
            ++m_info.continuedCells;
        }
        if (!continues)
            continue;
        const qreal origin = cell.lines.at(next[c]).top;
        qsizetype l = next[c];
        for (; l < cell.lines.size(); ++l) {
            const LaidCell::Line &line = cell.lines.at(l);
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
            drawSingleLine(m_style.continuesNext, m_style.smallItalic,
                           QRectF(textX, m_y + topPad + cut, cell.textWidth, labelHeight), Qt::AlignRight,
                           m_style.mutedText);
        }
    }
    m_y += height;
}

void Paginator::drawLine(QTextLayout &layout, int index, QPointF topLeft, qreal boxWidth, const QColor &colour)
{
    const QTextLine line = layout.lineAt(index);
    m_painter.setPen(colour);
    line.draw(&m_painter, topLeft);
    ++m_info.textLines;
    // Where the line's glyphs went: QTextLine::draw() adds the line's own position.
    const QRectF drawn = line.naturalTextRect().translated(topLeft);
    const qreal tolerance = pt(0.5);
    // A line of white space only (a space the wrap left on a line of its own) draws nothing.
    const bool visible = line.naturalTextWidth() > 0;
    const bool outside = visible && !m_pageRect.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(drawn);
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

void Paginator::startPage()
{
    m_y = m_content.top();
    m_footnoteReserve = 0;
    m_pageFootnotes.clear();
    if (m_headerShown) {
        const qreal height = lineHeight(m_style.small);
        const QRectF band(m_pageRect.left(), m_pageRect.top(), m_pageRect.width(), height);
        drawSingleLine(m_style.runningTitle, m_style.small, band.adjusted(0, 0, -band.width() * 0.35, 0), Qt::AlignLeft,
                       m_style.mutedText);
        drawSingleLine(m_style.runningLabel, m_style.small, band.adjusted(band.width() * 0.7, 0, 0, 0), Qt::AlignRight,
                       m_style.mutedText);
        m_painter.setPen(QPen(m_style.rule, pt(0.5)));
        m_painter.drawLine(QPointF(band.left(), band.bottom() + pt(2)), QPointF(band.right(), band.bottom() + pt(2)));
    }
    if (m_repeatedHeader) {
        std::vector<int> next(m_repeatedHeader->size(), 0);
        drawFragment(*m_repeatedHeader, next, rowHeight(*m_repeatedHeader, next), padding(), padding(), false, false,
                     RowStyle::Header);
    }
    m_freshY = m_y;
}

void Paginator::endPage()
{
    const qreal height = lineHeight(m_style.small);
    drawSingleLine(m_style.pageNumber.arg(m_info.pages), m_style.small,
                   QRectF(m_pageRect.left(), m_pageRect.bottom() - height, m_pageRect.width(), height),
                   Qt::AlignHCenter, m_style.mutedText);
    const qreal used = (m_y - m_content.top()) + m_footnoteReserve;
    m_info.pageFill.append(m_content.height() > 0 ? std::clamp(used / m_content.height(), 0.0, 1.0) : 0.0);
    m_info.pageOrientations.append(m_orientation);
    if (m_pageFootnotes.isEmpty())
        return;
    qreal y = m_content.bottom() - m_footnoteReserve + pt(8);
    m_painter.setPen(QPen(m_style.rule, pt(0.5)));
    m_painter.drawLine(QPointF(m_content.left(), y - pt(4)), QPointF(m_content.left() + m_content.width() / 3, y - pt(4)));
    for (int number : std::as_const(m_pageFootnotes)) {
        const Footnote &note = footnote(number);
        for (int i = 0; i < note.layout->lineCount(); ++i)
            drawLine(*note.layout, i, QPointF(m_content.left(), y), m_content.width(), m_style.text);
        y += note.height + pt(1);
        ++m_info.footnotes;
    }
}

PageTable::PageTable(Paginator &paginator, const QList<qreal> &fractions) : m_paginator(paginator)
{
    qreal x = paginator.content().left();
    for (qreal fraction : fractions) {
        const qreal width = paginator.content().width() * fraction;
        m_columns.append({x, width});
        x += width;
    }
}

PageTable::~PageTable()
{
    m_paginator.setRepeatedHeader(nullptr);
}

void PageTable::header(const QStringList &labels)
{
    const PageStyle &style = m_paginator.style();
    QList<PageCell> specs;
    for (const QString &label : labels)
        specs.append(PageCell{{PagePara{plainLayoutText(label), style.smallBold, style.headerText, {}, {}, Qt::AlignLeft}},
                              style.tableHeader, {}});
    m_header = layout(specs);
    m_paginator.keepSpace(m_paginator.lineHeight(style.body) * 5);
    m_paginator.drawRow(m_header, Paginator::RowStyle::Header);
    m_paginator.setRepeatedHeader(&m_header);
}

void PageTable::row(const QList<PageCell> &cells)
{
    std::vector<LaidCell> laid = layout(cells);
    m_paginator.drawRow(laid, Paginator::RowStyle::Table);
}

std::vector<LaidCell> PageTable::layout(const QList<PageCell> &specs) const
{
    std::vector<LaidCell> cells;
    qsizetype column = 0;
    for (const PageCell &spec : specs) {
        // A single spec spanning every column (topic rows) takes the full width.
        const bool spanning = specs.size() == 1 && m_columns.size() > 1;
        const qreal x = m_columns.at(column).first;
        const qreal width = spanning ? m_paginator.content().width() : m_columns.at(column).second;
        cells.push_back(m_paginator.layoutCell(spec, x, width));
        column = std::min(column + 1, m_columns.size() - 1);
    }
    return cells;
}

} // namespace Crossread
