// SPDX-License-Identifier: GPL-3.0-or-later
// PDF import benchmark: a 100-page text PDF (two columns of fictional report prose per page, a
// running header and a page number), written by QPdfWriter, imported through Poppler. The
// issue's target: under 3 s. Pass --max-seconds N to fail above N seconds.
#include "../../import/pdffixture.h"

#include "import/importer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

using namespace Crossread;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption maxSeconds(QStringLiteral("max-seconds"), QStringLiteral("fail above this many seconds"),
                                        QStringLiteral("N"));
    parser.addOption(maxSeconds);
    parser.process(app);
    QTextStream out(stdout);
    if (!pdfSupported()) {
        out << "bench_pdfimport: this build has no Poppler; nothing to measure\n";
        return 0;
    }

    QList<PdfFixture::Page> pages;
    int sentence = 0;
    for (int p = 0; p < 100; ++p) {
        PdfFixture::Page page{PdfFixture::Line{60, 40, QStringLiteral("Hallenvik Port Authority \u00b7 Annual Report"), 9},
                              PdfFixture::Line{290, 815, QString::number(p + 1), 9}};
        for (int column = 0; column < 2; ++column) {
            qreal y = 80;
            while (y < 760) {
                QString paragraph;
                for (int s = 0; s < 4; ++s)
                    paragraph += PdfFixture::sentence(sentence++) + u' ';
                y = PdfFixture::wrap(page, paragraph, column == 0 ? 50 : 310, y, 235) + 8;
            }
        }
        pages.append(page);
    }
    const QByteArray bytes = PdfFixture::write(pages, QStringLiteral("Annual report"));

    QElapsedTimer timer;
    timer.start();
    const ImportResult result = importSource(ImportSource{bytes, QStringLiteral("annual-report.pdf")});
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!result) {
        out << "bench_pdfimport: " << result.error().message() << '\n';
        return 1;
    }
    out << QStringLiteral("bench_pdfimport: 100 pages (%1 KB, %2 characters of text) imported in %3 s\n")
               .arg(bytes.size() / 1024)
               .arg(result->text.size())
               .arg(seconds, 0, 'f', 2);
    if (parser.isSet(maxSeconds) && seconds > parser.value(maxSeconds).toDouble()) {
        out << "bench_pdfimport: slower than " << parser.value(maxSeconds) << " s\n";
        return 1;
    }
    return 0;
}
