// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/samplestory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crossread {

Expected<SampleStory, QString> sampleStory()
{
    QFile index(QStringLiteral(":/sample/story.json"));
    if (!index.open(QIODevice::ReadOnly))
        return QStringLiteral("the sample story is not built into this program (%1)").arg(index.errorString());
    const QJsonObject story = QJsonDocument::fromJson(index.readAll()).object();
    SampleStory sample;
    sample.title = story.value(u"title").toString();
    const QJsonArray files = story.value(u"articles").toArray();
    for (const QJsonValue &value : files) {
        const QString name = value.toString();
        QFile file(u":/sample/" + name);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("sample article %1 is missing: %2").arg(name, file.errorString());
        sample.sources.append(ImportSource{file.readAll(), name, FormatHint::Auto});
    }
    if (sample.sources.isEmpty())
        return QStringLiteral("the sample story lists no articles");
    return sample;
}

} // namespace Crossread
