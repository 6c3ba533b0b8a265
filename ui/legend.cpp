// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend.h"

#include "factmatrix.h"
#include "readerview.h"
#include "sourcemarks.h"

#include <QPainter>
#include <QPainterPath>

namespace Crossread {
namespace {

enum class Mark : quint8 { Band, HatchedBand, Solid, Wave, Dots, Dashes, Crossed };

struct Entry {
    QColor colour;
    Mark mark;
    QString label;
    QString symbol;   ///< the fact matrix marks its cells with the same symbol
};

QList<Entry> entries(const ReaderTheme &theme, bool withSource)
{
    QList<Entry> all{
        {theme.identical, Mark::Band, Legend::tr("same words"), {}},
        {theme.reworded, Mark::HatchedBand, Legend::tr("reworded"), {}},
        {theme.unique, Mark::Band, Legend::tr("only one outlet"), {}},
        {theme.agree, Mark::Solid, Legend::tr("figures agree"), factStatusSymbol(FactStatusMark::Agree)},
        {theme.conflict, Mark::Wave, Legend::tr("figures conflict"), factStatusSymbol(FactStatusMark::Conflict)},
        {theme.unique, Mark::Dots, Legend::tr("figure in one outlet"), factStatusSymbol(FactStatusMark::Unique)},
        {theme.quoteVariant, Mark::Dashes, Legend::tr("quote worded differently"), factStatusSymbol(FactStatusMark::QuoteVariant)},
    };
    // Against the story's source, only when it has one.
    if (withSource) {
        all.append({theme.agree, Mark::Band, Legend::tr("matches the source"), sourceMatchSymbol(SourceMatch::Matches)});
        all.append({theme.sourceDiffers, Mark::Crossed, Legend::tr("differs from the source"), sourceMatchSymbol(SourceMatch::Differs)});
        all.append({theme.unique, Mark::Band, Legend::tr("not in the source"), sourceMatchSymbol(SourceMatch::Absent)});
    }
    return all;
}

} // namespace

Legend::Legend(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("Legend"));
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(labels().join(QStringLiteral(", ")));
    // Entries wrap onto more rows when the window is narrow (or a translation long).
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(m_reader, &ReaderView::analysisChanged, this, [this] {
        setAccessibleDescription(labels().join(QStringLiteral(", ")));
        const int needed = heightForWidth(width());
        if (needed != height())
            setFixedHeight(needed);
        update();
    });
}

bool Legend::hasSource() const
{
    const auto &analysis = m_reader->analysis();
    return analysis && analysis->source.isValid();
}

QList<QPointF> Legend::layoutEntries(int width) const
{
    const QFontMetrics metrics = fontMetrics();
    const int rowHeight = metrics.height() + 10;
    QList<QPointF> origins;
    double x = 6;
    double y = 0;
    for (const Entry &entry : entries(m_reader->theme(), hasSource())) {
        const double entryWidth = 26 + 4 + metrics.horizontalAdvance(entry.label) + 2;
        if (x > 6 && x + entryWidth > width - 6) {
            x = 6;
            y += rowHeight;
        }
        origins.append({x, y});
        x += entryWidth + 14;
    }
    return origins;
}

bool Legend::hasHeightForWidth() const
{
    return true;
}

void Legend::resizeEvent(QResizeEvent *event)
{
    // The main window's layout gives a fixed-height row its size hint; follow the width here.
    const int needed = heightForWidth(width());
    if (needed != height())
        setFixedHeight(needed);
    QWidget::resizeEvent(event);
}

int Legend::heightForWidth(int width) const
{
    const QList<QPointF> origins = layoutEntries(width);
    return int(origins.isEmpty() ? 0 : origins.constLast().y()) + fontMetrics().height() + 10;
}

QStringList Legend::labels() const
{
    QStringList result;
    for (const Entry &entry : entries(m_reader->theme(), hasSource()))
        result.append(entry.symbol.isEmpty() ? entry.label : entry.symbol + u' ' + entry.label);
    return result;
}

QSize Legend::sizeHint() const
{
    return {600, fontMetrics().height() + 10};
}

void Legend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int h = metrics.height() + 10;   // one row
    const QList<QPointF> origins = layoutEntries(width());
    const QList<Entry> all = entries(m_reader->theme(), hasSource());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Entry &entry = all.at(i);
        const double x = origins.at(i).x();
        const double top = origins.at(i).y();
        const QRectF swatch(x, top + (h - metrics.height()) / 2.0, 26, metrics.height());
        QColor fill = entry.colour;
        fill.setAlpha(entry.mark == Mark::Band || entry.mark == Mark::HatchedBand ? 210 : 170);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(swatch, 3, 3);
        // The pattern the text uses for this status, so colour is never the only cue.
        QPen pen(palette().color(QPalette::WindowText), 1.2);
        const double y = swatch.bottom() - 2;
        switch (entry.mark) {
        case Mark::Band:
            break;
        case Mark::Crossed:
            // The fact matrix crosses "differs from the source" cells the same way.
            painter.setBrush(sourceMatchBrush(SourceMatch::Differs, m_reader->theme()));
            painter.drawRoundedRect(swatch, 3, 3);
            break;
        case Mark::HatchedBand: {
            // The connector bands and the coverage map hatch reworded passages the same way.
            QColor hatch = palette().color(QPalette::WindowText);
            hatch.setAlphaF(0.4);
            painter.setBrush(QBrush(hatch, Qt::BDiagPattern));
            painter.drawRoundedRect(swatch, 3, 3);
            break;
        }
        case Mark::Solid:
            painter.setPen(pen);
            painter.drawLine(QPointF(swatch.left() + 2, y), QPointF(swatch.right() - 2, y));
            break;
        case Mark::Wave: {
            QPainterPath wave(QPointF(swatch.left() + 2, y));
            for (double wx = swatch.left() + 2; wx < swatch.right() - 3; wx += 4)
                wave.quadTo(wx + 1, y - 2.5, wx + 2, y), wave.quadTo(wx + 3, y + 2.5, wx + 4, y);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(wave);
            break;
        }
        case Mark::Dots:
            pen.setStyle(Qt::DotLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(swatch.left() + 2, y), QPointF(swatch.right() - 2, y));
            break;
        case Mark::Dashes:
            pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(swatch.left() + 2, y), QPointF(swatch.right() - 2, y));
            break;
        }
        if (!entry.symbol.isEmpty()) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(swatch.adjusted(0, 0, 0, -3), Qt::AlignCenter, entry.symbol);
        }
        painter.setPen(palette().color(QPalette::WindowText));
        const QRectF label(swatch.right() + 4, top, metrics.horizontalAdvance(entry.label) + 2, h);
        painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeft, entry.label);
    }
}

} // namespace Crossread
