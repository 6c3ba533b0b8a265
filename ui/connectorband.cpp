// SPDX-License-Identifier: GPL-3.0-or-later
// Connector bands in the spirit of Meld's linkmap: a curved ribbon between the two renderings
// of each aligned passage.
#include "connectorband.h"

#include "articlepane.h"
#include "readerview.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Crossread {

ConnectorBand::ConnectorBand(ReaderView *reader, ArticlePane *left, ArticlePane *right, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_left(left)
    , m_right(right)
{
    setFixedWidth(bandWidth);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Connections between %1 and %2").arg(left->article().displayName(), right->article().displayName()));
    setAccessibleDescription(tr("Bands join passages both articles tell; tabs mark passages only one side tells."));
}

double ConnectorBand::offsetOf(const ArticlePane *pane) const
{
    return pane->textView()->viewport()->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
}

QList<ConnectorBand::Link> ConnectorBand::links() const
{
    QList<Link> result;
    const auto &analysis = m_reader->analysis();
    if (!analysis)
        return result;
    const double leftOffset = offsetOf(m_left);
    const double rightOffset = offsetOf(m_right);
    const double visibleTop = qMax(leftOffset, rightOffset) - height();
    const double visibleBottom = 2.0 * height();
    for (const Passage &passage : analysis->alignment.passages) {
        const PassageMember *a = passage.member(m_left->articleId());
        const PassageMember *b = passage.member(m_right->articleId());
        if (!a || !b || !a->primary || !b->primary)
            continue;
        const VerticalRange l = m_left->viewportRange(a->span);
        const VerticalRange r = m_right->viewportRange(b->span);
        Link link{passage.id, l.top + leftOffset, l.bottom + leftOffset, r.top + rightOffset, r.bottom + rightOffset,
                  qMin(a->confidence, b->confidence), passage.status == PassageStatus::Identical};
        if (qMax(link.leftBottom, link.rightBottom) < visibleTop || qMin(link.leftTop, link.rightTop) > visibleBottom)
            continue;
        result.append(link);
    }
    return result;
}

QList<ConnectorBand::Tab> ConnectorBand::tabs() const
{
    QList<Tab> result;
    const auto &analysis = m_reader->analysis();
    if (!analysis)
        return result;
    for (const ArticlePane *pane : {m_left, m_right}) {
        const ArticlePane *other = pane == m_left ? m_right : m_left;
        const double offset = offsetOf(pane);
        for (const Passage &passage : analysis->alignment.passages) {
            const PassageMember *mine = passage.member(pane->articleId());
            if (!mine || !mine->primary || passage.member(other->articleId()))
                continue;
            const VerticalRange range = pane->viewportRange(mine->span);
            if (range.bottom + offset < 0 || range.top + offset > height())
                continue;
            result.append({passage.id, pane == m_left, range.top + offset, range.bottom + offset,
                           passage.status == PassageStatus::Unique});
        }
    }
    return result;
}

void ConnectorBand::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const ReaderTheme &theme = m_reader->theme();
    painter.fillRect(rect(), palette().window());
    const double w = width();
    for (const Link &link : links()) {
        QColor fill = link.identical ? theme.identical : theme.reworded;
        fill.setAlphaF(0.25 + 0.6 * qBound(0.0, link.confidence, 1.0));
        QPainterPath path(QPointF(0, link.leftTop));
        path.cubicTo(w / 2, link.leftTop, w / 2, link.rightTop, w, link.rightTop);
        path.lineTo(w, link.rightBottom);
        path.cubicTo(w / 2, link.rightBottom, w / 2, link.leftBottom, 0, link.leftBottom);
        path.closeSubpath();
        painter.setPen(QPen(fill.darker(140), 1, link.confidence < 0.5 ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(fill);
        painter.drawPath(path);
    }
    for (const Tab &tab : tabs()) {
        QColor fill = tab.unique ? theme.unique : theme.boilerplateText;
        fill.setAlphaF(tab.unique ? 0.9 : 0.35);
        const QRectF box(tab.onLeft ? 0 : w - 7, tab.top, 7, qMax(4.0, tab.bottom - tab.top));
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 2, 2);
        const QString onlyHere = tr("only here");
        if (tab.unique && box.height() > fontMetrics().horizontalAdvance(onlyHere) * 0.75 + 8) {
            // Text as well as colour: "only here" must not depend on telling colours apart.
            painter.save();
            painter.setPen(theme.text);
            QFont font = painter.font();
            font.setPointSizeF(font.pointSizeF() * 0.75);
            painter.setFont(font);
            painter.translate(tab.onLeft ? 10 : w - 10, box.center().y());
            painter.rotate(tab.onLeft ? 90 : -90);
            painter.drawText(QRectF(-box.height() / 2, -8, box.height(), 14), Qt::AlignCenter, onlyHere);
            painter.restore();
        }
    }
}

bool ConnectorBand::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const double y = help->pos().y();
        for (const Link &link : links()) {
            const double t = help->pos().x() / double(width());
            const double top = link.leftTop + (link.rightTop - link.leftTop) * t;
            const double bottom = link.leftBottom + (link.rightBottom - link.leftBottom) * t;
            if (y >= top && y <= bottom) {
                QToolTip::showText(help->globalPos(),
                                   (link.identical ? tr("Same words") : tr("Reworded"))
                                       + tr(" · match confidence %1%").arg(qRound(link.confidence * 100)),
                                   this);
                return true;
            }
        }
        for (const Tab &tab : tabs()) {
            if (y >= tab.top && y <= tab.bottom) {
                const ArticlePane *pane = tab.onLeft ? m_left : m_right;
                const ArticlePane *other = tab.onLeft ? m_right : m_left;
                QToolTip::showText(help->globalPos(),
                                   tab.unique ? tr("Only %1 tells this").arg(pane->article().displayName())
                                              : tr("%1 does not tell this").arg(other->article().displayName()),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Crossread
