// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QList>
#include <QString>

namespace Crossread {

/// Converts UTF-16 offsets of one text into Unicode code-point offsets, as the JSON contract of
/// `crossread analyse` requires. Texts without surrogate pairs (almost all news text) map 1:1
/// and cost nothing; otherwise lookups are a binary search over the surrogate positions.
class CodePointMap {
public:
    CodePointMap() = default;
    explicit CodePointMap(const QString &text);

    [[nodiscard]] qsizetype toCodePoint(qsizetype utf16Offset) const;
    [[nodiscard]] qsizetype toUtf16(qsizetype codePointOffset) const;
    [[nodiscard]] TextSpan toCodePoints(TextSpan utf16Span) const
    {
        return {toCodePoint(utf16Span.start), toCodePoint(utf16Span.end)};
    }

private:
    QList<qsizetype> m_lowSurrogates;   ///< UTF-16 offsets of the second unit of each pair
};

} // namespace Crossread
