// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "import/htmltree.h"

#include <QString>
#include <QStringView>

namespace Crossread {

/// What a page says about itself, from <title>, OpenGraph and article:* meta tags,
/// <meta name="author">, JSON-LD (NewsArticle, Article, ReportageNewsArticle, BlogPosting ...),
/// schema.org microdata, <time datetime> and <link rel="canonical">.
struct HtmlMetadata {
    QString title;              ///< <title> as written
    QString outlet;
    QString headline;           ///< with a " | Outlet" suffix removed
    QString author;             ///< several authors joined with ", "
    PublishedDate published;
    QString url;                ///< canonical URL, else og:url, else JSON-LD url
    QString jsonLdBody;         ///< JSON-LD articleBody as plain text; empty when absent
};

/// Reads the page's metadata. Never loads anything the page references.
[[nodiscard]] HtmlMetadata extractHtmlMetadata(const HtmlTree &tree);

/// Parses a date as pages write it in metadata: ISO 8601 ("2023-04-19T17:07:00-04:00",
/// "2023-04", "2023"), RFC 2822 ("Wed, 19 Apr 2023 21:07:00 GMT") and the common English forms
/// "April 19, 2023" / "19 April 2023". The date is kept as written, in the writer's time zone.
[[nodiscard]] PublishedDate parsePublishedDate(QStringView text);

/// Removes a site name that a title carries before or after a separator ("Headline | Outlet",
/// "Outlet - Headline"). Without a known outlet, only a short " | Name" suffix is removed.
[[nodiscard]] QString stripSiteName(const QString &title, const QString &outlet, const QString &host = {});

} // namespace Crossread
