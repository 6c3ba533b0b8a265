// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "decoder.h"
#include "inputlimits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Crossread {

const Importer &plainTextImporter();
const Importer &markdownImporter();
const Importer &htmlImporter();

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
    case FormatHint::Auto:
        break;
    }
    if (hasSuffix(source.name, {u".html", u".htm", u".xhtml", u".shtml"}))
        return SourceFormat::Html;
    if (hasSuffix(source.name, {u".md", u".markdown", u".mdown", u".mkd"}))
        return SourceFormat::Markdown;
    if (hasSuffix(source.name, {u".txt", u".text"}))
        return SourceFormat::PlainText;
    // Content sniffing for names without a telling extension (drops, clipboard, "story").
    const QByteArray head = source.bytes.left(4096).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || head.contains("<head") || head.contains("<p>") || head.contains("<div"))
        return SourceFormat::Html;
    return SourceFormat::PlainText;
}

ImportResult importSource(const ImportSource &source)
{
    if (source.bytes.size() > Limits::maxImportBytes) {
        return failure(source.name, tr("the file is %1, larger than the %2 Crossread imports")
                                        .arg(QLocale().formattedDataSize(source.bytes.size()),
                                             QLocale().formattedDataSize(Limits::maxImportBytes)));
    }
    if (source.bytes.trimmed().isEmpty())
        return failure(source.name, tr("the file is empty"));
    if (looksBinary(source.bytes))
        return failure(source.name, tr("the file is binary, not text, Markdown or HTML"));

    ImportResult result = importerFor(detectFormat(source)).read(source);
    if (!result)
        return result;
    Article &article = result.value();
    if (article.meta.sourceFile.isEmpty())
        article.meta.sourceFile = source.name;
    article.meta.importedAt = QDateTime::currentDateTimeUtc();
    article.originalBytes = source.bytes;
    article.contentHash = QCryptographicHash::hash(source.bytes, QCryptographicHash::Sha256).toHex();
    return result;
}

ImportResult importFile(const QString &path, FormatHint hint)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, tr("the file does not exist"));
    if (info.isDir())
        return failure(path, tr("this is a folder, not a file"));
    if (info.size() > Limits::maxImportBytes) {
        return failure(path, tr("the file is %1, larger than the %2 Crossread imports")
                                 .arg(QLocale().formattedDataSize(info.size()),
                                      QLocale().formattedDataSize(Limits::maxImportBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, tr("cannot read the file: %1").arg(file.errorString()));
    return importSource(ImportSource{file.readAll(), path, hint});
}

} // namespace Crossread
