// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction benchmark: runs the HTML importer on every page of ../shared/extraction-benchmark
// (140 real news pages with hand-checked article bodies) and scores the body it extracts with
// the benchmark's own metric (extractionscore.h). Prints F1, precision, recall, the time taken
// and the weakest pages. Skips (exit code 77) when the benchmark's folder is absent.
// With --plain-text each page is first turned into the text a reader gets by selecting the
// whole page in a browser and saving the copy (every visible block on its own paragraph:
// menus, ads, sign-up boxes, related lists and footers included), and that text goes through
// the plain-text importer: how much furniture it leaves in text without any HTML structure.
#include "extractionscore.h"
#include "import/htmlextractor.h"
#include "import/decoder.h"
#include "import/htmltree.h"
#include "import/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <QtConcurrent>

#include <zlib.h>

#include <ctime>

#include <algorithm>

using namespace Crossread;

namespace {

constexpr int skipped = 77;

QByteArray gunzip(const QByteArray &compressed)
{
    z_stream stream{};
    // 16 + MAX_WBITS: expect a gzip header.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    QByteArray out;
    char buffer[64 * 1024];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            return {};
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    return out;
}

struct Page {
    QString key;
    QString url;
    QString truth;
    QByteArray html;
    QString extracted;
    QString error;
    Bench::PageScore score;
};

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FORM:
    case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_BUTTON:
        return true;
    default:
        return false;
    }
}

bool isNeverShown(const HtmlNode &node)
{
    switch (node.tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_SELECT: case GUMBO_TAG_IFRAME:
        return true;
    default:
        break;
    }
    if (node.hasAttribute(QLatin1StringView("hidden")))
        return true;
    const QString style = node.attribute(QLatin1StringView("style")).remove(u' ').toLower();
    return style.contains(u"display:none") || style.contains(u"visibility:hidden");
}

/// The page as a browser's "select all, copy" gives it: the text of every block on a paragraph
/// of its own, a <br> kept as a line break. What only a style sheet hides (a class with
/// display: none) is copied too, as a reader saving the page as text would get it.
QByteArray copiedText(const QByteArray &html)
{
    const QByteArray utf8 = decodeText(html, sniffHtmlCharset(html)).text.toUtf8();
    const auto tree = parseHtml(utf8);
    if (!tree)
        return {};
    QString text;
    QString line;
    auto flush = [&] {
        const QString paragraph = line.trimmed();
        line.clear();
        if (paragraph.isEmpty())
            return;
        if (!text.isEmpty())
            text += u"\n\n";
        text += paragraph;
    };
    QList<qint32> openBlocks;   // the ends of the blocks the walk is inside
    for (qint32 i = 0; i < tree->size();) {
        while (!openBlocks.isEmpty() && openBlocks.last() <= i) {
            openBlocks.removeLast();
            flush();
        }
        const HtmlNode &node = tree->nodes[i];
        if (node.isText()) {
            QString piece = node.text.simplified().isEmpty() && !node.text.isEmpty() ? QStringLiteral(" ") : node.text;
            line += piece.replace(QChar::Nbsp, u' ');   // this text node only: a block of many nodes stays linear
            ++i;
            continue;
        }
        if (isNeverShown(node)) {
            i = node.end;
            continue;
        }
        if (node.is(GUMBO_TAG_BR))
            line = line.trimmed() + u'\n';
        if (isBlock(node.tag)) {
            flush();
            openBlocks.append(node.end);
        }
        ++i;
    }
    flush();
    // Runs of spaces and tabs within a line collapse, as a browser renders them.
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r]+"));
    text.replace(spaces, QStringLiteral(" "));
    text.replace(QStringLiteral(" \n"), QStringLiteral("\n")).replace(QStringLiteral("\n "), QStringLiteral("\n"));
    return text.toUtf8();
}

void extract(Page &page, bool plainText)
{
    const ImportResult result = plainText
        ? importSource(ImportSource{copiedText(page.html), page.key + QStringLiteral(".txt"), FormatHint::PlainText})
        : importSource(ImportSource{page.html, page.key + QStringLiteral(".html"), FormatHint::Html});
    if (result)
        page.extracted = bodyText(result.value());
    else
        page.error = result.error().reason;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scores Crossread's article extraction on the shared benchmark pages."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("the benchmark folder (default: $CROSSREAD_EXTRACTION_BENCHMARK or ../shared/extraction-benchmark)"));
    const QCommandLineOption dumpOption(QStringLiteral("dump"), QStringLiteral("write each page's extracted body to <folder>/KEY.txt (with --plain-text, the copied text it was read from to <folder>/KEY.input.txt)"), QStringLiteral("folder"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("only pages whose key starts with <key>"), QStringLiteral("key"));
    const QCommandLineOption weakestOption(QStringLiteral("weakest"), QStringLiteral("how many weakest pages to list (10)"), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption minF1Option(QStringLiteral("min-f1"), QStringLiteral("fail below this F1"), QStringLiteral("value"));
    const QCommandLineOption minPrecisionOption(QStringLiteral("min-precision"), QStringLiteral("fail below this precision"), QStringLiteral("value"));
    const QCommandLineOption minRecallOption(QStringLiteral("min-recall"), QStringLiteral("fail below this recall"), QStringLiteral("value"));
    const QCommandLineOption maxSecondsOption(QStringLiteral("max-seconds"), QStringLiteral("fail when extraction takes longer"), QStringLiteral("seconds"));
    const QCommandLineOption plainTextOption(QStringLiteral("plain-text"), QStringLiteral("import each page as the plain text a browser copy of the whole page gives"));
    parser.addOptions({plainTextOption, dumpOption, pageOption, weakestOption, minF1Option, minPrecisionOption, minRecallOption, maxSecondsOption});
    parser.process(app);

    QString dir = parser.positionalArguments().value(0);
    if (dir.isEmpty())
        dir = qEnvironmentVariable("CROSSREAD_EXTRACTION_BENCHMARK");
    if (dir.isEmpty())
        dir = QStringLiteral(CROSSREAD_EXTRACTION_BENCHMARK_DIR);
    QFile truthFile(QDir(dir).filePath(QStringLiteral("ground-truth.json")));
    if (!truthFile.open(QIODevice::ReadOnly)) {
        out << "Extraction benchmark not found at " << QDir::cleanPath(dir) << ": skipped.\n";
        return skipped;
    }
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();

    QList<Page> pages;
    const QString only = parser.value(pageOption);
    for (auto it = truth.begin(); it != truth.end(); ++it) {
        if (!only.isEmpty() && !it.key().startsWith(only))
            continue;
        Page page;
        page.key = it.key();
        page.truth = it.value().toObject().value(u"articleBody").toString();
        page.url = it.value().toObject().value(u"url").toString();
        QFile file(QDir(dir).filePath(QStringLiteral("html/%1.html.gz").arg(page.key)));
        if (file.open(QIODevice::ReadOnly))
            page.html = gunzip(file.readAll());
        if (page.html.isEmpty())
            page.error = QStringLiteral("cannot read or decompress %1").arg(file.fileName());
        pages.append(std::move(page));
    }
    if (pages.isEmpty()) {
        err << "No pages to score.\n";
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();   // process CPU time, all threads: meaningful on a busy machine
    const bool plainText = parser.isSet(plainTextOption);
    QtConcurrent::blockingMap(pages, [plainText](Page &page) {
        if (page.error.isEmpty())
            extract(page, plainText);
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;

    QList<Bench::PageScore> scores;
    for (Page &page : pages) {
        page.score = Bench::scorePage(page.truth, page.extracted);
        scores.append(page.score);
    }
    const Bench::Summary summary = Bench::summarise(scores);

    if (parser.isSet(dumpOption)) {
        const QDir dumpDir(parser.value(dumpOption));
        QDir().mkpath(dumpDir.path());
        for (const Page &page : std::as_const(pages)) {
            QFile file(dumpDir.filePath(page.key + QStringLiteral(".txt")));
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                file.write(page.extracted.toUtf8());
            QFile input(dumpDir.filePath(page.key + QStringLiteral(".input.txt")));
            if (plainText && input.open(QIODevice::WriteOnly | QIODevice::Truncate))
                input.write(copiedText(page.html));
        }
    }

    out << QStringLiteral("Extraction benchmark%1: %2 pages, %3 thread(s)\n").arg(plainText ? QStringLiteral(" (plain text copied from the page)") : QString()).arg(pages.size()).arg(QThreadPool::globalInstance()->maxThreadCount());
    out << QStringLiteral("F1 %1  precision %2  recall %3\n")
               .arg(summary.f1, 0, 'f', 4).arg(summary.precision, 0, 'f', 4).arg(summary.recall, 0, 'f', 4);
    out << QStringLiteral("time %1 s (%2 ms per page), %3 s of CPU time\n")
               .arg(seconds, 0, 'f', 3).arg(seconds * 1000 / double(pages.size()), 0, 'f', 1).arg(cpuSeconds, 0, 'f', 3);

    QList<const Page *> weakest;
    for (const Page &page : std::as_const(pages))
        weakest.append(&page);
    std::sort(weakest.begin(), weakest.end(), [](const Page *a, const Page *b) { return a->score.f1() < b->score.f1(); });
    const int shown = std::min<int>(parser.value(weakestOption).toInt(), int(weakest.size()));
    out << "Weakest pages (F1 precision recall key url):\n";
    for (int i = 0; i < shown; ++i) {
        const Page &page = *weakest[i];
        out << QStringLiteral("  %1 %2 %3  %4  %5%6\n")
                   .arg(page.score.f1(), 0, 'f', 3).arg(page.score.precision, 0, 'f', 3).arg(page.score.recall, 0, 'f', 3)
                   .arg(page.key.left(12), page.url, page.error.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(page.error));
    }

    bool ok = true;
    auto check = [&](const QCommandLineOption &option, double value, bool atLeast, const char *what) {
        if (!parser.isSet(option))
            return;
        const double limit = parser.value(option).toDouble();
        if (atLeast ? value < limit : value > limit) {
            err << "FAIL: " << what << ' ' << value << (atLeast ? " is below " : " is above ") << limit << '\n';
            ok = false;
        }
    };
    check(minF1Option, summary.f1, true, "F1");
    check(minPrecisionOption, summary.precision, true, "precision");
    check(minRecallOption, summary.recall, true, "recall");
    check(maxSecondsOption, seconds, false, "time (s)");
    return ok ? 0 : 1;
}
