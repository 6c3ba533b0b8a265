// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragemap.h"

#include "articlepane.h"
#include "readerview.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>
#include <QRegularExpression>
#include <QToolTip>

namespace Crossread {

namespace {

/// Rows Page Up and Page Down move the cursor by.
constexpr int pageRows = 10;
/// The strip above the rows that names the columns (outlet initials, written upwards).
constexpr int headerHeight = 30;
/// Columns never get narrower than this, so 20 outlets stay 20 readable columns.
constexpr int minimumColumnWidth = 10;
/// Width of the conflict diamonds' column.
constexpr double markWidth = 6;

} // namespace

CoverageMap::CoverageMap(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
{
    setFixedWidth(64);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Coverage map"));
    setAccessibleDescription(tr("One row per passage; filled cells show which articles tell it; hatched cells are "
                                "reworded; a diamond marks a conflicting figure. Up and Down choose a passage, "
                                "Enter goes there."));
}

QSize CoverageMap::sizeHint() const
{
    return {64, 200};
}

int CoverageMap::passageCount() const
{
    const auto &analysis = m_reader->analysis();
    return analysis ? int(analysis->alignment.passages.size()) : 0;
}

QRectF CoverageMap::rowRect(int passage) const
{
    const int rows = passageCount();
    if (rows == 0 || passage < 0 || passage >= rows)
        return {};
    const double rowHeight = double(height() - 4 - headerHeight) / rows;
    return QRectF(2, 2 + headerHeight + passage * rowHeight, width() - 4, rowHeight);
}

int CoverageMap::passageAtY(int y) const
{
    const int rows = passageCount();
    if (rows == 0)
        return -1;
    if (y < 2 + headerHeight)
        return -1;
    const double rowHeight = double(height() - 4 - headerHeight) / rows;
    return qBound(0, int((y - 2 - headerHeight) / rowHeight), rows - 1);
}

void CoverageMap::setCurrentPassage(int passage)
{
    if (passage == m_current)
        return;
    m_current = passage;
    update();
}

void CoverageMap::setCursorPassage(int passage)
{
    if (passage == m_cursor)
        return;
    m_cursor = passage;
    // A screen reader reads the row the cursor is on.
    setAccessibleDescription(passage >= 0 ? describe(passage) : QString());
    update();
}

int CoverageMap::stepFrom(int from, int step, int count) const
{
    const int rows = passageCount();
    int found = from;
    for (int i = from + step; i >= 0 && i < rows && count > 0; i += step) {
        if (m_reader->passageMatchesFilter(i)) {
            found = i;
            --count;
        }
    }
    return found;
}

void CoverageMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const ReaderTheme &theme = m_reader->theme();
    painter.fillRect(rect(), theme.background);
    const auto &analysis = m_reader->analysis();
    const QList<ArticlePane *> panes = m_reader->panes();
    if (analysis && !panes.isEmpty()) {
        const auto &passages = analysis->alignment.passages;
        const double cellWidth = (width() - 4 - markWidth) / panes.size();
        paintHeader(painter, cellWidth);
        QList<bool> conflict(passages.size(), false);
        for (int passage : m_reader->conflictPassages())
            conflict[passage] = true;
        QColor hatch = theme.text;
        hatch.setAlphaF(0.45);
        const QColor conflictColour = theme.dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
        // With a source, a passage the source tells and an outlet leaves out is an outlined,
        // empty cell in that outlet's column: what of the source each outlet carries.
        const int sourceArticle = analysis->source.source;
        QColor leftOut = theme.sourceDiffers.isValid() ? theme.sourceDiffers : theme.conflict;
        leftOut = theme.dark ? leftOut.lighter(160) : leftOut.darker(160);
        for (const Passage &passage : passages) {
            const QRectF row = rowRect(passage.id);
            const bool dim = !m_reader->passageMatchesFilter(passage.id);
            // Reworded cells are hatched as the bands' ribbons are, where a row is tall
            // enough for a hatch to read as one.
            const bool hatched = passage.status == PassageStatus::Reworded && row.height() >= 4;
            const bool fromSource = sourceArticle >= 0 && passage.member(ArticleId(sourceArticle)) != nullptr;
            for (int column = 0; column < panes.size(); ++column) {
                const PassageMember *member = passage.member(panes.at(column)->articleId());
                if (!member) {
                    if (fromSource && !dim && row.height() >= 2) {
                        const QRectF cell(row.left() + column * cellWidth + 0.5, row.top() + 0.5, cellWidth - 2,
                                          qMax(1.0, row.height() - 1.5));
                        painter.setPen(QPen(leftOut, 1, row.height() >= 5 ? Qt::DashLine : Qt::SolidLine));
                        painter.setBrush(Qt::NoBrush);
                        painter.drawRect(cell);
                    }
                    continue;
                }
                QColor fill = passage.status == PassageStatus::Unique      ? theme.unique
                              : passage.status == PassageStatus::Identical ? theme.identical
                                                                           : theme.reworded;
                if (dim)
                    fill.setAlphaF(0.2);
                const QRectF cell(row.left() + column * cellWidth, row.top(), cellWidth - 1, qMax(1.0, row.height() - 0.5));
                painter.fillRect(cell, fill);
                if (hatched && !dim)
                    painter.fillRect(cell, QBrush(hatch, Qt::BDiagPattern));
            }
            if (conflict.at(passage.id)) {
                // A diamond, never narrower than the column, however thin the row.
                const double half = qMax(row.height(), markWidth) / 2;
                const QPointF centre(row.right() - markWidth / 2, row.center().y());
                const QPolygonF diamond{{centre.x(), centre.y() - half},
                                        {centre.x() + markWidth / 2, centre.y()},
                                        {centre.x(), centre.y() + half},
                                        {centre.x() - markWidth / 2, centre.y()}};
                painter.setRenderHint(QPainter::Antialiasing, true);
                painter.setPen(Qt::NoPen);
                painter.setBrush(conflictColour);
                painter.drawPolygon(diamond);
                painter.setRenderHint(QPainter::Antialiasing, false);
            }
        }
        if (m_current >= 0) {
            painter.setPen(QPen(theme.text, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rowRect(m_current).adjusted(-1, -1, 1, 1));
        }
        if (hasFocus() && m_cursor >= 0) {
            painter.setPen(QPen(palette().highlight().color(), 1.5, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rowRect(m_cursor).adjusted(-2, -2, 2, 2));
        }
    }
    if (hasFocus()) {
        // The focus frame: where the keyboard is must show.
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

QString CoverageMap::initials(const QString &name)
{
    // "Harbour Post" -> "HP", "The Valley Courier" -> "VC", "harbourpost.example" -> "HA".
    // A host name ("harbourpost.example") is named by its first label.
    const QString spoken = !name.contains(u' ') && name.contains(u'.') ? name.section(u'.', 0, 0) : name;
    QStringList words = spoken.split(QRegularExpression(QStringLiteral("[\\s\\-_]+")), Qt::SkipEmptyParts);
    if (words.size() > 1 && words.first().compare(u"the", Qt::CaseInsensitive) == 0)
        words.removeFirst();
    if (words.isEmpty())
        return {};
    if (words.size() == 1 || words.first().size() > 12)
        return words.first().left(2).toUpper();
    QString result;
    for (const QString &word : std::as_const(words).mid(0, 3))
        result += word.front().toUpper();
    return result;
}

int CoverageMap::columnAtX(int x) const
{
    const int columns = int(m_reader->panes().size());
    if (columns == 0)
        return -1;
    const double cellWidth = (width() - 4 - markWidth) / columns;
    const int column = int((x - 2) / cellWidth);
    return column >= 0 && column < columns ? column : -1;
}

void CoverageMap::updateWidth()
{
    const int columns = int(m_reader->panes().size());
    setFixedWidth(std::max(64, 4 + int(markWidth) + columns * minimumColumnWidth));
    update();
}

void CoverageMap::paintHeader(QPainter &painter, double cellWidth)
{
    const ReaderTheme &theme = m_reader->theme();
    const QList<ArticlePane *> panes = m_reader->panes();
    QFont font = painter.font();
    font.setPixelSize(9);
    painter.setFont(font);
    painter.setPen(theme.text);
    const QFontMetrics metrics(font);
    for (int column = 0; column < panes.size(); ++column) {
        const Article &article = panes.at(column)->article();
        const QString label = article.meta.role == ArticleRole::Source ? u"§" + initials(article.displayName())
                                                                       : initials(article.displayName());
        const double centre = 2 + column * cellWidth + cellWidth / 2;
        painter.save();
        if (metrics.horizontalAdvance(label) + 2 <= cellWidth) {
            painter.drawText(QRectF(centre - cellWidth / 2, 2, cellWidth, headerHeight - 2), Qt::AlignHCenter | Qt::AlignBottom,
                             label);
        } else {
            // Written upwards, so narrow columns keep their labels.
            painter.translate(centre + metrics.ascent() / 2.0 - 1, headerHeight);
            painter.rotate(-90);
            painter.drawText(QPointF(1, 0), label);
        }
        painter.restore();
    }
    QColor rule = theme.text;
    rule.setAlphaF(0.3);
    painter.setPen(rule);
    painter.drawLine(QPointF(2, headerHeight + 1), QPointF(width() - 2, headerHeight + 1));
}

void CoverageMap::mousePressEvent(QMouseEvent *event)
{
    const int passage = passageAtY(int(event->position().y()));
    if (passage >= 0 && event->button() == Qt::LeftButton) {
        setCursorPassage(passage);
        m_reader->revealPassage(passage);
    }
}

void CoverageMap::keyPressEvent(QKeyEvent *event)
{
    const int rows = passageCount();
    if (rows == 0 || event->modifiers() & ~Qt::KeypadModifier) {
        // Alt+Up and the like are the reader's navigation shortcuts, not the map's.
        QWidget::keyPressEvent(event);
        return;
    }
    const int from = m_cursor >= 0 ? m_cursor : -1;
    switch (event->key()) {
    case Qt::Key_Down:
        setCursorPassage(stepFrom(from, +1, 1));
        break;
    case Qt::Key_Up:
        setCursorPassage(from < 0 ? stepFrom(rows, -1, 1) : stepFrom(from, -1, 1));
        break;
    case Qt::Key_PageDown:
        setCursorPassage(stepFrom(from, +1, pageRows));
        break;
    case Qt::Key_PageUp:
        setCursorPassage(from < 0 ? stepFrom(rows, -1, 1) : stepFrom(from, -1, pageRows));
        break;
    case Qt::Key_Home:
        setCursorPassage(stepFrom(-1, +1, 1));
        break;
    case Qt::Key_End:
        setCursorPassage(stepFrom(rows, -1, 1));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_cursor >= 0)
            m_reader->revealPassage(m_cursor);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void CoverageMap::focusInEvent(QFocusEvent *event)
{
    // The keyboard starts where the reader is.
    if (m_cursor < 0 && m_current >= 0)
        setCursorPassage(m_current);
    update();
    QWidget::focusInEvent(event);
}

void CoverageMap::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

QString CoverageMap::describe(int passageId) const
{
    const auto &analysis = m_reader->analysis();
    if (!analysis || passageId < 0 || passageId >= analysis->alignment.passages.size())
        return {};
    const Passage &passage = analysis->alignment.passages.at(passageId);
    QStringList tells, lacks;
    for (const ArticlePane *pane : m_reader->panes())
        (passage.member(pane->articleId()) ? tells : lacks).append(pane->article().displayName());
    const QString status = passage.status == PassageStatus::Identical ? tr("same words")
                           : passage.status == PassageStatus::Reworded ? tr("reworded")
                                                                       : tr("told once");
    QString text = tells.isEmpty()
                       ? tr("Passage %1 (%2): no shown article tells it").arg(passageId + 1).arg(status)
                       : tr("Passage %1 (%2): told by %3").arg(passageId + 1).arg(status, tells.join(QStringLiteral(", ")));
    if (!lacks.isEmpty())
        text += u'\n' + tr("Not in %1").arg(lacks.join(QStringLiteral(", ")));
    if (m_reader->conflictPassages().contains(passageId))
        text += u'\n' + tr("Holds a conflicting figure");
    const int source = analysis->source.source;
    if (source >= 0 && source < analysis->articles.size()) {
        if (passage.member(ArticleId(source))) {
            QStringList leftOut;
            for (const ArticlePane *pane : m_reader->panes()) {
                if (pane->articleId().value() != source && !passage.member(pane->articleId()))
                    leftOut.append(pane->article().displayName());
            }
            text += u'\n' + (leftOut.isEmpty() ? tr("From the source; every shown outlet carries it")
                                                : tr("From the source; left out by %1").arg(leftOut.join(QStringLiteral(", "))));
        } else {
            text += u'\n' + tr("Not in the source");
        }
    }
    return text;
}

QString CoverageMap::describeColumn(int column) const
{
    const ArticlePane *pane = m_reader->panes().at(column);
    const QString name = pane->article().displayName();
    const auto &analysis = m_reader->analysis();
    if (!analysis || !analysis->source.isValid())
        return name;
    const int article = pane->articleId().value();
    if (article == analysis->source.source)
        return tr("%1: the story's source").arg(name);
    if (article < 0 || article >= analysis->source.articles.size())
        return name;
    const CoverageOfSource &coverage = analysis->source.articles.at(article);
    const qsizetype total = coverage.passagesCarried.size() + coverage.passagesLeftOut.size();
    return tr("%1 carries %2 of the source's %3 passages; %4 figure(s) differ, %5 quote(s) altered")
        .arg(name)
        .arg(coverage.passagesCarried.size())
        .arg(total)
        .arg(coverage.figuresDiffer)
        .arg(coverage.quotesAltered);
}

bool CoverageMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
        const int passage = passageAtY(pos.y());
        const int column = pos.y() < 2 + headerHeight ? columnAtX(pos.x()) : -1;
        if (column >= 0)
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), describeColumn(column), this);
        else if (passage >= 0)
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), describe(passage), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Crossread
