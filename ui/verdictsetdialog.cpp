// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictsetdialog.h"

#include "review/claim.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace Crossread {

VerdictSetDialog::VerdictSetDialog(const QStringList &verdicts, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Verdicts of This Session"));
    for (const QString &verdict : verdicts) {
        // Default verdicts are shown translated but stored by key, so they can be renamed
        // like any other; an unchanged one keeps its key.
        auto *item = new QListWidgetItem(verdictLabel(verdict), m_list);
        item->setData(Qt::UserRole, verdict);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setAccessibleName(tr("Verdicts"));
    auto *add = new QPushButton(tr("&Add"), this);
    connect(add, &QPushButton::clicked, this, &VerdictSetDialog::addVerdict);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        updateState();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &VerdictSetDialog::updateState);
    connect(m_list, &QListWidget::itemChanged, this, &VerdictSetDialog::updateState);

    m_hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_list, 0, 0, 5, 1);
    layout->addWidget(add, 0, 1);
    layout->addWidget(m_remove, 1, 1);
    layout->addWidget(m_up, 2, 1);
    layout->addWidget(m_down, 3, 1);
    layout->setRowStretch(4, 1);
    layout->addWidget(m_hint, 5, 0, 1, 2);
    layout->addWidget(buttons, 6, 0, 1, 2);
    m_list->setCurrentRow(0);
    updateState();
}

QStringList VerdictSetDialog::cleaned(const QStringList &verdicts)
{
    QStringList result;
    for (const QString &verdict : verdicts) {
        const QString name = verdict.trimmed();
        if (!name.isEmpty() && !result.contains(name, Qt::CaseInsensitive))
            result.append(name);
    }
    return result;
}

QStringList VerdictSetDialog::verdicts() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        const QString key = item->data(Qt::UserRole).toString();
        names.append(!key.isEmpty() && verdictLabel(key) == item->text() ? key : item->text());
    }
    return cleaned(names);
}

void VerdictSetDialog::addVerdict()
{
    auto *item = new QListWidgetItem(tr("New verdict"), m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
    updateState();
}

void VerdictSetDialog::moveCurrent(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    updateState();
}

void VerdictSetDialog::updateState()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
    const QStringList names = verdicts();
    m_ok->setEnabled(names.size() >= 2);
    m_hint->setText(names.size() < 2
                        ? tr("A review needs at least two verdicts: the first for claims not reviewed yet, and one more.")
                        : tr("“%1” (the first) marks claims not reviewed yet. Claims keep a verdict you remove; "
                             "it is shown as written.")
                              .arg(verdictLabel(names.first())));
}

} // namespace Crossread
