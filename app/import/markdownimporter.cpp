// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown through Qt's own reader (QTextDocument::setMarkdown, md4c inside): the article text
// is the plain text of the document's blocks, one paragraph per block, blocks separated by a
// blank line and consecutive list items by a line break. Link text is kept, images dropped.
#include "import/importer.h"

#include "import/boilerplate.h"
#include "import/bylines.h"
#include "import/decoder.h"
#include "core/inputlimits.h"
#include "import/sourceline.h"

#include <QCoreApplication>
#include <QFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>
#include <iterator>
#include <utility>

namespace Crossread {
namespace {

/// Metadata from a YAML front matter block ("---" lines around "key: value" pairs), which
/// Markdown notes and static-site sources carry. Only flat string values are read.
struct FrontMatter {
    QString title;
    QString author;
    QString outlet;
    QString url;
    PublishedDate published;
};

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value.trimmed();
}

/// Removes a leading front matter block from `markdown` and returns what it said.
FrontMatter takeFrontMatter(QString &markdown)
{
    FrontMatter result;
    static const QRegularExpression block(QStringLiteral(R"(\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|\z))"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = block.match(markdown);
    if (!match.hasMatch())
        return result;
    const QString body = match.captured(1);
    for (QStringView line : QStringView(body).tokenize(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.first(colon).trimmed().toString().toLower();
        const QString value = unquoted(line.sliced(colon + 1).toString());
        if (value.isEmpty())
            continue;
        if (key == u"title" || key == u"headline")
            result.title = value;
        else if (key == u"author" || key == u"authors" || key == u"byline")
            result.author = value;
        else if (key == u"source" || key == u"outlet" || key == u"publisher" || key == u"publication" || key == u"site")
            result.outlet = value;
        else if (key == u"url" || key == u"link" || key == u"canonical")
            result.url = value;
        else if (key == u"date" || key == u"published" || key == u"pubdate" || key == u"published_at")
            result.published = parseDateLine(value);
    }
    markdown.remove(0, match.capturedLength(0));
    return result;
}

/// Bound on the square-law work Qt's Markdown reader would do on `markdown` (see
/// Limits::maxMarkdownParseCost): the sum of the squared counts of inline items per paragraph
/// (lines and mark characters between blank lines) and of items per list (list lines until a
/// blank line is followed by unindented prose). Stops counting once over the budget.
bool exceedsMarkdownParseCost(QStringView markdown)
{
    static constexpr QStringView marks = u"\\`*_~[]!<>&:@|.";
    qint64 cost = 0, paragraphItems = 0, listItems = 0;
    bool afterBlank = false;
    for (QStringView line : markdown.tokenize(u'\n')) {
        const QStringView content = line.trimmed();
        if (content.isEmpty()) {
            cost += paragraphItems * paragraphItems;
            paragraphItems = 0;
            afterBlank = true;
            continue;
        }
        paragraphItems += 1 + std::count_if(content.begin(), content.end(),
                                            [](QChar c) { return marks.contains(c); });
        const bool indented = line.front().isSpace();
        const QChar first = content.front();
        const bool listLine = first == u'-' || first == u'+' || first == u'*' || first.isDigit();
        if (listLine)
            ++listItems;
        else if (afterBlank && !indented) {
            cost += listItems * listItems;
            listItems = 0;
        }
        afterBlank = false;
        if (cost + paragraphItems * paragraphItems + listItems * listItems > Limits::maxMarkdownParseCost)
            return true;
    }
    return false;
}

/// Whether the fragment is code: a code span (set in a fixed-pitch font) or a line of a fenced
/// or indented code block (the reader marks the block with its language, empty when none is
/// named). Markup quoted in code is meant to be read as written.
bool isCode(const QTextBlock &block, const QTextFragment &fragment)
{
    return fragment.charFormat().fontFixedPitch() || block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
}

/// Document positions [first, second) of what a browser never shows as text: the content of
/// <script> and <style> elements, from the start tag to the end tag, which may lie blocks later
/// (CommonMark's HTML blocks of type 1 run across blank lines). The reader is told not to
/// interpret HTML, so it hands these over as paragraphs. Tags in code do not count. An element that is never closed hides only
/// its tag, so that a stray "<script>" in prose does not swallow the rest of the article.
QList<std::pair<int, int>> rawTextElements(const QTextDocument &document)
{
    struct Piece {
        qsizetype offset;   // in `stream`
        int position;       // in the document
    };
    QString stream;
    QList<Piece> pieces;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || isCode(block, fragment))
                continue;
            pieces.append({stream.size(), fragment.position()});
            stream += fragment.text();
        }
    }
    QList<std::pair<int, int>> hidden;
    if (!stream.contains(u'<'))
        return hidden;
    const auto position = [&pieces](qsizetype offset) {
        const auto piece = std::prev(std::upper_bound(pieces.cbegin(), pieces.cend(), offset,
                                                      [](qsizetype o, const Piece &p) { return o < p.offset; }));
        return piece->position + int(offset - piece->offset);
    };
    static const QRegularExpression start(QStringLiteral(R"(<(script|style)(?=[\s/>])[^<>]*>)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scriptEnd(QStringLiteral(R"(</script\s*>)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression styleEnd(QStringLiteral(R"(</style\s*>)"), QRegularExpression::CaseInsensitiveOption);
    // Once an end tag is not found, no later start tag of that name can be closed either:
    // remembering it keeps a page of unclosed tags linear.
    bool scriptUnclosed = false, styleUnclosed = false;
    qsizetype from = 0;
    for (QRegularExpressionMatch open = start.match(stream); open.hasMatch(); open = start.match(stream, from)) {
        from = open.capturedEnd();
        const bool script = open.capturedView(1).compare(u"script", Qt::CaseInsensitive) == 0;
        bool &unclosed = script ? scriptUnclosed : styleUnclosed;
        if (unclosed)
            continue;
        const QRegularExpressionMatch close = (script ? scriptEnd : styleEnd).match(stream, from);
        if (!close.hasMatch()) {
            unclosed = true;
            continue;
        }
        hidden.append({position(open.capturedStart()), position(close.capturedEnd() - 1) + 1});
        from = close.capturedEnd();
    }
    return hidden;
}

/// Block text as the reader sees it: no image placeholders, no raw HTML tags (the reader is
/// told not to interpret HTML, so no resource can ever be requested), nothing of the `hidden`
/// document ranges, hard line breaks as '\n'.
QString displayText(const QTextBlock &block, const QList<std::pair<int, int>> &hidden)
{
    static const QRegularExpression tag(QStringLiteral(R"(<!--.*?-->|</?[A-Za-z][A-Za-z0-9:-]*(\s[^<>]*)?/?>)"));
    // Per fragment, so that markup quoted in code stays as written.
    QString text;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        QString piece = fragment.text();
        // Cut the hidden ranges that overlap the fragment (code inside an element too: to a
        // browser an indented line in a <script> block is script, not a code block), from
        // the back so that offsets hold.
        const int first = fragment.position(), last = first + fragment.length();
        auto range = std::upper_bound(hidden.cbegin(), hidden.cend(), first,
                                      [](int p, const std::pair<int, int> &r) { return p < r.second; });
        QList<std::pair<int, int>> cuts;
        for (; range != hidden.cend() && range->first < last; ++range)
            cuts.append({qMax(range->first, first) - first, qMin(range->second, last) - first});
        for (auto cut = cuts.crbegin(); cut != cuts.crend(); ++cut)
            piece.remove(cut->first, cut->second - cut->first);
        if (!isCode(block, fragment) && piece.contains(u'<'))
            piece.remove(tag);
        text += piece;
    }
    text.remove(QChar::ObjectReplacementCharacter);
    text.replace(QChar::LineSeparator, u'\n');
    return text.trimmed();
}

/// Share of the block's characters inside links, for the boilerplate classifier.
double linkDensity(const QTextBlock &block)
{
    qsizetype linked = 0, total = 0;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const qsizetype length = fragment.text().trimmed().size();
        total += length;
        if (fragment.charFormat().isAnchor())
            linked += length;
    }
    return total > 0 ? double(linked) / double(total) : 0.0;
}

class MarkdownImporter final : public Importer {
    // lupdate files these strings under the class's tr context, so name it here.
    Q_DECLARE_TR_FUNCTIONS(Crossread::Import)
public:
    SourceFormat format() const override { return SourceFormat::Markdown; }

    ImportResult read(const ImportSource &source) const override
    {
        DecodedText decoded = decodeText(source.bytes);
        Article article;
        article.format = SourceFormat::Markdown;
        article.encoding = decoded.encoding;
        article.replacedBytes = decoded.replacedSequences;
        if (decoded.guessed)
            article.notices.append(tr("The file declared no encoding and is not UTF-8; it was read as Windows-1252."));
        if (decoded.replacedSequences > 0)
            article.notices.append(tr("%n invalid byte sequence(s) were replaced by \uFFFD.", nullptr, decoded.replacedSequences));

        if (exceedsMarkdownParseCost(decoded.text)) {
            // Qt's reader would take minutes; the text itself is still worth reading.
            ImportResult plain = importerFor(SourceFormat::PlainText).read(source);
            if (plain) {
                plain.value().format = SourceFormat::Markdown;
                plain.value().notices.append(
                    tr("The Markdown is too dense to lay out (thousands of marks or lines in one paragraph "
                       "or list); it was read as plain text."));
            }
            return plain;
        }
        QString markdown = std::move(decoded.text);
        const FrontMatter front = takeFrontMatter(markdown);
        QTextDocument document;
        // Headless (no QGuiApplication) a document's default font has no size, and the reader
        // warns once per heading while scaling it; any size keeps it quiet and the text the same.
        QFont font;
        font.setPointSize(12);
        document.setDefaultFont(font);
        document.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                       | QTextDocument::MarkdownNoHTML));

        const QList<std::pair<int, int>> hidden = rawTextElements(document);
        QList<ParagraphHints> hints;
        QList<int> headingLevels;
        const QTextList *previousList = nullptr;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QString blockText = displayText(block, hidden);
            if (blockText.isEmpty())
                continue;
            const QTextList *list = block.textList();
            if (!article.text.isEmpty())
                article.text.append(list && list == previousList ? QStringLiteral("\n") : QStringLiteral("\n\n"));
            previousList = list;
            Paragraph paragraph;
            paragraph.span = {article.text.size(), article.text.size() + blockText.size()};
            headingLevels.append(block.blockFormat().headingLevel());
            paragraph.heading = headingLevels.last() > 0;
            article.text.append(blockText);
            article.paragraphs.append(paragraph);
            ParagraphHints hint;
            hint.inList = list != nullptr;
            hint.linkDensity = linkDensity(block);
            hints.append(hint);
        }
        if (article.paragraphs.isEmpty())
            return ImportError{source.name, tr("the file holds no text")};

        article.meta.headline = front.title;
        article.meta.author = front.author;
        article.meta.outlet = front.outlet;
        article.meta.url = front.url;
        article.meta.published = front.published;

        // Furniture first, while the hints still line up with the blocks; then byline and date
        // lines, which may split a block at its line breaks.
        classifyBoilerplate(article.text, article.paragraphs, hints);
        const qsizetype blocks = article.paragraphs.size();
        recogniseMetadataLines(article);
        // No metadata named the outlet: a credit, copyright, dateline or link line may.
        if (article.meta.outlet.isEmpty())
            article.meta.outlet = outletFromSourceLines(article);
        if (article.paragraphs.size() != blocks)
            headingLevels.clear();   // a block was split; levels no longer line up
        chooseHeadline(article, headingLevels);
        return article;
    }

private:
    /// The first heading, when no body paragraph comes before it; else the first level-one
    /// heading; else a short first paragraph. Byline and date lines are passed over.
    static void chooseHeadline(Article &article, const QList<int> &headingLevels)
    {
        constexpr qsizetype maxHeadlineChars = 200;
        qsizetype chosen = -1;
        for (qsizetype i = 0; i < article.paragraphs.size() && chosen < 0; ++i) {
            const Paragraph &paragraph = article.paragraphs.at(i);
            if (paragraph.isBoilerplate())
                continue;
            if (paragraph.heading)
                chosen = i;
            break;
        }
        for (qsizetype i = 0; i < article.paragraphs.size() && chosen < 0; ++i) {
            if (i < headingLevels.size() && headingLevels.at(i) == 1 && !article.paragraphs.at(i).isBoilerplate())
                chosen = i;
        }
        for (qsizetype i = 0; i < article.paragraphs.size() && chosen < 0; ++i) {
            const Paragraph &paragraph = article.paragraphs.at(i);
            if (paragraph.isBoilerplate())
                continue;
            if (paragraph.span.length() <= maxHeadlineChars && !paragraph.span.in(article.text).contains(u'\n'))
                chosen = i;
            break;
        }
        if (chosen < 0)
            return;
        Paragraph &head = article.paragraphs[chosen];
        head.heading = true;
        if (article.meta.headline.isEmpty())
            article.meta.headline = head.span.in(article.text).toString().simplified();
    }
};

} // namespace

const Importer &markdownImporter()
{
    static const MarkdownImporter importer;
    return importer;
}

} // namespace Crossread
