// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textblocks_p.h"

#include <vector>

namespace Crossread::HtmlText {
namespace {

bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}


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


} // namespace

QList<Block> buildBlocks(const HtmlTree &tree, HintUse use, const ProseMap &prose)
{
    return BlockBuilder(tree, use, prose).build();
}

} // namespace Crossread::HtmlText
