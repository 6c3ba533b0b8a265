// SPDX-License-Identifier: GPL-3.0-or-later
// PDF documents through Poppler's Qt 6 binding, when the build has it: each page's text layer
// as lines with their boxes, laid out in reading order by pdflayout.cpp. Without Poppler a PDF
// is refused with that reason, never read as text.
#include "import/importer.h"

#include "core/inputlimits.h"
#include "import/boilerplate.h"
#include "import/pdflayout.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

#if CROSSREAD_HAVE_POPPLER
#include <poppler-qt6.h>

#include <mutex>
#endif

namespace Crossread {
namespace {

#if CROSSREAD_HAVE_POPPLER

Q_LOGGING_CATEGORY(lcPdf, "crossread.import.pdf", QtWarningMsg)

/// Poppler reports damaged objects through qDebug by default; they belong in our category.
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString &message, const QVariant &) { qCDebug(lcPdf) << message; },
                                       QVariant());
    });
}

/// Typesetting ligatures (U+FB00-FB06: ff, fi, fl, ffi, ffl, long s t, st) as their letters,
/// so "eﬀort" is found, compared and quoted as "effort".
QString withoutLigatures(QString text)
{
    static constexpr std::pair<char16_t, const char16_t *> ligatures[] = {
        {0xFB00, u"ff"}, {0xFB01, u"fi"}, {0xFB02, u"fl"}, {0xFB03, u"ffi"}, {0xFB04, u"ffl"}, {0xFB05, u"st"}, {0xFB06, u"st"}};
    for (const auto &[ligature, letters] : ligatures) {
        if (text.contains(QChar(ligature)))
            text.replace(QChar(ligature), QString::fromUtf16(letters));
    }
    return text;
}

/// A page's text layer as lines: Poppler links the words of one line through nextWord().
PdfPage readPage(const Poppler::Page &page)
{
    PdfPage result;
    result.size = page.pageSizeF();
    PdfLine line;
    for (const std::unique_ptr<Poppler::TextBox> &word : page.textList()) {
        line.text += word->text();
        line.box = line.box.isNull() ? word->boundingBox() : line.box.united(word->boundingBox());
        if (word->nextWord()) {
            if (word->hasSpaceAfter())
                line.text += u' ';
            continue;
        }
        line.text = withoutLigatures(line.text.simplified());
        result.lines.append(std::exchange(line, PdfLine{}));
    }
    if (!line.text.isEmpty())
        result.lines.append(line);
    return result;
}

/// A title that only names the file the PDF was made from ("Microsoft Word - draft3.docx").
bool isFileNameTitle(const QString &title)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^microsoft \w+ - |\.(docx?|odt|rtf|pdf|pages|indd|xlsx?|pptx?|tex|txt)$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(title.trimmed()).hasMatch();
}

QString pageList(const QList<int> &pages)
{
    QStringList numbers;
    for (qsizetype i = 0; i < pages.size() && i < 10; ++i)
        numbers.append(QString::number(pages.at(i)));
    if (pages.size() > 10)
        numbers.append(QStringLiteral("…"));
    return numbers.join(QStringLiteral(", "));
}

class PdfImporter final : public Importer {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Import)
public:
    SourceFormat format() const override { return SourceFormat::Pdf; }

    ImportResult read(const ImportSource &source) const override
    {
        routePopplerMessages();
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(source.bytes);
        if (!document)
            return ImportError{source.name, tr("the PDF cannot be read: it is damaged or not a PDF")};
        if (document->isLocked()) {
            return ImportError{source.name,
                               tr("the PDF is encrypted and opens only with a password, which Crossread does not ask for; "
                                  "open it in a PDF viewer and save or print a copy without encryption")};
        }
        const int pageCount = document->numPages();
        if (pageCount <= 0)
            return ImportError{source.name, tr("the PDF has no pages")};
        if (pageCount > Limits::maxPdfPages) {
            return ImportError{source.name, tr("the PDF has %1 pages; Crossread reads documents of at most %2 pages "
                                               "(extract the pages the story is about into a PDF of their own)")
                                                .arg(pageCount)
                                                .arg(Limits::maxPdfPages)};
        }
        QList<PdfPage> pages;
        pages.reserve(pageCount);
        for (int index = 0; index < pageCount; ++index) {
            // A page takes a few milliseconds: asking before each one stops a long document
            // well within the 100 ms a cancel may take.
            if (source.isCanceled && source.isCanceled())
                return canceledImport(source.name);
            const std::unique_ptr<Poppler::Page> page = document->page(index);
            pages.append(page ? readPage(*page) : PdfPage{});
        }
        if (source.isCanceled && source.isCanceled())
            return canceledImport(source.name);
        PdfText laid = layoutPdfPages(pages);
        if (laid.text.trimmed().isEmpty()) {
            return ImportError{source.name, tr("the PDF has no text layer: its pages are images (a scan?), and Crossread "
                                               "reads text only; run it through text recognition (OCR) first")};
        }

        Article article;
        article.format = SourceFormat::Pdf;
        article.encoding = QStringLiteral("PDF");
        article.text = std::move(laid.text);
        article.paragraphs = std::move(laid.paragraphs);
        article.pages = std::move(laid.pages);
        article.meta.sourceFile = source.name;
        if (const QString title = document->info(QStringLiteral("Title")).simplified(); !isFileNameTitle(title))
            article.meta.headline = title;
        article.meta.author = document->info(QStringLiteral("Author")).simplified();
        const QDateTime created = document->date(QStringLiteral("CreationDate"));
        if (created.isValid()) {
            article.meta.published.date = created.date();
            article.meta.published.time = created.time();
            article.meta.published.precision = DatePrecision::Day;
            article.meta.published.text = created.toString(Qt::ISODate);
        }
        // The first heading (or, failing one, a short first paragraph) names an untitled document.
        for (Paragraph &paragraph : article.paragraphs) {
            if (paragraph.isBoilerplate())
                continue;
            if (article.meta.headline.isEmpty() && (paragraph.heading || paragraph.span.length() <= 200)) {
                article.meta.headline = paragraph.span.in(article.text).toString().simplified();
                paragraph.heading = true;
            }
            break;
        }
        classifyBoilerplate(article.text, article.paragraphs);
        if (!laid.pagesWithoutText.isEmpty()) {
            article.notices.append(tr("%n page(s) of %1 have no text layer (images, perhaps scanned): page %2. Their text is "
                                      "not in the article.", nullptr, int(laid.pagesWithoutText.size()))
                                       .arg(pageCount)
                                       .arg(pageList(laid.pagesWithoutText)));
        }
        return article;
    }
};

#else

class PdfImporter final : public Importer {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Import)
public:
    SourceFormat format() const override { return SourceFormat::Pdf; }

    ImportResult read(const ImportSource &source) const override
    {
        return ImportError{source.name, tr("this Crossread was built without PDF support (Poppler's Qt 6 library); "
                                           "it cannot read PDF files")};
    }
};

#endif

} // namespace

bool pdfSupported()
{
    return CROSSREAD_HAVE_POPPLER;
}

const Importer &pdfImporter()
{
    static const PdfImporter importer;
    return importer;
}

} // namespace Crossread
