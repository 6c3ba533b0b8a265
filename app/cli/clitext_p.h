// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Crossread::Cli {

/// The command line's strings, in the "Crossread::Cli" translation context that lupdate gives
/// the tr() calls of this namespace.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("Crossread::Cli", text);
}

} // namespace Crossread::Cli
