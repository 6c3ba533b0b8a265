// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include "import/decoder.h"
#include "core/inputlimits.h"
#include "core/outputfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace Crossread {

const Importer &plainTextImporter();
const Importer &markdownImporter();
const Importer &htmlImporter();
const Importer &mhtmlImporter();
const Importer &pdfImporter();

namespace {

// lupdate files the tr() calls below under the namespace around them, Crossread: the
// context here must be the same, or their translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Crossread", text);
}

ImportError failure(const QString &source, const QString &reason)
{
    return ImportError{source, reason};
}

bool hasSuffix(const QString &name, std::initializer_list<QStringView> suffixes)
{
    for (QStringView suffix : suffixes) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString ImportError::message() const
{
    return source.isEmpty() ? reason : QCoreApplication::translate("Crossread::Import", "%1: %2").arg(source, reason);
}

const Importer &importerFor(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Markdown:
        return markdownImporter();
    case SourceFormat::Html:
        return htmlImporter();
    case SourceFormat::Mhtml:
        return mhtmlImporter();
    case SourceFormat::Pdf:
        return pdfImporter();
    case SourceFormat::PlainText:
        break;
    }
    return plainTextImporter();
}

SourceFormat detectFormat(const ImportSource &source)
{
    switch (source.hint) {
    case FormatHint::PlainText:
        return SourceFormat::PlainText;
    case FormatHint::Markdown:
        return SourceFormat::Markdown;
    case FormatHint::Html:
        return SourceFormat::Html;
    case FormatHint::Mhtml:
        return SourceFormat::Mhtml;
    case FormatHint::Pdf:
        return SourceFormat::Pdf;
    case FormatHint::Auto:
        break;
    }
    // A PDF is known by its signature wherever it is (the standard allows 1 KB of junk before
    // it), whatever its name says: read as text, a PDF is its content streams' operators.
    if (source.bytes.left(1024).contains("%PDF-") || hasSuffix(source.name, {u".pdf"}))
        return SourceFormat::Pdf;
    if (hasSuffix(source.name, {u".mhtml", u".mht"}))
        return SourceFormat::Mhtml;
    if (hasSuffix(source.name, {u".html", u".htm", u".xhtml", u".shtml"}))
        return SourceFormat::Html;
    if (hasSuffix(source.name, {u".md", u".markdown", u".mdown", u".mkd"}))
        return SourceFormat::Markdown;
    if (hasSuffix(source.name, {u".txt", u".text"}))
        return SourceFormat::PlainText;
    // Content sniffing for names without a telling extension (drops, clipboard, "story").
    const QByteArray head = source.bytes.left(4096).trimmed().toLower();
    if (head.contains("content-type: multipart/related") && head.contains("mime-version:"))
        return SourceFormat::Mhtml;
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || head.contains("<head") || head.contains("<p>") || head.contains("<div"))
        return SourceFormat::Html;
    return SourceFormat::PlainText;
}

ImportResult importSource(const ImportSource &source)
{
    if (source.bytes.size() > Limits::maxImportBytes)
        return failure(source.name, tooLargeReason(source.bytes.size(), Limits::maxImportBytes));
    if (source.bytes.trimmed().isEmpty())
        return failure(source.name, tr("the file is empty"));
    const SourceFormat format = detectFormat(source);
    if (format != SourceFormat::Pdf && looksBinary(source.bytes))
        return failure(source.name, tr("the file is binary, not text, Markdown, HTML or PDF"));

    ImportResult result = importerFor(format).read(source);
    if (!result)
        return result;
    Article &article = result.value();
    if (article.meta.sourceFile.isEmpty())
        article.meta.sourceFile = source.name;
    article.meta.importedAt = QDateTime::currentDateTimeUtc();
    article.meta.fetchedUrl = source.fetchedUrl;
    article.meta.fetchedAt = source.fetchedAt.toUTC();
    article.declaredCharset = source.declaredCharset;
    article.originalBytes = source.bytes;
    article.contentHash = QCryptographicHash::hash(source.bytes, QCryptographicHash::Sha256).toHex();
    return result;
}

QStringList dropDuplicateArticles(QList<Article> *articles, const QList<Article> &story)
{
    QHash<QByteArray, QString> seen;
    for (const Article &article : story)
        seen.insert(article.contentHash, article.meta.sourceFile.isEmpty() ? article.displayName() : article.meta.sourceFile);
    QStringList messages;
    QList<Article> kept;
    for (Article &article : *articles) {
        const QString name = article.meta.sourceFile.isEmpty() ? article.displayName() : article.meta.sourceFile;
        const auto earlier = seen.constFind(article.contentHash);
        if (earlier != seen.cend()) {
            messages.append(QCoreApplication::translate("Crossread::Import", "%1: the same bytes as %2 (SHA-256 %3); not added twice")
                                .arg(name, *earlier, QString::fromLatin1(article.contentHash.left(12))));
            continue;
        }
        seen.insert(article.contentHash, name);
        kept.append(std::move(article));
    }
    *articles = std::move(kept);
    return messages;
}

bool isImportableName(const QString &fileName)
{
    return hasSuffix(fileName, {u".txt", u".text", u".md", u".markdown", u".mdown", u".mkd", u".html", u".htm",
                                u".xhtml", u".shtml", u".mhtml", u".mht", u".pdf"});
}

QStringList importableFilesIn(const QString &folder)
{
    QStringList paths;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &entry : entries) {
        if (isImportableName(entry.fileName()))
            paths.append(entry.filePath());
    }
    return paths;
}

ImportError canceledImport(const QString &source)
{
    return ImportError{source, tr("the import was canceled"), true};
}

ImportResult importFile(const QString &path, FormatHint hint, const std::function<bool()> &isCanceled)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, tr("the file does not exist"));
    if (info.isDir())
        return failure(path, tr("this is a folder, not a file"));
    if (info.isFile() && info.size() > Limits::maxImportBytes)
        return failure(path, tooLargeReason(info.size(), Limits::maxImportBytes));
    // A FIFO or a device (/dev/zero) has no size to check first: read one byte past the limit.
    Expected<QByteArray, QString> bytes = readBounded(path, Limits::maxImportBytes);
    if (!bytes)
        return failure(path, tr("cannot read the file: %1").arg(bytes.error()));
    if (bytes->size() > Limits::maxImportBytes)
        return failure(path, tooLargeReason(info.isFile() ? info.size() : -1, Limits::maxImportBytes));
    ImportSource source{std::move(bytes).value(), path, hint};
    source.isCanceled = isCanceled;
    return importSource(source);
}

} // namespace Crossread
