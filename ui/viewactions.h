// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QObject>

#include <memory>

class QActionGroup;
class QMenu;
class QPalette;
class QStatusBar;
class QWidget;

namespace Crossread {

class FactMatrix;
class ReaderView;

/// How the story looks: the colour theme (a named one, or "System", which follows the desktop
/// between light and dark), the reader's font, and the preferences dialog that sets both.
class ViewActions : public QObject {
    Q_OBJECT
public:
    ViewActions(ReaderView *reader, FactMatrix *matrix, QWidget *window, QStatusBar *status);
    ~ViewActions() override;

    /// Fills View ▸ Mark Reworded Words: automatic (the default), always or never; the choice
    /// is a preference kept across sessions.
    void populateWordingMenu(QMenu *wording);
    /// Fills View ▸ Theme with one checkable entry per theme.
    void populateThemeMenu(QMenu *themes);
    [[nodiscard]] QString themeName() const { return m_themeName; }
    [[nodiscard]] const ReaderTheme &theme() const { return m_theme; }
    /// Applies a theme to the application palette, the reader and the matrix.
    void setThemeName(const QString &name);
    /// The desktop's palette changed: "System" follows it.
    void desktopPaletteChanged();
    /// The font chosen in the preferences, or the desktop's.
    void applyReaderFont();
    void showPreferences();

Q_SIGNALS:
    /// A theme was applied (chosen, restored or followed from the desktop).
    void themeChanged(const Crossread::ReaderTheme &theme);

private:
    ReaderView *m_reader;
    FactMatrix *m_matrix;
    QWidget *m_window;
    QStatusBar *m_status;
    QActionGroup *m_themeGroup = nullptr;
    QString m_themeName;
    ReaderTheme m_theme;
    std::unique_ptr<QPalette> m_systemPalette;   ///< the desktop's palette before any theme was applied
};

} // namespace Crossread
