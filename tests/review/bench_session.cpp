// SPDX-License-Identifier: GPL-3.0-or-later
// Times what a reader waits for: a journal commit after each review change (100 annotations and
// 50 claims), a boilerplate flip, Save and Open of the sample story and of a 200-article story.
// Prints median, 95th percentile and maximum in milliseconds. Run from a Release build:
//   bench_session [DIR]   (DIR: where to write; default a temporary folder)
#include "review/session.h"
#include "review/sessionjournal.h"
#include "sessiontestdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Crossread;
using namespace Crossread::SessionTest;

namespace {

void report(const char *what, QList<double> times)
{
    std::sort(times.begin(), times.end());
    const auto at = [&times](double fraction) { return times.at(qMin(times.size() - 1, qsizetype(fraction * double(times.size())))); };
    std::printf("%-52s median %8.2f ms   p95 %8.2f ms   max %8.2f ms   (n=%lld)\n", what, at(0.5), at(0.95), times.last(),
                static_cast<long long>(times.size()));
}

QList<double> timeRuns(int runs, const std::function<bool(int)> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work(i)) {
            std::printf("failed\n");
            std::exit(1);
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

SessionData storyOf(QList<Article> articles, const QString &title)
{
    SessionData data;
    data.title = title;
    data.articles = std::move(articles);
    data.review = reviewOf(data.articles, 100, 50);
    data.view.shown = QList<bool>(data.articles.size(), true);
    return data;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    const QString dir = app.arguments().size() > 1 ? app.arguments().at(1) : temporary.path();

    const SessionData sample = storyOf(sampleArticles(), QStringLiteral("sample"));
    const SessionData large = storyOf(syntheticArticles(200), QStringLiteral("200 articles"));

    // Journal commits of the review the GUI makes after every Review::changed().
    auto journal = SessionJournal::create(dir + u"/recovery", sample);
    if (!journal)
        return 1;
    ReviewState review = sample.review;
    report("journal commitReview (100 annotations, 50 claims)", timeRuns(200, [&](int i) {
               review.annotations[i % review.annotations.size()].note = QStringLiteral("edit %1").arg(i);
               return bool(journal.value()->commitReview(review));
           }));
    SessionData flipped = sample;
    report("journal commitArticles (flip one mark, 5 articles)", timeRuns(100, [&](int i) {
               Paragraph &paragraph = flipped.articles[i % flipped.articles.size()].paragraphs[0];
               paragraph.userDecided = !paragraph.userDecided;
               return bool(journal.value()->commitArticles(flipped.articles));
           }));
    report("journal commitView", timeRuns(100, [&](int i) {
               ViewState view = sample.view;
               view.theme = QString::number(i);
               return bool(journal.value()->commitView(view));
           }));
    journal.value()->discard();

    report("journal create (200 articles)", timeRuns(5, [&](int) {
               auto created = SessionJournal::create(dir + u"/recovery", large);
               if (!created)
                   return false;
               created.value()->discard();
               return true;
           }));
    auto largeJournal = SessionJournal::create(dir + u"/recovery", large);
    if (!largeJournal)
        return 1;
    SessionData largeFlipped = large;
    report("journal commitArticles (flip one mark, 200 articles)", timeRuns(50, [&](int i) {
               Paragraph &paragraph = largeFlipped.articles[i % largeFlipped.articles.size()].paragraphs[0];
               paragraph.userDecided = !paragraph.userDecided;
               return bool(largeJournal.value()->commitArticles(largeFlipped.articles));
           }));
    largeJournal.value()->discard();

    for (const SessionData *story : {&sample, &large}) {
        const QString path = dir + u"/bench.crossread";
        const QByteArray name = story->title.toUtf8();
        report(QByteArray("save " + name).constData(), timeRuns(10, [&](int) { return bool(writeSession(path, *story)); }));
        report(QByteArray("open " + name).constData(), timeRuns(10, [&](int) { return bool(readSession(path)); }));
        std::printf("%-52s %lld KB\n", QByteArray("file size " + name).constData(), static_cast<long long>(QFileInfo(path).size() / 1024));
    }
    return 0;
}
