// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article.h"

#include <QFileInfo>

namespace Crossread {

QString PublishedDate::isoString() const
{
    if (!isValid())
        return {};
    switch (precision) {
    case DatePrecision::Year:
        return date.toString(u"yyyy");
    case DatePrecision::Month:
        return date.toString(u"yyyy-MM");
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

} // namespace Crossread
