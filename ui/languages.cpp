// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace Crossread {
namespace {

Q_LOGGING_CATEGORY(lcLanguages, "crossread.languages")

} // namespace

QStringList languageCodes()
{
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString languageNativeName(const QString &code)
{
    // Each language is named in itself, so that a reader who cannot read the current one finds theirs.
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"es")
        return QStringLiteral("Español");
    return code;
}

QString catalogLanguage(const QString &setting)
{
    if (setting == u"en")
        return {};
    if (languageCodes().contains(setting))
        return setting;
    for (const QString &uiLanguage : QLocale().uiLanguages()) {
        const QString code = uiLanguage.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (code == u"en" || code == u"c")
            return {};
        if (languageCodes().contains(code))
            return code;
    }
    return {};
}

QString installTranslators(const QString &setting)
{
    const QString code = catalogLanguage(setting);
    auto *app = QCoreApplication::instance();
    // A language chosen in Preferences also decides how dates and numbers are written, so the
    // panes' "19. April 2023" matches the menus; "system" keeps the desktop's own locale.
    if (setting == u"en" || languageCodes().contains(setting))
        QLocale::setDefault(QLocale(setting));
    if (code.isEmpty()) {
        // The sources are English, but "%n claim(s)" needs a catalog to read "1 claim" / "2 claims".
        auto *plurals = new QTranslator(app);
        if (plurals->load(QStringLiteral(":/i18n/crossread_en"))) {
            QCoreApplication::installTranslator(plurals);
        } else {
            qCWarning(lcLanguages) << "No English plural catalog in the resources";
            delete plurals;
        }
        return {};
    }
    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/crossread_") + code)) {
        qCWarning(lcLanguages) << "No catalog for language" << code << "in the resources";
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs); Debian ships them in qt6-translations-l10n.
    auto *qt = new QTranslator(app);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_") + code, qtDir)) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCInfo(lcLanguages) << "Qt's catalog qtbase_" << code << "is not installed in" << qtDir;
        delete qt;
    }
    return code;
}

} // namespace Crossread
