// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QSignalBlocker>
#include <QStringList>

namespace Crossread {

/// Fills the combo box of a list filter: first `any` (no data, filters nothing), then one item
/// per key labelled by `label(key)`. The chosen key stays chosen while it is still offered,
/// else the box falls back to `any`. A box that already offers exactly these keys is left
/// alone; no signals are emitted either way.
template<typename Label>
void refillFilterCombo(QComboBox *box, const QString &any, const QStringList &keys, Label label)
{
    QStringList shown;
    for (int i = 1; i < box->count(); ++i)
        shown.append(box->itemData(i).toString());
    if (box->count() > 0 && shown == keys)
        return;
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(any, QString());
    for (const QString &key : keys)
        box->addItem(label(key), key);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

} // namespace Crossread
