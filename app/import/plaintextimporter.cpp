// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include "import/boilerplate.h"
#include "import/bylines.h"
#include "import/decoder.h"
#include "core/paragraphs.h"
#include "core/segmentation.h"
#include "import/sourceline.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Crossread {
namespace {

constexpr qsizetype maxHeadlineChars = 300;

/// Splits the first line off a multi-line paragraph, so that the headline is a paragraph of its
/// own. Spans only; the text is not touched.
void isolateFirstLine(const QString &text, QList<Paragraph> &paragraphs, qsizetype index)
{
    const Paragraph paragraph = paragraphs.at(index);
    qsizetype lineEnd = paragraph.span.start;
    while (lineEnd < paragraph.span.end && text.at(lineEnd) != u'\n' && text.at(lineEnd) != u'\r'
           && text.at(lineEnd) != QChar::LineSeparator)
        ++lineEnd;
    if (lineEnd >= paragraph.span.end)
        return;
    qsizetype restStart = lineEnd;
    while (restStart < paragraph.span.end && text.at(restStart).isSpace())
        ++restStart;
    qsizetype headEnd = lineEnd;
    while (headEnd > paragraph.span.start && text.at(headEnd - 1).isSpace())
        --headEnd;
    Paragraph head = paragraph;
    head.span.end = headEnd;
    Paragraph rest = paragraph;
    rest.span.start = restStart;
    paragraphs[index] = head;
    paragraphs.insert(index + 1, rest);
}

/// The headline: in a file that holds little more than the article, its first line that is not
/// furniture or a byline (a file may open with "Published ..." above the headline); in a whole
/// page copied as text, the nearest line above the main text that reads as a title (two to
/// thirty words without a full stop at the end, not furniture, not a byline), looking a few
/// lines up, else the main text's first line when it reads as a title, else none (the
/// paragraph count): the page's first line would keep its menus in the story.
/// A byline or date line met on the way up is read into the metadata as well (in a copied page
/// it is often past the first lines, where recogniseMetadataLines() looks).
qsizetype headlineAbove(Article &article, qsizetype storyStart)
{
    constexpr qsizetype lookUp = 6;
    constexpr int maxTitleWords = 30;
    // A file that holds the article alone: its first line is the headline, as it always was.
    constexpr qsizetype maxLinesAboveAlone = 3;
    const auto firstLine = [&] {
        qsizetype headline = 0;
        while (headline < article.paragraphs.size() && article.paragraphs.at(headline).isBoilerplate())
            ++headline;
        return headline;
    };
    const qsizetype above = std::count_if(article.paragraphs.cbegin(), article.paragraphs.cbegin() + std::max<qsizetype>(storyStart, 0),
                                          [](const Paragraph &paragraph) { return !paragraph.isBoilerplate(); });
    if (above <= maxLinesAboveAlone)
        return firstLine();
    // Titles end without a full stop; a summary line under the headline ends with one.
    const auto readsAsTitle = [&](qsizetype i) {
        const QStringView line = article.paragraphs.at(i).span.in(article.text).trimmed();
        const int words = countWords(line);
        return words >= 2 && words <= maxTitleWords && !line.endsWith(u'.');
    };
    for (qsizetype i = storyStart - 1, looked = 0; i >= 0 && looked < lookUp; --i) {
        Paragraph &paragraph = article.paragraphs[i];
        if (paragraph.isBoilerplate() || paragraph.userDecided)
            continue;
        ++looked;
        const MetadataLine metadata = parseMetadataLine(paragraph.span.in(article.text).trimmed());
        if (metadata.isMetadata()) {
            paragraph.boilerplate = BoilerplateKind::Byline;
            if (article.meta.author.isEmpty())
                article.meta.author = metadata.author;
            if (article.meta.outlet.isEmpty())
                article.meta.outlet = metadata.outlet;
            if (!article.meta.published.isValid() && !metadata.updated)
                article.meta.published = metadata.date;
            continue;
        }
        if (readsAsTitle(i))
            return i;
    }
    // Nothing above reads as a title: the main text opens with its headline ("Is it over?"
    // heads a run of prose when it ends with a question mark), or the page has no headline the
    // text shows. Either way what lies above the story is the page's, not the story's.
    return storyStart < article.paragraphs.size() && readsAsTitle(storyStart) ? storyStart : article.paragraphs.size();
}

/// Whether a line is a stamp of the page's own: an update time, or a date that a publishing
/// verb or a clock time goes with ("Published 11:34 PM EST Nov 19, 2019",
/// "Nov. 18, 2019 7:04 pm ET"). A bare date ("March 12, 2024") may head a timeline's entry
/// and is left to the story.
bool isPublicationStamp(QStringView line)
{
    static const QRegularExpression published(
        QStringLiteral(R"(^(first |originally |last )?(published|posted|modified|updated)\b)"), QRegularExpression::CaseInsensitiveOption);
    const MetadataLine metadata = parseMetadataLine(line);
    if (!metadata.date.isValid())
        return false;   // a byline alone far down the text may be a quoted piece's; it stays text
    return metadata.updated || metadata.date.time.isValid() || published.match(line).hasMatch();
}

/// Plain text: the decoded file is the article text, unchanged but for a removed BOM, so that
/// offsets are the file's own (CRLF files keep their \r, which segmentation treats as space).
/// The first non-empty line is the headline; byline, date and source lines near the top become
/// metadata and are marked so they stay out of comparisons.
class PlainTextImporter final : public Importer {
    // lupdate files these strings under the class's tr context, so name it here.
    Q_DECLARE_TR_FUNCTIONS(Crossread::Import)
public:
    SourceFormat format() const override { return SourceFormat::PlainText; }

    ImportResult read(const ImportSource &source) const override
    {
        DecodedText decoded = decodeText(source.bytes);
        Article article;
        article.format = SourceFormat::PlainText;
        article.text = std::move(decoded.text);
        article.encoding = decoded.encoding;
        article.replacedBytes = decoded.replacedSequences;
        if (decoded.guessed)
            article.notices.append(tr("The file declared no encoding and is not UTF-8; it was read as Windows-1252."));
        if (decoded.replacedSequences > 0)
            article.notices.append(tr("%n invalid byte sequence(s) were replaced by \uFFFD.", nullptr, decoded.replacedSequences));
        article.paragraphs = splitParagraphs(article.text);
        if (article.paragraphs.isEmpty())
            return ImportError{source.name, tr("the file holds no text")};

        recogniseMetadataLines(article);
        // No metadata named the outlet: a credit, copyright, dateline or link line may.
        if (article.meta.outlet.isEmpty())
            article.meta.outlet = outletFromSourceLines(article);
        // Text copied from a browser may open with page furniture ("Advertisement", "Skip
        // to content"): a line that a furniture phrase settles is marked and never the headline.
        // Within the story, classifyBoilerplate() weighs such a phrase against the other signals.
        QList<bool> byPhrase(article.paragraphs.size(), false);
        for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
            Paragraph &paragraph = article.paragraphs[i];
            if (paragraph.isBoilerplate() || paragraph.userDecided)
                continue;
            const BoilerplatePattern pattern = matchBoilerplatePattern(paragraph.span.in(article.text));
            if (pattern.strong) {
                paragraph.boilerplate = pattern.kind;
                byPhrase[i] = true;
            }
        }
        // A whole page copied as text holds menus, teasers, comments and a footer around the
        // story: what comes before its headline or after its main text is furniture. Lines
        // between the headline and the main text (a summary, a caption) stay.
        // Lists of teasers (title, date, a line of text) read as prose line by line.
        markTeaserLists(article.text, article.paragraphs);
        // Readers' comments under the story are prose too, and often more of it than the story.
        const qsizetype comments = commentThreadStart(article.text, article.paragraphs);
        ParagraphRun story = mainTextRun(article.text, comments >= 0 ? article.paragraphs.first(comments) : article.paragraphs);
        qsizetype headline = headlineAbove(article, story.first);
        if (headline < article.paragraphs.size()) {
            const qsizetype before = article.paragraphs.size();
            isolateFirstLine(article.text, article.paragraphs, headline);
            if (article.paragraphs.size() > before) {
                byPhrase.insert(headline + 1, false);
                if (story.first > headline)
                    ++story.first;
                if (story.last >= headline)
                    ++story.last;
            }
            Paragraph &head = article.paragraphs[headline];
            // A first line longer than any headline is text pasted without line breaks: the
            // article then has no headline, and lists show its file name.
            if (head.span.length() <= maxHeadlineChars) {
                head.heading = true;
                article.meta.headline = head.span.in(article.text).toString().simplified();
            }
        }
        const qsizetype storyStart = std::min(story.first, headline);
        for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
            Paragraph &paragraph = article.paragraphs[i];
            const bool outside = !story.isEmpty() && (i < storyStart || i > story.last);
            if (outside && !paragraph.isBoilerplate())
                paragraph.boilerplate = BoilerplateKind::Other;
            else if (!outside && i > headline && byPhrase.at(i))
                paragraph.boilerplate = BoilerplateKind::None;
            // The page's publication stamps inside the story ("First published on November 19,
            // 2019 / 8:16 AM" under it, a repeated "Published 11:34 PM EST") are metadata, as
            // they are above it: never a date of the story's facts.
            if (!outside && i > headline && !paragraph.isBoilerplate() && !paragraph.userDecided
                && isPublicationStamp(paragraph.span.in(article.text).trimmed()))
                paragraph.boilerplate = BoilerplateKind::Byline;
        }
        classifyBoilerplate(article.text, article.paragraphs);
        return article;
    }
};

} // namespace

const Importer &plainTextImporter()
{
    static const PlainTextImporter importer;
    return importer;
}

} // namespace Crossread
