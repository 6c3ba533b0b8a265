// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

#include <QList>
#include <QStringList>

namespace Crossread::Cli {

/// Imports what the commands are given, in order: files from disk, and http(s) addresses
/// fetched first (all at once, see PageFetcher) unless Preferences ▸ "Never use the network"
/// is on, in which case each address is refused with that reason.
[[nodiscard]] QList<ImportResult> importInputs(const QStringList &inputs);

} // namespace Crossread::Cli
