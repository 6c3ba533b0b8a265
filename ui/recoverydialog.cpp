// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Crossread {

RecoveryDialog::RecoveryDialog(const QList<RecoverableJournal> &journals, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Recover Unsaved Work"));
    auto *intro = new QLabel(tr("Crossread did not close properly last time. This work was not saved:"), this);
    intro->setWordWrap(true);

    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Story"), tr("Last change"), tr("Contents")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Unsaved stories"));
    const QLocale locale;
    for (const RecoverableJournal &journal : journals) {
        const QString title = !journal.title.isEmpty() ? journal.title
                              : !journal.sessionPath.isEmpty() ? QFileInfo(journal.sessionPath).fileName()
                                                               : tr("Untitled story");
        QString contents = tr("%n article(s)", nullptr, journal.articleCount) + QStringLiteral(", ")
                           + tr("%n annotation(s)", nullptr, journal.annotationCount) + QStringLiteral(", ")
                           + tr("%n claim(s)", nullptr, journal.claimCount);
        if (!journal.problem.isEmpty())
            contents = journal.problem;
        auto *item = new QTreeWidgetItem(m_list, {title, locale.toString(journal.lastChange.toLocalTime(), QLocale::ShortFormat), contents});
        item->setData(0, Qt::UserRole, journal.path);
        item->setData(0, Qt::UserRole + 1, journal.problem.isEmpty());
        item->setToolTip(0, journal.sessionPath.isEmpty() ? tr("Never saved") : journal.sessionPath);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setToolTip(tr("Keep the unsaved work and ask again at the next start"));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QString path = currentJournal();
        if (path.isEmpty())
            return;
        accept();
        Q_EMIT restoreRequested(path);
    });
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardCurrent);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, m_restore, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 300);
    updateButtons();
}

QString RecoveryDialog::currentJournal() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void RecoveryDialog::discardCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString path = item->data(0, Qt::UserRole).toString();
    if (QMessageBox::question(this, tr("Discard Unsaved Work"),
                              tr("Discard the unsaved work of “%1”? This cannot be undone.").arg(item->text(0)),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Discard)
        return;
    if (!SessionJournal::removeJournal(path)) {
        QMessageBox::warning(this, tr("Discard Unsaved Work"),
                             tr("%1: the file could not be removed, or another Crossread is using it.").arg(path));
        return;
    }
    delete item;
    Q_EMIT discarded(path);
    if (m_list->topLevelItemCount() == 0)
        reject();
    updateButtons();
}

void RecoveryDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_restore->setEnabled(item && item->data(0, Qt::UserRole + 1).toBool());
    m_discard->setEnabled(item != nullptr);
}

} // namespace Crossread
