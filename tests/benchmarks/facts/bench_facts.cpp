// SPDX-License-Identifier: GPL-3.0-or-later
// bench_facts extraction [--min-mbps N]: extractFacts() throughput on one core, in megabytes
//   of UTF-8 text per second, over generated articles dense with figures, dates and quotes.
// bench_facts compare [--max-seconds N]: extraction plus grouping of 300 generated articles
//   of about 1,500 words (segmentation and alignment are timed apart, as they are not ours).
#include "analysis/analysis.h"
#include "align/alignment.h"
#include "common/factstorygenerator.h"
#include "facts/facts.h"
#include "core/segmentation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QtConcurrent>

#include <ctime>

using namespace Crossread;

namespace {

FactSynth::GeneratedStory makeStory(int articles, int facts, int fillers)
{
    FactSynth::Options options;
    options.seed = 2023;
    options.articles = articles;
    options.facts = facts;
    options.fillerSentences = fillers;
    return FactSynth::generateStory(options);
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

qint64 utf8Bytes(const QList<Article> &articles)
{
    qint64 bytes = 0;
    for (const Article &article : articles)
        bytes += article.text.toUtf8().size();
    return bytes;
}

int extraction(double minMegabytesPerSecond, QTextStream &out)
{
    const FactSynth::GeneratedStory story = makeStory(200, 40, 60);
    const QList<Article> &articles = story.articles;
    QList<Segmentation> segmentations;
    for (const Article &article : articles)
        segmentations.append(segment(article));
    const qint64 bytes = utf8Bytes(articles);
    qint64 mentions = 0;
    qint64 processed = 0;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    int rounds = 0;
    while (processed < 40LL * 1024 * 1024 || timer.elapsed() < 1000) {
        for (qsizetype a = 0; a < articles.size(); ++a)
            mentions += extractFacts(articles.at(a), ArticleId(int(a)), segmentations.at(a)).size();
        processed += bytes;
        ++rounds;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    // CPU time of this thread: the figure for one core even when other work shares the machine.
    const double cpuSeconds = threadCpuSeconds() - cpuStart;
    const double megabytes = double(processed) / (1024.0 * 1024.0);
    const double rate = megabytes / cpuSeconds;
    out << "extraction: " << rounds << " x " << articles.size() << " articles, " << bytes / 1024 << " KiB each round, "
        << mentions / rounds << " mentions per round: " << QString::number(rate, 'f', 1) << " MB/s of CPU time on one core ("
        << QString::number(megabytes / seconds, 'f', 1) << " MB/s wall)\n";
    if (minMegabytesPerSecond > 0 && rate < minMegabytesPerSecond) {
        out << "FAIL: below " << minMegabytesPerSecond << " MB/s\n";
        return 1;
    }
    return 0;
}

int compare(double maxSeconds, QTextStream &out)
{
    const FactSynth::GeneratedStory story = makeStory(300, 48, 90);
    const QList<Article> &articles = story.articles;
    qint64 words = 0;
    for (const Article &article : articles)
        words += article.text.split(u' ', Qt::SkipEmptyParts).size();
    QElapsedTimer timer;
    timer.start();
    const QList<Segmentation> segmentations = QtConcurrent::blockingMapped(articles, [](const Article &a) { return segment(a); });
    const qint64 segmentMs = timer.restart();
    const Alignment alignment = alignStory(articles, segmentations);
    const qint64 alignMs = timer.restart();
    QList<QList<Mention>> mentions(articles.size());
    for (qsizetype a = 0; a < articles.size(); ++a)
        mentions[a] = extractFacts(articles.at(a), ArticleId(int(a)), segmentations.at(a));
    const qint64 extractMs = timer.restart();
    const FactTable table = groupFacts(articles, segmentations, passageExtents(alignment), mentions);
    const qint64 groupMs = timer.restart();
    // Without passages every mention starts alone: the worst case of the grouping.
    const FactTable unaligned = groupFacts(articles, segmentations, {}, mentions);
    const qint64 unalignedMs = timer.restart();
    const FactTable all = compareFacts(articles, segmentations, passageExtents(alignment));
    const qint64 compareMs = timer.restart();
    qint64 total = 0;
    for (const QList<Mention> &list : std::as_const(mentions))
        total += list.size();
    int conflicts = 0;
    for (const FactSlot &slot : table.slots)
        conflicts += slot.status == SlotStatus::Conflict;
    out << "compare: " << articles.size() << " articles, " << words / articles.size() << " words each, " << total
        << " mentions -> " << table.slots.size() << " slots (" << conflicts << " in conflict), " << table.topics.size()
        << " topics\n"
        << "  segmentation " << segmentMs << " ms (all cores), alignment " << alignMs << " ms, fact extraction "
        << extractMs << " ms (one core), fact grouping " << groupMs << " ms\n"
        << "  compareFacts() as the analysis runs it (extraction on all cores): " << compareMs << " ms, "
        << all.slots.size() << " slots\n"
        << "  without an alignment: fact grouping " << unalignedMs << " ms, " << unaligned.slots.size() << " slots\n";
    const double factSeconds = double(compareMs) / 1000.0;
    if (maxSeconds > 0 && factSeconds > maxSeconds) {
        out << "FAIL: facts took " << factSeconds << " s, above " << maxSeconds << " s\n";
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const QString scenario = arguments.value(1);
    double limit = 0;
    if (arguments.size() >= 4)
        limit = arguments.at(3).toDouble();
    if (scenario == QLatin1StringView("extraction"))
        return extraction(limit, out);
    if (scenario == QLatin1StringView("compare"))
        return compare(limit, out);
    out << "usage: bench_facts extraction [--min-mbps N] | compare [--max-seconds N]\n";
    return 2;
}
