// SPDX-License-Identifier: GPL-3.0-or-later
// What an element of a page is, from its tag and the words of its class, id, role, itemprop and
// component names: the first step of main-text extraction (htmlextractor.cpp). Private to
// app/import/.
#pragma once

#include "core/article.h"
#include "import/htmltree.h"

namespace Crossread::HtmlText {

using BK = BoilerplateKind;


enum class Role : quint8 { Neutral, Positive, Drop, Mark };

struct Hint {
    Role role = Role::Neutral;
    BoilerplateKind kind = BoilerplateKind::None;
    bool firm = false;   ///< comments: furniture whatever their size
};

/// The role the element's names give it (Neutral when none).
[[nodiscard]] Hint hintFor(const HtmlNode &node);
/// Hidden by its attributes (hidden, aria-hidden, display:none): never text of the article.
[[nodiscard]] bool isHidden(const HtmlNode &node);
/// A table of data (rows of cells read as lines), not a layout table.
[[nodiscard]] bool isDataTable(const HtmlTree &tree, qint32 table);
/// Elements whose content is never text (scripts, styles, media, forms' controls).
[[nodiscard]] bool isSkipped(GumboTag tag);
[[nodiscard]] bool isBlockLevel(GumboTag tag);
[[nodiscard]] bool isHeading(GumboTag tag);
/// Structural page furniture: dropped wherever it is, as reader modes do.
[[nodiscard]] bool isFurnitureTag(GumboTag tag);

} // namespace Crossread::HtmlText
