// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Crossread {

class ReaderView;

/// The key to the reader's colours and underline patterns, drawn from the active theme.
class Legend : public QWidget {
    Q_OBJECT
public:
    explicit Legend(ReaderView *reader, QWidget *parent = nullptr);

    /// The entries' labels, in the order drawn.
    [[nodiscard]] QStringList labels() const;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Top-left corner of each entry when the legend is `width` wide.
    [[nodiscard]] QList<QPointF> layoutEntries(int width) const;
    /// The analysis shown has a source: the legend adds its three marks.
    [[nodiscard]] bool hasSource() const;

    ReaderView *m_reader = nullptr;
};

} // namespace Crossread
