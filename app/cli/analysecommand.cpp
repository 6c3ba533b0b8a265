// SPDX-License-Identifier: GPL-3.0-or-later
// NOT YET IMPLEMENTED: replaced by the issue that owns this command.
#include "cli.h"

#include <QTextStream>

namespace Crossread::Cli {

int runAnalyse(const QStringList &, QTextStream &, QTextStream &err)
{
    err << "crossread: this command is not implemented yet\n";
    return 2;
}

} // namespace Crossread::Cli
