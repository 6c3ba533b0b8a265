// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "decoder.h"
#include "paragraphs.h"

#include <QCoreApplication>

namespace Crossread {
namespace {

/// Plain text: the decoded file is the article text, unchanged but for a removed BOM, so that
/// offsets are the file's own. The first paragraph is the headline.
class PlainTextImporter final : public Importer {
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
            article.notices.append(QCoreApplication::translate("Crossread::Import",
                "The file declared no encoding and is not UTF-8; it was read as Windows-1252."));
        if (decoded.replacedSequences > 0)
            article.notices.append(QCoreApplication::translate("Crossread::Import",
                "%n invalid byte sequence(s) were replaced by \uFFFD.", nullptr, decoded.replacedSequences));
        article.paragraphs = splitParagraphs(article.text);
        if (article.paragraphs.isEmpty())
            return ImportError{source.name, QCoreApplication::translate("Crossread::Import", "the file holds no text")};
        Paragraph &first = article.paragraphs.first();
        article.meta.headline = first.span.in(article.text).toString().simplified();
        first.heading = true;
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
