// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing a page references is ever fetched: a local HTTP server counts every connection while
// pages full of remote images, scripts, styles, frames, preloads and tracking pixels pointing at
// it are imported, analysed, shown in the panes and in the source view. The server must see no
// connection at all. The check that it does count one (at the end) keeps the test honest.
#include "analysis/analysis.h"
#include "core/articlemodel.h"
#include "articlepane.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "readerview.h"
#include "export/report.h"
#include "sourceview.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;

namespace {

/// Fictional article prose, long enough to be taken for an article.
QByteArray prose()
{
    return "The Hallenvik harbour board raised ferry fares by 12 percent on Monday, the first rise since "
           "2019, and said night boats would keep running through the winter. Riders at the north quay "
           "said the new season ticket of $420 was more than many of them could pay. \"We had no choice "
           "after the fuel bill doubled,\" said board chair Ines Varga. The council will review the fares "
           "in April, when the new ferry enters service and the old boats are sold to an operator in "
           "the south. Until then, the board said, the timetable stays as it is and no crossing will "
           "be cancelled for lack of crew.";
}

/// Every way a page can ask a browser to fetch something, all pointing at `base`.
QByteArray hostilePage(const QByteArray &base)
{
    return "<!doctype html><html><head><meta charset=utf-8>"
           "<title>Harbour fares rise | Hallenvik Post</title>"
           "<meta http-equiv=refresh content=\"0; url=" + base + "/refresh\">"
           "<base href=\"" + base + "/base/\">"
           "<link rel=stylesheet href=\"" + base + "/style.css\">"
           "<link rel=preload as=image href=\"" + base + "/preload.png\">"
           "<link rel=prefetch href=\"" + base + "/prefetch\">"
           "<link rel=dns-prefetch href=\"" + base + "\">"
           "<link rel=preconnect href=\"" + base + "\">"
           "<link rel=icon href=\"" + base + "/favicon.ico\">"
           "<link rel=manifest href=\"" + base + "/manifest.json\">"
           "<meta property=og:image content=\"" + base + "/og.png\">"
           "<script src=\"" + base + "/tracker.js\"></script>"
           "<script>fetch('" + base + "/fetch'); new Image().src='" + base + "/beacon';</script>"
           "<style>@import url(" + base + "/import.css); body { background: url(\"" + base + "/bg.png\") }"
           "@font-face { font-family: x; src: url(" + base + "/font.woff2) }</style>"
           "</head><body style=\"background-image: url(" + base + "/inline.png)\">"
           "<iframe src=\"" + base + "/frame\"></iframe>"
           "<article><h1>Harbour fares rise</h1>"
           "<img src=\"" + base + "/photo.jpg\" srcset=\"" + base + "/photo-2x.jpg 2x, " + base + "/photo-800.jpg 800w\">"
           "<picture><source srcset=\"" + base + "/photo.webp\"><img src=\"" + base + "/fallback.jpg\"></picture>"
           "<p>" + prose() + "</p>"
           "<p style=\"background: url('" + base + "/para.png')\">" + prose() + "</p>"
           "<img src=\"" + base + "/pixel.gif?id=reader\" width=1 height=1 alt=\"\">"
           "<video poster=\"" + base + "/poster.jpg\" src=\"" + base + "/video.mp4\"></video>"
           "<audio src=\"" + base + "/audio.mp3\"></audio>"
           "<object data=\"" + base + "/object.swf\"></object><embed src=\"" + base + "/embed.swf\">"
           "<svg><image href=\"" + base + "/svg.png\"/></svg>"
           "<input type=image src=\"" + base + "/input.png\">"
           "<p>" + prose() + " <a href=\"" + base + "/link\">More</a></p>"
           "</article><img src=\"//127.0.0.1:" + base.mid(base.lastIndexOf(':') + 1) + "/protocol-relative.gif\">"
           "</body></html>";
}

} // namespace

class TestPrivacy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importAndDisplayFetchNothing();
    void exportedPdfFetchesNothing();
    void serverCountsConnections();

private:
    QTemporaryDir m_dir;
    QTcpServer m_server;
    int m_connections = 0;
    QByteArray m_base;
    QStringList m_paths;   ///< the hostile files written by importAndDisplayFetchNothing()
};

void TestPrivacy::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CrossreadTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_privacy"));
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            socket->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    m_base = "http://127.0.0.1:" + QByteArray::number(m_server.serverPort());
}

void TestPrivacy::importAndDisplayFetchNothing()
{
    const QByteArray base = m_base;
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("page.html"), hostilePage(base)},
        {QStringLiteral("notes.md"),
         "# Harbour fares rise\n\n![photo](" + base + "/md.png) " + prose() + "\n\n<img src=\"" + base
             + "/md-raw.png\">\n\n[link](" + base + "/md-link) " + prose() + "\n\n![ref][pixel]\n\n[pixel]: "
             + base + "/md-ref.gif\n"},
        {QStringLiteral("wire.txt"), "Harbour fares rise\n\n" + prose() + "\n\nSee " + base + "/txt.png\n"},
    };
    QStringList paths;
    for (const auto &[name, bytes] : files) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        paths.append(file.fileName());
    }
    m_paths = paths;

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    QSignalSpy analysed(&window, &MainWindow::analysisFinished);
    window.openFiles(paths);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toStringList(), QStringList());
    QTRY_VERIFY_WITH_TIMEOUT(!analysed.isEmpty(), 60000);
    QCOMPARE(window.articleModel()->rowCount(), 3);

    // Every pane laid out and painted, scrolled through to the end.
    const QList<ArticlePane *> panes = window.readerView()->panes();
    QCOMPARE(panes.size(), 3);
    for (ArticlePane *pane : panes) {
        QVERIFY(!pane->displayedText().isEmpty());
        pane->reveal({pane->article().text.size() - 1, pane->article().text.size()});
        (void)pane->grab();
    }
    (void)window.grab();

    // The original source of each article, as the reader opens it.
    for (int row = 0; row < window.articleModel()->rowCount(); ++row) {
        SourceView view(window.articleModel()->article(row), window.theme(), &window);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        (void)view.grab();
        QVERIFY(view.editor()->toPlainText().contains(QString::fromLatin1(base)));
    }

    // Give anything that was started a generous moment to reach the server.
    QTest::qWait(1500);
    QCOMPARE(m_connections, 0);
}

void TestPrivacy::exportedPdfFetchesNothing()
{
    // The same hostile files, now through the PDF report: every section, both column layouts.
    QVERIFY2(!m_paths.isEmpty(), "importAndDisplayFetchNothing() writes the files");
    SessionData session;
    session.title = QStringLiteral("Hostile pages");
    for (const QString &path : std::as_const(m_paths)) {
        ImportResult imported = importFile(path);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
        session.articles.append(std::move(imported.value()));
    }
    const Analysis analysis = analyseStory(session.articles);
    for (int columns : {2, 3}) {
        ReportOptions options;
        options.columns = columns;
        const QString pdf = m_dir.filePath(QStringLiteral("hostile-%1.pdf").arg(columns));
        const auto written = writePdfReport(pdf, session, analysis, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QVERIFY(written.value().pages > 0);
        QVERIFY2(written.value().overflows.isEmpty(), qPrintable(written.value().overflows.join(u'\n')));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }
    QTest::qWait(1500);
    QCOMPARE(m_connections, 0);
}

void TestPrivacy::serverCountsConnections()
{
    // The counter above is live: a real connection is seen.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    QVERIFY(socket.waitForConnected(5000));
    QTRY_COMPARE(m_connections, 1);
}

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"
