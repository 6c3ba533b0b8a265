// SPDX-License-Identifier: GPL-3.0-or-later
// Single-file pages (MHTML): MIME headers, boundaries, nested multiparts, quoted-printable and
// base64, then the HTML importer on the part found.
#include "fuzzcheck.h"

#include "import/importer.h"
#include "import/mhtml.h"

using namespace Crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    const Expected<MhtmlPage, QString> page = extractMhtmlPage(bytes);
    if (page)
        Fuzz::require(page->html.size() <= bytes.size(), "a decoded part larger than the message");
    else
        Fuzz::require(!page.error().isEmpty(), "no HTML part without a reason");
    const ImportSource source{bytes, QStringLiteral("fuzz.mhtml"), FormatHint::Mhtml};
    const ImportResult result = importerFor(SourceFormat::Mhtml).read(source);
    if (result)
        Fuzz::checkArticle(result.value());
    else
        Fuzz::require(!result.error().reason.isEmpty(), "an import error without a reason");
    return 0;
}
