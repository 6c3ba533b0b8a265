// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Crossread {

/// The HTML part of a single-file web page (MHTML), decoded from its transfer encoding.
struct MhtmlPage {
    QByteArray html;       ///< the part's bytes after quoted-printable or base64 decoding
    QByteArray charset;    ///< the charset its Content-Type declares; may be empty
    QString location;      ///< its Content-Location (the page's address); may be empty
};

/// Finds the first text/html part of an MHTML message (looking inside nested multiparts) and
/// decodes it; the other parts are skipped unread. The error (translated) says why there is
/// no page: no MIME headers, or no HTML part.
[[nodiscard]] Expected<MhtmlPage, QString> extractMhtmlPage(QByteArrayView bytes);

} // namespace Crossread
