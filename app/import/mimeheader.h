// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Crossread {

/// The media type of a Content-Type value, lower case: "Text/HTML; charset=utf-8" -> "text/html".
[[nodiscard]] QByteArray mediaTypeOf(const QByteArray &contentType);

/// A parameter of a structured header value (RFC 2045 5.1), unquoted; empty when absent:
/// headerParameter("text/html; charset=\"utf-8\"", "charset") -> "utf-8".
[[nodiscard]] QByteArray headerParameter(const QByteArray &value, QByteArrayView parameter);

} // namespace Crossread
