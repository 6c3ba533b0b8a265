// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Crossread {

/// Text decoded from a file's bytes, with how it was decoded.
struct DecodedText {
    QString text;              ///< without any byte-order mark, otherwise unchanged
    QString encoding;          ///< canonical name of the encoding used
    int replacedSequences = 0; ///< invalid byte sequences replaced by U+FFFD
    bool guessed = false;      ///< nothing declared it and UTF-8 did not fit: Windows-1252 was assumed
    /// The declared charset gave replacement characters while the bytes are valid UTF-8 with
    /// multi-byte sequences (a page re-saved as UTF-8 that kept its old <meta>): read as UTF-8.
    bool overruledDeclaration = false;
};

/// Decodes bytes in this order: a byte-order mark (UTF-8/16/32); else the declared charset
/// (from an HTML <meta> or HTTP-equiv, may be empty), read by the WHATWG Encoding Standard's
/// label table as browsers do: UTF-16/32 labels mean UTF-8, unknown labels and utf-7 are
/// ignored, and a legacy charset that gives U+FFFD for valid UTF-8 is overruled by UTF-8; else UTF-8 when the bytes are valid UTF-8
/// or hold valid multi-byte sequences; else Windows-1252 (the web's de facto default for
/// undeclared 8-bit text), flagged as guessed.
[[nodiscard]] DecodedText decodeText(const QByteArray &bytes, QByteArrayView declaredCharset = {});

/// Decodes a page fetched from the web: a byte-order mark, then the page's own declaration,
/// then the charset the transport declared (HTTP Content-Type), then as decodeText() sniffs.
/// Servers often send a default charset that the page does not use, so a transport charset
/// other than UTF-8 gives way to UTF-8 (flagged as overruled) when the bytes are valid UTF-8
/// with multi-byte sequences.
[[nodiscard]] DecodedText decodeFetchedText(const QByteArray &bytes, QByteArrayView pageCharset,
                                            QByteArrayView transportCharset);

/// True when the bytes look like a binary file rather than text in any supported encoding
/// (NUL bytes outside UTF-16/32, or many control characters).
[[nodiscard]] bool looksBinary(const QByteArray &bytes);

} // namespace Crossread
