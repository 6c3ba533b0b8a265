// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Crossread {

class ReaderView;

/// A thin overview of the whole story beside the panes, like a diff tool's change map and
/// Juxta's heat map: one row per passage in reading order, one column per shown article,
/// filled where the article tells the passage; a mark where a fact conflicts. Clicking a row
/// takes the reader there. Rows outside the reader's passage filter are dimmed.
class CoverageMap : public QWidget {
    Q_OBJECT
public:
    explicit CoverageMap(ReaderView *reader, QWidget *parent = nullptr);

    /// The passage drawn at a height of the widget, or -1.
    [[nodiscard]] int passageAtY(int y) const;
    /// The vertical extent of a passage's row.
    [[nodiscard]] QRectF rowRect(int passage) const;

    void setCurrentPassage(int passage);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString describe(int passage) const;

    ReaderView *m_reader = nullptr;
    int m_current = -1;
};

} // namespace Crossread
