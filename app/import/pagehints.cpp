// SPDX-License-Identifier: GPL-3.0-or-later
// The hint lexicon: words of class names and ids that name a part of a page, matched as whole
// words, and the element predicates of the extractor's walk.
#include "import/pagehints_p.h"

namespace Crossread::HtmlText {
namespace {
struct WordRule {
    QStringView word;
    Role role;
    BoilerplateKind kind;
    bool firm = false;
};

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
} // namespace

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

} // namespace Crossread::HtmlText
