// SPDX-License-Identifier: GPL-3.0-or-later
// Decides between the headless commands and the GUI, nothing else.
#include "cli/cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Crossread::Cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Crossread::Cli::runHeadless(app.arguments(), out, err);
    }

    QApplication app(argc, argv);
    return Crossread::runGui(app);
}
