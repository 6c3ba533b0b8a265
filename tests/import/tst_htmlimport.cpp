// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML importer: main-text extraction on pages shaped like real news sites (fixtures in
// tests/data/html, all fictional), metadata in its many forms, encodings, page furniture kept
// but marked, bad input, and proof that importing never touches the network.
#include "import/htmlextractor.h"
#include "import/htmlmetadata.h"
#include "import/htmltree.h"
#include "import/importer.h"
#include "core/inputlimits.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Crossread;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(CROSSREAD_TEST_DATA_DIR "/html/") + name;
}

ImportResult importHtml(const QByteArray &html, const QString &name = QStringLiteral("page.html"))
{
    return importSource(ImportSource{html, name, FormatHint::Html});
}

/// Prose that any reader mode takes for an article, around the piece a test looks at.
QByteArray articlePage(const QByteArray &head, const QByteArray &middle)
{
    return "<!DOCTYPE html><html><head>" + head + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
           "<article><p>The county's oldest covered bridge will close for six months of repairs starting in June, the roads "
           "department said on Monday, after inspectors found rot in two of its main beams.</p>"
           + middle
           + "<p>Drivers will be sent on a detour through the village of Ashcombe, adding about ten minutes to the trip, "
             "and a temporary footbridge will be built for walkers and cyclists.</p>"
             "<p>The bridge was built in 1871 and was last restored in 1986, when its roof was replaced with cedar shingles "
             "cut at a mill that has since closed.</p></article></body></html>";
}

qsizetype paragraphContaining(const Article &article, const QString &snippet)
{
    const qsizetype at = article.text.indexOf(snippet);
    if (at < 0)
        return -1;
    for (qsizetype p = 0; p < article.paragraphs.size(); ++p) {
        if (article.paragraphs[p].span.contains(at))
            return p;
    }
    return -1;
}

/// Paragraphs are in order, inside the text, separated only by line breaks.
bool paragraphsTileText(const Article &article, QString *why)
{
    qsizetype previousEnd = 0;
    for (qsizetype p = 0; p < article.paragraphs.size(); ++p) {
        const TextSpan span = article.paragraphs[p].span;
        if (span.isEmpty() || span.start < previousEnd || span.end > article.text.size()) {
            *why = QStringLiteral("paragraph %1 has a bad span").arg(p);
            return false;
        }
        const QStringView gap = QStringView(article.text).mid(previousEnd, span.start - previousEnd);
        if (p > 0 && gap != u"\n" && gap != u"\n\n") {
            *why = QStringLiteral("paragraph %1 is separated by \"%2\"").arg(p).arg(gap.toString());
            return false;
        }
        previousEnd = span.end;
    }
    if (previousEnd != article.text.size()) {
        *why = QStringLiteral("text after the last paragraph");
        return false;
    }
    return true;
}

} // namespace

class TestHtmlImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void furniture_data();
    void furniture();
    void notArticles_data();
    void notArticles();
    void encodings_data();
    void encodings();
    void metadataForms_data();
    void metadataForms();
    void textLayout_data();
    void textLayout();
    void structure_data();
    void structure();
    void badInput_data();
    void badInput();
    void noNetwork();
    void dates_data();
    void dates();
    void siteNames_data();
    void siteNames();
    void nestingEstimate_data();
    void nestingEstimate();
    void boundedMarkup_data();
    void boundedMarkup();
    void charsetSniffing_data();
    void charsetSniffing();
    void scriptText_data();
    void scriptText();
};

void TestHtmlImport::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("sentences");   ///< must be in the body (text, not boilerplate)
    QTest::addColumn<QStringList>("furniture");   ///< must not be in the body

    QTest::newRow("WordPress theme") << "wordpress.html" << "Harbor town votes to rebuild its storm wall"
        << "The Millbrook Ledger" << "Priya Nandakumar" << "2023-04-19"
        << "https://millbrookledger.example/2023/04/19/harbor-storm-wall/"
        << QStringList{u"voted 5\u20132 on Tuesday night"_s, u"\u201CWe have patched this wall every winter"_s,
                       u"Fishermen split over the plan"_s, u"finish by the end of 2025."_s}
        << QStringList{u"Skip to content"_s, u"Obituaries"_s, u"Share this:"_s, u"About time. My grandfather"_s,
                       u"Recent Posts"_s, u"Ferry schedule changes"_s, u"All rights reserved"_s,
                       u"Posted in"_s, u"School budget passes"_s, u"Waves break over the old storm wall"_s};
    QTest::newRow("newspaper, nested divs and data attributes") << "newspaper.html"
        << "Rail freight strike halts grain exports at two ports" << "The Continental Courier"
        << "Mateo Lindqvist, Aiyana Brooks" << "2023-10-03"
        << "https://www.continentalcourier.example/business/2023/10/rail-freight-strike-grain-ports"
        << QStringList{u"came to a standstill on Monday"_s, u"about 6,300 members"_s,
                       u"38,000 tonnes of wheat and barley"_s, u"Talks are due to resume on Thursday"_s}
        << QStringList{u"Advertisement"_s, u"Subscribe for $1 a week"_s, u"Sign up for our newsletter"_s,
                       u"Freight union ballots members"_s, u"Central bank holds rates"_s, u"Copy link"_s,
                       u"Photograph: Lena Okafor"_s, u"Idle grain wagons on a siding"_s};
    QTest::newRow("AMP page") << "amp.html" << "Night trains return between the two capitals" << "Northline Daily"
        << "Eero Vasquez" << "2022-11-08" << "https://northlinedaily.example/travel/night-trains-return.html"
        << QStringList{u"eighteen years after the last overnight service"_s, u"from 49 euros"_s,
                       u"120 people worked on them for two years."_s}
        << QStringList{u"Advertisement"_s, u"Share this article"_s, u"Travel"_s};
    QTest::newRow("article split by ad slots") << "splitbyads.html" << "Library opens seed bank for local gardeners"
        << "Valley Sentinel" << "Ruth Abernathy" << "2021-03" << QString()
        << QStringList{u"lending something other than books"_s, u"more than 300 had been checked out"_s,
                       u"short summers and cold nights"_s, u"no more than five packets at a time."_s}
        << QStringList{u"Advertisement"_s, u"Council approves new bike lanes"_s, u"More stories"_s};
    QTest::newRow("declared article body keeps a lede above a story card") << "declaredbody.html"
        << "'Hold On!': Camera Shows Rescue of Boaters on Frozen Bay" << "Channel 9 Lakeshore" << "Dana Okonkwo-Reyes"
        << "2024-02-06" << QString()
        << QStringList{u"Helmet camera video of the rescue of two boaters"_s, u"The two men, both from Port Alder"_s,
                       u"released from Lakeshore General on Monday night."_s, u"about 300 yards from shore."_s,
                       u"carry ice picks and a whistle."_s}
        << QStringList{u"County Board Delays Vote"_s, u"Gas Station Fire Closes"_s, u"More Local News"_s,
                       u"School Bus Slides"_s, u"All rights reserved"_s};
    QTest::newRow("metadata only in JSON-LD") << "jsonldonly.html" << "Glacier retreat measured by drone survey"
        << "Polar Report" << "Sigrun Halldorsdottir" << "2020-07-14" << "https://polarreport.example/2020/07/glacier-drone-survey"
        << QStringList{u"a retreat of 41 metres"_s, u"some 12,000 photographs"_s, u"compare it with satellite measurements."_s}
        << QStringList{u"Polar Report"_s};
    QTest::newRow("windows-1252 by http-equiv") << "windows1252.html" << u"Caf\u00E9 owners fight rent rise"_s
        << "Riverside Gazette" << u"Jos\u00E9 Ib\u00E1\u00F1ez"_s << "2009-05-12" << QString()
        << QStringList{u"riverside caf\u00E9s"_s, u"\u201CWe pay \u20AC2,400 a month already,\u201D said Ren\u00E9e Marchetti"_s,
                       u"elsewhere in the city\u2026"_s}
        << QStringList{u"\u00A9 2009"_s, u"By Jos\u00E9"_s};
    QTest::newRow("JSON-LD body re-chooses the region") << "jsonldguided.html" << "Ferry timetable changes for winter"
        << "Island Courier" << "Fenna de Wit" << "2022-10-28" << QString()
        << QStringList{u"five times a day instead of eight"_s, u"evening events on the mainland."_s}
        << QStringList{u"Letters to the editor"_s, u"I have lived on the island"_s, u"Archive page"_s};
    QTest::newRow("JSON-LD body trims unrelated prose") << "jsonldtrim.html" << "Ferry timetable changes for winter"
        << "Island Courier" << "Fenna de Wit" << "2022-10-28" << QString()
        << QStringList{u"five times a day instead of eight"_s, u"evening events on the mainland."_s}
        << QStringList{u"Letters to the editor"_s, u"harbour choir"_s};
    QTest::newRow("unterminated tags") << "unterminated.html" << "Pier fire damages arcade" << "Coastline Post"
        << QString() << QString() << QString()
        << QStringList{u"A fire broke out in the amusement arcade"_s, u"put out within two hours."_s,
                       u"after every storm since 1901"_s}
        << QStringList{u"Pier repairs to cost more"_s};
    QTest::newRow("script-rendered page, text in JSON-LD") << "scriptrendered.html" << "Orchard growers try new frost fans"
        << "Upland Farmer" << "Noor Halvorsen" << "2019" << QString()
        << QStringList{u"falls below two degrees."_s, u"the blossoms survived every one."_s}
        << QStringList{u"enable JavaScript"_s};
}

void TestHtmlImport::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, headline);
    QFETCH(QString, outlet);
    QFETCH(QString, author);
    QFETCH(QString, published);
    QFETCH(QString, url);
    QFETCH(QStringList, sentences);
    QFETCH(QStringList, furniture);

    const ImportResult result = importFile(fixturePath(file));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    const Article &article = result.value();
    QCOMPARE(article.format, SourceFormat::Html);
    QCOMPARE(article.meta.headline, headline);
    QCOMPARE(article.meta.outlet, outlet);
    QCOMPARE(article.meta.author, author);
    QCOMPARE(article.meta.published.isoString(), published);
    QCOMPARE(article.meta.url, url);

    const QString body = bodyText(article);
    for (const QString &sentence : sentences)
        QVERIFY2(body.contains(sentence), qPrintable(QStringLiteral("missing: %1\nbody:\n%2").arg(sentence, body)));
    for (const QString &piece : furniture)
        QVERIFY2(!body.contains(piece), qPrintable(QStringLiteral("furniture in the body: %1\nbody:\n%2").arg(piece, body)));
    QString why;
    QVERIFY2(paragraphsTileText(article, &why), qPrintable(why));
}

void TestHtmlImport::furniture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<BoilerplateKind>("kind");

    QTest::newRow("in-article ad slot") << "newspaper.html" << "Advertisement" << BoilerplateKind::Advertisement;
    QTest::newRow("figure caption") << "newspaper.html" << "Idle grain wagons on a siding" << BoilerplateKind::Caption;
    QTest::newRow("photo credit") << "newspaper.html" << "Photograph: Lena Okafor" << BoilerplateKind::Caption;
    QTest::newRow("newsletter box") << "newspaper.html" << "Sign up for our newsletter" << BoilerplateKind::SignUp;
    QTest::newRow("WordPress caption") << "wordpress.html" << "Waves break over the old storm wall" << BoilerplateKind::Caption;
    QTest::newRow("amp-ad placeholder") << "amp.html" << "Advertisement" << BoilerplateKind::Advertisement;
    QTest::newRow("ad container between parts") << "splitbyads.html" << "Advertisement" << BoilerplateKind::Advertisement;
    QTest::newRow("byline line") << "windows1252.html" << u"By Jos\u00E9 Ib\u00E1\u00F1ez"_s << BoilerplateKind::Byline;
}

void TestHtmlImport::furniture()
{
    QFETCH(QString, file);
    QFETCH(QString, snippet);
    QFETCH(BoilerplateKind, kind);

    const ImportResult result = importFile(fixturePath(file));
    QVERIFY(result);
    const Article &article = result.value();
    const qsizetype p = paragraphContaining(article, snippet);
    QVERIFY2(p >= 0, qPrintable(QStringLiteral("furniture was dropped, not kept: %1").arg(snippet)));
    QCOMPARE(article.paragraphs[p].boilerplate, kind);
}

void TestHtmlImport::notArticles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("home page of teasers") << "homepage.html";
    QTest::newRow("only page furniture") << "onlyboilerplate.html";
}

void TestHtmlImport::notArticles()
{
    QFETCH(QString, file);
    const ImportResult result = importFile(fixturePath(file));
    if (result) {
        // An honest short body is allowed, but it must say what it is and hold no prose.
        const Article &article = result.value();
        QVERIFY(!article.notices.isEmpty());
        QVERIFY2(bodyText(article).size() < 200, qPrintable(bodyText(article)));
    } else {
        QVERIFY(result.error().message().contains(file));
        QVERIFY(result.error().reason.contains(u"no article text"));
    }
}

void TestHtmlImport::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("guessed");

    const QString sentence = u"Fran\u00E7oise B\u00F6hm paid \u20AC40 for the \u201Cna\u00EFve\u201D caf\u00E9 sign"_s;
    auto page = [&](const QByteArray &head, const QByteArray &text) {
        return articlePage(head, "<p>" + text + ", the shopkeepers said, and nobody complained about it.</p>");
    };
    QStringEncoder toUtf16(QStringConverter::Utf16LE);
    QStringEncoder to1252("windows-1252");
    const QByteArray utf8Page = page("<title>x</title>", sentence.toUtf8());

    QTest::newRow("UTF-8, undeclared") << utf8Page << sentence << "UTF-8" << false;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + utf8Page) << sentence << "UTF-8" << false;
    QTest::newRow("UTF-16LE with BOM")
        << QByteArray("\xFF\xFE" + QByteArray(toUtf16(QString::fromUtf8(utf8Page)))) << sentence << "UTF-16LE" << false;
    QTest::newRow("meta charset windows-1252")
        << page("<meta charset=\"windows-1252\">", to1252(sentence)) << sentence << "windows-1252" << false;
    QTest::newRow("http-equiv charset")
        << page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", to1252(sentence))
        << sentence << "windows-1252" << false;
    QTest::newRow("meta charset iso-8859-1 is windows-1252")
        << page("<meta charset='ISO-8859-1'>", to1252(sentence)) << sentence << "windows-1252" << false;
    QTest::newRow("declared late in a long head")
        << page(QByteArray("<meta name=\"keywords\" content=\"") + QByteArray(2000, 'k') + "\"><meta charset=\"windows-1252\">",
                to1252(sentence))
        << sentence << "windows-1252" << false;
    QTest::newRow("undeclared and not UTF-8") << page("<title>x</title>", to1252(sentence)) << sentence << "windows-1252" << true;
}

void TestHtmlImport::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);
    QFETCH(bool, guessed);

    const ImportResult result = importHtml(bytes);
    QVERIFY(result);
    const Article &article = result.value();
    QCOMPARE(article.encoding, encoding);
    QVERIFY2(bodyText(article).contains(expected), qPrintable(bodyText(article)));
    const bool noticed = std::any_of(article.notices.cbegin(), article.notices.cend(),
                                     [](const QString &n) { return n.contains(u"Windows-1252"); });
    QCOMPARE(noticed, guessed);
}

void TestHtmlImport::metadataForms_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("middle");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("og:title over <title>")
        << QByteArray("<title>Bridge to close | County Herald</title><meta property=\"og:title\" content=\"Covered bridge to close for repairs\">")
        << QByteArray() << "headline" << "Covered bridge to close for repairs";
    QTest::newRow("title suffix naming og:site_name")
        << QByteArray("<title>Covered bridge to close - County Herald</title><meta property=\"og:site_name\" content=\"County Herald\">")
        << QByteArray() << "headline" << "Covered bridge to close";
    QTest::newRow("title prefix naming the outlet")
        << QByteArray("<title>County Herald | Covered bridge to close</title><meta property=\"og:site_name\" content=\"County Herald\">")
        << QByteArray() << "headline" << "Covered bridge to close";
    QTest::newRow("short pipe suffix, outlet unknown")
        << QByteArray("<title>Covered bridge to close for six months | Herald</title>") << QByteArray() << "headline"
        << "Covered bridge to close for six months";
    QTest::newRow("a dash inside a headline stays")
        << QByteArray("<title>Bridge closure - what drivers need to know</title>") << QByteArray() << "headline"
        << "Bridge closure - what drivers need to know";
    QTest::newRow("outlet from the title beside the h1")
        << QByteArray("<title>Covered bridge to close \xE2\x80\x93 County Herald</title>")
        << QByteArray("<h1>Covered bridge to close</h1>") << "outlet" << "County Herald";
    QTest::newRow("JSON-LD headline")
        << QByteArray(R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge to shut in June"}</script>)")
        << QByteArray() << "headline" << "Bridge to shut in June";
    QTest::newRow("JSON-LD author as a string")
        << QByteArray(R"(<script type="application/ld+json">{"@type":"NewsArticle","author":"Oskar Lind"}</script>)")
        << QByteArray() << "author" << "Oskar Lind";
    QTest::newRow("JSON-LD author as an object")
        << QByteArray(R"(<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Oskar Lind"}}</script>)")
        << QByteArray() << "author" << "Oskar Lind";
    QTest::newRow("JSON-LD authors as an array")
        << QByteArray(R"(<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Oskar Lind"},"Mei Tanaka"]}</script>)")
        << QByteArray() << "author" << "Oskar Lind, Mei Tanaka";
    QTest::newRow("JSON-LD in @graph, publisher as outlet")
        << QByteArray(R"(<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Ashcombe Gazette"}}]}</script>)")
        << QByteArray() << "outlet" << "Ashcombe Gazette";
    QTest::newRow("JSON-LD with a list of types")
        << QByteArray(R"(<script type="application/ld+json">[{"@type":["ReportageNewsArticle","NewsArticle"],"datePublished":"2021-06-30T08:00:00Z"}]</script>)")
        << QByteArray() << "published" << "2021-06-30";
    QTest::newRow("JSON-LD with raw line breaks and CDATA")
        << QByteArray("<script type=\"application/ld+json\">//<![CDATA[\n{\"@type\":\"NewsArticle\",\"headline\":\"Two\nlines\"}\n//]]></script>")
        << QByteArray() << "headline" << "Two lines";
    QTest::newRow("meta author with By")
        << QByteArray("<meta name=\"author\" content=\"By Hedda Moss\">") << QByteArray() << "author" << "Hedda Moss";
    QTest::newRow("article:author URL is no name")
        << QByteArray("<meta property=\"article:author\" content=\"https://social.example/hedda\"><meta name=\"parsely-author\" content=\"Hedda Moss\">")
        << QByteArray() << "author" << "Hedda Moss";
    QTest::newRow("published, year only")
        << QByteArray("<meta property=\"article:published_time\" content=\"2019\">") << QByteArray() << "published" << "2019";
    QTest::newRow("published, month only")
        << QByteArray("<meta property=\"article:published_time\" content=\"2019-08\">") << QByteArray() << "published" << "2019-08";
    QTest::newRow("published, date and zone kept as written")
        << QByteArray("<meta property=\"article:published_time\" content=\"2019-08-31T23:30:00-05:00\">") << QByteArray()
        << "published" << "2019-08-31";
    QTest::newRow("published from <time datetime>")
        << QByteArray() << QByteArray("<p class=\"dateline\"><time datetime=\"2018-02-11T10:00\">Feb 11</time></p>") << "published" << "2018-02-11";
    QTest::newRow("published from a written date")
        << QByteArray("<meta name=\"date\" content=\"March 3, 2017\">") << QByteArray() << "published" << "2017-03-03";
    QTest::newRow("canonical over og:url")
        << QByteArray("<meta property=\"og:url\" content=\"https://herald.example/amp/bridge\"><link rel=\"canonical\" href=\"https://herald.example/bridge\">")
        << QByteArray() << "url" << "https://herald.example/bridge";
    QTest::newRow("og:url without canonical")
        << QByteArray("<meta property=\"og:url\" content=\"https://herald.example/bridge\">") << QByteArray() << "url" << "https://herald.example/bridge";
    QTest::newRow("outlet from the URL's host")
        << QByteArray("<link rel=\"canonical\" href=\"https://www.ashcombe-gazette.example/bridge\">") << QByteArray() << "outlet"
        << "ashcombe-gazette.example";
    QTest::newRow("microdata")
        << QByteArray() << QByteArray("<div itemscope itemtype=\"https://schema.org/NewsArticle\"><span itemprop=\"author\" itemscope><span itemprop=\"name\">Ines Varga</span></span></div>")
        << "author" << "Ines Varga";
}

void TestHtmlImport::metadataForms()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, middle);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const ImportResult result = importHtml(articlePage("<meta charset=\"utf-8\">" + head, middle));
    QVERIFY(result);
    const ArticleMetadata &meta = result.value().meta;
    const QString actual = field == u"headline" ? meta.headline
        : field == u"outlet"                    ? meta.outlet
        : field == u"author"                    ? meta.author
        : field == u"published"                 ? meta.published.isoString()
                                                : meta.url;
    QCOMPARE(actual, expected);
}

void TestHtmlImport::textLayout_data()
{
    QTest::addColumn<QByteArray>("middle");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("heading");

    QTest::newRow("whitespace collapsed")
        << QByteArray("<p>  The   toll\n will\tstay at <b>two</b> <i> dollars</i>, officials said on Tuesday afternoon. </p>")
        << "The toll will stay at two dollars, officials said on Tuesday afternoon." << false;
    QTest::newRow("NBSP kept")
        << QByteArray("<p>The repairs will cost 1.2&nbsp;million dollars according to the roads department estimate.</p>")
        << u"1.2\u00A0million dollars"_s << false;
    QTest::newRow("entities decoded")
        << QByteArray("<p>Smith &amp; Sons won&#8217;t bid &lt;again&gt;, said the caf&eacute; owner next to the bridge.</p>")
        << u"Smith & Sons won\u2019t bid <again>, said the caf\u00E9 owner"_s << false;
    QTest::newRow("line break") << QByteArray("<p>Detour signs will read: Ashcombe<br>Mill Road<br>Bridge Street, the department said.</p>")
                                << "Ashcombe\nMill Road\nBridge Street" << false;
    QTest::newRow("two line breaks end a paragraph")
        << QByteArray("<div>The first notice went out on Monday to every household.<br><br>The second notice will follow next week.</div>")
        << "The first notice went out on Monday to every household.\n\nThe second notice will follow next week." << false;
    QTest::newRow("heading is its own paragraph") << QByteArray("<h2>What changes for drivers</h2>")
                                                  << "What changes for drivers" << true;
    QTest::newRow("list items are lines")
        << QByteArray("<p>The department listed the closures it plans for the summer:</p><ul><li>Mill Road, June</li><li>Bridge Street, July</li><li>Ferry Lane, August</li></ul>")
        << "Mill Road, June\nBridge Street, July\nFerry Lane, August" << false;
    QTest::newRow("table rows are lines of cells")
        << QByteArray("<table><tr><th>Road</th><th>Month</th></tr><tr><td>Mill Road</td><td>June</td></tr></table>")
        << "Road\tMonth\nMill Road\tJune" << false;
    QTest::newRow("preformatted text kept")
        << QByteArray("<pre>Closure   Detour\nMill Rd   Ashcombe</pre>") << "Closure   Detour\nMill Rd   Ashcombe" << false;
}

void TestHtmlImport::textLayout()
{
    QFETCH(QByteArray, middle);
    QFETCH(QString, expected);
    QFETCH(bool, heading);

    const ImportResult result = importHtml(articlePage("<meta charset=\"utf-8\">", middle));
    QVERIFY(result);
    const Article &article = result.value();
    QVERIFY2(article.text.contains(expected), qPrintable(article.text));
    const qsizetype p = paragraphContaining(article, expected.section(u'\n', 0, 0));
    QVERIFY(p >= 0);
    QCOMPARE(article.paragraphs[p].heading, heading);
    QString why;
    QVERIFY2(paragraphsTileText(article, &why), qPrintable(why));
}

void TestHtmlImport::structure_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("sentences");
    QTest::addColumn<QStringList>("furniture");

    const QByteArray story = "<p>The county's oldest covered bridge will close for six months of repairs starting in June, "
                             "the roads department said on Monday, after inspectors found rot in two of its main beams.</p>"
                             "<p>Drivers will be sent on a detour through the village of Ashcombe, adding about ten minutes "
                             "to the trip, and a temporary footbridge will be built for walkers and cyclists.</p>";
    QByteArray feed = "<div class=\"below\"><h3>More from the Herald</h3>";
    for (int i = 0; i < 6; ++i) {
        feed += "<div class=\"card\"><h4><a href=\"/s" + QByteArray::number(i) + "\">Story number " + QByteArray::number(i)
              + " in the feed</a></h4><p>A summary of another story that has nothing to do with the bridge, written in "
                "full sentences to tempt the reader. It is long enough to look like prose.</p></div>";
    }
    feed += "</div>";
    QTest::newRow("teaser feed beside <main>") << QByteArray("<html><body><main>" + story + "</main>" + feed + "</body></html>")
                                               << QStringList{u"rot in two of its main beams"_s}
                                               << QStringList{u"A summary of another story"_s, u"Story number"_s};
    QTest::newRow("nested <article>s are related posts")
        << QByteArray("<html><body><article>" + story
                      + "<h3>You may also like</h3><article><p>A summary of another story that has nothing to do with the "
                        "bridge, written in full sentences to tempt the reader.</p></article><article><p>A second summary of a "
                        "story about the harbour, also written in full sentences for the reader.</p></article></article></body></html>")
        << QStringList{u"rot in two of its main beams"_s} << QStringList{u"A summary of another story"_s, u"A second summary"_s};
    QTest::newRow("comments are never the article")
        << QByteArray("<html><body><article>" + story + "</article><div id=\"comments\"><div class=\"comment\"><p>"
                      + QByteArray("I drove over that bridge every day for thirty years and never once felt it move, so I do "
                                   "not believe a word of this report about rotten beams. ").repeated(8)
                      + "</p></div></div></body></html>")
        << QStringList{u"rot in two of its main beams"_s} << QStringList{u"never once felt it move"_s};
    QTest::newRow("ASP.NET form around the page is not a sign-up box")
        << QByteArray("<html><body><form id=\"aspnetForm\" action=\"/page.aspx\"><div class=\"story\">" + story
                      + "</div></form></body></html>")
        << QStringList{u"rot in two of its main beams"_s, u"walkers and cyclists."_s} << QStringList{};
    QTest::newRow("a layout class on the article's wrapper")
        << QByteArray("<html><body><div class=\"content-with-sidebar\"><div class=\"sidebar-layout-main\">" + story
                      + story + story + "</div></div><div class=\"sidebar\"><a href=\"/x\">Weather</a></div></body></html>")
        << QStringList{u"rot in two of its main beams"_s} << QStringList{u"Weather"_s};
    QTest::newRow("a paragraph placed after an ad slot")
        << QByteArray("<html><body><article>" + story
                      + "<div class=\"ad-slot\"><span>Advertisement</span><a href=\"#after-ad-1\">Skip ad</a></div>"
                        "<p id=\"after-ad-1\" class=\"after-ad\">The department expects the repairs to cost about 2.1 million "
                        "dollars, most of it paid by the state.</p></article></body></html>")
        << QStringList{u"cost about 2.1 million dollars"_s} << QStringList{u"Advertisement"_s, u"Skip ad"_s};
    QTest::newRow("hidden text") << QByteArray("<html><body><article>" + story
                                               + "<p style=\"display: none\">Hidden teaser text for robots.</p>"
                                                 "<p hidden>Also hidden from readers.</p></article></body></html>")
                                 << QStringList{u"rot in two of its main beams"_s}
                                 << QStringList{u"Hidden teaser"_s, u"Also hidden"_s};
}

void TestHtmlImport::structure()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, sentences);
    QFETCH(QStringList, furniture);

    const ImportResult result = importHtml(html);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    const QString body = bodyText(result.value());
    for (const QString &sentence : sentences)
        QVERIFY2(body.contains(sentence), qPrintable(QStringLiteral("missing: %1\nbody:\n%2").arg(sentence, body)));
    for (const QString &piece : furniture)
        QVERIFY2(!body.contains(piece), qPrintable(QStringLiteral("furniture in the body: %1\nbody:\n%2").arg(piece, body)));
}

void TestHtmlImport::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("imports");
    QTest::addColumn<QString>("reason");   ///< part of the error when it does not import

    QByteArray oneLine = "<html><body><article><p>";
    while (oneLine.size() < 1024 * 1024)
        oneLine += "The ferry ran late again because the tide was low, and the harbour master said so. ";
    oneLine += "</p></article></body></html>";
    QTest::newRow("1 MB on one line") << oneLine << true << QString();
    QTest::newRow("1 MB word without spaces")
        << QByteArray("<html><body><p>" + QByteArray(1024 * 1024, 'x') + "</p></body></html>") << true << QString();
    QTest::newRow("deep nesting") << QByteArray("<html><body>" + QByteArray("<div>").repeated(100000) + "deep</body></html>")
                                  << false << "levels deep";
    QTest::newRow("deep nesting of inline tags")
        << QByteArray("<html><body><p>" + QByteArray("<span>").repeated(50000) + "deep</p></body></html>") << false << "levels deep";
    QTest::newRow("nesting within the limit")
        << QByteArray("<html><body>" + QByteArray("<div>").repeated(Limits::maxHtmlDepth - 20)
                      + "<p>The pier reopened on Saturday after the storm repairs were finished, the council said.</p></body></html>")
        << true << QString();
    QTest::newRow("thousands of unclosed paragraphs")
        << QByteArray("<html><body>" + QByteArray("<p>The harbour master said the ferry would run on time. ").repeated(5000) + "</body></html>")
        << true << QString();
    QTest::newRow("no body") << QByteArray("<html><head><title>Only a title</title></head></html>") << false << "no article text";
    QTest::newRow("only scripts") << QByteArray("<html><body><script>var a = '<p>not text</p>';</script></body></html>")
                                  << false << "no article text";
    QTest::newRow("unterminated comment")
        << QByteArray("<html><body><p>Before the comment.</p><!-- and it never ends " + QByteArray(100000, '-')) << true << QString();
    QTest::newRow("unterminated attribute quote")
        << QByteArray("<html><body><p class=\"story>The text runs on and on " + QByteArray(100000, 'a')) << false << "no article text";
    QTest::newRow("unterminated script") << QByteArray("<html><body><script>" + QByteArray(200000, 'x')) << false << "no article text";
}

void TestHtmlImport::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, imports);
    QFETCH(QString, reason);

    QElapsedTimer timer;
    timer.start();
    const ImportResult result = importHtml(bytes, QStringLiteral("bad.html"));
    QVERIFY2(timer.elapsed() < 10000, "import took longer than 10 s");
    QCOMPARE(bool(result), imports);
    if (!result) {
        QVERIFY(result.error().message().startsWith(u"bad.html"));
        QVERIFY2(result.error().reason.contains(reason), qPrintable(result.error().reason));
    }
}

void TestHtmlImport::noNetwork()
{
    // Every way a page can reference another resource, pointed at a server that counts
    // connections. Import, process events for a while: not one connection may arrive.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(server.serverPort());
    QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                      "<meta http-equiv=\"refresh\" content=\"0; url=" + base + "/refresh\">"
                      "<link rel=\"stylesheet\" href=\"" + base + "/style.css\">"
                      "<link rel=\"preload\" href=\"" + base + "/font.woff2\" as=\"font\">"
                      "<link rel=\"dns-prefetch\" href=\"" + base + "\">"
                      "<link rel=\"canonical\" href=\"" + base + "/article\">"
                      "<style>@import url(\"" + base + "/import.css\"); body{background:url(" + base + "/bg.png)}</style>"
                      "<script src=\"" + base + "/app.js\"></script>"
                      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"image\":\"" + base + "/ld.jpg\"}</script>"
                      "</head><body background=\"" + base + "/body.png\">"
                      "<article><p>The lighthouse keeper's cottage will open as a museum in May, the trust that owns it said on Friday.</p>"
                      "<img src=\"" + base + "/a.jpg\" srcset=\"" + base + "/b.jpg 2x\">"
                      "<picture><source srcset=\"" + base + "/c.webp\"><img src=\"" + base + "/d.jpg\"></picture>"
                      "<iframe src=\"" + base + "/frame\"></iframe><video src=\"" + base + "/v.mp4\" poster=\"" + base + "/p.jpg\"></video>"
                      "<audio src=\"" + base + "/a.mp3\"></audio><object data=\"" + base + "/o.swf\"></object><embed src=\"" + base + "/e.swf\">"
                      "<p>Visitors will see the original lamp, the keeper's logbooks from 1890 to 1962, and a model of the rocks.</p>"
                      "<p>Tickets will cost five pounds for adults; children and members of the trust will get in free.</p></article>"
                      "</body></html>";
    const ImportResult result = importHtml(html);
    QVERIFY(result);
    QVERIFY(bodyText(result.value()).contains(u"lighthouse keeper's cottage"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("page.html")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(html);
    file.close();
    QVERIFY(importFile(file.fileName()));

    QTest::qWait(300);
    QCOMPARE(connections.count(), 0);
    QVERIFY(!server.hasPendingConnections());
}

void TestHtmlImport::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<DatePrecision>("precision");

    QTest::newRow("ISO date-time with offset") << "2023-04-19T17:07:00-04:00" << "2023-04-19" << DatePrecision::Day;
    QTest::newRow("ISO date-time UTC, fraction") << "2023-04-19T21:07:00.000Z" << "2023-04-19" << DatePrecision::Day;
    QTest::newRow("ISO date with space and time") << "2023-04-19 17:07:00" << "2023-04-19" << DatePrecision::Day;
    QTest::newRow("ISO date") << "2023-04-19" << "2023-04-19" << DatePrecision::Day;
    QTest::newRow("year and month") << "2023-04" << "2023-04" << DatePrecision::Month;
    QTest::newRow("year") << "2023" << "2023" << DatePrecision::Year;
    QTest::newRow("RFC 2822") << "Wed, 19 Apr 2023 21:07:00 GMT" << "2023-04-19" << DatePrecision::Day;
    QTest::newRow("Month D, YYYY") << "April 19, 2023" << "2023-04-19" << DatePrecision::Day;
    QTest::newRow("D Month YYYY") << "19 April 2023" << "2023-04-19" << DatePrecision::Day;
    QTest::newRow("abbreviated, ordinal, time") << "Apr. 19th, 2023 5:07 PM" << "2023-04-19" << DatePrecision::Day;
    QTest::newRow("Month YYYY") << "October 2022" << "2022-10" << DatePrecision::Month;
    QTest::newRow("impossible day") << "2023-02-30" << "" << DatePrecision::Unknown;
    QTest::newRow("not a date") << "yesterday" << "" << DatePrecision::Unknown;
}

void TestHtmlImport::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QFETCH(DatePrecision, precision);
    const PublishedDate date = parsePublishedDate(text);
    QCOMPARE(date.isoString(), iso);
    QCOMPARE(date.precision, precision);
    if (date.isValid())
        QCOMPARE(date.text, text);
}

void TestHtmlImport::siteNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");

    QTest::newRow("suffix") << "Ferry fares rise | The Harbour Star" << "The Harbour Star" << "" << "Ferry fares rise";
    QTest::newRow("section and outlet") << "Ferry fares rise | Business | Harbour Star" << "The Harbour Star" << ""
                                        << "Ferry fares rise | Business";
    QTest::newRow("prefix") << "Harbour Star - Ferry fares rise" << "Harbour Star" << "" << "Ferry fares rise";
    QTest::newRow("host names the site") << "Ferry fares rise \u2014 HarbourStar" << "" << "harbourstar.example"
                                         << "Ferry fares rise";
    QTest::newRow("dash in the headline") << "Ferries - the fares rise again" << "Harbour Star" << ""
                                          << "Ferries - the fares rise again";
    QTest::newRow("nothing to strip") << "Ferry fares rise" << "Harbour Star" << "" << "Ferry fares rise";
}

void TestHtmlImport::siteNames()
{
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(stripSiteName(title, outlet, host), expected);
}

void TestHtmlImport::nestingEstimate_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("depth");

    QTest::newRow("siblings") << QByteArray("<div></div><div><p>a</p></div>") << 2;
    QTest::newRow("nested") << QByteArray("<div><section><div>x</div></section></div>") << 3;
    QTest::newRow("unclosed paragraphs do not nest") << QByteArray("<p>a<p>b<p>c<p>d") << 1;
    QTest::newRow("void and self-closing elements") << QByteArray("<br><img src=x><svg><path/></svg>") << 1;
    QTest::newRow("markup inside script and comments")
        << QByteArray("<script>var s = '<div><div><div>';</script><!-- <div><div> -->") << 0;
    QTest::newRow("end tag closes what is inside") << QByteArray("<div><span><b>x</div><div>y</div>") << 3;
    QTest::newRow("stray end tags ignored") << QByteArray("</div></div><div><div>x") << 2;
    QTest::newRow("quoted >") << QByteArray("<div title=\"a > b\"><div>x</div></div>") << 2;
    // The end of a paragraph closes what was left open in it, however many paragraphs follow.
    QTest::newRow("unclosed spans in closed paragraphs")
        << QByteArray("<p><span>a</p>").repeated(500) << 2;
    QTest::newRow("unclosed spans in unclosed paragraphs")
        << QByteArray("<p><span>a").repeated(500) << 2;
    QTest::newRow("list items close items, not the outer list") << QByteArray("<ul><li>a<ul><li>b<li>c</ul><li>d</ul>")
                                                               << 4;
    QTest::newRow("table cells close cells") << QByteArray("<table><tr><td>a<td>b<tr><td>c</table>") << 3;
    // Inside SVG and MathML nothing is void: <source> nests there.
    QTest::newRow("no void elements in SVG") << QByteArray("<svg><source><source><source></svg>") << 4;
    QTest::newRow("HTML breaks out of SVG") << QByteArray("<svg><g><g><div>x</div></g></g></svg><div>y</div>") << 3;
}

void TestHtmlImport::boundedMarkup_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("ordinary markup unchanged")
        << QByteArray("<p class=a>One <b>two</b> <a href=x>three</a></p>") << QByteArray("<p class=a>One <b>two</b> <a href=x>three</a></p>");
    QByteArray sixteen;
    for (int i = 0; i < 16; ++i)
        sixteen += "<font>";
    QTest::newRow("the 17th open formatting element goes, with its end tag")
        << QByteArray(sixteen + "<b>x</b><i>y</i>") << QByteArray(sixteen + "xy");
    QTest::newRow("closed formatting elements do not count")
        << QByteArray("<b>a</b>").repeated(40) << QByteArray("<b>a</b>").repeated(40);
    QByteArray many = "<p";
    QByteArray kept = "<p";
    for (int i = 0; i < 300; ++i) {
        const QByteArray attribute = " a" + QByteArray::number(i) + "=\"v > w\"";
        many += attribute;
        if (i < 256)
            kept += attribute;
    }
    QTest::newRow("attributes past 256 cut") << QByteArray(many + ">text</p>") << QByteArray(kept + " >text</p>");
    QTest::newRow("markup in comments untouched")
        << QByteArray("<!--" + QByteArray("<b>").repeated(40) + "-->") << QByteArray("<!--" + QByteArray("<b>").repeated(40) + "-->");
}

void TestHtmlImport::boundedMarkup()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    QCOMPARE(Crossread::boundedMarkup(html), expected);
}

void TestHtmlImport::nestingEstimate()
{
    QFETCH(QByteArray, html);
    QFETCH(int, depth);
    QCOMPARE(estimateHtmlNesting(html, 1000), depth);
}

void TestHtmlImport::charsetSniffing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("charset");

    QTest::newRow("meta charset") << QByteArray("<meta charset=\"Windows-1252\">") << QByteArray("windows-1252");
    QTest::newRow("unquoted") << QByteArray("<meta charset=utf-8>") << QByteArray("utf-8");
    QTest::newRow("http-equiv") << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")
                                << QByteArray("iso-8859-1");
    QTest::newRow("XML declaration") << QByteArray("<?xml version=\"1.0\" encoding=\"windows-1252\"?><html>") << QByteArray("windows-1252");
    QTest::newRow("UTF-16 label in ASCII bytes means UTF-8") << QByteArray("<meta charset=\"utf-16\">") << QByteArray("utf-8");
    QTest::newRow("inside a comment") << QByteArray("<!-- <meta charset=\"koi8-r\"> --><title>x</title>") << QByteArray();
    QTest::newRow("beyond 4096 bytes") << QByteArray("<title>" + QByteArray(5000, 't') + "</title><meta charset=\"koi8-r\">")
                                       << QByteArray();
    QTest::newRow("none") << QByteArray("<title>x</title>") << QByteArray();
}

void TestHtmlImport::charsetSniffing()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, charset);
    QCOMPARE(sniffHtmlCharset(head), charset);
}

void TestHtmlImport::scriptText_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("script text removed") << QByteArray("<script>var a = 1;</script><p>x</p>")
                                         << QByteArray("<script></script><p>x</p>");
    QTest::newRow("style text removed") << QByteArray("<style>p{color:red}</style><p>x</p>")
                                        << QByteArray("<style></style><p>x</p>");
    QTest::newRow("JSON-LD kept") << QByteArray("<script type=\"application/ld+json\">{\"a\":1}</script>")
                                  << QByteArray("<script type=\"application/ld+json\">{\"a\":1}</script>");
    QTest::newRow("quoted > in the tag") << QByteArray("<script data-x=\"a>b\">code</script>")
                                         << QByteArray("<script data-x=\"a>b\"></script>");
    QTest::newRow("end tag needs a delimiter") << QByteArray("<script>a = '</scripts>';</script>x")
                                               << QByteArray("<script></script>x");
    QTest::newRow("escaped script in a script")
        << QByteArray("<script><!-- document.write('<script>b()</script>'); --></script><p>after</p>")
        << QByteArray("<script></script><p>after</p>");
    QTest::newRow("escape without inner script") << QByteArray("<script><!-- a() --></script>x")
                                                 << QByteArray("<script></script>x");
    QTest::newRow("script in a comment untouched") << QByteArray("<!-- <script>a()</script> --><p>x</p>")
                                                   << QByteArray("<!-- <script>a()</script> --><p>x</p>");
    QTest::newRow("script in a textarea untouched") << QByteArray("<textarea><script>a()</script></textarea>")
                                                    << QByteArray("<textarea><script>a()</script></textarea>");
    QTest::newRow("unterminated script") << QByteArray("<p>x</p><script>never ends") << QByteArray("<p>x</p><script>");
    QTest::newRow("upper case") << QByteArray("<SCRIPT>a()</SCRIPT>") << QByteArray("<SCRIPT></SCRIPT>");
}

void TestHtmlImport::scriptText()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    QCOMPARE(withoutScriptText(html), expected);
}

QTEST_GUILESS_MAIN(TestHtmlImport)
#include "tst_htmlimport.moc"
