// SPDX-License-Identifier: GPL-3.0-or-later
//
// Why libgumbo rather than libxml2's HTML parser: gumbo implements the WHATWG HTML5 tree
// construction algorithm (the html5lib test suite passes), so a saved page gets exactly the tree
// a browser builds from it — misnested formatting tags, missing </p>, stray </div>, tables
// fostering their content — and it never gives up on broken markup. libxml2's HTMLparser is an
// HTML 4 era parser with its own error recovery: it drops or re-nests elements differently from
// browsers, does not know HTML5 elements (<article>, <main>, <figure> ...), which are exactly the
// elements reader modes depend on.
#include "import/htmltree.h"

#include "core/inputlimits.h"

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
    // Void elements, and the document's own frame, which is only ever opened once.
    return inList(name, {"area", "base", "br", "col", "embed", "hr", "img", "image", "input", "link",
                         "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound",
                         "frame", "isindex", "html", "head", "body"});
}

/// Elements whose end tag HTML makes optional, by the group whose next start tag closes them
/// ("<li>a<li>b": the second item closes the first); 0 for other elements. They are counted
/// while open: an end tag "</p>" closes the <span> left open inside the paragraph.
int optionalEndGroup(QByteArrayView name)
{
    if (name == "p")
        return 1;
    if (name == "li")
        return 2;
    if (inList(name, {"dt", "dd"}))
        return 3;
    if (inList(name, {"option", "optgroup"}))
        return 4;
    if (inList(name, {"td", "th"}))
        return 5;
    if (name == "tr")
        return 6;
    if (inList(name, {"rb", "rt", "rtc", "rp"}))
        return 7;
    if (inList(name, {"tbody", "thead", "tfoot", "colgroup", "caption"}))
        return 8;
    return 0;
}

/// HTML elements whose start tag ends SVG or MathML content (the "breakout" list of the HTML
/// standard's rules for foreign content).
bool breaksOutOfForeignContent(QByteArrayView name)
{
    return inList(name, {"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt",
                         "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
                         "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span",
                         "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var"});
}

/// The formatting elements of the HTML standard: while one is open without its end tag, the
/// tree builder re-creates it inside every later block ("reconstruct the active formatting
/// elements").
bool isFormattingElement(QByteArrayView name)
{
    return inList(name, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
                         "tt", "u"});
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

/// One tag found by scanTag().
struct ScannedTag {
    qsizetype start = -1;     ///< the '<'; -1 when the markup has no further tag
    qsizetype nameEnd = 0;
    qsizetype end = 0;        ///< one past the '>'
    QByteArray name;          ///< lower case
    bool closing = false;
};

/// The next start or end tag at or after `from`, skipping comments, doctypes and processing
/// instructions, and '<' in text. Raw-text elements are the caller's to skip.
ScannedTag scanTag(QByteArrayView bytes, qsizetype from)
{
    const qsizetype n = bytes.size();
    qsizetype i = from;
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
        ScannedTag tag;
        tag.closing = next == '/';
        const qsizetype nameStart = i + (tag.closing ? 2 : 1);
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
        tag.start = i;
        tag.nameEnd = nameEnd;
        tag.name = bytes.sliced(nameStart, nameEnd - nameStart).toByteArray().toLower();
        tag.end = tagEnd(bytes, nameEnd);
        return tag;
    }
    return {};
}

int estimateHtmlNesting(QByteArrayView bytes, int limit)
{
    std::vector<QByteArray> open;
    QHash<QByteArray, int> openCount;
    int deepest = 0;
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        ScannedTag tag = scanTag(bytes, i);
        if (tag.start < 0)
            break;
        const bool closing = tag.closing;
        QByteArray name = std::move(tag.name);
        const qsizetype end = tag.end;
        const auto popThrough = [&](auto matches) {
            while (!open.empty()) {
                QByteArray top = std::move(open.back());
                open.pop_back();
                --openCount[top];
                if (matches(top))
                    break;
            }
        };
        const bool foreign = openCount.value("svg") > 0 || openCount.value("math") > 0;
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
        if (foreign && breaksOutOfForeignContent(name)) {
            // Back to HTML: the SVG or MathML elements are closed.
            popThrough([](const QByteArray &top) { return top == "svg" || top == "math"; });
            if (openCount.value("svg") > 0 || openCount.value("math") > 0)
                popThrough([](const QByteArray &top) { return top == "svg" || top == "math"; });
        }
        // Inside SVG and MathML no element is void: only "/>" closes one at once.
        const bool inForeign = openCount.value("svg") > 0 || openCount.value("math") > 0;
        if (const int group = inForeign ? 0 : optionalEndGroup(name); group > 0) {
            // "<li>" closes an open item (and what was left open inside it).
            // Only within its list, table or other scope: "<ul><li>a<ul><li>b" nests the items.
            bool openInGroup = false;
            for (auto it = open.crbegin(); it != open.crend(); ++it) {
                if (optionalEndGroup(*it) == group) {
                    openInGroup = true;
                    break;
                }
                // Table parts close each other up to their table ("<tr>" ends an open cell).
                const bool tablePart = group == optionalEndGroup("td") || group == optionalEndGroup("tr");
                if (tablePart ? *it == "table"
                              : inList(*it, {"ul", "ol", "dl", "table", "td", "th", "caption", "select", "button",
                                             "applet", "object", "marquee", "template", "svg", "math"}))
                    break;
            }
            if (openInGroup)
                popThrough([group](const QByteArray &top) { return optionalEndGroup(top) == group; });
        }
        if (!selfClosing && (inForeign || !isVoidOrSelfClosing(name))) {
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

QByteArray boundedMarkup(QByteArrayView bytes)
{
    // Formatting elements left open at once: real pages leave a few <font> or <a> open; each
    // open one costs the tree builder a copy in every later block, so thousands cost it
    // quadratic time and memory ("<div><b id=1>w</div><div><b id=2>w</div>...").
    constexpr int maxOpenFormatting = 16;
    // Attributes of one element: the parser checks each new attribute against the earlier ones.
    constexpr int maxAttributes = 256;

    QByteArray out;
    const qsizetype n = bytes.size();
    qsizetype copied = 0;   // bytes before this are in `out` or dropped
    const auto copyUpTo = [&](qsizetype at) {
        if (out.isEmpty() && copied == 0)
            out.reserve(n);
        out.append(bytes.sliced(copied, at - copied));
    };
    QHash<QByteArray, int> openFormatting;   // formatting start tags kept and not yet ended
    QHash<QByteArray, int> dropped;          // start tags left out, whose end tags go too
    int open = 0;
    qsizetype i = 0;
    while (i < n) {
        const ScannedTag tag = scanTag(bytes, i);
        if (tag.start < 0)
            break;
        i = tag.start;
        const bool closing = tag.closing;
        const QByteArray &name = tag.name;
        const qsizetype nameEnd = tag.nameEnd;
        const qsizetype end = tag.end;
        if (!closing && name == "plaintext")
            break;
        if (!closing && isRawText(name)) {
            i = findEndTag(bytes, end, name);
            continue;
        }
        if (isFormattingElement(name)) {
            if (closing && dropped.value(name) > 0) {
                copyUpTo(i);
                copied = end;
                --dropped[name];
            } else if (closing && openFormatting.value(name) > 0) {
                --openFormatting[name];
                --open;
            } else if (!closing && open >= maxOpenFormatting) {
                copyUpTo(i);
                copied = end;
                ++dropped[name];
            } else if (!closing) {
                ++openFormatting[name];
                ++open;
            }
        }
        if (!closing) {
            // Count the attributes; past the limit, the tag ends where the last kept one ends.
            int attributes = 0;
            qsizetype k = nameEnd;
            qsizetype cut = -1;
            while (k < end - 1) {
                while (k < end - 1 && (bytes[k] == ' ' || bytes[k] == '\t' || bytes[k] == '\n' || bytes[k] == '\r'
                                       || bytes[k] == '\f' || bytes[k] == '/'))
                    ++k;
                if (k >= end - 1)
                    break;
                if (++attributes > maxAttributes) {
                    cut = k;
                    break;
                }
                while (k < end - 1 && bytes[k] != '=' && bytes[k] != ' ' && bytes[k] != '\t' && bytes[k] != '\n'
                       && bytes[k] != '\r' && bytes[k] != '\f' && bytes[k] != '/')
                    ++k;
                while (k < end - 1 && (bytes[k] == ' ' || bytes[k] == '\t' || bytes[k] == '\n'))
                    ++k;
                if (k < end - 1 && bytes[k] == '=') {
                    ++k;
                    while (k < end - 1 && (bytes[k] == ' ' || bytes[k] == '\t' || bytes[k] == '\n'))
                        ++k;
                    if (k < end - 1 && (bytes[k] == '"' || bytes[k] == '\'')) {
                        const char quote = bytes[k];
                        const qsizetype close = bytes.indexOf(quote, k + 1);
                        k = close < 0 || close >= end ? end - 1 : close + 1;
                    } else {
                        while (k < end - 1 && bytes[k] != ' ' && bytes[k] != '\t' && bytes[k] != '\n'
                               && bytes[k] != '\r' && bytes[k] != '\f')
                            ++k;
                    }
                }
            }
            if (cut >= 0 && copied <= i) {
                copyUpTo(cut);
                out.append('>');
                copied = end;
            }
        }
        i = end;
    }
    if (copied == 0)
        return bytes.toByteArray();
    copyUpTo(n);
    return out;
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
    const QByteArray markup = boundedMarkup(withoutScriptText(utf8));

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
