// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "languages.h"
#include "theme.h"

#include <QCoreApplication>
#include <QSettings>

namespace Crossread {

AppSettings AppSettings::read()
{
    return read(QSettings());
}

AppSettings AppSettings::read(const QSettings &settings)
{
    AppSettings result;
    const QString theme = settings.value(SettingsKey::theme, result.themeName).toString();
    if (availableThemeNames().contains(theme))
        result.themeName = theme;
    result.fontFamily = settings.value(SettingsKey::fontFamily).toString().trimmed();
    bool isNumber = false;
    const int size = settings.value(SettingsKey::fontSize).toInt(&isNumber);
    if (isNumber && size >= minFontSize && size <= maxFontSize)
        result.fontSize = size;
    const QString language = settings.value(SettingsKey::language, result.language).toString();
    if (language == u"system" || language == u"en" || languageCodes().contains(language))
        result.language = language;
    result.reviewerName = settings.value(SettingsKey::reviewerName).toString().trimmed();
    const QString pageSize = settings.value(SettingsKey::exportPageSize, result.exportPageSize).toString();
    if (exportPageSizes().contains(pageSize))
        result.exportPageSize = pageSize;
    result.exportGreyscale = settings.value(SettingsKey::exportGreyscale, false).toBool();
    result.neverUseNetwork = settings.value(SettingsKey::neverUseNetwork, false).toBool();
    if (settings.contains(SettingsKey::exportSections)) {
        // Unknown ids (from a newer version, or typed by hand) are dropped, the order is ours.
        const QStringList stored = settings.value(SettingsKey::exportSections).toStringList();
        result.exportSections.clear();
        for (const QString &id : exportSectionIds()) {
            if (stored.contains(id))
                result.exportSections.append(id);
        }
    }
    return result;
}

void AppSettings::write() const
{
    QSettings settings;
    write(settings);
}

void AppSettings::write(QSettings &settings) const
{
    settings.setValue(SettingsKey::theme, themeName);
    settings.setValue(SettingsKey::fontFamily, fontFamily);
    settings.setValue(SettingsKey::fontSize, fontSize);
    settings.setValue(SettingsKey::language, language);
    settings.setValue(SettingsKey::reviewerName, reviewerName);
    settings.setValue(SettingsKey::exportPageSize, exportPageSize);
    settings.setValue(SettingsKey::exportGreyscale, exportGreyscale);
    settings.setValue(SettingsKey::neverUseNetwork, neverUseNetwork);
    settings.setValue(SettingsKey::exportSections, exportSections);
}

QFont AppSettings::readerFont(const QFont &base) const
{
    QFont font = base;
    if (!fontFamily.isEmpty())
        font.setFamilies({fontFamily});
    if (fontSize > 0)
        font.setPointSize(fontSize);
    return font;
}

QStringList AppSettings::exportPageSizes()
{
    return {QStringLiteral("Auto"), QStringLiteral("A4"), QStringLiteral("Letter")};
}

QStringList AppSettings::exportSectionIds()
{
    return {QStringLiteral("cover"), QStringLiteral("summary"), QStringLiteral("claims"), QStringLiteral("facts"),
            QStringLiteral("passages")};
}

QString AppSettings::exportSectionName(const QString &id)
{
    if (id == u"cover")
        return tr("Cover page and sources");
    if (id == u"summary")
        return tr("Summary");
    if (id == u"claims")
        return tr("Claims and verdicts");
    if (id == u"facts")
        return tr("Fact matrix");
    if (id == u"passages")
        return tr("Side-by-side passages");
    return id;
}

QString themeMenuLabel(const QString &themeName)
{
    if (themeName == u"System")
        return AppSettings::tr("&Follow the System");
    if (themeName == u"Light")
        return AppSettings::tr("&Light");
    if (themeName == u"Dark")
        return AppSettings::tr("&Dark");
    return themeName;
}

QString themeLabel(const QString &themeName)
{
    return QString(themeMenuLabel(themeName)).remove(u'&');
}

} // namespace Crossread
