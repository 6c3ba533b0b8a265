// SPDX-License-Identifier: GPL-3.0-or-later
// Child of tst_exportcrash: exports the sample story's PDF report over TARGET again and again
// until it is killed. Prints "start" once the story is analysed, then "writing N" before and
// "wrote N" after each writePdfReport(). Each write's PDF title is "Export crash N", so the
// parent can tell which write a file came from.
// Usage: exportcrashchild TARGET
#include "exportcrashinput.h"
#include "export/report.h"

#include <QFile>
#include <QGuiApplication>

#include <cstdio>

using namespace Crossread;

int main(int argc, char **argv)
{
    // The report is painted with fonts, which need a platform; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: exportcrashchild TARGET\n");
        return 2;
    }
    const QString target = QFile::decodeName(argv[1]);
    ExportCrash::Input input = ExportCrash::sampleInput(QStringLiteral("Export crash 0"));
    if (!input.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(input.error));
        return 1;
    }
    std::printf("start\n");
    std::fflush(stdout);
    for (int round = 1;; ++round) {
        input.session.title = QStringLiteral("Export crash %1").arg(round);
        std::printf("writing %d\n", round);
        std::fflush(stdout);
        const auto written = writePdfReport(target, input.session, input.analysis, ReportOptions{});
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
        std::printf("wrote %d\n", round);
        std::fflush(stdout);
    }
}
