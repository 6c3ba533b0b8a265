// SPDX-License-Identifier: GPL-3.0-or-later
// Decides between the headless commands and the GUI, nothing else.
#include "cli/cli.h"
#include "cli/terminaloutput.h"
#include "crossread_version.h"
#include "languages.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include <memory>

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
        // `export` paints a PDF, which needs fonts and so a QGuiApplication; offscreen keeps it
        // headless (no display needed) unless the caller chose a platform.
        std::unique_ptr<QCoreApplication> owner;
        if (Crossread::Cli::needsGuiApplication(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            owner = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            owner = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *owner;
        describeApplication();
        // Scripts choose the language of messages through the locale, not the GUI's preference.
        Crossread::installTranslators(QStringLiteral("system"));
        Crossread::Cli::ConsoleDevice standardOutput(stdout);
        Crossread::Cli::ConsoleDevice standardError(stderr);
        QTextStream out(&standardOutput);
        QTextStream err(&standardError);
        return Crossread::Cli::runHeadless(app.arguments(), out, err);
    }

    QApplication app(argc, argv);
    describeApplication();
    Crossread::installTranslators(Crossread::AppSettings::read().language);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.crossread.crossread"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.crossread.crossread"),
                                                    QIcon(QStringLiteral(":/icons/crossread.svg"))));
    const Crossread::Cli::GuiRequest request = Crossread::Cli::parseGuiArguments(app.arguments());
    return Crossread::runGui(app, request.files, request.openSample);
}
