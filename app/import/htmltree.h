// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <gumbo.h>

namespace Crossread {

/// One element or text node of a parsed page. Nodes are stored in document (pre-)order, so the
/// descendants of node i are exactly the nodes in [i + 1, end): every walk over a subtree is a
/// plain loop, and bottom-up sums are one reverse loop; nothing needs recursion.
struct HtmlNode {
    enum class Type : quint8 { Element, Text };

    Type type = Type::Element;
    GumboTag tag = GUMBO_TAG_UNKNOWN;   ///< GUMBO_TAG_UNKNOWN for text and custom elements
    qint32 parent = -1;
    qint32 end = 0;                     ///< one past the last descendant
    qint32 depth = 0;
    QString text;                       ///< text nodes: decoded text, whitespace as in the source
    QString name;                       ///< lower-case tag name of custom elements ("amp-img")
    QList<std::pair<QString, QString>> attributes;   ///< names lower-cased, in source order

    [[nodiscard]] bool isElement() const { return type == Type::Element; }
    [[nodiscard]] bool isText() const { return type == Type::Text; }
    [[nodiscard]] bool is(GumboTag t) const { return type == Type::Element && tag == t; }
    /// The attribute's value; empty when the element has no such attribute.
    [[nodiscard]] QString attribute(QLatin1StringView attributeName) const;
    [[nodiscard]] bool hasAttribute(QLatin1StringView attributeName) const;
};

/// A page parsed by an HTML5 parser, reduced to elements and text (comments, doctype and
/// <template> contents are left out). Node 0 is the <html> element.
struct HtmlTree {
    QList<HtmlNode> nodes;

    [[nodiscard]] qsizetype size() const { return nodes.size(); }
    [[nodiscard]] const HtmlNode &operator[](qsizetype i) const { return nodes[i]; }
    /// Index of the first element with this tag, or -1.
    [[nodiscard]] qint32 find(GumboTag tag, qint32 from = 0) const;
    /// The text of a subtree, whitespace collapsed to single spaces and trimmed.
    [[nodiscard]] QString textOf(qint32 node) const;
};

/// Parses UTF-8 HTML the way a browser does. Fails with a translated reason when the page nests
/// elements deeper than Limits::maxHtmlDepth. Thread-safe.
[[nodiscard]] Expected<HtmlTree, QString> parseHtml(QByteArrayView utf8);

/// The charset a page declares in its first bytes: <meta charset>, <meta http-equiv=
/// "Content-Type" content="...; charset=...">, or an XML declaration's encoding. Empty if none.
[[nodiscard]] QByteArray sniffHtmlCharset(QByteArrayView bytes);

/// The page without the text of its <style> elements and of its <script> elements other than
/// JSON-LD: about half the bytes of a news page, never rendered, and the part the parser is
/// slowest on (each character of a script passes through its tokenizer). The elements' tags
/// stay, so the tree differs only by those text nodes. A script ends where the HTML
/// tokenizer ends it, "<!--" escapes included; comments, CDATA and other raw-text elements
/// are copied as they are.
[[nodiscard]] QByteArray withoutScriptText(QByteArrayView bytes);

/// The markup with the work it can cause a tree builder bounded: formatting elements (<b>,
/// <font>, <a> ...) beyond 16 left open at once are left out with their end tags, and
/// attributes beyond 256 on one element are cut. Linear in the input; the text is unchanged.
[[nodiscard]] QByteArray boundedMarkup(QByteArrayView bytes);

/// An upper estimate of how deeply the markup nests elements, from a linear scan that skips
/// comments, raw-text elements (script, style ...) and void elements (none inside SVG and
/// MathML), and closes elements whose end tag HTML makes optional as the next one of their
/// kind opens ("<li>a<li>b"). Stops counting once `limit` is exceeded.
[[nodiscard]] int estimateHtmlNesting(QByteArrayView bytes, int limit);

} // namespace Crossread
