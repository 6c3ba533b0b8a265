// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

class QPalette;

namespace Crossread {

/// The reader's colours. Derived from a KSyntaxHighlighting theme when that library is in use,
/// otherwise from the built-in light or dark palette; "system" follows the desktop's palette.
struct ReaderTheme {
    QString name;
    bool dark = false;
    QColor text;
    QColor background;
    QColor boilerplateText;   ///< dimmed page furniture
    QColor headerText;
    QColor identical;         ///< passage status colours, used by bands and highlights
    QColor reworded;
    QColor unique;
    QColor agree;
    QColor conflict;
    QColor quoteVariant;
    /// A figure or quote that differs from the story's source: a rose apart from the conflict
    /// red, always drawn crossed by stripes (sourceMatchBrush()).
    QColor sourceDiffers;
};

/// Names the user can pick: "System", the built-in "Light" and "Dark", and with
/// KSyntaxHighlighting every theme of its repository.
[[nodiscard]] QStringList availableThemeNames();

/// The theme of that name; "System" (and any unknown name) picks light or dark from the palette.
[[nodiscard]] ReaderTheme themeNamed(const QString &name, const QPalette &systemPalette);

/// True when the palette's window is darker than its text, i.e. the desktop runs a dark theme.
[[nodiscard]] bool isDarkPalette(const QPalette &palette);

/// A window palette matching the theme, for themes the user picked instead of the system's.
[[nodiscard]] QPalette paletteFor(const ReaderTheme &theme, const QPalette &base);

/// Whether this build uses KSyntaxHighlighting.
[[nodiscard]] bool haveSyntaxHighlighting();

} // namespace Crossread
