// SPDX-License-Identifier: GPL-3.0-or-later
// Reader performance with 20 articles shown: time from "open these files" to the panes'
// first paint (target: under 1 s), and the time of a full repaint of the reader, every pane and
// band on screen (target: under 16 ms).
// Run from a Release build: ctest --preset release -L benchmark -R bench_reader --verbose
#include "core/articlemodel.h"
#include "articlepane.h"
#include "connectorband.h"
#include "mainwindow.h"
#include "readerview.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace Crossread;
using namespace Qt::StringLiterals;

class BenchReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twentyArticles();
};

// Twenty fictional rewrites of one wire story of ~1,000 words: shared sentences reworded,
// reordered, with each outlet's own additions.
static QStringList writeStory(const QString &dir)
{
    QRandomGenerator random(7);
    QStringList base;
    for (int s = 0; s < 60; ++s) {
        base.append(u"The harbour board said on day %1 that berth %2 would reopen after repairs costing $%3,000, "
                    "according to inspector number %4 and %5 dock workers."_s
                        .arg(s).arg(s * 3 + 1).arg(100 + s * 7).arg(s * 11 % 97).arg(40 + s));
    }
    QStringList paths;
    for (int a = 0; a < 20; ++a) {
        QString text = u"Outlet %1 reports on the harbour repairs\n\n"_s.arg(a);
        for (int s = 0; s < base.size(); ++s) {
            QString sentence = base.at((s + a * 3) % base.size());
            if (random.bounded(4) == 0)
                sentence.replace(u"said"_s, u"announced"_s);
            if (random.bounded(10) == 0)
                sentence = u"Outlet %1 alone notes that the tide table changed on day %2."_s.arg(a).arg(s);
            text += sentence + (s % 4 == 3 ? u"\n\n"_s : u" "_s);
        }
        const QString path = dir + u"/outlet%1.txt"_s.arg(a, 2, 10, QChar(u'0'));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
        paths.append(path);
    }
    return paths;
}

namespace {

struct Figures {
    double median = 0, max = 0, cpuMedian = 0, min = 0;   // milliseconds; min: least disturbed
};

qint64 visibleRegionArea(const QWidget *widget)
{
    const QRect r = widget->visibleRegion().boundingRect();
    return qint64(r.width()) * r.height();
}

template<typename Widget>
int countShown(const QList<Widget *> &widgets)
{
    return int(std::count_if(widgets.cbegin(), widgets.cend(), [](const Widget *w) { return visibleRegionArea(w) > 0; }));
}

/// Scrolls the first pane (every synced pane follows) and repaints the whole reader at once,
/// 30 times; QWidget::repaint() paints into the window's backing store before it returns.
Figures measureRepaint(ReaderView *reader)
{
    QList<qint64> times;
    QList<qint64> cpuTimes;
    QScrollBar *bar = reader->panes().first()->textView()->verticalScrollBar();
    for (int i = 0; i < 30; ++i) {
        bar->setValue(i * 40);
        QElapsedTimer paint;
        const std::clock_t cpuStart = std::clock();
        paint.start();
        reader->repaint();
        times.append(paint.nsecsElapsed() / 1000);
        cpuTimes.append(qint64(std::clock() - cpuStart) * 1000000 / CLOCKS_PER_SEC);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    return Figures{times.at(times.size() / 2) / 1000.0, times.last() / 1000.0, cpuTimes.at(cpuTimes.size() / 2) / 1000.0,
                   times.first() / 1000.0};
}

} // namespace

void BenchReader::twentyArticles()
{
    QTemporaryDir dir;
    const QStringList paths = writeStory(dir.path());
    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QElapsedTimer clock;
    clock.start();
    QSignalSpy loaded(&window, &MainWindow::loadFinished);
    window.openFiles(paths);
    QVERIFY(loaded.wait(30000));
    ArticleModel *model = window.articleModel();
    for (int row = 0; row < model->rowCount(); ++row)
        model->setData(model->index(row, 0), true, ArticleModel::ShownRole);
    ReaderView *reader = window.readerView();
    QCOMPARE(reader->panes().size(), 20);
    reader->repaint();
    const qint64 firstPaint = clock.elapsed();

    QSignalSpy analysed(&window, &MainWindow::analysisFinished);
    QVERIFY(analysed.wait(60000));
    const qint64 analysedAt = clock.elapsed();
    QTest::qWait(100);

    // A full repaint of all panes and bands, as scrolling causes, through the window's own
    // backing store (QWidget::render() would take a detour through a pixmap per widget, which
    // the screen never does): median of 30. The machine may be shared, so the processor time
    // of the repaint is reported beside the wall time.
    const QSize shownSize = reader->size();
    const Figures shown = measureRepaint(reader);
    int links = 0;
    for (ConnectorBand *band : reader->bands())
        links += visibleRegionArea(band) > 0 ? int(band->links().size()) : 0;
    const int panesShown = countShown(reader->panes());
    const int bandsShown = countShown(reader->bands());

    // Wide enough that every pane and band is on screen at once.
    window.resize(reader->panes().first()->parentWidget()->width() + window.width() - reader->width() + 40, 1080);
    QTest::qWait(200);
    const Figures all = measureRepaint(reader);

    qInfo("20 articles: open to first paint %lld ms; analysis done at %lld ms", firstPaint, analysedAt);
    qInfo("full repaint of the reader (%dx%d: %d panes and %d bands on screen, %d links): median %.2f ms, "
          "min %.2f ms, max %.2f ms; processor time median %.2f ms",
          shownSize.width(), shownSize.height(), panesShown, bandsShown, links, shown.median, shown.min, shown.max,
          shown.cpuMedian);
    qInfo("the same with all 20 panes and 19 bands on screen (%dx%d, %d panes and %d bands shown): median %.2f ms, "
          "min %.2f ms, max %.2f ms; processor time median %.2f ms",
          reader->width(), reader->height(), countShown(reader->panes()), countShown(reader->bands()), all.median,
          all.min, all.max, all.cpuMedian);
    QVERIFY(links > 0);
}

QTEST_MAIN(BenchReader)
#include "bench_reader.moc"
