// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/phrase.h"

namespace Crossread {

/// A phrase of the fact engine's translation context; mark `source` with
/// QT_TRANSLATE_NOOP("Crossread::Facts", ...) so lupdate finds it.
[[nodiscard]] inline Phrase factsPhrase(const char *source, QList<Phrase> arguments = {})
{
    return Phrase("Crossread::Facts", source, std::move(arguments));
}

} // namespace Crossread
