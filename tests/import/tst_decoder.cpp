// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding of imported bytes: one row per encoding and per kind of damage.
#include "import/decoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace Crossread;

namespace {

QByteArray encoded(QStringConverter::Encoding encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

const QString sample = QStringLiteral("Caf\u00E9 \u201Cquoted\u201D \u20AC42 \U0001F680 end");

} // namespace

class TestDecoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void declaredLabels_data();
    void declaredLabels();
    void looksBinary_data();
    void looksBinary();
};

void TestDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("replaced");
    QTest::addColumn<bool>("guessed");

    QTest::newRow("UTF-8 without BOM") << sample.toUtf8() << QByteArray() << sample << QStringLiteral("UTF-8") << 0 << false;
    QTest::newRow("UTF-8 BOM removed") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << QByteArray() << sample
                                       << QStringLiteral("UTF-8") << 0 << false;
    QTest::newRow("UTF-16LE BOM") << encoded(QStringConverter::Utf16LE, sample, true) << QByteArray() << sample
                                  << QStringLiteral("UTF-16LE") << 0 << false;
    QTest::newRow("UTF-16BE BOM") << encoded(QStringConverter::Utf16BE, sample, true) << QByteArray() << sample
                                  << QStringLiteral("UTF-16BE") << 0 << false;
    QTest::newRow("UTF-32LE BOM") << encoded(QStringConverter::Utf32LE, sample, true) << QByteArray() << sample
                                  << QStringLiteral("UTF-32LE") << 0 << false;
    QTest::newRow("UTF-32BE BOM") << encoded(QStringConverter::Utf32BE, sample, true) << QByteArray() << sample
                                  << QStringLiteral("UTF-32BE") << 0 << false;
    QTest::newRow("BOM wins over declaration") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8()
                                               << QByteArray("windows-1252") << sample << QStringLiteral("UTF-8") << 0
                                               << false;
    QTest::newRow("declared windows-1252") << QByteArray("Caf\xE9 \x93quoted\x94 \x80" "42")
                                           << QByteArray("windows-1252")
                                           << QStringLiteral("Caf\u00E9 \u201Cquoted\u201D \u20AC42")
                                           << QStringLiteral("windows-1252") << 0 << false;
    QTest::newRow("declared iso-8859-1 read as windows-1252") << QByteArray("\x93quoted\x94") << QByteArray(" ISO-8859-1 ")
                                                              << QStringLiteral("\u201Cquoted\u201D")
                                                              << QStringLiteral("windows-1252") << 0 << false;
    QTest::newRow("declared utf-8") << sample.toUtf8() << QByteArray("UTF-8") << sample << QStringLiteral("UTF-8") << 0
                                    << false;
    QTest::newRow("unknown label ignored") << sample.toUtf8() << QByteArray("x-no-such-charset") << sample
                                           << QStringLiteral("UTF-8") << 0 << false;
    QTest::newRow("undeclared windows-1252 is guessed") << QByteArray("Caf\xE9 \x93quoted\x94")
                                                        << QByteArray() << QStringLiteral("Caf\u00E9 \u201Cquoted\u201D")
                                                        << QStringLiteral("windows-1252") << 0 << true;
    QTest::newRow("undefined windows-1252 bytes counted") << QByteArray("a\x81" "b\x8D")
                                                          << QByteArray("windows-1252")
                                                          << QStringLiteral("a\uFFFDb\uFFFD")
                                                          << QStringLiteral("windows-1252") << 2 << false;
    QTest::newRow("invalid UTF-8 counted") << QByteArray("Caf\xC3\xA9 \xFF and \xC0\xAF")
                                           << QByteArray()
                                           << QStringLiteral("Caf\u00E9 \uFFFD and \uFFFD\uFFFD")
                                           << QStringLiteral("UTF-8") << 3 << false;
    QTest::newRow("truncated sequence at the end") << QByteArray("\xE2\x82\xAC then \xE2\x82")
                                                   << QByteArray() << QStringLiteral("\u20AC then \uFFFD\uFFFD")
                                                   << QStringLiteral("UTF-8") << 2 << false;
    QTest::newRow("U+FFFD in valid input is not counted") << QStringLiteral("a\uFFFDb").toUtf8() << QByteArray()
                                                          << QStringLiteral("a\uFFFDb") << QStringLiteral("UTF-8") << 0
                                                          << false;
    QTest::newRow("pure ASCII") << QByteArray("plain") << QByteArray() << QStringLiteral("plain")
                                << QStringLiteral("UTF-8") << 0 << false;
    QTest::newRow("CRLF kept") << QByteArray("a\r\nb") << QByteArray() << QStringLiteral("a\r\nb")
                               << QStringLiteral("UTF-8") << 0 << false;
    QTest::newRow("empty") << QByteArray() << QByteArray() << QString() << QStringLiteral("UTF-8") << 0 << false;
}

void TestDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, declared);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, replaced);
    QFETCH(bool, guessed);
    const DecodedText decoded = decodeText(bytes, declared);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.replacedSequences, replaced);
    QCOMPARE(decoded.guessed, guessed);
}

// Issue 17, case 12: labels read by the WHATWG Encoding Standard's table, as browsers do.
void TestDecoder::declaredLabels_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("overruled");
    const QByteArray ascii("Plain ASCII article about the harbour strike.");
    const QString asciiText = QString::fromLatin1(ascii);
    const QString accented = QStringLiteral("Café owners in Göteborg said “no”.");
    for (const char *label : {"unicode", "ucs-2", "csunicode", "utf-16", "UTF-16LE", "utf-16be", "unicodeFFFE", "utf-32", "utf-32be"})
        QTest::newRow(label) << ascii << QByteArray(label) << asciiText << QStringLiteral("UTF-8") << false;
    QTest::newRow("UTF-16 label, UTF-8 bytes") << accented.toUtf8() << QByteArray("utf-16") << accented
                                               << QStringLiteral("UTF-8") << false;
    for (const char *label : {"utf-7", "x-no-such-charset", "replacement", "iso-2022-kr"})
        QTest::newRow(label) << ascii << QByteArray(label) << asciiText << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf-7 with its own escapes read as UTF-8") << QByteArray("1 +- 1 = 2") << QByteArray("utf-7")
                                                              << QStringLiteral("1 +- 1 = 2") << QStringLiteral("UTF-8") << false;
    QTest::newRow("label with spaces and capitals") << QByteArray("caf\xe9") << QByteArray("  Latin1\t") << QStringLiteral("café")
                                                    << QStringLiteral("windows-1252") << false;
    QTest::newRow("cp819 means windows-1252") << QByteArray("\x93q\x94") << QByteArray("cp819") << QStringLiteral("“q”")
                                              << QStringLiteral("windows-1252") << false;
    QTest::newRow("gb2312 means GBK") << QByteArray("\xc4\xe3\xba\xc3") << QByteArray("gb2312") << QStringLiteral("你好")
                                      << QStringLiteral("GBK") << false;
    QTest::newRow("ks_c_5601-1987 means EUC-KR") << QByteArray("\xc7\xd1") << QByteArray("ks_c_5601-1987") << QStringLiteral("한")
                                                 << QStringLiteral("EUC-KR") << false;
    QTest::newRow("stale gb2312 on a UTF-8 page") << accented.toUtf8() << QByteArray("gb2312") << accented
                                                  << QStringLiteral("UTF-8") << true;
    QTest::newRow("stale shift_jis on a UTF-8 page") << accented.toUtf8() << QByteArray("shift_jis") << accented
                                                     << QStringLiteral("UTF-8") << true;
    QTest::newRow("stale windows-1252 on a UTF-8 page with undefined bytes")
        << QStringLiteral("Á").toUtf8() << QByteArray("windows-1252") << QStringLiteral("Á")
        << QStringLiteral("UTF-8") << true;
    QTest::newRow("windows-1252 that is not UTF-8 stays") << QByteArray("caf\xe9 \x81") << QByteArray("windows-1252")
                                                          << QStringLiteral("café �") << QStringLiteral("windows-1252") << false;
}

void TestDecoder::declaredLabels()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, declared);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, overruled);
    const DecodedText decoded = decodeText(bytes, declared);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.overruledDeclaration, overruled);
}

void TestDecoder::looksBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("binary");

    QTest::newRow("text") << QByteArray("The council met on Tuesday.\r\n") << false;
    QTest::newRow("NUL byte") << QByteArray("text\0more", 9) << true;
    QTest::newRow("PNG header") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << true;
    QTest::newRow("control characters") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08 abc", 12) << true;
    QTest::newRow("few control characters") << QByteArray("a form feed\f and an escape \x1B[0m in a long enough line of text")
                                            << false;
    QTest::newRow("UTF-16LE with BOM") << encoded(QStringConverter::Utf16LE, sample, true) << false;
    QTest::newRow("UTF-16BE with BOM") << encoded(QStringConverter::Utf16BE, sample, true) << false;
    QTest::newRow("UTF-32LE with BOM") << encoded(QStringConverter::Utf32LE, sample, true) << false;
    QTest::newRow("UTF-32BE with BOM") << encoded(QStringConverter::Utf32BE, sample, true) << false;
    QTest::newRow("UTF-8") << sample.toUtf8() << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestDecoder::looksBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, binary);
    QCOMPARE(Crossread::looksBinary(bytes), binary);
}

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
