// SPDX-License-Identifier: GPL-3.0-or-later
//
// Main-text extraction, the way reader modes find an article in a page.
//
// 1. Every element gets a role from its tag and from the words of its class, id, role,
//    itemprop and component names (the signals Readability.js and trafilatura read): page
//    furniture (nav, aside, footer, comments, sidebars, menus...) is dropped; furniture that sits
//    inside articles (ads, share bars, newsletter boxes, captions, related links, author bios,
//    nested <article>s) is kept but marked. A name is overruled when the element holds much of
//    the page's prose ("non-ad-column"), except for comments.
// 2. The page is cut into text blocks as a browser lays them out (block elements, <br><br>,
//    data tables as lines of cells), each weighted by how much it looks like article prose:
//    text outside links, sentence punctuation, length. Links, dropped furniture and text that
//    says what it is ("Advertisement", cookie notices: boilerplate.h's patterns) weigh against.
// 3. The article is the run of sibling subtrees with the largest total weight: maximum-subarray
//    (Kadane) over the children of every element. This is Pasternack & Roth's "maximum
//    subsequence segmentation" (WWW 2009) restricted to DOM sibling ranges, which also does what
//    Readability calls sibling merging: an article split by ad slots or related boxes stays whole
//    when the parts outweigh what lies between them. HTML's own semantics bound the search: a
//    region lies inside the page's <main> when it has one, and never joins an <article> or
//    <main> with what lies beside it. When the first pass finds little, a second ignores the
//    furniture names.
// 4. When the page carries a JSON-LD articleBody, the publisher's own text, it checks the choice:
//    a region that misses most of it is re-chosen by agreement with it, and if the markup holds
//    no such text at all (script-rendered pages), the articleBody itself becomes the text.
// Only general signals are used; nothing here knows a particular site. Tuned on the 140 pages of
// the extraction benchmark (tests/benchmarks/extraction), whose held-back part checks that the
// rules generalise.
#include "import/htmlextractor.h"

#include "import/boilerplate.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace Crossread {
namespace {

// ---------------------------------------------------------------- element roles from hints ---

enum class Role : quint8 { Neutral, Positive, Drop, Mark };

struct Hint {
    Role role = Role::Neutral;
    BoilerplateKind kind = BoilerplateKind::None;
    bool firm = false;   ///< comments: furniture whatever their size
};

struct WordRule {
    QStringView word;
    Role role;
    BoilerplateKind kind;
    bool firm = false;
};

using BK = BoilerplateKind;

// Words of class names and ids that name a part of a page. Matched as whole words ("ad" matches
// "ad-slot" and "adSlot", never "head" or "load"), or at the ends of a long run-together name
// (see ruleFor).
constexpr WordRule wordRules[] = {
    // Page furniture: never article text.
    {u"comment", Role::Drop, BK::Other, true}, {u"comments", Role::Drop, BK::Other, true},
    {u"commentlist", Role::Drop, BK::Other, true}, {u"disqus", Role::Drop, BK::Other, true},
    {u"respond", Role::Drop, BK::Other, true}, {u"replies", Role::Drop, BK::Other, true},
    {u"sidebar", Role::Drop, BK::Other}, {u"widget", Role::Drop, BK::Other},
    {u"nav", Role::Drop, BK::Navigation}, {u"navbar", Role::Drop, BK::Navigation},
    {u"navigation", Role::Drop, BK::Navigation}, {u"menu", Role::Drop, BK::Navigation},
    {u"submenu", Role::Drop, BK::Navigation}, {u"breadcrumb", Role::Drop, BK::Navigation},
    {u"breadcrumbs", Role::Drop, BK::Navigation}, {u"pagination", Role::Drop, BK::Navigation},
    {u"pager", Role::Drop, BK::Navigation}, {u"masthead", Role::Drop, BK::Navigation},
    {u"toolbar", Role::Drop, BK::Navigation}, {u"footer", Role::Drop, BK::Other},
    {u"colophon", Role::Drop, BK::Other}, {u"header", Role::Drop, BK::Other},
    {u"cookie", Role::Drop, BK::Notice, true}, {u"cookies", Role::Drop, BK::Notice, true},
    {u"consent", Role::Drop, BK::Notice, true}, {u"gdpr", Role::Drop, BK::Notice, true},
    {u"privacy", Role::Drop, BK::Notice, true}, {u"popup", Role::Drop, BK::Other},
    {u"modal", Role::Drop, BK::Other}, {u"overlay", Role::Drop, BK::Other},
    {u"dialog", Role::Drop, BK::Other},
    {u"login", Role::Drop, BK::Other},
    {u"signin", Role::Drop, BK::Other}, {u"tags", Role::Drop, BK::Navigation},
    {u"tagcloud", Role::Drop, BK::Navigation}, {u"byline", Role::Drop, BK::Other},
    {u"meta", Role::Drop, BK::Other},
    // Furniture inside articles: kept in the text, marked.
    {u"ad", Role::Mark, BK::Advertisement}, {u"ads", Role::Mark, BK::Advertisement},
    {u"adv", Role::Mark, BK::Advertisement}, {u"advert", Role::Mark, BK::Advertisement},
    {u"adverts", Role::Mark, BK::Advertisement}, {u"advertisement", Role::Mark, BK::Advertisement},
    {u"advertising", Role::Mark, BK::Advertisement}, {u"adslot", Role::Mark, BK::Advertisement},
    {u"adunit", Role::Mark, BK::Advertisement}, {u"adsense", Role::Mark, BK::Advertisement},
    {u"dfp", Role::Mark, BK::Advertisement}, {u"adsbygoogle", Role::Mark, BK::Advertisement},
    {u"sponsor", Role::Mark, BK::Advertisement},
    {u"sponsored", Role::Mark, BK::Advertisement}, {u"share", Role::Mark, BK::Share},
    {u"sharing", Role::Mark, BK::Share}, {u"social", Role::Mark, BK::Share},
    {u"sharebar", Role::Mark, BK::Share}, {u"newsletter", Role::Mark, BK::SignUp},
    {u"signup", Role::Mark, BK::SignUp}, {u"optin", Role::Mark, BK::SignUp},
    {u"subscribe", Role::Mark, BK::Promo}, {u"subscription", Role::Mark, BK::Promo},
    {u"promo", Role::Mark, BK::Promo}, {u"promotion", Role::Mark, BK::Promo},
    {u"paywall", Role::Mark, BK::Promo}, {u"donate", Role::Mark, BK::Promo},
    {u"related", Role::Mark, BK::RelatedLinks}, {u"recommended", Role::Mark, BK::RelatedLinks},
    {u"recirc", Role::Mark, BK::RelatedLinks}, {u"outbrain", Role::Mark, BK::RelatedLinks},
    {u"taboola", Role::Mark, BK::RelatedLinks}, {u"trending", Role::Mark, BK::RelatedLinks},
    {u"popular", Role::Mark, BK::RelatedLinks}, {u"more", Role::Mark, BK::RelatedLinks},
    {u"recent", Role::Mark, BK::RelatedLinks}, {u"caption", Role::Mark, BK::Caption},
    {u"figcaption", Role::Mark, BK::Caption}, {u"credit", Role::Mark, BK::Caption},
    {u"credits", Role::Mark, BK::Caption}, {u"bio", Role::Mark, BK::AuthorBio},
    {u"biography", Role::Mark, BK::AuthorBio}, {u"copyright", Role::Mark, BK::Copyright},
    {u"disclaimer", Role::Mark, BK::Copyright}, {u"disclosure", Role::Mark, BK::Affiliate},
    {u"affiliate", Role::Mark, BK::Affiliate},
    // Containers of article text.
    {u"article", Role::Positive, BK::None}, {u"articlebody", Role::Positive, BK::None},
    {u"body", Role::Positive, BK::None}, {u"content", Role::Positive, BK::None},
    {u"entry", Role::Positive, BK::None}, {u"main", Role::Positive, BK::None},
    {u"post", Role::Positive, BK::None}, {u"story", Role::Positive, BK::None},
    {u"text", Role::Positive, BK::None}, {u"prose", Role::Positive, BK::None},
    {u"blog", Role::Positive, BK::None},
};

/// A word that describes the page's state or a position rather than the element's part in
/// the page: "has-sidebar", "no-ads", "content-with-comments", "after-ad-1".
bool isModifier(QStringView word)
{
    for (QStringView modifier : {u"has", u"no", u"non", u"with", u"without", u"is", u"show", u"enable",
                                 u"disable", u"not", u"hide", u"js", u"after", u"before", u"below",
                                 u"above", u"under", u"beside"}) {
        if (word == modifier)
            return true;
    }
    return false;
}

const WordRule *ruleFor(QStringView word)
{
    for (const WordRule &rule : wordRules) {
        if (rule.word == word)
            return &rule;
    }
    // Names run together ("relatedposts", "commentlist", "sharebar", "postcontent"): a long
    // word that starts or ends with a distinctive rule word (five letters or more) is read as
    // that word.
    if (word.size() >= 9) {
        for (const WordRule &rule : wordRules) {
            if (rule.word.size() >= 5 && (word.startsWith(rule.word) || word.endsWith(rule.word)))
                return &rule;
        }
    }
    return nullptr;
}

/// Splits "articleBody ad-slot_2 ad300x250" into lower-case words at punctuation, case changes
/// and letter/digit boundaries, calling `name(words)` for each space-separated name.
template<typename Function>
void forEachName(QStringView text, Function name)
{
    QList<QString> words;
    QString word;
    auto endWord = [&] {
        if (!word.isEmpty())
            words.append(std::exchange(word, QString()));
    };
    auto endName = [&] {
        endWord();
        if (!words.isEmpty())
            name(words);
        words.clear();
    };
    QChar previous;
    for (QChar c : text) {
        if (c.isSpace()) {
            endName();
        } else if (!c.isLetterOrNumber()) {
            endWord();
        } else {
            if (!word.isEmpty() && ((previous.isLower() && c.isUpper()) || (previous.isDigit() != c.isDigit())))
                endWord();
            word += c.toLower();
        }
        previous = c;
    }
    endName();
}

Hint hintFor(const HtmlNode &node)
{
    Hint hint;
    if (node.is(GUMBO_TAG_HTML) || node.is(GUMBO_TAG_BODY))
        return hint;   // their classes describe the page, not a part of it
    bool positive = false;
    Hint negative;
    auto consider = [&](const QList<QString> &words) {
        bool namePositive = false;
        Hint nameNegative;
        for (const QString &word : words) {
            if (isModifier(word))
                break;   // "content-with-sidebar" is content, "no-ads" nothing
            const WordRule *rule = ruleFor(word);
            if (!rule)
                continue;
            if (rule->role == Role::Positive) {
                namePositive = true;
            } else if (nameNegative.role != Role::Drop) {
                nameNegative = {rule->role, rule->kind, rule->firm};
            }
        }
        if (nameNegative.role != Role::Neutral) {
            if (negative.role != Role::Drop)
                negative = nameNegative;
        } else if (namePositive) {
            positive = true;
        }
    };
    forEachName(node.attribute(QLatin1StringView("class")), consider);
    forEachName(node.attribute(QLatin1StringView("id")), consider);
    // Component names of script-built pages: <div data-component="related-links">.
    for (QLatin1StringView attribute : {QLatin1StringView("data-component"), QLatin1StringView("data-testid"),
                                        QLatin1StringView("data-module")})
        forEachName(node.attribute(attribute), consider);
    if (!node.name.isEmpty())
        forEachName(node.name, consider);   // custom elements: <amp-ad>, <social-share>

    const QString role = node.attribute(QLatin1StringView("role")).toLower();
    for (QStringView furniture : {u"navigation", u"menu", u"menubar", u"banner", u"contentinfo",
                                  u"search", u"complementary", u"dialog", u"alertdialog"}) {
        if (role == furniture)
            negative = {Role::Drop, BK::Navigation};
    }
    if (role == u"main" || role == u"article")
        positive = true;
    const QString itemprop = node.attribute(QLatin1StringView("itemprop"));
    if (itemprop.compare(u"articleBody", Qt::CaseInsensitive) == 0 || itemprop == u"text")
        return {Role::Positive, BK::None};
    if (itemprop == u"comment")
        return {Role::Drop, BK::Other, true};

    // An ad slot is a container; a paragraph of text named "ad" is a label or a reference.
    if (negative.kind == BK::Advertisement && node.is(GUMBO_TAG_P))
        negative = {};
    if (negative.role != Role::Neutral && !positive)
        return negative;
    if (positive && negative.role == Role::Neutral)
        hint.role = Role::Positive;
    return hint;
}

bool isHidden(const HtmlNode &node)
{
    if (node.hasAttribute(QLatin1StringView("hidden")))
        return true;
    const QString style = node.attribute(QLatin1StringView("style"));
    if (!style.isEmpty()) {
        QString compact = style.toLower();
        compact.remove(u' ');
        if (compact.contains(u"display:none") || compact.contains(u"visibility:hidden"))
            return true;
    }
    const QString classes = node.attribute(QLatin1StringView("class"));
    // "hidden md:block" shows the element from a breakpoint on: not hidden on a desktop.
    if (!classes.isEmpty() && !classes.contains(u':')) {
        for (QStringView name : QStringView(classes).split(u' ', Qt::SkipEmptyParts)) {
            for (QStringView hidden : {u"hidden", u"sr-only", u"visually-hidden", u"visuallyhidden",
                                       u"screen-reader-text", u"screen-reader-only", u"element-invisible"}) {
                if (name.compare(hidden, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
    }
    return false;
}

/// A table of data (figures, standings, schedules) rather than a layout grid: no table inside
/// it and no cell holding a long text. Its rows become lines of text.
bool isDataTable(const HtmlTree &tree, qint32 table)
{
    qint32 cellChars = 0;
    for (qint32 i = table + 1; i < tree[table].end; ++i) {
        const HtmlNode &node = tree[i];
        if (node.is(GUMBO_TAG_TABLE))
            return false;
        if (node.is(GUMBO_TAG_TD) || node.is(GUMBO_TAG_TH)) {
            cellChars = 0;
        } else if (node.isText()) {
            cellChars += qint32(node.text.size());
            if (cellChars > 400)
                return false;
        }
    }
    return true;
}

/// Elements that are never rendered as text in a reader view.
bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_TITLE: case GUMBO_TAG_META:
    case GUMBO_TAG_LINK: case GUMBO_TAG_BASE: case GUMBO_TAG_DATALIST: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
    case GUMBO_TAG_IMG: case GUMBO_TAG_IMAGE: case GUMBO_TAG_APPLET: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER: case GUMBO_TAG_MENUITEM:
        return true;
    default:
        return false;
    }
}

bool isBlockLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_XMP: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_PLAINTEXT:
        return true;
    default:
        return false;
    }
}

bool isHeading(GumboTag tag)
{
    return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4
        || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

/// Structural page furniture: dropped wherever it is, as reader modes do.
bool isFurnitureTag(GumboTag tag)
{
    return tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER
        || tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_MENU;
}

bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// ------------------------------------------------------------------------- text blocks ---

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

class BlockBuilder {
public:
    BlockBuilder(const HtmlTree &tree, HintUse use, const ProseMap &prose)
        : m_tree(tree), m_use(use), m_prose(prose) {}

    QList<Block> build()
    {
        struct Frame {
            qint32 end;
            Context context;
            bool boundary;
        };
        std::vector<Frame> stack;
        stack.push_back({qint32(m_tree.size()), Context{}, true});
        const qint32 n = qint32(m_tree.size());
        for (qint32 i = 0; i < n; ++i) {
            while (stack.size() > 1 && i >= stack.back().end) {
                if (stack.back().boundary)
                    flush();
                stack.pop_back();
            }
            const HtmlNode &node = m_tree[i];
            const Context &context = stack.back().context;
            if (node.isText()) {
                append(node.text, context, i);
                continue;
            }
            if (node.is(GUMBO_TAG_BR)) {
                lineBreak(context);
                continue;
            }
            if (node.is(GUMBO_TAG_HR)) {
                flush();
                continue;
            }
            if (isSkipped(node.tag) || isHidden(node)) {
                i = node.end - 1;
                continue;
            }
            Context inner = context;
            // Inside a data table's cell everything is part of the row's line.
            bool boundary = isBlockLevel(node.tag) && !context.cell
                && !((node.is(GUMBO_TAG_TD) || node.is(GUMBO_TAG_TH)) && context.tableRow);
            Hint hint = m_use == HintUse::IgnoreAll ? Hint{} : hintFor(node);
            // HTML: "When article elements are nested, the inner article elements represent
            // articles that are in principle related to the contents of the outer article"
            // (comments, related posts).
            if (node.is(GUMBO_TAG_ARTICLE) && context.inArticle && hint.role != Role::Drop && m_use != HintUse::IgnoreAll)
                hint = {Role::Mark, BK::RelatedLinks};
            if (node.is(GUMBO_TAG_ARTICLE))
                inner.inArticle = true;
            // Comments are a part of the page whatever their size; other names are overruled
            // by the prose they hold.
            if (hint.role != Role::Neutral && !hint.firm && m_prose.holdsMuchProse(i))
                hint = {};
            if (isFurnitureTag(node.tag) || (hint.role == Role::Drop && (m_use == HintUse::DropFurniture || hint.firm))) {
                inner.dropped = true;
                boundary = true;
            } else if (hint.role == Role::Mark) {
                if (inner.mark == BK::None)
                    inner.mark = hint.kind == BK::None ? BK::Other : hint.kind;
                boundary = true;
            } else if (hint.role == Role::Positive) {
                inner.positive = true;
            }
            switch (node.tag) {
            case GUMBO_TAG_A:
                inner.link = true;
                break;
            case GUMBO_TAG_PRE: case GUMBO_TAG_XMP: case GUMBO_TAG_LISTING: case GUMBO_TAG_PLAINTEXT:
                inner.pre = true;
                break;
            case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_MENU:
                inner.list = i;
                break;
            case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
                inner.listItem = true;
                break;
            case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
                inner.caption = true;
                break;
            case GUMBO_TAG_BLOCKQUOTE:
                inner.caption = false;   // quotes and tables inside figures are content
                // An embedded post in a "social" wrapper is a quotation, not a share button.
                if (inner.mark == BK::Share)
                    inner.mark = BK::None;
                break;
            case GUMBO_TAG_TABLE:
                inner.caption = false;
                inner.table = isDataTable(m_tree, i) ? i : -1;
                inner.tableRow = false;
                inner.cell = false;
                break;
            case GUMBO_TAG_TR:
                inner.tableRow = context.table >= 0;
                break;
            case GUMBO_TAG_TD: case GUMBO_TAG_TH:
                if (context.tableRow) {
                    inner.cell = true;
                    m_cellBreak = true;
                }
                break;
            case GUMBO_TAG_FORM:
                inner.form = i;
                break;
            default:
                if (isHeading(node.tag))
                    inner.heading = true;
                break;
            }
            if (boundary)
                flush();
            stack.push_back({node.end, inner, boundary});
        }
        flush();
        return std::move(m_blocks);
    }

private:
    void append(const QString &text, const Context &context, qint32 node)
    {
        if (m_run.chars == 0 && m_run.text.isEmpty()) {
            m_run.context = context;
            m_run.firstNode = node;
        }
        if (context.pre) {
            for (qsizetype k = 0; k < text.size(); ++k) {
                const QChar c = text[k];
                if (c == u'\r') {
                    if (k + 1 < text.size() && text[k + 1] == u'\n')
                        continue;
                    m_run.text += u'\n';
                    continue;
                }
                if (m_run.text.isEmpty() && isAsciiSpace(c))
                    continue;
                m_run.text += c;
                if (!c.isSpace())
                    count(context);
            }
            return;
        }
        for (QChar c : text) {
            if (isAsciiSpace(c)) {
                m_pendingSpace = true;
                continue;
            }
            if (m_cellBreak && !m_run.text.isEmpty())
                m_run.text += u'\t';
            else if (m_pendingSpace && !m_run.text.isEmpty() && !m_run.text.endsWith(u'\n'))
                m_run.text += u' ';
            m_pendingSpace = false;
            m_cellBreak = false;
            m_run.text += c;
            count(context);
        }
    }

    void count(const Context &context)
    {
        ++m_run.chars;
        if (context.link)
            ++m_run.linkChars;
    }

    void lineBreak(const Context &context)
    {
        if (context.cell) {
            m_pendingSpace = true;
            return;
        }
        m_pendingSpace = false;
        if (m_run.text.isEmpty())
            return;
        if (m_run.text.endsWith(u'\n')) {
            // <br><br>: the way pages without <p> separate paragraphs.
            flush();
            return;
        }
        m_run.text += u'\n';
    }

    void flush()
    {
        m_pendingSpace = false;
        m_cellBreak = false;
        while (!m_run.text.isEmpty() && m_run.text.back().isSpace())
            m_run.text.chop(1);
        if (m_run.chars > 0) {
            m_run.mark = m_run.context.mark;
            m_run.emit = !m_run.context.dropped;
            m_blocks.append(std::move(m_run));
        }
        m_run = Block{};
    }

    const HtmlTree &m_tree;
    HintUse m_use;
    const ProseMap &m_prose;
    QList<Block> m_blocks;
    Block m_run;
    bool m_pendingSpace = false;
    bool m_cellBreak = false;
};

// ---------------------------------------------------------------------------- weights ---

int sentenceStops(const QString &text)
{
    int stops = 0;
    for (qsizetype k = 0; k < text.size(); ++k) {
        const QChar c = text[k];
        if (c == u'.' || c == u'!' || c == u'?' || c == u'\u3002' || c == u'\uFF01' || c == u'\uFF1F') {
            const bool atEnd = k + 1 == text.size();
            const QChar next = atEnd ? QChar() : text[k + 1];
            if (atEnd || next.isSpace() || next == u'"' || next == u'\u201D' || next == u'\u2019' || next == u')')
                ++stops;
        }
    }
    return stops;
}

/// Evidence that a block is article prose (positive) or page furniture (negative), in units of
/// characters: prose counts its text outside links; links and every extra block count against.
constexpr double blockCost = 20;
constexpr double plainLineCost = 5;

double proseWeight(Block &block)
{
    const int own = block.chars - block.linkChars;
    // Dropped furniture weighs against the region, its links as much as any links, its text
    // less: an <aside> or a caption inside an article must not cut the article in two.
    if (!block.emit)
        return -0.5 * own - 1.5 * block.linkChars - blockCost;
    if (block.mark != BK::None)
        return -blockCost;
    double weight = 0;
    if (block.context.tableRow) {
        weight = 0.5 * own - 1.5 * block.linkChars - 5;
    } else {
        double sentence = 0.3;   // headings, captions, short lines
        if (!block.context.heading && !block.context.caption) {
            if (own >= 150 || (own >= 40 && sentenceStops(block.text) > 0))
                sentence = 1.0;
            else if (own >= 80)
                sentence = 0.7;
        }
        // Plain text lines (subheadings, list items, short paragraphs) cost little; what makes
        // furniture expensive is its links.
        const double cost = block.linkChars * 10 < block.chars * 3 ? plainLineCost : blockCost;
        weight = sentence * own - 1.5 * block.linkChars - cost;
        if (weight > 0 && block.context.positive)
            weight *= 1.25;
    }
    // Text that says what it is: "Advertisement", "More:", "This website uses cookies ...".
    // Only where it matters: prose-like blocks that would draw the region, and short lines that
    // may introduce a box of links. A bio pattern is left to the article-level classifier,
    // which knows the paragraph's position.
    if (weight > 0 || block.chars <= 60) {
        if (const BoilerplatePattern pattern = matchBoilerplatePattern(block.text);
            pattern.strong && pattern.kind != BK::AuthorBio) {
            block.mark = pattern.kind;
            return -blockCost;
        }
    }
    return weight;
}

// --------------------------------------------------------------------- region choice ---

struct Region {
    qsizetype first = 0;   ///< block range [first, last)
    qsizetype last = 0;
    double score = 0;
    [[nodiscard]] bool isEmpty() const { return last <= first; }
};

/// The first block starting at or after `node`: blocks are in document order.
qsizetype blockAtNode(const QList<Block> &blocks, qint32 node)
{
    return qsizetype(std::lower_bound(blocks.cbegin(), blocks.cend(), node,
                                      [](const Block &block, qint32 n) { return block.firstNode < n; })
                     - blocks.cbegin());
}

/// The range of sibling subtrees with the largest summed block weight, over every element.
Region bestRegion(const HtmlTree &tree, const QList<Block> &blocks, const QList<double> &weights,
                  const QList<qint32> &scopes = {})
{
    QList<double> prefix(blocks.size() + 1, 0.0);
    for (qsizetype b = 0; b < blocks.size(); ++b)
        prefix[b + 1] = prefix[b] + weights[b];
    auto blockAt = [&](qint32 node) { return blockAtNode(blocks, node); };
    // <main> and <article> are whole by definition (HTML: "the dominant contents", "a
    // complete, self-contained composition"): a region lies inside one, or holds none. So a
    // subtree that contains one beside other text can never be part of a region, which keeps
    // feeds of teasers next to the article out at every level.
    auto sealed = [&](qint32 node) { return tree[node].is(GUMBO_TAG_MAIN) || tree[node].is(GUMBO_TAG_ARTICLE); };
    QList<bool> holdsSealed(tree.size(), false);
    for (qint32 n = qint32(tree.size()) - 1; n > 0; --n) {
        if ((sealed(n) && blockAt(tree[n].end) > blockAt(n)) || holdsSealed[n])
            holdsSealed[tree[n].parent] = true;
    }
    Region best;
    best.score = 0;
    auto inScope = [&](qint32 node) {
        return scopes.isEmpty() || std::any_of(scopes.cbegin(), scopes.cend(), [&](qint32 scope) {
            return node >= scope && node < tree[scope].end;
        });
    };
    for (qint32 n = qint32(tree.size()) - 1; n >= 0; --n) {
        const HtmlNode &node = tree[n];
        if (!node.isElement() || node.end - n < 2 || !inScope(n))
            continue;
        const qsizetype begin = blockAt(n + 1);
        const qsizetype end = blockAt(node.end);
        if (end - begin < 1)
            continue;
        // Kadane over the children's sums.
        double running = 0;
        qsizetype runningFirst = -1;
        for (qint32 child = n + 1; child < node.end; child = tree[child].end) {
            const qsizetype childBegin = blockAt(child);
            const qsizetype childEnd = blockAt(tree[child].end);
            if (childEnd <= childBegin)
                continue;
            const double value = prefix[childEnd] - prefix[childBegin];
            if (sealed(child) || holdsSealed[child]) {
                if (sealed(child) && value > best.score)
                    best = {childBegin, childEnd, value};
                running = 0;
                runningFirst = -1;
                continue;
            }
            if (runningFirst < 0 || running <= 0) {
                running = value;
                runningFirst = childBegin;
            } else {
                running += value;
            }
            if (running > best.score) {
                best = {runningFirst, childEnd, running};
            }
        }
    }
    return best;
}

// ---------------------------------------------------------- agreement with JSON-LD body ---

QList<QString> wordTokens(QStringView text)
{
    QList<QString> tokens;
    qsizetype start = -1;
    for (qsizetype k = 0; k <= text.size(); ++k) {
        const bool word = k < text.size() && (text[k].isLetterOrNumber() || text[k] == u'_');
        if (word && start < 0)
            start = k;
        if (!word && start >= 0) {
            tokens.append(text.mid(start, k - start).toString().toCaseFolded());
            start = -1;
        }
    }
    return tokens;
}

QList<size_t> shingles(const QList<QString> &tokens)
{
    QList<size_t> result;
    if (tokens.isEmpty())
        return result;
    const qsizetype n = std::max<qsizetype>(1, tokens.size() - 3);
    result.reserve(n);
    for (qsizetype k = 0; k < n; ++k) {
        size_t seed = 0;
        for (qsizetype t = k; t < std::min(k + 4, tokens.size()); ++t)
            seed = qHashMulti(seed, tokens[t]);
        result.append(seed);
    }
    return result;
}

/// Fraction of a block's word 4-grams that occur in the reference text.
double agreement(const QString &text, const QSet<size_t> &reference)
{
    const QList<size_t> own = shingles(wordTokens(text));
    if (own.isEmpty())
        return 0;
    const auto found = std::count_if(own.cbegin(), own.cend(), [&](size_t s) { return reference.contains(s); });
    return double(found) / double(own.size());
}

// ------------------------------------------------------------------------- furniture ---

/// The nodes a region spans, to tell a form inside the article (a sign-up box) from a form
/// around the whole page (ASP.NET pages wrap everything in one).
struct RegionNodes {
    qint32 first = 0;
    qint32 last = 0;
};

RegionNodes nodesOf(const QList<Block> &blocks, const Region &region)
{
    if (region.isEmpty())
        return {};
    return {blocks[region.first].firstNode, blocks[region.last - 1].firstNode};
}

/// A block inside the article that is still page furniture: links rather than prose.
BoilerplateKind domFurniture(const HtmlTree &tree, const Block &block, RegionNodes region)
{
    if (block.mark != BK::None)
        return block.mark;
    if (block.context.caption)
        return BK::Caption;
    if (block.context.form >= 0 && !(block.context.form <= region.first && tree[block.context.form].end > region.last))
        return BK::SignUp;
    if (block.chars > 0 && block.linkChars * 10 >= block.chars * 6 && block.chars < 400)
        return BK::RelatedLinks;
    return BK::None;
}

QString squeeze(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
    }
    return out;
}

struct Candidate {
    QList<Block> blocks;
    Region region;
    qsizetype proseChars = 0;   ///< characters of emitted, unmarked blocks in the region
};

bool isLinkLine(const Block &block)
{
    return block.emit && block.mark == BK::None && block.chars < 200 && block.linkChars * 10 >= block.chars * 6;
}

/// "More:", "Read more", "Related" followed by a run of links is a related-links box even when
/// no class name says so: the links are marked with it and weigh no more than any other
/// marked furniture, so that a box set into an article does not cut it in two.
void markIntroducedLinkRuns(QList<Block> &blocks, QList<double> &weights)
{
    for (qsizetype b = 0; b + 1 < blocks.size(); ++b) {
        const Block &marker = blocks[b];
        if (!marker.emit || (marker.mark != BK::RelatedLinks && marker.mark != BK::Navigation) || marker.chars > 60)
            continue;
        qsizetype next = b + 1;
        while (next < blocks.size() && isLinkLine(blocks[next])) {
            blocks[next].mark = BK::RelatedLinks;
            weights[next] = -blockCost;
            ++next;
        }
        b = next - 1;
    }
}

/// Prose a <main> must hold to bound the search: a sentence or two.
constexpr qint32 minimumMainProse = 200;

bool isProse(const Block &block)
{
    const int own = block.chars - block.linkChars;
    return own >= 80 && block.linkChars * 4 < block.chars && sentenceStops(block.text) > 0;
}

ProseMap measureProse(const HtmlTree &tree)
{
    ProseMap prose;
    const QList<Block> blocks = BlockBuilder(tree, HintUse::IgnoreAll, prose).build();
    prose.below = QList<qint32>(tree.size(), 0);
    for (const Block &block : blocks) {
        if (!block.emit || !isProse(block))
            continue;
        prose.total += block.chars;
        for (qint32 n = block.firstNode; n >= 0; n = tree[n].parent)
            prose.below[n] += block.chars;
    }
    for (qint32 n = tree.find(GUMBO_TAG_MAIN); n >= 0; n = tree.find(GUMBO_TAG_MAIN, n + 1)) {
        if (prose.below[n] >= minimumMainProse)
            prose.mains.append(n);
    }
    return prose;
}

/// A region inside the element a page declares its article body (schema.org microdata:
/// itemprop="articleBody") is widened to all of that element. Weighed alone, a lede of one
/// short paragraph above a related-story card loses to the card and the story would start at
/// its third paragraph; the publisher's markup says where the article is. Furniture inside the
/// element stays dropped or marked, as anywhere.
Region widenedToDeclaredBody(const HtmlTree &tree, const QList<Block> &blocks, Region region)
{
    if (region.isEmpty())
        return region;
    for (qint32 n = blocks[region.first].firstNode; n > 0; n = tree[n].parent) {
        const HtmlNode &node = tree[n];
        if (!node.isElement()
            || node.attribute(QLatin1StringView("itemprop")).compare(u"articleBody", Qt::CaseInsensitive) != 0)
            continue;
        if (blocks[region.last - 1].firstNode >= node.end)
            break;   // the region reaches beyond it: not a region inside the declared body
        region.first = std::min(region.first, blockAtNode(blocks, n));
        region.last = std::max(region.last, blockAtNode(blocks, node.end));
        break;
    }
    return region;
}

Candidate chooseRegion(const HtmlTree &tree, HintUse use, const ProseMap &prose)
{
    Candidate candidate;
    candidate.blocks = BlockBuilder(tree, use, prose).build();
    QList<double> weights;
    weights.reserve(candidate.blocks.size());
    for (Block &block : candidate.blocks)
        weights.append(proseWeight(block));
    markIntroducedLinkRuns(candidate.blocks, weights);
    candidate.region = widenedToDeclaredBody(tree, candidate.blocks,
                                             bestRegion(tree, candidate.blocks, weights, prose.mains));
    const RegionNodes nodes = nodesOf(candidate.blocks, candidate.region);
    for (qsizetype b = candidate.region.first; b < candidate.region.last; ++b) {
        const Block &block = candidate.blocks[b];
        if (block.emit && domFurniture(tree, block, nodes) == BK::None)
            candidate.proseChars += block.chars;
    }
    return candidate;
}

/// A JSON-LD articleBody that ends a sentence is the whole text, not a truncated teaser
/// ("... the council said the plan…").
bool endsLikeCompleteText(const QString &body)
{
    QStringView text = QStringView(body).trimmed();
    while (!text.isEmpty() && (text.back() == u'"' || text.back() == u'\u201D' || text.back() == u'\u2019'
                               || text.back() == u')' || text.back() == u'\''))
        text.chop(1);
    return !text.isEmpty() && !text.endsWith(u"...") && (text.back() == u'.' || text.back() == u'!' || text.back() == u'?');
}

/// With the publisher's complete text at hand, prose at the edges of the region that it does
/// not contain (reader letters, an unrelated story beside the article) is not the article.
/// Lists, tables and headings are left: plain-text bodies often omit them.
void trimToAgreement(Candidate &candidate, const QSet<size_t> &reference)
{
    Region &region = candidate.region;
    QList<double> agree(region.last - region.first, 0.0);
    qsizetype firstAgreeing = -1, lastAgreeing = -1;
    for (qsizetype b = region.first; b < region.last; ++b) {
        const Block &block = candidate.blocks[b];
        if (!block.emit)
            continue;
        agree[b - region.first] = agreement(block.text, reference);
        if (agree[b - region.first] >= 0.5) {
            if (firstAgreeing < 0)
                firstAgreeing = b;
            lastAgreeing = b;
        }
    }
    if (firstAgreeing < 0)
        return;
    auto foreignProse = [&](qsizetype from, qsizetype to) {
        qsizetype chars = 0;
        int blocks = 0;
        for (qsizetype b = from; b < to; ++b) {
            const Block &block = candidate.blocks[b];
            if (block.emit && block.mark == BK::None && isProse(block) && agree[b - region.first] == 0) {
                chars += block.chars;
                ++blocks;
            }
        }
        return blocks >= 2 || chars >= 300;
    };
    if (foreignProse(lastAgreeing + 1, region.last))
        region.last = lastAgreeing + 1;
    if (foreignProse(region.first, firstAgreeing))
        region.first = firstAgreeing;
}

ExtractedBody fromJsonLd(const QString &body)
{
    ExtractedBody result;
    result.source = ExtractionSource::StructuredData;
    for (QStringView line : QStringView(body).split(u'\n', Qt::SkipEmptyParts)) {
        const QString text = line.toString().simplified();
        if (!text.isEmpty())
            result.blocks.append(ExtractedBlock{text, BlockKind::Paragraph, BK::None, -1, 0, 0, false});
    }
    return result;
}

} // namespace

ExtractedBody extractMainText(const HtmlTree &tree, const HtmlMetadata &meta)
{
    const ProseMap prose = measureProse(tree);
    Candidate candidate = chooseRegion(tree, HintUse::DropFurniture, prose);
    // Reader modes retry without their class-name filters when those left too little text.
    if (candidate.proseChars < 500) {
        Candidate lenient = chooseRegion(tree, HintUse::IgnoreDropHints, prose);
        if (lenient.proseChars > candidate.proseChars * 2)
            candidate = std::move(lenient);
    }

    // The publisher's own copy of the text, when present, checks the choice.
    const QList<QString> ldTokens = wordTokens(meta.jsonLdBody);
    if (ldTokens.size() >= 40) {
        const QList<size_t> ldShingleList = shingles(ldTokens);
        const QSet<size_t> ldShingles(ldShingleList.cbegin(), ldShingleList.cend());
        auto coverage = [&](const Candidate &c) {
            QSet<size_t> covered;
            for (qsizetype b = c.region.first; b < c.region.last; ++b) {
                if (!c.blocks[b].emit)
                    continue;
                for (size_t s : shingles(wordTokens(c.blocks[b].text))) {
                    if (ldShingles.contains(s))
                        covered.insert(s);
                }
            }
            return double(covered.size()) / double(ldShingles.size());
        };
        const double found = coverage(candidate);
        if (found >= 0.9 && endsLikeCompleteText(meta.jsonLdBody))
            trimToAgreement(candidate, ldShingles);
        if (found < 0.6) {
            // Re-choose the region by agreement with the articleBody.
            Candidate guided;
            guided.blocks = std::move(candidate.blocks);
            QList<double> weights;
            for (const Block &block : std::as_const(guided.blocks)) {
                const double agree = block.emit ? agreement(block.text, ldShingles) : 0.0;
                weights.append(agree >= 0.5 ? block.chars * agree : -0.5 * block.chars - blockCost);
            }
            guided.region = bestRegion(tree, guided.blocks, weights);
            const double guidedFound = coverage(guided);
            if (guidedFound > found && guidedFound >= 0.5) {
                candidate = std::move(guided);
            } else if (std::max(found, guidedFound) < 0.3 && candidate.proseChars * 2 < meta.jsonLdBody.size()) {
                // The markup holds little text and not the publisher's: a script-rendered page,
                // or a paywall's teaser. (A page whose JSON-LD describes another article keeps
                // its own, longer text.)
                return fromJsonLd(meta.jsonLdBody);
            } else {
                candidate.blocks = std::move(guided.blocks);
            }
        }
    }

    ExtractedBody result;
    if (candidate.region.isEmpty())
        return result;
    result.source = ExtractionSource::Document;
    const QString headline = squeeze(meta.headline);
    const RegionNodes nodes = nodesOf(candidate.blocks, candidate.region);
    for (qsizetype b = candidate.region.first; b < candidate.region.last; ++b) {
        const Block &block = candidate.blocks[b];
        if (!block.emit)
            continue;
        // The headline is metadata, shown above the text, not a paragraph of it.
        if (result.blocks.isEmpty() && block.context.heading && !headline.isEmpty()
            && squeeze(block.text) == headline)
            continue;
        ExtractedBlock extracted;
        extracted.text = block.text;
        extracted.kind = block.kind();
        extracted.boilerplate = domFurniture(tree, block, nodes);
        extracted.list = block.context.tableRow ? block.context.table : (block.context.listItem ? block.context.list : -1);
        extracted.linkDensity = double(block.linkChars) / double(block.chars);
        extracted.classScore = block.context.positive ? 1 : 0;
        extracted.caption = block.context.caption;
        result.blocks.append(std::move(extracted));
    }
    if (result.blocks.isEmpty())
        result.source = ExtractionSource::None;
    return result;
}

QString bodyText(const Article &article)
{
    QString body;
    qsizetype previous = -2;
    for (qsizetype p = 0; p < article.paragraphs.size(); ++p) {
        const Paragraph &paragraph = article.paragraphs[p];
        if (paragraph.isBoilerplate())
            continue;
        if (!body.isEmpty()) {
            if (previous == p - 1)
                body += QStringView(article.text).mid(article.paragraphs[previous].span.end,
                                                      paragraph.span.start - article.paragraphs[previous].span.end);
            else
                body += u"\n\n";
        }
        body += paragraph.span.in(article.text);
        previous = p;
    }
    return body;
}

} // namespace Crossread
