// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/pagefetcher.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

class QSettings;

namespace Crossread {

/// The keys under which the preferences are stored; every reader of QSettings uses these.
namespace SettingsKey {
inline constexpr QLatin1StringView theme{"view/theme"};
inline constexpr QLatin1StringView fontFamily{"view/fontFamily"};
inline constexpr QLatin1StringView fontSize{"view/fontSize"};
inline constexpr QLatin1StringView language{"ui/language"};
inline constexpr QLatin1StringView reviewerName{"review/reviewerName"};
inline constexpr QLatin1StringView exportPageSize{"export/pageSize"};
inline constexpr QLatin1StringView exportGreyscale{"export/greyscale"};
inline constexpr QLatin1StringView exportSections{"export/includeSections"};
inline constexpr QLatin1StringView neverUseNetwork = Crossread::neverUseNetworkKey;
} // namespace SettingsKey

/// The user's preferences with their defaults, read and written in one place (Qt's
/// "application" example keeps readSettings()/writeSettings() the same way). Values read
/// from a damaged or hand-edited configuration fall back to the defaults field by field.
struct AppSettings {
    QString themeName = QStringLiteral("System");   ///< one of availableThemeNames()
    QString fontFamily;                              ///< reader panes; empty: the desktop's font
    int fontSize = 0;                                ///< points; 0: the desktop's size
    QString language = QStringLiteral("system");     ///< "system" or a code of languageCodes()
    QString reviewerName;                            ///< empty: ask when a review needs it
    QString exportPageSize = QStringLiteral("Auto"); ///< "Auto" (from the locale), "A4" or "Letter"
    bool exportGreyscale = false;                    ///< print-friendly report instead of colour
    QStringList exportSections = exportSectionIds(); ///< ids of exportSectionIds() to include
    bool neverUseNetwork = false;                    ///< refuse web addresses (Open URL, dropped links)

    static constexpr int minFontSize = 6;
    static constexpr int maxFontSize = 48;

    /// Reads from `settings`, or from the application's QSettings().
    [[nodiscard]] static AppSettings read();
    [[nodiscard]] static AppSettings read(const QSettings &settings);
    void write() const;
    void write(QSettings &settings) const;

    /// `base` with the reader's family and size applied (either may be left at the default).
    [[nodiscard]] QFont readerFont(const QFont &base) const;

    /// The page sizes the report can use, as stored.
    [[nodiscard]] static QStringList exportPageSizes();
    /// The report's sections, as stored: "cover", "summary", "claims", "facts", "passages".
    [[nodiscard]] static QStringList exportSectionIds();
    /// The translated name of a section id (for dialogs).
    [[nodiscard]] static QString exportSectionName(const QString &id);

    friend bool operator==(const AppSettings &, const AppSettings &) = default;

    Q_DECLARE_TR_FUNCTIONS(Crossread::AppSettings)
};

/// The label of a theme in menus, with its mnemonic ("&Light"); names of KSyntaxHighlighting
/// themes are shown as they are.
[[nodiscard]] QString themeMenuLabel(const QString &themeName);
/// The same label without the mnemonic, for combo boxes.
[[nodiscard]] QString themeLabel(const QString &themeName);

} // namespace Crossread
