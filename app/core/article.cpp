// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace Crossread {

QString PublishedDate::isoString() const
{
    if (!isValid())
        return {};
    switch (precision) {
    case DatePrecision::Decade:
    case DatePrecision::Year:
        return date.toString(u"yyyy");
    case DatePrecision::Quarter:
    case DatePrecision::Month:
        return date.toString(u"yyyy-MM");
    case DatePrecision::Week:
    case DatePrecision::Day:
        return date.toString(Qt::ISODate);
    case DatePrecision::Unknown:
        break;
    }
    return {};
}

QString Article::displayName() const
{
    if (!meta.outlet.isEmpty())
        return meta.outlet;
    if (!meta.fetchedUrl.isEmpty())
        return QUrl(meta.fetchedUrl).host();
    if (!meta.sourceFile.isEmpty())
        return QFileInfo(meta.sourceFile).completeBaseName();
    return meta.headline;
}

QList<TextSpan> Article::boilerplateSpans() const
{
    QList<TextSpan> spans;
    for (const Paragraph &paragraph : paragraphs) {
        if (paragraph.isBoilerplate())
            spans.append(paragraph.span);
    }
    return spans;
}

int Article::pageAt(qsizetype offset) const
{
    if (pages.isEmpty())
        return 0;
    // The first page that ends after the offset; an offset at or past the end is on the last page.
    const auto page = std::upper_bound(pages.cbegin(), pages.cend(), offset,
                                       [](qsizetype value, const TextSpan &span) { return value < span.end; });
    return page == pages.cend() ? int(pages.size()) : int(page - pages.cbegin()) + 1;
}

QString articleRoleKey(ArticleRole role)
{
    return role == ArticleRole::Source ? QStringLiteral("source") : QStringLiteral("coverage");
}

std::optional<ArticleRole> articleRoleFromKey(QStringView key)
{
    if (key == u"source")
        return ArticleRole::Source;
    if (key == u"coverage")
        return ArticleRole::Coverage;
    return std::nullopt;
}

int sourceIndex(const QList<Article> &articles)
{
    const auto source = std::find_if(articles.cbegin(), articles.cend(),
                                     [](const Article &article) { return article.meta.role == ArticleRole::Source; });
    return source == articles.cend() ? -1 : int(source - articles.cbegin());
}

QString pageLabel(const Article &article, qsizetype offset)
{
    const int page = article.pageAt(offset);
    return page > 0 ? QCoreApplication::translate("Crossread::Article", "p. %1").arg(page) : QString();
}

QString withPageLabel(const QString &text, const Article &article, qsizetype offset)
{
    const QString page = pageLabel(article, offset);
    return page.isEmpty() ? text : text + u" (" + page + u')';
}

QString fetchedLabel(const ArticleMetadata &meta)
{
    if (meta.fetchedUrl.isEmpty())
        return {};
    return QCoreApplication::translate("Crossread::Article", "Fetched from %1 on %2 UTC")
        .arg(meta.fetchedUrl, meta.fetchedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"));
}

} // namespace Crossread
