// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/sessionjournal.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace Crossread {

/// Offers the work a Crossread that did not close properly left in its recovery journals:
/// restore one (it becomes the open story), discard one, or decide later (they stay on disk
/// and are offered at the next start).
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecoveryDialog(const QList<RecoverableJournal> &journals, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    /// The journal selected in the list, or an empty path.
    [[nodiscard]] QString currentJournal() const;

Q_SIGNALS:
    void restoreRequested(const QString &journalPath);
    /// The journal was removed after the reader chose to discard it.
    void discarded(const QString &journalPath);

private:
    void discardCurrent();
    void updateButtons();

    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace Crossread
