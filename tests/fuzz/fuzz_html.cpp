// SPDX-License-Identifier: GPL-3.0-or-later
// HTML import: charset sniffing, the script stripper and nesting estimate, the HTML5 tree,
// metadata (meta tags, JSON-LD, microdata, dates, site names) and main-text extraction, then the
// whole importer.
#include "fuzzcheck.h"

#include "import/htmlextractor.h"
#include "import/htmlmetadata.h"
#include "import/htmltree.h"
#include "import/importer.h"
#include "core/inputlimits.h"

using namespace Crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    (void)sniffHtmlCharset(bytes);
    (void)estimateHtmlNesting(bytes, Limits::maxHtmlDepth);
    const QByteArray stripped = withoutScriptText(bytes);
    Fuzz::require(stripped.size() <= bytes.size(), "removing script text made the page longer");

    const Expected<HtmlTree, QString> tree = parseHtml(bytes);
    if (tree) {
        const HtmlTree &nodes = tree.value();
        for (qint32 i = 0; i < nodes.size(); ++i) {
            const HtmlNode &node = nodes[i];
            Fuzz::require(node.end > i && node.end <= nodes.size(), "subtree end out of range");
            Fuzz::require(node.parent < i, "parent after child");
        }
        const HtmlMetadata meta = extractHtmlMetadata(nodes);
        (void)extractMainText(nodes, meta);
        (void)stripSiteName(meta.title, meta.outlet, meta.url);
        (void)parsePublishedDate(QString::fromUtf8(bytes.left(256)));
    } else {
        Fuzz::require(!tree.error().isEmpty(), "a parse error without a reason");
    }

    const ImportSource source{bytes, QStringLiteral("fuzz.html"), FormatHint::Html};
    const ImportResult result = importerFor(SourceFormat::Html).read(source);
    if (result)
        Fuzz::checkArticle(result.value());
    else
        Fuzz::require(!result.error().reason.isEmpty(), "an import error without a reason");
    return 0;
}
