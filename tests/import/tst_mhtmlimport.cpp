// SPDX-License-Identifier: GPL-3.0-or-later
// Single-file web pages (MHTML): the HTML part found, decoded from quoted-printable or base64
// and its declared charset, imported like a page; other parts ignored; an MHTML file without an
// HTML part refused with that reason.
#include "import/importer.h"
#include "import/mhtml.h"
#include "common/sessionroundtrip.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;
using namespace Qt::StringLiterals;

namespace {

/// A fictional article page; `body` goes into its <article>.
QByteArray page(const QByteArray &charsetMeta, const QByteArray &body)
{
    return "<!DOCTYPE html><html><head>" + charsetMeta
         + "<title>Ferry fares to rise in spring | Skerry Courier</title>"
           "<meta property=\"og:site_name\" content=\"Skerry Courier\"></head><body>"
           "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Ferry fares to rise in spring</h1>"
         + body
         + "<p>The operator said the new timetable would add two sailings on Saturdays and that the "
           "winter service would keep its present times until the end of March, when the new fares apply.</p>"
           "<p>Islanders who travel to the mainland for work can buy a monthly card, which will cost "
           "about a tenth more than now, the operator's spokeswoman said at a meeting in the harbour hall.</p>"
           "</article><img src=\"cid:photo\"></body></html>";
}

QByteArray quotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    int column = 0;
    for (char c : bytes) {
        const auto byte = static_cast<uchar>(c);
        const QByteArray piece = (byte >= 33 && byte <= 126 && c != '=') || c == ' '
            ? QByteArray(1, c)
            : QByteArray(QByteArray("=") + QByteArray(1, c).toHex().toUpper());
        if (column + piece.size() > 75) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += int(piece.size());
    }
    return out;
}

QByteArray message(const QList<QByteArray> &parts, const QByteArray &boundary = "----MultipartBoundary--abc123")
{
    QByteArray bytes = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://courier.example.org/ferry-fares\r\n"
                       "Subject: Ferry fares to rise in spring\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
                       "\ttype=\"text/html\";\r\n\tboundary=\""
                     + boundary + "\"\r\n\r\n";
    for (const QByteArray &part : parts)
        bytes += "--" + boundary + "\r\n" + part + "\r\n";
    return bytes + "--" + boundary + "--\r\n";
}

QByteArray imagePart()
{
    return "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <photo>\r\n\r\n"
           "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==";
}

} // namespace

class TestMhtmlImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void htmlPartIsImported_data();
    void htmlPartIsImported();
    void withoutHtmlPart_data();
    void withoutHtmlPart();
    void sessionRoundTrip();
};

void TestMhtmlImport::htmlPartIsImported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    const QByteArray latin1Body = "<p>Fares on the Skerry route will rise by 8 % from 1 April, the operator's caf\xe9 "
                                  "will close and the crossing will cost \xa3" "14.";
    const QByteArray utf8Body = "<p>Fares on the Skerry route will rise by 8 % from 1 April, the operator's caf\xc3\xa9 "
                                "will close and the crossing will cost \xc2\xa3" "14.";
    QTest::newRow("quoted-printable, declared windows-1252")
        << message({"Content-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                    "Content-Location: https://courier.example.org/ferry-fares\r\n\r\n"
                        + quotedPrintable(page({}, latin1Body)),
                    imagePart()})
        << u"ferry.mhtml"_s;
    QTest::newRow("base64, utf-8 in the page's meta")
        << message({"Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n"
                    "Content-Location: https://courier.example.org/ferry-fares\r\n\r\n"
                        + page("<meta charset=\"utf-8\">", utf8Body).toBase64(QByteArray::Base64Encoding),
                    imagePart()})
        << u"ferry.mht"_s;
    QTest::newRow("image first, html in a nested multipart, LF line ends")
        << message({imagePart(),
                    "Content-Type: multipart/alternative; boundary=inner\r\n\r\n--inner\r\nContent-Type: text/plain\r\n\r\n"
                    "Plain text version\r\n--inner\r\nContent-Type: text/html; charset=utf-8\r\n"
                    "Content-Transfer-Encoding: 8bit\r\n\r\n"
                        + page({}, utf8Body) + "\r\n--inner--"})
               .replace("\r\n", "\n")
        << u"saved page"_s;   // no telling extension: known by its MIME headers
}

void TestMhtmlImport::htmlPartIsImported()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    const ImportResult result = importSource(ImportSource{bytes, name});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->format, SourceFormat::Mhtml);
    QCOMPARE(result->meta.outlet, u"Skerry Courier"_s);
    QCOMPARE(result->meta.headline, u"Ferry fares to rise in spring"_s);
    QCOMPARE(result->meta.url, u"https://courier.example.org/ferry-fares"_s);
    QVERIFY2(result->text.contains(u"the operator's caf\u00e9 will close and the crossing will cost \u00a314."), qPrintable(result->text));
    QVERIFY(!result->text.contains(u"Home"));
    QVERIFY(!result->text.contains(u"iVBOR"));
    QVERIFY(!result->text.contains(u"Plain text version"));
    QCOMPARE(result->originalBytes, bytes);
}

void TestMhtmlImport::withoutHtmlPart_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("only an image") << message({imagePart()}) << u"holds no HTML part"_s;
    QTest::newRow("boundary never met") << message({}).replace("--", "++") << u"holds no HTML part"_s;
    QTest::newRow("no headers at all") << QByteArray("just some words\nthat are not mime\n") << u"no MIME headers"_s;
}

void TestMhtmlImport::withoutHtmlPart()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const ImportResult result = importSource(ImportSource{bytes, u"broken.mhtml"_s});
    QVERIFY(!result);
    QVERIFY2(result.error().reason.contains(reason), qPrintable(result.error().message()));
    QVERIFY(result.error().message().startsWith(u"broken.mhtml: "));
}

void TestMhtmlImport::sessionRoundTrip()
{
    const QByteArray bytes = message({"Content-Type: text/html; charset=utf-8\r\n\r\n"
                                          + page({}, "<p>Fares on the Skerry route will rise by 8 % from 1 April.</p>")});
    const ImportResult result = importSource(ImportSource{bytes, u"ferry.mhtml"_s});
    QVERIFY(result);
    const auto loaded = SessionRoundTrip::saveAndReopen({result.value()});
    QVERIFY(loaded);
    QCOMPARE(loaded->data.articles.first().format, SourceFormat::Mhtml);
    QCOMPARE(loaded->data.articles.first().text, result->text);
    QVERIFY(loaded->data.unverifiedTexts.isEmpty());
}

QTEST_GUILESS_MAIN(TestMhtmlImport)
#include "tst_mhtmlimport.moc"
