// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown import: front matter, headings, emphasis, links, lists, code and HTML blocks.
#include "fuzzcheck.h"

#include "import/importer.h"

using namespace Crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ImportSource source{Fuzz::bytesOf(data, size), QStringLiteral("fuzz.md"), FormatHint::Markdown};
    const ImportResult result = importerFor(SourceFormat::Markdown).read(source);
    if (result)
        Fuzz::checkArticle(result.value());
    else
        Fuzz::require(!result.error().reason.isEmpty(), "an import error without a reason");
    return 0;
}
