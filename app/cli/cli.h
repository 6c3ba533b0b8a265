// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Crossread::Cli {

/// What the command line asks the GUI to do.
struct GuiRequest {
    QStringList files;
    bool openSample = false;
};

/// True when the arguments name a headless command (analyse, extract, ...) or ask for
/// --version/--help, which must work without a display.
[[nodiscard]] bool isHeadless(const QStringList &arguments);

/// Runs a headless command; arguments as from QCoreApplication::arguments(). Returns the exit code.
int runHeadless(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// Parses the GUI's own arguments: FILE... and --sample.
[[nodiscard]] GuiRequest parseGuiArguments(const QStringList &arguments);

// One function per command, each in its own file; arguments start after the command name.
int runAnalyse(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runExtract(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runInfo(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// True for headless commands that paint (export's PDF needs fonts): main() then starts a
/// QGuiApplication on the offscreen platform instead of a QCoreApplication.
[[nodiscard]] bool needsGuiApplication(const QStringList &arguments);

} // namespace Crossread::Cli
