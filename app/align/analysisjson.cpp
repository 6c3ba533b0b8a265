// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjson.h"

#include "codepointmap.h"

#include <QJsonArray>

#include <cmath>

namespace Crossread {
namespace {

QJsonArray spanArray(const CodePointMap &map, TextSpan span)
{
    const TextSpan points = map.toCodePoints(span);
    return QJsonArray{double(points.start), double(points.end)};
}

} // namespace

QJsonObject analysisToJson(const Analysis &analysis, bool withText)
{
    QList<CodePointMap> maps;
    maps.reserve(analysis.articles.size());
    QJsonArray articles;
    for (qsizetype a = 0; a < analysis.articles.size(); ++a) {
        const Article &article = analysis.articles.at(a);
        maps.append(CodePointMap(article.text));
        QJsonArray boilerplate;
        for (const TextSpan &span : article.boilerplateSpans())
            boilerplate.append(spanArray(maps.last(), span));
        QJsonObject object{
            {QStringLiteral("id"), double(a)},
            {QStringLiteral("file"), article.meta.sourceFile},
            {QStringLiteral("outlet"), article.meta.outlet},
            {QStringLiteral("headline"), article.meta.headline},
            {QStringLiteral("published"), article.meta.published.isValid()
                                              ? QJsonValue(article.meta.published.isoString())
                                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("boilerplate"), boilerplate},
        };
        if (withText)
            object.insert(QStringLiteral("text"), article.text);
        articles.append(object);
    }

    QJsonArray passages;
    for (const Passage &passage : analysis.alignment.passages) {
        QJsonArray members;
        for (const PassageMember &member : passage.members) {
            const int article = member.article.value();
            const TextSpan points = maps.at(article).toCodePoints(member.span);
            members.append(QJsonObject{
                {QStringLiteral("article"), article},
                {QStringLiteral("start"), double(points.start)},
                {QStringLiteral("end"), double(points.end)},
                // Three decimals say all a reader can use and keep the file stable to diff.
                {QStringLiteral("confidence"), std::round(member.confidence * 1000.0) / 1000.0},
                {QStringLiteral("text"), member.span.in(analysis.articles.at(article).text).toString()},
                {QStringLiteral("primary"), member.primary},
            });
        }
        passages.append(QJsonObject{
            {QStringLiteral("id"), passage.id},
            {QStringLiteral("status"), passageStatusName(passage.status)},
            {QStringLiteral("members"), members},
        });
    }

    return QJsonObject{
        {QStringLiteral("crossread"), 1},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("passages"), passages},
        {QStringLiteral("facts"), factsToJson(analysis.facts, maps)},
        {QStringLiteral("messages"), QJsonArray::fromStringList(analysis.messages)},
    };
}

} // namespace Crossread
