// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QAction;
class QMenuBar;

namespace Crossread {

/// One line of the shortcut list: the menu path it lives in, its name and its keys.
struct ShortcutEntry {
    QString menu;       ///< "Edit", "View ▸ Show Passages"; "Panels and lists" outside the menus
    QString action;     ///< without the mnemonic '&'
    QString keys;       ///< native text, several shortcuts joined with ", "
};

/// Every action of `bar`'s menus (in menu order, submenus after their parent's actions) that has
/// a shortcut, each once, then the actions of `others` that are in no menu. An action reachable
/// from two menus is listed under the first.
[[nodiscard]] QList<ShortcutEntry> shortcutEntries(const QMenuBar *bar, const QList<QAction *> &others);

/// The entries as an HTML table with a heading row per menu, for the Keyboard Shortcuts box.
[[nodiscard]] QString shortcutTable(const QList<ShortcutEntry> &entries);

} // namespace Crossread
