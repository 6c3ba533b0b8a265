// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/analysisjson.h"
#include "json/phrasejson.h"
#include "json/factjson.h"

#include "json/articlejson.h"
#include "core/codepointmap.h"

#include <QJsonArray>

#include <cmath>

namespace Crossread {

QJsonObject analysisToJson(const Analysis &analysis, bool withText)
{
    QList<CodePointMap> maps;
    maps.reserve(analysis.articles.size());
    QJsonArray articles;
    for (qsizetype a = 0; a < analysis.articles.size(); ++a) {
        const Article &article = analysis.articles.at(a);
        maps.append(CodePointMap(article.text));
        articles.append(articleToJson(article, int(a), maps.last(), withText));
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

    QJsonArray messagePhrases;
    for (const Phrase &message : analysis.messages)
        messagePhrases.append(phraseToJson(message));
    return QJsonObject{
        {QStringLiteral("crossread"), 1},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("passages"), passages},
        {QStringLiteral("facts"), factsToJson(analysis.facts, maps)},
        {QStringLiteral("messages"), QJsonArray::fromStringList(englishTexts(analysis.messages))},
        {QStringLiteral("message_phrases"), messagePhrases},
    };
}

} // namespace Crossread
