// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/mimeheader.h"

#include <QList>

namespace Crossread {

QByteArray mediaTypeOf(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed().toLower();
}

QByteArray headerParameter(const QByteArray &value, QByteArrayView parameter)
{
    const QList<QByteArray> fields = value.split(';');
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QByteArray field = fields.at(i).trimmed();
        const qsizetype equals = field.indexOf('=');
        if (equals <= 0 || field.first(equals).trimmed().compare(parameter, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray result = field.sliced(equals + 1).trimmed();
        if (result.size() >= 2 && result.startsWith('"') && result.endsWith('"'))
            result = result.sliced(1, result.size() - 2);
        return result;
    }
    return {};
}

} // namespace Crossread
