// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Crossread {

/// The languages Crossread's catalogs translate to, as codes ("de", "fr", "es"); English is the
/// language of the sources and has only a catalog of its plural forms.
[[nodiscard]] QStringList languageCodes();

/// A language's name in that language ("Deutsch"), for the language choice.
[[nodiscard]] QString languageNativeName(const QString &code);

/// The catalog language for a language setting: the code itself for an explicit choice;
/// for "system", the first of the desktop's UI languages that is English or has a catalog
/// (so an English-first desktop with German second stays English). Empty means English.
[[nodiscard]] QString catalogLanguage(const QString &setting);

/// Installs Crossread's catalog (:/i18n/crossread_<code>.qm) and Qt's own (qtbase_<code>.qm
/// from Qt's translations directory) for the setting; for English, only the catalog of English
/// plural forms (:/i18n/crossread_en.qm). Call once, before any window is built; translators are
/// children of the application. Returns the language loaded, empty for English.
QString installTranslators(const QString &setting);

} // namespace Crossread
