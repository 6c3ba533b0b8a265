// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: 100 generated HTML pages of about 100 KB each (fictional text in the markup
// of a news site: head scripts and styles, navigation, article, sidebar, comments, footer) are
// imported and segmented on all cores. The import issue's target: under 2 s on 2 cores.
#include "import/importer.h"
#include "core/segmentation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QtConcurrent>

#include <ctime>

using namespace Crossread;

namespace {

constexpr const char *words[] = {
    "harbour", "council", "ferry", "bridge", "repairs", "residents", "budget", "meeting", "weather", "storm",
    "mayor", "school", "teachers", "market", "prices", "farmers", "harvest", "river", "flood", "volunteers",
    "library", "museum", "station", "trains", "delays", "workers", "union", "talks", "agreement", "season",
    "the", "a", "of", "and", "to", "in", "on", "for", "with", "said", "would", "could", "after", "before",
    "since", "about", "more", "than", "two", "three", "million", "percent", "last", "week", "year", "town"};

QString sentence(QRandomGenerator &random)
{
    const int length = 8 + int(random.bounded(18));
    QString text;
    for (int i = 0; i < length; ++i) {
        QString word = QString::fromLatin1(words[random.bounded(int(std::size(words)))]);
        if (i == 0)
            word[0] = word[0].toUpper();
        if (!text.isEmpty())
            text += i % 7 == 6 ? QStringLiteral(", ") : QStringLiteral(" ");
        text += word;
        if (random.bounded(12) == 0)
            text += QStringLiteral(" %1").arg(random.bounded(100000));
    }
    return text + u'.';
}

QByteArray page(int index, int targetBytes)
{
    QRandomGenerator random(quint32(index) * 7919u + 17u);
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                                  "<title>Story %1 | The Generated Gazette</title>"
                                  "<meta property=\"og:site_name\" content=\"The Generated Gazette\">"
                                  "<meta property=\"article:published_time\" content=\"2023-04-%2T10:00:00Z\">"
                                  "<meta name=\"author\" content=\"Reporter %1\">").arg(index).arg(1 + index % 28, 2, 10, QLatin1Char('0'));
    // Inline scripts and styles make up much of a real page's bytes.
    html += QStringLiteral("<style>") + QStringLiteral(".c%1{margin:0 auto;padding:4px 8px;color:#333}").repeated(1).arg(index).repeated(150)
          + QStringLiteral("</style><script>window.__STATE__={\"items\":[");
    for (int i = 0; i < 300; ++i)
        html += QStringLiteral("{\"id\":%1,\"slot\":\"ad-%1\",\"sizes\":[[300,250],[728,90]]},").arg(i);
    html += QStringLiteral("{}]};</script></head><body><header class=\"site-header\"><nav class=\"menu\"><ul>");
    for (int i = 0; i < 40; ++i)
        html += QStringLiteral("<li class=\"menu-item\"><a href=\"/section/%1\">Section %1</a></li>").arg(i);
    html += QStringLiteral("</ul></nav></header><main><article class=\"story\"><h1>Story %1</h1><div class=\"story-body\">").arg(index);
    const int articleBytes = targetBytes / 3;
    while (html.size() < articleBytes + 20000) {
        html += QStringLiteral("<p>");
        for (int s = 0; s < 4; ++s)
            html += sentence(random) + u' ';
        html += QStringLiteral("</p>");
        if (random.bounded(6) == 0)
            html += QStringLiteral("<div class=\"ad-slot\"><span>Advertisement</span></div>");
    }
    html += QStringLiteral("</div></article><div id=\"comments\" class=\"comments\"><ol>");
    while (html.size() < targetBytes - 12000)
        html += QStringLiteral("<li class=\"comment\"><p>") + sentence(random) + QStringLiteral("</p></li>");
    html += QStringLiteral("</ol></div></main><aside class=\"sidebar\"><h2>Most read</h2><ul>");
    for (int i = 0; i < 60; ++i)
        html += QStringLiteral("<li><a href=\"/story/%1\">").arg(i) + sentence(random) + QStringLiteral("</a></li>");
    html += QStringLiteral("</ul></aside><footer class=\"site-footer\">&copy; 2023 The Generated Gazette</footer></body></html>");
    return html.toUtf8();
}

struct Outcome {
    bool ok = false;
    qsizetype sentences = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption pagesOption(QStringLiteral("pages"), QStringLiteral("number of pages (100)"), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption sizeOption(QStringLiteral("kb"), QStringLiteral("size of each page in KB (100)"), QStringLiteral("kb"), QStringLiteral("100"));
    const QCommandLineOption maxOption(QStringLiteral("max-seconds"), QStringLiteral("fail when slower"), QStringLiteral("seconds"));
    parser.addOptions({pagesOption, sizeOption, maxOption});
    parser.process(app);

    const int count = parser.value(pagesOption).toInt();
    const int bytes = parser.value(sizeOption).toInt() * 1024;
    QList<int> indexes(count);
    std::iota(indexes.begin(), indexes.end(), 0);
    const QList<QByteArray> pages = QtConcurrent::blockingMapped(indexes, [bytes](int i) { return page(i, bytes); });
    qint64 total = 0;
    for (const QByteArray &p : pages)
        total += p.size();

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();   // process CPU time, all threads: meaningful on a busy machine
    const QList<Outcome> outcomes = QtConcurrent::blockingMapped(pages, [](const QByteArray &html) {
        Outcome outcome;
        const ImportResult result = importSource(ImportSource{html, QStringLiteral("generated.html"), FormatHint::Html});
        if (result) {
            outcome.ok = true;
            outcome.sentences = segment(result.value()).sentences.size();
        }
        return outcome;
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;

    qsizetype sentences = 0;
    int failed = 0;
    for (const Outcome &outcome : outcomes) {
        sentences += outcome.sentences;
        failed += outcome.ok ? 0 : 1;
    }
    out << QStringLiteral("Imported and segmented %1 HTML pages (%2 KB each on average, %3 sentences) in %4 s on %5 thread(s), %6 s of CPU time\n")
               .arg(count).arg(total / qMax(1, count) / 1024).arg(sentences).arg(seconds, 0, 'f', 3)
               .arg(QThreadPool::globalInstance()->maxThreadCount()).arg(cpuSeconds, 0, 'f', 3);
    if (failed > 0) {
        err << "FAIL: " << failed << " page(s) did not import\n";
        return 1;
    }
    if (parser.isSet(maxOption) && seconds > parser.value(maxOption).toDouble()) {
        err << "FAIL: slower than " << parser.value(maxOption) << " s\n";
        return 1;
    }
    return 0;
}
