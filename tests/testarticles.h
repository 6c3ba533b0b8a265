// SPDX-License-Identifier: GPL-3.0-or-later
// Articles made in memory for tests: text, bytes and hash as an import would give them.
#pragma once

#include "core/article.h"
#include "core/paragraphs.h"

#include <QCryptographicHash>

namespace Crossread::TestArticles {

/// An article of `outlet` holding `text` exactly, its paragraphs split as a text import splits
/// them and its content hash that of the text's UTF-8 bytes.
inline Article makeArticle(const QString &outlet, const QString &text)
{
    Article article;
    article.text = text;
    article.originalBytes = text.toUtf8();
    article.contentHash = QCryptographicHash::hash(article.originalBytes, QCryptographicHash::Sha256).toHex();
    article.paragraphs = splitParagraphs(text);
    article.meta.outlet = outlet;
    return article;
}

} // namespace Crossread::TestArticles
