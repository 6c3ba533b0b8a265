// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/segmentation.h"

#include <QList>
#include <QStringView>

#include <algorithm>

namespace Crossread::Detail {

/// A 64-bit key for a normalised token: FNV-1a over the UTF-16 units
/// (Fowler, Noll, Vo; http://www.isthe.com/chongo/tech/comp/fnv/). Unlike qHash it does not
/// depend on a per-process seed or on the CPU's AES support, so anything ordered by keys is
/// ordered the same way in every run; at 64 bits, collisions among a story's few thousand
/// distinct words are vanishingly unlikely.
[[nodiscard]] inline quint64 tokenKey(QStringView normalised, quint64 salt = 0)
{
    quint64 hash = 14695981039346656037ULL ^ salt;
    for (QChar c : normalised) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

/// Tokens that carry the wording of a sentence for diffs: punctuation and quotation marks are
/// left out, so a changed comma neither breaks an "identical" status nor clutters a diff.
[[nodiscard]] inline bool isWordingToken(const Token &token)
{
    return token.kind != TokenKind::Punctuation && token.kind != TokenKind::Quote;
}

/// Indices of the wording tokens that lie inside `span`.
[[nodiscard]] inline QList<qsizetype> wordingTokensIn(const Segmentation &segmentation, TextSpan span)
{
    const QList<Token> &tokens = segmentation.tokens;
    auto it = std::lower_bound(tokens.cbegin(), tokens.cend(), span.start,
                               [](const Token &token, qsizetype position) { return token.span.start < position; });
    QList<qsizetype> indices;
    for (; it != tokens.cend() && it->span.end <= span.end; ++it) {
        if (isWordingToken(*it))
            indices.append(it - tokens.cbegin());
    }
    return indices;
}

} // namespace Crossread::Detail
