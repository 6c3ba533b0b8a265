// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "core/segmentation.h"

#include "import/boilerplate.h"
#include "import/bylines.h"
#include "import/decoder.h"
#include "import/htmlextractor.h"
#include "import/htmlmetadata.h"
#include "import/htmltree.h"

#include <QCoreApplication>

namespace Crossread {
namespace {

/// Fewer words than this in the article text and the page is probably not an article.
constexpr int shortArticleWords = 80;

/// HTML pages: decoded by their declared charset, parsed as a browser parses them, reduced to
/// the article's main text (see htmlextractor.cpp) with page furniture inside it marked.
/// Nothing the page references (images, scripts, styles, frames) is ever loaded.
class HtmlImporter final : public Importer {
    // lupdate files these strings under the class's tr context, so name it here.
    Q_DECLARE_TR_FUNCTIONS(Crossread::Import)
public:
    SourceFormat format() const override { return SourceFormat::Html; }

    ImportResult read(const ImportSource &source) const override
    {
        const QByteArray declared = sniffHtmlCharset(source.bytes);
        const DecodedText decoded = decodeFetchedText(source.bytes, declared, source.declaredCharset);
        const QByteArray utf8 = decoded.text.toUtf8();
        Expected<HtmlTree, QString> tree = parseHtml(utf8);
        if (!tree)
            return ImportError{source.name, tree.error()};

        const HtmlMetadata meta = extractHtmlMetadata(tree.value());
        const ExtractedBody body = extractMainText(tree.value(), meta);
        if (body.source == ExtractionSource::None || body.blocks.isEmpty()) {
            return ImportError{source.name,
                               tr("the page holds no article text (it may be a home page, a gallery or an error page)")};
        }

        Article article;
        article.format = SourceFormat::Html;
        article.encoding = decoded.encoding;
        article.replacedBytes = decoded.replacedSequences;
        article.meta.outlet = meta.outlet;
        article.meta.headline = meta.headline;
        article.meta.author = meta.author;
        article.meta.published = meta.published;
        article.meta.url = meta.url;
        article.meta.sourceFile = source.name;

        qint32 previousList = -1;
        QList<ParagraphHints> hints;
        for (const ExtractedBlock &block : body.blocks) {
            if (!article.text.isEmpty())
                article.text += (block.list >= 0 && block.list == previousList) ? u"\n" : u"\n\n";
            previousList = block.list;
            const qsizetype start = article.text.size();
            article.text += block.text;
            Paragraph paragraph;
            paragraph.span = {start, article.text.size()};
            paragraph.boilerplate = block.boilerplate;
            paragraph.heading = block.kind == BlockKind::Heading;
            article.paragraphs.append(paragraph);
            ParagraphHints hint;
            hint.linkDensity = block.linkDensity;
            hint.inList = block.kind == BlockKind::ListItem;
            hint.classScore = block.classScore;
            hint.caption = block.caption;
            hints.append(hint);
        }
        // The page structure marked what it could; phrases, short-line runs and position mark
        // the rest, and byline and date lines at the top become metadata.
        classifyBoilerplate(article.text, article.paragraphs, hints);
        recogniseMetadataLines(article);
        int proseWords = 0;
        for (const Paragraph &paragraph : std::as_const(article.paragraphs)) {
            if (!paragraph.isBoilerplate())
                proseWords += countWords(paragraph.span.in(article.text));
        }

        if (decoded.guessed)
            article.notices.append(tr("The page declared no encoding and is not UTF-8; it was read as Windows-1252."));
        if (decoded.overruledDeclaration)
            article.notices.append(declared.isEmpty() && !source.declaredCharset.isEmpty()
                                       ? tr("The encoding the server declared does not fit the page's bytes, which are valid UTF-8; it was read as UTF-8.")
                                       : tr("The encoding the page declares does not fit its bytes, which are valid UTF-8; it was read as UTF-8."));
        if (decoded.replacedSequences > 0)
            article.notices.append(tr("%n invalid byte sequence(s) were replaced by \uFFFD.", nullptr, decoded.replacedSequences));
        if (body.source == ExtractionSource::StructuredData)
            article.notices.append(tr("The page's markup holds no article text; the text comes from the article data embedded in the page."));
        if (proseWords == 0)
            article.notices.append(tr("All the text found in the page is page furniture (navigation, ads, notices); it may not be an article."));
        else if (proseWords < shortArticleWords)
            article.notices.append(tr("Only %n word(s) of article text were found; the page may not be an article.", nullptr, proseWords));
        return article;
    }
};

} // namespace

const Importer &htmlImporter()
{
    static const HtmlImporter importer;
    return importer;
}

} // namespace Crossread
