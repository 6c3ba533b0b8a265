// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include "import/boilerplate.h"
#include "import/bylines.h"
#include "import/decoder.h"
#include "core/paragraphs.h"
#include "import/sourceline.h"

#include <QCoreApplication>

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
        // The headline is the first line that is not itself a byline or date line (a file may
        // open with "Published ..." above the headline).
        // Text copied from a browser may also open with page furniture ("Advertisement", "Skip
        // to content"): a line that a furniture phrase settles is marked and never the headline.
        qsizetype headline = 0;
        while (headline < article.paragraphs.size()) {
            Paragraph &paragraph = article.paragraphs[headline];
            if (!paragraph.isBoilerplate()) {
                const BoilerplatePattern pattern = matchBoilerplatePattern(paragraph.span.in(article.text));
                if (!pattern.strong)
                    break;
                paragraph.boilerplate = pattern.kind;
            }
            ++headline;
        }
        if (headline < article.paragraphs.size()) {
            isolateFirstLine(article.text, article.paragraphs, headline);
            Paragraph &head = article.paragraphs[headline];
            // A first line longer than any headline is text pasted without line breaks: the
            // article then has no headline, and lists show its file name.
            if (head.span.length() <= maxHeadlineChars) {
                head.heading = true;
                article.meta.headline = head.span.in(article.text).toString().simplified();
            }
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
