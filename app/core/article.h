// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Crossread {

/// The format an article was read from. Mhtml is a page saved as one file (MIME
/// multipart/related); Pdf a document read through Poppler.
enum class SourceFormat : quint8 { PlainText, Markdown, Html, Mhtml, Pdf };

/// How much of a date is known, coarsest first: "2023" alone is Year, "October 2022" is Month.
/// Decade, Quarter and Week occur only in facts ("in the 1980s", "the second quarter of 2003",
/// "last week"), never in a publication date.
enum class DatePrecision : quint8 { Unknown, Decade, Year, Quarter, Month, Week, Day };

/// A publication date with its precision; invalid (Unknown) when the article gave none.
struct PublishedDate {
    QDate date;
    DatePrecision precision = DatePrecision::Unknown;
    QTime time;               ///< valid only when the source gave a time of day
    QString text;             ///< the date as written in the source, for display and audits

    [[nodiscard]] bool isValid() const { return precision != DatePrecision::Unknown && date.isValid(); }
    /// ISO form cut to the precision: "2023", "2023-04", "2023-04-19"; empty when unknown.
    [[nodiscard]] QString isoString() const;
    friend bool operator==(const PublishedDate &, const PublishedDate &) = default;
};

/// Why a paragraph is page furniture rather than article text. None means article text.
enum class BoilerplateKind : quint8 {
    None,
    Advertisement,
    SignUp,          ///< newsletter and registration boxes
    Share,           ///< share / follow prompts
    Notice,          ///< cookie, privacy and consent notices
    Affiliate,       ///< affiliate and sponsorship disclosures
    Caption,         ///< image captions and credits
    RelatedLinks,    ///< "read more" and related-story lists
    Promo,           ///< donation and subscription promos
    AuthorBio,
    Copyright,
    Navigation,
    Other,
    Byline,          ///< byline, dateline and source lines, read into the metadata
    PageFurniture,   ///< a printed page's running header, footer or page number (PDF)
};

/// One block of an article's text.
struct Paragraph {
    TextSpan span;
    BoilerplateKind boilerplate = BoilerplateKind::None;
    bool userDecided = false;   ///< the reader flipped the classification; importers never override it
    bool heading = false;

    [[nodiscard]] bool isBoilerplate() const { return boilerplate != BoilerplateKind::None; }
    friend bool operator==(const Paragraph &, const Paragraph &) = default;
};

/// What an article is to the story: one outlet's coverage, or the primary source the coverage
/// reports on (the press release, the filing, the agency report). A story has at most one source.
enum class ArticleRole : quint8 { Coverage, Source };

struct ArticleMetadata {
    QString outlet;
    QString headline;
    QString author;
    PublishedDate published;
    QString url;
    QString sourceFile;       ///< the path as given by the user
    QDateTime importedAt;
    QString fetchedUrl;       ///< the final address after redirects, for an article fetched from the web
    QDateTime fetchedAt;      ///< when it was fetched (UTC); invalid for files
    ArticleRole role = ArticleRole::Coverage;   ///< set by the reader, never by an importer
    friend bool operator==(const ArticleMetadata &, const ArticleMetadata &) = default;
};

/// One outlet's piece. Immutable once imported: `text` is what the reader sees and what every
/// span points into; `contentHash` (SHA-256 of the original bytes, hex) proves which source it was.
struct Article {
    ArticleMetadata meta;
    QString text;
    QList<Paragraph> paragraphs;   ///< in text order, non-overlapping
    SourceFormat format = SourceFormat::PlainText;
    QByteArray originalBytes;
    QByteArray contentHash;
    QString encoding;              ///< "UTF-8", "UTF-16LE", "windows-1252", ...
    int replacedBytes = 0;         ///< invalid byte sequences replaced by U+FFFD while decoding
    QStringList notices;           ///< things the reader should know about the import, translated
    /// The charset the transport declared (HTTP Content-Type) for a fetched page; importing the
    /// original bytes again needs it to give the same text. Empty for files.
    QByteArray declaredCharset;
    /// For a paged source (PDF): each page's span of `text`, in order, contiguous, covering
    /// the text. Empty for sources without pages.
    QList<TextSpan> pages;

    /// A label for lists and pane headers: the outlet, else the file name.
    [[nodiscard]] QString displayName() const;
    /// Spans of the paragraphs marked as boilerplate, in text order.
    [[nodiscard]] QList<TextSpan> boilerplateSpans() const;
    /// The 1-based page that holds `offset`, or 0 when the article has no pages.
    [[nodiscard]] int pageAt(qsizetype offset) const;
};

/// The stable key of a role, as the session and the JSON write it: "coverage", "source".
[[nodiscard]] QString articleRoleKey(ArticleRole role);
/// The role of a key; nullopt for a key this version does not know.
[[nodiscard]] std::optional<ArticleRole> articleRoleFromKey(QStringView key);
/// The index of the story's source among `articles` (the first marked Source), or -1.
[[nodiscard]] int sourceIndex(const QList<Article> &articles);

/// "p. 4": the page of `article` that holds `offset`, for reports and popups; empty when the
/// article has no pages. Translated.
[[nodiscard]] QString pageLabel(const Article &article, qsizetype offset);
/// `text` followed by " (p. 4)" when the article has pages.
[[nodiscard]] QString withPageLabel(const QString &text, const Article &article, qsizetype offset);
/// "Fetched from URL on 2026-12-06 07:55 UTC" for a page fetched from the web; empty for a
/// file. Translated.
[[nodiscard]] QString fetchedLabel(const ArticleMetadata &meta);

} // namespace Crossread

Q_DECLARE_METATYPE(Crossread::Article)
