// SPDX-License-Identifier: GPL-3.0-or-later
// Bringing in coverage from the window: File ▸ Open URL (Ctrl+L) against a local HTTP server,
// links dropped from a browser, the network switched off in Preferences, and dropped folders.
#include "../net/localhttpserver.h"

#include "mainwindow.h"
#include "settings.h"
#include "webimport.h"

#include "core/articlemodel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Crossread;
using namespace Qt::StringLiterals;

namespace {

QByteArray page(const QByteArray &outlet)
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Night ferry returns | " + outlet
         + "</title><meta property=\"og:site_name\" content=\"" + outlet
         + "\"></head><body><article><h1>Night ferry returns</h1>"
           "<p>The night ferry between Varnes and the outer islands will sail again from Monday, the county said, "
           "after a new crew was hired and the ship passed its inspection at the yard in Lindholm.</p>"
           "<p>Tickets cost the same as before the break, and the first crossing leaves the harbour at 23:40.</p>"
           "</article><img src=\"/photo.jpg\"></body></html>";
}

QStringList waitForLoad(MainWindow &window)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    if (!finished.wait(10000))
        return {u"timed out"_s};
    return finished.first().first().toStringList();
}

void closeMessageBoxes()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QMessageBox"))
            widget->close();
    }
}

} // namespace

class TestWebImportUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void openUrlIsCtrlLAndTakesSeveralLines();
    void pagesOpenAndFailuresAreNamed();
    void droppedLinkIsFetched();
    void neverUseTheNetwork();
    void droppedFolderOpensItsFilesByName();

private:
    LocalHttpServer m_server;
    QTemporaryDir m_dir;
};

void TestWebImportUi::initTestCase()
{
    QCoreApplication::setOrganizationName(u"CrossreadTests"_s);
    QCoreApplication::setApplicationName(u"tst_webimport_ui"_s);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    m_server.answer("/herald", 200, "Content-Type: text/html\r\n", page("Varnes Herald"));
    m_server.answer("/post", 200, "Content-Type: text/html\r\n", page("Island Post"));
}

void TestWebImportUi::init()
{
    AppSettings settings = AppSettings::read();
    settings.neverUseNetwork = false;
    settings.write();
}

void TestWebImportUi::openUrlIsCtrlLAndTakesSeveralLines()
{
    MainWindow window;
    QAction *openUrl = window.findChild<QAction *>(u"openUrl"_s);
    QVERIFY(openUrl);
    QCOMPARE(openUrl->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));

    OpenUrlDialog dialog;
    dialog.setAddresses({u"  https://a.example.org/one  "_s, QString(), u"b.example.org/two"_s, u"   "_s});
    QCOMPARE(dialog.addresses(), (QStringList{u"https://a.example.org/one"_s, u"b.example.org/two"_s}));
}

void TestWebImportUi::pagesOpenAndFailuresAreNamed()
{
    MainWindow window;
    window.show();
    const qsizetype before = m_server.requests().size();
    QSignalSpy loads(&window, &MainWindow::loadFinished);
    window.openWebAddresses({m_server.url("/herald").toString(), m_server.url("/missing").toString(), u"ftp://x.example.org/a"_s,
                             m_server.url("/post").toString()});
    // Each page is imported as it arrives; the failures come together in one message.
    QStringList errors;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 errors.clear();
                                 for (const QList<QVariant> &load : std::as_const(loads))
                                     errors.append(load.first().toStringList());
                                 return window.articleModel()->rowCount() == 2 && errors.size() == 2 && !window.isLoading();
                             }()),
                             10000);
    closeMessageBoxes();
    QVERIFY2(errors.at(0).contains(u"404"), qPrintable(errors.join(u'\n')));
    QVERIFY2(errors.at(1).contains(u"not a web address"), qPrintable(errors.join(u'\n')));
    int messages = 0;
    for (const QList<QVariant> &load : std::as_const(loads))
        messages += load.first().toStringList().isEmpty() ? 0 : 1;
    QCOMPARE(messages, 1);
    QList<QString> outlets;
    for (const Article &article : window.articleModel()->articles()) {
        outlets.append(article.meta.outlet);
        QVERIFY(article.meta.fetchedUrl.startsWith(m_server.url("/").toString()));
        QVERIFY(article.meta.fetchedAt.isValid());
    }
    std::sort(outlets.begin(), outlets.end());
    QCOMPARE(outlets, (QList<QString>{u"Island Post"_s, u"Varnes Herald"_s}));
    // Three addresses were fetched, and nothing the pages refer to.
    QCOMPARE(m_server.requests().size(), before + 3);
}

void TestWebImportUi::droppedLinkIsFetched()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *mime = new QMimeData;
    mime->setUrls({m_server.url("/post")});
    // What a browser adds to a dragged link: its own markup, which must not become the article.
    mime->setHtml(u"<a href=\"%1\">Night ferry returns</a>"_s.arg(m_server.url("/post").toString()));
    QTimer::singleShot(0, &window, [&] { QVERIFY(window.openDropped(mime)); });
    const QStringList errors = waitForLoad(window);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(window.articleModel()->rowCount(), 1);
    QCOMPARE(window.articleModel()->articles().first().meta.outlet, u"Island Post"_s);
    delete mime;
}

void TestWebImportUi::neverUseTheNetwork()
{
    AppSettings settings = AppSettings::read();
    settings.neverUseNetwork = true;
    settings.write();
    MainWindow window;
    const qsizetype before = m_server.requests().size();
    QTimer::singleShot(0, &window, [&] { window.openWebAddresses({m_server.url("/herald").toString()}); });
    const QStringList errors = waitForLoad(window);
    closeMessageBoxes();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(u"Never use the network"), qPrintable(errors.first()));
    QCOMPARE(window.articleModel()->rowCount(), 0);
    QCOMPARE(m_server.requests().size(), before);
}

void TestWebImportUi::droppedFolderOpensItsFilesByName()
{
    QTemporaryDir folder;
    const auto write = [&folder](const QString &name, const QByteArray &bytes) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(u"b-island-post.txt"_s, "Night ferry back\n\nThe night ferry to the outer islands sails again from Monday.\n");
    write(u"A-herald.md"_s, "# Night ferry returns\n\nThe night ferry will sail again from Monday, the county said.\n");
    write(u"c-courier.html"_s, page("Courier"));
    write(u"notes.png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8));
    write(u".hidden.txt"_s, "A hidden file is left out.\n");
    QVERIFY(QDir(folder.path()).mkdir(u"sub"_s));
    write(u"sub/d-inner.txt"_s, "Files in subfolders are not opened.\n");

    QCOMPARE(importableFilesIn(folder.path()),
             (QStringList{folder.filePath(u"A-herald.md"_s), folder.filePath(u"b-island-post.txt"_s),
                          folder.filePath(u"c-courier.html"_s)}));

    MainWindow window;
    window.show();
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(folder.path())});
    QTimer::singleShot(0, &window, [&] { QVERIFY(window.openDropped(mime)); });
    const QStringList errors = waitForLoad(window);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const QList<Article> articles = window.articleModel()->articles();
    QCOMPARE(articles.size(), 3);
    QVERIFY(articles.at(0).meta.sourceFile.endsWith(u"A-herald.md"));
    QVERIFY(articles.at(1).meta.sourceFile.endsWith(u"b-island-post.txt"));
    QVERIFY(articles.at(2).meta.sourceFile.endsWith(u"c-courier.html"));
    delete mime;
}

QTEST_MAIN(TestWebImportUi)
#include "tst_webimport_ui.moc"
