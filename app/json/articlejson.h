// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Crossread {

struct Article;
class CodePointMap;

/// One article as the JSON contract writes it (`analyse` and `extract --json`): id, file,
/// outlet, headline, author, published (ISO cut to its precision, or null), url, boilerplate
/// spans as [start, end) code-point pairs from `codePoints`, and the text when `withText`.
[[nodiscard]] QJsonObject articleToJson(const Article &article, int id, const CodePointMap &codePoints,
                                        bool withText);

} // namespace Crossread
