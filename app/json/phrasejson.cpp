// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/phrasejson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Crossread {

QJsonValue phraseToJson(const Phrase &phrase)
{
    switch (phrase.shape()) {
    case Phrase::Shape::Literal:
        return phrase.english();
    case Phrase::Shape::Template: {
        QJsonArray arguments;
        for (const Phrase &argument : phrase.parts())
            arguments.append(phraseToJson(argument));
        return QJsonObject{{QStringLiteral("context"), phrase.context()},
                           {QStringLiteral("key"), phrase.key()},
                           {QStringLiteral("args"), arguments}};
    }
    case Phrase::Shape::Concatenation: {
        QJsonArray parts;
        for (const Phrase &part : phrase.parts())
            parts.append(phraseToJson(part));
        return QJsonObject{{QStringLiteral("parts"), parts}};
    }
    }
    return {};
}

QString phraseKey(const Phrase &phrase)
{
    switch (phrase.shape()) {
    case Phrase::Shape::Literal:
        return {};
    case Phrase::Shape::Template:
        return phrase.key();
    case Phrase::Shape::Concatenation:
        for (const Phrase &part : phrase.parts()) {
            const QString key = phraseKey(part);
            if (!key.isEmpty())
                return key;
        }
        return {};
    }
    return {};
}

} // namespace Crossread
