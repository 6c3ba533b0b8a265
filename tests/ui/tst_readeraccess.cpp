// SPDX-License-Identifier: GPL-3.0-or-later
// The reader without colour and without a mouse: how highlight layers merge, the bands'
// patterns and summaries, keyboard navigation of the coverage map, tab order, and the panes'
// font and date following the user's choices.
#include "core/articlemodel.h"
#include "articlepane.h"
#include "connectorband.h"
#include "coveragemap.h"
#include "mainwindow.h"
#include "readerview.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;
using namespace Qt::StringLiterals;

namespace {

QTextCharFormat foreground(const QColor &colour)
{
    QTextCharFormat format;
    format.setForeground(colour);
    return format;
}

QTextCharFormat background(const QColor &colour)
{
    QTextCharFormat format;
    format.setBackground(colour);
    return format;
}

QTextCharFormat italicBold()
{
    QTextCharFormat format;
    format.setFontItalic(true);
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat italic()
{
    QTextCharFormat format;
    format.setFontItalic(true);
    return format;
}

QTextCharFormat bold()
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    return format;
}

/// Source-over of two straight-alpha colours, worked out here from the definition
/// (Porter & Duff 1984) rather than taken from the code under test.
QColor sourceOver(const QColor &below, const QColor &above)
{
    const double a = above.alphaF();
    const double b = below.alphaF() * (1 - a);
    const double alpha = a + b;
    return QColor::fromRgbF(float((above.redF() * a + below.redF() * b) / alpha),
                            float((above.greenF() * a + below.greenF() * b) / alpha),
                            float((above.blueF() * a + below.blueF() * b) / alpha), float(alpha));
}

bool closeColours(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 1 && qAbs(a.green() - b.green()) <= 1 && qAbs(a.blue() - b.blue()) <= 1
           && qAbs(a.alpha() - b.alpha()) <= 1;
}

} // namespace

class TestReaderAccess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void combineHighlights_data();
    void combineHighlights();
    void bandPatterns_data();
    void bandPatterns();

    // On the sample story.
    void init();
    void cleanup();
    void bandHatchesRewordedRibbonsOnly();
    void bandSummaryCountsWholeStory();
    void coverageMapKeyboard();
    void coverageMapKeyboardFollowsFilter();
    void tabFollowsScreenOrder();
    void paneFontFollowsReader();
    void paneDateFollowsLocale();
    void coverageMapInitials_data();
    void coverageMapInitials();
    void coverageMapNamesTwentyColumns();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestReaderAccess::initTestCase()
{
    QCoreApplication::setOrganizationName(u"CrossreadTests"_s);
    QCoreApplication::setApplicationName(u"tst_readeraccess"_s);
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toLocal8Bit());
}

void TestReaderAccess::combineHighlights_data()
{
    QTest::addColumn<QList<QList<Highlight>>>("layers");
    QTest::addColumn<QList<Highlight>>("expected");

    const QColor red(200, 0, 0);
    const QColor blue(0, 0, 200);
    const QColor halfRed(255, 0, 0, 128);
    const QColor halfBlue(0, 0, 255, 128);

    QTest::newRow("nothing") << QList<QList<Highlight>>{} << QList<Highlight>{};
    QTest::newRow("empty spans dropped")
        << QList<QList<Highlight>>{{{TextSpan{4, 4}, bold()}}, {}} << QList<Highlight>{};
    QTest::newRow("one mark") << QList<QList<Highlight>>{{{TextSpan{2, 5}, bold()}}}
                              << QList<Highlight>{{TextSpan{2, 5}, bold()}};
    QTest::newRow("out of order within a layer, sorted")
        << QList<QList<Highlight>>{{{TextSpan{6, 9}, bold()}, {TextSpan{0, 3}, italic()}}}
        << QList<Highlight>{{TextSpan{0, 3}, italic()}, {TextSpan{6, 9}, bold()}};
    QTest::newRow("upper layer wins inside, lower shows around")
        << QList<QList<Highlight>>{{{TextSpan{0, 10}, foreground(red)}}, {{TextSpan{3, 6}, foreground(blue)}}}
        << QList<Highlight>{{TextSpan{0, 3}, foreground(red)},
                            {TextSpan{3, 6}, foreground(blue)},
                            {TextSpan{6, 10}, foreground(red)}};
    QTest::newRow("lower layer wins nowhere, even listed later")
        << QList<QList<Highlight>>{{{TextSpan{3, 6}, foreground(blue)}}, {{TextSpan{0, 10}, foreground(red)}}}
        << QList<Highlight>{{TextSpan{0, 10}, foreground(red)}};
    QTest::newRow("properties the upper mark leaves alone stay")
        << QList<QList<Highlight>>{{{TextSpan{0, 8}, italic()}}, {{TextSpan{2, 4}, bold()}}}
        << QList<Highlight>{{TextSpan{0, 2}, italic()}, {TextSpan{2, 4}, italicBold()}, {TextSpan{4, 8}, italic()}};
    QTest::newRow("later mark of a layer wins over an earlier one")
        << QList<QList<Highlight>>{{{TextSpan{0, 6}, foreground(red)}, {TextSpan{3, 9}, foreground(blue)}}}
        << QList<Highlight>{{TextSpan{0, 3}, foreground(red)}, {TextSpan{3, 9}, foreground(blue)}};
    QTest::newRow("adjacent equal runs join")
        << QList<QList<Highlight>>{{{TextSpan{0, 3}, bold()}}, {{TextSpan{3, 7}, bold()}}}
        << QList<Highlight>{{TextSpan{0, 7}, bold()}};
    QTest::newRow("translucent backgrounds blend")
        << QList<QList<Highlight>>{{{TextSpan{0, 10}, background(halfRed)}}, {{TextSpan{5, 12}, background(halfBlue)}}}
        << QList<Highlight>{{TextSpan{0, 5}, background(halfRed)},
                            {TextSpan{5, 10}, background(sourceOver(halfRed, halfBlue))},
                            {TextSpan{10, 12}, background(halfBlue)}};
    QTest::newRow("opaque upper background covers")
        << QList<QList<Highlight>>{{{TextSpan{0, 4}, background(halfRed)}}, {{TextSpan{0, 4}, background(blue)}}}
        << QList<Highlight>{{TextSpan{0, 4}, background(blue)}};
    QTest::newRow("three layers: fact in a reworded stretch in boilerplate")
        << QList<QList<Highlight>>{{{TextSpan{0, 20}, italic()}},
                                   {{TextSpan{5, 15}, background(halfRed)}},
                                   {{TextSpan{8, 10}, background(halfBlue)}}}
        << QList<Highlight>{{TextSpan{0, 5}, italic()},
                            {TextSpan{5, 8}, [&] { auto f = italic(); f.setBackground(halfRed); return f; }()},
                            {TextSpan{8, 10}, [&] { auto f = italic(); f.setBackground(sourceOver(halfRed, halfBlue)); return f; }()},
                            {TextSpan{10, 15}, [&] { auto f = italic(); f.setBackground(halfRed); return f; }()},
                            {TextSpan{15, 20}, italic()}};
}

void TestReaderAccess::combineHighlights()
{
    QFETCH(QList<QList<Highlight>>, layers);
    QFETCH(QList<Highlight>, expected);
    const QList<Highlight> runs = Crossread::combineHighlights(layers);
    QCOMPARE(runs.size(), expected.size());
    for (qsizetype i = 0; i < runs.size(); ++i) {
        QCOMPARE(runs.at(i).span.start, expected.at(i).span.start);
        QCOMPARE(runs.at(i).span.end, expected.at(i).span.end);
        // Blended colours go through floating point: compare them within a step, the rest exactly.
        QTextCharFormat got = runs.at(i).format;
        QTextCharFormat want = expected.at(i).format;
        QCOMPARE(got.hasProperty(QTextFormat::BackgroundBrush), want.hasProperty(QTextFormat::BackgroundBrush));
        if (want.hasProperty(QTextFormat::BackgroundBrush)) {
            QVERIFY2(closeColours(got.background().color(), want.background().color()),
                     qPrintable(got.background().color().name(QColor::HexArgb) + u" != "_s
                                + want.background().color().name(QColor::HexArgb)));
            got.clearBackground();
            want.clearBackground();
        }
        QCOMPARE(got, want);
    }
}

void TestReaderAccess::bandPatterns_data()
{
    QTest::addColumn<bool>("identical");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<int>("pattern");
    QTest::addColumn<int>("outline");
    QTest::newRow("identical, sure") << true << 0.9 << int(Qt::NoBrush) << int(Qt::SolidLine);
    QTest::newRow("reworded, sure") << false << 0.9 << int(Qt::BDiagPattern) << int(Qt::SolidLine);
    QTest::newRow("identical, weak") << true << 0.3 << int(Qt::NoBrush) << int(Qt::DashLine);
    QTest::newRow("reworded, weak") << false << 0.3 << int(Qt::BDiagPattern) << int(Qt::DashLine);
    QTest::newRow("reworded, at the threshold") << false << 0.5 << int(Qt::BDiagPattern) << int(Qt::SolidLine);
}

void TestReaderAccess::bandPatterns()
{
    QFETCH(bool, identical);
    QFETCH(double, confidence);
    QFETCH(int, pattern);
    QFETCH(int, outline);
    ConnectorBand::Link link;
    link.identical = identical;
    link.confidence = confidence;
    QCOMPARE(int(ConnectorBand::pattern(link)), pattern);
    QCOMPARE(int(ConnectorBand::outline(link)), outline);
}

void TestReaderAccess::init()
{
    if (QByteArray(QTest::currentTestFunction()).startsWith("combine") || QByteArray(QTest::currentTestFunction()).startsWith("bandPatterns"))
        return;
    m_window = new MainWindow;
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy analysed(m_window, &MainWindow::analysisFinished);
    m_window->openSampleStory();
    QVERIFY(analysed.wait(30000));
    QVERIFY(m_window->readerView()->analysis());
    QTRY_VERIFY(m_window->readerView()->panes().first()->isVisible());
    QTest::qWait(50);
}

void TestReaderAccess::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestReaderAccess::bandHatchesRewordedRibbonsOnly()
{
    // Two fictional articles: one long sentence word for word the same, one reworded.
    const QString same = u"The river authority confirmed on Tuesday that the old swing bridge at the northern end of "
                         "the canal would stay closed to all traffic for at least another six weeks while engineers "
                         "replace the corroded bearings, test the counterweights and repaint the whole span. "_s;
    const QStringList texts{
        same + u"\n\nLocal shop owners said the long closure was costing them a great many customers every single "
               "day, and several of them asked the council for help with their rents until the bridge reopens."_s,
        same + u"\n\nLocal shop owners said the lengthy closure was costing them a great many customers every "
               "day, and several of them have asked the council for help with their rents until the bridge opens."_s};
    QStringList paths;
    for (int i = 0; i < texts.size(); ++i) {
        const QString path = m_dir.filePath(u"bridge%1.txt"_s.arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(texts.at(i).toUtf8());
        paths.append(path);
    }
    delete m_window;
    m_window = new MainWindow;
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy analysed(m_window, &MainWindow::analysisFinished);
    m_window->openFiles(paths);
    QVERIFY(analysed.wait(30000));
    ArticleModel *model = m_window->articleModel();
    for (int row = 0; row < model->rowCount(); ++row)
        model->setData(model->index(row, 0), true, ArticleModel::ShownRole);
    ReaderView *reader = m_window->readerView();
    QTRY_COMPARE(reader->panes().size(), 2);
    QTRY_VERIFY(reader->analysis());
    QTest::qWait(50);
    const auto &passages = reader->analysis()->alignment.passages;
    for (const bool identical : {true, false}) {
        // The tallest passage of this status in any band, brought into view.
        int chosen = -1;
        ConnectorBand *band = nullptr;
        double tallest = 0;
        for (ConnectorBand *candidate : reader->bands()) {
            for (const Passage &passage : passages) {
                const PassageMember *a = passage.member(candidate->left()->articleId());
                const PassageMember *b = passage.member(candidate->right()->articleId());
                if (!a || !b || !a->primary || !b->primary || (passage.status == PassageStatus::Identical) != identical)
                    continue;
                const double height = qMin(candidate->left()->documentRange(a->span).height(),
                                           candidate->right()->documentRange(b->span).height());
                if (height > tallest) {
                    tallest = height;
                    chosen = passage.id;
                    band = candidate;
                }
            }
        }
        QVERIFY2(chosen >= 0, identical ? "no identical passage in the sample" : "no reworded passage");
        reader->revealPassage(chosen);
        QTest::qWait(20);
        const QList<ConnectorBand::Link> links = band->links();
        const auto link = std::find_if(links.cbegin(), links.cend(),
                                       [chosen](const ConnectorBand::Link &l) { return l.passage == chosen; });
        QVERIFY(link != links.cend());
        QCOMPARE(link->identical, identical);
        // The middle of the ribbon: at x = w/2 its edges are at the mean of both ends.
        const double top = (link->leftTop + link->rightTop) / 2;
        const double bottom = (link->leftBottom + link->rightBottom) / 2;
        QVERIFY2(bottom - top >= 14, "the chosen ribbon is too thin to sample");
        QImage image(band->size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        band->render(&image);
        QSet<QRgb> colours;
        const int centreY = int((top + bottom) / 2);
        for (int y = centreY - 4; y < centreY + 4; ++y) {
            for (int x = band->width() / 2 - 4; x < band->width() / 2 + 4; ++x)
                colours.insert(image.pixel(x, y));
        }
        if (identical)
            QCOMPARE(colours.size(), 1);
        else
            QVERIFY2(colours.size() >= 2, "a reworded ribbon shows no hatch");
    }
}

void TestReaderAccess::bandSummaryCountsWholeStory()
{
    ReaderView *reader = m_window->readerView();
    const auto &passages = reader->analysis()->alignment.passages;
    for (ConnectorBand *band : reader->bands()) {
        int both = 0, leftOnly = 0, rightOnly = 0;
        for (const Passage &passage : passages) {
            const bool left = passage.member(band->left()->articleId()) != nullptr;
            const bool right = passage.member(band->right()->articleId()) != nullptr;
            both += left && right;
            leftOnly += left && !right;
            rightOnly += right && !left;
        }
        const ConnectorBand::Summary summary = band->summary();
        // Members that are not an article's primary rendering are not drawn, so at most these.
        QVERIFY(summary.shared() > 0);
        QVERIFY(summary.shared() <= both);
        QVERIFY(summary.onlyLeft <= leftOnly);
        QVERIFY(summary.onlyRight <= rightOnly);
        QVERIFY(summary.onlyLeft + summary.onlyRight > 0);
        const QString text = band->summaryText();
        QCOMPARE(band->accessibleDescription(), text);
        QVERIFY2(text.contains(band->left()->article().displayName()), qPrintable(text));
        QVERIFY2(text.contains(band->right()->article().displayName()), qPrintable(text));
        // The English plural comes from crossread_en.ts when installed: "passages" or "passage(s)".
        QVERIFY2(text.contains(u"%1 passage"_s.arg(summary.shared())), qPrintable(text));
        QVERIFY2(text.contains(u"%1 identical"_s.arg(summary.identical)), qPrintable(text));
        QVERIFY2(text.contains(u"%1 reworded"_s.arg(summary.reworded)), qPrintable(text));
        QVERIFY2(text.contains(u"%1 only in %2"_s.arg(summary.onlyLeft).arg(band->left()->article().displayName())),
                 qPrintable(text));
    }
    // Without an analysis there is nothing to count, and the description says so.
    reader->setAnalysis(nullptr);
    ConnectorBand *band = reader->bands().first();
    QCOMPARE(band->summary(), ConnectorBand::Summary{});
    QVERIFY(!band->accessibleDescription().contains(u" in both"_s));
}

void TestReaderAccess::coverageMapInitials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("initials");
    QTest::newRow("two words") << u"Harbour Post"_s << u"HP"_s;
    QTest::newRow("article dropped") << u"The Valley Courier"_s << u"VC"_s;
    QTest::newRow("one word") << u"Ledger"_s << u"LE"_s;
    QTest::newRow("host") << u"harbourpost.example"_s << u"HA"_s;
    QTest::newRow("long name, three letters at most") << u"Port Alder Evening Coastline Wire"_s << u"PAE"_s;
}

void TestReaderAccess::coverageMapInitials()
{
    QFETCH(QString, name);
    QFETCH(QString, initials);
    QCOMPARE(CoverageMap::initials(name), initials);
}

void TestReaderAccess::coverageMapNamesTwentyColumns()
{
    // Twenty outlets, all shown: the map widens so each column keeps ten pixels and its label,
    // and the column header names the outlet in full on hover.
    ArticleModel model;
    QList<Article> articles;
    for (int i = 0; i < 20; ++i) {
        Article article;
        article.meta.outlet = u"Outlet %1 Weekly"_s.arg(QChar(u'A' + i));
        article.text = u"The bridge will close in spring, said the council of town %1."_s.arg(i);
        article.contentHash = QByteArray::number(i);
        articles.append(article);
    }
    model.append(articles);
    for (int row = 0; row < model.rowCount(); ++row)
        model.setData(model.index(row, 0), Qt::Checked, Qt::CheckStateRole);
    ReaderView reader(&model);
    reader.resize(1366, 700);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    QTRY_COMPARE(reader.panes().size(), 20);
    CoverageMap *map = reader.coverageMap();
    QVERIFY2(map->width() >= 20 * 10, qPrintable(QString::number(map->width())));
    const int columnWidth = (map->width() - 10) / 20;
    for (int column = 0; column < 20; ++column)
        QCOMPARE(map->columnAtX(2 + column * columnWidth + columnWidth / 2), column);
    QCOMPARE(CoverageMap::initials(reader.panes().at(3)->article().displayName()), u"ODW"_s);
    // The rows start below the labels.
    QCOMPARE(map->passageAtY(5), -1);
}

void TestReaderAccess::coverageMapKeyboard()
{
    ReaderView *reader = m_window->readerView();
    CoverageMap *map = reader->coverageMap();
    const int rows = int(reader->analysis()->alignment.passages.size());
    QVERIFY(rows > 3);
    QCOMPARE(map->focusPolicy(), Qt::StrongFocus);
    QVERIFY(!map->accessibleName().isEmpty());
    m_window->activateWindow();
    map->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(map->hasFocus());

    QTest::keyClick(map, Qt::Key_Home);
    QCOMPARE(map->cursorPassage(), 0);
    QTest::keyClick(map, Qt::Key_Down);
    QTest::keyClick(map, Qt::Key_Down);
    QCOMPARE(map->cursorPassage(), 2);
    QTest::keyClick(map, Qt::Key_Up);
    QCOMPARE(map->cursorPassage(), 1);
    QCOMPARE(map->accessibleDescription(), map->describe(1));
    QVERIFY(map->describe(1).contains(reader->panes().first()->article().displayName())
            || map->describe(1).contains(u"Not in"_s));
    QTest::keyClick(map, Qt::Key_End);
    QCOMPARE(map->cursorPassage(), rows - 1);
    QTest::keyClick(map, Qt::Key_Down);   // stays on the last row
    QCOMPARE(map->cursorPassage(), rows - 1);
    QTest::keyClick(map, Qt::Key_PageUp);
    QCOMPARE(map->cursorPassage(), qMax(0, rows - 1 - 10));

    // Moving the cursor does not move the reader; Enter does, as a click would.
    QSignalSpy moved(reader, &ReaderView::currentPassageChanged);
    const int target = rows / 2;
    QTest::keyClick(map, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(map, Qt::Key_Down);
    QCOMPARE(map->cursorPassage(), target);
    QCOMPARE(moved.count(), 0);
    QTest::keyClick(map, Qt::Key_Return);
    QVERIFY(!moved.isEmpty());
    QCOMPARE(moved.last().first().toInt(), target);
    // Every pane that tells the passage shows it.
    const Passage &passage = reader->analysis()->alignment.passages.at(target);
    for (ArticlePane *pane : reader->panes()) {
        if (const PassageMember *member = passage.member(pane->articleId())) {
            const VerticalRange range = pane->viewportRange(member->span);
            QVERIFY(range.bottom > 0 && range.top < pane->textView()->viewport()->height());
        }
    }
}

void TestReaderAccess::coverageMapKeyboardFollowsFilter()
{
    ReaderView *reader = m_window->readerView();
    CoverageMap *map = reader->coverageMap();
    reader->setPassageFilter(PassageFilter::UniqueToOne);
    QList<int> matching;
    for (int i = 0; i < reader->analysis()->alignment.passages.size(); ++i) {
        if (reader->passageMatchesFilter(i))
            matching.append(i);
    }
    QVERIFY2(matching.size() >= 2, "the sample needs two passages told once");
    map->setFocus(Qt::TabFocusReason);
    QTest::keyClick(map, Qt::Key_Home);
    QCOMPARE(map->cursorPassage(), matching.first());
    QTest::keyClick(map, Qt::Key_Down);
    QCOMPARE(map->cursorPassage(), matching.at(1));
    QTest::keyClick(map, Qt::Key_End);
    QCOMPARE(map->cursorPassage(), matching.last());
}

void TestReaderAccess::tabFollowsScreenOrder()
{
    ReaderView *reader = m_window->readerView();
    // Reorder so that the order of creation no longer matches the screen.
    reader->movePane(reader->displayOrder().first(), int(reader->displayOrder().size()) - 1);
    const QList<ArticlePane *> panes = reader->panes();
    QVERIFY(panes.size() >= 3);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    panes.first()->textView()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), panes.first()->textView());
    for (qsizetype i = 1; i < panes.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panes.at(i)->textView());
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), reader->coverageMap());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), panes.last()->textView());
}

void TestReaderAccess::paneFontFollowsReader()
{
    ReaderView *reader = m_window->readerView();
    ArticlePane *pane = reader->panes().first();
    const QFont before = pane->textView()->font();
    QFont chosen;
    chosen.setFamilies({u"DejaVu Serif"_s});
    chosen.setPointSize(qRound(before.pointSizeF()) + 7);
    reader->setFont(chosen);
    const QFont text = pane->textView()->font();
    QCOMPARE(text.family(), QFont(chosen).family());
    QVERIFY2(qAbs(text.pointSizeF() - chosen.pointSize() * 1.1) < 0.01, qPrintable(QString::number(text.pointSizeF())));
    // Back to the default: the size follows again.
    reader->setFont(QFont());
    QVERIFY(pane->textView()->font().pointSizeF() < text.pointSizeF());
}

void TestReaderAccess::paneDateFollowsLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Article article;
    article.meta.outlet = u"Die Tageszeitung"_s;
    article.meta.headline = u"Ein erfundener Bericht"_s;
    article.meta.published.date = QDate(2023, 3, 15);
    article.meta.published.precision = DatePrecision::Day;
    article.text = u"Ein Satz."_s;
    ArticlePane pane;
    pane.setArticle(article, ArticleId(0));
    QLocale::setDefault(saved);
    QStringList texts;
    for (const QLabel *label : pane.findChildren<QLabel *>())
        texts.append(label->text());
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"März"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"March"_s), qPrintable(all));
}

QTEST_MAIN(TestReaderAccess)
#include "tst_readeraccess.moc"
