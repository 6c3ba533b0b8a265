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
#include "import/textblocks_p.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace Crossread {
namespace {

using namespace HtmlText;

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
    const QList<Block> blocks = buildBlocks(tree, HintUse::IgnoreAll, prose);
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
    candidate.blocks = buildBlocks(tree, use, prose);
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
