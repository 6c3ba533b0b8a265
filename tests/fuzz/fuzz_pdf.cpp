// SPDX-License-Identifier: GPL-3.0-or-later
// PDF import through Poppler (when the build has it): parsing the file, each page's text layer,
// the reading-order layout, hyphens and running headers, then the article's invariants.
#include "fuzzcheck.h"

#include "import/importer.h"

using namespace Crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    const ImportSource source{bytes, QStringLiteral("fuzz.pdf"), FormatHint::Pdf};
    const ImportResult result = importerFor(SourceFormat::Pdf).read(source);
    if (result) {
        Fuzz::checkArticle(result.value());
        Fuzz::require(!result->text.trimmed().isEmpty(), "a PDF article without text");
    } else {
        Fuzz::require(!result.error().reason.isEmpty(), "an import error without a reason");
    }
    return 0;
}
