// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/decoder.h"

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

// ---- the WHATWG Encoding Standard's labels (https://encoding.spec.whatwg.org/#names-and-labels)

enum class LabelKind : quint8 { Ignored, Utf8, Windows1252, Legacy };

struct Label {
    LabelKind kind = LabelKind::Ignored;
    QByteArray name;   ///< for Legacy: the encoding's name as Qt (ICU) knows it
};

struct Encoding {
    const char *name;
    std::initializer_list<const char *> labels;
};

// Every label of the standard's table, by encoding. UTF-16BE/LE labels are read as UTF-8: a
// page that parsed as ASCII far enough to hold the <meta> cannot be UTF-16 (the HTML standard's
// prescan says the same), and UTF-32 labels, which the standard no longer lists, are taken the
// same way. The "replacement" labels (ISO-2022-KR/CN, HZ) and every label not in the table,
// utf-7 among them, are ignored: the bytes decide.
const Encoding encodings[] = {
    {"UTF-8", {"unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8",
               // UTF-16 and UTF-32 families in a <meta>
               "unicodefffe", "utf-16be", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16",
               "utf-16le", "utf-32", "utf-32le", "utf-32be", "ucs-4", "iso-10646-ucs-4"}},
    {"windows-1252", {"ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
                      "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii",
                      "windows-1252", "x-cp1252", "x-user-defined"}},
    {"IBM866", {"866", "cp866", "csibm866", "ibm866"}},
    {"ISO-8859-2", {"csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"}},
    {"ISO-8859-3", {"csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"}},
    {"ISO-8859-4", {"csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"}},
    {"ISO-8859-5", {"csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"}},
    {"ISO-8859-6", {"arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6",
                    "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"}},
    {"ISO-8859-7", {"csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7",
                    "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"}},
    {"ISO-8859-8", {"csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8",
                    "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual", "csiso88598i", "iso-8859-8-i", "logical"}},
    {"ISO-8859-10", {"csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"}},
    {"ISO-8859-13", {"iso-8859-13", "iso8859-13", "iso885913"}},
    {"ISO-8859-14", {"iso-8859-14", "iso8859-14", "iso885914"}},
    {"ISO-8859-15", {"csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"}},
    {"ISO-8859-16", {"iso-8859-16"}},
    {"KOI8-R", {"cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"}},
    {"KOI8-U", {"koi8-ru", "koi8-u"}},
    {"macintosh", {"csmacintosh", "mac", "macintosh", "x-mac-roman"}},
    {"windows-874", {"dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"}},
    {"windows-1250", {"cp1250", "windows-1250", "x-cp1250"}},
    {"windows-1251", {"cp1251", "windows-1251", "x-cp1251"}},
    {"windows-1253", {"cp1253", "windows-1253", "x-cp1253"}},
    {"windows-1254", {"cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
                      "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"}},
    {"windows-1255", {"cp1255", "windows-1255", "x-cp1255"}},
    {"windows-1256", {"cp1256", "windows-1256", "x-cp1256"}},
    {"windows-1257", {"cp1257", "windows-1257", "x-cp1257"}},
    {"windows-1258", {"cp1258", "windows-1258", "x-cp1258"}},
    {"x-mac-cyrillic", {"x-mac-cyrillic", "x-mac-ukrainian"}},
    {"GBK", {"chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"}},
    {"gb18030", {"gb18030"}},
    {"Big5", {"big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"}},
    {"EUC-JP", {"cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"}},
    {"ISO-2022-JP", {"csiso2022jp", "iso-2022-jp"}},
    {"Shift_JIS", {"csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"}},
    {"EUC-KR", {"cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989",
                "ksc5601", "ksc_5601", "windows-949"}},
};

/// What a declared charset label means; the standard strips ASCII whitespace and ignores case.
Label labelled(QByteArrayView declared)
{
    const QByteArray key = declared.toByteArray().trimmed().toLower();
    if (key.isEmpty())
        return {};
    for (const Encoding &encoding : encodings) {
        for (const char *label : encoding.labels) {
            if (key == label) {
                const QByteArray name(encoding.name);
                if (name == "UTF-8")
                    return Label{LabelKind::Utf8, name};
                if (name == "windows-1252")
                    return Label{LabelKind::Windows1252, name};
                return Label{LabelKind::Legacy, name};
            }
        }
    }
    return {};
}

/// A declared legacy charset that gives replacement characters for bytes that are valid UTF-8
/// with multi-byte sequences was left behind when the page was re-saved as UTF-8.
bool overruledByUtf8(const DecodedText &declared, const Utf8Scan &scan)
{
    return declared.replacedSequences > 0 && scan.invalid == 0 && scan.validMultiByte > 0;
}

DecodedText withOverruleNotice(DecodedText utf8)
{
    utf8.overruledDeclaration = true;
    return utf8;
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

    const Utf8Scan scan = scanUtf8(view);
    switch (const Label label = labelled(declaredCharset); label.kind) {
    case LabelKind::Utf8:
        return decodeUtf8(view);
    case LabelKind::Windows1252:
        if (DecodedText result = decodeWindows1252(view, false); !overruledByUtf8(result, scan))
            return result;
        return withOverruleNotice(decodeUtf8(view));
    case LabelKind::Legacy: {
        QStringDecoder named(label.name.constData(), QStringConverter::Flag::Stateless);
        if (!named.isValid())
            break;   // an encoding this Qt cannot decode: as if undeclared
        DecodedText result;
        result.text = named.decode(view);
        result.encoding = QString::fromLatin1(label.name);
        // ICU's converters for some legacy encodings substitute SUB (U+001A), not U+FFFD.
        if (!view.contains('\x1a'))
            result.text.replace(QChar(0x1a), QChar::ReplacementCharacter);
        result.replacedSequences = int(result.text.count(QChar::ReplacementCharacter));
        if (!overruledByUtf8(result, scan))
            return result;
        return withOverruleNotice(decodeUtf8(view));
    }
    case LabelKind::Ignored:
        break;
    }

    if (scan.invalid == 0 || scan.validMultiByte > 0)
        return decodeUtf8(view);
    return decodeWindows1252(view, true);
}

DecodedText decodeFetchedText(const QByteArray &bytes, QByteArrayView pageCharset, QByteArrayView transportCharset)
{
    if (!pageCharset.isEmpty() || transportCharset.isEmpty())
        return decodeText(bytes, pageCharset);
    DecodedText result = decodeText(bytes, transportCharset);
    if (result.encoding.startsWith(u"UTF-"))
        return result;
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalid == 0 && scan.validMultiByte > 0)
        return withOverruleNotice(decodeUtf8(bytes));
    return result;
}

} // namespace Crossread
