// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/articlejson.h"

#include "core/article.h"
#include "core/codepointmap.h"

#include <QJsonArray>

namespace Crossread {

QJsonObject articleToJson(const Article &article, int id, const CodePointMap &codePoints, bool withText)
{
    QJsonArray boilerplate;
    for (const TextSpan &span : article.boilerplateSpans()) {
        const TextSpan points = codePoints.toCodePoints(span);
        boilerplate.append(QJsonArray{double(points.start), double(points.end)});
    }
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("file"), article.meta.sourceFile},
        {QStringLiteral("outlet"), article.meta.outlet},
        {QStringLiteral("headline"), article.meta.headline},
        {QStringLiteral("author"), article.meta.author},
        {QStringLiteral("published"), article.meta.published.isValid()
                                          ? QJsonValue(article.meta.published.isoString())
                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("url"), article.meta.url},
        {QStringLiteral("boilerplate"), boilerplate},
    };
    // Added fields, present only when they apply: a fetched page's final address and fetch
    // time (UTC), and a paged source's page count.
    if (!article.meta.fetchedUrl.isEmpty()) {
        object.insert(QStringLiteral("fetched_url"), article.meta.fetchedUrl);
        object.insert(QStringLiteral("fetched_at"), article.meta.fetchedAt.toUTC().toString(Qt::ISODate));
    }
    if (!article.pages.isEmpty())
        object.insert(QStringLiteral("pages"), int(article.pages.size()));
    // The story's source says so; coverage, the usual role, adds nothing.
    if (article.meta.role == ArticleRole::Source)
        object.insert(QStringLiteral("role"), articleRoleKey(article.meta.role));
    if (withText)
        object.insert(QStringLiteral("text"), article.text);
    return object;
}

} // namespace Crossread
