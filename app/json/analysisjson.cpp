// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/analysisjson.h"
#include "json/phrasejson.h"
#include "json/factjson.h"

#include "json/articlejson.h"
#include "json/sourcejson.h"
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
            QJsonObject object{
                {QStringLiteral("article"), article},
                {QStringLiteral("start"), double(points.start)},
                {QStringLiteral("end"), double(points.end)},
                // Three decimals say all a reader can use and keep the file stable to diff.
                {QStringLiteral("confidence"), std::round(member.confidence * 1000.0) / 1000.0},
                {QStringLiteral("text"), member.span.in(analysis.articles.at(article).text).toString()},
                {QStringLiteral("primary"), member.primary},
            };
            if (const int page = analysis.articles.at(article).pageAt(member.span.start); page > 0)
                object.insert(QStringLiteral("page"), page);
            members.append(object);
        }
        QJsonObject object{
            {QStringLiteral("id"), passage.id},
            {QStringLiteral("status"), passageStatusName(passage.status)},
            {QStringLiteral("members"), members},
        };
        if (passage.corrected)
            object.insert(QStringLiteral("corrected_by"), QJsonArray::fromStringList(passage.correctedBy));
        passages.append(object);
    }

    // A mention in a paged source (PDF) says its page; factsToJson() writes the mentions in
    // the slots' order.
    QJsonArray facts = factsToJson(analysis.facts, maps);
    for (qsizetype f = 0; f < facts.size() && f < analysis.facts.slots.size(); ++f) {
        const QList<Mention> &slotMentions = analysis.facts.slots.at(f).mentions;
        QJsonObject fact = facts.at(f).toObject();
        QJsonArray mentions = fact.value(QStringLiteral("mentions")).toArray();
        bool paged = false;
        for (qsizetype m = 0; m < mentions.size() && m < slotMentions.size(); ++m) {
            const Mention &mention = slotMentions.at(m);
            const int article = mention.article.value();
            if (article < 0 || article >= analysis.articles.size())
                continue;
            if (const int page = analysis.articles.at(article).pageAt(mention.span.start); page > 0) {
                QJsonObject object = mentions.at(m).toObject();
                object.insert(QStringLiteral("page"), page);
                mentions[m] = object;
                paged = true;
            }
        }
        if (paged) {
            fact.insert(QStringLiteral("mentions"), mentions);
            facts[f] = fact;
        }
    }

    addSourceComparison(analysis, articles, facts);

    QJsonArray messagePhrases;
    for (const Phrase &message : analysis.messages)
        messagePhrases.append(phraseToJson(message));
    QJsonObject root{
        {QStringLiteral("crossread"), 1},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("passages"), passages},
        {QStringLiteral("facts"), facts},
        {QStringLiteral("messages"), QJsonArray::fromStringList(englishTexts(analysis.messages))},
        {QStringLiteral("message_phrases"), messagePhrases},
    };
    if (!analysis.corrections.isEmpty())
        root.insert(QStringLiteral("corrections"), correctionsToJson(analysis.corrections));
    return root;
}

QJsonArray correctionsToJson(const QList<AppliedCorrection> &corrections)
{
    QJsonArray array;
    for (const AppliedCorrection &correction : corrections) {
        QJsonObject object{
            {QStringLiteral("id"), correction.id},
            {QStringLiteral("kind"), correction.kind},
            {QStringLiteral("description"), correction.description.english()},
            {QStringLiteral("description_phrase"), phraseToJson(correction.description)},
            {QStringLiteral("reviewer"), correction.reviewer},
            {QStringLiteral("note"), correction.note},
            {QStringLiteral("applied"), correction.applied},
        };
        if (!correction.applied) {
            object.insert(QStringLiteral("reason"), correction.reason.english());
            object.insert(QStringLiteral("reason_phrase"), phraseToJson(correction.reason));
        }
        array.append(object);
    }
    return array;
}

} // namespace Crossread
