// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoder.h"

#include <QStringDecoder>

#include <array>

namespace Crossread {
namespace {

// Spelled with their lengths: a QByteArrayView made from a string literal ends at its first NUL.
constexpr QByteArrayView utf32BeBom("\x00\x00\xFE\xFF", 4);
constexpr QByteArrayView utf32LeBom("\xFF\xFE\x00\x00", 4);

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; five of those bytes are undefined
// and decode to U+FFFD.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

DecodedText decodeWindows1252(QByteArrayView bytes, bool guessed)
{
    DecodedText result;
    result.encoding = QStringLiteral("windows-1252");
    result.guessed = guessed;
    result.text.resize(bytes.size());
    QChar *out = result.text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<uchar>(bytes[i]);
        const char16_t unit = byte >= 0x80 && byte < 0xA0 ? cp1252High[byte - 0x80] : char16_t(byte);
        if (unit == 0xFFFD)
            ++result.replacedSequences;
        out[i] = QChar(unit);
    }
    return result;
}

struct Utf8Scan {
    int invalid = 0;
    int validMultiByte = 0;
};

// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        }
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k) {
            const uchar next = p[i + k];
            ok = k == 1 ? (next >= lo && next <= hi) : (next >= 0x80 && next <= 0xBF);
        }
        if (ok) {
            ++scan.validMultiByte;
            i += length;
        } else {
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

DecodedText decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, const QString &name)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    DecodedText result;
    result.text = decoder.decode(bytes);
    result.encoding = name;
    result.replacedSequences = int(result.text.count(QChar::ReplacementCharacter));
    return result;
}

DecodedText decodeUtf8(QByteArrayView bytes)
{
    DecodedText result = decodeWith(QStringConverter::Utf8, bytes, QStringLiteral("UTF-8"));
    // Count only what decoding replaced, not U+FFFD characters present in valid input.
    result.replacedSequences = scanUtf8(bytes).invalid;
    return result;
}

} // namespace

bool looksBinary(const QByteArray &bytes)
{
    const QByteArrayView head = QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 64 * 1024));
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || head.startsWith(utf32BeBom))
        return false;   // UTF-16/32 with a BOM carries NULs legitimately
    qsizetype controls = 0;
    for (char c : head) {
        const auto byte = static_cast<uchar>(c);
        if (byte == 0)
            return true;
        if (byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t' && byte != '\f' && byte != 0x1B)
            ++controls;
    }
    return head.size() > 0 && controls * 20 > head.size();   // over 5 % control bytes
}

DecodedText decodeText(const QByteArray &bytes, QByteArrayView declaredCharset)
{
    const QByteArrayView view(bytes);
    // A byte-order mark wins over anything declared, as in the HTML standard's sniffing.
    if (view.startsWith(utf32BeBom))
        return decodeWith(QStringConverter::Utf32BE, view.sliced(4), QStringLiteral("UTF-32BE"));
    if (view.startsWith(utf32LeBom))
        return decodeWith(QStringConverter::Utf32LE, view.sliced(4), QStringLiteral("UTF-32LE"));
    if (view.startsWith("\xEF\xBB\xBF"))
        return decodeUtf8(view.sliced(3));
    if (view.startsWith("\xFE\xFF"))
        return decodeWith(QStringConverter::Utf16BE, view.sliced(2), QStringLiteral("UTF-16BE"));
    if (view.startsWith("\xFF\xFE"))
        return decodeWith(QStringConverter::Utf16LE, view.sliced(2), QStringLiteral("UTF-16LE"));

    const QByteArray declared = declaredCharset.toByteArray().trimmed().toLower();
    if (!declared.isEmpty()) {
        if (declared == "utf-8" || declared == "utf8")
            return decodeUtf8(view);
        // The HTML standard maps these labels to Windows-1252.
        static const QByteArrayView latinLabels[] = {"windows-1252", "cp1252", "iso-8859-1", "iso8859-1",
                                                     "latin1", "latin-1", "l1", "us-ascii", "ascii",
                                                     "x-cp1252", "ansi_x3.4-1968"};
        for (QByteArrayView label : latinLabels) {
            if (declared == label)
                return decodeWindows1252(view, false);
        }
        if (declared == "utf-16le" || declared == "utf-16")
            return decodeWith(QStringConverter::Utf16LE, view, QStringLiteral("UTF-16LE"));
        if (declared == "utf-16be")
            return decodeWith(QStringConverter::Utf16BE, view, QStringLiteral("UTF-16BE"));
        QStringDecoder named(declared.constData(), QStringConverter::Flag::Stateless);
        if (named.isValid()) {
            DecodedText result;
            result.text = named.decode(view);
            result.encoding = QString::fromLatin1(declared);
            result.replacedSequences = int(result.text.count(QChar::ReplacementCharacter));
            return result;
        }
        // An unknown label is ignored, as browsers do.
    }

    const Utf8Scan scan = scanUtf8(view);
    if (scan.invalid == 0 || scan.validMultiByte > 0)
        return decodeUtf8(view);
    return decodeWindows1252(view, true);
}

} // namespace Crossread
