// SPDX-License-Identifier: GPL-3.0-or-later
// Article text and metadata carrying markup, control characters, bidi overrides, extremely long
// words and NUL characters are shown literally: the pane's document holds exactly the article's
// text (with only the documented \r mapping of displayableText()), the header labels exactly the
// metadata, as plain text. Nothing is interpreted, nothing crashes.
#include "core/articlemodel.h"
#include "analysis/analysis.h"
#include "articlepane.h"
#include "export/dataexport.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "readerview.h"
#include "export/report.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Crossread;

namespace {

const QString markup = QStringLiteral("<img src=x onerror=alert(1)> <b>bold</b> &amp; &lt;i&gt; <script>alert(2)</script>");
const QString bidi = QStringLiteral("fares \u202Eesir\u202C and \u2066isolated\u2069 \u200Fmark");

QString controls()
{
    QString text = QStringLiteral("controls:");
    for (char16_t c = 1; c < 0x20; ++c) {
        if (c != u'\n' && c != u'\r')
            text += QChar(c);
    }
    return text + QStringLiteral("\u007F\u0085\u200B\uFEFF end");
}

QString prose()
{
    return QStringLiteral("The harbour board raised ferry fares by 12 percent on Monday, and riders at the "
                          "north quay said the new season ticket was more than they could pay.");
}

} // namespace

class TestInjection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textIsShownLiterally_data();
    void textIsShownLiterally();
    void metadataIsShownLiterally();
    void exportsAreLiteral();

private:
    [[nodiscard]] QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestInjection::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CrossreadTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_injection"));
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
}

QString TestInjection::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

void TestInjection::textIsShownLiterally_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mustContain");   // survives import and display unchanged

    QTest::newRow("markup in text") << QStringLiteral("markup.txt")
                                    << (QStringLiteral("Fares rise\n\n") + markup + u' ' + prose()).toUtf8() << markup;
    QTest::newRow("markup in Markdown code") << QStringLiteral("markup.md")
                                             << (QStringLiteral("# Fares rise\n\n`") + markup + QStringLiteral("` ") + prose()).toUtf8()
                                             << markup;
    QTest::newRow("escaped markup in HTML")
        << QStringLiteral("markup.html")
        << (QStringLiteral("<html><body><article><h1>Fares rise</h1><p>")
            + markup.toHtmlEscaped() + u' ' + prose() + u' ' + prose() + QStringLiteral("</p></article></body></html>")).toUtf8()
        << markup;
    QTest::newRow("control characters") << QStringLiteral("controls.txt")
                                        << (QStringLiteral("Fares rise\n\n") + controls() + u' ' + prose().repeated(5)).toUtf8()
                                        << controls();   // under 5 % control bytes: not taken for binary
    QTest::newRow("bidi overrides") << QStringLiteral("bidi.txt")
                                    << (QStringLiteral("Fares rise\n\n") + bidi + u' ' + prose()).toUtf8() << bidi;
    const QString longWord(100000, u'w');
    QTest::newRow("100k-character word") << QStringLiteral("long.txt")
                                         << (QStringLiteral("Fares rise\n\n") + prose() + u' ' + longWord + u' ' + prose()).toUtf8()
                                         << longWord;
    // NUL bytes make a UTF-8 file binary; in UTF-16 a NUL character is legitimate text.
    const QString withNul = QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after");
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16Bytes = utf16.encode(QStringLiteral("Fares rise\n\n") + withNul + u' ' + prose());
    QTest::newRow("NUL character (UTF-16)") << QStringLiteral("nul.txt") << utf16Bytes << withNul;
}

void TestInjection::textIsShownLiterally()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mustContain);
    const QString path = write(fileName, bytes);
    QVERIFY(!path.isEmpty());

    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.openFiles({path});
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toStringList(), QStringList());
    QTRY_COMPARE_WITH_TIMEOUT(window.readerView()->panes().size(), 1, 30000);

    ArticlePane *pane = window.readerView()->panes().first();
    const Article &article = pane->article();
    QVERIFY2(article.text.contains(mustContain), "the importer changed the text");
    QCOMPARE(pane->displayedText(), displayableText(article.text));
    QVERIFY(!pane->textView()->acceptRichText());
    QVERIFY(pane->textView()->document()->toHtml().contains(QStringLiteral("&lt;")) || !mustContain.contains(u'<'));
    pane->reveal({article.text.size() - 1, article.text.size()});
    (void)window.grab();
}

void TestInjection::metadataIsShownLiterally()
{
    // Headline, outlet and author carry markup and control characters, written in the page as
    // entities so that they reach the metadata as characters.
    const QString headline = QStringLiteral("<b>Fares</b> rise &amp; <img src=x onerror=alert(1)> \u202Eesir");
    const QString outlet = QStringLiteral("<i>Hallenvik</i> Post\u0007");
    const QString author = QStringLiteral("Ines <u>Varga</u>");
    const QString page = QStringLiteral("<html><head><meta charset=utf-8><title>") + headline.toHtmlEscaped()
                         + QStringLiteral("</title><meta property=\"og:site_name\" content=\"") + outlet.toHtmlEscaped()
                         + QStringLiteral("\"><meta property=\"og:title\" content=\"") + headline.toHtmlEscaped()
                         + QStringLiteral("\"><meta name=author content=\"") + author.toHtmlEscaped()
                         + QStringLiteral("\"></head><body><article><p>") + prose() + u' ' + prose() + u' ' + prose()
                         + QStringLiteral("</p></article></body></html>");
    const QString path = write(QStringLiteral("meta.html"), page.toUtf8());
    QVERIFY(!path.isEmpty());

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.openFiles({path});
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toStringList(), QStringList());
    QTRY_COMPARE_WITH_TIMEOUT(window.readerView()->panes().size(), 1, 30000);
    ArticlePane *pane = window.readerView()->panes().first();
    const ArticleMetadata &meta = pane->article().meta;
    QVERIFY2(meta.headline.contains(QStringLiteral("<img src=x onerror=alert(1)>")), qPrintable(meta.headline));
    QVERIFY2(meta.author.contains(QStringLiteral("<u>")), qPrintable(meta.author));

    // The header labels show the metadata as written, in plain-text mode.
    QStringList shown;
    for (QLabel *label : pane->findChildren<QLabel *>()) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        shown.append(label->text());
    }
    QVERIFY2(shown.contains(meta.headline), qPrintable(shown.join(u'|')));
    QVERIFY2(shown.contains(pane->article().displayName()), qPrintable(shown.join(u'|')));
    QVERIFY2(shown.join(u'|').contains(meta.author), qPrintable(shown.join(u'|')));
    (void)window.grab();
}

void TestInjection::exportsAreLiteral()
{
    // One article per hostile kind of text, with metadata that would be a formula in a
    // spreadsheet, exported to PDF (every section) and to the CSVs.
    const QString formula = QStringLiteral("=HYPERLINK(\"http://127.0.0.1:9/x\",\"click\")");
    const QString withNul = QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after");
    const QString longWord(100000, u'w');
    const QStringList bodies = {markup, controls(), bidi, longWord, withNul};
    const QStringList outlets = {formula, QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("-2+3"),
                                 QStringLiteral("@SUM(A1)"), markup};
    SessionData session;
    session.title = markup;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = utf16.encode(QStringLiteral("Fares rise\n\n") + bodies[i] + u' '
                                              + prose().repeated(5));
        ImportResult imported = importSource(ImportSource{bytes, QStringLiteral("hostile%1.txt").arg(i)});
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
        QVERIFY(imported.value().text.contains(bodies[i]));
        imported.value().meta.outlet = outlets[i];
        imported.value().meta.headline = markup + bidi;
        session.articles.append(std::move(imported.value()));
    }
    const Analysis analysis = analyseStory(session.articles);
    QCOMPARE(analysis.articles.size(), bodies.size());

    for (int columns : {2, 3}) {
        ReportOptions options;
        options.columns = columns;
        const QString pdf = m_dir.filePath(QStringLiteral("hostile-%1.pdf").arg(columns));
        const auto written = writePdfReport(pdf, session, analysis, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QVERIFY2(written.value().overflows.isEmpty(), qPrintable(written.value().overflows.join(u'\n')));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!pdftotext.waitForFinished(60000))
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        // The markup is text on the page (a renderer would have dropped the tags).
        QVERIFY2(text.contains(QStringLiteral("<b>bold</b>")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("<script>alert(2)</script>")));
        QVERIFY(text.contains(QStringLiteral("&amp;")));
    }

    const QByteArray facts = factsCsv(analysis);
    const QByteArray claims = claimsCsv(session, analysis.articles);
    QVERIFY(!facts.isEmpty() && !claims.isEmpty());
    const QString factsText = QString::fromUtf8(facts);
    for (const QString &outlet : outlets.first(4)) {
        QVERIFY2(factsText.contains(csvField(outlet)), qPrintable(outlet));
        QVERIFY2(csvField(outlet).startsWith(u'\'') || csvField(outlet).startsWith(QStringLiteral("\"'")),
                 qPrintable(csvField(outlet)));
    }
    // No field of either file starts a formula: after a separator or a line start (quoted or
    // not) comes no '=', '+', '-' or '@'.
    for (const QByteArray &csv : {facts, claims}) {
        for (const char *start : {"\n", ",", "\n\"", ",\""}) {
            for (char mark : {'=', '+', '-', '@'})
                QVERIFY2(!csv.contains(QByteArray(QByteArray(start) + mark)), qPrintable(QString::fromUtf8(csv.left(3000))));
        }
        QVERIFY(!csv.startsWith('=') && !csv.startsWith("\xEF\xBB\xBF="));
    }
}

QTEST_MAIN(TestInjection)
#include "tst_injection.moc"
