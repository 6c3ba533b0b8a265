// SPDX-License-Identifier: GPL-3.0-or-later
// Reading order for PDF text: the recursive X-Y cut of Nagy and Seth (1984), with lines as the
// atoms, a gutter accepted only between blocks of prose, and bands that share a gutter read as
// columns. Paragraph, hyphen and running-header rules are described in pdflayout.h.
#include "import/pdflayout.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Crossread {
namespace {

/// Narrower white space than this between lines is word or cell spacing, not a gutter (points).
constexpr qreal minGutter = 6.0;
/// A side of a gutter is a column of prose when it is at least this share of the page wide...
constexpr qreal minColumnShare = 0.2;
/// ...and its typical line fills at least this share of the column.
constexpr qreal minColumnFill = 0.6;
/// Running headers and footers sit in the top or bottom eighth of a page.
constexpr qreal furnitureZone = 0.125;

using Lines = QList<const PdfLine *>;

qreal medianOf(QList<qreal> values)
{
    if (values.isEmpty())
        return 0.0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

bool isProseColumn(const Lines &lines, qreal pageWidth)
{
    qreal left = lines.front()->box.left();
    qreal right = lines.front()->box.right();
    QList<qreal> widths;
    for (const PdfLine *line : lines) {
        left = qMin(left, line->box.left());
        right = qMax(right, line->box.right());
        widths.append(line->box.width());
    }
    const qreal extent = right - left;
    return extent >= minColumnShare * pageWidth && medianOf(widths) >= minColumnFill * extent;
}

struct Gutter {
    qreal left = 0.0;
    qreal right = 0.0;
};

/// The widest vertical strip no line crosses, when prose lies on both sides of it.
std::optional<Gutter> proseGutter(const Lines &lines, qreal pageWidth)
{
    if (lines.size() < 2)
        return std::nullopt;
    Lines byLeft = lines;
    std::sort(byLeft.begin(), byLeft.end(), [](const PdfLine *a, const PdfLine *b) { return a->box.left() < b->box.left(); });
    std::optional<Gutter> widest;
    qreal reach = byLeft.front()->box.right();
    for (const PdfLine *line : std::as_const(byLeft)) {
        if (line->box.left() - reach >= minGutter && (!widest || line->box.left() - reach > widest->right - widest->left))
            widest = Gutter{reach, line->box.left()};
        reach = qMax(reach, line->box.right());
    }
    if (!widest)
        return std::nullopt;
    Lines leftSide, rightSide;
    for (const PdfLine *line : lines)
        (line->box.right() <= widest->left ? leftSide : rightSide).append(line);
    if (!isProseColumn(leftSide, pageWidth) || !isProseColumn(rightSide, pageWidth))
        return std::nullopt;
    return widest;
}

void sortByTop(Lines &lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const PdfLine *a, const PdfLine *b) { return a->box.top() < b->box.top(); });
}

/// Lines whose vertical extents overlap form one band (a row), top to bottom.
QList<Lines> horizontalBands(Lines lines)
{
    sortByTop(lines);
    QList<Lines> bands;
    qreal bottom = 0.0;
    for (const PdfLine *line : std::as_const(lines)) {
        // Lines of one row overlap by most of their height; a next line only touches.
        const qreal overlapNeeded = 0.3 * qMin(line->box.height(), bands.isEmpty() ? 0.0 : bands.last().last()->box.height());
        if (bands.isEmpty() || line->box.top() > bottom - overlapNeeded) {
            bands.append(Lines{line});
            bottom = line->box.bottom();
        } else {
            bands.last().append(line);
            bottom = qMax(bottom, line->box.bottom());
        }
    }
    return bands;
}

void appendRowOrder(Lines band, Lines &out)
{
    std::stable_sort(band.begin(), band.end(), [](const PdfLine *a, const PdfLine *b) { return a->box.left() < b->box.left(); });
    out.append(band);
}

void readingOrder(const Lines &lines, qreal pageWidth, Lines &out, int depth = 0);

/// Reads a set of lines that shares a gutter as columns, else row by row.
void readGroup(const QList<Lines> &bands, qreal pageWidth, Lines &out, int depth)
{
    Lines group;
    for (const Lines &band : bands)
        group.append(band);
    if (bands.size() > 1 && proseGutter(group, pageWidth)) {
        readingOrder(group, pageWidth, out, depth + 1);
        return;
    }
    for (const Lines &band : bands)
        appendRowOrder(band, out);
}

void readingOrder(const Lines &lines, qreal pageWidth, Lines &out, int depth)
{
    // Each level removes a gutter or a band; a page's depth is a handful. The bound only
    // guards against pathological input, which is then read row by row.
    if (depth > 64) {
        for (const Lines &band : horizontalBands(lines))
            appendRowOrder(band, out);
        return;
    }
    if (const std::optional<Gutter> gutter = proseGutter(lines, pageWidth)) {
        Lines left, right;
        for (const PdfLine *line : lines)
            (line->box.right() <= gutter->left ? left : right).append(line);
        readingOrder(left, pageWidth, out, depth + 1);
        readingOrder(right, pageWidth, out, depth + 1);
        return;
    }
    // No gutter runs the whole height: read the bands top to bottom, and read consecutive
    // bands that share a gutter (the columns under a headline across them) as one group. A
    // band on one side only (a column's paragraph gap beside the other's text) crosses no
    // gutter and stays in the group; a line across the gutter ends it.
    const QList<Lines> bands = horizontalBands(lines);
    const auto crosses = [](const Lines &group, const Gutter &gutter) {
        return std::any_of(group.cbegin(), group.cend(), [&gutter](const PdfLine *line) {
            return line->box.right() > gutter.left && line->box.left() < gutter.right;
        });
    };
    QList<Lines> group;
    Lines groupLines;
    std::optional<Gutter> shared;
    for (const Lines &band : bands) {
        const std::optional<Gutter> own = proseGutter(band, pageWidth);
        std::optional<Gutter> candidate = own ? own : shared;
        bool join = !group.isEmpty();
        if (own && shared) {
            const Gutter both{qMax(own->left, shared->left), qMin(own->right, shared->right)};
            candidate = both.right - both.left >= minGutter ? std::optional<Gutter>(both) : std::nullopt;
            join = join && candidate;
        }
        if (join && candidate)
            join = !crosses(groupLines, *candidate) && !crosses(band, *candidate);
        if (!join) {
            if (!group.isEmpty())
                readGroup(group, pageWidth, out, depth);
            group = {band};
            groupLines = band;
            shared = own;
            continue;
        }
        group.append(band);
        groupLines.append(band);
        shared = candidate;
    }
    if (!group.isEmpty())
        readGroup(group, pageWidth, out, depth);
}

/// A line's text for comparison across pages: lower case, each run of digits one '#'.
QString furnitureKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    bool inDigits = false;
    for (QChar c : text.simplified()) {
        if (c.isDigit()) {
            if (!inDigits)
                key += u'#';
            inDigits = true;
            continue;
        }
        inDigits = false;
        key += c.toLower();
    }
    return key;
}

bool isPageNumber(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(page |p\. ?|- ?|— ?)?#( ?(of|/) ?#)?( ?-| ?—)?$)"));
    return pattern.match(key).hasMatch();
}

bool inFurnitureZone(const PdfLine &line, const QSizeF &size)
{
    return line.box.bottom() <= size.height() * furnitureZone || line.box.top() >= size.height() * (1.0 - furnitureZone);
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010);
}

bool endsSentence(QStringView text)
{
    while (!text.isEmpty() && (text.back() == u'"' || text.back() == QChar(0x201D) || text.back() == QChar(0x2019)
                               || text.back() == u')' || text.back() == u'\''))
        text.chop(1);
    return !text.isEmpty() && (text.back() == u'.' || text.back() == u'!' || text.back() == u'?' || text.back() == u':');
}

bool endsWithBrokenWord(QStringView text)
{
    return text.size() >= 2 && (isHyphen(text.back()) || text.back() == QChar(0x00AD)) && text.at(text.size() - 2).isLetter();
}

bool startsLower(QStringView text)
{
    return !text.isEmpty() && text.front().isLower();
}

/// Whether the next line goes on with the paragraph the previous one left open.
bool continues(QStringView previous, QStringView next)
{
    if (endsWithBrokenWord(previous))
        return startsLower(next);
    return !endsSentence(previous) && startsLower(next);
}

/// Builds the text paragraph by paragraph, keeping page starts and deferring the furniture
/// met while a paragraph may still go on over a page or column turn.
class TextBuilder {
public:
    explicit TextBuilder(int pageCount) : m_pageStarts(pageCount, -1) {}

    void furniture(int page, const QString &line)
    {
        if (m_open) {
            m_deferred.append({page, line});
            return;
        }
        emitFurniture(page, line);
    }

    void bodyLine(int page, const PdfLine &line, bool heading, bool newParagraph)
    {
        if (m_open && !newParagraph) {
            appendJoined(page, line.text);
        } else {
            close();
            begin(page);
            m_text += line.text;
            m_heading = heading;
        }
        m_open = true;
        m_lastLine = line;
    }

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const PdfLine &lastLine() const { return m_lastLine; }
    [[nodiscard]] qsizetype openStart() const { return m_start; }

    void close()
    {
        if (m_open) {
            Paragraph paragraph;
            paragraph.span = {m_start, m_text.size()};
            paragraph.heading = m_heading;
            m_paragraphs.append(paragraph);
            m_open = false;
        }
        const QList<std::pair<int, QString>> deferred = std::exchange(m_deferred, {});
        for (const auto &[page, line] : deferred)
            emitFurniture(page, line);
    }

    PdfText finish()
    {
        close();
        PdfText result;
        // A page without text starts where the next one does; a page whose only text was
        // placed after a later page's (its footer after a joined paragraph) starts there too.
        qsizetype next = m_text.size();
        for (qsizetype page = m_pageStarts.size() - 1; page >= 0; --page) {
            if (m_pageStarts[page] < 0 || m_pageStarts[page] > next)
                m_pageStarts[page] = next;
            next = m_pageStarts[page];
        }
        if (!m_pageStarts.isEmpty())
            m_pageStarts[0] = 0;
        for (qsizetype page = 0; page < m_pageStarts.size(); ++page) {
            const qsizetype end = page + 1 < m_pageStarts.size() ? m_pageStarts[page + 1] : m_text.size();
            result.pages.append(TextSpan{m_pageStarts[page], end});
        }
        result.text = std::move(m_text);
        result.paragraphs = std::move(m_paragraphs);
        return result;
    }

private:
    void begin(int page)
    {
        if (!m_text.isEmpty())
            m_text += u"\n\n";
        if (m_pageStarts[page] < 0)
            m_pageStarts[page] = m_text.size();
        m_start = m_text.size();
    }

    void emitFurniture(int page, const QString &line)
    {
        begin(page);
        m_text += line;
        Paragraph paragraph;
        paragraph.span = {m_start, m_text.size()};
        paragraph.boilerplate = BoilerplateKind::PageFurniture;
        m_paragraphs.append(paragraph);
    }

    void appendJoined(int page, const QString &next)
    {
        const QChar last = m_text.back();
        if (last == QChar(0x00AD)) {
            m_text.chop(1);
        } else if (endsWithBrokenWord(m_text.right(2))) {
            if (startsLower(next))
                m_text.chop(1);   // "deci-" "sion": the hyphen only broke the word
        } else {
            m_text += u' ';
        }
        if (m_pageStarts[page] < 0)
            m_pageStarts[page] = m_text.size();
        m_text += next;
    }

    QString m_text;
    QList<Paragraph> m_paragraphs;
    QList<qsizetype> m_pageStarts;
    QList<std::pair<int, QString>> m_deferred;
    PdfLine m_lastLine;
    qsizetype m_start = 0;
    bool m_open = false;
    bool m_heading = false;
};

} // namespace

PdfText layoutPdfPages(const QList<PdfPage> &pages)
{
    // Running headers and footers: the same text, digits aside, in the same zone of at least
    // half the pages.
    QHash<QString, int> pagesWithKey;
    QList<qreal> heights;
    for (const PdfPage &page : pages) {
        QSet<QString> seen;
        for (const PdfLine &line : page.lines) {
            heights.append(line.box.height());
            if (inFurnitureZone(line, page.size))
                seen.insert(furnitureKey(line.text));
        }
        for (const QString &key : std::as_const(seen))
            ++pagesWithKey[key];
    }
    const qreal bodyHeight = medianOf(heights);
    const auto isFurniture = [&](const PdfLine &line, const QSizeF &size) {
        if (!inFurnitureZone(line, size))
            return false;
        const QString key = furnitureKey(line.text);
        const int repeats = pagesWithKey.value(key);
        return isPageNumber(key) || (repeats >= 2 && 2 * repeats >= pages.size());
    };

    TextBuilder builder(int(pages.size()));
    QList<int> withoutText;
    for (qsizetype index = 0; index < pages.size(); ++index) {
        const PdfPage &page = pages.at(index);
        const int pageNumber = int(index);
        if (page.lines.isEmpty()) {
            withoutText.append(pageNumber + 1);
            continue;
        }
        Lines body, headers, footers;
        for (const PdfLine &line : page.lines) {
            if (line.text.trimmed().isEmpty())
                continue;
            if (!isFurniture(line, page.size))
                body.append(&line);
            else
                (line.box.top() < page.size.height() / 2 ? headers : footers).append(&line);
        }
        sortByTop(headers);
        sortByTop(footers);
        for (const PdfLine *line : std::as_const(headers))
            builder.furniture(pageNumber, line->text);

        Lines ordered;
        readingOrder(body, page.size.width(), ordered);
        qreal paragraphLeft = 0.0, paragraphRight = 0.0;
        for (const PdfLine *line : std::as_const(ordered)) {
            const bool heading = bodyHeight > 0 && line->box.height() > 1.2 * bodyHeight;
            bool fresh = true;
            if (builder.isOpen()) {
                const PdfLine &previous = builder.lastLine();
                const qreal height = previous.box.height();
                const bool sameSize = qAbs(line->box.height() - height) <= 0.3 * height;
                const bool sameFlow = line->box.top() >= previous.box.top() - 0.5 * height
                    && line->box.top() - previous.box.bottom() <= 0.6 * height
                    && line->box.left() < previous.box.right() && line->box.right() > previous.box.left();
                const qreal width = paragraphRight - paragraphLeft;
                const bool shortLast = previous.box.right() < paragraphRight - 0.15 * width && endsSentence(previous.text);
                // A change of type size is a heading's edge; over a column or page turn a
                // paragraph goes on only when the words say so.
                if (!sameSize)
                    fresh = true;
                else
                    fresh = sameFlow ? shortLast : !continues(previous.text, line->text);
            }
            if (fresh) {
                paragraphLeft = line->box.left();
                paragraphRight = line->box.right();
            } else {
                paragraphLeft = qMin(paragraphLeft, line->box.left());
                paragraphRight = qMax(paragraphRight, line->box.right());
            }
            builder.bodyLine(pageNumber, *line, heading, fresh);
        }
        for (const PdfLine *line : std::as_const(footers))
            builder.furniture(pageNumber, line->text);
    }
    PdfText result = builder.finish();
    result.pagesWithoutText = withoutText;
    return result;
}

} // namespace Crossread
