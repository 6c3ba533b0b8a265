// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <functional>

namespace Crossread {

/// Why a source could not become an article. `message()` names the source and the reason,
/// ready for the user; `reason` alone is translated text without the name.
struct ImportError {
    QString source;
    QString reason;
    bool canceled = false;   ///< the reader stopped the import; not a fault of the source
    [[nodiscard]] QString message() const;
};

using ImportResult = Expected<Article, ImportError>;

/// What the caller knows of the source's format; Auto looks at the name and then the content.
enum class FormatHint : quint8 { Auto, PlainText, Markdown, Html, Mhtml, Pdf };

/// Bytes to import, with a name for messages and metadata (a path, "Clipboard", ...).
struct ImportSource {
    QByteArray bytes;
    QString name;
    FormatHint hint = FormatHint::Auto;
    /// The charset the transport declared (HTTP Content-Type); empty for files. A page's own
    /// declaration (<meta charset>) wins over it; see decodePage().
    QByteArray declaredCharset{};
    /// For a page fetched from the web: the final address and when it was fetched (UTC).
    QString fetchedUrl{};
    QDateTime fetchedAt{};
    /// Asked between the pages of a long document (PDF): when it returns true the import stops
    /// within a page and returns an ImportError with `canceled` set. May be empty.
    std::function<bool()> isCanceled{};
};

/// One format's reader: bytes in, an article with text, paragraphs (boilerplate marked) and
/// metadata out, or an error. Implementations are stateless and thread-safe.
class Importer {
public:
    virtual ~Importer() = default;
    [[nodiscard]] virtual SourceFormat format() const = 0;
    [[nodiscard]] virtual ImportResult read(const ImportSource &source) const = 0;
};

/// The importer for a format; never null.
[[nodiscard]] const Importer &importerFor(SourceFormat format);

/// Detects the format from the hint, then the name's extension, then the content.
[[nodiscard]] SourceFormat detectFormat(const ImportSource &source);

/// Reads any source: checks size and binary content, picks the importer, fills the common
/// metadata (source name, import time, content hash, original bytes). Thread-safe.
[[nodiscard]] ImportResult importSource(const ImportSource &source);

/// Drops from `articles` each one whose content hash is already in `story` or earlier in
/// `articles`: the same file given twice, or the same bytes under two names, would be two
/// "outlets" that agree on everything. Returns one message per dropped article, naming it and
/// the article it repeats (translated).
[[nodiscard]] QStringList dropDuplicateArticles(QList<Article> *articles, const QList<Article> &story = {});

/// Whether this build reads PDF files (it was built with Poppler's Qt 6 binding).
[[nodiscard]] bool pdfSupported();

/// True when the name's extension is one of the formats Crossread imports (for folder drops).
[[nodiscard]] bool isImportableName(const QString &fileName);

/// The files directly inside `folder` that isImportableName() accepts, sorted by name (case
/// ignored), as paths; hidden files and subfolders are left out. Empty when it is no folder.
[[nodiscard]] QStringList importableFilesIn(const QString &folder);

/// Reads a file from disk and imports it; missing files, directories, unreadable, empty,
/// oversized and binary files give an ImportError naming the file.
/// `isCanceled` as in ImportSource::isCanceled.
[[nodiscard]] ImportResult importFile(const QString &path, FormatHint hint = FormatHint::Auto,
                                      const std::function<bool()> &isCanceled = {});

/// The error of an import the reader stopped (ImportError::canceled set). Translated.
[[nodiscard]] ImportError canceledImport(const QString &source);

} // namespace Crossread

Q_DECLARE_METATYPE(Crossread::ImportSource)
