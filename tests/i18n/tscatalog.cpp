// SPDX-License-Identifier: GPL-3.0-or-later
#include "tscatalog.h"

#include <QFile>
#include <QXmlStreamReader>

QString TsMessage::key() const
{
    return context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment;
}

TsCatalog readTsCatalog(const QString &path)
{
    TsCatalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalog.error = path + QStringLiteral(": ") + file.errorString();
        return catalog;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"TS") {
                catalog.language = xml.attributes().value(QStringLiteral("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == u"numerusform") {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            catalog.messages.append(message);
        }
    }
    if (xml.hasError())
        catalog.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalog;
}
