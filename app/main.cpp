// SPDX-License-Identifier: GPL-3.0-or-later
// Decides between the headless commands and the GUI, nothing else.
#include "cli/cli.h"
#include "crossread_version.h"
#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

static void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Crossread"));
    QCoreApplication::setApplicationName(QStringLiteral("Crossread"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSREAD_VERSION_STRING));
}

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Crossread::Cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Crossread::Cli::runHeadless(app.arguments(), out, err);
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.crossread.crossread"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.crossread.crossread"),
                                                    QIcon(QStringLiteral(":/icons/crossread.svg"))));
    return Crossread::runGui(app);
}
