// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledetailsdialog.h"
#include "core/articlemodel.h"
#include "articlepane.h"
#include "mainwindow.h"
#include "readerview.h"
#include "review/review.h"
#include "import/samplestory.h"
#include "sourceview.h"
#include "theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QFile>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QMessageBox>
#include <QTimer>
#include <QScreen>
#include <QStatusBar>
#include <QTest>

using namespace Crossread;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensSampleStoryInPanes();
    void articleListShowsMetadata();
    void hidingAnArticleRemovesItsPane();
    void manyArticlesScrollHorizontally();
    void narrowWindowKeepsAnnotationsForLater();
    void badFilesAreReportedAndOthersOpen_data();
    void badFilesAreReportedAndOthersOpen();
    void sourceViewShowsOriginalBytes();
    void crlfKeepsOffsets();
    void publishedDateForms_data();
    void publishedDateForms();
    void detailsDialogEditsMetadata();
    void flippedParagraphLeavesTheComparison();
    void untouchedSampleClosesWithoutAsking();
    void firstWindowFitsALaptopScreen();
    void conflictKeySaysWhenThereAreNone();

private:
    static QStringList waitForLoad(MainWindow &window);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"CrossreadTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit());
}

QStringList TestMainWindow::waitForLoad(MainWindow &window)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    if (!window.isLoading() && finished.isEmpty())
        finished.wait(10000);
    else
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000); }();
    return finished.isEmpty() ? QStringList{u"timed out"_s} : finished.first().first().toStringList();
}

void TestMainWindow::opensSampleStoryInPanes()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openSampleStory();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toStringList(), QStringList{});

    const auto sample = sampleStory();
    QVERIFY(sample.hasValue());
    ArticleModel *model = window.articleModel();
    QCOMPARE(model->rowCount(), int(sample->sources.size()));
    const QList<ArticlePane *> panes = window.readerView()->panes();
    QCOMPARE(panes.size(), sample->sources.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        ArticlePane *pane = panes.at(row);
        QCOMPARE(pane->articleId(), ArticleId(row));
        const Article &article = model->article(row);
        QCOMPARE(pane->displayedText().size(), article.text.size());
        // QTextDocument shows U+00A0 as a space; everything else is the article's text.
        QCOMPARE(pane->displayedText(), displayableText(article.text).replace(QChar::Nbsp, u' '));
        // Panes added to a visible window are shown from the event loop.
        QTRY_VERIFY(pane->isVisible());
        QTRY_VERIFY(pane->width() >= ArticlePane::minimumReadableWidth);
    }
    QVERIFY(window.windowTitle().contains(sample->title));
}

void TestMainWindow::articleListShowsMetadata()
{
    MainWindow window;
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openSampleStory();
    QVERIFY(finished.wait(10000));
    ArticleModel *model = window.articleModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(!model->data(model->index(row, ArticleModel::OutletColumn)).toString().isEmpty());
        QCOMPARE(model->data(model->index(row, ArticleModel::HeadlineColumn)).toString(),
                 model->article(row).meta.headline);
        QCOMPARE(model->data(model->index(row, ArticleModel::OutletColumn), Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);
    }
}

void TestMainWindow::hidingAnArticleRemovesItsPane()
{
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openSampleStory();
    QVERIFY(finished.wait(10000));
    ArticleModel *model = window.articleModel();
    const int count = model->rowCount();
    ArticlePane *kept = window.readerView()->panes().at(0);
    QVERIFY(model->setData(model->index(1, ArticleModel::OutletColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(window.readerView()->panes().size(), count - 1);
    QCOMPARE(window.readerView()->panes().at(0), kept);   // other panes survive, with their scroll position
    QVERIFY(model->setData(model->index(1, ArticleModel::OutletColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(window.readerView()->panes().size(), count);
    QCOMPARE(window.readerView()->panes().at(1)->articleId(), ArticleId(1));
}

void TestMainWindow::manyArticlesScrollHorizontally()
{
    MainWindow window;
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList paths;
    for (int i = 0; i < 8; ++i) {
        const QString path = m_dir.filePath(u"outlet%1.txt"_s.arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Headline " + QByteArray::number(i) + "\n\nThe council met on Tuesday.\n");
    }
    for (int i = 0; i < 8; ++i)
        paths.append(m_dir.filePath(u"outlet%1.txt"_s.arg(i)));
    window.openFiles(paths);
    QCOMPARE(waitForLoad(window), QStringList{});
    QCOMPARE(window.readerView()->panes().size(), 8);
    QTRY_VERIFY(window.readerView()->horizontalScrollBar()->maximum() > 0);
    for (ArticlePane *pane : window.readerView()->panes())
        QVERIFY(pane->width() >= ArticlePane::minimumReadableWidth);
}

void TestMainWindow::narrowWindowKeepsAnnotationsForLater()
{
    QSettings().remove(u"window/state"_s);   // the first start, with the default layout
    const auto annotationsDock = [](MainWindow &window) {
        return window.findChild<QDockWidget *>(u"AnnotationsDock"_s);
    };
    MainWindow wide;
    wide.resize(1600, 900);
    wide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wide));
    QTest::qWait(50);
    QVERIFY(annotationsDock(wide)->isVisible());

    // A laptop screen: the empty list waits, hidden, and the reader gets the whole width.
    MainWindow window;
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!annotationsDock(window)->isVisible());
    const QString path = m_dir.filePath(u"narrow.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ferry fares rise\n\nThe ferry company raised fares by 4 percent on Monday.\n");
    }
    window.openFiles({path});
    QCOMPARE(waitForLoad(window), QStringList{});
    QVERIFY(!annotationsDock(window)->isVisible());
    // The first annotation brings it back.
    const Article article = window.articleModel()->article(0);
    window.review()->addAnnotation(Anchor{article.contentHash, {0, 5}, article.text.left(5)}, HighlightColour::Yellow);
    QTRY_VERIFY(annotationsDock(window)->isVisible());
    // From then on it is the user's to close: more annotations do not reopen it.
    annotationsDock(window)->hide();
    window.review()->addAnnotation(Anchor{article.contentHash, {6, 11}, article.text.mid(6, 5)}, HighlightColour::Pink);
    QTest::qWait(50);
    QVERIFY(!annotationsDock(window)->isVisible());
}

void TestMainWindow::badFilesAreReportedAndOthersOpen_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");   // null: do not create
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << u"missing.txt"_s << QByteArray() << u"does not exist"_s;
    QTest::newRow("empty") << u"empty.txt"_s << QByteArray("") << u"empty"_s;
    QTest::newRow("whitespace only") << u"blank.txt"_s << QByteArray(" \n\n\t \n") << u"empty"_s;
    QTest::newRow("binary") << u"image.txt"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"binary"_s;
    QTest::newRow("directory") << u"folder.html"_s << QByteArray("<dir>") << u"folder"_s;
}

void TestMainWindow::badFilesAreReportedAndOthersOpen()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString bad = dir.filePath(name);
    if (content == "<dir>") {
        QVERIFY(QDir(dir.path()).mkdir(name));
    } else if (!content.isNull()) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString good = dir.filePath(u"good.txt"_s);
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Harbour ferry fares to rise\n\nThe ferry operator said fares will rise in May.\n");
    }
    MainWindow window;
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openFiles({bad, good});
    QVERIFY(finished.wait(10000));
    const QStringList errors = finished.first().first().toStringList();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(bad), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(reason), qPrintable(errors.first()));
    QCOMPARE(window.articleModel()->rowCount(), 1);
    QCOMPARE(window.articleModel()->article(0).meta.headline, u"Harbour ferry fares to rise"_s);
}

void TestMainWindow::sourceViewShowsOriginalBytes()
{
    const auto sample = sampleStory();
    QVERIFY(sample.hasValue());
    for (const ImportSource &source : sample->sources) {
        const ImportResult article = importSource(source);
        QVERIFY(article.hasValue());
        SourceView view(article.value(), themeNamed(u"Light"_s, QApplication::palette()));
        QCOMPARE(view.editor()->toPlainText().left(200), QString::fromUtf8(source.bytes).left(200).remove(u'\r'));
        // Which path this build took is the library's answer, not a macro: the build's
        // CROSSREAD_HAVE_KSYNTAXHIGHLIGHTING is private to crossread_ui.
        if (haveSyntaxHighlighting())
            QCOMPARE(view.isHighlighted(), article->format != SourceFormat::PlainText);
        else
            QVERIFY2(!view.isHighlighted(), "without KSyntaxHighlighting the source view is plain");
    }
}

void TestMainWindow::crlfKeepsOffsets()
{
    const QString text = u"Title\r\n\r\nLine one.\r\nLine two.\rEnd"_s;
    const QString shown = displayableText(text);
    QCOMPARE(shown.size(), text.size());
    QCOMPARE(shown.indexOf(u"Line two."), text.indexOf(u"Line two."));
    QVERIFY(!shown.contains(u'\r'));
}

void TestMainWindow::publishedDateForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("precision");
    QTest::newRow("day") << u"2023-04-19"_s << QDate(2023, 4, 19) << int(DatePrecision::Day);
    QTest::newRow("month") << u"2023-04"_s << QDate(2023, 4, 1) << int(DatePrecision::Month);
    QTest::newRow("year") << u" 2023 "_s << QDate(2023, 1, 1) << int(DatePrecision::Year);
    QTest::newRow("no such day") << u"2023-02-30"_s << QDate() << int(DatePrecision::Unknown);
    QTest::newRow("words") << u"April 19"_s << QDate() << int(DatePrecision::Unknown);
    QTest::newRow("empty") << QString() << QDate() << int(DatePrecision::Unknown);
}

void TestMainWindow::publishedDateForms()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(int, precision);
    const PublishedDate published = ArticleDetailsDialog::parsePublished(text);
    QCOMPARE(int(published.precision), precision);
    QCOMPARE(published.date, date);
}

void TestMainWindow::detailsDialogEditsMetadata()
{
    Article article;
    article.meta.outlet = u"Gazette"_s;
    article.meta.headline = u"Fares rise"_s;
    article.meta.published = {QDate(2023, 4, 19), DatePrecision::Day, QTime(9, 30), u"Apr 19"_s};
    ArticleDetailsDialog dialog(article);
    auto fields = dialog.findChildren<QLineEdit *>();
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0)->text(), u"Gazette"_s);
    QCOMPARE(fields.at(3)->text(), u"2023-04-19"_s);
    fields.at(0)->setText(u"  The Gazette "_s);
    QCOMPARE(dialog.metadata().outlet, u"The Gazette"_s);
    QCOMPARE(dialog.metadata().published.time, QTime(9, 30));   // untouched date keeps its time
    fields.at(3)->setText(u"2023-04"_s);
    QCOMPARE(dialog.metadata().published.precision, DatePrecision::Month);
    fields.at(3)->setText(u"nonsense"_s);
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestMainWindow::flippedParagraphLeavesTheComparison()
{
    MainWindow window;
    QSignalSpy analysed(&window, &MainWindow::analysisFinished);
    window.openSampleStory();
    QVERIFY(analysed.wait(30000));
    const auto before = window.readerView()->analysis();
    // The first article paragraph of the first article that holds an aligned sentence.
    const Segmentation &segmentation = before->segmentations.at(0);
    qsizetype sentence = -1;
    for (qsizetype i = 0; i < segmentation.sentences.size(); ++i) {
        if (before->alignment.passageOfSentence(ArticleId(0), i) >= 0) {
            sentence = i;
            break;
        }
    }
    QVERIFY(sentence >= 0);
    const qsizetype paragraph = segmentation.sentences.at(sentence).paragraph;
    window.articleModel()->setParagraphBoilerplate(0, paragraph, BoilerplateKind::Other);
    QVERIFY(analysed.wait(30000));
    const auto after = window.readerView()->analysis();
    QVERIFY(after != before);
    QVERIFY(after->articles.at(0).paragraphs.at(paragraph).userDecided);
    for (qsizetype i = 0; i < after->segmentations.at(0).sentences.size(); ++i) {
        if (after->segmentations.at(0).sentences.at(i).paragraph == paragraph)
            QCOMPARE(after->alignment.passageOfSentence(ArticleId(0), i), -1);
    }
}

/// Shows the window and opens the sample in it; false when it did not load in time.
static bool showSample(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openSampleStory();
    return finished.wait(10000);
}

void TestMainWindow::untouchedSampleClosesWithoutAsking()
{
    // Any message box that comes up is answered "Cancel" and counted.
    int asked = 0;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++asked;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    answer.start();

    {
        MainWindow window;
        QVERIFY(showSample(window));
        QVERIFY(window.close());
        QCOMPARE(asked, 0);
    }
    {
        // The sample with an article of the reader's own is the reader's work: it asks.
        MainWindow window;
        QVERIFY(showSample(window));
        Article own = window.articleModel()->article(0);
        own.contentHash = QByteArrayLiteral("0000");
        window.articleModel()->append({own});
        QVERIFY(!window.close());   // canceled
        QCOMPARE(asked, 1);
        window.articleModel()->remove(window.articleModel()->rowCount() - 1);
    }
}

void TestMainWindow::firstWindowFitsALaptopScreen()
{
    // Without saved geometry the window is at most nine tenths of the free screen area, so
    // it fits a 1366 x 768 laptop; on larger screens it opens at 1280 x 800.
    QSettings().remove(QStringLiteral("window/geometry"));
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    QVERIFY(window.width() <= std::max(available.width() * 9 / 10, 1));
    QVERIFY(window.height() <= std::max(available.height() * 9 / 10, 1));
    QVERIFY(window.width() <= 1280);
    QVERIFY(window.height() <= 800);
}

void TestMainWindow::conflictKeySaysWhenThereAreNone()
{
    // Two articles that agree on everything: F8 says the story has no conflicts, not that
    // there are no more "in this direction".
    QTemporaryDir dir;
    QStringList paths;
    const std::pair<const char *, const char *> files[] = {
        {"a.txt", "Harbour ferry fares to rise\n\nThe ferry operator said fares will rise by 5% in May.\n"},
        {"b.txt", "Ferry fares up in May\n\nFares on the harbour ferry rise by 5% in May, its operator said.\n"},
    };
    for (const auto &[name, text] : files) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        paths.append(file.fileName());
    }
    MainWindow window;
    QSignalSpy analysed(&window, &MainWindow::analysisFinished);
    window.openFiles(paths);
    QVERIFY(analysed.wait(10000));
    QCOMPARE(window.articleModel()->rowCount(), 2);
    auto *next = window.findChild<QAction *>(u"nextConflict"_s);
    QVERIFY(next);
    next->trigger();
    QCOMPARE(window.statusBar()->currentMessage(), u"No conflicts in this story."_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
