// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

namespace Crossread {

/// Splits text into paragraphs at blank lines (a line holding only whitespace, with \n, \r\n or
/// \r endings), each span trimmed of surrounding whitespace. When the text has no blank lines
/// at all, each non-empty line is a paragraph (copied text often has one line per paragraph).
[[nodiscard]] QList<Paragraph> splitParagraphs(const QString &text, qsizetype from = 0);

} // namespace Crossread
