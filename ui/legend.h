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

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ReaderView *m_reader = nullptr;
};

} // namespace Crossread
