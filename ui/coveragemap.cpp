// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragemap.h"

#include "articlepane.h"
#include "readerview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Crossread {

CoverageMap::CoverageMap(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
{
    setFixedWidth(64);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Coverage map"));
    setAccessibleDescription(tr("One row per passage; filled cells show which articles tell it; red marks show conflicts. Click to go there."));
}

QSize CoverageMap::sizeHint() const
{
    return {64, 200};
}

QRectF CoverageMap::rowRect(int passage) const
{
    const auto &analysis = m_reader->analysis();
    const int rows = analysis ? int(analysis->alignment.passages.size()) : 0;
    if (rows == 0 || passage < 0 || passage >= rows)
        return {};
    const double rowHeight = double(height() - 4) / rows;
    return QRectF(2, 2 + passage * rowHeight, width() - 4, rowHeight);
}

int CoverageMap::passageAtY(int y) const
{
    const auto &analysis = m_reader->analysis();
    const int rows = analysis ? int(analysis->alignment.passages.size()) : 0;
    if (rows == 0)
        return -1;
    const double rowHeight = double(height() - 4) / rows;
    return qBound(0, int((y - 2) / rowHeight), rows - 1);
}

void CoverageMap::setCurrentPassage(int passage)
{
    if (passage == m_current)
        return;
    m_current = passage;
    update();
}

void CoverageMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const ReaderTheme &theme = m_reader->theme();
    painter.fillRect(rect(), theme.background);
    const auto &analysis = m_reader->analysis();
    const QList<ArticlePane *> panes = m_reader->panes();
    if (!analysis || panes.isEmpty())
        return;
    const auto &passages = analysis->alignment.passages;
    const double markWidth = 6;
    const double cellWidth = (width() - 4 - markWidth) / panes.size();
    QList<bool> conflict(passages.size(), false);
    for (int passage : m_reader->conflictPassages())
        conflict[passage] = true;
    for (const Passage &passage : passages) {
        const QRectF row = rowRect(passage.id);
        const bool dim = !m_reader->passageMatchesFilter(passage.id);
        for (int column = 0; column < panes.size(); ++column) {
            const PassageMember *member = passage.member(panes.at(column)->articleId());
            if (!member)
                continue;
            QColor fill = passage.status == PassageStatus::Unique      ? theme.unique
                          : passage.status == PassageStatus::Identical ? theme.identical
                                                                       : theme.reworded;
            if (dim)
                fill.setAlphaF(0.2);
            painter.fillRect(QRectF(row.left() + column * cellWidth, row.top(), cellWidth - 1, qMax(1.0, row.height() - 0.5)), fill);
        }
        if (conflict.at(passage.id)) {
            const QRectF mark(row.right() - markWidth + 1, row.top(), markWidth - 1, qMax(2.0, row.height()));
            painter.fillRect(mark, theme.dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28));
        }
    }
    if (m_current >= 0) {
        painter.setPen(QPen(theme.text, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rowRect(m_current).adjusted(-1, -1, 1, 1));
    }
}

void CoverageMap::mousePressEvent(QMouseEvent *event)
{
    const int passage = passageAtY(int(event->position().y()));
    if (passage >= 0 && event->button() == Qt::LeftButton)
        m_reader->revealPassage(passage);
}

QString CoverageMap::describe(int passageId) const
{
    const auto &analysis = m_reader->analysis();
    const Passage &passage = analysis->alignment.passages.at(passageId);
    QStringList tells, lacks;
    for (const ArticlePane *pane : m_reader->panes()) {
        (passage.member(pane->articleId()) ? tells : lacks).append(pane->article().displayName());
    }
    QString text = tr("Passage %1: told by %2").arg(passageId + 1).arg(tells.join(QStringLiteral(", ")));
    if (!lacks.isEmpty())
        text += u'\n' + tr("Not in %1").arg(lacks.join(QStringLiteral(", ")));
    if (m_reader->conflictPassages().contains(passageId))
        text += u'\n' + tr("Holds a conflicting figure");
    return text;
}

bool CoverageMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const int passage = passageAtY(static_cast<QHelpEvent *>(event)->pos().y());
        if (passage >= 0)
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), describe(passage), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Crossread
