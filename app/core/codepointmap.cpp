// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codepointmap.h"

#include <algorithm>

namespace Crossread {

CodePointMap::CodePointMap(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_lowSurrogates.append(i + 1);
            ++i;
        }
    }
}

qsizetype CodePointMap::toCodePoint(qsizetype utf16Offset) const
{
    // Each low surrogate before the offset is a code unit that does not start a code point.
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Offset);
    return utf16Offset - (before - m_lowSurrogates.cbegin());
}

qsizetype CodePointMap::toUtf16(qsizetype codePointOffset) const
{
    qsizetype offset = codePointOffset;
    for (qsizetype low : m_lowSurrogates) {
        if (low <= offset)
            ++offset;
        else
            break;
    }
    return offset;
}

} // namespace Crossread
