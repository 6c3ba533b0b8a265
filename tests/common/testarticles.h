// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDate>
#include <QStringList>

namespace Crossread::Test {

/// An article whose text is `text`, split into paragraphs at blank lines, published on
/// `published` (day precision; none when invalid), as the fact and review suites build them.
[[nodiscard]] Article articleFromText(const QString &text, QDate published = QDate(2023, 4, 19));

/// An article made of `paragraphs` joined by blank lines, with outlet `outlet`. A paragraph
/// starting with "[ad] " is marked as advertisement boilerplate (the marker is not kept).
[[nodiscard]] Article articleFromParagraphs(const QStringList &paragraphs,
                                            const QString &outlet = QStringLiteral("Outlet"));

/// An article of `outlet` holding `text` exactly, paragraphs split at blank lines, with the
/// bytes and content hash an import of that text gives (anchors and sessions need the hash).
[[nodiscard]] Article hashedArticle(const QString &outlet, const QString &text);

} // namespace Crossread::Test
