// SPDX-License-Identifier: GPL-3.0-or-later
// Pages saved as one file (MHTML, what Chromium's "Save as: single file" writes): a MIME
// message (RFC 2045-2047) whose multipart/related body (RFC 2387) holds the page's HTML and
// every resource it used. Only the HTML part is decoded and imported; the others (images,
// styles, frames) are skipped unread, as a saved page's references are never loaded.
#include "import/importer.h"
#include "import/mhtml.h"
#include "import/mimeheader.h"

#include <QCoreApplication>

namespace Crossread {
namespace {

/// A multipart inside a multipart is followed this deep; real files nest at most once.
constexpr int maxMultipartDepth = 4;

struct Part {
    QByteArrayView headers;
    QByteArrayView body;
};

/// Splits a message at the blank line after its headers (CRLF or LF line ends).
Part splitPart(QByteArrayView message)
{
    qsizetype lineStart = 0;
    while (lineStart < message.size()) {
        qsizetype lineEnd = message.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = message.size();
        const QByteArrayView line = message.sliced(lineStart, lineEnd - lineStart);
        if (line.isEmpty() || line == "\r")
            return Part{message.first(lineStart), message.sliced(qMin(lineEnd + 1, message.size()))};
        lineStart = lineEnd + 1;
    }
    return Part{message, {}};
}

/// The value of a header, unfolded (continuation lines start with white space); empty if absent.
QByteArray headerValue(QByteArrayView headers, QByteArrayView name)
{
    QByteArray value;
    bool inHeader = false;
    for (QByteArrayView line : QByteArray::fromRawData(headers.data(), headers.size()).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (inHeader && !line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            value += ' ' + line.trimmed().toByteArray();
            continue;
        }
        if (inHeader)
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            value = line.sliced(colon + 1).trimmed().toByteArray();
            inHeader = true;
        }
    }
    return value;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/// Quoted-printable (RFC 2045 6.7): "=XX" is a byte, "=" at a line end joins the lines. A
/// malformed escape is kept as written, as mail readers do.
QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < in.size() && in[i + 1] == '\n') {
            ++i;
        } else if (i + 2 < in.size() && in[i + 1] == '\r' && in[i + 2] == '\n') {
            i += 2;
        } else if (i + 2 < in.size() && hexDigit(in[i + 1]) >= 0 && hexDigit(in[i + 2]) >= 0) {
            out += char(hexDigit(in[i + 1]) * 16 + hexDigit(in[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray decodeBody(QByteArrayView body, const QByteArray &transferEncoding)
{
    const QByteArray encoding = transferEncoding.trimmed().toLower();
    if (encoding == "quoted-printable")
        return decodeQuotedPrintable(body);
    if (encoding == "base64")
        return QByteArray::fromBase64(body.toByteArray());   // skips line breaks and stray bytes
    return body.toByteArray();   // 7bit, 8bit, binary or none
}

/// The parts between "--boundary" lines; the preamble and the epilogue are not parts.
QList<QByteArrayView> multipartParts(QByteArrayView body, const QByteArray &boundary)
{
    QList<QByteArrayView> parts;
    const QByteArray delimiter = QByteArray("--") + boundary;
    const QByteArray lineDelimiter = QByteArray("\n") + delimiter;
    qsizetype at = body.startsWith(delimiter) ? 0 : body.indexOf(lineDelimiter);
    if (at < 0)
        return parts;
    if (at > 0)
        ++at;
    while (at >= 0) {
        qsizetype contentStart = at + delimiter.size();
        if (body.sliced(contentStart).startsWith("--"))
            break;   // the closing delimiter
        const qsizetype lineEnd = body.indexOf('\n', contentStart);
        if (lineEnd < 0)
            break;
        contentStart = lineEnd + 1;
        qsizetype next = body.indexOf(lineDelimiter, contentStart);
        qsizetype contentEnd = next < 0 ? body.size() : next;
        if (contentEnd > contentStart && body[contentEnd - 1] == '\r')
            --contentEnd;
        parts.append(body.sliced(contentStart, qMax<qsizetype>(0, contentEnd - contentStart)));
        at = next < 0 ? -1 : next + 1;
    }
    return parts;
}

std::optional<MhtmlPage> findHtmlPart(QByteArrayView message, int depth)
{
    const Part part = splitPart(message);
    const QByteArray contentType = headerValue(part.headers, "Content-Type");
    const QByteArray type = mediaTypeOf(contentType);
    if (type.startsWith("multipart/")) {
        const QByteArray boundary = headerParameter(contentType, "boundary");
        if (boundary.isEmpty() || depth >= maxMultipartDepth)
            return std::nullopt;
        for (QByteArrayView inner : multipartParts(part.body, boundary)) {
            if (std::optional<MhtmlPage> page = findHtmlPart(inner, depth + 1))
                return page;
        }
        return std::nullopt;
    }
    if (type != "text/html" && type != "application/xhtml+xml")
        return std::nullopt;
    MhtmlPage page;
    page.html = decodeBody(part.body, headerValue(part.headers, "Content-Transfer-Encoding"));
    page.charset = headerParameter(contentType, "charset");
    page.location = QString::fromUtf8(headerValue(part.headers, "Content-Location"));
    return page;
}

class MhtmlImporter final : public Importer {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Import)
public:
    SourceFormat format() const override { return SourceFormat::Mhtml; }

    ImportResult read(const ImportSource &source) const override
    {
        Expected<MhtmlPage, QString> page = extractMhtmlPage(source.bytes);
        if (!page)
            return ImportError{source.name, page.error()};
        ImportSource html;
        html.bytes = std::move(page->html);
        html.name = source.name;
        html.hint = FormatHint::Html;
        html.declaredCharset = page->charset;
        ImportResult result = importerFor(SourceFormat::Html).read(html);
        if (!result)
            return result;
        result->format = SourceFormat::Mhtml;
        if (result->meta.url.isEmpty())
            result->meta.url = page->location;
        return result;
    }
};

} // namespace

Expected<MhtmlPage, QString> extractMhtmlPage(QByteArrayView bytes)
{
    const Part top = splitPart(bytes);
    if (headerValue(top.headers, "Content-Type").isEmpty()) {
        return QCoreApplication::translate("Crossread::Import",
                                           "it is not a single-file web page (MHTML): it has no MIME headers");
    }
    std::optional<MhtmlPage> page = findHtmlPart(bytes, 0);
    if (!page) {
        return QCoreApplication::translate("Crossread::Import",
                                           "the single-file web page (MHTML) holds no HTML part");
    }
    if (page->location.isEmpty())
        page->location = QString::fromUtf8(headerValue(top.headers, "Snapshot-Content-Location"));
    return std::move(page).value();
}

const Importer &mhtmlImporter()
{
    static const MhtmlImporter importer;
    return importer;
}

} // namespace Crossread
