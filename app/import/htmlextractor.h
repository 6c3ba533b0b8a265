// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "import/htmlmetadata.h"
#include "import/htmltree.h"

#include <QList>
#include <QString>

namespace Crossread {

enum class BlockKind : quint8 { Paragraph, Heading, ListItem, Preformatted, TableRow };

/// One block of the extracted article as the reader sees it: whitespace collapsed as a browser
/// collapses it, entities decoded, <br> as a line break.
struct ExtractedBlock {
    QString text;
    BlockKind kind = BlockKind::Paragraph;
    BoilerplateKind boilerplate = BoilerplateKind::None;   ///< furniture inside the article
    qint32 list = -1;   ///< items of one list or rows of one table share an id: lines, not paragraphs
    double linkDensity = 0;   ///< share of the characters inside links
    int classScore = 0;       ///< +1 inside an element named as article text ("article-body")
    bool caption = false;     ///< inside <figure> or <figcaption>
};

enum class ExtractionSource : quint8 {
    None,             ///< the page has no article text
    Document,         ///< blocks from the page's markup
    StructuredData,   ///< the markup holds no usable text; the JSON-LD articleBody was used
};

struct ExtractedBody {
    QList<ExtractedBlock> blocks;
    ExtractionSource source = ExtractionSource::None;
};

/// Finds the article's main text the way reader modes do and returns its blocks in order.
/// Pure and thread-safe; see htmlextractor.cpp for the method and its sources.
[[nodiscard]] ExtractedBody extractMainText(const HtmlTree &tree, const HtmlMetadata &meta);

/// An article's text without its boilerplate paragraphs, what `crossread extract` prints and
/// the extraction benchmark scores: paragraphs that were adjacent keep their separator (a list's
/// lines stay lines), others are separated by a blank line.
[[nodiscard]] QString bodyText(const Article &article);

} // namespace Crossread
