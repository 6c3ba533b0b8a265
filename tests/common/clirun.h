// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a headless command in the test's process, as `crossread ARGUMENTS` would, keeping what it
// prints. For suites that link crossread_cli.
#pragma once

#include "cli/cli.h"

#include <QStringList>
#include <QTextStream>

namespace Crossread::Test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments)
{
    CliRun result;
    QTextStream outStream(&result.out), errStream(&result.err);
    result.exitCode = Cli::runHeadless(QStringList{QStringLiteral("crossread")} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return result;
}

} // namespace Crossread::Test
