// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutlist.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace Crossread {

namespace {

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

QString plainText(const QAction *action)
{
    return action->text().remove(u'&').remove(QStringLiteral("…")).trimmed();
}

void collect(const QMenu *menu, const QString &path, QSet<const QAction *> &seen, QList<ShortcutEntry> &entries)
{
    QList<const QMenu *> submenus;
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            submenus.append(action->menu());
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        entries.append({path, plainText(action), keysOf(action)});
    }
    for (const QMenu *submenu : std::as_const(submenus))
        collect(submenu, path + QStringLiteral(" ▸ ") + submenu->title().remove(u'&'), seen, entries);
}

} // namespace

QList<ShortcutEntry> shortcutEntries(const QMenuBar *bar, const QList<QAction *> &others)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    if (bar) {
        for (const QAction *top : bar->actions()) {
            if (top->menu())
                collect(top->menu(), top->menu()->title().remove(u'&'), seen, entries);
        }
    }
    // The same command offered by a panel under the same name and keys is one entry.
    QSet<QString> listed;
    for (const ShortcutEntry &entry : std::as_const(entries))
        listed.insert(entry.action + u'\n' + entry.keys);
    const QString panels = QCoreApplication::translate("Crossread::MainWindow", "Panels and lists");
    for (const QAction *action : others) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->menu())
            continue;
        seen.insert(action);
        const ShortcutEntry entry{panels, plainText(action), keysOf(action)};
        if (listed.contains(entry.action + u'\n' + entry.keys))
            continue;
        listed.insert(entry.action + u'\n' + entry.keys);
        entries.append(entry);
    }
    return entries;
}

QString shortcutTable(const QList<ShortcutEntry> &entries)
{
    QString html = QStringLiteral("<table>");
    QString menu;
    for (const ShortcutEntry &entry : entries) {
        if (entry.menu != menu) {
            menu = entry.menu;
            html += QStringLiteral("<tr><td colspan=2><br><b>%1</b></td></tr>").arg(menu.toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(entry.keys.toHtmlEscaped(), entry.action.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace Crossread
