// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

namespace Crossread {

/// Edits a session's verdict set: add, rename, remove and reorder verdicts. The first verdict
/// always means "not reviewed yet", which the dialog says next to it. The result is cleaned:
/// names trimmed, empty names and case-insensitive duplicates dropped; OK stays disabled
/// while fewer than two verdicts remain, because a review needs "unreviewed" and one verdict.
class VerdictSetDialog : public QDialog {
    Q_OBJECT
public:
    explicit VerdictSetDialog(const QStringList &verdicts, QWidget *parent = nullptr);

    [[nodiscard]] QStringList verdicts() const;
    [[nodiscard]] QListWidget *list() const { return m_list; }

    /// Trimmed, non-empty, without case-insensitive duplicates, in order.
    [[nodiscard]] static QStringList cleaned(const QStringList &verdicts);

private:
    void addVerdict();
    void moveCurrent(int by);
    void updateState();

    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_ok = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Crossread
