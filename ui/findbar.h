// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Crossread {

class ReaderView;

/// Find across all panes (Ctrl+F): marks every match, counts them, steps through them.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(ReaderView *reader, QWidget *parent = nullptr);

    void activate();
    [[nodiscard]] QLineEdit *field() const { return m_field; }
    [[nodiscard]] QString countText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();

    ReaderView *m_reader = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Crossread
