// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewactions.h"

#include "factmatrix.h"
#include "preferencesdialog.h"
#include "readerview.h"
#include "settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStatusBar>

namespace Crossread {

ViewActions::ViewActions(ReaderView *reader, FactMatrix *matrix, QWidget *window, QStatusBar *status)
    : QObject(window)
    , m_reader(reader)
    , m_matrix(matrix)
    , m_window(window)
    , m_status(status)
{
}

ViewActions::~ViewActions() = default;

void ViewActions::populateWordingMenu(QMenu *wording)
{
    using Marks = ReaderView::WordingMarks;
    static const QLatin1StringView key{"reader/wordingMarks"};
    const std::pair<Marks, QLatin1StringView> stored[] = {
        {Marks::Automatic, QLatin1StringView("automatic")},
        {Marks::Shown, QLatin1StringView("always")},
        {Marks::Hidden, QLatin1StringView("never")},
    };
    const QString saved = QSettings().value(key).toString();
    auto *group = new QActionGroup(this);
    for (const auto &[marks, name] : stored) {
        const QString label = marks == Marks::Automatic ? tr("&Automatic: Not When Most Passages Are Reworded")
                              : marks == Marks::Shown   ? tr("Al&ways")
                                                        : tr("&Never");
        QAction *action = wording->addAction(label, this, [this, marks = marks, name = name] {
            QSettings().setValue(key, name);
            m_reader->setWordingMarks(marks);
        });
        action->setObjectName(QStringLiteral("wordingMarks_") + name);
        action->setCheckable(true);
        group->addAction(action);
        if (saved == name || (marks == Marks::Automatic && !group->checkedAction() && saved.isEmpty())) {
            action->setChecked(true);
            m_reader->setWordingMarks(marks);
        }
    }
    if (!group->checkedAction())
        group->actions().constFirst()->setChecked(true);
}

void ViewActions::populateThemeMenu(QMenu *themes)
{
    m_themeGroup = new QActionGroup(this);
    for (const QString &name : availableThemeNames()) {
        QAction *action = themes->addAction(themeMenuLabel(name), this, [this, name] { setThemeName(name); });
        action->setCheckable(true);
        action->setData(name);
        action->setChecked(name == m_themeName);
        m_themeGroup->addAction(action);
    }
}

void ViewActions::setThemeName(const QString &name)
{
    static bool applying = false;   // setPalette sends PaletteChange, which calls back here
    if (applying)
        return;
    QScopedValueRollback guard(applying, true);
    m_themeName = name;
    // A theme the user picked colours the whole window; "System" leaves the desktop's palette.
    if (!m_systemPalette)
        m_systemPalette = std::make_unique<QPalette>(QApplication::palette());
    m_theme = themeNamed(name, *m_systemPalette);
    QApplication::setPalette(name == u"System" ? *m_systemPalette : paletteFor(m_theme, *m_systemPalette));
    if (m_themeGroup) {
        for (QAction *action : m_themeGroup->actions())
            action->setChecked(action->data().toString() == name);
    }
    m_reader->setTheme(m_theme);
    m_matrix->setTheme(m_theme);
    Q_EMIT themeChanged(m_theme);
}

void ViewActions::desktopPaletteChanged()
{
    // Follow the desktop when it switches between light and dark.
    if (m_themeName == u"System" && m_systemPalette) {
        m_systemPalette.reset();
        setThemeName(m_themeName);
    }
}

void ViewActions::applyReaderFont()
{
    // Only what the user chose is set, so the rest still follows the desktop's font.
    m_reader->setFont(AppSettings::read().readerFont(QFont()));
}

void ViewActions::showPreferences()
{
    AppSettings current = AppSettings::read();
    current.themeName = m_themeName;
    auto *dialog = new PreferencesDialog(current, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, current] {
        const AppSettings chosen = dialog->settings();
        chosen.write();
        setThemeName(chosen.themeName);
        applyReaderFont();
        if (chosen.language != current.language)
            m_status->showMessage(tr("The new language takes effect the next time Crossread starts."), 10000);
    });
    dialog->open();
}

} // namespace Crossread
