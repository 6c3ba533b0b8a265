// SPDX-License-Identifier: GPL-3.0-or-later
// Reader performance with 20 articles shown: time from "open these files" to the panes'
// first paint, and the time of a full repaint of every pane and band (target: under 16 ms).
// Run from a Release build: ctest --preset release -L benchmark -R bench_reader --verbose
#include "articlemodel.h"
#include "articlepane.h"
#include "connectorband.h"
#include "mainwindow.h"
#include "readerview.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
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
    QImage canvas(reader->size(), QImage::Format_ARGB32_Premultiplied);
    reader->render(&canvas);
    const qint64 firstPaint = clock.elapsed();

    QSignalSpy analysed(&window, &MainWindow::analysisFinished);
    QVERIFY(analysed.wait(60000));
    const qint64 analysedAt = clock.elapsed();
    QTest::qWait(100);

    // A full repaint of all panes and bands, as scrolling causes: median of 30. The machine
    // may be shared, so the processor time of the repaint is reported beside the wall time.
    struct Figures {
        double median = 0, max = 0, cpuMedian = 0, min = 0;   // milliseconds; min: least disturbed
    };
    auto measure = [reader](QImage &target, QWidget *origin, bool panesToo = true) {
        QList<qint64> times;
        QList<qint64> cpuTimes;
        for (int i = 0; i < 30; ++i) {
            // Scrolling the first pane moves every synced pane: then repaint everything.
            reader->panes().first()->textView()->verticalScrollBar()->setValue(i * 40);
            QElapsedTimer paint;
            const std::clock_t cpuStart = std::clock();
            paint.start();
            QPainter painter(&target);
            for (ArticlePane *pane : reader->panes()) {
                if (panesToo)
                    pane->render(&painter, pane->mapTo(origin, QPoint(0, 0)));
            }
            for (ConnectorBand *band : reader->bands())
                band->render(&painter, band->mapTo(origin, QPoint(0, 0)));
            painter.end();
            times.append(paint.nsecsElapsed() / 1000);
            cpuTimes.append(qint64(std::clock() - cpuStart) * 1000000 / CLOCKS_PER_SEC);
        }
        std::sort(times.begin(), times.end());
        std::sort(cpuTimes.begin(), cpuTimes.end());
        return Figures{times.at(times.size() / 2) / 1000.0, times.last() / 1000.0,
                       cpuTimes.at(cpuTimes.size() / 2) / 1000.0, times.first() / 1000.0};
    };
    // What the reader shows: the panes beyond its width are painted, their pixels clipped.
    const Figures shown = measure(canvas, reader);
    // Every pane and band drawn pixel for pixel, as a grab of the whole strip would.
    QWidget *strip = reader->panes().first()->parentWidget();
    QImage stripCanvas(strip->size(), QImage::Format_ARGB32_Premultiplied);
    const Figures whole = measure(stripCanvas, strip);

    // The bands alone, whose share the pane text would otherwise hide.
    const Figures bands = measure(stripCanvas, strip, false);
    int links = 0;
    for (ConnectorBand *band : reader->bands())
        links += int(band->links().size());
    qInfo("20 articles: open to first paint %lld ms; analysis done at %lld ms", firstPaint, analysedAt);
    qInfo("full repaint of 20 panes and 19 bands (%d visible links) into the reader (%dx%d): median %.2f ms, "
          "max %.2f ms; processor time median %.2f ms",
          links, canvas.width(), canvas.height(), shown.median, shown.max, shown.cpuMedian);
    qInfo("the same into the whole strip (%dx%d): median %.2f ms, max %.2f ms; processor time median %.2f ms",
          stripCanvas.width(), stripCanvas.height(), whole.median, whole.max, whole.cpuMedian);
    qInfo("the 19 bands alone into the whole strip: median %.2f ms, min %.2f ms, max %.2f ms; processor time "
          "median %.2f ms",
          bands.median, bands.min, bands.max, bands.cpuMedian);
    QVERIFY(links > 0);
}

QTEST_MAIN(BenchReader)
#include "bench_reader.moc"
