// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/phrase.h"

#include <QJsonValue>

namespace Crossread {

/// A phrase as data for whoever wants to translate it: a literal is a string; a template is
/// {"context", "key", "args": [...]} with the key as Crossread's catalogs (translations/*.ts)
/// hold it; a concatenation is {"parts": [...]}. The English text is written beside it.
[[nodiscard]] QJsonValue phraseToJson(const Phrase &phrase);

/// The key a translator looks the phrase up by: a template's own key, or the first template
/// key among a concatenation's parts ("date of %1" for "date of hearing per month"); empty
/// when the phrase is literal text from an article.
[[nodiscard]] QString phraseKey(const Phrase &phrase);

} // namespace Crossread
