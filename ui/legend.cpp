// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend.h"

#include "readerview.h"

#include <QPainter>
#include <QPainterPath>

namespace Crossread {
namespace {

enum class Mark : quint8 { Band, Solid, Wave, Dots, Dashes };

struct Entry {
    QColor colour;
    Mark mark;
    QString label;
};

QList<Entry> entries(const ReaderTheme &theme)
{
    return {
        {theme.identical, Mark::Band, Legend::tr("same words")},
        {theme.reworded, Mark::Band, Legend::tr("reworded")},
        {theme.unique, Mark::Band, Legend::tr("only one outlet")},
        {theme.agree, Mark::Solid, Legend::tr("figures agree")},
        {theme.conflict, Mark::Wave, Legend::tr("figures conflict")},
        {theme.unique, Mark::Dots, Legend::tr("figure in one outlet")},
        {theme.quoteVariant, Mark::Dashes, Legend::tr("quote worded differently")},
    };
}

} // namespace

Legend::Legend(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
{
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(labels().join(QStringLiteral(", ")));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QStringList Legend::labels() const
{
    QStringList result;
    for (const Entry &entry : entries(m_reader->theme()))
        result.append(entry.label);
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
    const int h = height();
    double x = 6;
    for (const Entry &entry : entries(m_reader->theme())) {
        const QRectF swatch(x, (h - metrics.height()) / 2.0, 26, metrics.height());
        QColor fill = entry.colour;
        fill.setAlpha(entry.mark == Mark::Band ? 210 : 170);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(swatch, 3, 3);
        // The pattern the text uses for this status, so colour is never the only cue.
        QPen pen(palette().color(QPalette::WindowText), 1.2);
        const double y = swatch.bottom() - 2;
        switch (entry.mark) {
        case Mark::Band:
            break;
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
        painter.setPen(palette().color(QPalette::WindowText));
        const QRectF label(swatch.right() + 4, 0, metrics.horizontalAdvance(entry.label) + 2, h);
        painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeft, entry.label);
        x = label.right() + 14;
    }
}

} // namespace Crossread
