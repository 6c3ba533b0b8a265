// SPDX-License-Identifier: GPL-3.0-or-later
//
// Why libgumbo rather than libxml2's HTML parser: gumbo implements the WHATWG HTML5 tree
// construction algorithm (the html5lib test suite passes), so a saved page gets exactly the tree
// a browser builds from it — misnested formatting tags, missing </p>, stray </div>, tables
// fostering their content — and it never gives up on broken markup. libxml2's HTMLparser is an
// HTML 4 era parser with its own error recovery: it drops or re-nests elements differently from
// browsers, does not know HTML5 elements (<article>, <main>, <figure> ...), which are exactly the
// elements reader modes depend on.
#include "htmltree.h"

#include "inputlimits.h"

#include <QCoreApplication>
#include <QHash>

#include <cstdlib>
#include <cstring>
#include <vector>

namespace Crossread {
namespace {

/// Gumbo 0.10 frees its tree with a recursive walk, which a deep enough page turns into a stack
/// overflow. Every block gumbo allocates is therefore linked into this list, and the whole parse
/// is released by walking the list: no gumbo_destroy_output(), no recursion. Blocks gumbo frees
/// while parsing (grown buffers, discarded tokens) are unlinked and freed at once.
class GumboHeap {
public:
    GumboHeap() = default;
    GumboHeap(const GumboHeap &) = delete;
    GumboHeap &operator=(const GumboHeap &) = delete;
    ~GumboHeap()
    {
        Block *block = m_head.next;
        while (block != &m_head) {
            Block *next = block->next;
            std::free(block);
            block = next;
        }
    }

    static void *allocate(void *userData, size_t size)
    {
        auto *heap = static_cast<GumboHeap *>(userData);
        auto *block = static_cast<Block *>(std::malloc(sizeof(Block) + size));
        Q_CHECK_PTR(block);
        block->prev = &heap->m_head;
        block->next = heap->m_head.next;
        heap->m_head.next->prev = block;
        heap->m_head.next = block;
        return block + 1;
    }

    static void deallocate(void *, void *pointer)
    {
        if (!pointer)
            return;
        Block *block = static_cast<Block *>(pointer) - 1;
        block->prev->next = block->next;
        block->next->prev = block->prev;
        std::free(block);
    }

private:
    struct alignas(std::max_align_t) Block {
        Block *prev;
        Block *next;
    };
    Block m_head{&m_head, &m_head};
};

QString fromPiece(const GumboStringPiece &piece)
{
    return QString::fromUtf8(piece.data, qsizetype(piece.length));
}

QString customTagName(const GumboElement &element)
{
    GumboStringPiece piece = element.original_tag;
    if (!piece.data || piece.length == 0)
        return {};
    gumbo_tag_from_original_text(&piece);
    return fromPiece(piece).toLower();
}

bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// --- byte-level scanning helpers for the charset sniffer and the nesting estimate ---

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool startsWithNoCase(QByteArrayView bytes, qsizetype at, QByteArrayView prefix)
{
    if (at + prefix.size() > bytes.size())
        return false;
    for (qsizetype k = 0; k < prefix.size(); ++k) {
        if (lowerAscii(bytes[at + k]) != prefix[k])
            return false;
    }
    return true;
}

/// Index just past the '>' closing the tag that starts at `from`, honouring quoted attribute
/// values; bytes.size() when the tag never closes.
qsizetype tagEnd(QByteArrayView bytes, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            // Only a quote right after '=' (possibly spaced) opens an attribute value.
            qsizetype k = i - 1;
            while (k > from && (bytes[k] == ' ' || bytes[k] == '\t' || bytes[k] == '\n'))
                --k;
            if (bytes[k] == '=')
                quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return bytes.size();
}

qsizetype skipComment(QByteArrayView bytes, qsizetype from)
{
    const qsizetype close = bytes.indexOf("-->", from + 4);
    return close < 0 ? bytes.size() : close + 3;
}

/// Finds "</name" (ASCII case-insensitive) from `from`; bytes.size() when absent.
qsizetype findEndTag(QByteArrayView bytes, qsizetype from, QByteArrayView name)
{
    for (qsizetype i = bytes.indexOf('<', from); i >= 0; i = bytes.indexOf('<', i + 1)) {
        if (i + 1 < bytes.size() && bytes[i + 1] == '/' && startsWithNoCase(bytes, i + 2, name))
            return i;
    }
    return bytes.size();
}

bool inList(QByteArrayView name, std::initializer_list<QByteArrayView> list)
{
    for (QByteArrayView item : list) {
        if (name == item)
            return true;
    }
    return false;
}

bool isVoidOrSelfClosing(QByteArrayView name)
{
    // Void elements, and elements whose end tag HTML makes optional: a browser closes these
    // by itself, so they never pile up.
    return inList(name, {"area", "base", "br", "col", "embed", "hr", "img", "image", "input", "link",
                         "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound",
                         "frame", "isindex", "p", "li", "dt", "dd", "option", "optgroup", "rb",
                         "rt", "rtc", "rp", "tr", "td", "th", "tbody", "thead", "tfoot",
                         "colgroup", "caption", "html", "head", "body"});
}

bool isRawText(QByteArrayView name)
{
    return inList(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                         "noframes", "noscript"});
}

/// Where the script that starts at `from` ends: the "</script" that the HTML tokenizer's script
/// data states accept, "<!--" escapes and "<script" double escapes included. bytes.size() when
/// it never ends.
qsizetype scriptEnd(QByteArrayView bytes, qsizetype from)
{
    const qsizetype n = bytes.size();
    auto delimited = [&](qsizetype at) {
        if (at >= n)
            return false;
        const char c = bytes[at];
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '/' || c == '>';
    };
    enum class State { Data, Escaped, DoubleEscaped } state = State::Data;
    for (qsizetype i = from; i < n; ++i) {
        const char c = bytes[i];
        if (c == '<') {
            if (i + 1 < n && bytes[i + 1] == '/' && startsWithNoCase(bytes, i + 2, "script") && delimited(i + 8)) {
                if (state != State::DoubleEscaped)
                    return i;
                state = State::Escaped;
                i += 7;
            } else if (state == State::Data && bytes.sliced(i).startsWith("<!--")) {
                state = State::Escaped;
                i += 3;
            } else if (state == State::Escaped && startsWithNoCase(bytes, i + 1, "script") && delimited(i + 7)) {
                state = State::DoubleEscaped;
                i += 6;
            }
        } else if (c == '-' && state != State::Data && bytes.sliced(i).startsWith("-->")) {
            state = State::Data;
            i += 2;
        }
    }
    return n;
}

} // namespace


QString HtmlNode::attribute(QLatin1StringView attributeName) const
{
    for (const auto &[key, value] : attributes) {
        if (key == attributeName)
            return value;
    }
    return {};
}

bool HtmlNode::hasAttribute(QLatin1StringView attributeName) const
{
    for (const auto &attribute : attributes) {
        if (attribute.first == attributeName)
            return true;
    }
    return false;
}

qint32 HtmlTree::find(GumboTag tag, qint32 from) const
{
    for (qint32 i = from; i < nodes.size(); ++i) {
        if (nodes[i].is(tag))
            return i;
    }
    return -1;
}

QString HtmlTree::textOf(qint32 node) const
{
    QString out;
    bool pendingSpace = false;
    const qint32 end = nodes[node].end;
    for (qint32 i = node; i < end; ++i) {
        const HtmlNode &n = nodes[i];
        if (n.is(GUMBO_TAG_SCRIPT) || n.is(GUMBO_TAG_STYLE) || n.is(GUMBO_TAG_TEMPLATE)) {
            i = n.end - 1;
            continue;
        }
        if (n.is(GUMBO_TAG_BR)) {
            pendingSpace = true;
            continue;
        }
        if (!n.isText())
            continue;
        for (QChar c : n.text) {
            if (isAsciiSpace(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace && !out.isEmpty())
                    out += u' ';
                pendingSpace = false;
                out += c;
            }
        }
    }
    return out;
}

int estimateHtmlNesting(QByteArrayView bytes, int limit)
{
    std::vector<QByteArray> open;
    QHash<QByteArray, int> openCount;
    int deepest = 0;
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        i = bytes.indexOf('<', i);
        if (i < 0 || i + 1 >= n)
            break;
        const char next = bytes[i + 1];
        if (next == '!') {
            i = startsWithNoCase(bytes, i, "<!--") ? skipComment(bytes, i) : tagEnd(bytes, i + 2);
            continue;
        }
        if (next == '?') {
            i = tagEnd(bytes, i + 2);
            continue;
        }
        const bool closing = next == '/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(bytes[nameStart])) {
            ++i;   // a '<' in text
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && nameEnd - nameStart < 64) {
            const char c = bytes[nameEnd];
            if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
                break;
            ++nameEnd;
        }
        QByteArray name = bytes.sliced(nameStart, nameEnd - nameStart).toByteArray().toLower();
        const qsizetype end = tagEnd(bytes, nameEnd);
        if (closing) {
            // An end tag closes its element and everything opened inside it; an end tag for
            // nothing open is ignored, as the tree builder does.
            if (openCount.value(name) > 0) {
                while (!open.empty()) {
                    QByteArray top = std::move(open.back());
                    open.pop_back();
                    --openCount[top];
                    if (top == name)
                        break;
                }
            }
            i = end;
            continue;
        }
        if (name == "plaintext")
            break;
        if (isRawText(name)) {
            i = findEndTag(bytes, end, name);
            continue;
        }
        const bool selfClosing = end >= 2 && end <= n && bytes[end - 2] == '/';
        if (!selfClosing && !isVoidOrSelfClosing(name)) {
            ++openCount[name];
            open.push_back(std::move(name));
            deepest = std::max(deepest, int(open.size()));
            if (deepest > limit)
                return deepest;
        }
        i = end;
    }
    return deepest;
}

QByteArray withoutScriptText(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    const qsizetype n = bytes.size();
    qsizetype copied = 0;   // bytes before this are in `out` or dropped
    qsizetype i = 0;
    while (i < n) {
        i = bytes.indexOf('<', i);
        if (i < 0 || i + 1 >= n)
            break;
        const char next = bytes[i + 1];
        if (next == '!') {
            if (bytes.sliced(i).startsWith("<!--"))
                i = skipComment(bytes, i);
            else if (bytes.sliced(i).startsWith("<![CDATA[")) {
                const qsizetype close = bytes.indexOf("]]>", i + 9);
                i = close < 0 ? n : close + 3;
            } else {
                i = tagEnd(bytes, i + 2);
            }
            continue;
        }
        if (next == '?' || next == '/') {
            i = tagEnd(bytes, i + 2);
            continue;
        }
        if (!isAsciiLetter(next)) {
            ++i;
            continue;
        }
        qsizetype nameEnd = i + 1;
        while (nameEnd < n && nameEnd - i < 64 && isAsciiLetter(bytes[nameEnd]))
            ++nameEnd;
        const QByteArray name = bytes.sliced(i + 1, nameEnd - i - 1).toByteArray().toLower();
        const qsizetype end = tagEnd(bytes, nameEnd);
        if (name == "plaintext")
            break;
        qsizetype contentEnd = -1;
        if (name == "script") {
            const QByteArray tag = bytes.sliced(i, end - i).toByteArray().toLower();
            contentEnd = scriptEnd(bytes, end);
            if (tag.contains("ld+json")) {
                i = contentEnd;   // JSON-LD is kept: it is the page's metadata
                continue;
            }
        } else if (name == "style") {
            contentEnd = findEndTag(bytes, end, "style");
        } else if (isRawText(name)) {
            i = findEndTag(bytes, end, name);
            continue;
        }
        if (contentEnd >= 0) {
            out.append(bytes.sliced(copied, end - copied));
            copied = contentEnd;
            i = contentEnd;
            continue;
        }
        i = end;
    }
    out.append(bytes.sliced(copied));
    return out;
}

QByteArray sniffHtmlCharset(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    auto valueAfter = [&](qsizetype at, qsizetype limit) {
        while (at < limit && (head[at] == ' ' || head[at] == '=' || head[at] == '"' || head[at] == '\''))
            ++at;
        qsizetype stop = at;
        while (stop < limit && head[stop] != '"' && head[stop] != '\'' && head[stop] != ';'
               && head[stop] != ' ' && head[stop] != '>' && head[stop] != '/')
            ++stop;
        return head.sliced(at, stop - at).toByteArray().trimmed().toLower();
    };
    if (startsWithNoCase(head, 0, "<?xml")) {
        const qsizetype end = tagEnd(head, 0);
        for (qsizetype k = 0; k + 8 < end; ++k) {
            if (startsWithNoCase(head, k, "encoding"))
                return valueAfter(k + 8, end);
        }
    }
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head[i] != '<')
            continue;
        if (startsWithNoCase(head, i, "<!--")) {
            i = skipComment(head, i) - 1;
            continue;
        }
        if (!startsWithNoCase(head, i, "<meta"))
            continue;
        const qsizetype end = tagEnd(head, i + 5);
        // Both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html;
        // charset=x"> carry the label right after the word "charset".
        for (qsizetype k = i + 5; k + 7 < end; ++k) {
            if (startsWithNoCase(head, k, "charset")) {
                QByteArray label = valueAfter(k + 7, end);
                if (!label.isEmpty()) {
                    // The HTML standard: a page that declares UTF-16 in ASCII-compatible bytes
                    // is really UTF-8.
                    if (label.startsWith("utf-16"))
                        return QByteArrayLiteral("utf-8");
                    return label;
                }
            }
        }
        i = end - 1;
    }
    return {};
}

Expected<HtmlTree, QString> parseHtml(QByteArrayView utf8)
{
    auto tooDeep = [] {
        return QCoreApplication::translate("Crossread::Import",
                                           "the page nests elements more than %1 levels deep")
            .arg(Limits::maxHtmlDepth);
    };
    // The tree builder looks through the stack of open elements for many tags, so absurd
    // nesting costs it quadratic time; refuse such input before parsing it.
    if (estimateHtmlNesting(utf8, Limits::maxHtmlDepth) > Limits::maxHtmlDepth)
        return tooDeep();
    const QByteArray markup = withoutScriptText(utf8);

    GumboHeap heap;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &GumboHeap::allocate;
    options.deallocator = &GumboHeap::deallocate;
    options.userdata = &heap;
    options.max_errors = 0;   // parse errors are of no use here and cost memory
    const GumboOutput *output = gumbo_parse_with_options(&options, markup.constData(), size_t(markup.size()));
    if (!output || !output->root)
        return QCoreApplication::translate("Crossread::Import", "the HTML parser returned no document");

    HtmlTree tree;
    tree.nodes.reserve(qsizetype(markup.size() / 40) + 16);

    struct Frame {
        const GumboNode *node;
        unsigned next;
        qint32 index;
    };
    std::vector<Frame> stack;

    auto addElement = [&](const GumboNode *node, qint32 parent) {
        HtmlNode element;
        element.type = HtmlNode::Type::Element;
        element.tag = node->v.element.tag;
        element.parent = parent;
        element.depth = int(stack.size());
        if (element.tag == GUMBO_TAG_UNKNOWN)
            element.name = customTagName(node->v.element);
        const GumboVector &attributes = node->v.element.attributes;
        element.attributes.reserve(attributes.length);
        for (unsigned k = 0; k < attributes.length; ++k) {
            const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[k]);
            element.attributes.append({QString::fromUtf8(attribute->name).toLower(),
                                       QString::fromUtf8(attribute->value)});
        }
        const auto index = qint32(tree.nodes.size());
        element.end = index + 1;
        tree.nodes.append(std::move(element));
        return index;
    };

    stack.push_back({output->root, 0, addElement(output->root, -1)});
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboVector &children = frame.node->v.element.children;
        if (frame.next >= children.length) {
            tree.nodes[frame.index].end = qint32(tree.nodes.size());
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[frame.next++]);
        const qint32 parent = frame.index;
        switch (child->type) {
        case GUMBO_NODE_ELEMENT: {
            if (int(stack.size()) >= Limits::maxHtmlDepth)
                return tooDeep();
            const qint32 index = addElement(child, parent);
            if (child->v.element.children.length > 0)
                stack.push_back({child, 0, index});
            break;
        }
        case GUMBO_NODE_TEMPLATE: {
            // A template's content is inert: never rendered, so never article text.
            HtmlNode element;
            element.tag = GUMBO_TAG_TEMPLATE;
            element.parent = parent;
            element.depth = int(stack.size());
            element.end = qint32(tree.nodes.size()) + 1;
            tree.nodes.append(std::move(element));
            break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE: {
            HtmlNode text;
            text.type = HtmlNode::Type::Text;
            text.parent = parent;
            text.depth = int(stack.size());
            text.text = QString::fromUtf8(child->v.text.text);
            text.end = qint32(tree.nodes.size()) + 1;
            tree.nodes.append(std::move(text));
            break;
        }
        case GUMBO_NODE_DOCUMENT:
        case GUMBO_NODE_COMMENT:
            break;
        }
    }
    return tree;
}

} // namespace Crossread
