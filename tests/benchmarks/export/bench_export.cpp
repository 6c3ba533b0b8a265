// SPDX-License-Identifier: GPL-3.0-or-later
// Export time of generated sessions: the PDF report and every data export, analysis excluded
// (the window already has it). Budget: 20 articles with 100 annotations in under 3 s.
// Meaningful in a Release build only. `bench_export N M --write-session FILE` writes the generated
// session instead, to time `crossread export FILE --pdf OUT.pdf` itself.
#include "export/dataexport.h"
#include "common/exportfixture.h"
#include "export/report.h"
#include "review/session.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Crossread;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int articles = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    const int annotations = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100;
    const double budget = argc > 3 ? QString::fromLocal8Bit(argv[3]).toDouble() : 0;   // 0 also for "--write-session"
    QTemporaryDir dir;
    const ExportFixture::Story story = ExportFixture::generatedSession(articles, annotations);
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--write-session")); at > 0 && at + 1 < app.arguments().size()) {
        // Generated articles have no source bytes: their text stands for them, as an import of it
        // would. The review's anchors name the articles by the hash they lacked, so the session
        // file carries the articles without the review.
        SessionData session = story.session;
        session.review = {};
        for (Article &article : session.articles) {
            if (article.originalBytes.isEmpty())
                article.originalBytes = article.text.toUtf8();
            if (article.contentHash.isEmpty())
                article.contentHash = QCryptographicHash::hash(article.originalBytes, QCryptographicHash::Sha256).toHex();
        }
        const auto written = writeSession(app.arguments().at(at + 1), session);
        if (!written)
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message()));
        return written ? 0 : 1;
    }

    QElapsedTimer timer;
    timer.start();
    const auto pdf = writePdfReport(dir.filePath(QStringLiteral("report.pdf")), story.session, story.analysis, ReportOptions{});
    const qint64 pdfMs = timer.elapsed();
    if (!pdf) {
        std::fprintf(stderr, "%s\n", qPrintable(pdf.error()));
        return 1;
    }
    timer.restart();
    const bool data = writeExportFile(dir.filePath(QStringLiteral("c.csv")), claimsCsv(story.session, story.analysis.articles))
                   && writeExportFile(dir.filePath(QStringLiteral("f.csv")), factsCsv(story.analysis))
                   && writeExportFile(dir.filePath(QStringLiteral("r.json")), reviewJson(story.session, story.analysis))
                   && writeExportFile(dir.filePath(QStringLiteral("r.md")),
                                      markdownReport(story.session, story.analysis, ReportOptions{}).toUtf8());
    const qint64 dataMs = timer.elapsed();
    const double seconds = (pdfMs + dataMs) / 1000.0;
    std::printf("%d articles, %d annotations, %d claims: PDF %lld ms (%d pages, %lld lines), CSV+JSON+Markdown %lld ms; "
                "total %.2f s%s\n",
                articles, int(story.session.review.annotations.size()), int(story.session.review.claims.size()),
                qlonglong(pdfMs), pdf->pages, qlonglong(pdf->textLines), qlonglong(dataMs), seconds,
                budget > 0 ? qPrintable(QStringLiteral(" (budget %1 s)").arg(budget)) : "");
    return data && (budget <= 0 || seconds < budget) && pdf->overflows.isEmpty() ? 0 : 1;
}
