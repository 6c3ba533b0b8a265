// SPDX-License-Identifier: GPL-3.0-or-later
// Doubling benchmarks for the hostile inputs of issue #17: every parser and the fact engine
// must stay near-linear, so doubling a case's size may at most about double its time (2.2x,
// for the noise of a shared machine). Each case is timed at n and 2n, best of three runs.
// Run: ctest --test-dir build/release -L benchmark -R hostile --output-on-failure
#include "analysis/analysis.h"
#include "../../hardening/hostileinput.h"
#include "import/importer.h"
#include "core/workpool.h"

#include <QTest>

#include <ctime>

using namespace Crossread;
using Crossread::Hostile::numbered;

namespace {

QByteArray htmlPage(const QByteArray &body)
{
    return "<!doctype html><html><head><meta charset=utf-8><title>Test</title></head><body><article>" + body
        + "</article></body></html>";
}

/// A quotation of its own for every k: words drawn from k's digits, so no two are alike.
QByteArray quotations(int count, int salt)
{
    static const char *const words[] = {"harbour", "fares", "council", "ferry", "winter", "repairs",
                                        "budget", "crossing", "season", "tickets"};
    QByteArray bytes = "Quotations\n\n";
    for (int k = 0; k < count; ++k) {
        bytes += "\xE2\x80\x9C";
        for (int d = 0, v = k * 7919 + salt; d < 6; ++d, v /= 10)
            bytes += QByteArray(words[v % 10]) + ' ';
        bytes += QByteArray::number(k) + "\xE2\x80\x9D she said. ";
    }
    return bytes;
}

using Make = QByteArray (*)(int n, int side);

struct Case {
    const char *name;
    const char *file;
    int n;
    Make make;
};

/// Import both sides and analyse them as one story; milliseconds of process CPU time (all
/// threads: what the work costs, whatever else a shared machine runs), best of three.
double milliseconds(const Case &c, int n)
{
    const QByteArray a = c.make(n, 0);
    const QByteArray b = c.make(n, 1);
    double best = 1e18;
    for (int run = 0; run < 3; ++run) {
        const std::clock_t start = std::clock();
        QList<Article> story;
        for (const QByteArray &bytes : {a, b}) {
            const ImportResult result = importSource(ImportSource{bytes, QString::fromLatin1(c.file)});
            if (result)
                story.append(result.value());
        }
        if (!story.isEmpty())
            (void)analyseStory(story);
        best = std::min(best, double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC);
    }
    return best;
}

const Case cases[] = {
    {"3: blocks reopening distinct formatting", "reopen.html", 4000,
     [](int n, int) { return htmlPage(numbered("<div><b id=%1>Fares rise again at the harbour.</div>", n)); }},
    {"4: SVG sources and stray end tags", "svg.html", 32000,
     [](int n, int) { return htmlPage(QByteArray("<svg>" + QByteArray("<source>").repeated(n) + QByteArray("</x>").repeated(n) + "</svg>")); }},
    {"5: distinct attributes on one element", "attributes.html", 40000,
     [](int n, int) { return htmlPage(QByteArray("<p " + numbered("a%1=1 ", n) + ">Fares rise again at the harbour.</p>")); }},
    {"6: distinct quotations in both articles", "quotes.txt", 4000,
     [](int n, int side) { return quotations(n, side); }},
    {"7: money figures in one stretch", "figures.txt", 20000,
     [](int n, int side) { return QByteArray(QByteArray("Figures\n\n") + QByteArray(side ? "12% " : "$42,000 ").repeated(n)); }},
    {"13: paragraphs with unclosed spans", "spans.html", 20000,
     [](int n, int) { return htmlPage(QByteArray("<p><span>Fares rise again at the harbour, the board said.</p>").repeated(n)); }},
};

} // namespace

class BenchHostile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { workPool()->setMaxThreadCount(2); }
    void doubling_data();
    void doubling();
};

void BenchHostile::doubling_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(cases)); ++i)
        QTest::newRow(cases[i].name) << i;
}

void BenchHostile::doubling()
{
    QFETCH(int, index);
    const Case &c = cases[index];
    const double once = milliseconds(c, c.n);
    const double twice = milliseconds(c, 2 * c.n);
    const double ratio = twice / std::max(once, 1.0);
    qInfo("case %s: n = %d: %.0f ms, 2n: %.0f ms, x%.2f", c.name, c.n, once, twice, ratio);
    QVERIFY2(ratio <= 2.2 || twice < 50, qPrintable(QStringLiteral("time grew x%1 for twice the input").arg(ratio)));
}

QTEST_GUILESS_MAIN(BenchHostile)
#include "bench_hostile.moc"
