// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/factjson.h"

#include "json/phrasejson.h"

#include <QJsonObject>

namespace Crossread {

QJsonArray factsToJson(const FactTable &table, const QList<CodePointMap> &maps)
{
    QJsonArray facts;
    for (const FactSlot &slot : table.slots) {
        QJsonArray mentions;
        for (const Mention &mention : slot.mentions) {
            const int article = mention.article.value();
            const TextSpan span = article >= 0 && article < maps.size() ? maps.at(article).toCodePoints(mention.span)
                                                                        : mention.span;
            QJsonObject object{
                {QStringLiteral("article"), article},
                {QStringLiteral("start"), qint64(span.start)},
                {QStringLiteral("end"), qint64(span.end)},
                {QStringLiteral("text"), mention.surface},
                {QStringLiteral("value"), mention.value.toString()},
            };
            if (slot.kind == FactKind::Quote) {
                object.insert(QStringLiteral("differences"), QJsonArray::fromStringList(englishTexts(mention.differences)));
                QJsonArray phrases;
                for (const Phrase &difference : mention.differences)
                    phrases.append(phraseToJson(difference));
                object.insert(QStringLiteral("differences_phrases"), phrases);
                if (!mention.value.speaker.isEmpty())
                    object.insert(QStringLiteral("speaker"), mention.value.speaker);
            }
            mentions.append(object);
        }
        QJsonObject fact{
            {QStringLiteral("id"), slot.id},
            {QStringLiteral("kind"), factKindName(slot.kind)},
            {QStringLiteral("status"), slotStatusName(slot.status)},
            {QStringLiteral("label"), slot.label.english()},
            {QStringLiteral("label_key"), phraseKey(slot.label)},
            {QStringLiteral("label_phrase"), phraseToJson(slot.label)},
            {QStringLiteral("topic"), slot.topic},
            {QStringLiteral("mentions"), mentions},
        };
        if (slot.kind == FactKind::Quote) {
            fact.insert(QStringLiteral("variant"), slot.quoteVariant);
            fact.insert(QStringLiteral("excerpt"), slot.quoteExcerpt);
        }
        if (slot.corrected) {
            fact.insert(QStringLiteral("corrected_by"), QJsonArray::fromStringList(slot.correctedBy));
            fact.insert(QStringLiteral("comparable"), slot.comparable);
            if (!slot.note.isEmpty())
                fact.insert(QStringLiteral("note"), slot.note);
        }
        facts.append(fact);
    }
    return facts;
}

} // namespace Crossread
