// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPainter;

namespace Crossread {

class ReaderView;

/// A thin overview of the whole story beside the panes, like a diff tool's change map and
/// Juxta's heat map: one row per passage in reading order, one column per shown article,
/// filled where the article tells the passage, headed by the outlets' initials (full names on
/// hover); a red diamond where a fact conflicts (a shape,
/// so it shows without telling colours apart). Clicking a row takes the reader there. Rows
/// outside the reader's passage filter are dimmed.
///
/// It takes keyboard focus: Up/Down (and Page Up/Down, Home/End) move a cursor row through the
/// passages the filter lets through, Enter or Space goes there as a click does. The cursor
/// row is described to assistive technology through the accessible description.
class CoverageMap : public QWidget {
    Q_OBJECT
public:
    explicit CoverageMap(ReaderView *reader, QWidget *parent = nullptr);

    /// The passage drawn at a height of the widget, or -1.
    [[nodiscard]] int passageAtY(int y) const;
    /// The vertical extent of a passage's row.
    [[nodiscard]] QRectF rowRect(int passage) const;

    void setCurrentPassage(int passage);
    /// The row the keyboard cursor is on, or -1 before the keyboard has been used.
    [[nodiscard]] int cursorPassage() const { return m_cursor; }
    /// What the map says about a passage, in words: the tooltip and the accessible description.
    [[nodiscard]] QString describe(int passage) const;
    /// A column's tooltip: the outlet's name and, with a source, what of the source it carries.
    [[nodiscard]] QString describeColumn(int column) const;

    QSize sizeHint() const override;

    /// Widens the map to the shown panes: every column at least 10 pixels wide.
    void updateWidth();
    /// The column under x, or -1.
    [[nodiscard]] int columnAtX(int x) const;
    /// The label of an outlet's column: its initials ("HP" for "Harbour Post").
    [[nodiscard]] static QString initials(const QString &name);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    void setCursorPassage(int passage);
    void paintHeader(QPainter &painter, double cellWidth);
    /// The next passage from `from` in direction `step` (+1/-1) that the filter lets through,
    /// going at most `count` of them; `from` itself when there is none.
    [[nodiscard]] int stepFrom(int from, int step, int count) const;
    [[nodiscard]] int passageCount() const;

    ReaderView *m_reader = nullptr;
    int m_current = -1;
    int m_cursor = -1;
};

} // namespace Crossread
