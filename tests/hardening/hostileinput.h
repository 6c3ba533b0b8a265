// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Crossread::Hostile {

/// `count` copies of `pattern` with "%1" replaced by the copy's number: markup whose every
/// element differs ("<b id=1>", "<b id=2>" ...), so no parser can merge them.
inline QByteArray numbered(const char *pattern, int count)
{
    QByteArray bytes;
    for (int k = 0; k < count; ++k)
        bytes.append(QByteArray(pattern).replace("%1", QByteArray::number(k)));
    return bytes;
}

} // namespace Crossread::Hostile
