// SPDX-License-Identifier: GPL-3.0-or-later
// The page cut into text blocks as a browser lays them out (block elements, <br><br>, data
// tables as lines of cells), with what the walk knew at each: the second step of main-text
// extraction (htmlextractor.cpp). Private to app/import/.
#pragma once

#include "import/htmlextractor.h"
#include "import/pagehints_p.h"

#include <QList>
#include <QString>

namespace Crossread::HtmlText {


/// What the walk knows about the position of a piece of text.
struct Context {
    qint32 list = -1;                   ///< innermost list
    BoilerplateKind mark = BK::None;
    bool dropped = false;
    bool positive = false;
    bool link = false;
    bool pre = false;
    bool heading = false;
    bool listItem = false;
    qint32 table = -1;                  ///< data table whose rows are lines of text
    bool tableRow = false;
    bool cell = false;                  ///< inside a data table's cell: one line per row
    bool inArticle = false;             ///< inside an <article> element
    bool caption = false;
    qint32 form = -1;                   ///< innermost <form>
};

struct Block {
    QString text;
    qint32 firstNode = 0;
    Context context;
    int chars = 0;        ///< non-space characters
    int linkChars = 0;    ///< of which inside links
    BoilerplateKind mark = BK::None;
    bool emit = true;
    [[nodiscard]] BlockKind kind() const
    {
        if (context.pre)
            return BlockKind::Preformatted;
        if (context.tableRow)
            return BlockKind::TableRow;
        if (context.heading)
            return BlockKind::Heading;
        if (context.listItem)
            return BlockKind::ListItem;
        return BlockKind::Paragraph;
    }
};

/// How hints are used: the first pass drops what class names call furniture; the second, for
/// pages whose first pass found little, ignores those names (a "sidebar" class on the
/// article's own wrapper), as Readability.js retries without its "unlikely candidates" filter,
/// except the firm ones: comments and notices are never the article.
enum class HintUse : quint8 { DropFurniture, IgnoreDropHints, IgnoreAll };

/// Characters of prose (sentences outside links) under each element, measured without hints.
/// A class name that calls an element holding much of the page's prose "ad" or "sidebar" names
/// a layout ("non-ad-column", "advertisement-off-canvas-pusher"), not furniture.
struct ProseMap {
    QList<qint32> below;
    qint32 total = 0;
    /// <main> elements that hold prose. HTML defines <main> as "the dominant contents of the
    /// document": when a page marks one, the article is inside it.
    QList<qint32> mains;
    [[nodiscard]] bool holdsMuchProse(qint32 node) const
    {
        return !below.isEmpty() && below[node] >= 1000 && qint64(below[node]) * 10 >= qint64(total) * 4;
    }
};

/// The blocks of text of the page, in document order.
[[nodiscard]] QList<Block> buildBlocks(const HtmlTree &tree, HintUse use, const ProseMap &prose);

} // namespace Crossread::HtmlText
