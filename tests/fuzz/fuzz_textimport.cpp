// SPDX-License-Identifier: GPL-3.0-or-later
// Plain text import: bytes through the decoder, with no declared charset and with each of a few
// declared ones (the decoder's own code paths and ICU's through QStringDecoder), then through the
// plain-text importer and importSource()'s checks.
#include "fuzzcheck.h"

#include "import/decoder.h"
#include "import/importer.h"

#include <array>

using namespace Crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    static constexpr std::array<const char *, 9> charsets = {
        "", "utf-8", "windows-1252", "utf-16le", "utf-16be", "shift_jis", "gb18030", "koi8-r", "iso-2022-jp"};
    for (const char *charset : charsets) {
        const DecodedText decoded = decodeText(bytes, QByteArrayView(charset));
        Fuzz::require(decoded.replacedSequences >= 0, "negative replacement count");
        Fuzz::require(!decoded.encoding.isEmpty(), "decoded without naming the encoding");
    }
    (void)looksBinary(bytes);

    const ImportSource source{bytes, QStringLiteral("fuzz.txt"), FormatHint::PlainText};
    const ImportResult direct = importerFor(SourceFormat::PlainText).read(source);
    if (direct)
        Fuzz::checkArticle(direct.value());
    else
        Fuzz::require(!direct.error().reason.isEmpty(), "an import error without a reason");
    const ImportResult checked = importSource(source);
    if (checked)
        Fuzz::checkArticle(checked.value());
    else
        Fuzz::require(!checked.error().message().isEmpty(), "an import error without a message");
    return 0;
}
